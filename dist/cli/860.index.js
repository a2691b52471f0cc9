export const id = 860;
export const ids = [860];
export const modules = {

/***/ 6259:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   vw: () => (/* binding */ defaultChainCredentials)
/* harmony export */ });
/* unused harmony exports credentialSourcesTried, noCredentialsMessage */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _aws_sdk_credential_provider_node__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5861);
/* harmony import */ var _aws_budget_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4988);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5439);
// Credentials from the SDK's default chain (no role-to-assume), resolved once before any read: a run without any
// credentials fails at once with what was tried and how to give it credentials, instead of reading nothing and
// reporting every check `manual` (which `fail-on: fail` would let pass green). No Actions toolkit here: the CLI uses it.






const set = (env, name) => (env[name] ? `${name} is set` : `${name} is not set`);
/** What the default chain tried, in its order (AWS SDK for JavaScript v3, @aws-sdk/credential-provider-node). */
function credentialSourcesTried(env = process.env) {
    const credentialsFile = env.AWS_SHARED_CREDENTIALS_FILE || node_path__WEBPACK_IMPORTED_MODULE_2___default().join((0,node_os__WEBPACK_IMPORTED_MODULE_1__.homedir)(), '.aws', 'credentials');
    const configFile = env.AWS_CONFIG_FILE || node_path__WEBPACK_IMPORTED_MODULE_2___default().join((0,node_os__WEBPACK_IMPORTED_MODULE_1__.homedir)(), '.aws', 'config');
    const file = (f) => `${f} ${(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(f) ? 'exists' : 'does not exist'}`;
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
    provider ??= (0,_aws_sdk_credential_provider_node__WEBPACK_IMPORTED_MODULE_5__.defaultProvider)();
    try {
        await budget.race(provider());
    }
    catch (error) {
        if (error instanceof _aws_budget_js__WEBPACK_IMPORTED_MODULE_3__/* .TimeBudgetExceeded */ .s) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .AuthError */ .lR(`The default credential chain found no credentials before the ${error.message}.`);
        }
        const e = (error ?? {});
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .AuthError */ .lR(noCredentialsMessage(e.message ?? String(error), env));
    }
    return provider;
}


/***/ }),

/***/ 201:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ AwsClients)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_cloudtrail__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7392);
/* harmony import */ var _aws_sdk_client_cloudwatch__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4085);
/* harmony import */ var _aws_sdk_client_cloudwatch_logs__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(303);
/* harmony import */ var _aws_sdk_client_sns__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8797);
/* harmony import */ var _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1695);
/* harmony import */ var _answer_size_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7609);
/* harmony import */ var _budget_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4988);
/* harmony import */ var _kms_client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5834);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2495);
/* harmony import */ var _aws_sdk_credential_provider_node__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(5861);
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
        this.budget = options.budget ?? _budget_js__WEBPACK_IMPORTED_MODULE_1__/* .TimeBudget */ .z.unlimited();
    }
    cloudtrail(region) {
        return this.get('cloudtrail', region, _aws_sdk_client_cloudtrail__WEBPACK_IMPORTED_MODULE_4__/* .CloudTrailClient */ .Vsm);
    }
    logs(region) {
        return this.get('logs', region, _aws_sdk_client_cloudwatch_logs__WEBPACK_IMPORTED_MODULE_5__/* .CloudWatchLogsClient */ .TFr);
    }
    cloudwatch(region) {
        return this.get('cloudwatch', region, _aws_sdk_client_cloudwatch__WEBPACK_IMPORTED_MODULE_6__/* .CloudWatchClient */ .WBn);
    }
    /**
     * CloudWatch for reads that are extra evidence only (alarm history): two attempts per call, so a service that does
     * not answer them (moto answers 500) costs little; the verdict never depends on them.
     */
    cloudwatchEvidence(region) {
        return this.get('cloudwatch-evidence', region, _aws_sdk_client_cloudwatch__WEBPACK_IMPORTED_MODULE_6__/* .CloudWatchClient */ .WBn, 2);
    }
    sns(region) {
        return this.get('sns', region, _aws_sdk_client_sns__WEBPACK_IMPORTED_MODULE_7__/* .SNSClient */ .kye);
    }
    sts(region) {
        return this.get('sts', region, _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_8__/* .STSClient */ .iM);
    }
    /** KMS (the two reads the check makes): same credentials and time budget; read() does its retrying. */
    kms(region) {
        const key = `kms@${region}`;
        let client = this.cache.get(key);
        if (!client) {
            this.defaultCredentials ??= (0,_aws_sdk_credential_provider_node__WEBPACK_IMPORTED_MODULE_9__.defaultProvider)(this.options.profile ? { profile: this.options.profile } : {});
            const log = this.options.onRequest;
            client = new _kms_client_js__WEBPACK_IMPORTED_MODULE_2__/* .KmsClient */ .XJ(region, this.budget, this.options.credentials ?? this.defaultCredentials, {
                endpoint: this.options.endpoint,
                onRequest: log && ((info) => log({ service: 'kms', region, ...info }))
            });
            this.cache.set(key, client);
        }
        return client;
    }
    defaultCredentials;
    /** Clients with the same credentials, bound to another budget (one target's share of the run's). */
    withBudget(budget) {
        return new AwsClients({ ...this.options, budget });
    }
    /** Clients for another identity (a member account's session), keeping the endpoint and the request log. */
    withCredentials(credentials, more = {}) {
        return new AwsClients({ ...this.options, profile: undefined, credentials, ...more });
    }
    get(service, region, ctor, attempts) {
        const key = `${service}@${region}`;
        let client = this.cache.get(key);
        if (!client) {
            const maxAttempts = Math.min(attempts ?? Infinity, this.options.maxAttempts ?? 5);
            client = withBudget(new ctor({
                region,
                maxAttempts,
                credentials: this.options.credentials,
                retryStrategy: new _retry_js__WEBPACK_IMPORTED_MODULE_3__/* .BudgetedRetryStrategy */ .Og(maxAttempts, this.budget),
                requestHandler: this.options.requestHandler ?? new _answer_size_js__WEBPACK_IMPORTED_MODULE_0__/* .BoundedHttpHandler */ .e$(),
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


/***/ }),

/***/ 5626:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  n: () => (/* binding */ renderEstate)
});

// EXTERNAL MODULE: ./src/output-file.ts
var output_file = __webpack_require__(8861);
// EXTERNAL MODULE: ./src/report/estate-json.ts
var estate_json = __webpack_require__(8915);
// EXTERNAL MODULE: ./src/model/estate.ts
var estate = __webpack_require__(4561);
// EXTERNAL MODULE: ./src/report/estate.ts + 2 modules
var report_estate = __webpack_require__(9285);
// EXTERNAL MODULE: ./src/report/redact.ts
var redact = __webpack_require__(649);
// EXTERNAL MODULE: ./src/report/rules.ts
var rules = __webpack_require__(9681);
// EXTERNAL MODULE: ./src/report/terminal.ts
var terminal = __webpack_require__(7496);
;// CONCATENATED MODULE: ./src/report/estate-terminal.ts





const MARK = { pass: '[PASS]', fail: '[FAIL]', manual: '[????]' };
function renderEstateTerminal(run, opts = {}) {
    const control = (0,rules/* controlOf */.rs)({ control: run.control }, opts.control);
    const v = (0,report_estate/* estateHeading */.ZA)(run, control);
    const c = (0,estate/* countTargets */.c)(run.targets);
    const one = (s) => (0,redact/* truncate */.xv)((0,redact/* toSingleLine */.OX)(s), 300);
    const out = [`${v.title.toUpperCase()} (${control.name})`, v.sentence, ''];
    const width = Math.max(0, ...run.targets.map((t) => (0,report_estate/* targetLabel */.Op)(t).length));
    for (const t of run.targets) {
        const why = (0,report_estate/* targetWhy */.iD)(t);
        out.push(`  ${MARK[t.report.status]} ${one((0,report_estate/* targetLabel */.Op)(t)).padEnd(width)}  ${why ? one(why) : ''}`.trimEnd());
    }
    out.push('', `Targets: ${c.targets}: ${c.pass} passed, ${c.fail} failed, ${c.manual} undecided`);
    let text = (0,redact/* neutralizeWorkflowCommands */.tW)(out.join('\n') + '\n');
    for (const t of run.targets.filter((x) => x.report.status !== 'pass')) {
        text += `\n=== ${(0,redact/* neutralizeWorkflowCommands */.tW)(one((0,report_estate/* targetLabel */.Op)(t)))} ===\n`;
        for (const n of t.report.notes ?? [])
            text += (0,redact/* neutralizeWorkflowCommands */.tW)(`Note: ${one(n)}\n`);
        text += (0,terminal/* renderTerminalReport */.J)(t.report, { color: opts.color, control: opts.control });
    }
    return text;
}

// EXTERNAL MODULE: ./src/report/sarif.ts
var report_sarif = __webpack_require__(643);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/cli/estate-render.ts






/** Prints an estate (the run report as JSON, or one line per target then the targets that did not pass) and writes
 * its SARIF and run report files; returns whether a file asked for could not be written. */
function renderEstate(run, settings, output, color, io) {
    const files = (0,output_file/* outputFileWriter */.Dh)(settings.workspace, (failure) => io.stderr(`cmk-alarm: ${(0,redact/* toLogText */.ZQ)(`could not write ${failure}`)}\n`));
    if (settings.sarifPath) {
        files.write('SARIF file', settings.sarifFile, settings.sarifPath, () => {
            const sarif = (0,report_sarif/* buildSarif */.Ep)(run.targets.map((t) => t.report), { workflowFile: 'cmk-alarm', toolVersion: version/* VERSION */.x, category: settings.sarifCategory });
            return `${JSON.stringify(sarif, null, 2)}\n`;
        });
    }
    if (settings.estate.reportPath) {
        files.write('run report file', settings.estate.reportFile, settings.estate.reportPath, () => (0,estate_json/* renderRunReportFile */.EI)(run, version/* VERSION */.x));
    }
    io.stdout(output === 'json' ? (0,estate_json/* renderRunReportFile */.EI)(run, version/* VERSION */.x) : renderEstateTerminal(run, { color }));
    return files.failure !== undefined;
}


/***/ }),

/***/ 72:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PN: () => (/* binding */ EstateError),
  Kn: () => (/* binding */ buildMatrix),
  B: () => (/* binding */ listAccounts),
  gx: () => (/* binding */ targetSpecs)
});

// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/checksum/index.js
var checksum = __webpack_require__(9542);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/transport/index.js
var transport = __webpack_require__(4534);
// EXTERNAL MODULE: ./node_modules/@smithy/signature-v4/dist-cjs/index.js
var dist_cjs = __webpack_require__(5118);
// EXTERNAL MODULE: ./src/aws/answer-size.ts
var answer_size = __webpack_require__(7609);
// EXTERNAL MODULE: ./src/aws/paging.ts
var paging = __webpack_require__(6433);
;// CONCATENATED MODULE: ./src/aws/organizations.ts
// AWS Organizations: the ACTIVE accounts of the organization, for `organization: true`.
//
// One call (ListAccounts, AWS JSON 1.1) made with the SDK's own parts: its SigV4 signer, HTTP request and Node HTTP
// handler, and the credentials of the step's clients. Not @aws-sdk/client-organizations: that client adds 137 kB
// (88 kB even imported piecemeal), and the action's bundle must stay under 3 MB. Errors are shaped like the SDK's
// (name, $metadata.httpStatusCode, $fault), so the one retry toolkit and error classifier treat them alike.





/** The caller for the credentials of `clients` (the same provider their STS client signs with). */
function organizationsCaller(clients, region) {
    const sts = clients.sts(region);
    const credentials = sts.config.credentials;
    const endpoint = async () => {
        if (!sts.config.isCustomEndpoint || !sts.config.endpoint)
            return undefined;
        const e = await sts.config.endpoint();
        return `${e.protocol}//${e.hostname}${e.port ? `:${e.port}` : ''}${e.path ?? ''}`;
    };
    return { credentials: () => credentials(), region, signal: clients.budget.signal, endpoint };
}
/**
 * Organizations is a global service: one endpoint per partition, signed for its region. AWS_ENDPOINT_URL_ORGANIZATIONS
 * or AWS_ENDPOINT_URL replace the endpoint, as they do for the SDK's clients; `endpoint` (the CLI's --endpoint-url)
 * before them.
 */
function organizationsEndpoint(region, env = process.env, endpoint) {
    const partition = region.startsWith('cn-')
        ? 'aws-cn'
        : region.startsWith('us-gov-')
            ? 'aws-us-gov'
            : region.startsWith('us-iso')
                ? 'iso'
                : 'aws';
    const global = {
        aws: { host: 'organizations.us-east-1.amazonaws.com', region: 'us-east-1' },
        'aws-us-gov': { host: 'organizations.us-gov-west-1.amazonaws.com', region: 'us-gov-west-1' },
        'aws-cn': { host: 'organizations.cn-northwest-1.amazonaws.com.cn', region: 'cn-northwest-1' },
        iso: { host: `organizations.${region}.c2s.ic.gov`, region }
    }[partition];
    const custom = endpoint || env.AWS_ENDPOINT_URL_ORGANIZATIONS || env.AWS_ENDPOINT_URL;
    return { url: new URL(custom || `https://${global.host}`), signingRegion: global.region };
}
async function bodyText(body) {
    if (!body)
        return '';
    const chunks = [];
    for await (const chunk of body)
        chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
    return Buffer.concat(chunks).toString('utf8');
}
/** An error shaped like the SDK's: the AWS error code as its name, the HTTP status in $metadata. */
function awsError(status, text, errorType) {
    let code = errorType?.split(':')[0];
    let message;
    try {
        const json = JSON.parse(text);
        code ??= json.__type;
        message = json.message ?? json.Message ?? '';
    }
    catch {
        message = status >= 500 ? 'the service answered with an error' : '';
    }
    const name = (code ?? (status >= 500 ? 'InternalFailure' : `HTTP${status}`)).split('#').pop();
    return Object.assign(new Error(message || name), {
        name,
        $fault: status >= 500 ? 'server' : 'client',
        $metadata: { httpStatusCode: status, attempts: 1 }
    });
}
/** The SDK's Node.js handler with every answer bounded (src/aws/answer-size.ts), as every AWS client of the tool. */
const handler = new answer_size/* BoundedHttpHandler */.e$();
/** One signed AWS JSON 1.1 call of Organizations. */
async function call(caller, operation, input) {
    const { url, signingRegion } = organizationsEndpoint(caller.region, caller.env, await caller.endpoint?.());
    const body = JSON.stringify(input);
    const request = new transport.HttpRequest({
        protocol: url.protocol,
        hostname: url.hostname,
        port: url.port ? Number(url.port) : undefined,
        method: 'POST',
        path: url.pathname || '/',
        headers: {
            host: url.host,
            'content-type': 'application/x-amz-json-1.1',
            'x-amz-target': `AWSOrganizationsV20161128.${operation}`,
            'content-length': String(Buffer.byteLength(body))
        },
        body
    });
    const credentials = await caller.credentials();
    const signer = new dist_cjs.SignatureV4({ credentials, region: signingRegion, service: 'organizations', sha256: checksum.Sha256 });
    const signed = await signer.sign(request);
    const { response } = await handler.handle(signed, { abortSignal: caller.signal });
    const text = await bodyText(response.body);
    if (response.statusCode < 200 || response.statusCode >= 300) {
        throw awsError(response.statusCode, text, response.headers['x-amzn-errortype']);
    }
    return JSON.parse(text);
}
/**
 * Every ACTIVE account of the organization (all pages), in the order AWS lists them. Suspended, closed and
 * still-joining accounts are left out: nothing in them can be checked. `State` replaced the deprecated `Status`
 * field; an answer with only `Status` is read the same way.
 */
async function listActiveAccounts(caller) {
    const accounts = await (0,paging/* collectPages */.V)(async (nextToken) => {
        const out = await call(caller, 'ListAccounts', nextToken ? { NextToken: nextToken } : {});
        return { items: out.Accounts ?? [], nextToken: out.NextToken };
    });
    return accounts.flatMap((a) => (a.Id && (a.State ?? a.Status) === 'ACTIVE' ? [{ id: a.Id, name: a.Name ?? '' }] : []));
}

// EXTERNAL MODULE: ./src/aws/read.ts
var read = __webpack_require__(3761);
// EXTERNAL MODULE: ./src/estate/settings.ts
var estate_settings = __webpack_require__(1199);
;// CONCATENATED MODULE: ./src/estate/targets.ts



/** A failure that stops the whole run (e.g. the organization's accounts cannot be listed); its message is complete. */
class EstateError extends Error {
    constructor(message) {
        super(message);
        this.name = 'EstateError';
    }
}
/** The accounts of the run: the `accounts` input, or the organization's ACTIVE accounts; undefined: its own only. */
async function listAccounts(settings, hub) {
    const { accounts, organization } = settings.estate;
    if (accounts)
        return accounts.map((id) => ({ id, name: '' }));
    if (!organization || !hub)
        return undefined;
    const listed = await (0,read/* read */.L)('organizations:ListAccounts', () => listActiveAccounts(organizationsCaller(hub, settings.region)), hub.budget);
    if (!listed.ok) {
        const p = listed.problem;
        const why = /AWSOrganizationsNotInUse/.test(p.message)
            ? 'the account of these credentials is not in an organization'
            : p.kind === 'access-denied'
                ? 'run it with credentials of the management account or of a delegated administrator of AWS Organizations, allowed organizations:ListAccounts (policies/hub.json)'
                : 'run it again, or list the accounts in the accounts input';
        throw new EstateError(`organization: true could not list the organization's accounts: ${p.message}. ${why}.`);
    }
    if (listed.value.length === 0) {
        throw new EstateError('organization: true found no ACTIVE account in the organization: nothing to check.');
    }
    return listed.value;
}
/** Every account × region, account by account. */
function targetSpecs(settings, accounts) {
    const regions = settings.estate.regions ?? [settings.region];
    if (!accounts)
        return regions.map((region) => ({ region }));
    const template = settings.estate.memberRole;
    return accounts.flatMap((a) => regions.map((region) => ({
        account: a.id,
        region,
        ...(a.name ? { name: a.name } : {}),
        ...(template ? { roleArn: (0,estate_settings/* memberRoleArn */.gm)(template, a.id) } : {})
    })));
}
/**
 * The accounts in chunks of `chunkSize` (more per chunk when that would make more than the 256 jobs GitHub runs
 * of one matrix), as `strategy.matrix` takes it: `{ include: [...] }`.
 */
function buildMatrix(accounts, regions, chunkSize) {
    const size = Math.max(chunkSize, Math.ceil(accounts.length / estate_settings/* MATRIX_MAX_JOBS */.eH));
    const include = [];
    for (let i = 0; i < accounts.length; i += size) {
        const chunk = accounts.slice(i, i + size);
        include.push({
            chunk: include.length + 1,
            accounts: chunk.join(','),
            regions: regions.join(','),
            targets: chunk.length * regions.length
        });
    }
    return { include, chunkSize: size };
}


/***/ }),

/***/ 8224:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dd: () => (/* binding */ chainsElsewhere),
/* harmony export */   G8: () => (/* binding */ heldChains),
/* harmony export */   we: () => (/* binding */ resolveOrganizationChains)
/* harmony export */ });
/* unused harmony export unjudgedNote */
/* harmony import */ var _chain_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3347);

/** Organization trails in `state` whose log group is in another account that these credentials cannot read. */
function chainsElsewhere(state) {
    if (!state.trails.ok)
        return [];
    return state.trails.value.flatMap((t) => t.isOrganizationTrail &&
        t.logGroup &&
        !t.logGroup.metricFilters.ok &&
        t.logGroup.metricFilters.problem.kind === 'cross-account'
        ? [{ trailArn: t.arn, trailName: t.name, account: t.logGroup.account, logGroupArn: t.logGroup.arn }]
        : []);
}
/**
 * The chains of the organization trails whose log group is in the account of `state` (read with its credentials),
 * each judged once, alone: what every member account the trail covers relies on.
 */
function heldChains(state, options) {
    const account = state.identity?.account;
    if (!account || !state.trails.ok)
        return [];
    return state.trails.value.flatMap((t) => t.isOrganizationTrail &&
        t.logGroup &&
        t.logGroup.account === account &&
        !(!t.logGroup.metricFilters.ok && t.logGroup.metricFilters.problem.kind === 'cross-account')
        ? [
            {
                trailArn: t.arn,
                trailName: t.name,
                account,
                logGroupArn: t.logGroup.arn,
                report: (0,_chain_js__WEBPACK_IMPORTED_MODULE_0__/* .evaluate */ ._3)({ ...state, trails: { ok: true, value: [t] } }, options)
            }
        ]
        : []);
}
const RANK = { pass: 2, manual: 1, fail: 0 };
/** Security Hub evaluates CloudWatch.7 per account, and a trail of another account gives it no data there. */
const MEMBER_SECURITY_HUB = {
    prediction: 'unknown',
    reason: 'The organization trail belongs to another account: Security Hub reports NO_DATA for it in this account.'
};
/** The held chain's judgement, as this member's report: its findings are about the holding account's resources. */
function coveredReport(target, chain) {
    const how = chain.report.status === 'pass' ? 'covered by' : chain.report.status === 'fail' ? 'failing with' : 'undecided with';
    return {
        ...chain.report,
        region: target.region,
        identity: target.report.identity ?? { account: target.account, arn: '' },
        securityHub: MEMBER_SECURITY_HUB,
        notes: [
            ...(chain.report.notes ?? []),
            `This account is ${how} the organization trail ${chain.trailName}: its log group, metric filter, alarm and topic are in account ${chain.account}, where that chain was judged once for every member account.`
        ]
    };
}
/**
 * Every target that is not compliant on its own and sees an organization trail whose chain some target of the run
 * holds is reported by that chain (the best one, when several apply). The others keep their own report; one whose
 * chain stays unjudged says where it is and what access the run needs. `more`: chains judged outside the targets (in
 * the account of the run's own credentials).
 */
function resolveOrganizationChains(targets, more = []) {
    const held = new Map();
    for (const c of [...targets.flatMap((t) => t.heldChains ?? []), ...more])
        if (!held.has(`${c.account} ${c.trailArn}`))
            held.set(`${c.account} ${c.trailArn}`, c);
    return targets.map((target) => {
        const elsewhere = target.chainElsewhere ?? [];
        if (elsewhere.length === 0 || target.report.status === 'pass')
            return target;
        const found = elsewhere.flatMap((e) => held.get(`${e.account} ${e.trailArn}`) ?? []);
        if (found.length === 0)
            return withUnjudgedNotes(target);
        const best = found.reduce((a, b) => (RANK[b.report.status] > RANK[a.report.status] ? b : a));
        return {
            ...target,
            report: coveredReport(target, best),
            coveredBy: { account: best.account, trailArn: best.trailArn, trailName: best.trailName },
            chainElsewhere: undefined
        };
    });
}
/** The note that says which account holds the chain and what the run needs to judge it. */
function unjudgedNote(e) {
    const access = e.roleArn
        ? `add account ${e.account} to the run's accounts (it then assumes ${e.roleArn} there)`
        : `run the check with credentials for account ${e.account}`;
    return `The organization trail ${e.trailName} delivers to ${e.logGroupArn} in account ${e.account}, where its metric filter, alarm and topic are; ${e.reason ?? 'this run has no access to that account'}. To judge it: ${access}.`;
}
function withUnjudgedNotes(target) {
    const notes = (target.chainElsewhere ?? []).map(unjudgedNote);
    const kept = (target.report.notes ?? []).filter((n) => !notes.includes(n));
    return { ...target, report: { ...target.report, notes: [...kept, ...notes] } };
}


/***/ }),

/***/ 4561:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ sortTargets),
/* harmony export */   c: () => (/* binding */ countTargets)
/* harmony export */ });
function countTargets(targets) {
    const count = (s) => targets.filter((t) => t.report.status === s).length;
    return { targets: targets.length, pass: count('pass'), fail: count('fail'), manual: count('manual') };
}
/** Targets in a stable order: by account, then region. */
function sortTargets(targets) {
    return [...targets].sort((a, b) => a.account !== b.account ? (a.account < b.account ? -1 : 1) : a.region < b.region ? -1 : a.region > b.region ? 1 : 0);
}


/***/ }),

/***/ 9059:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ changesForOutput)
/* harmony export */ });
/* unused harmony export renderChangesMarkdown */
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(649);

function redactSubscription(change) {
    if (change.type !== 'subscription' || !change.after)
        return { name: change.name, after: change.after };
    const { protocol, endpoint } = change.after;
    return { name: change.name, after: { protocol, endpoint: (0,_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redactEndpoint */ .Xh)(protocol, endpoint) } };
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


/***/ }),

/***/ 8915:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EI: () => (/* binding */ renderRunReportFile),
/* harmony export */   MI: () => (/* binding */ fromRunReportFile),
/* harmony export */   mP: () => (/* binding */ RunReportError)
/* harmony export */ });
/* unused harmony exports RUN_REPORT_FORMAT, RUN_REPORT_VERSION, toTargetJson, toRunReportFile */
/* harmony import */ var _model_estate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4561);
/* harmony import */ var _model_report_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5235);
/* harmony import */ var _changes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9059);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2794);




const RUN_REPORT_FORMAT = 'cmk-alarm-run-report';
const RUN_REPORT_VERSION = 1;
/** Subscription endpoints redacted, as in every public output (the file is meant to be uploaded as an artifact). */
function redactedChanges(changes) {
    return changes.map((c) => {
        const out = (0,_changes_js__WEBPACK_IMPORTED_MODULE_0__/* .changesForOutput */ .o)([c])[0];
        return { ...c, name: out.name, after: out.after };
    });
}
function toTargetJson(t) {
    return {
        account: t.account,
        name: t.name ?? null,
        ...(0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .toJsonReport */ .Ow)(t.report),
        error: t.error ?? null,
        coveredBy: t.coveredBy ?? null,
        chainElsewhere: t.chainElsewhere ?? [],
        heldChains: (t.heldChains ?? []).map((h) => ({ ...h, report: (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .toJsonReport */ .Ow)(h.report) })),
        enforce: t.enforce ? { ...t.enforce, changes: redactedChanges(t.enforce.changes) } : null
    };
}
function toRunReportFile(run, toolVersion) {
    return {
        format: RUN_REPORT_FORMAT,
        version: RUN_REPORT_VERSION,
        tool: { name: 'cmk-alarm', version: toolVersion },
        control: run.control,
        mode: run.mode,
        status: run.status,
        counts: (0,_model_estate_js__WEBPACK_IMPORTED_MODULE_2__/* .countTargets */ .c)(run.targets),
        targets: run.targets.map(toTargetJson)
    };
}
function renderRunReportFile(run, toolVersion) {
    return (0,_json_js__WEBPACK_IMPORTED_MODULE_1__/* .stringifyForLog */ .VC)(toRunReportFile(run, toolVersion), 2) + '\n';
}
// ---------------------------------------------------------------------------------------------- reading it back
/** A file that is not a run report this version can read; the message names the field at fault. */
class RunReportError extends Error {
    constructor(message) {
        super(message);
        this.name = 'RunReportError';
    }
}
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
class Reader {
    where;
    constructor(where) {
        this.where = where;
    }
    fail(path, rule) {
        throw new RunReportError(`${this.where}: ${path} ${rule}`);
    }
    object(v, path) {
        if (!isObject(v))
            this.fail(path, 'must be an object');
        return v;
    }
    array(v, path) {
        if (!Array.isArray(v))
            this.fail(path, 'must be an array');
        return v;
    }
    string(v, path) {
        if (typeof v !== 'string')
            this.fail(path, 'must be a string');
        return v;
    }
    optionalString(v, path) {
        return v === null || v === undefined ? undefined : this.string(v, path);
    }
    oneOf(v, allowed, path) {
        if (typeof v !== 'string' || !allowed.includes(v))
            this.fail(path, `must be one of ${allowed.join(', ')}`);
        return v;
    }
    strings(v, path) {
        return this.array(v ?? [], path).map((s, i) => this.string(s, `${path}[${i}]`));
    }
}
const STATUSES = ['pass', 'fail', 'manual'];
const FINDING_STATUSES = ['pass', 'fail', 'warn', 'manual'];
const LINKS = ['trail', 'metric filter', 'alarm', 'topic', 'subscription'];
function readReport(r, value, path) {
    const j = r.object(value, path);
    const identity = j.identity === null || j.identity === undefined ? undefined : r.object(j.identity, `${path}.identity`);
    const sh = r.object(j.securityHub, `${path}.securityHub`);
    const status = r.oneOf(j.status, STATUSES, `${path}.status`);
    const report = {
        control: r.string(j.control, `${path}.control`),
        status,
        compliant: status === 'pass',
        region: r.string(j.region, `${path}.region`),
        chain: r.array(j.chain, `${path}.chain`).map((l, i) => {
            const link = r.object(l, `${path}.chain[${i}]`);
            return {
                link: r.oneOf(link.link, LINKS, `${path}.chain[${i}].link`),
                resource: r.string(link.resource, `${path}.chain[${i}].resource`),
                status: r.oneOf(link.status, FINDING_STATUSES, `${path}.chain[${i}].status`),
                why: r.string(link.why, `${path}.chain[${i}].why`)
            };
        }),
        findings: r.array(j.findings, `${path}.findings`).map((f, i) => readFinding(r, f, `${path}.findings[${i}]`)),
        securityHub: {
            prediction: r.oneOf(sh.prediction, ['pass', 'fail', 'unknown'], `${path}.securityHub.prediction`),
            reason: r.string(sh.reason, `${path}.securityHub.reason`)
        }
    };
    if (identity) {
        report.identity = {
            account: r.string(identity.account, `${path}.identity.account`),
            arn: r.string(identity.arn, `${path}.identity.arn`)
        };
    }
    for (const key of ['logGroupName', 'metricFilterName', 'alarmArn', 'topicArn']) {
        const v = r.optionalString(j[key], `${path}.${key}`);
        if (v !== undefined)
            report[key] = v;
    }
    const notes = r.strings(j.notes, `${path}.notes`);
    if (notes.length)
        report.notes = notes;
    return report;
}
function readFinding(r, value, path) {
    const f = r.object(value, path);
    const finding = {
        id: r.oneOf(f.id, _model_report_js__WEBPACK_IMPORTED_MODULE_3__/* .FINDING_IDS */ .jo, `${path}.id`),
        control: r.string(f.control, `${path}.control`),
        status: r.oneOf(f.status, FINDING_STATUSES, `${path}.status`),
        title: r.string(f.title, `${path}.title`),
        resource: r.string(f.resource, `${path}.resource`),
        region: r.string(f.region, `${path}.region`),
        message: r.string(f.message, `${path}.message`),
        remediation: r.string(f.remediation, `${path}.remediation`)
    };
    if (f.fix !== null && f.fix !== undefined) {
        const fix = r.object(f.fix, `${path}.fix`);
        finding.fix = {
            change: r.string(fix.change, `${path}.fix.change`),
            commands: r.string(fix.commands, `${path}.fix.commands`)
        };
    }
    return finding;
}
function readChainElsewhere(r, value, path) {
    const e = r.object(value, path);
    const out = {
        trailArn: r.string(e.trailArn, `${path}.trailArn`),
        trailName: r.string(e.trailName, `${path}.trailName`),
        account: r.string(e.account, `${path}.account`),
        logGroupArn: r.string(e.logGroupArn, `${path}.logGroupArn`)
    };
    const roleArn = r.optionalString(e.roleArn, `${path}.roleArn`);
    const reason = r.optionalString(e.reason, `${path}.reason`);
    if (roleArn !== undefined)
        out.roleArn = roleArn;
    if (reason !== undefined)
        out.reason = reason;
    return out;
}
const CHANGE_ACTIONS = ['create', 'update', 'noop'];
const CHANGE_TYPES = ['metric-filter', 'sns-topic', 'topic-policy', 'subscription', 'alarm'];
function readEnforce(r, value, path) {
    const e = r.object(value, path);
    const out = {
        changes: r.array(e.changes, `${path}.changes`).map((c, i) => {
            const o = r.object(c, `${path}.changes[${i}]`);
            return {
                action: r.oneOf(o.action, CHANGE_ACTIONS, `${path}.changes[${i}].action`),
                type: r.oneOf(o.type, CHANGE_TYPES, `${path}.changes[${i}].type`),
                name: r.string(o.name, `${path}.changes[${i}].name`),
                arn: r.string(o.arn ?? '', `${path}.changes[${i}].arn`),
                region: r.string(o.region ?? '', `${path}.changes[${i}].region`),
                reason: r.string(o.reason ?? '', `${path}.changes[${i}].reason`),
                before: o.before,
                after: o.after
            };
        }),
        dryRun: e.dryRun === true,
        applied: e.applied === true,
        blockers: r.strings(e.blockers, `${path}.blockers`),
        notes: r.strings(e.notes, `${path}.notes`)
    };
    const error = r.optionalString(e.error, `${path}.error`);
    if (error !== undefined)
        out.error = error;
    return out;
}
function readTarget(r, value, path) {
    const t = r.object(value, path);
    const account = r.string(t.account, `${path}.account`);
    if (!/^(\d{12})?$/.test(account))
        r.fail(`${path}.account`, 'must be a 12-digit account id');
    const region = r.string(t.region, `${path}.region`);
    if (!/^[a-z0-9-]{1,32}$/.test(region))
        r.fail(`${path}.region`, 'must be a region code');
    const target = { account, region, report: readReport(r, t, path) };
    const name = r.optionalString(t.name, `${path}.name`);
    const error = r.optionalString(t.error, `${path}.error`);
    if (name)
        target.name = name;
    if (error !== undefined)
        target.error = error;
    if (t.coveredBy !== null && t.coveredBy !== undefined) {
        const c = r.object(t.coveredBy, `${path}.coveredBy`);
        target.coveredBy = {
            account: r.string(c.account, `${path}.coveredBy.account`),
            trailArn: r.string(c.trailArn, `${path}.coveredBy.trailArn`),
            trailName: r.string(c.trailName, `${path}.coveredBy.trailName`)
        };
    }
    const elsewhere = r
        .array(t.chainElsewhere ?? [], `${path}.chainElsewhere`)
        .map((e, i) => readChainElsewhere(r, e, `${path}.chainElsewhere[${i}]`));
    if (elsewhere.length)
        target.chainElsewhere = elsewhere;
    const held = r.array(t.heldChains ?? [], `${path}.heldChains`).map((h, i) => {
        const o = r.object(h, `${path}.heldChains[${i}]`);
        return {
            trailArn: r.string(o.trailArn, `${path}.heldChains[${i}].trailArn`),
            trailName: r.string(o.trailName, `${path}.heldChains[${i}].trailName`),
            account: r.string(o.account, `${path}.heldChains[${i}].account`),
            logGroupArn: r.string(o.logGroupArn, `${path}.heldChains[${i}].logGroupArn`),
            report: readReport(r, o.report, `${path}.heldChains[${i}].report`)
        };
    });
    if (held.length)
        target.heldChains = held;
    if (t.enforce !== null && t.enforce !== undefined)
        target.enforce = readEnforce(r, t.enforce, `${path}.enforce`);
    return target;
}
/** A run report file's targets, checked; `where` names the file in errors. */
function fromRunReportFile(text, where) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new RunReportError(`${where}: not JSON (${error instanceof Error ? error.message : String(error)})`);
    }
    const r = new Reader(where);
    const file = r.object(value, 'the file');
    if (file.format !== RUN_REPORT_FORMAT) {
        r.fail('format', `must be "${RUN_REPORT_FORMAT}": not a cmk-alarm run report (write one with report-file)`);
    }
    if (file.version !== RUN_REPORT_VERSION) {
        r.fail('version', `must be ${RUN_REPORT_VERSION} (this cmk-alarm reads version ${RUN_REPORT_VERSION})`);
    }
    return {
        control: r.string(file.control, 'control'),
        mode: r.oneOf(file.mode, ['verify', 'enforce'], 'mode'),
        targets: r.array(file.targets, 'targets').map((t, i) => readTarget(r, t, `targets[${i}]`))
    };
}


/***/ }),

/***/ 9285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ZA: () => (/* binding */ estateHeading),
  p_: () => (/* binding */ renderEstatePlanText),
  Op: () => (/* binding */ targetLabel),
  iD: () => (/* binding */ targetWhy)
});

// UNUSED EXPORTS: ESTATE_OUTPUT_NAMES, MAX_TARGETS_OUTPUT_CHARS, buildEstateOutputs, demoteHeadings, estateChangesOutput, firstFailingLink, renderEstateSummaryMarkdown, targetAnchor, targetStatuses

// EXTERNAL MODULE: ./src/model/estate.ts
var estate = __webpack_require__(4561);
// EXTERNAL MODULE: ./src/report/changes.ts
var report_changes = __webpack_require__(9059);
;// CONCATENATED MODULE: ./src/report/outputs.ts
// The action's outputs. Pure: the entrypoint calls core.setOutput for each.
//
// Every output has a size bound. GitHub keeps at most 1 MB of outputs per job (counted in UTF-16), and a value that
// comes from AWS has no size of its own: `findings` is cut at 200,000 characters and `changes` at 100,000 (long texts
// first, then whole entries, with a last entry saying so and where the whole report is); a name or ARN output at
// 2,048 characters.


const OUTPUT_NAMES = [
    'status',
    'compliant',
    'findings',
    'log-group-name',
    'metric-filter-name',
    'alarm-arn',
    'topic-arn'
];
const outputs_MAX_FINDINGS_OUTPUT_CHARS = 200_000;
const MAX_CHANGES_OUTPUT_CHARS = 100_000;
/** Longer than any AWS name or ARN. */
const outputs_MAX_NAME_OUTPUT_CHARS = 2_048;
/** When an output is cut, each of its texts is first cut to this. */
const MAX_TEXT_CHARS_WHEN_CUT = 2_000;
/** Where the whole report is, for the note of a cut output. */
function wholeReportAt(opts) {
    return opts.sarifFile
        ? `Every finding is whole in the SARIF file ${opts.sarifFile} and in the job summary.`
        : 'Every finding is in the job summary; set the sarif-file input for a file with all of them (the CLI: --json).';
}
function buildOutputs(report, opts = {}) {
    const name = (s) => truncate(s ?? '', outputs_MAX_NAME_OUTPUT_CHARS);
    return {
        status: report.status,
        compliant: report.compliant ? 'true' : 'false',
        // One line; `fromJSON(steps.x.outputs.findings)` gives the array back.
        findings: outputs_boundedJsonArray(report.findings.map(findingToJson), outputs_MAX_FINDINGS_OUTPUT_CHARS, ({ kept, total, textsCut }) => ({
            id: 'output.cut',
            status: 'warn',
            title: 'This output was cut to its size bound',
            resource: '',
            region: report.region,
            message: `The findings output is bounded to ${outputs_MAX_FINDINGS_OUTPUT_CHARS.toLocaleString('en-US')} characters: ${cutWhat(kept, total, textsCut, 'findings')}. ${wholeReportAt(opts)}`,
            remediation: '',
            control: report.control,
            fix: null,
            location: null
        })),
        'log-group-name': name(report.logGroupName),
        'metric-filter-name': name(report.metricFilterName),
        'alarm-arn': name(report.alarmArn),
        'topic-arn': name(report.topicArn)
    };
}
/** The `changes` output of enforce, bounded like `findings`. */
function outputs_buildChangesOutput(changes) {
    return outputs_boundedJsonArray(changes, MAX_CHANGES_OUTPUT_CHARS, ({ kept, total, textsCut }) => ({
        action: 'noop',
        type: 'output-cut',
        name: '',
        arn: '',
        before: null,
        after: `The changes output is bounded to ${MAX_CHANGES_OUTPUT_CHARS.toLocaleString('en-US')} characters: ${cutWhat(kept, total, textsCut, 'changes')}. Every change is in the job summary.`
    }));
}
function cutWhat(kept, total, textsCut, what) {
    const parts = [];
    if (textsCut > 0)
        parts.push(`${textsCut} text${textsCut === 1 ? ' was' : 's were'} cut to ${MAX_TEXT_CHARS_WHEN_CUT.toLocaleString('en-US')} characters`);
    if (kept < total)
        parts.push(`${total - kept} of ${total} ${what} were left out`);
    return parts.join(', and ');
}
/** Every string in `value` cut to `max` characters; returns the copy and how many strings were cut. */
function cutStrings(value, max) {
    if (typeof value === 'string') {
        const cut = truncate(value, max);
        return { value: cut, cut: cut === value ? 0 : 1 };
    }
    if (Array.isArray(value)) {
        let cut = 0;
        const out = value.map((v) => {
            const r = cutStrings(v, max);
            cut += r.cut;
            return r.value;
        });
        return { value: out, cut };
    }
    if (value && typeof value === 'object') {
        let cut = 0;
        const out = {};
        for (const [k, v] of Object.entries(value)) {
            const r = cutStrings(v, max);
            cut += r.cut;
            out[k] = r.value;
        }
        return { value: out, cut };
    }
    return { value, cut: 0 };
}
/**
 * `items` as one line of JSON (stringifyForLog) of at most `maxChars` characters: whole when it fits; else with every
 * text cut, as many items as then fit, and `note` last, saying what was cut.
 */
function outputs_boundedJsonArray(items, maxChars, note) {
    const whole = stringifyForLog(items);
    if (whole.length <= maxChars)
        return whole;
    let textsCut = 0;
    const shortened = items.map((item) => {
        const r = cutStrings(item, MAX_TEXT_CHARS_WHEN_CUT);
        textsCut += r.cut;
        return r.value;
    });
    // Room for the note, counted with the largest numbers it can hold.
    const noteChars = stringifyForLog(note({ kept: items.length, total: items.length, textsCut })).length + 1;
    const kept = [];
    let used = 2;
    for (const item of shortened) {
        const size = stringifyForLog(item).length + 1;
        if (used + size + noteChars > maxChars)
            break;
        kept.push(item);
        used += size;
    }
    return stringifyForLog([...kept, note({ kept: kept.length, total: items.length, textsCut })]);
}

// EXTERNAL MODULE: ./src/report/redact.ts
var redact = __webpack_require__(649);
// EXTERNAL MODULE: ./src/report/rules.ts
var rules = __webpack_require__(9681);
;// CONCATENATED MODULE: ./src/report/summary.ts
// The GitHub job summary: verdict first, then the chain, what to fix, warnings, the Security Hub prediction and
// every finding. Pure: returns markdown, the entrypoint writes it.
//
// Everything from AWS goes through escapeMarkdownCell (no HTML, no links, no table breaks, one line) or into a
// code block whose fence the content cannot close; the whole text then goes through neutralizeWorkflowCommands
// so no line of it is a workflow command even if someone prints it to the log.


/** GitHub refuses a step summary over 1 MiB. */
const summary_MAX_SUMMARY_BYTES = (/* unused pure expression or super */ null && (1024 * 1024));
const MAX_CELL_CHARS = 1_000;
const MAX_MESSAGE_CHARS = 4_000;
const MAX_REMEDIATION_CHARS = 20_000;
/** Room kept for the notes that say something was left out. */
const NOTE_RESERVE_BYTES = 2_048;
const cell = (s, max = MAX_CELL_CHARS) => escapeMarkdownCell(truncate(s ?? '', max));
/** A cell that shows a dash rather than nothing. */
const filled = (s) => (s?.trim() ? cell(s) : '—');
const summary_text = (s) => escapeMarkdownCell(truncate(s ?? '', MAX_MESSAGE_CHARS));
const bytes = (s) => Buffer.byteLength(s, 'utf8');
/** A part of the document: whole lines, made safe for the log, ending with a newline. */
const part = (lines) => neutralizeWorkflowCommands(lines.join('\n') + '\n');
function row(cells) {
    return `| ${cells.join(' | ')} |`;
}
function tableHead(headers) {
    return [row(headers), row(headers.map(() => '---'))];
}
function summary_status(s) {
    return `${STATUS_ICON[s]} ${STATUS_WORD[s]}`;
}
/** The one thing that decides an undecided run: the fix of the first check that could not be decided by itself. */
function nextStep(report) {
    if (report.status !== 'manual')
        return undefined;
    const root = report.findings.find((f) => f.status === 'manual' && !f.dependsOn);
    return root?.fix?.change ?? root?.message;
}
function headPart(report, extra) {
    const v = verdictOf(report, controlOf(report, extra.control));
    const facts = [`**Region:** ${cell(report.region)}`];
    const identity = extra.identityLabel ?? (report.identity ? `${report.identity.arn} (account ${report.identity.account})` : '');
    if (identity)
        facts.push(`**Identity:** ${cell(identity)}`);
    if (extra.mode)
        facts.push(`**Mode:** ${extra.mode}`);
    const next = nextStep(report);
    const lead = next ? [`**To decide it:** ${summary_text(next)}`, ''] : [];
    return part([`## ${v.icon} ${v.heading}`, '', v.sentence, '', ...lead, facts.join(' · '), '']);
}
function chainPart(chain) {
    const lines = ['### The chain', ''];
    if (chain.length === 0) {
        lines.push('No part of the chain was found: no trail delivers KMS events to CloudWatch Logs.', '');
    }
    else {
        // Short names keep the table within GitHub's width; the full ARNs are in the fixes and in "All findings".
        lines.push(...tableHead(['Link', 'Resource', 'Verdict', 'Why']));
        for (const l of chain) {
            lines.push(row([cell(l.link), filled(l.name ?? l.resource), summary_status(l.status), cell(truncate(l.why, 240) || '—')]));
        }
        lines.push('');
    }
    return part(lines);
}
/** `shownBy`: the check whose block already shows the same commands. */
function fixBlock(f, shownBy) {
    const lines = [`#### ${STATUS_ICON[f.status]} ${cell(f.id)}: ${cell(f.title)}`, ''];
    if (f.status === 'manual')
        lines.push('This check could not be decided automatically; check it by hand.', '');
    if (f.resource)
        lines.push(`**Resource:** ${cell(f.resource)}`, '');
    if (f.message)
        lines.push(summary_text(f.message), '');
    const remediation = toPlainLines(truncate(f.remediation ?? '', MAX_REMEDIATION_CHARS))
        .join('\n')
        .trim();
    if (remediation && shownBy) {
        lines.push(`The commands for ${cell(shownBy.id)} above fix this too.`, '');
    }
    else if (remediation) {
        const fence = codeFence(remediation);
        lines.push('To fix it:', '', `${fence}${f.fix?.code?.language ?? 'bash'}`, remediation, fence, '');
    }
    return part(lines);
}
function warningItem(f) {
    const resource = f.resource ? ` (${cell(f.resource)})` : '';
    return part([`- ${STATUS_ICON.warn} **${cell(f.id)}** ${cell(f.title)}${resource}: ${summary_text(f.message)}`]);
}
function securityHubPart(report, control) {
    const p = report.securityHub.prediction;
    const label = { pass: '✅ **Pass**', fail: '❌ **Fail**', unknown: '❔ **Unknown**' }[p];
    return part([
        `### Security Hub ${control.securityHub.id} prediction`,
        '',
        `${label}: ${summary_text(report.securityHub.reason)}`,
        ''
    ]);
}
function detailsRow(f) {
    return part([row([cell(f.id), summary_status(f.status), filled(f.title), filled(f.resource), filled(f.message)])]);
}
/** Takes items in order while they fit in `budget` bytes. */
function fill(items, budget) {
    const taken = [];
    let used = 0;
    for (const item of items) {
        const size = bytes(item);
        if (used + size > budget)
            break;
        taken.push(item);
        used += size;
    }
    return { taken, omitted: items.length - taken.length, used };
}
const omittedNote = (n, what) => part([
    `_${n} more ${what} not shown: the job summary is limited to 1 MiB. All findings are in the \`findings\` output._`,
    ''
]);
function summary_renderSummaryMarkdown(report, extra = {}, maxBytes = summary_MAX_SUMMARY_BYTES) {
    const head = headPart(report, extra);
    const chain = chainPart(report.chain);
    const securityHub = securityHubPart(report, controlOf(report, extra.control));
    const drill = extra.drillSection?.trim() ? part([extra.drillSection.trim(), '']) : '';
    let budget = maxBytes - bytes(head) - bytes(drill) - bytes(chain) - bytes(securityHub) - NOTE_RESERVE_BYTES;
    let changes = '';
    if (extra.changesTable?.trim()) {
        const candidate = part(['### Changes', '', extra.changesTable.trim(), '']);
        if (bytes(candidate) <= budget) {
            changes = candidate;
            budget -= bytes(candidate);
        }
    }
    // Failures first, then checks that could not be decided by themselves; the ones that only wait on those are one
    // line, not a block each.
    const toFix = [
        ...report.findings.filter((f) => f.status === 'fail'),
        ...report.findings.filter((f) => f.status === 'manual' && !f.dependsOn)
    ];
    const waiting = report.findings.filter((f) => f.status === 'manual' && f.dependsOn);
    let fixSection = '';
    if (toFix.length > 0) {
        const title = part(['### What to fix', '']);
        const firstWith = new Map();
        const rendered = toFix.map((f) => {
            const key = f.remediation.trim();
            const shownBy = key ? firstWith.get(key) : undefined;
            if (key && !shownBy)
                firstWith.set(key, f);
            return fixBlock(f, shownBy);
        });
        if (waiting.length > 0) {
            const on = [...new Set(waiting.map((f) => f.dependsOn))].map((id) => cell(id)).join(', ');
            rendered.push(part([
                `_${waiting.length} more check${waiting.length === 1 ? '' : 's'} (${waiting.map((f) => cell(f.id)).join(', ')}) will be decided once ${on} is: they depend on it._`,
                ''
            ]));
        }
        const blocks = fill(rendered, budget - bytes(title));
        fixSection = title + blocks.taken.join('') + (blocks.omitted ? omittedNote(blocks.omitted, 'checks to fix') : '');
        budget -= bytes(title) + blocks.used;
    }
    const warnings = report.findings.filter((f) => f.status === 'warn');
    let warningSection = '';
    if (warnings.length > 0) {
        const title = part(['### Warnings', '']);
        const items = fill(warnings.map(warningItem), budget - bytes(title));
        warningSection =
            title + items.taken.join('') + part(['']) + (items.omitted ? omittedNote(items.omitted, 'warnings') : '');
        budget -= bytes(title) + items.used;
    }
    const detailsOpen = part([
        '<details>',
        `<summary>All findings (${report.findings.length})</summary>`,
        '',
        ...tableHead(['Check', 'Verdict', 'Title', 'Resource', 'Message'])
    ]);
    const detailsClose = part(['', '</details>']);
    const rows = fill(report.findings.map(detailsRow), budget - bytes(detailsOpen) - bytes(detailsClose));
    const details = detailsOpen +
        rows.taken.join('') +
        (rows.omitted ? part(['']) + omittedNote(rows.omitted, 'findings').replace(/\n$/, '') : '') +
        detailsClose;
    return head + drill + chain + changes + fixSection + warningSection + securityHub + details;
}
/**
 * The summary of a step that stopped before it could check anything (a bad input, no OIDC permission, no
 * credentials): the reason, as the step's failure message says it, so the summary page is never empty.
 */
function renderFailureSummary(message, what = 'cmk-alarm-action could not run the check') {
    const body = toPlainLines(truncate(message, MAX_REMEDIATION_CHARS)).join('\n').trim();
    const fence = codeFence(body);
    return part([`## ❌ ${what}`, '', 'Nothing was checked or changed. The reason:', '', `${fence}text`, body, fence, '']);
}

;// CONCATENATED MODULE: ./src/report/estate.ts







const estate_cell = (s, max = 300) => escapeMarkdownCell(truncate(s ?? '', max));
const estate_bytes = (s) => Buffer.byteLength(s, 'utf8');
const estate_part = (lines) => neutralizeWorkflowCommands(lines.join('\n') + '\n');
/** The smallest room a target's details get; below it they are left out with a note. */
const MIN_DETAILS_BYTES = 6_144;
const estate_NOTE_RESERVE_BYTES = 2_048;
/** `account region`, or the region alone for the account of the step's own credentials when it was not learned. */
function targetLabel(t) {
    return t.account ? `${t.account} ${t.region}` : t.region;
}
/** The anchor of a target's details: GitHub's id for the heading "Account <id>, region <region>". */
function targetAnchor(t) {
    return `account-${t.account || 'unknown'}-region-${t.region}`.toLowerCase().replace(/[^a-z0-9-]/g, '');
}
/** The first link that failed (else the first undecided), with why; undefined when every link passed. */
function firstFailingLink(report) {
    return report.chain.find((l) => l.status === 'fail') ?? report.chain.find((l) => l.status === 'manual');
}
/** What the table says beside a target's status. */
function targetWhy(t) {
    if (t.error)
        return `could not be checked: ${t.error}`;
    const covered = t.coveredBy
        ? `organization trail ${t.coveredBy.trailName}, chain in account ${t.coveredBy.account}`
        : undefined;
    const link = firstFailingLink(t.report);
    if (!link)
        return covered ? `covered by the ${covered}` : '';
    return `${link.link}: ${link.why}${covered ? ` (${covered})` : ''}`;
}
function estateHeading(run, control) {
    const c = (0,estate/* countTargets */.c)(run.targets);
    const of = (k) => `${k} of ${c.targets} target${c.targets === 1 ? '' : 's'}`;
    if (run.status === 'pass')
        return {
            icon: '✅',
            title: `Compliant: all ${c.targets} target${c.targets === 1 ? '' : 's'}`,
            sentence: `Every account and region checked meets ${control.reference}.`
        };
    if (run.status === 'fail')
        return {
            icon: '❌',
            title: `Not compliant: ${of(c.fail)}`,
            sentence: `In ${of(c.fail)}, ${control.verdict.failConsequence} (${control.reference}).`
        };
    return {
        icon: '⚠️',
        title: `Could not decide: ${of(c.manual)}`,
        sentence: `${of(c.manual)} could not be decided from what the run could read; nothing failed that could be checked.`
    };
}
function tableRow(t) {
    const s = t.report.status;
    const account = t.account ? `${estate_cell(t.account)}${t.name ? ` (${estate_cell(t.name, 80)})` : ''}` : '(this account)';
    const why = targetWhy(t);
    return estate_part([
        `| ${account} | ${estate_cell(t.region)} | ${STATUS_ICON[s]} ${STATUS_WORD[s]} | ${why ? estate_cell(why) : '—'} | [details](#${targetAnchor(t)}) |`
    ]);
}
/** Moves every markdown heading outside fenced code blocks `levels` deeper (max ######). */
function demoteHeadings(md, levels = 1) {
    let fence;
    return md
        .split('\n')
        .map((line) => {
        const f = /^(`{3,})/.exec(line);
        if (f) {
            if (!fence)
                fence = f[1];
            else if (line.trim() === fence)
                fence = undefined;
            return line;
        }
        if (fence)
            return line;
        const h = /^(#{1,6}) /.exec(line);
        return h ? `${'#'.repeat(Math.min(6, h[1].length + levels))}${line.slice(h[1].length)}` : line;
    })
        .join('\n');
}
/** A passing target: its chain and notes, collapsed. A target that did not pass: its whole summary, open. */
function targetDetails(t, run, extra, maxBytes) {
    const s = t.report.status;
    const open = s !== 'pass';
    const head = estate_part([
        `### Account ${t.account || 'unknown'}, region ${estate_cell(t.region)}`,
        '',
        open ? '<details open>' : '<details>',
        `<summary>${STATUS_ICON[s]} ${STATUS_WORD[s]}${t.name ? `: ${estate_cell(t.name, 80)}` : ''}</summary>`,
        ''
    ]);
    const notes = (t.report.notes ?? []).map((n) => estate_part([`> ${estate_cell(n, 2_000)}`, '']));
    const changesTable = t.enforce
        ? renderChangesMarkdown({
            changes: t.enforce.changes,
            dryRun: t.enforce.dryRun,
            applied: t.enforce.applied,
            blockers: t.enforce.blockers,
            notes: t.enforce.notes,
            error: t.enforce.error
        })
        : undefined;
    const tail = estate_part(['', '</details>', '']);
    const room = maxBytes - estate_bytes(head) - estate_bytes(tail) - notes.reduce((n, x) => n + estate_bytes(x), 0);
    const body = demoteHeadings(renderSummaryMarkdown(t.report, { mode: run.mode, changesTable, control: extra.control }, Math.max(0, room)), 2);
    return head + notes.join('') + body + tail;
}
function renderEstateSummaryMarkdown(run, extra = {}, maxBytes = MAX_SUMMARY_BYTES) {
    const control = controlOf({ control: run.control }, extra.control);
    const v = estateHeading(run, control);
    const c = countTargets(run.targets);
    const facts = [
        `**Targets:** ${c.targets} (${STATUS_ICON.pass} ${c.pass} pass · ${STATUS_ICON.fail} ${c.fail} fail · ${STATUS_ICON.manual} ${c.manual} could not decide)`,
        `**Mode:** ${run.mode}`
    ];
    if (extra.identityLabel)
        facts.push(`**Identity:** ${estate_cell(extra.identityLabel)}`);
    if (extra.source)
        facts.push(estate_cell(extra.source));
    const head = estate_part([`## ${v.icon} ${v.title}`, '', v.sentence, '', facts.join(' · '), '']);
    const tableHead = estate_part([
        '| Account | Region | Status | First failing link | Details |',
        '| --- | --- | --- | --- | --- |'
    ]);
    let budget = maxBytes - estate_bytes(head) - estate_bytes(tableHead) - estate_NOTE_RESERVE_BYTES;
    const rows = [];
    for (const t of run.targets) {
        const row = tableRow(t);
        if (estate_bytes(row) > budget)
            break;
        rows.push(row);
        budget -= estate_bytes(row);
    }
    const cut = run.targets.length - rows.length;
    const cutNote = cut
        ? estate_part([
            '',
            `_${cut} more targets not shown: the job summary is limited to 1 MiB. Every target is in the \`targets\` output and the report-file._`
        ])
        : '';
    budget -= estate_bytes(cutNote);
    // Details: targets that did not pass first (they need the room), each a fair share of what is left, at least enough
    // to show its verdict, chain and first fixes; those that do not fit any more are left out with a note.
    const shown = run.targets.slice(0, rows.length);
    const details = new Map();
    for (const group of [
        shown.filter((t) => t.report.status !== 'pass'),
        shown.filter((t) => t.report.status === 'pass')
    ]) {
        let left = group.length;
        for (const t of group) {
            const share = Math.max(MIN_DETAILS_BYTES, Math.floor(budget / left--));
            if (share > budget)
                break;
            const d = targetDetails(t, run, extra, share);
            if (estate_bytes(d) > budget)
                break;
            details.set(t, d);
            budget -= estate_bytes(d);
        }
    }
    const missing = shown.length - details.size;
    const detailsNote = missing
        ? estate_part([
            `_The details of ${missing} targets are not shown: the job summary is limited to 1 MiB. They are in the report-file._`,
            ''
        ])
        : '';
    return (head +
        tableHead +
        rows.join('') +
        cutNote +
        estate_part(['']) +
        shown.flatMap((t) => details.get(t) ?? []).join('') +
        detailsNote);
}
// ---------------------------------------------------------------------------------------------- outputs
/** The single-account outputs, then the estate's own. */
const ESTATE_OUTPUT_NAMES = [
    ...OUTPUT_NAMES,
    'targets',
    'target-count',
    'pass-count',
    'fail-count',
    'manual-count'
];
function targetStatuses(run) {
    return run.targets.map((t) => {
        const link = firstFailingLink(t.report);
        return {
            account: t.account,
            region: t.region,
            name: t.name ?? null,
            status: t.report.status,
            compliant: t.report.status === 'pass',
            firstFailingLink: t.error ? null : (link?.link ?? null),
            reason: t.error ? truncate(toSingleLine(t.error), 500) : link ? truncate(toSingleLine(link.why), 500) : null,
            chainAccount: t.coveredBy?.account ?? null
        };
    });
}
/** GitHub keeps at most 1 MB of outputs per job: `targets` gets 200,000 characters, as `findings` does. */
const MAX_TARGETS_OUTPUT_CHARS = 200_000;
/**
 * The outputs of a run over many targets. The single-target outputs stay: `status` and `compliant` over every target,
 * `findings` holds the findings that did not pass, each with its account, and the chain's names are set when the run
 * had one target.
 */
function buildEstateOutputs(run) {
    const c = countTargets(run.targets);
    const one = run.targets.length === 1 ? run.targets[0].report : undefined;
    return {
        status: run.status,
        compliant: run.status === 'pass' ? 'true' : 'false',
        findings: boundedJsonArray(run.targets.flatMap((t) => t.report.findings.filter((f) => f.status !== 'pass').map((f) => ({ account: t.account, ...findingToJson(f) }))), MAX_FINDINGS_OUTPUT_CHARS, ({ kept, total }) => ({
            account: '',
            ...findingToJson({
                id: 'output.cut',
                control: run.control,
                status: 'warn',
                title: 'This output was cut to its size bound',
                resource: '',
                region: '',
                message: `The findings output is bounded to ${MAX_FINDINGS_OUTPUT_CHARS.toLocaleString('en-US')} characters: ${total - kept} of ${total} findings were left out. Every finding is in the job summary and the run report file (report-file).`,
                remediation: ''
            })
        })),
        'log-group-name': truncate(one?.logGroupName ?? '', MAX_NAME_OUTPUT_CHARS),
        'metric-filter-name': truncate(one?.metricFilterName ?? '', MAX_NAME_OUTPUT_CHARS),
        'alarm-arn': truncate(one?.alarmArn ?? '', MAX_NAME_OUTPUT_CHARS),
        'topic-arn': truncate(one?.topicArn ?? '', MAX_NAME_OUTPUT_CHARS),
        targets: boundedJsonArray(targetStatuses(run), MAX_TARGETS_OUTPUT_CHARS, ({ kept, total }) => ({
            account: '',
            region: '',
            name: null,
            status: 'manual',
            compliant: false,
            firstFailingLink: null,
            reason: `The targets output is bounded to ${MAX_TARGETS_OUTPUT_CHARS.toLocaleString('en-US')} characters: ${total - kept} of ${total} targets were left out. Every target is in the run report file (report-file).`,
            chainAccount: null
        })),
        'target-count': String(c.targets),
        'pass-count': String(c.pass),
        'fail-count': String(c.fail),
        'manual-count': String(c.manual)
    };
}
/** Enforce's `changes` output over every target: each change with its account and region. */
function estateChangesOutput(run) {
    return buildChangesOutput(run.targets.flatMap((t) => t.enforce
        ? changesForOutput(t.enforce.changes).map((ch) => ({ account: t.account, region: t.region, ...ch }))
        : []));
}
// ---------------------------------------------------------------------------------------------- enforce's plan
/** Enforce over several targets: every target's plan, printed before anything is applied. */
function renderEstatePlanText(run) {
    const planned = run.targets.filter((t) => t.enforce);
    const dryRun = planned.some((t) => t.enforce.dryRun);
    const lines = [
        `Plan for ${planned.length} target${planned.length === 1 ? '' : 's'}${dryRun ? ' (dry run: nothing will be changed)' : ' (applied next, target by target)'}:`
    ];
    for (const t of planned) {
        const e = t.enforce;
        const changes = (0,report_changes/* changesForOutput */.o)(e.changes).filter((c) => c.action !== 'noop');
        const what = e.blockers.length
            ? `blocked: ${e.blockers.join(' ')}`
            : changes.length
                ? changes.map((c) => `${c.action} ${c.type} ${c.name}`).join('; ')
                : t.error
                    ? `not checked: ${t.error}`
                    : 'nothing to change';
        lines.push(`  ${targetLabel(t)}: ${(0,redact/* truncate */.xv)((0,redact/* toSingleLine */.OX)(what), 2_000)}`);
    }
    return (0,redact/* neutralizeWorkflowCommands */.tW)(lines.join('\n'));
}


/***/ })

};
