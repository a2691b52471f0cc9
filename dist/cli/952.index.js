export const id = 952;
export const ids = [952];
export const modules = {

/***/ 4988:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ TimeBudgetExceeded),
/* harmony export */   z: () => (/* binding */ TimeBudget)
/* harmony export */ });
// The run's time budget (`timeout-seconds`): one object, owned by the run and handed to every AWS client and every
// retry loop. Past the deadline no call starts, a call in flight is aborted, and no backoff sleeps past it.
/** The error a call gets when the time budget ran out before or during it. */
class TimeBudgetExceeded extends Error {
    seconds;
    constructor(seconds) {
        super(`time budget exceeded (timeout-seconds: ${seconds})`);
        this.seconds = seconds;
        this.name = 'TimeBudgetExceeded';
    }
}
class TimeBudget {
    seconds;
    deadline;
    controller = new AbortController();
    /** `seconds` from `now`; Infinity for no deadline. */
    constructor(seconds, now = Date.now()) {
        this.seconds = seconds;
        this.deadline = now + seconds * 1000;
        if (Number.isFinite(this.deadline)) {
            const timer = setTimeout(() => this.controller.abort(new TimeBudgetExceeded(seconds)), Math.max(0, this.deadline - Date.now()));
            timer.unref(); // the budget never keeps the process alive
        }
    }
    /** A budget without a deadline (tests, and pure code paths that need one). */
    static unlimited() {
        return new TimeBudget(Infinity);
    }
    /** Aborted when the budget runs out. */
    get signal() {
        return this.controller.signal;
    }
    timeLeftMs(now = Date.now()) {
        return this.deadline - now;
    }
    /** The budget's error when it has run out, else undefined. */
    exceeded(now = Date.now()) {
        return this.controller.signal.aborted || now >= this.deadline ? new TimeBudgetExceeded(this.seconds) : undefined;
    }
    /** `promise`, or TimeBudgetExceeded when the budget runs out first (for calls that take no abort signal). */
    race(promise) {
        const exceeded = this.exceeded();
        if (exceeded)
            return Promise.reject(exceeded);
        return new Promise((resolve, reject) => {
            const onAbort = () => reject(new TimeBudgetExceeded(this.seconds));
            this.signal.addEventListener('abort', onAbort, { once: true });
            promise.then((value) => {
                this.signal.removeEventListener('abort', onAbort);
                resolve(value);
            }, (error) => {
                this.signal.removeEventListener('abort', onAbort);
                reject(error);
            });
        });
    }
}


/***/ }),

/***/ 9378:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bV: () => (/* binding */ isTransientError),
/* harmony export */   fe: () => (/* binding */ classifyError)
/* harmony export */ });
/* unused harmony exports errorCode, isMalformedResponse */
/* harmony import */ var _budget_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4988);

const ACCESS_DENIED = new Set([
    'AccessDenied',
    'AccessDeniedException',
    'AuthorizationError',
    'AuthorizationErrorException',
    'UnauthorizedOperation',
    'UnrecognizedClientException',
    'InvalidClientTokenId',
    'ExpiredToken',
    'ExpiredTokenException'
]);
const NOT_FOUND = new Set([
    'NotFound',
    'NotFoundException',
    'ResourceNotFound',
    'ResourceNotFoundException',
    'TrailNotFoundException',
    'TopicNotFound'
]);
const THROTTLING = new Set([
    'Throttling',
    'ThrottlingException',
    'ThrottledException',
    'TooManyRequestsException',
    'RequestLimitExceeded',
    'RequestThrottled',
    'RequestThrottledException',
    'SlowDown',
    'PriorRequestNotComplete',
    'ProvisionedThroughputExceededException',
    'BandwidthLimitExceeded',
    'EC2ThrottledException',
    'TransactionInProgressException',
    // STS: the identity provider (GitHub's OIDC keys endpoint) could not be reached; AWS says to retry.
    'IDPCommunicationError',
    'IDPCommunicationErrorException'
]);
const NETWORK = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'EPIPE',
    'ETIMEDOUT',
    'ECONNABORTED',
    'EHOSTUNREACH',
    'ENETUNREACH',
    'ENETDOWN',
    'EAI_AGAIN',
    'ERR_STREAM_PREMATURE_CLOSE',
    'UND_ERR_SOCKET',
    'UND_ERR_CONNECT_TIMEOUT'
]);
const TIMEOUT = new Set(['TimeoutError', 'RequestTimeout', 'RequestTimeoutException', 'NetworkingError']);
function errorCode(error) {
    const e = (error ?? {});
    return e.name ?? e.Code ?? 'Error';
}
/**
 * A response that arrived cut or unreadable (a body that is not the JSON/XML it claims to be). Its message may quote
 * the partial body, i.e. account data, so it is never shown.
 */
function isMalformedResponse(error) {
    const e = (error ?? {});
    return (e.name === 'SyntaxError' ||
        /Deserialization error|XML parse error|Unexpected end of|is not valid JSON|not well-formed|unclosed tag/i.test(e.message ?? ''));
}
/**
 * An error that another attempt may not have: throttling, a 5xx answer, a network error (reset, refused, timeout, a
 * response cut mid-body) or a malformed response. Refusals (403), not-found and validation errors are not.
 */
function isTransientError(error) {
    if (error instanceof _budget_js__WEBPACK_IMPORTED_MODULE_0__/* .TimeBudgetExceeded */ .s)
        return false;
    const e = (error ?? {});
    const code = errorCode(error);
    const status = e.$metadata?.httpStatusCode ?? 0;
    if (ACCESS_DENIED.has(code) || status === 403 || NOT_FOUND.has(code) || status === 404)
        return false;
    return (THROTTLING.has(code) ||
        TIMEOUT.has(code) ||
        status >= 500 ||
        status === 429 ||
        (e.$fault === 'server' && status === 0) ||
        !!e.$retryable ||
        NETWORK.has(e.code ?? '') ||
        /^(socket hang up|aborted|read ECONNRESET)$/i.test(e.message ?? '') ||
        isMalformedResponse(error) ||
        (e.cause !== undefined && e.cause !== error && isTransientError(e.cause)));
}
/** `attempts`: how many requests were made in all (default: the SDK's count for this error's call). */
function classifyError(error, action, attempts) {
    const e = (error ?? {});
    if (error instanceof _budget_js__WEBPACK_IMPORTED_MODULE_0__/* .TimeBudgetExceeded */ .s) {
        return { kind: 'error', action, message: `${action} was not completed: ${error.message}` };
    }
    const code = errorCode(error);
    const status = e.$metadata?.httpStatusCode;
    const tries = attempts ?? e.$metadata?.attempts ?? 1;
    const after = tries > 1 ? ` after ${tries} attempts` : '';
    if (isMalformedResponse(error)) {
        return {
            kind: 'error',
            action,
            message: `${action} failed${after}: the response was cut off or malformed (${code})`
        };
    }
    const detail = oneLine(e.message ?? String(error));
    if (ACCESS_DENIED.has(code) || status === 403) {
        return { kind: 'access-denied', action, message: `${action} was refused (${code}): ${detail}` };
    }
    if (NOT_FOUND.has(code) || status === 404) {
        return { kind: 'not-found', action, message: `${action}: not found (${code}): ${detail}` };
    }
    return { kind: 'error', action, message: `${action} failed${after} (${code}): ${detail}` };
}
function oneLine(text) {
    const flat = text.replace(/\s+/g, ' ').trim();
    return flat.length > 300 ? `${flat.slice(0, 297)}...` : flat;
}


/***/ }),

/***/ 2495:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Og: () => (/* binding */ BudgetedRetryStrategy),
/* harmony export */   bD: () => (/* binding */ withRetry),
/* harmony export */   wR: () => (/* binding */ retryBaseMs)
/* harmony export */ });
/* unused harmony exports MAX_DELAY_MS, backoffDelayMs */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9378);

/**
 * Base of the backoff in ms: 50 for errors, 1000 for throttling (the SDK's own). `CMK_ALARM_RETRY_BASE_MS`
 * overrides both; it exists for the test suite, which injects faults and should not wait seconds for them.
 */
function retryBaseMs(throttling, env = process.env) {
    const override = Number(env.CMK_ALARM_RETRY_BASE_MS);
    if (env.CMK_ALARM_RETRY_BASE_MS && Number.isFinite(override) && override >= 0)
        return override;
    return throttling ? 1000 : 50;
}
const MAX_DELAY_MS = 20_000;
/** Full jitter: the delay before retry `retry` (1-based) is uniform in [0, min(maxMs, baseMs * 2^(retry-1))). */
function backoffDelayMs(retry, baseMs, random = Math.random, maxMs = MAX_DELAY_MS) {
    return Math.floor(random() * Math.min(maxMs, baseMs * 2 ** (retry - 1)));
}
const realSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** Runs `fn` until it succeeds, fails with an error that is not transient, or runs out of attempts or budget. */
async function withRetry(fn, options = {}) {
    const attempts = Math.max(1, options.attempts ?? 4);
    const baseMs = options.baseMs ?? 250;
    const sleep = options.sleep ?? realSleep;
    const retryable = options.retryable ?? _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isTransientError */ .bV;
    const budget = options.budget;
    for (let attempt = 1;; attempt++) {
        const exceeded = budget?.exceeded();
        if (exceeded)
            throw exceeded;
        try {
            return await fn();
        }
        catch (error) {
            const late = budget?.exceeded();
            if (late)
                throw late;
            const delayMs = backoffDelayMs(attempt, baseMs, options.random, options.maxMs);
            if (attempt >= attempts || !retryable(error) || (budget && delayMs >= budget.timeLeftMs()))
                throw error;
            options.onRetry?.({ attempt, attempts, delayMs, error });
            await sleep(delayMs);
        }
    }
}
class Token {
    count;
    delay;
    constructor(count, delay) {
        this.count = count;
        this.delay = delay;
    }
    getRetryCount() {
        return this.count;
    }
    getRetryDelay() {
        return this.delay;
    }
    getRetryCost() {
        return undefined;
    }
}
/**
 * The SDK clients' retry strategy: the SDK classifies each error (throttling and transient errors — 5xx, resets,
 * timeouts, cut responses — are retried, others are not); the delay is the toolkit's full-jitter backoff, and no
 * retry is taken when its sleep would outlast the time budget. The SDK sleeps the token's delay, abortably.
 */
class BudgetedRetryStrategy {
    maxAttempts;
    budget;
    mode = 'standard';
    constructor(maxAttempts, budget) {
        this.maxAttempts = maxAttempts;
        this.budget = budget;
    }
    async acquireInitialRetryToken() {
        return new Token(0, 0);
    }
    async refreshRetryTokenForRetry(token, info) {
        const retry = token.getRetryCount() + 1;
        const retryable = info.errorType === 'THROTTLING' || info.errorType === 'TRANSIENT';
        if (!retryable || retry >= this.maxAttempts)
            throw new Error('No retry token available');
        const delay = backoffDelayMs(retry, 2 * retryBaseMs(info.errorType === 'THROTTLING'));
        if (delay >= this.budget.timeLeftMs())
            throw new Error('No retry token available: the time budget would run out');
        return new Token(retry, delay);
    }
    recordSuccess() { }
}


/***/ }),

/***/ 5025:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LC: () => (/* binding */ parseEnforceSettings),
/* harmony export */   dS: () => (/* binding */ MANAGED_BY_TAG)
/* harmony export */ });
/* unused harmony exports parseSubscriptions, parseTags */
/* harmony import */ var _controls_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7731);
/* harmony import */ var _input_rules_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9133);
/* harmony import */ var _report_redact_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(649);
// The inputs enforce uses, validated before any AWS call (same rules and error shape as src/settings.ts).



const DEFAULT_NAMES = _controls_index_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_CONTROL */ .as.defaults;
const MANAGED_BY_TAG = { key: 'managed-by', value: 'cmk-alarm-action' };
const FILTER_NAME = /^[^:*]{1,512}$/;
const METRIC_NAME = /^[^:*$]{1,255}$/;
const ALARM_NAME = /^[^\x00-\x1f\x7f]{1,255}$/;
const TOPIC_NAME = /^[A-Za-z0-9_-]{1,256}$/;
const TOPIC_ARN = /^arn:aws[a-z-]*:sns:[a-z0-9-]+:\d{12}:[A-Za-z0-9_-]{1,256}$/;
const KMS_KEY = /^(arn:aws[a-z-]*:kms:[a-z0-9-]+:\d{12}:(key\/[\w-]+|alias\/[\w/-]+)|alias\/[\w/-]+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|mrk-[0-9a-f]{32})$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const ENDPOINT_RULES = {
    email: { test: (e) => EMAIL.test(e), example: 'email:secops@example.com' },
    'email-json': { test: (e) => EMAIL.test(e), example: 'email-json:secops@example.com' },
    http: { test: (e) => isUrl(e, 'http:'), example: 'http:http://hooks.example.com/alarm' },
    https: { test: (e) => isUrl(e, 'https:'), example: 'https:https://hooks.example.com/alarm' },
    sqs: {
        test: (e) => /^arn:aws[a-z-]*:sqs:[a-z0-9-]+:\d{12}:[\w-]{1,80}$/.test(e),
        example: 'sqs:arn:aws:sqs:us-east-1:123456789012:alarms'
    },
    lambda: {
        test: (e) => /^arn:aws[a-z-]*:lambda:[a-z0-9-]+:\d{12}:function:[\w-]{1,64}(:[\w$-]+)?$/.test(e),
        example: 'lambda:arn:aws:lambda:us-east-1:123456789012:function:notify'
    },
    sms: { test: (e) => /^\+[1-9]\d{6,14}$/.test(e), example: 'sms:+14155550100' },
    application: {
        test: (e) => /^arn:aws[a-z-]*:sns:[a-z0-9-]+:\d{12}:endpoint\/.+$/.test(e),
        example: 'application:arn:aws:sns:us-east-1:123456789012:endpoint/GCM/app/id'
    }
};
function isUrl(text, protocol) {
    try {
        const url = new URL(text);
        return url.protocol === protocol && url.hostname.length > 0;
    }
    catch {
        return false;
    }
}
function lines(raw) {
    return raw
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l !== '' && !l.startsWith('#'));
}
function checked(input, value, rule, problem, example) {
    if (!rule.test(value))
        throw new _input_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, `${problem} (got ${(0,_input_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .quoteValue */ .cl)(value)})`, example);
    return value;
}
function parseSubscriptions(raw) {
    const out = [];
    for (const line of lines(raw)) {
        const colon = line.indexOf(':');
        const protocol = line.slice(0, colon);
        const endpoint = line.slice(colon + 1).trim();
        const rule = ENDPOINT_RULES[protocol];
        if (colon < 1 || !rule) {
            throw new _input_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('subscriptions', 
            // The endpoint is not quoted back: it may be an address or a URL with a token in it.
            `has a line without a known protocol (got ${colon < 1 ? 'no "protocol:"' : (0,_input_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .quoteValue */ .cl)(`${protocol}:`)}); one protocol:endpoint a line, protocol one of ${Object.keys(ENDPOINT_RULES).join(', ')}`, 'email:secops@example.com');
        }
        if (!rule.test(endpoint)) {
            // Quoted redacted, as every public output shows endpoints: an address or a URL's credentials are not echoed.
            throw new _input_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('subscriptions', `has a malformed ${protocol} endpoint (got ${(0,_input_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .quoteValue */ .cl)((0,_report_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .redactEndpoint */ .Xh)(protocol, endpoint))}, redacted)`, rule.example);
        }
        if (!out.some((s) => s.protocol === protocol && s.endpoint === endpoint))
            out.push({ protocol, endpoint });
    }
    return out;
}
function parseTags(raw) {
    const tags = {};
    for (const line of lines(raw)) {
        const eq = line.indexOf('=');
        const key = eq > 0 ? line.slice(0, eq).trim() : '';
        const value = eq > 0 ? line.slice(eq + 1).trim() : '';
        if (!key ||
            key.length > 128 ||
            value.length > 256 ||
            key.toLowerCase().startsWith('aws:') ||
            !/^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u.test(key + value)) {
            throw new _input_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('tags', `has an invalid line ${(0,_input_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .quoteValue */ .cl)(line)}: one key=value a line, key 1-128 and value 0-256 of letters, digits, spaces and _.:/=+-@, key not starting with aws:`, 'team=security');
        }
        if (key === MANAGED_BY_TAG.key)
            throw new _input_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('tags', `must not set ${MANAGED_BY_TAG.key}: the action sets it to mark what it owns`, 'team=security');
        tags[key] = value;
    }
    return tags;
}
function parseEnforceSettings(get) {
    const dryRun = (0,_input_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .parseBoolean */ .yG)('dry-run', get('dry-run'), false);
    const metricFilterName = checked('metric-filter-name', get('metric-filter-name') || DEFAULT_NAMES.filterName, FILTER_NAME, 'must be 1-512 characters without ":" or "*"', DEFAULT_NAMES.filterName);
    const metricName = checked('metric-name', get('metric-name') || DEFAULT_NAMES.metricName, METRIC_NAME, 'must be 1-255 characters without ":", "*" or "$"', DEFAULT_NAMES.metricName);
    const alarmName = checked('alarm-name', get('alarm-name') || DEFAULT_NAMES.alarmName, ALARM_NAME, 'must be 1-255 characters with no control characters', DEFAULT_NAMES.alarmName);
    const rawTopicArn = get('sns-topic-arn');
    const rawTopicName = get('sns-topic-name');
    if (rawTopicArn && rawTopicName) {
        throw new _input_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('sns-topic-arn', 'conflicts with sns-topic-name: give the ARN of an existing topic, or a name to find or create, not both', 'arn:aws:sns:us-east-1:123456789012:security-alerts');
    }
    const snsTopicArn = rawTopicArn
        ? checked('sns-topic-arn', rawTopicArn, TOPIC_ARN, 'must be the ARN of a standard SNS topic', 'arn:aws:sns:us-east-1:123456789012:security-alerts')
        : undefined;
    const snsTopicName = checked('sns-topic-name', rawTopicName || DEFAULT_NAMES.topicName, TOPIC_NAME, 'must be 1-256 letters, digits, - or _ (a standard topic: CloudWatch alarms cannot notify FIFO topics)', DEFAULT_NAMES.topicName);
    const rawKey = get('sns-kms-key-id') || undefined;
    if (rawKey && /(^|[:/])alias\/aws\/sns$/.test(rawKey)) {
        throw new _input_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('sns-kms-key-id', 'must not be alias/aws/sns: CloudWatch cannot use that AWS managed key, so alarm notifications would be silently dropped; use a customer managed key', 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab');
    }
    const snsKmsKeyId = rawKey
        ? checked('sns-kms-key-id', rawKey, KMS_KEY, 'must be a KMS key id, key ARN, alias name or alias ARN', 'alias/security-alerts')
        : undefined;
    return {
        dryRun,
        metricFilterName,
        metricName,
        alarmName,
        snsTopicArn,
        snsTopicName,
        subscriptions: parseSubscriptions(get('subscriptions')),
        tags: parseTags(get('tags')),
        snsKmsKeyId
    };
}


/***/ }),

/***/ 3490:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ judgeAlarmLink)
/* harmony export */ });
/* unused harmony export judgeFiresOnOneEvent */
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4230);
/* harmony import */ var _remediation_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7222);


// With metricValue 1, one event makes a datapoint of 1 under these statistics. Average and Minimum fall below 1
// whenever the filter also emits its default value in the same period, so they are only safe without one.
const ONE_EVENT_STATISTICS = new Set(['Sum', 'SampleCount', 'Maximum']);
function judgeFiresOnOneEvent(alarm, metricValue, hasDefaultValue) {
    const statistic = alarm.statistic ?? alarm.extendedStatistic;
    if (!statistic)
        return { fires: false, why: 'The alarm has no statistic (a metric-math alarm is not judged).' };
    let datapoint;
    if (ONE_EVENT_STATISTICS.has(statistic))
        datapoint = statistic === 'SampleCount' ? 1 : metricValue;
    else if ((statistic === 'Average' || statistic === 'Minimum') && !hasDefaultValue)
        datapoint = metricValue;
    else if (statistic === 'p100' || statistic === 'tm100' || statistic === 'wm100')
        datapoint = metricValue;
    if (datapoint === undefined) {
        return { fires: false, why: `Statistic ${statistic} can stay below the threshold after a single event; use Sum.` };
    }
    const threshold = alarm.threshold;
    if (threshold === undefined)
        return { fires: false, why: 'The alarm has no threshold.' };
    const breaches = alarm.comparisonOperator === 'GreaterThanOrEqualToThreshold'
        ? datapoint >= threshold
        : alarm.comparisonOperator === 'GreaterThanThreshold'
            ? datapoint > threshold
            : false;
    if (!breaches) {
        return {
            fires: false,
            why: `One event gives a datapoint of ${datapoint}, which does not breach "${alarm.comparisonOperator ?? 'no comparison'} ${threshold}"; use GreaterThanOrEqualToThreshold 1.`
        };
    }
    const needed = alarm.datapointsToAlarm ?? alarm.evaluationPeriods ?? 1;
    if (needed > 1) {
        return {
            fires: false,
            why: `The alarm needs ${needed} breaching datapoints; a single event makes one. Set datapoints-to-alarm (or evaluation-periods) to 1.`
        };
    }
    return {
        fires: true,
        why: `${statistic} ${alarm.comparisonOperator} ${threshold} over ${needed} datapoint of ${alarm.period ?? '?'} s fires on one event.`
    };
}
function judgeAlarmLink(ctx, c) {
    const { transformation: t, alarm } = c;
    const region = c.group?.region ?? ctx.state.region;
    const names = _remediation_js__WEBPACK_IMPORTED_MODULE_1__/* .namesFor */ .GT(ctx, c);
    // Unknown (no filter publishes a metric): the resource is left empty and the message says so.
    const metric = t ? `${t.metricNamespace}/${t.metricName}` : '';
    const out = [];
    if (t && !t.alarms.ok) {
        out.push({
            id: 'alarm.exists',
            status: 'manual',
            resource: metric,
            region,
            message: (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .problemText */ .fI)(t.alarms.problem),
            fix: _remediation_js__WEBPACK_IMPORTED_MODULE_1__/* .fixReadProblem */ .FZ(t.alarms.problem)
        });
    }
    else if (!alarm) {
        out.push({
            id: 'alarm.exists',
            status: 'fail',
            resource: metric,
            region,
            location: c.filter?.location,
            message: t
                ? `No CloudWatch alarm watches ${metric}.`
                : 'No metric filter publishes a metric, so no alarm can watch one.',
            fix: _remediation_js__WEBPACK_IMPORTED_MODULE_1__/* .fixAlarm */ .fF(ctx.control, names),
            absent: !t
        });
    }
    else {
        out.push({
            id: 'alarm.exists',
            status: 'pass',
            resource: alarm.arn,
            region,
            location: alarm.location,
            message: `Alarm ${alarm.name} watches ${metric}.`
        });
    }
    if (alarm && t) {
        const at = { resource: alarm.arn, region, location: alarm.location };
        const repair = _remediation_js__WEBPACK_IMPORTED_MODULE_1__/* .fixAlarm */ .fF(ctx.control, { ...names, alarmName: alarm.name });
        const fires = judgeFiresOnOneEvent(alarm, Number(t.metricValue) || 0, t.defaultValue !== undefined);
        out.push({
            id: 'alarm.fires-on-one-event',
            status: fires.fires ? 'pass' : 'fail',
            ...at,
            message: fires.why,
            fix: repair
        });
        out.push({
            id: 'alarm.actions-enabled',
            status: alarm.actionsEnabled ? 'pass' : 'fail',
            ...at,
            message: alarm.actionsEnabled
                ? `Alarm ${alarm.name} has its actions enabled.`
                : `Alarm ${alarm.name} has its actions disabled: it changes state but notifies nobody.`,
            fix: _remediation_js__WEBPACK_IMPORTED_MODULE_1__/* .fixEnableAlarmActions */ .dR(alarm.name, region)
        });
        const topics = Object.keys(alarm.topics);
        out.push({
            id: 'alarm.sns-action',
            status: topics.length ? 'pass' : 'fail',
            ...at,
            message: topics.length
                ? `Alarm ${alarm.name} notifies ${topics.join(', ')}.`
                : `Alarm ${alarm.name} has no SNS topic among its alarm actions.`,
            fix: repair
        });
    }
    else {
        for (const id of ['alarm.fires-on-one-event', 'alarm.actions-enabled', 'alarm.sns-action']) {
            out.push({
                id,
                status: 'fail',
                resource: metric,
                region,
                message: t ? `No alarm watches ${metric}.` : 'No alarm: no metric filter publishes a metric.',
                fix: _remediation_js__WEBPACK_IMPORTED_MODULE_1__/* .fixAlarm */ .fF(ctx.control, names),
                absent: true
            });
        }
    }
    return out;
}


/***/ }),

/***/ 4230:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  q6: () => (/* binding */ createContext),
  xR: () => (/* binding */ filterResource),
  fI: () => (/* binding */ problemText),
  b2: () => (/* binding */ regionOfArn),
  N6: () => (/* binding */ toFinding)
});

// EXTERNAL MODULE: ./src/controls/index.ts + 1 modules
var controls = __webpack_require__(7731);
// EXTERNAL MODULE: ./src/pattern/index.ts + 2 modules
var pattern = __webpack_require__(53);
;// CONCATENATED MODULE: ./src/judge/code-fix.ts
/** HCL for Terraform and plans; YAML or JSON as the template is written (CDK output is JSON). */
function languageOf(source, location) {
    if (source.kind === 'terraform' || source.kind === 'terraform-plan')
        return 'hcl';
    const file = location?.file ?? (source.kind === 'account' ? '' : source.path);
    return /\.json$/i.test(file) ? 'json' : 'yaml';
}
function settingsFor(id, control, names) {
    const a = control.alarm;
    const pattern = control.patterns.cis;
    switch (id) {
        case 'trail.multi-region-logging':
            return [
                { hcl: 'is_multi_region_trail = true', cfn: { IsMultiRegionTrail: true } },
                { hcl: 'enable_logging        = true', cfn: { IsLogging: true } }
            ];
        case 'trail.management-events':
        case 'trail.kms-events-included':
            return [
                {
                    hcl: 'event_selector {\n  read_write_type                  = "All"\n  include_management_events        = true\n  exclude_management_event_sources = []\n}',
                    cfn: { EventSelectors: [{ ReadWriteType: 'All', IncludeManagementEvents: true }] }
                }
            ];
        case 'trail.cloudwatch-logs':
            return [
                {
                    hcl: 'cloud_watch_logs_group_arn = "${aws_cloudwatch_log_group.<trail_logs>.arn}:*"\ncloud_watch_logs_role_arn  = aws_iam_role.<cloudtrail_to_logs>.arn',
                    cfn: {
                        CloudWatchLogsLogGroupArn: { 'Fn::GetAtt': ['<TrailLogGroup>', 'Arn'] },
                        CloudWatchLogsRoleArn: { 'Fn::GetAtt': ['<CloudTrailToLogsRole>', 'Arn'] }
                    }
                }
            ];
        case 'filter.pattern':
        case 'filter.security-hub-text':
            return [{ hcl: `pattern = ${JSON.stringify(pattern)}`, cfn: { FilterPattern: pattern } }];
        case 'filter.metric-value':
            return [
                {
                    hcl: `metric_transformation {\n  name      = ${JSON.stringify(names.metricName)}\n  namespace = ${JSON.stringify(names.metricNamespace)}\n  value     = "1"\n}`,
                    cfn: {
                        MetricTransformations: [
                            { MetricName: names.metricName, MetricNamespace: names.metricNamespace, MetricValue: '1' }
                        ]
                    }
                }
            ];
        case 'alarm.exists':
            return [
                {
                    hcl: [
                        `resource "aws_cloudwatch_metric_alarm" "${names.alarmName.replace(/[^A-Za-z0-9_]/g, '_')}" {`,
                        `  alarm_name          = ${JSON.stringify(names.alarmName)}`,
                        `  metric_name         = ${JSON.stringify(names.metricName)} # the filter's metric, not its name`,
                        `  namespace           = ${JSON.stringify(names.metricNamespace)}`,
                        `  statistic           = "${a.statistic}"`,
                        `  period              = ${a.period}`,
                        `  threshold           = ${a.threshold}`,
                        `  comparison_operator = "${a.comparisonOperator}"`,
                        `  evaluation_periods  = ${a.evaluationPeriods}`,
                        `  datapoints_to_alarm = ${a.datapointsToAlarm}`,
                        `  treat_missing_data  = "${a.treatMissingData}"`,
                        `  alarm_actions       = [aws_sns_topic.<topic>.arn]`,
                        `}`
                    ].join('\n'),
                    cfn: {
                        Type: 'AWS::CloudWatch::Alarm',
                        Properties: {
                            AlarmName: names.alarmName,
                            MetricName: names.metricName,
                            Namespace: names.metricNamespace,
                            Statistic: a.statistic,
                            Period: a.period,
                            Threshold: a.threshold,
                            ComparisonOperator: a.comparisonOperator,
                            EvaluationPeriods: a.evaluationPeriods,
                            DatapointsToAlarm: a.datapointsToAlarm,
                            TreatMissingData: a.treatMissingData,
                            AlarmActions: [{ Ref: '<Topic>' }]
                        }
                    }
                }
            ];
        case 'alarm.fires-on-one-event':
            return [
                {
                    hcl: [
                        `statistic           = "${a.statistic}"`,
                        `threshold           = ${a.threshold}`,
                        `comparison_operator = "${a.comparisonOperator}"`,
                        `evaluation_periods  = ${a.evaluationPeriods}`,
                        `datapoints_to_alarm = ${a.datapointsToAlarm}`,
                        `treat_missing_data  = "${a.treatMissingData}"`
                    ].join('\n'),
                    cfn: {
                        Statistic: a.statistic,
                        Threshold: a.threshold,
                        ComparisonOperator: a.comparisonOperator,
                        EvaluationPeriods: a.evaluationPeriods,
                        DatapointsToAlarm: a.datapointsToAlarm,
                        TreatMissingData: a.treatMissingData
                    }
                }
            ];
        case 'alarm.actions-enabled':
            return [{ hcl: 'actions_enabled = true', cfn: { ActionsEnabled: true } }];
        case 'alarm.sns-action':
            return [{ hcl: 'alarm_actions = [aws_sns_topic.<topic>.arn]', cfn: { AlarmActions: [{ Ref: '<Topic>' }] } }];
        case 'topic.delivery':
            return [
                {
                    hcl: '# a customer managed key whose policy lets cloudwatch.amazonaws.com use it (never alias/aws/sns), or none\nkms_master_key_id = aws_kms_key.<alarms>.arn',
                    cfn: { KmsMasterKeyId: { Ref: '<AlarmsKey>' } }
                }
            ];
        case 'subscription.confirmed':
            return [
                {
                    hcl: 'resource "aws_sns_topic_subscription" "security_team" {\n  topic_arn = aws_sns_topic.<topic>.arn\n  protocol  = "email"\n  endpoint  = "<security-team@example.com>"\n}',
                    cfn: {
                        Type: 'AWS::SNS::Subscription',
                        Properties: { TopicArn: { Ref: '<Topic>' }, Protocol: 'email', Endpoint: '<security-team@example.com>' }
                    }
                }
            ];
    }
}
/** CloudFormation values as YAML (the long intrinsic forms, valid in any template). */
function toYaml(value, indent = '') {
    if (Array.isArray(value)) {
        return value
            .map((v) => {
            const inner = toYaml(v, `${indent}  `);
            return typeof v === 'object' && v !== null ? `${indent}- ${inner.trimStart()}` : `${indent}- ${inner.trim()}`;
        })
            .join('\n');
    }
    if (typeof value === 'object' && value !== null) {
        return Object.entries(value)
            .map(([k, v]) => typeof v === 'object' && v !== null
            ? `${indent}${k}:\n${toYaml(v, `${indent}  `)}`
            : `${indent}${k}: ${toYaml(v)}`)
            .join('\n');
    }
    // Strings are single-quoted: a pattern holds `{`, `$`, `:` and `&`, which YAML would read otherwise.
    return typeof value === 'string' ? `'${value.replace(/'/g, "''")}'` : String(value);
}
/** The code to write for a failing finding read from code; undefined when it cannot be said in code. */
function codeFix(id, control, names, source, location) {
    if (source.kind === 'account')
        return undefined;
    const settings = settingsFor(id, control, names);
    if (!settings)
        return undefined;
    const language = languageOf(source, location);
    const where = location?.address
        ? `${location.address}${location.file ? ` (${location.file}:${location.line})` : ''}`
        : '';
    if (language === 'hcl') {
        const body = settings.map((s) => s.hcl).join('\n');
        return { language, text: where && !body.startsWith('resource') ? `# in ${where}\n${body}` : body };
    }
    const merged = Object.assign({}, ...settings.map((s) => s.cfn));
    if (language === 'json')
        return { language, text: JSON.stringify(merged, null, 2) };
    return { language, text: `${where && !('Type' in merged) ? `# in ${where}\n` : ''}${toYaml(merged)}` };
}

;// CONCATENATED MODULE: ./src/judge/context.ts
// What every link judge works with: the control, the state, the options, and one chain through the state.



function createContext(state, options) {
    const control = options.control ?? controls/* DEFAULT_CONTROL */.as;
    const cache = new Map();
    return {
        control,
        state,
        patternPolicy: options.patternPolicy,
        names: { ...control.defaults, ...definedOnly(options.names ?? {}) },
        pattern(text) {
            let judgement = cache.get(text);
            if (!judgement) {
                judgement = (0,pattern/* judgePattern */.cO)(text, control);
                cache.set(text, judgement);
            }
            return judgement;
        }
    };
}
function definedOnly(value) {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}
function toFinding(ctx, v) {
    const fix = v.status === 'pass' ? undefined : withCode(ctx, v);
    const finding = {
        id: v.id,
        control: ctx.control.id,
        status: v.status,
        // A failing or warning check's title states the problem; a passing (or undecided) one's, the rule.
        title: v.status === 'fail' || v.status === 'warn'
            ? (v.title ?? ctx.control.findings[v.id].failTitle)
            : ctx.control.findings[v.id].title,
        resource: v.resource,
        region: v.region,
        message: v.message,
        remediation: fix?.code?.text ?? fix?.commands ?? ''
    };
    if (fix)
        finding.fix = fix;
    if (v.location)
        finding.location = v.location;
    return finding;
}
/**
 * Read from code, a check that fails or warns is fixed in the code: its fix carries the Terraform or CloudFormation
 * to write, and that is what the finding's remediation shows. (An undecided check keeps its fix: what to check.)
 */
function withCode(ctx, v) {
    const source = ctx.state.source;
    if (!v.fix || !source || source.kind === 'account' || v.status === 'manual')
        return v.fix;
    const code = codeFix(v.id, ctx.control, ctx.names, source, v.location);
    return code ? { ...v.fix, code } : v.fix;
}
function problemText(p) {
    if (p.kind === 'access-denied') {
        return `Could not decide: ${p.message}. Grant ${p.action} to the identity running the check.`;
    }
    return `Could not decide: ${p.message}`;
}
function filterResource(group, filter) {
    return `${group.arn}:metric-filter:${filter.name}`;
}
/** The region of an ARN (its fourth field), or the fallback. */
function regionOfArn(arn, fallback) {
    return arn.split(':')[3] || fallback;
}


/***/ }),

/***/ 1601:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ judgeFilterLink)
/* harmony export */ });
/* unused harmony export eventGist */
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4230);
/* harmony import */ var _remediation_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7222);


/** The fields of an example event a reader needs (the full event is one `cmk-alarm pattern check` away). */
function eventGist(eventJson) {
    try {
        const e = JSON.parse(eventJson);
        const gist = { eventSource: e.eventSource, eventName: e.eventName };
        if (e.errorCode !== undefined)
            gist.errorCode = e.errorCode;
        if (e.userIdentity)
            gist.userIdentity = { type: e.userIdentity.type, arn: e.userIdentity.arn };
        return JSON.stringify(gist);
    }
    catch {
        return eventJson.length > 200 ? `${eventJson.slice(0, 197)}...` : eventJson;
    }
}
/** The eventName of a counter-example event. */
function missedEventName(eventJson) {
    if (!eventJson)
        return undefined;
    try {
        const name = JSON.parse(eventJson).eventName;
        return typeof name === 'string' ? name : undefined;
    }
    catch {
        return undefined;
    }
}
function otherFiltersNote(group, chosen) {
    if (!group.metricFilters.ok)
        return '';
    const others = group.metricFilters.value.filter((f) => f !== chosen);
    if (others.length === 0)
        return '';
    return ` Other filters on the group do not cover it either (${others.length} checked).`;
}
function judgeFilterLink(ctx, c) {
    const { group, filter, transformation: t, trail } = c;
    const region = ctx.state.region;
    const groupRegion = group?.region ?? region;
    const names = _remediation_js__WEBPACK_IMPORTED_MODULE_1__/* .namesFor */ .GT(ctx, c);
    const events = ctx.control.target.eventNames.join(' and ');
    const judgement = filter ? ctx.pattern(filter.pattern) : undefined;
    const out = [];
    // filter.pattern
    if (!group) {
        out.push({
            id: 'filter.pattern',
            status: 'fail',
            resource: '',
            region,
            message: 'No log group to look for a metric filter in.',
            fix: _remediation_js__WEBPACK_IMPORTED_MODULE_1__/* .fixMetricFilter */ .EI(ctx.control, names),
            absent: true
        });
    }
    else if (!group.metricFilters.ok) {
        const p = group.metricFilters.problem;
        out.push(p.kind === 'not-found'
            ? {
                id: 'filter.pattern',
                status: 'fail',
                resource: group.arn,
                region: group.region,
                location: group.location,
                message: `Log group ${group.name} does not exist.`,
                fix: _remediation_js__WEBPACK_IMPORTED_MODULE_1__/* .fixTrailCloudWatchLogs */ .zi(trail?.name ?? '<trail>', trail?.homeRegion ?? region, trail?.account ?? '')
            }
            : {
                id: 'filter.pattern',
                status: 'manual',
                resource: group.arn,
                region: group.region,
                location: group.location,
                message: (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .problemText */ .fI)(p),
                fix: _remediation_js__WEBPACK_IMPORTED_MODULE_1__/* .fixReadProblem */ .FZ(p)
            });
    }
    else if (!filter || !judgement) {
        out.push({
            id: 'filter.pattern',
            status: 'fail',
            resource: group.arn,
            region: group.region,
            location: group.location,
            message: `Log group ${group.name} has no metric filter.`,
            fix: _remediation_js__WEBPACK_IMPORTED_MODULE_1__/* .fixMetricFilter */ .EI(ctx.control, names)
        });
    }
    else {
        const at = { resource: (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .filterResource */ .xR)(group, filter), region: group.region, location: filter.location };
        const repair = _remediation_js__WEBPACK_IMPORTED_MODULE_1__/* .fixMetricFilter */ .EI(ctx.control, { ...names, filterName: filter.name });
        if (!judgement.valid || !judgement.covers) {
            const missed = judgement.counterexample
                ? ` It misses, for example, the event ${eventGist(judgement.counterexample)}.`
                : '';
            const missedName = missedEventName(judgement.counterexample);
            out.push({
                id: 'filter.pattern',
                status: 'fail',
                ...at,
                title: !judgement.valid
                    ? `Metric filter ${filter.name} has an invalid pattern`
                    : missedName
                        ? `Metric filter ${filter.name} misses ${missedName} events`
                        : `Metric filter ${filter.name} misses some ${events} events`,
                message: `Metric filter ${filter.name} does not match every ${events} event: ${judgement.explanation}${missed}${otherFiltersNote(group, filter)}`,
                fix: repair
            });
        }
        else if (judgement.broad) {
            const example = judgement.broadExample
                ? ` It also matches, for example, the event ${eventGist(judgement.broadExample)}.`
                : '';
            out.push({
                id: 'filter.pattern',
                status: 'warn',
                ...at,
                message: `Metric filter ${filter.name} matches every ${events} event, but also other events, so the alarm will fire on noise: ${judgement.explanation}${example}`,
                fix: repair
            });
        }
        else {
            out.push({
                id: 'filter.pattern',
                status: 'pass',
                ...at,
                message: `Metric filter ${filter.name} matches exactly the ${events} events.`
            });
        }
    }
    // filter.metric-value
    if (filter && group) {
        const at = { resource: (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .filterResource */ .xR)(group, filter), region: group.region, location: filter.location };
        const value = t ? Number(t.metricValue) : NaN;
        if (!t) {
            out.push({
                id: 'filter.metric-value',
                status: 'fail',
                ...at,
                message: `Metric filter ${filter.name} publishes no metric.`,
                fix: _remediation_js__WEBPACK_IMPORTED_MODULE_1__/* .fixMetricFilter */ .EI(ctx.control, names)
            });
        }
        else if (!(value > 0)) {
            out.push({
                id: 'filter.metric-value',
                status: 'fail',
                ...at,
                message: `Metric filter ${filter.name} publishes metricValue ${JSON.stringify(t.metricValue)}; it must be a positive number such as 1.`,
                fix: _remediation_js__WEBPACK_IMPORTED_MODULE_1__/* .fixMetricFilter */ .EI(ctx.control, { ...names, filterName: filter.name })
            });
        }
        else {
            out.push({
                id: 'filter.metric-value',
                status: 'pass',
                ...at,
                message: `Each match adds ${value} to ${t.metricNamespace}/${t.metricName}.`
            });
        }
    }
    else {
        out.push({
            id: 'filter.metric-value',
            status: 'fail',
            resource: group?.arn ?? '',
            region: groupRegion,
            message: 'No metric filter covers the control, so no metric counts the events.',
            fix: _remediation_js__WEBPACK_IMPORTED_MODULE_1__/* .fixMetricFilter */ .EI(ctx.control, names),
            absent: true
        });
    }
    // filter.security-hub-text
    const strict = ctx.patternPolicy === 'security-hub';
    if (judgement?.valid && group && filter) {
        out.push({
            id: 'filter.security-hub-text',
            status: judgement.prescribedText ? 'pass' : strict ? 'fail' : 'warn',
            resource: (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .filterResource */ .xR)(group, filter),
            region: groupRegion,
            location: filter.location,
            message: judgement.prescribedText
                ? `The pattern is the ${judgement.prescribedForm === 'security-hub' ? 'Security Hub' : 'CIS'} text Security Hub ${ctx.control.securityHub.id} accepts.`
                : `Security Hub ${ctx.control.securityHub.id} accepts only the exact pattern text prescribed by CIS; this pattern differs, so Security Hub will report FAILED even where this check passes.`,
            fix: _remediation_js__WEBPACK_IMPORTED_MODULE_1__/* .fixMetricFilter */ .EI(ctx.control, { ...names, filterName: filter.name })
        });
    }
    else {
        const unreadable = !!group && !group.metricFilters.ok;
        out.push({
            id: 'filter.security-hub-text',
            status: unreadable ? 'manual' : strict ? 'fail' : 'warn',
            resource: group?.arn ?? '',
            region: groupRegion,
            message: unreadable
                ? 'Not decided: the metric filters could not be read.'
                : 'No valid metric filter pattern to compare with the prescribed text.',
            fix: unreadable ? undefined : _remediation_js__WEBPACK_IMPORTED_MODULE_1__/* .fixMetricFilter */ .EI(ctx.control, names),
            absent: !group
        });
    }
    return out;
}


/***/ }),

/***/ 9752:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  q6: () => (/* reexport */ context/* createContext */.q6),
  _3: () => (/* reexport */ evaluate)
});

// UNUSED EXPORTS: enumerateChains, eventGist, judgeChain, overallStatus

// EXTERNAL MODULE: ./src/model/report.ts
var report = __webpack_require__(5235);
// EXTERNAL MODULE: ./src/judge/alarm.ts
var alarm = __webpack_require__(3490);
// EXTERNAL MODULE: ./src/judge/context.ts + 1 modules
var context = __webpack_require__(4230);
// EXTERNAL MODULE: ./src/judge/filter.ts
var filter = __webpack_require__(1601);
;// CONCATENATED MODULE: ./src/judge/security-hub.ts
function predictSecurityHub(ctx, findings, c) {
    const byId = new Map(findings.map((f) => [f.id, f]));
    if (c.trail && ctx.state.identity && c.trail.account !== ctx.state.identity.account) {
        return {
            prediction: 'unknown',
            reason: 'The trail belongs to another account: Security Hub reports NO_DATA for it here.'
        };
    }
    if (c.trail && c.trail.homeRegion !== ctx.state.region) {
        return {
            prediction: 'unknown',
            reason: `Security Hub evaluates this multi-region trail only in its home region ${c.trail.homeRegion}.`
        };
    }
    const blocking = findings.filter((f) => f.status === 'fail' && f.id !== 'filter.security-hub-text');
    if (blocking.length > 0)
        return { prediction: 'fail', reason: `Fails on ${blocking[0].id}.` };
    if (byId.get('filter.security-hub-text')?.status !== 'pass') {
        return {
            prediction: 'fail',
            reason: 'The filter pattern is not the exact text CIS prescribes; Security Hub compares text.'
        };
    }
    if (findings.some((f) => f.status === 'manual'))
        return { prediction: 'unknown', reason: 'Some checks could not be decided.' };
    return { prediction: 'pass', reason: 'Every link Security Hub checks is in place with the prescribed pattern text.' };
}

// EXTERNAL MODULE: ./src/judge/topic.ts
var topic = __webpack_require__(5112);
// EXTERNAL MODULE: ./src/judge/trail.ts
var trail = __webpack_require__(2651);
;// CONCATENATED MODULE: ./src/judge/unresolved.ts
/** Which fields of which link each check reads. */
const READS = {
    'trail.multi-region-logging': [['trail', ['isMultiRegion', 'isLogging']]],
    'trail.management-events': [['trail', ['selectors']]],
    'trail.kms-events-included': [['trail', ['selectors']]],
    'trail.cloudwatch-logs': [['trail', ['logGroupArn']]],
    'filter.pattern': [['filter', ['pattern']]],
    'filter.metric-value': [['filter', ['metricValue', 'metricName', 'metricNamespace']]],
    'filter.security-hub-text': [['filter', ['pattern']]],
    'alarm.exists': [
        ['filter', ['metricName', 'metricNamespace']],
        ['alarm', ['metricName', 'namespace', 'dimensions']]
    ],
    'alarm.fires-on-one-event': [
        ['filter', ['metricValue', 'defaultValue']],
        [
            'alarm',
            [
                'statistic',
                'extendedStatistic',
                'period',
                'evaluationPeriods',
                'datapointsToAlarm',
                'threshold',
                'comparisonOperator',
                'treatMissingData',
                'unit',
                'dimensions'
            ]
        ]
    ],
    'alarm.actions-enabled': [['alarm', ['actionsEnabled']]],
    'alarm.sns-action': [['alarm', ['alarmActions']]],
    'topic.delivery': [['topic', ['kmsMasterKeyId', 'policy']]],
    'subscription.confirmed': [['subscription', ['protocol', 'endpoint', 'confirmed']]]
};
function unresolvedOf(c, link) {
    switch (link) {
        case 'trail':
            return c.trail?.unresolved ?? [];
        case 'filter':
            return c.filter?.unresolved ?? [];
        case 'alarm':
            return c.alarm?.unresolved ?? [];
        case 'topic':
            return c.topic?.unresolved ?? [];
        case 'subscription': {
            // One subscription that is confirmed and fully known is enough; otherwise any unknown one keeps it undecided.
            const subs = c.topic?.subscriptions.ok ? c.topic.subscriptions.value : [];
            if (subs.some((s) => s.confirmed && !s.unresolved?.length))
                return [];
            return subs.flatMap((s) => s.unresolved ?? []);
        }
    }
}
/** The verdict, or `manual` with the expressions it would need, when it reads a field that code leaves unknown. */
function withUnresolved(c, v) {
    if (v.status === 'manual')
        return v;
    const unknown = (READS[v.id] ?? []).flatMap(([link, fields]) => unresolvedOf(c, link).filter((u) => fields.includes(u.field)));
    if (unknown.length === 0)
        return v;
    const shown = [...new Set(unknown.map((u) => `${u.field} = ${u.expression}`))].join('; ');
    return {
        ...v,
        status: 'manual',
        title: undefined,
        message: `Cannot be decided from the code: ${shown}. It is known only after the deploy: check the account then (cmk-alarm verify), or give it a value in the code.`,
        fix: {
            change: 'Give the expression a value in the code, or check the account after the deploy.',
            commands: '# after the deploy: cmk-alarm verify (or the action in mode verify) against the account'
        },
        absent: false
    };
}

;// CONCATENATED MODULE: ./src/judge/chain.ts








const LINK_OF = {
    'trail.multi-region-logging': 'trail',
    'trail.management-events': 'trail',
    'trail.kms-events-included': 'trail',
    'trail.cloudwatch-logs': 'trail',
    'filter.pattern': 'metric filter',
    'filter.metric-value': 'metric filter',
    'filter.security-hub-text': 'metric filter',
    'alarm.exists': 'alarm',
    'alarm.fires-on-one-event': 'alarm',
    'alarm.actions-enabled': 'alarm',
    'alarm.sns-action': 'alarm',
    'topic.delivery': 'topic',
    'subscription.confirmed': 'subscription'
};
const LINKS = ['trail', 'metric filter', 'alarm', 'topic', 'subscription'];
const SEVERITY = { pass: 0, warn: 1, manual: 2, fail: 3 };
function evaluate(state, options) {
    const ctx = (0,context/* createContext */.q6)(state, options);
    const judged = enumerateChains(state).map((chain) => ({ chain, findings: judgeChain(ctx, chain) }));
    const best = pickBest(judged);
    const status = overallStatus(best.findings);
    const c = best.chain;
    const report = {
        control: ctx.control.id,
        status,
        compliant: status === 'pass',
        region: state.region,
        identity: state.identity,
        chain: chainLinks(best.findings, c),
        findings: best.findings,
        securityHub: predictSecurityHub(ctx, best.findings, c),
        logGroupName: c.group?.name,
        metricFilterName: c.filter?.name,
        alarmArn: c.alarm?.arn,
        topicArn: c.topic?.arn
    };
    if (state.source && state.source.kind !== 'account')
        report.source = state.source;
    if (state.notes?.length)
        report.notes = state.notes;
    return report;
}
/** Every trail → filter → metric → alarm → topic path, stopping where a link is missing. */
function enumerateChains(state) {
    if (!state.trails.ok || state.trails.value.length === 0) {
        // State read from code with no trail in it: the code's log groups are still followed (the trail stays undecided).
        const groups = state.logGroups ?? [];
        return groups.length ? groups.flatMap((group) => chainsFrom(undefined, group)) : [{}];
    }
    return state.trails.value.flatMap((trail) => chainsFrom(trail, trail.logGroup));
}
function chainsFrom(trail, group) {
    if (!group || !group.metricFilters.ok || group.metricFilters.value.length === 0)
        return [{ trail, group }];
    const out = [];
    for (const filter of group.metricFilters.value) {
        for (const transformation of filter.transformations.length ? filter.transformations : [undefined]) {
            const alarms = transformation?.alarms.ok ? transformation.alarms.value : [];
            if (alarms.length === 0) {
                out.push({ trail, group, filter, transformation });
                continue;
            }
            for (const alarm of alarms) {
                const topics = Object.values(alarm.topics);
                if (topics.length === 0)
                    out.push({ trail, group, filter, transformation, alarm });
                for (const topic of topics)
                    out.push({ trail, group, filter, transformation, alarm, topic });
            }
        }
    }
    return out;
}
/** Every check of one chain, link by link, in chain order. */
function judgeChain(ctx, c) {
    const verdicts = [
        ...(0,trail/* judgeTrailLink */.A)(ctx, c),
        ...(0,filter/* judgeFilterLink */.I)(ctx, c),
        ...(0,alarm/* judgeAlarmLink */.P)(ctx, c),
        (0,topic/* judgeTopicLink */.P2)(ctx, c),
        (0,topic/* judgeSubscriptionLink */.j$)(ctx, c)
    ].map((v) => withUnresolved(c, v));
    // Every link that exists is judged, so one run shows every fix. A link that is missing only because something
    // before it could not be decided is undecided (manual), not failed.
    let undecided;
    const findings = verdicts.map((v) => {
        if (undecided && v.absent && (v.status === 'fail' || v.status === 'warn')) {
            return {
                ...(0,context/* toFinding */.N6)(ctx, {
                    ...v,
                    status: 'manual',
                    message: `Not decided: it depends on ${undecided}, which could not be decided.`,
                    fix: undefined
                }),
                dependsOn: undecided
            };
        }
        if (v.status === 'manual' && !undecided)
            undecided = v.id;
        return (0,context/* toFinding */.N6)(ctx, v);
    });
    return findings.sort((a, b) => report/* FINDING_IDS */.j.indexOf(a.id) - report/* FINDING_IDS */.j.indexOf(b.id));
}
/** Ranks: a passing chain, then one blocked only by undecidable checks, then the one that got furthest. */
function pickBest(judged) {
    const rank = (findings) => {
        const status = overallStatus(findings);
        const reached = findings.findIndex((f) => f.status === 'fail' || f.status === 'manual');
        return [
            status === 'pass' ? 2 : status === 'manual' ? 1 : 0,
            reached === -1 ? report/* FINDING_IDS */.j.length : reached,
            findings.filter((f) => f.status === 'pass').length
        ];
    };
    let best = judged[0];
    let bestRank = rank(best.findings);
    for (const j of judged.slice(1)) {
        const r = rank(j.findings);
        const better = r[0] !== bestRank[0] ? r[0] > bestRank[0] : r[1] !== bestRank[1] ? r[1] > bestRank[1] : r[2] > bestRank[2];
        if (better) {
            best = j;
            bestRank = r;
        }
    }
    return best;
}
function overallStatus(findings) {
    if (findings.some((f) => f.status === 'fail'))
        return 'fail';
    if (findings.some((f) => f.status === 'manual'))
        return 'manual';
    return 'pass';
}
function chainLinks(findings, c) {
    const resourceOf = {
        trail: c.trail?.arn,
        'metric filter': c.filter && c.group ? (0,context/* filterResource */.xR)(c.group, c.filter) : undefined,
        alarm: c.alarm?.arn,
        topic: c.topic?.arn,
        subscription: c.topic?.arn
    };
    const topicName = c.topic ? c.topic.arn.split(':')[5] || c.topic.arn : undefined;
    const nameOf = {
        trail: c.trail?.name,
        'metric filter': c.filter && c.group ? `${c.filter.name} (on ${c.group.name})` : undefined,
        alarm: c.alarm?.name,
        topic: topicName,
        subscription: topicName && `subscriptions of ${topicName}`
    };
    return LINKS.map((link) => {
        const mine = findings.filter((f) => LINK_OF[f.id] === link && !(f.id === 'filter.security-hub-text' && f.status === 'warn'));
        const worst = mine.reduce((w, f) => (SEVERITY[f.status] > SEVERITY[w.status] ? f : w), mine[0]);
        const chainLink = { link, resource: resourceOf[link] ?? '—', status: worst.status, why: worst.message };
        if (nameOf[link])
            chainLink.name = nameOf[link];
        return chainLink;
    });
}

;// CONCATENATED MODULE: ./src/judge/index.ts
// Pure judgement: account state (read from an account or from code) → findings per control → a report.
// Nothing under src/judge imports the AWS SDK or @actions/core.





/***/ }),

/***/ 7222:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EI: () => (/* binding */ fixMetricFilter),
/* harmony export */   FZ: () => (/* binding */ fixReadProblem),
/* harmony export */   GT: () => (/* binding */ namesFor),
/* harmony export */   Gc: () => (/* binding */ fixTrailDelivery),
/* harmony export */   HM: () => (/* binding */ fixTopic),
/* harmony export */   Sb: () => (/* binding */ fixTrailSelectors),
/* harmony export */   Ys: () => (/* binding */ fixTopicEncryption),
/* harmony export */   dR: () => (/* binding */ fixEnableAlarmActions),
/* harmony export */   ep: () => (/* binding */ fixTrailMultiRegionLogging),
/* harmony export */   fF: () => (/* binding */ fixAlarm),
/* harmony export */   g$: () => (/* binding */ fixCreateTrail),
/* harmony export */   nX: () => (/* binding */ fixSubscription),
/* harmony export */   zi: () => (/* binding */ fixTrailCloudWatchLogs)
/* harmony export */ });
/* unused harmony export shellQuote */
/**
 * Quotes a value for a POSIX shell so a hostile name cannot break out of the command. Single quotes are literal in
 * bash and zsh alike.
 */
function shellQuote(value) {
    return /^[A-Za-z0-9_./:=@,+-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}
const q = shellQuote;
function fixTrailMultiRegionLogging(trailName, region, multiRegion, logging) {
    const lines = [];
    if (!multiRegion)
        lines.push(`aws cloudtrail update-trail --region ${q(region)} --name ${q(trailName)} --is-multi-region-trail`);
    if (!logging)
        lines.push(`aws cloudtrail start-logging --region ${q(region)} --name ${q(trailName)}`);
    const what = [!multiRegion && 'make it multi-region', !logging && 'start its logging'].filter(Boolean).join(' and ');
    return { change: `Trail ${trailName}: ${what}.`, commands: lines.join('\n') };
}
function fixCreateTrail(region) {
    return {
        change: 'Create a multi-region trail that logs management events, and start it.',
        commands: `aws cloudtrail create-trail --region ${q(region)} --name management-events --s3-bucket-name <bucket> --is-multi-region-trail\n` +
            `aws cloudtrail start-logging --region ${q(region)} --name management-events`
    };
}
function fixTrailSelectors(trailName, region) {
    return {
        change: `Trail ${trailName}: record all management events, without excluding any event source.`,
        commands: `aws cloudtrail put-event-selectors --region ${q(region)} --trail-name ${q(trailName)} \\\n` +
            `  --event-selectors '[{"ReadWriteType":"All","IncludeManagementEvents":true,"ExcludeManagementEventSources":[]}]'`
    };
}
function fixTrailCloudWatchLogs(trailName, region, account) {
    const group = 'aws-cloudtrail-logs';
    return {
        change: `Trail ${trailName}: deliver its events to a CloudWatch Logs group.`,
        commands: [
            `aws logs create-log-group --region ${q(region)} --log-group-name ${group}`,
            `# a role CloudTrail can assume, allowed logs:CreateLogStream and logs:PutLogEvents on the group, then:`,
            `aws cloudtrail update-trail --region ${q(region)} --name ${q(trailName)} \\`,
            `  --cloud-watch-logs-log-group-arn arn:aws:logs:${region}:${account || '<account-id>'}:log-group:${group}:* \\`,
            `  --cloud-watch-logs-role-arn arn:aws:iam::${account || '<account-id>'}:role/<cloudtrail-to-cloudwatch-logs-role>`
        ].join('\n')
    };
}
function fixTrailDelivery(trailName, roleArn, logGroupArn) {
    return {
        change: `Trail ${trailName}: repair its delivery to CloudWatch Logs.`,
        commands: `# check that the role ${roleArn ?? '(none)'} can be assumed by cloudtrail.amazonaws.com and may call logs:CreateLogStream and logs:PutLogEvents on ${logGroupArn}`
    };
}
function fixMetricFilter(control, n) {
    return {
        change: `Put a metric filter with the prescribed pattern on the log group${n.logGroupName ? ` ${n.logGroupName}` : ''}.`,
        commands: `aws logs put-metric-filter --region ${q(n.region)} --log-group-name ${q(n.logGroupName ?? '<trail-log-group-name>')} \\\n` +
            `  --filter-name ${q(n.filterName)} \\\n` +
            `  --metric-transformations metricName=${q(n.metricName)},metricNamespace=${q(n.metricNamespace)},metricValue=1 \\\n` +
            `  --filter-pattern ${q(control.patterns.cis)}`
    };
}
function fixAlarm(control, n) {
    const a = control.alarm;
    return {
        change: `Alarm ${n.alarmName}: ${a.statistic} of ${n.metricNamespace}/${n.metricName} over ${a.period} s, ${a.comparisonOperator} ${a.threshold}, notifying the topic.`,
        commands: `aws cloudwatch put-metric-alarm --region ${q(n.region)} --alarm-name ${q(n.alarmName)} \\\n` +
            `  --metric-name ${q(n.metricName)} --namespace ${q(n.metricNamespace)} \\\n` +
            `  --statistic ${a.statistic} --period ${a.period} --threshold ${a.threshold} --comparison-operator ${a.comparisonOperator} \\\n` +
            `  --evaluation-periods ${a.evaluationPeriods} --treat-missing-data ${a.treatMissingData} --actions-enabled \\\n` +
            `  --alarm-actions ${q(n.topicArn ?? '<sns-topic-arn>')}`
    };
}
function fixEnableAlarmActions(alarmName, region) {
    return {
        change: `Alarm ${alarmName}: enable its actions.`,
        commands: `aws cloudwatch enable-alarm-actions --region ${q(region)} --alarm-names ${q(alarmName)}`
    };
}
function fixTopic(n) {
    return {
        change: `Create the SNS topic ${n.topicName}.`,
        commands: `aws sns create-topic --region ${q(n.region)} --name ${q(n.topicName)}`
    };
}
function fixTopicEncryption(topicArn, region) {
    return {
        change: 'Let CloudWatch publish to the topic: a topic policy that allows it, and no key CloudWatch cannot use.',
        commands: `# alias/aws/sns cannot be used by CloudWatch: use a customer managed key whose policy lets cloudwatch.amazonaws.com\n` +
            `# call kms:Decrypt and kms:GenerateDataKey*, or remove encryption:\n` +
            `aws sns set-topic-attributes --region ${q(region)} --topic-arn ${q(topicArn)} \\\n` +
            `  --attribute-name KmsMasterKeyId --attribute-value <customer-managed-key-arn>`
    };
}
function fixSubscription(topicArn, region, pending = false) {
    const commands = `aws sns subscribe --region ${q(region)} --topic-arn ${q(topicArn)} \\\n` +
        `  --protocol email --notification-endpoint <security-team@example.com>\n` +
        `# then confirm it from the message SNS sends`;
    return pending
        ? {
            change: 'Confirm the pending subscription, or add one that is confirmed.',
            commands: `# confirm the pending subscription from the message SNS sent to its endpoint, or:\n${commands}`
        }
        : { change: 'Subscribe someone who reads the alarms to the topic, and confirm it.', commands };
}
/** What to do about a read that failed: grant the action, run where the resource lives, or retry. */
function fixReadProblem(p) {
    switch (p.kind) {
        case 'access-denied':
            return {
                change: `Grant ${p.action ?? 'the refused action'} to the identity running the check.`,
                commands: `# grant the identity running this check the IAM action ${p.action ?? '(see the message)'} (policies/verify.json)`
            };
        case 'cross-account':
            return {
                change: 'Run the check with credentials for the account that owns the resource.',
                commands: '# run the check with credentials for the account that owns the resource (see the message)'
            };
        case 'outside-source':
        case 'unresolved':
            return {
                change: 'Check it in the account once the code is deployed.',
                commands: '# after the deploy, run cmk-alarm verify (or the action in mode verify) against the account'
            };
        default:
            return {
                change: 'Run the check again.',
                commands: `# ${p.action ?? 'the call'} did not complete (${p.kind === 'not-found' ? 'not found' : 'AWS error, throttling or time budget'}); run the check again, or raise timeout-seconds`
            };
    }
}
/** The names of one chain's fixes: the account's own where the chain has them, the configured ones where not. */
function namesFor(ctx, c) {
    return {
        ...ctx.names,
        region: c.group?.region ?? ctx.state.region,
        trailName: c.trail?.name,
        logGroupName: c.group?.name,
        logGroupArn: c.group?.arn,
        metricName: c.transformation?.metricName ?? ctx.names.metricName,
        metricNamespace: c.transformation?.metricNamespace ?? ctx.names.metricNamespace,
        topicArn: c.topic?.arn
    };
}


/***/ }),

/***/ 5112:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P2: () => (/* binding */ judgeTopicLink),
/* harmony export */   Vx: () => (/* binding */ judgeTopicDelivery),
/* harmony export */   j$: () => (/* binding */ judgeSubscriptionLink)
/* harmony export */ });
/* unused harmony export KEY_POLICY_STATEMENT */
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4230);
/* harmony import */ var _remediation_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7222);


const AWS_MANAGED_SNS_KEY = /(^|[:/])alias\/aws\/sns$/;
function judgeTopicDelivery(attributes) {
    const key = attributes.kmsMasterKeyId;
    if (key && AWS_MANAGED_SNS_KEY.test(key)) {
        return {
            delivers: false,
            why: 'The topic is encrypted with the AWS managed key alias/aws/sns, whose policy CloudWatch cannot use: alarm notifications are silently dropped.'
        };
    }
    const denial = policyDeniesCloudWatch(attributes.policy);
    if (denial)
        return { delivers: false, why: denial };
    if (key) {
        return {
            delivers: true,
            why: `The topic is encrypted with ${key}; its key policy must allow cloudwatch.amazonaws.com kms:Decrypt and kms:GenerateDataKey*.`,
            keyPolicyNote: KEY_POLICY_STATEMENT
        };
    }
    return { delivers: true, why: 'The topic exists and its policy does not stop CloudWatch from publishing.' };
}
const KEY_POLICY_STATEMENT = JSON.stringify({
    Sid: 'AllowCloudWatchAlarmsToUseTheKey',
    Effect: 'Allow',
    Principal: { Service: 'cloudwatch.amazonaws.com' },
    Action: ['kms:Decrypt', 'kms:GenerateDataKey*'],
    Resource: '*'
}, null, 2);
/** An unconditional Deny of SNS:Publish to everyone or to CloudWatch blocks alarm notifications. */
function policyDeniesCloudWatch(policyText) {
    if (!policyText)
        return undefined;
    let statements;
    try {
        const policy = JSON.parse(policyText);
        statements = Array.isArray(policy.Statement) ? policy.Statement : policy.Statement ? [policy.Statement] : [];
    }
    catch {
        return undefined;
    }
    for (const s of statements) {
        if (s.Effect !== 'Deny' || s.Condition)
            continue;
        const actions = [].concat(s.Action ?? []);
        const publish = actions.some((a) => typeof a === 'string' && /^(sns:(publish|\*)|\*)$/i.test(a));
        if (publish && principalCoversCloudWatch(s.Principal)) {
            return 'The topic policy denies SNS:Publish to CloudWatch: alarm notifications cannot be delivered.';
        }
    }
    return undefined;
}
function principalCoversCloudWatch(principal) {
    if (principal === '*')
        return true;
    if (!principal || typeof principal !== 'object')
        return false;
    const p = principal;
    const values = (v) => [].concat(v ?? []);
    return values(p.AWS).includes('*') || values(p.Service).includes('cloudwatch.amazonaws.com');
}
function judgeTopicLink(ctx, c) {
    const topic = c.topic;
    const groupRegion = c.group?.region ?? ctx.state.region;
    const names = _remediation_js__WEBPACK_IMPORTED_MODULE_1__/* .namesFor */ .GT(ctx, c);
    if (!topic) {
        return {
            id: 'topic.delivery',
            status: 'fail',
            resource: '',
            region: groupRegion,
            message: c.alarm ? `Alarm ${c.alarm.name} notifies no SNS topic.` : 'No alarm, so no SNS topic to check.',
            fix: {
                change: 'Create an SNS topic and make the alarm notify it.',
                commands: `${_remediation_js__WEBPACK_IMPORTED_MODULE_1__/* .fixTopic */ .HM(names).commands}\n${_remediation_js__WEBPACK_IMPORTED_MODULE_1__/* .fixAlarm */ .fF(ctx.control, names).commands}`
            },
            absent: true
        };
    }
    const region = (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .regionOfArn */ .b2)(topic.arn, groupRegion);
    const at = { resource: topic.arn, region, location: topic.location };
    if (!topic.attributes.ok) {
        const p = topic.attributes.problem;
        return p.kind === 'not-found'
            ? {
                id: 'topic.delivery',
                status: 'fail',
                ...at,
                message: `Topic ${topic.arn} does not exist: the alarm notifies nobody.`,
                fix: _remediation_js__WEBPACK_IMPORTED_MODULE_1__/* .fixTopic */ .HM({ ...names, topicName: topic.arn.split(':')[5] ?? names.topicName, region })
            }
            : { id: 'topic.delivery', status: 'manual', ...at, message: (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .problemText */ .fI)(p), fix: _remediation_js__WEBPACK_IMPORTED_MODULE_1__/* .fixReadProblem */ .FZ(p) };
    }
    const d = judgeTopicDelivery(topic.attributes.value);
    return {
        id: 'topic.delivery',
        status: d.delivers ? 'pass' : 'fail',
        ...at,
        message: d.why,
        fix: _remediation_js__WEBPACK_IMPORTED_MODULE_1__/* .fixTopicEncryption */ .Ys(topic.arn, region)
    };
}
function judgeSubscriptionLink(ctx, c) {
    const topic = c.topic;
    const groupRegion = c.group?.region ?? ctx.state.region;
    if (!topic) {
        return {
            id: 'subscription.confirmed',
            status: 'fail',
            resource: '',
            region: groupRegion,
            message: c.alarm
                ? `Alarm ${c.alarm.name} notifies no SNS topic, so no subscription.`
                : 'No alarm, so no topic or subscription to check.',
            fix: _remediation_js__WEBPACK_IMPORTED_MODULE_1__/* .fixSubscription */ .nX('<sns-topic-arn>', groupRegion),
            absent: true
        };
    }
    const region = (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .regionOfArn */ .b2)(topic.arn, groupRegion);
    const at = { resource: topic.arn, region, location: topic.location };
    if (!topic.subscriptions.ok) {
        const p = topic.subscriptions.problem;
        return {
            id: 'subscription.confirmed',
            status: 'manual',
            ...at,
            message: (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .problemText */ .fI)(p),
            fix: _remediation_js__WEBPACK_IMPORTED_MODULE_1__/* .fixReadProblem */ .FZ(p)
        };
    }
    const subs = topic.subscriptions.value;
    const confirmed = subs.filter((s) => s.confirmed);
    const pending = subs.length - confirmed.length;
    const notes = [...new Set(confirmed.flatMap((s) => (s.note ? [s.note] : [])))];
    const confirmedText = `${confirmed.length} confirmed subscription${confirmed.length > 1 ? 's' : ''} (${[...new Set(confirmed.map((s) => s.protocol))].join(', ')})${notes.length ? `: ${notes.join('; ')}` : ''}.`;
    return {
        id: 'subscription.confirmed',
        status: confirmed.length ? 'pass' : 'fail',
        ...at,
        location: confirmed[0]?.location ?? subs[0]?.location ?? topic.location,
        message: confirmed.length
            ? confirmedText
            : pending
                ? `The topic has ${pending} subscription${pending > 1 ? 's' : ''} pending confirmation and none confirmed: nobody receives the alarm until someone confirms.`
                : 'The topic has no subscription: nobody receives the alarm.',
        fix: _remediation_js__WEBPACK_IMPORTED_MODULE_1__/* .fixSubscription */ .nX(topic.arn, region, pending > 0)
    };
}


/***/ }),

/***/ 2651:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ judgeTrailLink)
/* harmony export */ });
/* unused harmony export judgeSelectors */
/* harmony import */ var _controls_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7731);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4230);
/* harmony import */ var _remediation_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7222);
// The trail link: is there a multi-region trail, logging, recording the control's events, into CloudWatch Logs?



function writeEvent(eventSource, eventName) {
    return { eventCategory: 'Management', readOnly: 'false', eventSource, eventName, eventType: 'AwsApiCall' };
}
// Advanced selectors: Equals/StartsWith/EndsWith values are ORed, the Not* operators are ANDed, and the operators of
// one field selector and the field selectors of one event selector are all ANDed (CloudTrail API reference,
// AdvancedFieldSelector).
function fieldMatches(selector, fields) {
    const value = fields[selector.field];
    if (value === undefined)
        return true; // a field the event does not carry cannot be used to drop it
    const positives = [
        ...(selector.equals ?? []).map((v) => value === v),
        ...(selector.startsWith ?? []).map((v) => value.startsWith(v)),
        ...(selector.endsWith ?? []).map((v) => value.endsWith(v))
    ];
    if (positives.length > 0 && !positives.some(Boolean))
        return false;
    if ((selector.notEquals ?? []).some((v) => value === v))
        return false;
    if ((selector.notStartsWith ?? []).some((v) => value.startsWith(v)))
        return false;
    if ((selector.notEndsWith ?? []).some((v) => value.endsWith(v)))
        return false;
    return true;
}
function advancedSelects(selector, fields) {
    const isManagement = selector.fieldSelectors.some((f) => f.field === 'eventCategory' && (f.equals ?? []).includes('Management'));
    return isManagement && selector.fieldSelectors.every((f) => fieldMatches(f, fields));
}
/** Judges the selectors: are management write events recorded, and among them the control's target calls? */
function judgeSelectors(selectors, target = _controls_index_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_CONTROL */ .as.target) {
    const source = target.eventSource;
    if (selectors.advanced.length > 0) {
        const probes = [writeEvent(source, 'CreateKey'), writeEvent('ec2.amazonaws.com', 'RunInstances')];
        const writes = selectors.advanced.some((s) => probes.some((event) => advancedSelects(s, event)));
        const included = target.eventNames.every((call) => selectors.advanced.some((s) => advancedSelects(s, writeEvent(source, call))));
        return {
            managementWrite: writes,
            kmsIncluded: included,
            why: !writes
                ? 'No advanced event selector records management write events (eventCategory = Management, readOnly not limited to true).'
                : !included
                    ? `The advanced event selectors filter out ${source} ${target.eventNames.join('/')} events.`
                    : `An advanced event selector records management write events, ${source} included.`
        };
    }
    if (selectors.basic.length === 0) {
        // CloudTrail's default for a trail with no selectors set is all management events, read and write.
        return {
            managementWrite: true,
            kmsIncluded: true,
            why: 'No event selectors: CloudTrail logs all management events by default.'
        };
    }
    const managementWrite = selectors.basic.filter((s) => s.includeManagementEvents !== false && (s.readWriteType ?? 'All') !== 'ReadOnly');
    const included = managementWrite.some((s) => !s.excludeManagementEventSources.includes(source));
    return {
        managementWrite: managementWrite.length > 0,
        kmsIncluded: included,
        why: managementWrite.length === 0
            ? 'No event selector records management write events (IncludeManagementEvents true with ReadWriteType All or WriteOnly).'
            : !included
                ? `ExcludeManagementEventSources contains ${source}: its events are not logged.`
                : `Management write events are recorded, ${source} included.`
    };
}
/** A trail owned by another account (an organization trail seen from a member account) is read there, not here. */
function trailProblemText(ctx, trail, p) {
    const account = ctx.state.identity?.account;
    if (account && trail.account && trail.account !== account) {
        return `Could not decide: ${trail.isOrganizationTrail ? 'organization ' : ''}trail ${trail.name} belongs to account ${trail.account}, and ${p.action ?? 'the read'} from account ${account} did not succeed (${p.kind}). Run the check with credentials for account ${trail.account}.`;
    }
    return (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .problemText */ .fI)(p);
}
function judgeTrailLink(ctx, c) {
    const region = ctx.state.region;
    const trails = ctx.state.trails;
    const trail = c.trail;
    if (!trail) {
        const manual = !trails.ok;
        const first = manual
            ? {
                id: 'trail.multi-region-logging',
                status: 'manual',
                resource: '',
                region,
                message: (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .problemText */ .fI)(trails.problem),
                fix: _remediation_js__WEBPACK_IMPORTED_MODULE_2__/* .fixReadProblem */ .FZ({ ...trails.problem, action: trails.problem.action ?? 'cloudtrail:DescribeTrails' })
            }
            : {
                id: 'trail.multi-region-logging',
                status: 'fail',
                resource: '',
                region,
                message: `No CloudTrail trail logs region ${region}.`,
                fix: _remediation_js__WEBPACK_IMPORTED_MODULE_2__/* .fixCreateTrail */ .g$(region)
            };
        const absent = (id) => ({
            id,
            status: 'fail',
            resource: '',
            region,
            message: `No trail logs region ${region}, so there is no trail to check.`,
            absent: true
        });
        return [
            first,
            absent('trail.management-events'),
            absent('trail.kms-events-included'),
            absent('trail.cloudwatch-logs')
        ];
    }
    const home = trail.homeRegion;
    const at = { resource: trail.arn, region: home, location: trail.location };
    const out = [];
    if (!trail.status.ok) {
        out.push({
            id: 'trail.multi-region-logging',
            status: 'manual',
            ...at,
            message: trailProblemText(ctx, trail, trail.status.problem),
            fix: _remediation_js__WEBPACK_IMPORTED_MODULE_2__/* .fixReadProblem */ .FZ(trail.status.problem)
        });
    }
    else {
        const logging = trail.status.value.isLogging;
        const ok = trail.isMultiRegion && logging;
        const broken = [!trail.isMultiRegion && 'is not multi-region', !logging && 'is not logging'].filter(Boolean);
        out.push({
            id: 'trail.multi-region-logging',
            status: ok ? 'pass' : 'fail',
            ...at,
            message: ok ? `Trail ${trail.name} is multi-region and logging.` : `Trail ${trail.name} ${broken.join(' and ')}.`,
            fix: _remediation_js__WEBPACK_IMPORTED_MODULE_2__/* .fixTrailMultiRegionLogging */ .ep(trail.name, home, trail.isMultiRegion, logging)
        });
    }
    if (!trail.selectors.ok) {
        const problem = trail.selectors.problem;
        for (const id of ['trail.management-events', 'trail.kms-events-included']) {
            out.push({
                id,
                status: 'manual',
                ...at,
                message: trailProblemText(ctx, trail, problem),
                fix: _remediation_js__WEBPACK_IMPORTED_MODULE_2__/* .fixReadProblem */ .FZ(problem)
            });
        }
    }
    else {
        const j = judgeSelectors(trail.selectors.value, ctx.control.target);
        const selectorsFix = _remediation_js__WEBPACK_IMPORTED_MODULE_2__/* .fixTrailSelectors */ .Sb(trail.name, home);
        out.push({
            id: 'trail.management-events',
            status: j.managementWrite ? 'pass' : 'fail',
            ...at,
            message: j.managementWrite ? 'Management write events are recorded.' : j.why,
            fix: selectorsFix
        });
        out.push({
            id: 'trail.kms-events-included',
            status: j.kmsIncluded ? 'pass' : 'fail',
            ...at,
            message: j.kmsIncluded ? `${ctx.control.target.eventSource} events are not excluded.` : j.why,
            fix: selectorsFix
        });
    }
    const deliveryError = trail.status.ok ? trail.status.value.latestCloudWatchLogsDeliveryError : undefined;
    if (!trail.logGroupArn) {
        out.push({
            id: 'trail.cloudwatch-logs',
            status: 'fail',
            ...at,
            message: `Trail ${trail.name} does not deliver to CloudWatch Logs.`,
            fix: _remediation_js__WEBPACK_IMPORTED_MODULE_2__/* .fixTrailCloudWatchLogs */ .zi(trail.name, home, trail.account)
        });
    }
    else if (deliveryError) {
        out.push({
            id: 'trail.cloudwatch-logs',
            status: 'fail',
            ...at,
            message: `Trail ${trail.name} reports a CloudWatch Logs delivery error: ${deliveryError}.`,
            fix: _remediation_js__WEBPACK_IMPORTED_MODULE_2__/* .fixTrailDelivery */ .Gc(trail.name, trail.cloudWatchLogsRoleArn, trail.logGroupArn)
        });
    }
    else if (!c.group) {
        // The source reads only the log group asked for (log-group-name); a trail delivering elsewhere is not followed.
        out.push({
            id: 'trail.cloudwatch-logs',
            status: 'fail',
            ...at,
            message: `Trail ${trail.name} delivers to ${trail.logGroupArn}, which is not the log group asked for.`,
            fix: _remediation_js__WEBPACK_IMPORTED_MODULE_2__/* .fixTrailCloudWatchLogs */ .zi(trail.name, home, trail.account)
        });
    }
    else {
        out.push({
            id: 'trail.cloudwatch-logs',
            status: 'pass',
            ...at,
            message: `Trail ${trail.name} delivers to log group ${c.group.name}.`
        });
    }
    return out;
}


/***/ }),

/***/ 5235:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ worstStatus),
/* harmony export */   j: () => (/* binding */ FINDING_IDS)
/* harmony export */ });
/** The checks of a metric-filter alarm chain, in chain order; every control of this kind reports these ids. */
const FINDING_IDS = [
    'trail.multi-region-logging',
    'trail.management-events',
    'trail.kms-events-included',
    'trail.cloudwatch-logs',
    'filter.pattern',
    'filter.metric-value',
    'filter.security-hub-text',
    'alarm.exists',
    'alarm.fires-on-one-event',
    'alarm.actions-enabled',
    'alarm.sns-action',
    'topic.delivery',
    'subscription.confirmed'
];
/** The worst of several statuses: fail, then manual, then pass. */
function worstStatus(statuses) {
    if (statuses.includes('fail'))
        return 'fail';
    if (statuses.includes('manual'))
        return 'manual';
    return 'pass';
}


/***/ }),

/***/ 2794:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NM: () => (/* binding */ findingToJson),
/* harmony export */   Ow: () => (/* binding */ toJsonReport),
/* harmony export */   VC: () => (/* binding */ stringifyForLog),
/* harmony export */   nJ: () => (/* binding */ renderJsonReport)
/* harmony export */ });
// The machine-readable report (`--json`, the findings file): the whole model, keys in a fixed order.
function findingToJson(f) {
    return {
        id: f.id,
        status: f.status,
        title: f.title,
        resource: f.resource,
        region: f.region,
        message: f.message,
        remediation: f.remediation,
        control: f.control,
        fix: f.fix ?? null,
        location: f.location ?? null
    };
}
function toJsonReport(report) {
    return {
        status: report.status,
        compliant: report.compliant,
        region: report.region,
        identity: report.identity ? { account: report.identity.account, arn: report.identity.arn } : null,
        logGroupName: report.logGroupName ?? null,
        metricFilterName: report.metricFilterName ?? null,
        alarmArn: report.alarmArn ?? null,
        topicArn: report.topicArn ?? null,
        securityHub: { prediction: report.securityHub.prediction, reason: report.securityHub.reason },
        chain: report.chain.map((l) => ({ link: l.link, resource: l.resource, status: l.status, why: l.why })),
        findings: report.findings.map(findingToJson),
        control: report.control,
        source: report.source ?? null,
        notes: report.notes ?? []
    };
}
/**
 * JSON.stringify, with `#` written as `\u0023` where it would form `##[`: the same data once parsed, but a log
 * line holding it cannot be taken for a legacy `##[command]` by the Actions runner. (JSON escapes line breaks,
 * and indented lines start with whitespace and a quote or bracket, so `::` can never start a line.)
 */
function stringifyForLog(value, indent) {
    return JSON.stringify(value, null, indent).replace(/##\[/g, '#\\u0023[');
}
function renderJsonReport(report) {
    return stringifyForLog(toJsonReport(report), 2) + '\n';
}


/***/ }),

/***/ 9681:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vj: () => (/* binding */ verdictOf),
/* harmony export */   rs: () => (/* binding */ controlOf)
/* harmony export */ });
/* unused harmony exports STATUS_ICON, STATUS_WORD */
/* harmony import */ var _controls_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7731);
// The words every renderer shares: status icons and words, and the verdict of a report. What each check requires
// (the SARIF rules) lives in the control's descriptor (src/controls).

/**
 * The descriptor of the control a report is about: the one given (a control outside the registry, e.g. in tests),
 * else the registered one of that id, else the default.
 */
function controlOf(report, given) {
    return given ?? (0,_controls_index_js__WEBPACK_IMPORTED_MODULE_0__/* .controlById */ .Eq)(report.control) ?? _controls_index_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_CONTROL */ .as;
}
const STATUS_ICON = {
    pass: '✅',
    fail: '❌',
    warn: '⚠️',
    manual: '❔'
};
const STATUS_WORD = {
    pass: 'pass',
    fail: 'fail',
    warn: 'warning',
    manual: 'could not decide'
};
function verdictOf(report, control = controlOf(report)) {
    const count = (s) => report.findings.filter((f) => f.status === s).length;
    const checks = (n) => `${n} check${n === 1 ? '' : 's'}`;
    const byStatus = {
        pass: () => ({
            icon: '✅',
            heading: 'Compliant',
            sentence: `${control.verdict.pass} (${control.reference}).`
        }),
        fail: () => ({
            icon: '❌',
            heading: 'Not compliant',
            sentence: `${checks(count('fail'))} failed: ${control.verdict.failConsequence} (${control.reference}).`
        }),
        manual: () => ({
            icon: '⚠️',
            heading: 'Could not decide',
            sentence: `${checks(count('manual'))} could not be decided from what this identity can read; nothing failed that could be checked.`
        })
    };
    return byStatus[report.status]();
}


/***/ }),

/***/ 643:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ep: () => (/* binding */ buildSarif)
/* harmony export */ });
/* unused harmony exports SARIF_SCHEMA, TOOL_NAME, sarifCategories */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _model_report_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5235);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(649);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9681);
// SARIF 2.1.0 for github/codeql-action/upload-sarif: every check is a rule; every failing, warning or
// undecided finding is a result located on the workflow file (the account has no source file to point at).




const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const TOOL_NAME = 'cmk-alarm-action';
const LEVEL = { fail: 'error', warn: 'warning', manual: 'note' };
const MAX_MESSAGE_CHARS = 20_000;
function rule(control, id) {
    const r = control.findings[id].rule;
    const requirement = `${r.full} (${control.reference}.)`;
    return {
        id,
        name: id
            .split(/[.-]/)
            .map((w) => w[0].toUpperCase() + w.slice(1))
            .join(''),
        shortDescription: { text: r.short },
        fullDescription: { text: requirement },
        help: {
            text: `${requirement}\n\nHow to fix: ${r.fix.replace(/`/g, '')}`,
            markdown: `**Requirement.** ${requirement}\n\n**How to fix.** ${r.fix}\n\nThe job summary of the run shows the exact commands for your account.`
        },
        defaultConfiguration: { level: id === 'filter.security-hub-text' ? 'warning' : 'error' },
        properties: {
            tags: control.tags,
            precision: 'very-high',
            'problem.severity': id === 'filter.security-hub-text' ? 'warning' : 'error',
            'security-severity': r.securitySeverity.toFixed(1)
        }
    };
}
/** Repository-relative, forward slashes, no leading `./` or `/`. */
function relativeUri(file) {
    return file
        .trim()
        .replace(/\\/g, '/')
        .replace(/^(\.\/)+/, '')
        .replace(/^\/+/, '');
}
function messageText(f) {
    const lines = [];
    const what = f.status === 'manual' ? 'Could not be decided automatically' : f.status === 'warn' ? 'Warning' : 'Failed';
    lines.push(`${what}: ${(0,_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .toSingleLine */ .OX)(f.title)}.`);
    if (f.message)
        lines.push((0,_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .toSingleLine */ .OX)(f.message));
    if (f.resource)
        lines.push(`Resource: ${(0,_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .toSingleLine */ .OX)(f.resource)} (${(0,_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .toSingleLine */ .OX)(f.region)})`);
    const remediation = (0,_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .toPlainLines */ .$k)(f.remediation ?? '')
        .join('\n')
        .trim();
    if (remediation)
        lines.push(`Remediation:\n${remediation}`);
    return (0,_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .truncate */ .xv)(lines.join('\n'), MAX_MESSAGE_CHARS);
}
/** From the check and the resource (its code address when read from code), never the line: alerts survive edits. */
function fingerprint(f) {
    const what = f.location ? `${f.location.file}\u0000${f.location.address ?? f.resource}` : f.resource;
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(`${f.id}\u0000${what}`).digest('hex').slice(0, 32) + ':1';
}
/** `{account}` and `{region}` of a category template, for one report. */
function fillCategory(template, report) {
    return template
        .replaceAll('{account}', report.identity?.account || 'unknown-account')
        .replaceAll('{region}', report.region || 'unknown-region');
}
/** One category per report, unique across the reports. */
function sarifCategories(reports, template) {
    const filled = reports.map((r) => fillCategory(template ?? 'cmk-alarm', r));
    if (reports.length <= 1 || new Set(filled).size === filled.length)
        return filled;
    return filled.map((c, i) => `${c}/${fillCategory('{account}/{region}', reports[i])}`);
}
/** SARIF 2.1.0 with one run per report (an account in a region, or a location of code). */
function buildSarif(reports, opts) {
    const all = Array.isArray(reports) ? reports : [reports];
    // One run: the reports' findings together, under the first report's control and the category as given.
    const list = opts.oneRun && all.length > 0 ? [{ ...all[0], findings: all.flatMap((r) => r.findings) }] : all;
    const categories = opts.oneRun ? [opts.category ?? 'cmk-alarm'] : sarifCategories(list, opts.category);
    return {
        $schema: SARIF_SCHEMA,
        version: '2.1.0',
        runs: list.map((report, i) => sarifRun(report, categories[i], opts))
    };
}
function sarifRun(report, category, opts) {
    const control = (0,_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .controlOf */ .rs)(report, opts.control);
    const uri = relativeUri(opts.workflowFile);
    if (!uri)
        throw new Error('buildSarif: workflowFile must be a repository-relative path');
    const results = report.findings
        .filter((f) => f.status !== 'pass')
        .map((f) => ({
        ruleId: f.id,
        ruleIndex: _model_report_js__WEBPACK_IMPORTED_MODULE_3__/* .FINDING_IDS */ .j.indexOf(f.id),
        level: LEVEL[f.status],
        message: { text: messageText(f) },
        locations: [
            f.location
                ? {
                    // Read from code: the block of the resource to change, and its address.
                    physicalLocation: {
                        artifactLocation: { uri: relativeUri(f.location.file) },
                        region: { startLine: f.location.line, ...(f.location.endLine ? { endLine: f.location.endLine } : {}) }
                    },
                    ...(f.location.address
                        ? { logicalLocations: [{ fullyQualifiedName: (0,_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .toSingleLine */ .OX)(f.location.address), kind: 'resource' }] }
                        : {})
                }
                : {
                    physicalLocation: { artifactLocation: { uri }, region: { startLine: 1 } },
                    ...(f.resource ? { message: { text: (0,_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .truncate */ .xv)((0,_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .toSingleLine */ .OX)(f.resource), 1_000) } } : {})
                }
        ],
        partialFingerprints: { primaryLocationLineHash: fingerprint(f) },
        properties: {
            status: f.status,
            ...(f.resource ? { resource: (0,_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .truncate */ .xv)((0,_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .toSingleLine */ .OX)(f.resource), 1_000) } : {}),
            ...(f.region ? { region: (0,_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .toSingleLine */ .OX)(f.region) } : {})
        }
    }));
    return {
        tool: {
            driver: {
                name: TOOL_NAME,
                semanticVersion: opts.toolVersion,
                version: opts.toolVersion,
                informationUri: opts.informationUri ?? control.securityHub.url,
                rules: _model_report_js__WEBPACK_IMPORTED_MODULE_3__/* .FINDING_IDS */ .j.map((id) => rule(control, id))
            }
        },
        automationDetails: { id: `${category}/` },
        results
    };
}


/***/ }),

/***/ 7496:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ renderTerminalReport)
/* harmony export */ });
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(649);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9681);
// The CLI report: plain text, verdict first, then the chain, then what to fix with the commands indented.
// Pure: returns the text, the CLI prints it. Everything from AWS is put on one line with control characters
// (ANSI escapes included) removed, and the result is safe to print in a GitHub Actions log.


const ANSI = { red: 31, green: 32, yellow: 33, cyan: 36, dim: 2, bold: 1 };
const MAX_FIELD_CHARS = 2_000;
const MAX_REMEDIATION_CHARS = 20_000;
const MARK = { pass: 'PASS', fail: 'FAIL', warn: 'WARN', manual: '????' };
const MARK_STYLE = { pass: 'green', fail: 'red', warn: 'yellow', manual: 'yellow' };
const one = (s) => (0,_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)((0,_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .toSingleLine */ .OX)(s ?? ''), MAX_FIELD_CHARS);
function renderTerminalReport(report, opts = {}) {
    const paint = (style, s) => (opts.color ? `\u001b[${ANSI[style]}m${s}\u001b[0m` : s);
    const mark = (s) => paint(MARK_STYLE[s], `[${MARK[s]}]`);
    const out = [];
    const control = (0,_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .controlOf */ .rs)(report, opts.control);
    const v = (0,_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .verdictOf */ .Vj)(report, control);
    const verdictStyle = report.status === 'pass' ? 'green' : report.status === 'fail' ? 'red' : 'yellow';
    out.push(paint('bold', paint(verdictStyle, `${v.heading.toUpperCase()}: ${control.name}`)));
    out.push(v.sentence);
    out.push(`Region: ${one(report.region)}`);
    if (report.identity)
        out.push(`Identity: ${one(report.identity.arn)} (account ${one(report.identity.account)})`);
    out.push('', paint('bold', 'Chain'));
    if (report.chain.length === 0)
        out.push('  (no trail delivers KMS events to CloudWatch Logs)');
    const width = Math.max(0, ...report.chain.map((l) => l.link.length));
    for (const l of report.chain) {
        out.push(`  ${mark(l.status)} ${one(l.link).padEnd(width)}  ${one(l.resource) || '(none)'}`);
        if (l.why)
            out.push(`         ${' '.repeat(width)}  ${paint('dim', one(l.why))}`);
    }
    const toFix = [
        ...report.findings.filter((f) => f.status === 'fail'),
        ...report.findings.filter((f) => f.status === 'manual')
    ];
    if (toFix.length > 0) {
        const fails = toFix.some((f) => f.status === 'fail');
        const manual = toFix.some((f) => f.status === 'manual');
        out.push('', paint('bold', fails ? (manual ? 'To fix, and to check by hand' : 'To fix') : 'To check by hand'));
        const firstWith = new Map();
        for (const f of toFix) {
            const key = f.remediation.trim();
            const shownBy = key ? firstWith.get(key) : undefined;
            if (key && !shownBy)
                firstWith.set(key, f);
            out.push(...fixLines(f, mark, paint, shownBy));
        }
    }
    const warnings = report.findings.filter((f) => f.status === 'warn');
    if (warnings.length > 0) {
        out.push('', paint('bold', 'Warnings'));
        for (const f of warnings) {
            out.push(`  ${mark('warn')} ${one(f.id)}: ${one(f.title)}`);
            if (f.message)
                out.push(`         ${one(f.message)}`);
        }
    }
    const sh = report.securityHub;
    out.push('', `${paint('bold', `Security Hub ${control.securityHub.id} prediction:`)} ${sh.prediction.toUpperCase()}: ${one(sh.reason)}`);
    const count = (s) => report.findings.filter((f) => f.status === s).length;
    const counts = `${count('pass')} passed, ${count('fail')} failed, ${count('warn')} warning${count('warn') === 1 ? '' : 's'}, ${count('manual')} undecided`;
    out.push(`Checks: ${counts}`);
    return (0,_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .neutralizeWorkflowCommands */ .tW)(out.join('\n') + '\n');
}
function fixLines(f, mark, paint, shownBy) {
    const lines = [`  ${mark(f.status)} ${one(f.id)}: ${one(f.title)}`];
    if (f.status === 'manual')
        lines.push('         Could not be decided automatically; check it by hand.');
    if (f.resource)
        lines.push(`         Resource: ${one(f.resource)}`);
    if (f.message)
        lines.push(`         ${one(f.message)}`);
    const remediation = (0,_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .toPlainLines */ .$k)((0,_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)(f.remediation ?? '', MAX_REMEDIATION_CHARS));
    while (remediation.length && !remediation[remediation.length - 1].trim())
        remediation.pop();
    while (remediation.length && !remediation[0].trim())
        remediation.shift();
    if (remediation.length && shownBy) {
        lines.push(`         Fix: the commands for ${one(shownBy.id)} above.`);
    }
    else if (remediation.length) {
        lines.push('         Fix:');
        for (const l of remediation)
            lines.push(paint('cyan', `           ${l}`));
    }
    return lines;
}


/***/ }),

/***/ 9301:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  eF: () => (/* binding */ run),
  W9: () => (/* binding */ shouldFail)
});

// UNUSED EXPORTS: decideExit

// EXTERNAL MODULE: ./src/aws/budget.ts
var aws_budget = __webpack_require__(4988);
// EXTERNAL MODULE: ./src/controls/index.ts + 1 modules
var controls = __webpack_require__(7731);
;// CONCATENATED MODULE: ./src/aws/arn.ts
// ARN parsing shared by discovery and evaluation.
function parseArn(arn) {
    const parts = arn.split(':');
    if (parts.length < 6 || parts[0] !== 'arn')
        return undefined;
    return {
        partition: parts[1],
        service: parts[2],
        region: parts[3],
        account: parts[4],
        resource: parts.slice(5).join(':')
    };
}
/** `arn:aws:logs:us-east-1:123456789012:log-group:NAME:*` → its parts (AWS appends `:*` in trail settings). */
function parseLogGroupArn(arn) {
    const parsed = parseArn(arn);
    if (!parsed || parsed.service !== 'logs' || !parsed.resource.startsWith('log-group:'))
        return undefined;
    const name = parsed.resource.slice('log-group:'.length).replace(/:\*$/, '');
    if (!name)
        return undefined;
    const bare = `arn:${parsed.partition}:logs:${parsed.region}:${parsed.account}:log-group:${name}`;
    return { name, region: parsed.region, account: parsed.account, arn: bare };
}
function isSnsTopicArn(arn) {
    const parsed = parseArn(arn);
    return parsed?.service === 'sns' && parsed.resource.length > 0 && !parsed.resource.includes(':');
}

// EXTERNAL MODULE: ./src/aws/errors.ts
var errors = __webpack_require__(9378);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudwatch-logs/dist-cjs/index.js
var dist_cjs = __webpack_require__(303);
;// CONCATENATED MODULE: ./src/aws/paging.ts
// Follows NextToken until the last page. Stops on a repeated token: some endpoints echo the request's token back.
async function collectPages(fetchPage, maxPages = 1000) {
    const items = [];
    const seen = new Set();
    let token;
    for (let page = 0; page < maxPages; page++) {
        const result = await fetchPage(token);
        items.push(...result.items);
        if (!result.nextToken || seen.has(result.nextToken))
            break;
        seen.add(result.nextToken);
        token = result.nextToken;
    }
    return items;
}

;// CONCATENATED MODULE: ./src/aws/logs.ts
// CloudWatch Logs reads: the metric filters of one log group, all pages.


async function describeMetricFilters(client, logGroupName) {
    const filters = await collectPages(async (nextToken) => {
        const out = await client.send(new dist_cjs/* DescribeMetricFiltersCommand */.Ipv({ logGroupName, nextToken }));
        return { items: out.metricFilters ?? [], nextToken: out.nextToken };
    });
    return filters.map((f) => ({
        name: f.filterName ?? '',
        pattern: f.filterPattern ?? '',
        logGroupName: f.logGroupName ?? logGroupName,
        transformations: (f.metricTransformations ?? []).map((t) => ({
            metricName: t.metricName ?? '',
            metricNamespace: t.metricNamespace ?? '',
            metricValue: t.metricValue ?? '',
            defaultValue: t.defaultValue,
            dimensions: t.dimensions && Object.keys(t.dimensions).length > 0 ? t.dimensions : undefined,
            unit: t.unit
        }))
    }));
}
/** Creates the filter, or replaces the one of the same name on the group (AWS's PutMetricFilter semantics). */
async function putMetricFilter(client, spec) {
    await client.send(new dist_cjs/* PutMetricFilterCommand */.b5V({
        logGroupName: spec.logGroupName,
        filterName: spec.filterName,
        filterPattern: spec.pattern,
        metricTransformations: [
            { metricName: spec.metricName, metricNamespace: spec.metricNamespace, metricValue: spec.metricValue }
        ]
    }));
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-cjs/index.js
var client_cloudwatch_dist_cjs = __webpack_require__(4085);
;// CONCATENATED MODULE: ./src/aws/cloudwatch.ts
// CloudWatch reads: the alarms that watch one metric (no scan of every alarm in the account).

async function describeAlarmsForMetric(client, metric) {
    const dimensions = Object.entries(metric.dimensions ?? {}).map(([Name, Value]) => ({ Name, Value }));
    const out = await client.send(new client_cloudwatch_dist_cjs/* DescribeAlarmsForMetricCommand */.aXt({
        MetricName: metric.metricName,
        Namespace: metric.namespace,
        Dimensions: dimensions.length > 0 ? dimensions : undefined
    }));
    return (out.MetricAlarms ?? []).map(toAlarmDescription);
}
/** DescribeAlarms for one name: the alarm enforce manages, wherever its metric points now. */
async function describeAlarmByName(client, name) {
    const out = await client.send(new client_cloudwatch_dist_cjs/* DescribeAlarmsCommand */.zWD({ AlarmNames: [name], AlarmTypes: ['MetricAlarm'] }));
    const alarm = (out.MetricAlarms ?? []).find((a) => a.AlarmName === name);
    return alarm ? toAlarmDescription(alarm) : undefined;
}
async function listAlarmTags(client, arn) {
    const out = await client.send(new client_cloudwatch_dist_cjs/* ListTagsForResourceCommand */.a_e({ ResourceARN: arn }));
    return Object.fromEntries((out.Tags ?? []).map((t) => [t.Key ?? '', t.Value ?? '']));
}
/** Creates or replaces the alarm (by name): the control's alarm spec on the metric, actions on, the topic notified. */
async function putMetricAlarm(client, alarm) {
    const spec = alarm.spec;
    await client.send(new client_cloudwatch_dist_cjs/* PutMetricAlarmCommand */.AZU({
        AlarmName: alarm.name,
        AlarmDescription: spec.description,
        MetricName: alarm.metricName,
        Namespace: alarm.namespace,
        Statistic: spec.statistic,
        Period: spec.period,
        EvaluationPeriods: spec.evaluationPeriods,
        DatapointsToAlarm: spec.datapointsToAlarm,
        Threshold: spec.threshold,
        ComparisonOperator: spec.comparisonOperator,
        TreatMissingData: spec.treatMissingData,
        ActionsEnabled: true,
        AlarmActions: [alarm.topicArn],
        Tags: Object.entries(alarm.tags).map(([Key, Value]) => ({ Key, Value }))
    }));
}
function toAlarmDescription(a) {
    return {
        name: a.AlarmName ?? '',
        arn: a.AlarmArn ?? '',
        actionsEnabled: a.ActionsEnabled !== false,
        metricName: a.MetricName,
        namespace: a.Namespace,
        statistic: a.Statistic,
        extendedStatistic: a.ExtendedStatistic,
        period: a.Period,
        evaluationPeriods: a.EvaluationPeriods,
        datapointsToAlarm: a.DatapointsToAlarm,
        threshold: a.Threshold,
        comparisonOperator: a.ComparisonOperator,
        treatMissingData: a.TreatMissingData,
        dimensions: Object.fromEntries((a.Dimensions ?? []).map((d) => [d.Name ?? '', d.Value ?? ''])),
        alarmActions: a.AlarmActions ?? [],
        usesMetricMath: (a.Metrics ?? []).length > 0
    };
}

// EXTERNAL MODULE: ./src/aws/retry.ts
var retry = __webpack_require__(2495);
;// CONCATENATED MODULE: ./src/aws/read.ts


/** Attempts of one read (each of them an SDK call with its own retries). */
const READ_ATTEMPTS = 3;
/**
 * A transient failure the SDK's own retries did not get past (a throttled, failed or cut answer, a reset) is tried
 * again up to READ_ATTEMPTS times with full-jitter backoff; nothing is tried, and no backoff sleeps, past the budget.
 */
async function read(action, fn, budget) {
    let requests = 0;
    try {
        const value = await (0,retry/* withRetry */.bD)(async () => {
            try {
                return await fn();
            }
            catch (error) {
                requests += error?.$metadata?.attempts ?? 1;
                throw error;
            }
        }, { attempts: READ_ATTEMPTS, baseMs: (0,retry/* retryBaseMs */.wR)(false) * 8, budget });
        return { ok: true, value };
    }
    catch (error) {
        return { ok: false, problem: (0,errors/* classifyError */.fe)(budget.exceeded() ?? error, action, requests || undefined) };
    }
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sns/dist-cjs/index.js
var client_sns_dist_cjs = __webpack_require__(8797);
;// CONCATENATED MODULE: ./src/aws/sns.ts
// SNS reads for one topic: its attributes and its subscriptions (all pages).


async function getTopicAttributes(client, topicArn) {
    const out = await client.send(new client_sns_dist_cjs/* GetTopicAttributesCommand */.YBt({ TopicArn: topicArn }));
    const attributes = out.Attributes ?? {};
    return {
        kmsMasterKeyId: attributes.KmsMasterKeyId || undefined,
        policy: attributes.Policy || undefined,
        owner: attributes.Owner || undefined
    };
}
async function listSubscriptionsByTopic(client, topicArn) {
    const subscriptions = await collectPages(async (token) => {
        const out = await client.send(new client_sns_dist_cjs/* ListSubscriptionsByTopicCommand */.GYf({ TopicArn: topicArn, NextToken: token }));
        return { items: out.Subscriptions ?? [], nextToken: out.NextToken };
    });
    return subscriptions.map((s) => ({
        arn: s.SubscriptionArn ?? '',
        protocol: s.Protocol ?? '',
        endpoint: s.Endpoint ?? '',
        // AWS lists an unconfirmed subscription with the literal ARN "PendingConfirmation".
        confirmed: !!s.SubscriptionArn && s.SubscriptionArn.startsWith('arn:')
    }));
}
async function listTopicTags(client, topicArn) {
    const out = await client.send(new client_sns_dist_cjs/* ListTagsForResourceCommand */.a_e({ ResourceArn: topicArn }));
    return Object.fromEntries((out.Tags ?? []).map((t) => [t.Key ?? '', t.Value ?? '']));
}
/** CreateTopic is idempotent: an existing topic of that name is returned, not duplicated. */
async function createTopic(client, spec) {
    const out = await client.send(new client_sns_dist_cjs/* CreateTopicCommand */.vxJ({
        Name: spec.name,
        Attributes: spec.kmsMasterKeyId ? { KmsMasterKeyId: spec.kmsMasterKeyId } : undefined,
        Tags: Object.entries(spec.tags).map(([Key, Value]) => ({ Key, Value }))
    }));
    return out.TopicArn ?? '';
}
async function setTopicPolicy(client, topicArn, policy) {
    await client.send(new client_sns_dist_cjs/* SetTopicAttributesCommand */._gW({ TopicArn: topicArn, AttributeName: 'Policy', AttributeValue: policy }));
}
/** Subscribing an endpoint that is already subscribed returns the existing subscription (no duplicate).
 * AWS answers "pending confirmation" for a subscription that someone still has to confirm. */
async function subscribe(client, topicArn, protocol, endpoint) {
    const out = await client.send(new client_sns_dist_cjs/* SubscribeCommand */.KQk({ TopicArn: topicArn, Protocol: protocol, Endpoint: endpoint }));
    return out.SubscriptionArn ?? '';
}

// EXTERNAL MODULE: ./src/judge/index.ts + 3 modules
var judge = __webpack_require__(9752);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudtrail/dist-cjs/index.js
var client_cloudtrail_dist_cjs = __webpack_require__(7392);
;// CONCATENATED MODULE: ./src/aws/cloudtrail.ts
// CloudTrail reads, translated into the pure state model.

/** DescribeTrails with shadow trails: every trail that logs this region, wherever its home is. */
async function describeTrails(client) {
    const out = await client.send(new client_cloudtrail_dist_cjs/* DescribeTrailsCommand */.oSd({ includeShadowTrails: true }));
    return (out.trailList ?? []).flatMap((t) => t.TrailARN && t.Name
        ? [
            {
                name: t.Name,
                arn: t.TrailARN,
                homeRegion: t.HomeRegion ?? '',
                isMultiRegion: t.IsMultiRegionTrail === true,
                isOrganizationTrail: t.IsOrganizationTrail === true,
                logGroupArn: t.CloudWatchLogsLogGroupArn || undefined,
                cloudWatchLogsRoleArn: t.CloudWatchLogsRoleArn || undefined
            }
        ]
        : []);
}
async function getTrailStatus(client, trailArn) {
    const out = await client.send(new client_cloudtrail_dist_cjs/* GetTrailStatusCommand */.aMm({ Name: trailArn }));
    return {
        isLogging: out.IsLogging === true,
        latestCloudWatchLogsDeliveryError: out.LatestCloudWatchLogsDeliveryError || undefined,
        latestCloudWatchLogsDeliveryTime: out.LatestCloudWatchLogsDeliveryTime?.toISOString()
    };
}
async function getEventSelectors(client, trailArn) {
    const out = await client.send(new client_cloudtrail_dist_cjs/* GetEventSelectorsCommand */.ave({ TrailName: trailArn }));
    return {
        basic: (out.EventSelectors ?? []).map((s) => ({
            readWriteType: s.ReadWriteType,
            includeManagementEvents: s.IncludeManagementEvents,
            excludeManagementEventSources: s.ExcludeManagementEventSources ?? []
        })),
        advanced: (out.AdvancedEventSelectors ?? []).map((s) => ({
            name: s.Name,
            fieldSelectors: (s.FieldSelectors ?? []).map((f) => ({
                field: f.Field ?? '',
                equals: f.Equals,
                notEquals: f.NotEquals,
                startsWith: f.StartsWith,
                notStartsWith: f.NotStartsWith,
                endsWith: f.EndsWith,
                notEndsWith: f.NotEndsWith
            }))
        }))
    };
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sts/dist-cjs/index.js
var client_sts_dist_cjs = __webpack_require__(1695);
;// CONCATENATED MODULE: ./src/aws/sts.ts
// STS: who is running the check.

async function getCallerIdentity(client) {
    const out = await client.send(new client_sts_dist_cjs/* GetCallerIdentityCommand */.zI({}));
    return { account: out.Account ?? '', arn: out.Arn ?? '' };
}

;// CONCATENATED MODULE: ./src/sources/account.ts
// The live-account source: reads the account along the chain, and only along it: trails → their log group's metric
// filters → the alarms on each filter's metric → the topics those alarms notify → their subscriptions. It yields the
// pure AccountState the judges read (as the IaC sources do from code). No judgement happens here.







/** The live account as a source: one state, for the scope's region. */
function accountSource(clients, scope) {
    return {
        label: `the account in ${scope.region}`,
        read: async () => [await readAccount(clients, scope)]
    };
}
async function readAccount(clients, options) {
    const identityRead = await read('sts:GetCallerIdentity', () => getCallerIdentity(clients.sts(options.region)), clients.budget);
    const identity = identityRead.ok ? identityRead.value : undefined;
    const trailsRead = await read('cloudtrail:DescribeTrails', () => describeTrails(clients.cloudtrail(options.region)), clients.budget);
    if (!trailsRead.ok)
        return { region: options.region, identity, trails: trailsRead };
    const topics = new TopicReader(clients);
    const unique = [...new Map(trailsRead.value.map((t) => [t.arn, t])).values()];
    const trails = await Promise.all(unique.map((t) => readTrail(clients, topics, t, identity, options)));
    return { region: options.region, identity, trails: { ok: true, value: trails } };
}
async function readTrail(clients, topics, trail, identity, options) {
    const home = trail.homeRegion || options.region;
    const client = clients.cloudtrail(home);
    const [status, selectors] = await Promise.all([
        read('cloudtrail:GetTrailStatus', () => getTrailStatus(client, trail.arn), clients.budget),
        read('cloudtrail:GetEventSelectors', () => getEventSelectors(client, trail.arn), clients.budget)
    ]);
    const state = {
        name: trail.name,
        arn: trail.arn,
        homeRegion: home,
        account: parseArn(trail.arn)?.account ?? '',
        isMultiRegion: trail.isMultiRegion,
        isOrganizationTrail: trail.isOrganizationTrail,
        status,
        selectors,
        logGroupArn: trail.logGroupArn,
        cloudWatchLogsRoleArn: trail.cloudWatchLogsRoleArn
    };
    const group = trail.logGroupArn ? parseLogGroupArn(trail.logGroupArn) : undefined;
    if (group && (!options.logGroupName || options.logGroupName === group.name)) {
        state.logGroup = await readLogGroup(clients, topics, group, identity);
    }
    return state;
}
async function readLogGroup(clients, topics, group, identity) {
    const base = { name: group.name, arn: group.arn, region: group.region, account: group.account };
    if (identity && group.account && group.account !== identity.account) {
        // These credentials reach only their own account; the group's filters live where the group does.
        return {
            ...base,
            metricFilters: {
                ok: false,
                problem: {
                    kind: 'cross-account',
                    action: 'logs:DescribeMetricFilters',
                    message: `The log group is in account ${group.account}; these credentials are for account ${identity.account}. Run the check in account ${group.account}.`
                }
            }
        };
    }
    const filtersRead = await read('logs:DescribeMetricFilters', () => describeMetricFilters(clients.logs(group.region), group.name), clients.budget);
    if (!filtersRead.ok)
        return { ...base, metricFilters: filtersRead };
    const filters = await Promise.all(filtersRead.value.map(async (f) => ({
        ...f,
        transformations: await Promise.all(f.transformations.map(async (t) => ({
            ...t,
            alarms: await readAlarms(clients, topics, group.region, t)
        })))
    })));
    return { ...base, metricFilters: { ok: true, value: filters } };
}
/** The alarms on one metric, each with the topics it notifies (used by enforce for a metric it is about to create). */
function readAlarmsForMetric(clients, region, metric) {
    return readAlarms(clients, new TopicReader(clients), region, metric);
}
async function readAlarms(clients, topics, region, metric) {
    const alarmsRead = await read('cloudwatch:DescribeAlarmsForMetric', () => describeAlarmsForMetric(clients.cloudwatch(region), {
        metricName: metric.metricName,
        namespace: metric.metricNamespace,
        dimensions: metric.dimensions
    }), clients.budget);
    if (!alarmsRead.ok)
        return alarmsRead;
    const alarms = await Promise.all(alarmsRead.value.map(async (alarm) => {
        const topicArns = [...new Set(alarm.alarmActions.filter(isSnsTopicArn))];
        const entries = await Promise.all(topicArns.map(async (arn) => [arn, await topics.get(arn)]));
        return { ...alarm, topics: Object.fromEntries(entries) };
    }));
    return { ok: true, value: alarms };
}
/** Reads each topic once, however many alarms name it. */
class TopicReader {
    clients;
    cache = new Map();
    constructor(clients) {
        this.clients = clients;
    }
    get(arn) {
        let topic = this.cache.get(arn);
        if (!topic) {
            topic = this.load(arn);
            this.cache.set(arn, topic);
        }
        return topic;
    }
    async load(arn) {
        const client = this.clients.sns(parseArn(arn)?.region ?? '');
        const attributes = await read('sns:GetTopicAttributes', () => getTopicAttributes(client, arn), this.clients.budget);
        if (!attributes.ok && attributes.problem.kind === 'not-found') {
            return { arn, attributes, subscriptions: { ok: true, value: [] } };
        }
        const subscriptions = await read('sns:ListSubscriptionsByTopic', () => listSubscriptionsByTopic(client, arn), this.clients.budget);
        return { arn, attributes, subscriptions };
    }
}

;// CONCATENATED MODULE: ./src/verify.ts


async function verifyAccount(control, settings, clients) {
    const [state] = await accountSource(clients, { region: settings.region, logGroupName: settings.logGroupName }).read();
    const report = (0,judge/* evaluate */._3)(state, { control, patternPolicy: settings.patternPolicy, names: settings.names });
    return { state, report };
}

// EXTERNAL MODULE: ./src/judge/alarm.ts
var judge_alarm = __webpack_require__(3490);
// EXTERNAL MODULE: ./src/judge/filter.ts
var judge_filter = __webpack_require__(1601);
// EXTERNAL MODULE: ./src/judge/topic.ts
var judge_topic = __webpack_require__(5112);
// EXTERNAL MODULE: ./src/judge/trail.ts
var judge_trail = __webpack_require__(2651);
;// CONCATENATED MODULE: ./src/enforce/topic-policy.ts
// The one statement enforce adds to a topic policy: CloudWatch may publish, for alarms of this account only.
// Every other statement is kept as it is.
const CLOUDWATCH_STATEMENT_SID = 'AllowCloudWatchAlarmsToPublish';
function cloudWatchPublishStatement(topicArn, account) {
    const partition = topicArn.split(':')[1] || 'aws';
    return {
        Sid: CLOUDWATCH_STATEMENT_SID,
        Effect: 'Allow',
        Principal: { Service: 'cloudwatch.amazonaws.com' },
        Action: 'SNS:Publish',
        Resource: topicArn,
        Condition: {
            StringEquals: { 'AWS:SourceAccount': account },
            ArnLike: { 'AWS:SourceArn': `arn:${partition}:cloudwatch:*:${account}:alarm:*` }
        }
    };
}
function statementsOf(policy) {
    const s = policy.Statement;
    return (Array.isArray(s) ? s : s ? [s] : []);
}
/** Is our statement there, exactly as it should be? */
function hasCloudWatchStatement(policyText, topicArn, account) {
    const policy = parsePolicy(policyText);
    const wanted = JSON.stringify(cloudWatchPublishStatement(topicArn, account));
    return statementsOf(policy).some((s) => s.Sid === CLOUDWATCH_STATEMENT_SID && JSON.stringify(s) === wanted);
}
/** The policy with our statement added or put back, all other statements untouched. */
function withCloudWatchStatement(policyText, topicArn, account) {
    const policy = parsePolicy(policyText);
    // Never overwrite a policy we cannot read: that would drop its statements.
    if (policyText && Object.keys(policy).length === 0)
        throw new Error(`The policy of ${topicArn} is not a JSON object; it was left as it is.`);
    const others = statementsOf(policy).filter((s) => s.Sid !== CLOUDWATCH_STATEMENT_SID);
    return JSON.stringify({
        Version: policy.Version ?? '2012-10-17',
        ...(policy.Id ? { Id: policy.Id } : {}),
        Statement: [...others, cloudWatchPublishStatement(topicArn, account)]
    });
}
function parsePolicy(text) {
    if (!text)
        return {};
    try {
        const parsed = JSON.parse(text);
        return parsed && typeof parsed === 'object' ? parsed : {};
    }
    catch {
        return {};
    }
}

// EXTERNAL MODULE: ./src/enforce/settings.ts
var enforce_settings = __webpack_require__(5025);
;// CONCATENATED MODULE: ./src/enforce/plan.ts






const allPass = (verdicts) => verdicts.every((v) => v.status === 'pass');
/** Every check of the trail link passes: multi-region, logging, the control's events recorded, into a log group. */
function qualifies(ctx, trail) {
    return allPass((0,judge_trail/* judgeTrailLink */.A)(ctx, { trail, group: trail.logGroup }));
}
/**
 * The target log group, or why there is none. Enforce never creates or changes trails or log groups. Only trails of
 * the log group asked for carry one (the account source applies `log-group-name`); `wantedGroup` only words the
 * blocker.
 */
function chooseTarget(ctx, wantedGroup) {
    const state = ctx.state;
    if (!state.trails.ok)
        return { blocker: `Could not read the trails: ${state.trails.problem.message}` };
    const trails = state.trails.value.filter((t) => qualifies(ctx, t));
    const sameAccount = trails.filter((t) => !state.identity || t.logGroup?.account === state.identity.account);
    const readable = sameAccount.find((t) => t.logGroup?.metricFilters.ok);
    if (readable?.logGroup)
        return { trail: readable, group: readable.logGroup };
    if (sameAccount[0]?.logGroup && !sameAccount[0].logGroup.metricFilters.ok) {
        return {
            blocker: `Could not read the metric filters of ${sameAccount[0].logGroup.name}: ${sameAccount[0].logGroup.metricFilters.problem.message}`
        };
    }
    if (trails.length > 0) {
        return {
            blocker: `The qualifying trail ${trails[0].name} delivers to a log group in account ${trails[0].logGroup?.account}: run enforce with credentials for that account.`
        };
    }
    const wanted = wantedGroup ? ` delivering to log group ${wantedGroup}` : '';
    return {
        blocker: `No multi-region trail${wanted} is logging management write events (${ctx.control.target.eventSource} included) into CloudWatch Logs in ${state.region}. ` +
            'Enforce does not create or change trails or log groups: fix the trail first (run verify for the exact commands), then run enforce again.'
    };
}
/**
 * Reuse a filter the filter judge passes (the pattern covers the control, preferring one that is not broad, and it
 * counts each event); otherwise write ours.
 */
function chooseMetric(ctx, target) {
    const filters = target.group.metricFilters.ok ? target.group.metricFilters.value : [];
    const covering = filters
        .flatMap((filter) => filter.transformations.map((transformation) => {
        const chain = { trail: target.trail, group: target.group, filter, transformation };
        const verdicts = (0,judge_filter/* judgeFilterLink */.I)(ctx, chain);
        const pattern = verdicts.find((v) => v.id === 'filter.pattern')?.status;
        const value = verdicts.find((v) => v.id === 'filter.metric-value')?.status;
        return { filter, transformation, pattern, ok: (pattern === 'pass' || pattern === 'warn') && value === 'pass' };
    }))
        .filter((c) => c.ok)
        .sort((a, b) => Number(a.pattern === 'warn') - Number(b.pattern === 'warn'));
    const withAlarm = covering.find((c) => c.transformation.alarms.ok && c.transformation.alarms.value.length > 0);
    const best = withAlarm ?? covering[0];
    if (best) {
        return {
            filterName: best.filter.name,
            metricName: best.transformation.metricName,
            metricNamespace: best.transformation.metricNamespace,
            transformation: best.transformation,
            reused: true
        };
    }
    const { filterName, metricName, metricNamespace } = ctx.names;
    return {
        filterName,
        metricName,
        metricNamespace,
        transformation: { metricName, metricNamespace, metricValue: '1', alarms: { ok: true, value: [] } },
        reused: false,
        write: { before: filters.find((f) => f.name === filterName) }
    };
}
/** The topic judge and the subscription judge both pass: CloudWatch can deliver, and somebody confirmed. */
function topicDelivers(ctx, topic) {
    return allPass([(0,judge_topic/* judgeTopicLink */.P2)(ctx, { topic }), (0,judge_topic/* judgeSubscriptionLink */.j$)(ctx, { topic })]);
}
/** The alarm judge passes on the metric: it fires on one event, its actions are enabled, it notifies a topic. */
function alarmWorks(ctx, target, metric, alarm) {
    const chain = { trail: target.trail, group: target.group, transformation: metric.transformation, alarm };
    return allPass((0,judge_alarm/* judgeAlarmLink */.P)(ctx, chain));
}
/** Exactly the alarm the control prescribes, on the metric, notifying the topic. */
function alarmMatchesWanted(ctx, alarm, metric, topicArn) {
    const spec = ctx.control.alarm;
    return (alarm.metricName === metric.metricName &&
        alarm.namespace === metric.metricNamespace &&
        alarm.statistic === spec.statistic &&
        alarm.period === spec.period &&
        alarm.threshold === spec.threshold &&
        alarm.comparisonOperator === spec.comparisonOperator &&
        alarm.evaluationPeriods === spec.evaluationPeriods &&
        (alarm.datapointsToAlarm ?? 1) === spec.datapointsToAlarm &&
        alarm.treatMissingData === spec.treatMissingData &&
        alarm.actionsEnabled &&
        alarm.alarmActions.includes(topicArn) &&
        Object.keys(alarm.dimensions).length === 0);
}
function alarmSummary(a) {
    return {
        metric: `${a.namespace}/${a.metricName}`,
        statistic: a.statistic,
        period: a.period,
        threshold: a.threshold,
        comparisonOperator: a.comparisonOperator,
        evaluationPeriods: a.evaluationPeriods,
        datapointsToAlarm: a.datapointsToAlarm,
        treatMissingData: a.treatMissingData,
        actionsEnabled: a.actionsEnabled,
        alarmActions: a.alarmActions
    };
}
function topicArnFor(settings, region, account, partition) {
    return settings.snsTopicArn ?? `arn:${partition}:sns:${region}:${account}:${settings.snsTopicName}`;
}
function planChanges(ctx, target, metric, facts, settings) {
    const region = target.group.region;
    const events = ctx.control.target.eventNames.join(' and ');
    const blockers = [];
    const notes = [];
    const changes = [];
    const tags = { ...settings.tags, [enforce_settings/* MANAGED_BY_TAG */.dS.key]: enforce_settings/* MANAGED_BY_TAG */.dS.value };
    // 1. Metric filter
    const filterArn = `${target.group.arn}:metric-filter:${metric.filterName}`;
    if (metric.reused) {
        changes.push({
            action: 'noop',
            type: 'metric-filter',
            name: metric.filterName,
            arn: filterArn,
            region,
            before: null,
            after: null,
            reason: `An existing filter already matches every ${events} event; it is kept.`
        });
    }
    else {
        const before = metric.write?.before;
        const after = {
            logGroupName: target.group.name,
            pattern: ctx.control.patterns.cis,
            metricName: metric.metricName,
            metricNamespace: metric.metricNamespace,
            metricValue: '1'
        };
        changes.push({
            action: before ? 'update' : 'create',
            type: 'metric-filter',
            name: metric.filterName,
            arn: filterArn,
            region,
            before: before
                ? {
                    logGroupName: before.logGroupName,
                    pattern: before.pattern,
                    transformations: before.transformations.map(({ alarms: _a, ...t }) => t)
                }
                : null,
            after,
            reason: before
                ? `The filter of this name does not match every ${events} event: its pattern is put back.`
                : `No filter on the group matches every ${events} event.`
        });
    }
    // 2. A working alarm on the metric whose topic delivers to a confirmed subscriber ends the chain as it is.
    const kept = facts.metricAlarms.find((a) => alarmWorks(ctx, target, metric, a) && Object.values(a.topics).some((t) => topicDelivers(ctx, t)));
    if (kept) {
        changes.push({
            action: 'noop',
            type: 'alarm',
            name: kept.name,
            arn: kept.arn,
            region,
            before: null,
            after: null,
            reason: 'An existing alarm on the metric fires on one event and notifies a confirmed subscriber; it is kept.'
        });
        return { blockers, changes, notes };
    }
    // 3. Topic
    const topic = facts.topic;
    const topicName = topic.arn.split(':')[5] ?? settings.snsTopicName;
    if (settings.snsTopicArn && !topic.exists) {
        blockers.push(`sns-topic-arn ${topic.arn} does not exist. Give an existing topic, or use sns-topic-name to have one created.`);
    }
    if (topic.arn.split(':')[3] !== region) {
        blockers.push(`The topic ${topic.arn} is not in ${region}, the region of the log group and alarm; CloudWatch alarms notify topics in their own region.`);
    }
    if (topic.exists && topic.attributes?.kmsMasterKeyId && !(0,judge_topic/* judgeTopicDelivery */.Vx)(topic.attributes).delivers) {
        blockers.push(`The topic ${topic.arn} is encrypted with alias/aws/sns, which CloudWatch cannot use: choose another topic, or re-encrypt it with a customer managed key.`);
    }
    if (!topic.exists) {
        changes.push({
            action: 'create',
            type: 'sns-topic',
            name: topicName,
            arn: topic.arn,
            region,
            before: null,
            after: { kmsMasterKeyId: settings.snsKmsKeyId ?? null, tags },
            reason: 'No topic of this name exists.'
        });
    }
    else {
        changes.push({
            action: 'noop',
            type: 'sns-topic',
            name: topicName,
            arn: topic.arn,
            region,
            before: null,
            after: null,
            reason: 'The topic exists; it is used as it is.'
        });
    }
    const keyId = topic.exists ? topic.attributes?.kmsMasterKeyId : settings.snsKmsKeyId;
    if (keyId && (0,judge_topic/* judgeTopicDelivery */.Vx)({ kmsMasterKeyId: keyId }).keyPolicyNote) {
        notes.push(`The topic is encrypted with ${keyId}. Its key policy must let CloudWatch use the key, with this statement:\n${(0,judge_topic/* judgeTopicDelivery */.Vx)({ kmsMasterKeyId: keyId }).keyPolicyNote}`);
    }
    if (!topic.exists || !hasCloudWatchStatement(topic.attributes?.policy, topic.arn, facts.account)) {
        changes.push({
            action: 'update',
            type: 'topic-policy',
            name: topicName,
            arn: topic.arn,
            region,
            before: topic.exists ? 'without the CloudWatch publish statement' : null,
            after: `with statement AllowCloudWatchAlarmsToPublish (cloudwatch.amazonaws.com may SNS:Publish for alarms of account ${facts.account})`,
            reason: 'CloudWatch must be allowed to publish to the topic; every other statement is kept.'
        });
    }
    else {
        changes.push({
            action: 'noop',
            type: 'topic-policy',
            name: topicName,
            arn: topic.arn,
            region,
            before: null,
            after: null,
            reason: 'The policy already lets CloudWatch publish.'
        });
    }
    // 4. Subscriptions: only the missing ones; a pending one is not subscribed again.
    // A pending subscription matters only while nobody else receives the alarm: then the control waits for it.
    const someoneReceives = topic.subscriptions.some((s) => s.confirmed) || settings.subscriptions.some((w) => !needsConfirmation(w));
    for (const wanted of settings.subscriptions) {
        const existing = topic.subscriptions.find((s) => s.protocol === wanted.protocol && s.endpoint === wanted.endpoint);
        const name = `${wanted.protocol}:${wanted.endpoint}`;
        if (existing) {
            changes.push({
                action: 'noop',
                type: 'subscription',
                name,
                arn: existing.arn,
                region,
                before: null,
                after: null,
                reason: existing.confirmed
                    ? 'Already subscribed and confirmed.'
                    : 'Already subscribed; waiting for confirmation.'
            });
            if (!existing.confirmed && !someoneReceives)
                notes.push(pendingNote(wanted));
        }
        else {
            changes.push({
                action: 'create',
                type: 'subscription',
                name,
                arn: '',
                region,
                before: null,
                after: wanted,
                reason: 'Not subscribed yet.'
            });
            if (needsConfirmation(wanted) && !someoneReceives)
                notes.push(pendingNote(wanted));
        }
    }
    const confirmed = topic.subscriptions.some((s) => s.confirmed);
    if (settings.subscriptions.length === 0 && !confirmed) {
        notes.push('The topic has no confirmed subscription and the input subscriptions is empty: nobody will receive the alarm, and the control stays unmet. Add e.g. "email:secops@example.com" to subscriptions.');
    }
    // 5. Alarm: ours by name; never one that somebody else made.
    const named = facts.namedAlarm;
    const alarmArn = named?.alarm.arn ?? `arn:${facts.partition}:cloudwatch:${region}:${facts.account}:alarm:${settings.alarmName}`;
    const { description: _description, ...spec } = ctx.control.alarm;
    const after = {
        metric: `${metric.metricNamespace}/${metric.metricName}`,
        ...spec,
        actionsEnabled: true,
        alarmActions: [topic.arn]
    };
    if (!named) {
        changes.push({
            action: 'create',
            type: 'alarm',
            name: settings.alarmName,
            arn: alarmArn,
            region,
            before: null,
            after,
            reason: 'No alarm on the metric fires on one event and notifies a confirmed subscriber.'
        });
    }
    else if (named.tags[enforce_settings/* MANAGED_BY_TAG */.dS.key] !== enforce_settings/* MANAGED_BY_TAG */.dS.value) {
        blockers.push(`An alarm named ${settings.alarmName} exists and was not created by cmk-alarm-action (no ${enforce_settings/* MANAGED_BY_TAG */.dS.key}=${enforce_settings/* MANAGED_BY_TAG */.dS.value} tag); it is left alone. Set alarm-name to another name.`);
    }
    else if (alarmMatchesWanted(ctx, named.alarm, metric, topic.arn)) {
        changes.push({
            action: 'noop',
            type: 'alarm',
            name: settings.alarmName,
            arn: alarmArn,
            region,
            before: null,
            after: null,
            reason: 'The alarm is as it should be.'
        });
    }
    else {
        changes.push({
            action: 'update',
            type: 'alarm',
            name: settings.alarmName,
            arn: alarmArn,
            region,
            before: alarmSummary(named.alarm),
            after,
            reason: 'The alarm this action manages has drifted: it is put back.'
        });
    }
    return { blockers, changes, notes };
}
function needsConfirmation(s) {
    return s.protocol !== 'sqs' && s.protocol !== 'lambda' && s.protocol !== 'application';
}
function pendingNote(s) {
    return `The ${s.protocol} subscription stays pending until its owner confirms it from the message SNS sends; the control is not met until then (verify keeps reporting it).`;
}

;// CONCATENATED MODULE: ./src/enforce/index.ts












async function runEnforce(control, settings, clients) {
    const enforce = settings.enforce;
    const { state, report: before } = await verifyAccount(control, settings, clients);
    const ctx = (0,judge/* createContext */.q6)(state, { control, patternPolicy: settings.patternPolicy, names: settings.names });
    const blocked = (blocker) => ({
        plan: { blockers: [blocker], changes: [], notes: [] },
        changes: [],
        applied: false,
        report: before
    });
    const target = chooseTarget(ctx, settings.logGroupName);
    if ('blocker' in target)
        return blocked(target.blocker);
    if (!state.identity)
        return blocked('Could not learn the account (sts:GetCallerIdentity was refused); enforce needs it to name the topic and scope its policy.');
    const metric = chooseMetric(ctx, target);
    const facts = await readFacts(clients, state, target, metric, enforce);
    if ('blocker' in facts)
        return blocked(facts.blocker);
    const plan = planChanges(ctx, target, metric, facts, enforce);
    if (plan.blockers.length > 0 || enforce.dryRun)
        return { plan, changes: plan.changes, applied: false, report: before };
    const { changes, error } = await apply(ctx, clients, plan, target, metric, facts, enforce);
    const { report: after } = await verifyAccount(control, settings, clients);
    return { plan, changes, applied: true, error, report: after };
}
async function readFacts(clients, state, target, metric, enforce) {
    const region = target.group.region;
    const account = state.identity.account;
    const partition = parseArn(target.group.arn)?.partition ?? 'aws';
    const need = (r) => {
        if (!r.ok)
            throw new Error(r.problem.message);
        return r.value;
    };
    try {
        // A reused filter's alarms were read with the account; ours is new, so its metric's alarms are read now.
        const metricAlarms = need(metric.reused ? metric.transformation.alarms : await readAlarmsForMetric(clients, region, metric));
        const cloudwatch = clients.cloudwatch(region);
        const named = need(await read('cloudwatch:DescribeAlarms', () => describeAlarmByName(cloudwatch, enforce.alarmName), clients.budget));
        const namedTags = named
            ? need(await read('cloudwatch:ListTagsForResource', () => listAlarmTags(cloudwatch, named.arn), clients.budget))
            : {};
        const topicArn = topicArnFor(enforce, region, account, partition);
        const sns = clients.sns(parseArn(topicArn)?.region ?? region);
        const attributes = await read('sns:GetTopicAttributes', () => getTopicAttributes(sns, topicArn), clients.budget);
        const exists = attributes.ok;
        if (!attributes.ok && attributes.problem.kind !== 'not-found')
            throw new Error(attributes.problem.message);
        const subscriptions = exists
            ? need(await read('sns:ListSubscriptionsByTopic', () => listSubscriptionsByTopic(sns, topicArn), clients.budget))
            : [];
        const tags = exists
            ? need(await read('sns:ListTagsForResource', () => listTopicTags(sns, topicArn), clients.budget))
            : {};
        return {
            account,
            partition,
            metricAlarms,
            namedAlarm: named ? { alarm: { ...named, topics: {} }, tags: namedTags } : undefined,
            topic: { arn: topicArn, exists, attributes: attributes.ok ? attributes.value : undefined, subscriptions, tags }
        };
    }
    catch (error) {
        return {
            blocker: `Could not read what enforce needs, so nothing was changed: ${error instanceof Error ? error.message : String(error)}`
        };
    }
}
/** Applies the plan in dependency order; stops at the first failed write (a rerun picks up from the account's state). */
async function apply(ctx, clients, plan, target, metric, facts, enforce) {
    const region = target.group.region;
    const tags = { ...enforce.tags, [enforce_settings/* MANAGED_BY_TAG */.dS.key]: enforce_settings/* MANAGED_BY_TAG */.dS.value };
    const done = [];
    let topicArn = facts.topic.arn;
    for (const change of plan.changes) {
        if (change.action === 'noop') {
            done.push(change);
            continue;
        }
        const action = `${change.type} ${change.name}`;
        try {
            switch (change.type) {
                case 'metric-filter':
                    await putMetricFilter(clients.logs(region), {
                        logGroupName: target.group.name,
                        filterName: metric.filterName,
                        pattern: ctx.control.patterns.cis,
                        metricName: metric.metricName,
                        metricNamespace: metric.metricNamespace,
                        metricValue: '1'
                    });
                    break;
                case 'sns-topic':
                    topicArn = await createTopic(clients.sns(region), {
                        name: change.name,
                        kmsMasterKeyId: enforce.snsKmsKeyId,
                        tags
                    });
                    break;
                case 'topic-policy': {
                    // Read the policy again right before writing, so a concurrent change to another statement is kept.
                    const sns = clients.sns(region);
                    const current = await getTopicAttributes(sns, topicArn);
                    await setTopicPolicy(sns, topicArn, withCloudWatchStatement(current.policy, topicArn, facts.account));
                    break;
                }
                case 'subscription': {
                    const wanted = change.after;
                    const arn = await subscribe(clients.sns(region), topicArn, wanted.protocol, wanted.endpoint);
                    done.push({ ...change, arn: arn.startsWith('arn:') ? arn : '' });
                    continue;
                }
                case 'alarm':
                    await putMetricAlarm(clients.cloudwatch(region), {
                        name: change.name,
                        metricName: metric.metricName,
                        namespace: metric.metricNamespace,
                        topicArn,
                        tags,
                        spec: ctx.control.alarm
                    });
                    break;
            }
            done.push(change.type === 'sns-topic' ? { ...change, arn: topicArn } : change);
        }
        catch (error) {
            const problem = (0,errors/* classifyError */.fe)(error, `${iamActionOf(change)}`);
            return {
                changes: done,
                error: `Stopped at ${action}: ${problem.message}. Nothing was deleted; run enforce again once fixed.`
            };
        }
    }
    return { changes: done };
}
function iamActionOf(change) {
    switch (change.type) {
        case 'metric-filter':
            return 'logs:PutMetricFilter';
        case 'sns-topic':
            return 'sns:CreateTopic';
        case 'topic-policy':
            return 'sns:SetTopicAttributes';
        case 'subscription':
            return 'sns:Subscribe';
        case 'alarm':
            return 'cloudwatch:PutMetricAlarm';
    }
}

// EXTERNAL MODULE: ./src/model/report.ts
var model_report = __webpack_require__(5235);
;// CONCATENATED MODULE: ./src/run.ts





async function run(request, deps) {
    const { mode, settings } = request;
    const control = request.control ?? controls/* DEFAULT_CONTROL */.as;
    const budget = new aws_budget/* TimeBudget */.z(settings.timeoutSeconds);
    const auth = await deps.authenticate(settings, budget);
    const enforce = mode === 'enforce' ? await runEnforce(control, settings, auth.clients) : undefined;
    const report = enforce?.report ?? (await verifyAccount(control, settings, auth.clients)).report;
    const runReport = { status: (0,model_report/* worstStatus */.A)([report.status]), reports: [report] };
    return {
        mode,
        control,
        auth,
        run: runReport,
        report,
        enforce,
        exit: decideExit(control, runReport.status, settings.failOn, enforce, settings.enforce.dryRun)
    };
}
/** The step or command fails when the status reaches the `fail-on` level. */
function shouldFail(status, failOn) {
    if (failOn === 'never')
        return false;
    return status === 'fail' || (failOn === 'manual' && status === 'manual');
}
function decideExit(control, status, failOn, enforce, dryRun = false) {
    if (enforce) {
        if (enforce.plan.blockers.length > 0) {
            return { fail: true, code: 1, message: `Enforce changed nothing: ${enforce.plan.blockers.join(' ')}` };
        }
        if (enforce.error)
            return { fail: true, code: 1, message: `Enforce ${enforce.error}` };
        if (dryRun)
            return { fail: false, code: 0 }; // a plan only: the status is the account as it is now
    }
    if (!shouldFail(status, failOn))
        return { fail: false, code: 0 };
    return status === 'fail'
        ? { fail: true, code: 1, message: `The account does not meet ${control.name}: see the job summary for the fix.` }
        : {
            fail: true,
            code: 3,
            message: 'The check could not be decided (status manual): see the job summary for what to grant.'
        };
}


/***/ }),

/***/ 9502:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  P$: () => (/* binding */ parseSettings)
});

// UNUSED EXPORTS: DEFAULT_SARIF_CATEGORY, DEFAULT_TIMEOUT_SECONDS, InputError, MODES, parseBoolean, parseMode, partitionOfRegion, quoteValue

;// CONCATENATED MODULE: ./src/auth/session-name.ts
// STS role session names: 2-64 characters of [\w+=,.@-]. The default names the repository and the run, so CloudTrail
// shows which workflow run made each call (e.g. `cmk-alarm-octo-org-infra-1234567890`).
const SESSION_NAME = /^[\w+=,.@-]{2,64}$/;
const MAX = 64;
const PREFIX = 'cmk-alarm';
/** Replaces every character STS does not accept with '-', and collapses runs of '-'. */
function sanitizeSessionPart(text) {
    return text
        .replace(/[^\w+=,.@-]/g, '-')
        .replace(/-{2,}/g, '-')
        .replace(/^-+|-+$/g, '');
}
/**
 * `cmk-alarm-<owner>-<repo>-<run id>` from GITHUB_REPOSITORY and GITHUB_RUN_ID, sanitized to STS rules. A long
 * repository name is shortened so that the run id always survives; without either variable, what is there.
 */
function defaultSessionName(env = process.env) {
    const repo = sanitizeSessionPart(env.GITHUB_REPOSITORY ?? '');
    const run = sanitizeSessionPart(env.GITHUB_RUN_ID ?? '').slice(0, MAX - PREFIX.length - 2);
    const tail = run ? `-${run}` : '';
    const room = MAX - PREFIX.length - tail.length - 1; // 1 for the '-' before the repository
    const middle = repo && room > 0 ? `-${repo.slice(0, room).replace(/-+$/, '')}` : '';
    return `${PREFIX}${middle}${tail}`;
}

// EXTERNAL MODULE: ./src/controls/index.ts + 1 modules
var controls = __webpack_require__(7731);
// EXTERNAL MODULE: ./src/enforce/settings.ts
var settings = __webpack_require__(5025);
// EXTERNAL MODULE: ./src/input-rules.ts
var input_rules = __webpack_require__(9133);
;// CONCATENATED MODULE: ./src/settings.ts
// Every input, parsed and validated into one typed object before any AWS call. An error names the input, the rule
// it breaks and an example of a good value. The action reads inputs from action.yml's names; the CLI maps its flags
// to the same names, so both get the same rules and the same messages.





const MODES = (/* unused pure expression or super */ null && (['verify', 'enforce', 'iac']));
/** The action's `mode` input. */
function parseMode(raw) {
    return oneOf('mode', raw, MODES, 'verify');
}
/** `paths`: one file, folder or glob a line, inside the workspace. */
function parsePaths(raw) {
    const lines = raw
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l !== '' && !l.startsWith('#'));
    for (const line of lines) {
        if (/[\x00-\x1f\x7f]/.test(line) ||
            line.startsWith('/') ||
            /^[A-Za-z]:[\\/]/.test(line) ||
            line.split(/[\\/]/).includes('..')) {
            throw new input_rules/* InputError */.dz('paths', `must be files, folders or globs inside the workspace, one a line, without ".." or an absolute path (got ${(0,input_rules/* quoteValue */.cl)(line)})`, 'infra/');
        }
    }
    return lines.length > 0 ? lines : ['.'];
}
const DEFAULT_SARIF_CATEGORY = 'cmk-alarm/{account}/{region}';
// GitHub takes any text as a category; control characters and more than 255 characters have no business in one.
const SARIF_CATEGORY = /^[\x20-\x7e]{1,255}$/;
const DEFAULT_TIMEOUT_SECONDS = 300;
const REGION = /^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d{1,2}$/;
// CloudWatch Logs: 1-512 characters of a-z, A-Z, 0-9, '_', '-', '/', '.', '#'.
const LOG_GROUP_NAME = /^[\w\-/.#]{1,512}$/;
// CloudWatch: a namespace is 1-255 characters, printable ASCII, not starting with a colon or "AWS/"; a metric filter's
// metricNamespace (where enforce puts it) also excludes ":", "*" and "$".
const NAMESPACE = /^[\x20-\x7e]{1,255}$/;
// IAM: arn:<partition>:iam::<12 digits>:role/<optional /path/><name of 1-64 of [\w+=,.@-]>.
const ROLE_ARN = /^arn:(aws[-a-z]*):iam::(\d{12}):role\/(?:[\x21-\x7e]*\/)?[\w+=,.@-]{1,64}$/;
const ROLE_EXAMPLE = 'arn:aws:iam::123456789012:role/cmk-alarm-verify';
// An OIDC audience (the IAM OIDC provider's client id): 1-255 printable ASCII characters, no spaces.
const AUDIENCE = /^[\x21-\x7e]{1,255}$/;
/** The AWS partition a region belongs to. */
function partitionOfRegion(region) {
    if (region.startsWith('cn-'))
        return 'aws-cn';
    if (region.startsWith('us-gov-'))
        return 'aws-us-gov';
    if (region.startsWith('us-isob-'))
        return 'aws-iso-b';
    if (region.startsWith('us-iso-'))
        return 'aws-iso';
    return 'aws';
}
function parseRoleArn(raw, region) {
    const value = raw.trim();
    if (value === '')
        return undefined;
    const match = ROLE_ARN.exec(value);
    if (!match) {
        const hint = !value.startsWith('arn:')
            ? ' (a full role ARN, not only the role name)'
            : /:(assumed-role|user|group|policy|oidc-provider)\//.test(value)
                ? ' (the ARN of an IAM role, not of a user, policy, provider or assumed-role session)'
                : '';
        throw new input_rules/* InputError */.dz('role-to-assume', `must be an IAM role ARN, arn:aws:iam::<12-digit account>:role/<name>${hint} (got ${JSON.stringify(raw)})`, ROLE_EXAMPLE);
    }
    const partition = partitionOfRegion(region);
    if (match[1] !== partition) {
        throw new input_rules/* InputError */.dz('role-to-assume', `is in partition ${match[1]} but aws-region ${region} is in partition ${partition}: the role must be in the region's partition`, `arn:${partition}:iam::123456789012:role/cmk-alarm-verify`);
    }
    return value;
}
function parseDuration(raw) {
    const value = raw.trim();
    if (value === '')
        return 3600;
    const seconds = /^\d{1,6}$/.test(value) ? Number(value) : NaN;
    if (!(seconds >= 900 && seconds <= 43200)) {
        throw new input_rules/* InputError */.dz('role-duration-seconds', `must be a whole number of seconds from 900 to 43200 (got ${JSON.stringify(raw)})`, '3600');
    }
    return seconds;
}
function parseSettings(get, env = process.env, options = {}) {
    const region = get('aws-region') || env.AWS_REGION || env.AWS_DEFAULT_REGION || '';
    if (!region && options.mode !== 'iac') {
        const why = get('role-to-assume') ? ': the role is assumed through the regional STS endpoint of this region' : '';
        throw new input_rules/* InputError */.dz('aws-region', `is required (or set AWS_REGION)${why}`, 'us-east-1');
    }
    if (region && !REGION.test(region)) {
        throw new input_rules/* InputError */.dz('aws-region', `must be an AWS region code (got ${JSON.stringify(region)})`, 'eu-west-1');
    }
    const logGroupName = get('log-group-name') || undefined;
    if (logGroupName !== undefined && !LOG_GROUP_NAME.test(logGroupName)) {
        throw new input_rules/* InputError */.dz('log-group-name', `must be 1-512 characters of letters, digits, and _ - / . # (a log group name, not an ARN) (got ${(0,input_rules/* quoteValue */.cl)(logGroupName)})`, 'aws-cloudtrail-logs-123456789012');
    }
    const metricNamespace = get('metric-namespace') || controls/* DEFAULT_CONTROL */.as.defaults.metricNamespace;
    if (!NAMESPACE.test(metricNamespace) || metricNamespace.startsWith(':') || metricNamespace.startsWith('AWS/')) {
        throw new input_rules/* InputError */.dz('metric-namespace', `must be 1-255 printable ASCII characters, not starting with ":" or "AWS/" (got ${(0,input_rules/* quoteValue */.cl)(metricNamespace)})`, 'CISBenchmark');
    }
    if (/[:*$]/.test(metricNamespace)) {
        throw new input_rules/* InputError */.dz('metric-namespace', `must be without ":", "*" or "$" (a metric filter's namespace) (got ${(0,input_rules/* quoteValue */.cl)(metricNamespace)})`, 'CISBenchmark');
    }
    const failOn = (0,input_rules/* oneOf */.yL)('fail-on', get('fail-on'), ['fail', 'manual', 'never'], 'fail');
    const sarifFile = get('sarif-file') || undefined;
    if (sarifFile !== undefined && (sarifFile.includes('\0') || sarifFile.endsWith('/'))) {
        throw new input_rules/* InputError */.dz('sarif-file', `must be a file path, not a directory (got ${(0,input_rules/* quoteValue */.cl)(sarifFile)})`, 'results/cmk-alarm.sarif');
    }
    const patternPolicy = (0,input_rules/* oneOf */.yL)('pattern-policy', get('pattern-policy'), ['semantic', 'security-hub'], 'semantic');
    const roleToAssume = parseRoleArn(get('role-to-assume'), region);
    const roleSessionName = get('role-session-name').trim() || defaultSessionName(env);
    if (!SESSION_NAME.test(roleSessionName)) {
        throw new input_rules/* InputError */.dz('role-session-name', `must be 2-64 characters of letters, digits and _ + = , . @ - (got ${JSON.stringify(roleSessionName)})`, 'cmk-alarm-verify');
    }
    const roleDurationSeconds = parseDuration(get('role-duration-seconds'));
    const audience = get('audience').trim() || 'sts.amazonaws.com';
    if (!AUDIENCE.test(audience)) {
        throw new input_rules/* InputError */.dz('audience', `must be 1-255 printable ASCII characters without spaces (got ${(0,input_rules/* quoteValue */.cl)(audience)})`, 'sts.amazonaws.com');
    }
    const roleChaining = (0,input_rules/* parseBoolean */.yG)('role-chaining', get('role-chaining'), false);
    const maskAccountId = (0,input_rules/* parseBoolean */.yG)('mask-account-id', get('mask-account-id'), false);
    const timeoutSeconds = (0,input_rules/* parseSeconds */.fL)('timeout-seconds', get('timeout-seconds'), 10, 3600, DEFAULT_TIMEOUT_SECONDS);
    const sarifCategory = get('sarif-category').trim() || DEFAULT_SARIF_CATEGORY;
    if (!SARIF_CATEGORY.test(sarifCategory)) {
        throw new input_rules/* InputError */.dz('sarif-category', `must be 1-255 printable ASCII characters (got ${(0,input_rules/* quoteValue */.cl)(sarifCategory)})`, DEFAULT_SARIF_CATEGORY);
    }
    const enforce = (0,settings/* parseEnforceSettings */.LC)(get);
    const names = {
        filterName: enforce.metricFilterName,
        metricName: enforce.metricName,
        metricNamespace,
        alarmName: enforce.alarmName,
        topicName: enforce.snsTopicName
    };
    const iac = {
        paths: parsePaths(get('paths')),
        prComment: (0,input_rules/* parseBoolean */.yG)('pr-comment', get('pr-comment'), true),
        githubToken: get('github-token') || undefined
    };
    return {
        region,
        logGroupName,
        metricNamespace,
        failOn,
        sarifFile,
        patternPolicy,
        roleToAssume,
        roleSessionName,
        roleDurationSeconds,
        audience,
        roleChaining,
        maskAccountId,
        timeoutSeconds,
        sarifCategory,
        names,
        enforce,
        iac
    };
}


/***/ })

};
