export const id = 733;
export const ids = [733];
export const modules = {

/***/ 5733:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runAccountCommand: () => (/* binding */ runAccountCommand)
});

// UNUSED EXPORTS: accountCommandHelp

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudtrail/dist-cjs/index.js
var dist_cjs = __webpack_require__(7392);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-cjs/index.js
var client_cloudwatch_dist_cjs = __webpack_require__(4085);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudwatch-logs/dist-cjs/index.js
var client_cloudwatch_logs_dist_cjs = __webpack_require__(303);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sns/dist-cjs/index.js
var client_sns_dist_cjs = __webpack_require__(8797);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sts/dist-cjs/index.js
var client_sts_dist_cjs = __webpack_require__(1695);
// EXTERNAL MODULE: ./src/aws/budget.ts
var budget = __webpack_require__(4988);
// EXTERNAL MODULE: ./src/aws/retry.ts
var retry = __webpack_require__(2495);
;// CONCATENATED MODULE: ./src/aws/clients.ts
// One client per service and region, created on first use. Credentials come from the SDK's default chain unless
// the caller passes a provider (the OIDC-assumed role). AWS_ENDPOINT_URL is honoured by the SDK itself.
//
// Reliability: every call retries throttling, 5xx and network errors (resets, cut bodies) with the retry toolkit's
// backoff (src/aws/retry.ts), and every call stops at the run's time budget, which this object owns: an in-flight
// request is aborted and no retry sleeps past the deadline.







// ---------------------------------------------------------------------------------------------- clients
class AwsClients {
    options;
    cache = new Map();
    /** Every call of these clients, and every read built on them, stops at this budget. */
    budget;
    constructor(options = {}) {
        this.options = options;
        this.budget = options.budget ?? budget/* TimeBudget */.z.unlimited();
    }
    cloudtrail(region) {
        return this.get('cloudtrail', region, dist_cjs/* CloudTrailClient */.Vsm);
    }
    logs(region) {
        return this.get('logs', region, client_cloudwatch_logs_dist_cjs/* CloudWatchLogsClient */.TFr);
    }
    cloudwatch(region) {
        return this.get('cloudwatch', region, client_cloudwatch_dist_cjs/* CloudWatchClient */.WBn);
    }
    sns(region) {
        return this.get('sns', region, client_sns_dist_cjs/* SNSClient */.kye);
    }
    sts(region) {
        return this.get('sts', region, client_sts_dist_cjs/* STSClient */.iM);
    }
    get(service, region, ctor) {
        const key = `${service}@${region}`;
        let client = this.cache.get(key);
        if (!client) {
            const maxAttempts = this.options.maxAttempts ?? 5;
            client = withBudget(new ctor({
                region,
                maxAttempts,
                credentials: this.options.credentials,
                retryStrategy: new retry/* BudgetedRetryStrategy */.Og(maxAttempts, this.budget),
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
    if (change.type !== 'subscription')
        return { name: change.name, after: change.after };
    const colon = change.name.indexOf(':');
    const protocol = change.name.slice(0, colon);
    const endpoint = (0,redact/* redactEndpoint */.Xh)(protocol, change.name.slice(colon + 1));
    return { name: `${protocol}:${endpoint}`, after: change.after ? { protocol, endpoint } : change.after };
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
// EXTERNAL MODULE: ./src/report/sarif.ts
var report_sarif = __webpack_require__(643);
// EXTERNAL MODULE: ./src/report/terminal.ts
var terminal = __webpack_require__(7496);
// EXTERNAL MODULE: ./src/run.ts + 13 modules
var run = __webpack_require__(9301);
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
    const settings = (0,src_settings/* parseSettings */.P$)((name) => inputs[name] ?? '', io.env);
    const debug = switches.has('debug')
        ? (r) => io.stderr(`[debug] ${r.service} ${r.operation} ${r.region}: ${r.status ?? r.error ?? '?'} in ${r.ms} ms${r.attempts > 1 ? ` (${r.attempts} attempts)` : ''}\n`)
        : undefined;
    const result = await (0,run/* run */.eF)({ mode, settings }, {
        authenticate: async (_settings, budget) => ({
            clients: new AwsClients({ budget, profile: values.get('profile')?.[0], endpoint, onRequest: debug }),
            method: 'default'
        })
    });
    const { report, enforce } = result;
    if (settings.sarifFile) {
        const sarif = (0,report_sarif/* buildSarif */.Ep)(result.run.reports, {
            workflowFile: 'cmk-alarm',
            toolVersion: version/* VERSION */.x,
            category: settings.sarifCategory
        });
        (0,external_node_fs_.writeFileSync)(settings.sarifFile, `${JSON.stringify(sarif, null, 2)}\n`);
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
        io.stdout(`${JSON.stringify(json, null, 2)}\n`);
    }
    else {
        // NO_COLOR (https://no-color.org): any non-empty value turns colours off.
        const color = io.isTty && !io.env.NO_COLOR && !switches.has('no-color');
        if (enforce)
            io.stdout(renderChangesText(enforce, settings.enforce.dryRun));
        io.stdout((0,terminal/* renderTerminalReport */.J)(report, { color }));
    }
    return result.exit.code;
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
