export const id = 125;
export const ids = [125];
export const modules = {

/***/ 125:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runAccountCommand: () => (/* binding */ runAccountCommand)
/* harmony export */ });
/* unused harmony export accountCommandHelp */
/* harmony import */ var _aws_sdk_credential_provider_node__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(5861);
/* harmony import */ var _auth_default_chain_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6259);
/* harmony import */ var _aws_clients_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(201);
/* harmony import */ var _report_changes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9059);
/* harmony import */ var _report_json_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(2794);
/* harmony import */ var _output_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8861);
/* harmony import */ var _report_redact_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(649);
/* harmony import */ var _report_sarif_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(643);
/* harmony import */ var _report_terminal_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7496);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3017);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9502);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(311);
/* harmony import */ var _estate_run_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4890);
/* harmony import */ var _report_estate_json_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8915);
/* harmony import */ var _report_estate_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(9285);
/* harmony import */ var _estate_render_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(5626);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(5377);
// `cmk-alarm verify|enforce|drill`: the action's run (src/run.ts) from a terminal, with the default AWS credential chain
// (or --profile) and the action's inputs as flags; `drill` is verify with `fire-drill: true`. Loaded only for these
// commands: the AWS SDK never loads for `--version`, `--help` or `pattern`.

















/** Flags that stand for an action input (same name unless `input` says otherwise), then the CLI's own. */
const INPUT_FLAGS = [
    {
        name: 'region',
        aliases: ['aws-region'],
        value: 'REGION',
        input: 'aws-region',
        help: 'the region to check (default AWS_REGION)'
    },
    { name: 'log-group-name', value: 'NAME', help: 'only follow trails that deliver to this log group' },
    _flags_js__WEBPACK_IMPORTED_MODULE_12__/* .COMMON_FLAGS */ .gd.patternPolicy,
    _flags_js__WEBPACK_IMPORTED_MODULE_12__/* .COMMON_FLAGS */ .gd.failOn,
    _flags_js__WEBPACK_IMPORTED_MODULE_12__/* .COMMON_FLAGS */ .gd.timeoutSeconds,
    { name: 'sarif-file', value: 'FILE', help: 'write SARIF 2.1.0 here' },
    { name: 'sarif-category', value: 'C', help: 'SARIF category; {account} and {region} are filled in' },
    { name: 'metric-filter-name', value: 'N', help: 'the filter enforce creates (and fix commands name)' },
    { name: 'metric-name', value: 'N', help: 'the metric that filter publishes' },
    { name: 'metric-namespace', value: 'NS', help: 'its namespace (default CISBenchmark)' },
    { name: 'alarm-name', value: 'N', help: 'the alarm enforce creates or repairs' },
    { name: 'sns-topic-name', value: 'N', help: 'the topic enforce finds or creates' },
    { name: 'accounts', value: 'ID,ID...', help: 'check these accounts, assuming --member-role in each' },
    { name: 'regions', value: 'R,R...', help: 'check these regions (default --region)' },
    { name: 'member-role', value: 'ROLE', help: 'a role name, or an ARN template with {account}' },
    { name: 'max-concurrency', value: 'N', help: 'accounts × regions checked at once, 1-256 (default 20)' },
    { name: 'report-file', value: 'FILE', help: 'write the whole run report (JSON) here, for cmk-alarm merge' }
];
const ENFORCE_FLAGS = [
    { name: 'dry-run', help: 'print the plan and change nothing' },
    { name: 'sns-topic-arn', value: 'ARN', help: 'an existing topic to notify instead' },
    { name: 'sns-kms-key-id', value: 'KEY', help: 'customer managed key for a topic enforce creates' },
    {
        name: 'subscription',
        value: 'PROTOCOL:ENDPOINT',
        repeatable: true,
        input: 'subscriptions',
        help: 'a subscription to add when missing'
    },
    { name: 'tag', value: 'KEY=VALUE', repeatable: true, input: 'tags', help: 'a tag for what enforce creates' }
];
/** Switches that stand for a boolean input. */
const SWITCH_INPUTS = [
    { name: 'cross-check', help: "also ask AWS's own filter evaluator (logs:TestMetricFilter) about the pattern" }
];
const CLI_FLAGS = [
    { name: 'organization', help: 'check every ACTIVE account of the organization, assuming --member-role in each' },
    _flags_js__WEBPACK_IMPORTED_MODULE_12__/* .COMMON_FLAGS */ .gd.profile,
    _flags_js__WEBPACK_IMPORTED_MODULE_12__/* .COMMON_FLAGS */ .gd.endpointUrl,
    _flags_js__WEBPACK_IMPORTED_MODULE_12__/* .COMMON_FLAGS */ .gd.output,
    _flags_js__WEBPACK_IMPORTED_MODULE_12__/* .COMMON_FLAGS */ .gd.json,
    _flags_js__WEBPACK_IMPORTED_MODULE_12__/* .COMMON_FLAGS */ .gd.noColor,
    { name: 'debug', help: 'print every AWS request (service, operation, status, time) to stderr' },
    _flags_js__WEBPACK_IMPORTED_MODULE_12__/* .COMMON_FLAGS */ .gd.help
];
function flagsOf(command) {
    return [...INPUT_FLAGS, ...(command === 'enforce' ? ENFORCE_FLAGS : []), ...SWITCH_INPUTS, ...CLI_FLAGS];
}
const WHAT = {
    verify: [
        'Checks the account in one region, read-only, with the default AWS credential chain (or --profile); with',
        '--accounts or --organization, every account × region, assuming --member-role in each (sts:AssumeRole).'
    ],
    enforce: ['Creates or repairs the metric filter, SNS topic, subscriptions and alarm, then verifies again.'],
    drill: [
        'Proves delivery: verifies the account, then sets the alarm of the passing chain to ALARM, so its subscribers receive a',
        'TEST notification, waits for CloudWatch to record the SNS notification in the alarm history (within the time',
        'budget), and sets the alarm back to its previous state. It changes nothing else, and never touches an alarm that',
        'is already in ALARM. Needs cloudwatch:SetAlarmState and cloudwatch:DescribeAlarmHistory (policies/drill.json).'
    ]
};
function accountCommandHelp(command) {
    const exits = command === 'drill'
        ? [
            'Exit codes: 0 compliant and the test notification delivered, 1 not compliant or the notification failed,',
            '2 bad usage, 3 could not decide (the notification not recorded in time, or the drill refused);'
        ]
        : ['Exit codes: 0 compliant, 1 not compliant (or enforce could not change it), 2 bad usage, 3 could not decide;'];
    return [
        `Usage: cmk-alarm ${command} [flags]`,
        '',
        ...WHAT[command],
        "The flags are the action's inputs, with the same rules and the same run (time budget, verdict, fail-on).",
        '',
        (0,_flags_js__WEBPACK_IMPORTED_MODULE_12__/* .flagHelp */ .QR)(flagsOf(command)),
        '',
        ...exits,
        '--fail-on says which fail the command: fail (1 only), manual (1 and 3; the default), never (always 0).'
    ].join('\n');
}
async function runAccountCommand(command, args, io) {
    const mode = command === 'drill' ? 'verify' : command;
    const specs = flagsOf(command);
    const { values, switches } = (0,_flags_js__WEBPACK_IMPORTED_MODULE_12__/* .parseFlags */ .bQ)(args, specs);
    if (switches.has('help')) {
        io.stdout(`${accountCommandHelp(command)}\n`);
        return 0;
    }
    const output = values.get('output')?.[0] ?? (switches.has('json') ? 'json' : 'text');
    if (output !== 'text' && output !== 'json')
        throw new _flags_js__WEBPACK_IMPORTED_MODULE_12__/* .UsageError */ .eb(`--output must be text or json (got ${JSON.stringify(output)}).`);
    if (switches.has('json') && values.get('output')?.[0] === 'text')
        throw new _flags_js__WEBPACK_IMPORTED_MODULE_12__/* .UsageError */ .eb('--json and --output text disagree.');
    const endpoint = values.get('endpoint-url')?.[0];
    if (endpoint !== undefined && !/^https?:\/\/[^\s/]+/.test(endpoint)) {
        throw new _flags_js__WEBPACK_IMPORTED_MODULE_12__/* .UsageError */ .eb(`--endpoint-url must be an http(s) URL (got ${JSON.stringify(endpoint)}).`);
    }
    // The CLI fails on `manual` by default, so a script can tell all three outcomes apart by the exit code.
    const inputs = {
        'fail-on': 'manual',
        'dry-run': String(switches.has('dry-run')),
        organization: String(switches.has('organization')),
        'cross-check': String(switches.has('cross-check')),
        'fire-drill': String(command === 'drill')
    };
    for (const spec of [...INPUT_FLAGS, ...ENFORCE_FLAGS]) {
        const given = values.get(spec.name);
        if (given)
            inputs[spec.input ?? spec.name] = given.join('\n');
    }
    // Files are written relative to, and inside, the current directory.
    const settings = (0,_flags_js__WEBPACK_IMPORTED_MODULE_12__/* .inFlagTerms */ .re)(specs, () => (0,_settings_js__WEBPACK_IMPORTED_MODULE_7__/* .parseSettings */ .P$)((name) => inputs[name] ?? '', io.env, { workspace: process.cwd() }));
    const debug = switches.has('debug')
        ? (r) => io.stderr(`${(0,_report_redact_js__WEBPACK_IMPORTED_MODULE_13__/* .toLogLine */ .gD)(`[debug] ${r.service} ${r.operation} ${r.region}: ${r.status ?? r.error ?? '?'} in ${r.ms} ms${r.attempts > 1 ? ` (${r.attempts} attempts)` : ''}`)}\n`)
        : undefined;
    const result = await (0,_run_js__WEBPACK_IMPORTED_MODULE_6__/* .run */ .eF)({ mode, settings }, {
        authenticate: async (_settings, budget) => {
            // Resolved once, before any read: no credentials at all fails the command (AuthError), never "manual".
            const profile = values.get('profile')?.[0];
            const credentials = await (0,_auth_default_chain_js__WEBPACK_IMPORTED_MODULE_0__/* .defaultChainCredentials */ .vw)(budget, io.env, (0,_aws_sdk_credential_provider_node__WEBPACK_IMPORTED_MODULE_14__.defaultProvider)(profile ? { profile } : {}));
            return {
                clients: new _aws_clients_js__WEBPACK_IMPORTED_MODULE_1__/* .AwsClients */ .c({ budget, profile, endpoint, onRequest: debug, credentials }),
                method: 'default'
            };
        },
        // The whole plan before enforce applies it over many accounts, on stderr: --json keeps stdout one document.
        estate: { onPlan: (plan) => io.stderr(`${(0,_report_estate_js__WEBPACK_IMPORTED_MODULE_10__/* .renderEstatePlanText */ .p_)(plan)}\n\n`) }
    });
    const color = io.isTty && !io.env.NO_COLOR && !switches.has('no-color');
    if (result.estate) {
        // Many accounts or regions: one line per target, then each that did not pass (src/cli/estate-command.ts).
        const failed = (0,_estate_render_js__WEBPACK_IMPORTED_MODULE_11__/* .renderEstate */ .n)(result.estate.run, settings, output, color, io);
        return failed && result.exit.code === 0 && settings.failOn !== 'never' ? 3 : result.exit.code;
    }
    const { report, enforce } = result;
    // A file that cannot be written is reported; the report itself is still printed below.
    const files = (0,_output_file_js__WEBPACK_IMPORTED_MODULE_3__/* .outputFileWriter */ .Dh)(settings.workspace, (failure) => io.stderr(`cmk-alarm: ${(0,_report_redact_js__WEBPACK_IMPORTED_MODULE_13__/* .toLogText */ .ZQ)(`could not write ${failure}`)}\n`));
    if (settings.sarifPath) {
        files.write('SARIF file', settings.sarifFile, settings.sarifPath, () => {
            const sarif = (0,_report_sarif_js__WEBPACK_IMPORTED_MODULE_4__/* .buildSarif */ .Ep)(result.run.reports, {
                workflowFile: 'cmk-alarm',
                toolVersion: _version_js__WEBPACK_IMPORTED_MODULE_15__/* .VERSION */ .x,
                category: settings.sarifCategory
            });
            return `${JSON.stringify(sarif, null, 2)}\n`;
        });
    }
    if (settings.estate.reportPath) {
        // A run report of this one account, which cmk-alarm merge reads with the others.
        files.write('run report file', settings.estate.reportFile, settings.estate.reportPath, () => (0,_report_estate_json_js__WEBPACK_IMPORTED_MODULE_9__/* .renderRunReportFile */ .EI)((0,_estate_run_js__WEBPACK_IMPORTED_MODULE_8__/* .singleTargetEstate */ ._)(result.control, mode === 'enforce' ? 'enforce' : 'verify', report, undefined, enforce), _version_js__WEBPACK_IMPORTED_MODULE_15__/* .VERSION */ .x));
    }
    if (output === 'json') {
        const json = JSON.parse((0,_report_json_js__WEBPACK_IMPORTED_MODULE_16__/* .renderJsonReport */ .nJ)(report));
        if (result.drill)
            json.drill = (await __webpack_require__.e(/* import() */ 519).then(__webpack_require__.bind(__webpack_require__, 519))).drillToJson(result.drill);
        if (enforce) {
            Object.assign(json, {
                changes: (0,_report_changes_js__WEBPACK_IMPORTED_MODULE_2__/* .changesForOutput */ .o)(enforce.changes),
                blockers: enforce.plan.blockers,
                notes: enforce.plan.notes,
                error: enforce.error ?? null
            });
        }
        // Escaped as the report's own JSON is: no raw control character, no `##[`, whatever the names hold.
        io.stdout(`${(0,_report_json_js__WEBPACK_IMPORTED_MODULE_16__/* .stringifyForLog */ .VC)(json, 2)}\n`);
    }
    else {
        // NO_COLOR (https://no-color.org): any non-empty value turns colours off (color, above).
        if (enforce)
            io.stdout(renderChangesText(enforce, settings.enforce.dryRun));
        // First, so nobody misses it: what the drill did to the alarm, and who received a test notification.
        if (result.drill)
            io.stdout(`${(await __webpack_require__.e(/* import() */ 519).then(__webpack_require__.bind(__webpack_require__, 519))).renderDrillText(result.drill)}\n`);
        io.stdout((0,_report_terminal_js__WEBPACK_IMPORTED_MODULE_5__/* .renderTerminalReport */ .J)(report, { color }));
    }
    // A SARIF file that was asked for and not written fails the command (exit 3) unless --fail-on never.
    return files.failure !== undefined && result.exit.code === 0 && settings.failOn !== 'never' ? 3 : result.exit.code;
}
function renderChangesText(result, dryRun) {
    const lines = [];
    for (const b of result.plan.blockers)
        lines.push(`Nothing was changed: ${b}`);
    const changed = result.changes.some((c) => c.action !== 'noop');
    if (result.changes.length > 0) {
        lines.push(dryRun
            ? 'Plan (dry run: nothing was changed):'
            : !changed
                ? 'Nothing to change: every resource of the chain is as it should be.'
                : result.applied
                    ? 'Changes made:'
                    : 'Plan:');
    }
    for (const c of (0,_report_changes_js__WEBPACK_IMPORTED_MODULE_2__/* .changesForOutput */ .o)(result.changes))
        lines.push(`  ${c.action.padEnd(6)} ${c.type.padEnd(13)} ${c.name}`);
    if (result.error)
        lines.push(`Stopped: ${result.error}`);
    for (const n of result.plan.notes)
        lines.push(`Note: ${n}`);
    return lines.length ? `${(0,_report_redact_js__WEBPACK_IMPORTED_MODULE_13__/* .neutralizeWorkflowCommands */ .tW)(lines.map(_report_redact_js__WEBPACK_IMPORTED_MODULE_13__/* .toSingleLine */ .OX).join('\n'))}\n\n` : '';
}


/***/ }),

/***/ 4890:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runEstate: () => (/* binding */ runEstate),
  _: () => (/* binding */ singleTargetEstate)
});

// UNUSED EXPORTS: mapFair

// EXTERNAL MODULE: ./src/aws/arn.ts
var arn = __webpack_require__(1626);
// EXTERNAL MODULE: ./src/aws/errors.ts
var errors = __webpack_require__(9378);
// EXTERNAL MODULE: ./src/aws/sts.ts
var sts = __webpack_require__(8665);
;// CONCATENATED MODULE: ./src/auth/member.ts
// A session in a member account: sts:AssumeRole into the member role with the hub's credentials (role chaining from
// the step's own session), masked at once, used only by that account's clients. A role that cannot be assumed is that
// account's problem, never the run's crash: the answer says why, and what the account needs.



/** AWS limits a chained role session (a role assumed with a role's credentials) to one hour. */
const MAX_CHAINED_SESSION_SECONDS = 3600;
/** Assumes the member role with the hub's clients, within `budget`. */
async function assumeMemberRole(hub, request, budget, setSecret, makeClients) {
    const { roleArn, account } = request;
    let answer;
    try {
        // The hub's one STS client (bound to the run's budget); this target's share bounds the call through its signal.
        answer = await (0,sts/* assumeRole */.x)(hub.sts(request.region), {
            roleArn,
            sessionName: request.sessionName,
            durationSeconds: Math.min(request.durationSeconds, MAX_CHAINED_SESSION_SECONDS)
        }, budget.signal);
    }
    catch (error) {
        const problem = (0,errors/* classifyError */.fe)(budget.exceeded() ?? error, 'sts:AssumeRole');
        return { ok: false, roleArn, problem: { ...problem, message: assumeRoleMessage(roleArn, account, problem) } };
    }
    const c = answer.credentials;
    // Mask before anything else can print them.
    for (const secret of [c?.AccessKeyId, c?.SecretAccessKey, c?.SessionToken])
        if (secret)
            setSecret(secret);
    if (!c?.AccessKeyId || !c.SecretAccessKey || !c.SessionToken) {
        return {
            ok: false,
            roleArn,
            problem: {
                kind: 'error',
                action: 'sts:AssumeRole',
                message: `Could not assume ${roleArn}: STS answered without complete credentials`
            }
        };
    }
    const assumedAccount = answer.assumedRoleArn ? (0,arn/* parseArn */.Lw)(answer.assumedRoleArn)?.account : undefined;
    if (assumedAccount && assumedAccount !== account) {
        // Never check one account with another's credentials and call it this one.
        return {
            ok: false,
            roleArn,
            problem: {
                kind: 'error',
                action: 'sts:AssumeRole',
                message: `Assuming ${roleArn} gave a session in account ${assumedAccount}, not ${account}: check member-role`
            }
        };
    }
    return {
        ok: true,
        roleArn,
        assumedRoleArn: answer.assumedRoleArn,
        clients: makeClients({
            accessKeyId: c.AccessKeyId,
            secretAccessKey: c.SecretAccessKey,
            sessionToken: c.SessionToken,
            expiration: c.Expiration
        })
    };
}
/** What went wrong, and what the account needs. AWS answers AccessDenied alike for a missing and an untrusting role. */
function assumeRoleMessage(roleArn, account, problem) {
    if (problem.kind === 'access-denied' || problem.kind === 'not-found') {
        return (`Could not assume ${roleArn}: ${problem.message}. ` +
            `Either the role does not exist in account ${account}, or its trust policy does not trust the identity running ` +
            'the check, or that identity is not allowed sts:AssumeRole on it (policies/hub.json)');
    }
    return `Could not assume ${roleArn}: ${problem.message}`;
}

// EXTERNAL MODULE: ./src/aws/budget.ts
var aws_budget = __webpack_require__(4988);
// EXTERNAL MODULE: ./node_modules/@smithy/node-http-handler/dist-cjs/index.js
var dist_cjs = __webpack_require__(1279);
// EXTERNAL MODULE: ./src/aws/answer-size.ts
var answer_size = __webpack_require__(7609);
// EXTERNAL MODULE: ./src/aws/read.ts
var read = __webpack_require__(3761);
// EXTERNAL MODULE: ./src/enforce/index.ts + 1 modules
var src_enforce = __webpack_require__(2709);
// EXTERNAL MODULE: ./src/judge/index.ts
var judge = __webpack_require__(4707);
// EXTERNAL MODULE: ./src/judge/organization.ts
var organization = __webpack_require__(8224);
// EXTERNAL MODULE: ./src/model/estate.ts
var estate = __webpack_require__(4561);
// EXTERNAL MODULE: ./src/model/report.ts
var report = __webpack_require__(5235);
// EXTERNAL MODULE: ./src/sources/account.ts + 2 modules
var account = __webpack_require__(1016);
// EXTERNAL MODULE: ./src/verify.ts
var verify = __webpack_require__(5538);
// EXTERNAL MODULE: ./src/estate/targets.ts + 1 modules
var estate_targets = __webpack_require__(72);
;// CONCATENATED MODULE: ./src/estate/run.ts















async function runEstate(request, deps = {}) {
    const { settings, auth, budget, mode, control } = request;
    const accounts = await (0,estate_targets/* listAccounts */.B)(settings, auth.clients);
    if (settings.maskAccountId)
        for (const a of accounts ?? [])
            deps.setSecret?.(a.id);
    const specs = (0,estate_targets/* targetSpecs */.gx)(settings, accounts);
    const ctx = {
        request,
        deps,
        sessions: new Map(),
        // Every answer still bounded (src/aws/answer-size.ts); the connections kept alive and shared.
        http: new answer_size/* BoundedHttpHandler */.e$(answer_size/* MAX_ANSWER_BYTES */.gB, new dist_cjs.NodeHttpHandler({
            httpAgent: { keepAlive: true, maxSockets: 256 },
            httpsAgent: { keepAlive: true, maxSockets: 256 }
        }))
    };
    const label = (seconds) => `this target's share, ${Math.max(1, Math.round(seconds))} s, of timeout-seconds: ${settings.timeoutSeconds}`;
    let checked = await mapFair(specs, settings.estate.maxConcurrency, budget, label, (spec, share) => checkTarget(ctx, spec, share));
    if (mode === 'enforce') {
        await deps.onPlan?.(estateRun(control, mode, checked.map((c) => c.target)));
        if (!settings.enforce.dryRun) {
            const toApply = checked.filter((c) => c.base && wantsChanges(c.target.enforce));
            const applied = await mapFair(toApply, settings.estate.maxConcurrency, budget, label, (c, share) => applyTarget(ctx, c, share));
            checked = checked.map((c) => applied.find((a) => a.spec === c.spec) ?? c);
        }
    }
    const hubRead = await (0,read/* read */.L)('sts:GetCallerIdentity', () => (0,sts/* getCallerIdentity */.e)(auth.clients.sts(settings.region)), budget);
    const hub = hubRead.ok
        ? hubRead.value
        : auth.account
            ? { account: auth.account, arn: auth.assumedRoleArn ?? '' }
            : undefined;
    const more = await chainsOutsideTargets(ctx, checked, hub);
    const targets = (0,organization/* resolveOrganizationChains */.we)(checked.map((c) => c.target), more).map(settleCoveredBlockers);
    return { run: estateRun(control, mode, targets), hub };
}
function estateRun(control, mode, targets) {
    return {
        control: control.id,
        mode,
        status: (0,report/* worstStatus */.A4)(targets.map((t) => t.report.status)),
        targets: (0,estate/* sortTargets */.P)(targets)
    };
}
function wantsChanges(enforce) {
    return !!enforce && enforce.blockers.length === 0 && enforce.changes.some((c) => c.action !== 'noop');
}
/**
 * Runs `fn` over `items`, at most `limit` at once. Each item, as it starts, gets its share of the time left: the time
 * left divided by the rounds still to come (all of it once the rest fits in one round).
 */
async function mapFair(items, limit, budget, label, fn) {
    const results = new Array(items.length);
    const lanes = Math.max(1, Math.min(limit, items.length));
    let next = 0;
    const lane = async () => {
        for (let i = next++; i < items.length; i = next++) {
            const waiting = items.length - i;
            const seconds = Math.max(0, budget.timeLeftMs() * Math.min(1, lanes / waiting)) / 1000;
            results[i] = await fn(items[i], new aws_budget/* TimeBudget */.z(seconds, Date.now(), label(seconds)));
        }
    };
    await Promise.all(Array.from({ length: lanes }, lane));
    return results;
}
/** The member session of `account`, assumed once for all its regions (again when a try ran out of time). */
function session(ctx, spec, budget) {
    const { settings, auth } = ctx.request;
    const account = spec.account;
    let pending = ctx.sessions.get(account);
    if (!pending) {
        pending = assumeMemberRole(auth.clients, {
            account,
            roleArn: spec.roleArn,
            sessionName: settings.roleSessionName,
            durationSeconds: settings.roleDurationSeconds,
            region: settings.region
        }, budget, (secret) => ctx.deps.setSecret?.(secret), (credentials) => auth.clients.withCredentials(credentials, { requestHandler: ctx.http }));
        ctx.sessions.set(account, pending);
        void pending.then((s) => {
            if (!s.ok && /time budget exceeded/.test(s.problem.message))
                ctx.sessions.delete(account);
        });
    }
    return pending;
}
async function checkTarget(ctx, spec, share) {
    const { settings, auth, control, mode } = ctx.request;
    try {
        let base = auth.clients;
        let assumedRoleArn;
        if (spec.account) {
            const s = await session(ctx, spec, share);
            if (!s.ok)
                return unreachable(ctx, spec, s.problem);
            base = s.clients;
            assumedRoleArn = s.assumedRoleArn;
        }
        const clients = base.withBudget(share);
        const here = { ...settings, region: spec.region };
        let state;
        let report;
        let enforce;
        if (mode === 'enforce') {
            const result = await (0,src_enforce/* runEnforce */.q)(control, { ...here, enforce: { ...settings.enforce, dryRun: true } }, clients);
            state = result.state;
            report = result.report;
            enforce = enforceOf(result, settings.enforce.dryRun);
        }
        else {
            ;
            ({ state, report } = await (0,verify/* verifyAccount */.P)(control, here, clients));
        }
        const checked = { spec, base, state, target: targetOf(ctx, spec, state, report, assumedRoleArn, enforce) };
        log(ctx, checked.target);
        return checked;
    }
    catch (error) {
        // A bug or an unexpected answer stays this target's problem.
        return unreachable(ctx, spec, {
            kind: 'error',
            message: `the check of this target stopped: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`
        });
    }
}
async function applyTarget(ctx, c, share) {
    const { settings, control } = ctx.request;
    try {
        const here = { ...settings, region: c.spec.region, enforce: { ...settings.enforce, dryRun: false } };
        const result = await (0,src_enforce/* runEnforce */.q)(control, here, c.base.withBudget(share));
        const target = targetOf(ctx, c.spec, result.state, result.report, c.target.report.identity?.arn, enforceOf(result, false));
        return { ...c, state: result.state, target: { ...target, name: c.target.name } };
    }
    catch (error) {
        const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
        return { ...c, target: { ...c.target, enforce: { ...c.target.enforce, error: `Enforce stopped: ${message}` } } };
    }
}
function enforceOf(result, dryRun) {
    return {
        changes: result.changes,
        dryRun,
        applied: result.applied,
        blockers: result.plan.blockers,
        notes: result.plan.notes,
        ...(result.error ? { error: result.error } : {})
    };
}
function targetOf(ctx, spec, state, report, assumedRoleArn, enforce) {
    const options = {
        control: ctx.request.control,
        patternPolicy: ctx.request.settings.patternPolicy,
        names: ctx.request.settings.names
    };
    // The report names the account checked even when sts:GetCallerIdentity was refused there.
    const identity = report.identity ?? (spec.account ? { account: spec.account, arn: assumedRoleArn ?? '' } : undefined);
    const account = identity?.account ?? spec.account ?? ctx.request.auth.account ?? '';
    const elsewhere = state ? (0,organization/* chainsElsewhere */.Dd)(state) : [];
    const held = state ? (0,organization/* heldChains */.G8)(state, options) : [];
    return {
        account,
        region: spec.region,
        ...(spec.name ? { name: spec.name } : {}),
        report: identity ? { ...report, identity } : report,
        ...(elsewhere.length ? { chainElsewhere: elsewhere.map((e) => ({ ...e, ...roleIn(ctx, e.account) })) } : {}),
        ...(held.length ? { heldChains: held } : {}),
        ...(enforce ? { enforce } : {})
    };
}
/** The member role the run assumes in `account`, when it assumes one. */
function roleIn(ctx, account) {
    const template = ctx.request.settings.estate.memberRole;
    return template ? { roleArn: template.replaceAll('{account}', account) } : {};
}
function log(ctx, t) {
    // mask-account-id: an account learned only now (the step's own, from sts:GetCallerIdentity) is masked before use.
    if (ctx.request.settings.maskAccountId && t.account)
        ctx.deps.setSecret?.(t.account);
    const why = t.error ? `: ${t.error}` : '';
    ctx.deps.info?.(`${t.account || 'this account'} ${t.region}: ${t.report.status}${why}`);
}
/** A target that could not be checked: `manual`, every check undecided, the first one saying why and how to fix it. */
function unreachable(ctx, spec, problem) {
    const { control, settings, auth } = ctx.request;
    const account = spec.account ?? auth.account ?? '';
    const state = {
        region: spec.region,
        identity: account ? { account, arn: '' } : undefined,
        trails: { ok: false, problem }
    };
    const report = (0,judge/* evaluate */._3)(state, { control, patternPolicy: settings.patternPolicy, names: settings.names });
    if (problem.action === 'sts:AssumeRole' && problem.kind === 'access-denied' && spec.roleArn) {
        const first = report.findings[0];
        first.fix = memberRoleFix(spec.roleArn, account, auth.roleArn);
        first.remediation = first.fix.commands;
    }
    const target = {
        account,
        region: spec.region,
        ...(spec.name ? { name: spec.name } : {}),
        report,
        error: problem.message,
        // Enforce could not even plan here: reported as this target's blocker, the others go on.
        ...(ctx.request.mode === 'enforce'
            ? {
                enforce: {
                    changes: [],
                    dryRun: settings.enforce.dryRun,
                    applied: false,
                    blockers: [`Nothing was changed: the account could not be checked (${problem.message}).`],
                    notes: []
                }
            }
            : {})
    };
    log(ctx, target);
    return { spec, target };
}
/** How to make the member role assumable: the role, trusting the hub, with the verify policy. */
function memberRoleFix(roleArn, account, hubRoleArn) {
    const resource = (0,arn/* parseArn */.Lw)(roleArn)?.resource ?? 'role/cmk-alarm-verify';
    const name = resource.split('/').pop() ?? 'cmk-alarm-verify';
    const trust = JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { AWS: hubRoleArn ?? 'HUB_ROLE_ARN' }, Action: 'sts:AssumeRole' }]
    });
    return {
        change: `Create the role ${name} in account ${account}, trusting the identity that runs the check, with the verify policy (and allow that identity sts:AssumeRole on it, policies/hub.json).`,
        commands: [
            `# in account ${account}${hubRoleArn ? '' : '; HUB_ROLE_ARN: the role the check runs as (role-to-assume)'}`,
            `aws iam create-role --role-name ${name} --assume-role-policy-document '${trust}'`,
            `aws iam put-role-policy --role-name ${name} --policy-name cmk-alarm-verify --policy-document file://policies/verify.json`
        ].join('\n')
    };
}
/**
 * Organization trails whose chain is in an account that is not among the targets: judged in the account of the step's
 * own credentials when that is the one; otherwise each member says which account and role the run would need.
 */
async function chainsOutsideTargets(ctx, checked, hub) {
    const { settings, auth, control, budget } = ctx.request;
    const held = new Set(checked.flatMap((c) => (c.target.heldChains ?? []).map((h) => `${h.account} ${h.trailArn}`)));
    const byAccount = new Map(checked.map((c) => [c.target.account, c]));
    const found = [];
    const reads = new Map();
    for (const c of checked) {
        for (const e of c.target.chainElsewhere ?? []) {
            if (held.has(`${e.account} ${e.trailArn}`))
                continue;
            const there = byAccount.get(e.account);
            if (there) {
                e.reason = there.target.error
                    ? `the run could not check account ${e.account}: ${there.target.error}`
                    : `the run read account ${e.account} but found no readable organization trail ${e.trailName} delivering there`;
                continue;
            }
            if (!hub || hub.account !== e.account)
                continue;
            const region = (0,arn/* parseArn */.Lw)(e.trailArn)?.region || settings.region;
            let pending = reads.get(region);
            if (!pending) {
                pending = (0,account/* readAccount */.GM)(auth.clients.withBudget(budget), { region, logGroupName: settings.logGroupName, control });
                reads.set(region, pending);
            }
            const state = await pending;
            const chain = (0,organization/* heldChains */.G8)(state, { control, patternPolicy: settings.patternPolicy, names: settings.names }).find((h) => h.trailArn === e.trailArn);
            if (chain) {
                found.push(chain);
                held.add(`${e.account} ${e.trailArn}`);
            }
            else {
                e.reason = `the run's own credentials are for account ${e.account}, but could not read the chain of ${e.trailName} there`;
            }
        }
    }
    return found;
}
/**
 * Enforce on a member account covered by an organization trail changes nothing there: the chain is in the holding
 * account, enforced as that account's target. Its "log group in another account" blocker is a note, not a failure.
 */
function settleCoveredBlockers(t) {
    if (!t.coveredBy || !t.enforce || t.enforce.blockers.length === 0 || t.enforce.changes.length > 0)
        return t;
    return {
        ...t,
        enforce: {
            ...t.enforce,
            blockers: [],
            notes: [
                ...t.enforce.notes,
                `Nothing to change in this account: the organization trail ${t.coveredBy.trailName} delivers to account ${t.coveredBy.account}, where its chain is enforced.`
            ]
        }
    };
}
/** A one-target run as an estate (for its run report file, so a plain run can be merged with others). */
function singleTargetEstate(control, mode, report, account, enforce, dryRun = false) {
    const target = {
        account: report.identity?.account || account || '',
        region: report.region,
        report,
        ...(enforce ? { enforce: enforceOf(enforce, dryRun) } : {})
    };
    return estateRun(control, mode, [target]);
}


/***/ })

};
