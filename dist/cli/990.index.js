export const id = 990;
export const ids = [990];
export const modules = {

/***/ 8990:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runAccountCommand: () => (/* binding */ runAccountCommand)
});

// UNUSED EXPORTS: accountCommandHelp

// EXTERNAL MODULE: ./node_modules/@aws-sdk/credential-provider-node/dist-cjs/index.js
var dist_cjs = __webpack_require__(5861);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/aws/budget.ts
var aws_budget = __webpack_require__(4988);
// EXTERNAL MODULE: ./src/auth/errors.ts
var errors = __webpack_require__(5439);
;// CONCATENATED MODULE: ./src/auth/default-chain.ts
// Credentials from the SDK's default chain (no role-to-assume), resolved once before any read: a run without any
// credentials fails at once with what was tried and how to give it credentials, instead of reading nothing and
// reporting every check `manual` (which `fail-on: fail` would let pass green). No Actions toolkit here: the CLI uses it.






const set = (env, name) => (env[name] ? `${name} is set` : `${name} is not set`);
/** What the default chain tried, in its order (AWS SDK for JavaScript v3, @aws-sdk/credential-provider-node). */
function credentialSourcesTried(env = process.env) {
    const credentialsFile = env.AWS_SHARED_CREDENTIALS_FILE || external_node_path_default().join((0,external_node_os_.homedir)(), '.aws', 'credentials');
    const configFile = env.AWS_CONFIG_FILE || external_node_path_default().join((0,external_node_os_.homedir)(), '.aws', 'config');
    const file = (f) => `${f} ${(0,external_node_fs_.existsSync)(f) ? 'exists' : 'does not exist'}`;
    const imds = /^true$/i.test(env.AWS_EC2_METADATA_DISABLED ?? '')
        ? 'disabled (AWS_EC2_METADATA_DISABLED=true)'
        : 'no answer (not an EC2 instance, or no instance role)';
    return [
        `environment variables AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY: ${set(env, 'AWS_ACCESS_KEY_ID')}, ${set(env, 'AWS_SECRET_ACCESS_KEY')}`,
        `shared files, profile "${env.AWS_PROFILE || 'default'}" (AWS_PROFILE): ${file(credentialsFile)}, ${file(configFile)}; that profile's IAM Identity Center (SSO) login and credential_process`,
        `a web identity token (AWS_WEB_IDENTITY_TOKEN_FILE with AWS_ROLE_ARN): ${set(env, 'AWS_WEB_IDENTITY_TOKEN_FILE')}, ${set(env, 'AWS_ROLE_ARN')}`,
        `container credentials (AWS_CONTAINER_CREDENTIALS_RELATIVE_URI or AWS_CONTAINER_CREDENTIALS_FULL_URI): ${env.AWS_CONTAINER_CREDENTIALS_RELATIVE_URI || env.AWS_CONTAINER_CREDENTIALS_FULL_URI ? 'set' : 'not set'}`,
        `EC2 instance metadata (IMDS): ${imds}`
    ];
}
function noCredentialsMessage(cause, env = process.env) {
    return [
        'No AWS credentials: role-to-assume is not set, so the SDK default credential chain was used, and it found none. It tried, in order:',
        ...credentialSourcesTried(env).map((s, i) => `  ${i + 1}. ${s}`),
        `(the SDK: ${cause.replace(/\s+/g, ' ').trim()})`,
        'Fix: set role-to-assume to a role this workflow may assume with its GitHub OIDC token, and give the job "permissions: id-token: write", e.g.',
        '  - uses: org/cmk-alarm-action@v1',
        '    with:',
        '      aws-region: us-east-1',
        '      role-to-assume: arn:aws:iam::123456789012:role/cmk-alarm-verify',
        'or configure credentials in an earlier step (aws-actions/configure-aws-credentials); from a terminal, set AWS_PROFILE or the AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY variables. See README, "Authentication".'
    ].join('\n');
}
/**
 * The default chain's provider, after it resolved once within the budget. Throws AuthError when it finds no
 * credentials (the run must fail, whatever fail-on says).
 */
async function defaultChainCredentials(budget, env = process.env, provider = undefined) {
    provider ??= (0,dist_cjs.defaultProvider)();
    try {
        await budget.race(provider());
    }
    catch (error) {
        if (error instanceof aws_budget/* TimeBudgetExceeded */.s) {
            throw new errors/* AuthError */.lR(`The default credential chain found no credentials before the ${error.message}.`);
        }
        const e = (error ?? {});
        throw new errors/* AuthError */.lR(noCredentialsMessage(e.message ?? String(error), env));
    }
    return provider;
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudtrail/dist-cjs/index.js
var client_cloudtrail_dist_cjs = __webpack_require__(7392);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-cjs/index.js
var client_cloudwatch_dist_cjs = __webpack_require__(4085);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudwatch-logs/dist-cjs/index.js
var client_cloudwatch_logs_dist_cjs = __webpack_require__(303);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sns/dist-cjs/index.js
var client_sns_dist_cjs = __webpack_require__(8797);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sts/dist-cjs/index.js
var client_sts_dist_cjs = __webpack_require__(1695);
// EXTERNAL MODULE: ./src/aws/answer-size.ts
var answer_size = __webpack_require__(7609);
// EXTERNAL MODULE: ./src/aws/kms-client.ts
var kms_client = __webpack_require__(5834);
// EXTERNAL MODULE: ./src/aws/retry.ts
var retry = __webpack_require__(2495);
;// CONCATENATED MODULE: ./src/aws/clients.ts
// One client per service and region, created on first use. Credentials come from the SDK's default chain unless
// the caller passes a provider (the OIDC-assumed role). AWS_ENDPOINT_URL is honoured by the SDK itself.
//
// Reliability: every call retries throttling, 5xx and network errors (resets, cut bodies) with the retry toolkit's
// backoff (src/aws/retry.ts), and every call stops at the run's time budget, which this object owns: an in-flight
// request is aborted and no retry sleeps past the deadline. Every answer body is bounded (src/aws/answer-size.ts): an
// endless or huge answer fails its call instead of filling the memory.










// ---------------------------------------------------------------------------------------------- clients
class AwsClients {
    options;
    cache = new Map();
    /** Every call of these clients, and every read built on them, stops at this budget. */
    budget;
    constructor(options = {}) {
        this.options = options;
        this.budget = options.budget ?? aws_budget/* TimeBudget */.z.unlimited();
    }
    cloudtrail(region) {
        return this.get('cloudtrail', region, client_cloudtrail_dist_cjs/* CloudTrailClient */.Vsm);
    }
    logs(region) {
        return this.get('logs', region, client_cloudwatch_logs_dist_cjs/* CloudWatchLogsClient */.TFr);
    }
    cloudwatch(region) {
        return this.get('cloudwatch', region, client_cloudwatch_dist_cjs/* CloudWatchClient */.WBn);
    }
    /**
     * CloudWatch for reads that are extra evidence only (alarm history): two attempts per call, so a service that does
     * not answer them (moto answers 500) costs little; the verdict never depends on them.
     */
    cloudwatchEvidence(region) {
        return this.get('cloudwatch-evidence', region, client_cloudwatch_dist_cjs/* CloudWatchClient */.WBn, 2);
    }
    sns(region) {
        return this.get('sns', region, client_sns_dist_cjs/* SNSClient */.kye);
    }
    sts(region) {
        return this.get('sts', region, client_sts_dist_cjs/* STSClient */.iM);
    }
    /** KMS (the two reads the check makes): same credentials and time budget; read() does its retrying. */
    kms(region) {
        const key = `kms@${region}`;
        let client = this.cache.get(key);
        if (!client) {
            this.defaultCredentials ??= (0,dist_cjs.defaultProvider)(this.options.profile ? { profile: this.options.profile } : {});
            const log = this.options.onRequest;
            client = new kms_client/* KmsClient */.XJ(region, this.budget, this.options.credentials ?? this.defaultCredentials, {
                endpoint: this.options.endpoint,
                onRequest: log && ((info) => log({ service: 'kms', region, ...info }))
            });
            this.cache.set(key, client);
        }
        return client;
    }
    defaultCredentials;
    get(service, region, ctor, attempts) {
        const key = `${service}@${region}`;
        let client = this.cache.get(key);
        if (!client) {
            const maxAttempts = Math.min(attempts ?? Infinity, this.options.maxAttempts ?? 5);
            client = withBudget(new ctor({
                region,
                maxAttempts,
                credentials: this.options.credentials,
                retryStrategy: new retry/* BudgetedRetryStrategy */.Og(maxAttempts, this.budget),
                requestHandler: new answer_size/* BoundedHttpHandler */.e$(),
                ...(this.options.profile ? { profile: this.options.profile } : {}),
                ...(this.options.endpoint ? { endpoint: this.options.endpoint } : {})
            }), this.budget, this.options.onRequest && ((info) => this.options.onRequest?.({ service, region, ...info })));
            this.cache.set(key, client);
        }
        return client;
    }
}
/**
 * Every send of `client` is refused once the budget is spent, and aborted when it runs out mid-flight; `log`, when
 * given, hears of every call's end.
 */
function withBudget(client, budget, log) {
    const c = client;
    const send = c.send.bind(c);
    c.send = async (command, options) => {
        const exceeded = budget.exceeded();
        if (exceeded)
            throw exceeded;
        const started = Date.now();
        const operation = command?.constructor?.name?.replace(/Command$/, '') ?? '?';
        try {
            const answer = await send(command, { ...options, abortSignal: options?.abortSignal ?? budget.signal });
            const meta = answer?.$metadata;
            log?.({ operation, status: meta?.httpStatusCode, attempts: meta?.attempts ?? 1, ms: Date.now() - started });
            return answer;
        }
        catch (error) {
            const meta = error?.$metadata;
            const name = error?.name ?? 'Error';
            log?.({
                operation,
                status: meta?.httpStatusCode,
                error: name,
                attempts: meta?.attempts ?? 1,
                ms: Date.now() - started
            });
            throw budget.exceeded() ?? error;
        }
    };
    return client;
}

// EXTERNAL MODULE: ./src/report/redact.ts
var redact = __webpack_require__(649);
;// CONCATENATED MODULE: ./src/report/changes.ts

function redactSubscription(change) {
    if (change.type !== 'subscription' || !change.after)
        return { name: change.name, after: change.after };
    const { protocol, endpoint } = change.after;
    return { name: change.name, after: { protocol, endpoint: (0,redact/* redactEndpoint */.Xh)(protocol, endpoint) } };
}
function changesForOutput(changes) {
    return changes.map((c) => {
        const { name, after } = redactSubscription(c);
        return {
            action: c.action,
            type: c.type,
            name,
            arn: c.type === 'subscription' ? '' : c.arn,
            before: c.before,
            after
        };
    });
}
const ICON = { create: '➕ create', update: '✏️ update', noop: '✔️ keep' };
/** A markdown section: the plan (dry-run) or the changes made, then blockers and notes. */
function renderChangesMarkdown(opts) {
    const lines = [];
    if (opts.blockers.length > 0) {
        lines.push('**Nothing was changed:**', '', ...opts.blockers.map((b) => `- ${escapeMarkdownCell(b)}`), '');
    }
    if (opts.changes.length > 0) {
        const changed = opts.changes.some((c) => c.action !== 'noop');
        lines.push(opts.dryRun
            ? '**Plan (dry run: nothing was changed)**'
            : !changed
                ? '**Nothing to change**: every resource of the chain is as it should be.'
                : opts.applied
                    ? '**Changes made**'
                    : '**Plan**', '');
        lines.push('| Action | Type | Name | Why |', '| --- | --- | --- | --- |');
        for (const c of opts.changes) {
            const { name } = redactSubscription(c);
            lines.push(`| ${ICON[c.action]} | ${c.type} | ${escapeMarkdownCell(name)} | ${escapeMarkdownCell(c.reason)} |`);
        }
        lines.push('');
    }
    if (opts.error)
        lines.push(`**Stopped:** ${escapeMarkdownCell(opts.error)}`, '');
    for (const note of opts.notes) {
        // A note may end with a JSON policy statement after its first line: shown as a code block, not flattened.
        const [first, ...rest] = note.split('\n');
        lines.push(`> ${escapeMarkdownCell(first)}`, '');
        if (rest.length > 0) {
            const code = rest.join('\n');
            const fence = codeFence(code);
            lines.push(`${fence}json`, code, fence, '');
        }
    }
    return lines.join('\n');
}

// EXTERNAL MODULE: ./src/report/json.ts
var report_json = __webpack_require__(2794);
// EXTERNAL MODULE: ./src/output-file.ts
var output_file = __webpack_require__(8861);
// EXTERNAL MODULE: ./src/report/sarif.ts
var report_sarif = __webpack_require__(643);
// EXTERNAL MODULE: ./src/report/terminal.ts
var terminal = __webpack_require__(7496);
// EXTERNAL MODULE: ./src/run.ts + 14 modules
var run = __webpack_require__(7806);
// EXTERNAL MODULE: ./src/settings.ts + 1 modules
var src_settings = __webpack_require__(9502);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/cli/flags.ts
var flags = __webpack_require__(5377);
;// CONCATENATED MODULE: ./src/cli/account-command.ts
// `cmk-alarm verify|enforce`: the action's run (src/run.ts) from a terminal, with the default AWS credential chain
// (or --profile) and the action's inputs as flags. Loaded only for these commands: the AWS SDK never loads for
// `--version`, `--help` or `pattern`.













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
    {
        name: 'pattern-policy',
        value: 'semantic|security-hub',
        help: 'security-hub also requires the exact text Security Hub accepts'
    },
    { name: 'fail-on', value: 'fail|manual|never', help: 'which outcome fails the command (default manual)' },
    { name: 'timeout-seconds', value: 'S', help: 'time budget for the AWS calls, 10-3600 (default 300)' },
    { name: 'sarif-file', value: 'FILE', help: 'write SARIF 2.1.0 here' },
    { name: 'sarif-category', value: 'C', help: 'SARIF category; {account} and {region} are filled in' },
    { name: 'metric-filter-name', value: 'N', help: 'the filter enforce creates (and fix commands name)' },
    { name: 'metric-name', value: 'N', help: 'the metric that filter publishes' },
    { name: 'metric-namespace', value: 'NS', help: 'its namespace (default CISBenchmark)' },
    { name: 'alarm-name', value: 'N', help: 'the alarm enforce creates or repairs' },
    { name: 'sns-topic-name', value: 'N', help: 'the topic enforce finds or creates' }
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
const CLI_FLAGS = [
    { name: 'profile', value: 'NAME', help: 'the AWS profile of the shared config and credentials files' },
    { name: 'endpoint-url', value: 'URL', help: 'send every AWS request to this endpoint (e.g. LocalStack, moto)' },
    { name: 'output', value: 'text|json', help: 'the report as text (default) or JSON' },
    { name: 'json', help: 'the same as --output json' },
    { name: 'no-color', help: 'no ANSI colours (also when NO_COLOR is set or stdout is not a terminal)' },
    { name: 'debug', help: 'print every AWS request (service, operation, status, time) to stderr' },
    { name: 'help', help: 'print this help' }
];
function flagsOf(mode) {
    return [...INPUT_FLAGS, ...(mode === 'enforce' ? ENFORCE_FLAGS : []), ...CLI_FLAGS];
}
function accountCommandHelp(mode) {
    const what = mode === 'verify'
        ? 'Checks the account in one region, read-only, with the default AWS credential chain (or --profile).'
        : 'Creates or repairs the metric filter, SNS topic, subscriptions and alarm, then verifies again.';
    return [
        `Usage: cmk-alarm ${mode} [flags]`,
        '',
        what,
        "The flags are the action's inputs, with the same rules and the same run (time budget, verdict, fail-on).",
        '',
        (0,flags/* flagHelp */.QR)(flagsOf(mode)),
        '',
        'Exit codes: 0 compliant, 1 not compliant (or enforce could not change it), 2 bad usage, 3 could not decide;',
        '--fail-on says which fail the command: fail (1 only), manual (1 and 3; the default), never (always 0).'
    ].join('\n');
}
async function runAccountCommand(mode, args, io) {
    const specs = flagsOf(mode);
    const { values, switches } = (0,flags/* parseFlags */.bQ)(args, specs);
    if (switches.has('help')) {
        io.stdout(`${accountCommandHelp(mode)}\n`);
        return 0;
    }
    const output = values.get('output')?.[0] ?? (switches.has('json') ? 'json' : 'text');
    if (output !== 'text' && output !== 'json')
        throw new flags/* UsageError */.eb(`--output must be text or json (got ${JSON.stringify(output)}).`);
    if (switches.has('json') && values.get('output')?.[0] === 'text')
        throw new flags/* UsageError */.eb('--json and --output text disagree.');
    const endpoint = values.get('endpoint-url')?.[0];
    if (endpoint !== undefined && !/^https?:\/\/[^\s/]+/.test(endpoint)) {
        throw new flags/* UsageError */.eb(`--endpoint-url must be an http(s) URL (got ${JSON.stringify(endpoint)}).`);
    }
    // The CLI fails on `manual` by default, so a script can tell all three outcomes apart by the exit code.
    const inputs = { 'fail-on': 'manual', 'dry-run': String(switches.has('dry-run')) };
    for (const spec of [...INPUT_FLAGS, ...ENFORCE_FLAGS]) {
        const given = values.get(spec.name);
        if (given)
            inputs[spec.input ?? spec.name] = given.join('\n');
    }
    // Files are written relative to, and inside, the current directory.
    const settings = (0,src_settings/* parseSettings */.P$)((name) => inputs[name] ?? '', io.env, { workspace: process.cwd() });
    const debug = switches.has('debug')
        ? (r) => io.stderr(`${(0,redact/* toLogLine */.gD)(`[debug] ${r.service} ${r.operation} ${r.region}: ${r.status ?? r.error ?? '?'} in ${r.ms} ms${r.attempts > 1 ? ` (${r.attempts} attempts)` : ''}`)}\n`)
        : undefined;
    const result = await (0,run/* run */.eF)({ mode, settings }, {
        authenticate: async (_settings, budget) => {
            // Resolved once, before any read: no credentials at all fails the command (AuthError), never "manual".
            const profile = values.get('profile')?.[0];
            const credentials = await defaultChainCredentials(budget, io.env, (0,dist_cjs.defaultProvider)(profile ? { profile } : {}));
            return {
                clients: new AwsClients({ budget, profile, endpoint, onRequest: debug, credentials }),
                method: 'default'
            };
        }
    });
    const { report, enforce } = result;
    let sarifFailed = false;
    if (settings.sarifPath) {
        const sarif = (0,report_sarif/* buildSarif */.Ep)(result.run.reports, {
            workflowFile: 'cmk-alarm',
            toolVersion: version/* VERSION */.x,
            category: settings.sarifCategory
        });
        try {
            (0,output_file/* writeOutputFile */.B)(settings.sarifPath, settings.workspace, `${JSON.stringify(sarif, null, 2)}\n`);
        }
        catch (error) {
            // Reported; the report itself is still printed below.
            sarifFailed = true;
            const why = error instanceof Error ? error.message : String(error);
            io.stderr(`cmk-alarm: ${(0,redact/* toLogText */.ZQ)(`could not write the SARIF file ${settings.sarifFile}: ${why}`)}\n`);
        }
    }
    if (output === 'json') {
        const json = JSON.parse((0,report_json/* renderJsonReport */.nJ)(report));
        if (enforce) {
            Object.assign(json, {
                changes: changesForOutput(enforce.changes),
                blockers: enforce.plan.blockers,
                notes: enforce.plan.notes,
                error: enforce.error ?? null
            });
        }
        // Escaped as the report's own JSON is: no raw control character, no `##[`, whatever the names hold.
        io.stdout(`${(0,report_json/* stringifyForLog */.VC)(json, 2)}\n`);
    }
    else {
        // NO_COLOR (https://no-color.org): any non-empty value turns colours off.
        const color = io.isTty && !io.env.NO_COLOR && !switches.has('no-color');
        if (enforce)
            io.stdout(renderChangesText(enforce, settings.enforce.dryRun));
        io.stdout((0,terminal/* renderTerminalReport */.J)(report, { color }));
    }
    // A SARIF file that was asked for and not written fails the command (exit 3) unless --fail-on never.
    return sarifFailed && result.exit.code === 0 && settings.failOn !== 'never' ? 3 : result.exit.code;
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
    for (const c of changesForOutput(result.changes))
        lines.push(`  ${c.action.padEnd(6)} ${c.type.padEnd(13)} ${c.name}`);
    if (result.error)
        lines.push(`Stopped: ${result.error}`);
    for (const n of result.plan.notes)
        lines.push(`Note: ${n}`);
    return lines.length ? `${(0,redact/* neutralizeWorkflowCommands */.tW)(lines.map(redact/* toSingleLine */.OX).join('\n'))}\n\n` : '';
}


/***/ })

};
