export const id = 908;
export const ids = [908];
export const modules = {

/***/ 8199:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ requireFields)
/* harmony export */ });
/* unused harmony export MalformedAnswerError */
// Answers that are not answers. A 200 answer that lacks what every correct answer of its operation carries (an empty
// body, `{}`, an error document or an HTML page that the SDK deserialized into an empty output) must never read as
// "nothing configured": each adapter names the fields its operation always returns, and a missing one is an error that
// read() classifies (and retries: a proxy's hiccup may pass), so the judges say `manual` naming the call.
/** A 200 answer without the fields a correct answer of the operation has. */
class MalformedAnswerError extends Error {
    action;
    missing;
    constructor(action, missing) {
        super(`${action} answered without ${missing}, which every correct answer carries (an empty body, {}, an error document or HTML is not an answer)`);
        this.action = action;
        this.missing = missing;
        this.name = 'MalformedAnswer';
    }
}
/**
 * Checks that `output` has every field in `paths` (dot-separated, e.g. `Attributes.TopicArn`) and returns it. An
 * `undefined` or `null` field is missing; an empty list or string is an answer.
 */
function requireFields(action, output, ...paths) {
    for (const path of paths) {
        let value = output;
        for (const key of path.split('.')) {
            value = value && typeof value === 'object' ? value[key] : undefined;
        }
        if (value === undefined || value === null)
            throw new MalformedAnswerError(action, path);
    }
    return output;
}


/***/ }),

/***/ 1626:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FB: () => (/* binding */ isSnsTopicArn),
/* harmony export */   Lw: () => (/* binding */ parseArn),
/* harmony export */   MJ: () => (/* binding */ parseLogGroupArn)
/* harmony export */ });
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


/***/ }),

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
    /** `label` names the budget when it is not the step's own (e.g. one target's share of it). */
    constructor(seconds, label) {
        super(`time budget exceeded (${label ?? `timeout-seconds: ${seconds}`})`);
        this.seconds = seconds;
        this.name = 'TimeBudgetExceeded';
    }
}
class TimeBudget {
    seconds;
    label;
    deadline;
    controller = new AbortController();
    /** `seconds` from `now`; Infinity for no deadline. `label` names it in its error (default: timeout-seconds). */
    constructor(seconds, now = Date.now(), label) {
        this.seconds = seconds;
        this.label = label;
        this.deadline = now + seconds * 1000;
        if (Number.isFinite(this.deadline)) {
            const timer = setTimeout(() => this.controller.abort(new TimeBudgetExceeded(seconds, label)), Math.max(0, this.deadline - Date.now()));
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
        return this.controller.signal.aborted || now >= this.deadline
            ? new TimeBudgetExceeded(this.seconds, this.label)
            : undefined;
    }
    /** `promise`, or TimeBudgetExceeded when the budget runs out first (for calls that take no abort signal). */
    race(promise) {
        const exceeded = this.exceeded();
        if (exceeded)
            return Promise.reject(exceeded);
        return new Promise((resolve, reject) => {
            const onAbort = () => reject(new TimeBudgetExceeded(this.seconds, this.label));
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

/***/ 3817:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DJ: () => (/* binding */ describeAlarmsForMetric),
/* harmony export */   JN: () => (/* binding */ describeAlarmByName),
/* harmony export */   L: () => (/* binding */ putMetricAlarm),
/* harmony export */   LN: () => (/* binding */ setAlarmState),
/* harmony export */   Ps: () => (/* binding */ listAlarmTags),
/* harmony export */   Vw: () => (/* binding */ describeAlarmActionHistory),
/* harmony export */   zR: () => (/* binding */ describeAlarmStateForMetric)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_cloudwatch__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4085);
/* harmony import */ var _answer_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8199);
// CloudWatch reads: the alarms that watch one metric (no scan of every alarm in the account); the alarm enforce manages;
// and the fire drill's one write, an alarm's state.


async function describeAlarmsForMetric(client, metric) {
    const dimensions = Object.entries(metric.dimensions ?? {}).map(([Name, Value]) => ({ Name, Value }));
    const out = (0,_answer_js__WEBPACK_IMPORTED_MODULE_0__/* .requireFields */ .z)('cloudwatch:DescribeAlarmsForMetric', await client.send(new _aws_sdk_client_cloudwatch__WEBPACK_IMPORTED_MODULE_1__/* .DescribeAlarmsForMetricCommand */ .aXt({
        MetricName: metric.metricName,
        Namespace: metric.namespace,
        Dimensions: dimensions.length > 0 ? dimensions : undefined
    })), 'MetricAlarms');
    return (out.MetricAlarms ?? []).map(toAlarmDescription);
}
/**
 * The current state of one alarm, read where verify reads it (DescribeAlarmsForMetric on its metric, so the drill needs
 * no listing of alarms); undefined when the alarm is no longer there.
 */
async function describeAlarmStateForMetric(client, metric, alarmArn) {
    const out = (0,_answer_js__WEBPACK_IMPORTED_MODULE_0__/* .requireFields */ .z)('cloudwatch:DescribeAlarmsForMetric', await client.send(new _aws_sdk_client_cloudwatch__WEBPACK_IMPORTED_MODULE_1__/* .DescribeAlarmsForMetricCommand */ .aXt({ MetricName: metric.metricName, Namespace: metric.namespace })), 'MetricAlarms');
    const alarm = (out.MetricAlarms ?? []).find((a) => a.AlarmArn === alarmArn);
    if (!alarm)
        return undefined;
    return {
        value: alarm.StateValue ?? '',
        reason: alarm.StateReason ?? '',
        updatedAt: alarm.StateUpdatedTimestamp?.toISOString(),
        actionsEnabled: alarm.ActionsEnabled !== false
    };
}
/**
 * Sets the alarm's state (SetAlarmState): CloudWatch runs the actions of the new state when it differs from the old one,
 * and the alarm returns to its real state at its next evaluation. The fire drill's only write; no configuration changes.
 */
async function setAlarmState(client, alarmName, state, reason) {
    await client.send(new _aws_sdk_client_cloudwatch__WEBPACK_IMPORTED_MODULE_1__/* .SetAlarmStateCommand */ .C3l({ AlarmName: alarmName, StateValue: state, StateReason: reason }));
}
/** DescribeAlarms for one name: the alarm enforce manages, wherever its metric points now. */
async function describeAlarmByName(client, name) {
    const out = await client.send(new _aws_sdk_client_cloudwatch__WEBPACK_IMPORTED_MODULE_1__/* .DescribeAlarmsCommand */ .zWD({ AlarmNames: [name], AlarmTypes: ['MetricAlarm'] }));
    const alarm = (out.MetricAlarms ?? []).find((a) => a.AlarmName === name);
    return alarm ? toAlarmDescription(alarm) : undefined;
}
async function listAlarmTags(client, arn) {
    const out = await client.send(new _aws_sdk_client_cloudwatch__WEBPACK_IMPORTED_MODULE_1__/* .ListTagsForResourceCommand */ .a_e({ ResourceARN: arn }));
    return Object.fromEntries((out.Tags ?? []).map((t) => [t.Key ?? '', t.Value ?? '']));
}
/** Creates or replaces the alarm (by name): the control's alarm spec on the metric, actions on, the topic notified. */
async function putMetricAlarm(client, alarm) {
    const spec = alarm.spec;
    await client.send(new _aws_sdk_client_cloudwatch__WEBPACK_IMPORTED_MODULE_1__/* .PutMetricAlarmCommand */ .AZU({
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
        unit: a.Unit,
        dimensions: Object.fromEntries((a.Dimensions ?? []).map((d) => [d.Name ?? '', d.Value ?? ''])),
        alarmActions: a.AlarmActions ?? [],
        usesMetricMath: (a.Metrics ?? []).length > 0
    };
}
/**
 * The alarm's latest actions (`DescribeAlarmHistory`, type Action, newest first): per notified resource, whether
 * CloudWatch delivered the notification or recorded a failure, with its own words ("Failed to execute action
 * arn:aws:sns:...: Received error: ..."). One page of the newest items is enough: only the latest per topic counts.
 */
async function describeAlarmActionHistory(client, alarmName) {
    const out = (0,_answer_js__WEBPACK_IMPORTED_MODULE_0__/* .requireFields */ .z)('cloudwatch:DescribeAlarmHistory', await client.send(new _aws_sdk_client_cloudwatch__WEBPACK_IMPORTED_MODULE_1__/* .DescribeAlarmHistoryCommand */ .icQ({
        AlarmName: alarmName,
        HistoryItemType: 'Action',
        ScanBy: 'TimestampDescending',
        MaxRecords: 20
    })), 'AlarmHistoryItems');
    const latest = new Map();
    for (const item of out.AlarmHistoryItems ?? []) {
        const record = toActionRecord(item.HistorySummary ?? '', item.HistoryData, item.Timestamp);
        const key = record.resource ?? '';
        if (!latest.has(key))
            latest.set(key, record);
    }
    return { latest: [...latest.values()] };
}
function toActionRecord(summary, data, timestamp) {
    let parsed = {};
    try {
        const value = data ? JSON.parse(data) : {};
        if (value && typeof value === 'object')
            parsed = value;
    }
    catch {
        // The summary alone still says what happened.
    }
    const fromSummary = /^(?:Successfully executed|Failed to execute) action (arn:\S+?)\.?(?:\s|$)/.exec(summary)?.[1];
    const state = typeof parsed.actionState === 'string' ? parsed.actionState.toLowerCase() : '';
    const outcome = state === 'failed' || /^Failed to execute/i.test(summary)
        ? 'failed'
        : state === 'succeeded' || /^Successfully executed/i.test(summary)
            ? 'succeeded'
            : 'unknown';
    const received = /Received error:\s*(.+)$/s.exec(summary)?.[1];
    const error = typeof parsed.error === 'string' ? parsed.error : received;
    return {
        timestamp: timestamp?.toISOString() ?? '',
        resource: typeof parsed.notificationResource === 'string' ? parsed.notificationResource : fromSummary,
        outcome,
        summary: summary.replace(/\s+/g, ' ').trim().slice(0, 500),
        error: error ? error.replace(/\s+/g, ' ').trim().slice(0, 500) : undefined
    };
}


/***/ }),

/***/ 9378:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bV: () => (/* binding */ isTransientError),
/* harmony export */   fe: () => (/* binding */ classifyError)
/* harmony export */ });
/* unused harmony exports errorCode, isMalformedResponse */
/* harmony import */ var _answer_size_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7609);
/* harmony import */ var _budget_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4988);


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
        e.name === 'MalformedAnswer' ||
        /Deserialization error|XML parse error|Unexpected end of|is not valid JSON|not well-formed|unclosed tag/i.test(e.message ?? ''));
}
/**
 * An error that another attempt may not have: throttling, a 5xx answer, a network error (reset, refused, timeout, a
 * response cut mid-body) or a malformed response. Refusals (403), not-found and validation errors are not.
 */
function isTransientError(error) {
    // An answer too large to read would be as large again: not worth another attempt (nor the memory).
    if (error instanceof _budget_js__WEBPACK_IMPORTED_MODULE_1__/* .TimeBudgetExceeded */ .s || (0,_answer_size_js__WEBPACK_IMPORTED_MODULE_0__/* .isAnswerTooLarge */ .kE)(error))
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
    if (error instanceof _budget_js__WEBPACK_IMPORTED_MODULE_1__/* .TimeBudgetExceeded */ .s) {
        return { kind: 'error', action, message: `${action} was not completed: ${error.message}` };
    }
    if ((0,_answer_size_js__WEBPACK_IMPORTED_MODULE_0__/* .isAnswerTooLarge */ .kE)(error)) {
        // Checked before the malformed-answer case: the SDK adds "Deserialization error" to the message of any error
        // raised while it reads a body. Nothing of the body is quoted.
        return { kind: 'error', action, message: `${action} failed: ${error.message.split('\n')[0]}` };
    }
    const code = errorCode(error);
    const status = e.$metadata?.httpStatusCode;
    const tries = attempts ?? e.$metadata?.attempts ?? 1;
    const after = tries > 1 ? ` after ${tries} attempts` : '';
    if (e.name === 'MalformedAnswer') {
        return { kind: 'error', action, message: `${e.message ?? action}; tried ${tries} time${tries > 1 ? 's' : ''}` };
    }
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

/***/ 5834:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $r: () => (/* binding */ GetKeyPolicyCommand),
/* harmony export */   XJ: () => (/* binding */ KmsClient),
/* harmony export */   sp: () => (/* binding */ DescribeKeyCommand)
/* harmony export */ });
/* unused harmony exports KmsCommand, kmsEndpoint */
/* harmony import */ var _smithy_core_checksum__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9542);
/* harmony import */ var _smithy_core_protocols__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3422);
/* harmony import */ var _smithy_signature_v4__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5118);
// A KMS client for the two reads the check needs (DescribeKey, GetKeyPolicy), on the SDK's own SigV4 signer and
// SHA-256, over fetch. Why not @aws-sdk/client-kms: it carries every KMS operation's schema and error (115 kB of the
// bundle), which would take the action past its 3 MB; these two calls are one signed JSON 1.1 POST each
// (AWS KMS API reference, "Common parameters" / "Making a request": X-Amz-Target TrentService.<Operation>).
// Same contract as an SDK client for the rest of the code: `send(command)` resolves to the answer's JSON, or rejects
// with an error shaped like the SDK's (name = the AWS error code, $metadata.httpStatusCode), which the retry toolkit
// and classifyError read; every call stops at the run's time budget.



/** One KMS operation and its input; `Output` types what the answer's JSON holds. */
class KmsCommand {
    operation;
    input;
    constructor(operation, input) {
        this.operation = operation;
        this.input = input;
    }
}
class DescribeKeyCommand extends KmsCommand {
    constructor(input) {
        super('DescribeKey', input);
    }
}
class GetKeyPolicyCommand extends KmsCommand {
    constructor(input) {
        super('GetKeyPolicy', input);
    }
}
/** The KMS endpoint of `region`: AWS_ENDPOINT_URL_KMS or AWS_ENDPOINT_URL when set (as the SDK honours them). */
function kmsEndpoint(region, env = process.env, endpoint) {
    const configured = endpoint || env.AWS_ENDPOINT_URL_KMS || env.AWS_ENDPOINT_URL;
    if (configured)
        return configured.replace(/\/+$/, '');
    const suffix = region.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com';
    const fips = /^true$/i.test(env.AWS_USE_FIPS_ENDPOINT ?? '') ? '-fips' : '';
    return `https://kms${fips}.${region}.${suffix}`;
}
class KmsClient {
    region;
    budget;
    options;
    signer;
    constructor(region, budget, credentials, options = {}) {
        this.region = region;
        this.budget = budget;
        this.options = options;
        this.signer = new _smithy_signature_v4__WEBPACK_IMPORTED_MODULE_0__.SignatureV4({ service: 'kms', region, credentials, sha256: _smithy_core_checksum__WEBPACK_IMPORTED_MODULE_1__.Sha256, uriEscapePath: true });
    }
    async send(command) {
        const started = Date.now();
        const log = (status, error) => this.options.onRequest?.({ operation: command.operation, status, error, attempts: 1, ms: Date.now() - started });
        try {
            const answer = await this.sendOnce(command);
            log(200);
            return answer;
        }
        catch (error) {
            const e = error;
            log(e.$metadata?.httpStatusCode, e.name ?? 'Error');
            throw error;
        }
    }
    async sendOnce(command) {
        const exceeded = this.budget.exceeded();
        if (exceeded)
            throw exceeded;
        const url = new URL(`${kmsEndpoint(this.region, process.env, this.options.endpoint)}/`);
        const body = JSON.stringify(command.input);
        const request = new _smithy_core_protocols__WEBPACK_IMPORTED_MODULE_2__.HttpRequest({
            protocol: url.protocol,
            hostname: url.hostname,
            port: url.port ? Number(url.port) : undefined,
            method: 'POST',
            path: url.pathname,
            headers: {
                host: url.host,
                'content-type': 'application/x-amz-json-1.1',
                'x-amz-target': `TrentService.${command.operation}`
            },
            body
        });
        const signed = await this.signer.sign(request);
        let response;
        try {
            response = await fetch(url, {
                method: 'POST',
                headers: signed.headers,
                body,
                signal: this.budget.signal
            });
        }
        catch (error) {
            throw this.budget.exceeded() ?? error;
        }
        const text = await response.text();
        if (response.ok) {
            // An unreadable body is a SyntaxError, which the toolkit treats as a cut or malformed answer.
            return (text.trim() ? JSON.parse(text) : {});
        }
        throw kmsError(response.status, response.headers.get('x-amzn-errortype'), text);
    }
}
/** The error of a non-2xx answer, shaped as the SDK shapes it (`__type` may carry a namespace before `#`). */
function kmsError(status, errorType, text) {
    let type = errorType ?? '';
    let message;
    try {
        const parsed = JSON.parse(text);
        type ||= parsed.__type ?? '';
        message = parsed.message ?? parsed.Message ?? '';
    }
    catch {
        message = status >= 500 ? 'the service answered with an error page' : '';
    }
    const name = type.split('#').pop()?.split(':')[0] || (status >= 500 ? 'InternalFailure' : `HTTP${status}`);
    const error = new Error(message || `${name} (HTTP ${status})`);
    error.name = name;
    error.$metadata = { httpStatusCode: status, attempts: 1 };
    error.$fault = status >= 500 ? 'server' : 'client';
    return error;
}


/***/ }),

/***/ 446:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IN: () => (/* binding */ putMetricFilter),
/* harmony export */   ji: () => (/* binding */ testMetricFilter),
/* harmony export */   nC: () => (/* binding */ describeMetricFilters)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_cloudwatch_logs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(303);
/* harmony import */ var _answer_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8199);
/* harmony import */ var _paging_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6433);
// CloudWatch Logs reads: the metric filters of one log group, all pages; AWS's own filter evaluator (TestMetricFilter).



async function describeMetricFilters(client, logGroupName) {
    const filters = await (0,_paging_js__WEBPACK_IMPORTED_MODULE_1__/* .collectPages */ .V)(async (nextToken) => {
        const out = (0,_answer_js__WEBPACK_IMPORTED_MODULE_0__/* .requireFields */ .z)('logs:DescribeMetricFilters', await client.send(new _aws_sdk_client_cloudwatch_logs__WEBPACK_IMPORTED_MODULE_2__/* .DescribeMetricFiltersCommand */ .Ipv({ logGroupName, nextToken })), 'metricFilters');
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
    await client.send(new _aws_sdk_client_cloudwatch_logs__WEBPACK_IMPORTED_MODULE_2__/* .PutMetricFilterCommand */ .b5V({
        logGroupName: spec.logGroupName,
        filterName: spec.filterName,
        filterPattern: spec.pattern,
        metricTransformations: [
            { metricName: spec.metricName, metricNamespace: spec.metricNamespace, metricValue: spec.metricValue }
        ]
    }));
}
/**
 * Runs AWS's own filter evaluator on `messages` (1 to 50 of them): read-only, no log group or filter involved. An
 * InvalidParameterException is an answer (AWS does not accept the pattern), not a failure.
 */
async function testMetricFilter(client, pattern, messages) {
    try {
        const out = await client.send(new _aws_sdk_client_cloudwatch_logs__WEBPACK_IMPORTED_MODULE_2__/* .TestMetricFilterCommand */ .ay0({ filterPattern: pattern, logEventMessages: messages }));
        return {
            kind: 'matches',
            matches: (out.matches ?? []).map((m) => ({ eventNumber: m.eventNumber, eventMessage: m.eventMessage }))
        };
    }
    catch (error) {
        const e = error;
        if (e?.name === 'InvalidParameterException')
            return { kind: 'invalid-pattern', message: e.message ?? '' };
        throw error;
    }
}


/***/ }),

/***/ 6433:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ collectPages)
/* harmony export */ });
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


/***/ }),

/***/ 3761:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ read)
/* harmony export */ });
/* unused harmony export READ_ATTEMPTS */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9378);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2495);


/** Attempts of one read (each of them an SDK call with its own retries). */
const READ_ATTEMPTS = 3;
/**
 * A transient failure the SDK's own retries did not get past (a throttled, failed or cut answer, a reset) is tried
 * again up to READ_ATTEMPTS times with full-jitter backoff; nothing is tried, and no backoff sleeps, past the budget.
 */
async function read(action, fn, budget, options = {}) {
    let requests = 0;
    try {
        const value = await (0,_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .withRetry */ .bD)(async () => {
            try {
                return await fn();
            }
            catch (error) {
                requests += error?.$metadata?.attempts ?? 1;
                throw error;
            }
        }, { attempts: options.attempts ?? READ_ATTEMPTS, baseMs: (0,_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .retryBaseMs */ .wR)(false) * 8, budget });
        return { ok: true, value };
    }
    catch (error) {
        return { ok: false, problem: (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .classifyError */ .fe)(budget.exceeded() ?? error, action, requests || undefined) };
    }
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
/* harmony import */ var _answer_size_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7609);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9378);


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
    const retryable = options.retryable ?? _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isTransientError */ .bV;
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
        // An answer too large to read is not asked for again, whatever its status (a 500 with an endless body included).
        const tooLarge = (0,_answer_size_js__WEBPACK_IMPORTED_MODULE_0__/* .isAnswerTooLarge */ .kE)(info.error);
        const retryable = !tooLarge && (info.errorType === 'THROTTLING' || info.errorType === 'TRANSIENT');
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

/***/ 2231:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B1: () => (/* binding */ subscribe),
/* harmony export */   Hl: () => (/* binding */ listTopicTags),
/* harmony export */   OY: () => (/* binding */ createTopic),
/* harmony export */   Xw: () => (/* binding */ listSubscriptionsByTopic),
/* harmony export */   a4: () => (/* binding */ setTopicPolicy),
/* harmony export */   dx: () => (/* binding */ getTopicAttributes),
/* harmony export */   iw: () => (/* binding */ getSubscriptionFilter)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_sns__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8797);
/* harmony import */ var _answer_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8199);
/* harmony import */ var _paging_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6433);
// SNS reads for one topic: its attributes and its subscriptions (all pages).



async function getTopicAttributes(client, topicArn) {
    const out = (0,_answer_js__WEBPACK_IMPORTED_MODULE_0__/* .requireFields */ .z)('sns:GetTopicAttributes', await client.send(new _aws_sdk_client_sns__WEBPACK_IMPORTED_MODULE_1__/* .GetTopicAttributesCommand */ .YBt({ TopicArn: topicArn })), 'Attributes.TopicArn');
    const attributes = out.Attributes ?? {};
    return {
        kmsMasterKeyId: attributes.KmsMasterKeyId || undefined,
        policy: attributes.Policy || undefined,
        owner: attributes.Owner || undefined,
        fifo: attributes.FifoTopic === 'true' || undefined
    };
}
async function listSubscriptionsByTopic(client, topicArn) {
    const subscriptions = await (0,_paging_js__WEBPACK_IMPORTED_MODULE_2__/* .collectPages */ .V)(async (token) => {
        const out = (0,_answer_js__WEBPACK_IMPORTED_MODULE_0__/* .requireFields */ .z)('sns:ListSubscriptionsByTopic', await client.send(new _aws_sdk_client_sns__WEBPACK_IMPORTED_MODULE_1__/* .ListSubscriptionsByTopicCommand */ .GYf({ TopicArn: topicArn, NextToken: token })), 'Subscriptions');
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
/** The filter policy of one subscription (`GetSubscriptionAttributes`). */
async function getSubscriptionFilter(client, subscriptionArn) {
    const out = (0,_answer_js__WEBPACK_IMPORTED_MODULE_0__/* .requireFields */ .z)('sns:GetSubscriptionAttributes', await client.send(new _aws_sdk_client_sns__WEBPACK_IMPORTED_MODULE_1__/* .GetSubscriptionAttributesCommand */ .aUc({ SubscriptionArn: subscriptionArn })), 'Attributes.SubscriptionArn');
    const attributes = out.Attributes ?? {};
    return { policy: attributes.FilterPolicy || undefined, scope: attributes.FilterPolicyScope || undefined };
}
async function listTopicTags(client, topicArn) {
    const out = await client.send(new _aws_sdk_client_sns__WEBPACK_IMPORTED_MODULE_1__/* .ListTagsForResourceCommand */ .a_e({ ResourceArn: topicArn }));
    return Object.fromEntries((out.Tags ?? []).map((t) => [t.Key ?? '', t.Value ?? '']));
}
/** CreateTopic is idempotent: an existing topic of that name is returned, not duplicated. */
async function createTopic(client, spec) {
    const out = await client.send(new _aws_sdk_client_sns__WEBPACK_IMPORTED_MODULE_1__/* .CreateTopicCommand */ .vxJ({
        Name: spec.name,
        Attributes: spec.kmsMasterKeyId ? { KmsMasterKeyId: spec.kmsMasterKeyId } : undefined,
        Tags: Object.entries(spec.tags).map(([Key, Value]) => ({ Key, Value }))
    }));
    return out.TopicArn ?? '';
}
async function setTopicPolicy(client, topicArn, policy) {
    await client.send(new _aws_sdk_client_sns__WEBPACK_IMPORTED_MODULE_1__/* .SetTopicAttributesCommand */ ._gW({ TopicArn: topicArn, AttributeName: 'Policy', AttributeValue: policy }));
}
/** Subscribing an endpoint that is already subscribed returns the existing subscription (no duplicate).
 * AWS answers "pending confirmation" for a subscription that someone still has to confirm. */
async function subscribe(client, topicArn, protocol, endpoint) {
    const out = await client.send(new _aws_sdk_client_sns__WEBPACK_IMPORTED_MODULE_1__/* .SubscribeCommand */ .KQk({ TopicArn: topicArn, Protocol: protocol, Endpoint: endpoint }));
    return out.SubscriptionArn ?? '';
}


/***/ }),

/***/ 8665:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ getCallerIdentity),
/* harmony export */   x: () => (/* binding */ assumeRole)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1695);
/* harmony import */ var _answer_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8199);
// STS: who is running the check, and the member-account sessions of a run over many accounts.


async function getCallerIdentity(client) {
    const out = (0,_answer_js__WEBPACK_IMPORTED_MODULE_0__/* .requireFields */ .z)('sts:GetCallerIdentity', await client.send(new _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_1__/* .GetCallerIdentityCommand */ .zI({})), 'Account', 'Arn');
    return { account: out.Account ?? '', arn: out.Arn ?? '' };
}
/** sts:AssumeRole with the client's credentials (role chaining from the hub's session). */
async function assumeRole(client, request, abortSignal) {
    const out = await client.send(new _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_1__/* .AssumeRoleCommand */ .QL({
        RoleArn: request.roleArn,
        RoleSessionName: request.sessionName,
        DurationSeconds: request.durationSeconds
    }), { abortSignal });
    return { credentials: out.Credentials, assumedRoleArn: out.AssumedRoleUser?.Arn };
}


/***/ }),

/***/ 2709:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  q: () => (/* binding */ runEnforce)
});

// EXTERNAL MODULE: ./src/aws/arn.ts
var arn = __webpack_require__(1626);
// EXTERNAL MODULE: ./src/aws/errors.ts
var errors = __webpack_require__(9378);
// EXTERNAL MODULE: ./src/aws/logs.ts
var logs = __webpack_require__(446);
// EXTERNAL MODULE: ./src/aws/cloudwatch.ts
var aws_cloudwatch = __webpack_require__(3817);
// EXTERNAL MODULE: ./src/aws/read.ts
var read = __webpack_require__(3761);
// EXTERNAL MODULE: ./src/aws/sns.ts
var aws_sns = __webpack_require__(2231);
// EXTERNAL MODULE: ./src/judge/context.ts + 1 modules
var context = __webpack_require__(4230);
// EXTERNAL MODULE: ./src/judge/index.ts
var judge = __webpack_require__(4707);
// EXTERNAL MODULE: ./src/report/redact.ts
var redact = __webpack_require__(649);
// EXTERNAL MODULE: ./src/sources/account.ts + 2 modules
var sources_account = __webpack_require__(1016);
// EXTERNAL MODULE: ./src/verify.ts
var verify = __webpack_require__(5538);
// EXTERNAL MODULE: ./src/judge/alarm.ts
var judge_alarm = __webpack_require__(3490);
// EXTERNAL MODULE: ./src/judge/filter.ts
var judge_filter = __webpack_require__(1601);
// EXTERNAL MODULE: ./src/judge/topic.ts + 2 modules
var judge_topic = __webpack_require__(86);
// EXTERNAL MODULE: ./src/judge/trail.ts
var judge_trail = __webpack_require__(2651);
// EXTERNAL MODULE: ./src/enforce/topic-policy.ts
var topic_policy = __webpack_require__(8716);
// EXTERNAL MODULE: ./src/enforce/settings.ts
var enforce_settings = __webpack_require__(5025);
;// CONCATENATED MODULE: ./src/enforce/plan.ts







const allPass = (verdicts) => verdicts.every((v) => v.status === 'pass');
/** Every check of the trail link passes: multi-region, logging, the control's events recorded, into a log group. */
function qualifies(ctx, trail) {
    return allPass((0,judge_trail/* judgeTrailLink */.Af)(ctx, { trail, group: trail.logGroup }));
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
function topicDelivers(ctx, topic, alarm) {
    return allPass([(0,judge_topic/* judgeTopicLink */.P2)(ctx, { topic, alarm }), (0,judge_topic/* judgeSubscriptionLink */.j$)(ctx, { topic, alarm })]);
}
/** CloudWatch can deliver to the topic, and the subscription judge fails it: nobody confirmed (none, or pending). */
function topicLacksOnlySubscriber(ctx, topic) {
    return allPass([(0,judge_topic/* judgeTopicLink */.P2)(ctx, { topic })]) && (0,judge_topic/* judgeSubscriptionLink */.j$)(ctx, { topic }).status === 'fail';
}
/** A metric filter enforce may rewrite: it publishes exactly the configured metric, so it is the one enforce made. */
function publishesConfiguredMetric(filter, metric) {
    return (filter.transformations.length > 0 &&
        filter.transformations.every((t) => t.metricName === metric.metricName && t.metricNamespace === metric.metricNamespace));
}
/** How a subscription is named in a plan: its protocol and its endpoint redacted as the input is. */
function subscriptionName(s) {
    return `${s.protocol}:${(0,redact/* redactEndpoint */.Xh)(s.protocol, s.endpoint)}`;
}
/** The alarm judge passes on the metric: it fires on one event, its actions are enabled, it notifies a topic. */
function alarmWorks(ctx, target, metric, alarm) {
    const chain = { trail: target.trail, group: target.group, transformation: metric.transformation, alarm };
    return allPass((0,judge_alarm/* judgeAlarmLink */.PL)(ctx, chain));
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
/** Step 1: the metric filter, kept, written, or left alone because it is somebody else's. */
function planFilter(ctx, target, metric) {
    const region = target.group.region;
    const events = ctx.control.target.eventNames.join(' and ');
    const blockers = [];
    const changes = [];
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
    else if (metric.write?.before && !publishesConfiguredMetric(metric.write.before, metric)) {
        // Same name, another metric: somebody else's filter. Rewriting it would silently cut off their metric.
        const published = metric.write.before.transformations.map((t) => `${t.metricNamespace}/${t.metricName}`);
        blockers.push(`A metric filter named ${metric.filterName} exists on ${target.group.name} and publishes ${published.join(', ') || 'no metric'}, not ${metric.metricNamespace}/${metric.metricName}: it belongs to someone else and is left alone. Set metric-filter-name to another name (or metric-name and metric-namespace to the metric it publishes, if it is yours).`);
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
    return { changes, blockers };
}
/**
 * The plan when the alarms on the metric already decide it (steps 1 and 2): a working alarm whose topic delivers ends
 * the chain as it is, and one whose topic lacks only a confirmed subscriber is completed in place. Then nothing else
 * needs reading (the configured alarm and topic play no part); otherwise undefined, and `planChanges` needs the facts.
 */
function planFromMetricAlarms(ctx, target, metric, metricAlarms, settings) {
    const region = target.group.region;
    const { changes, blockers } = planFilter(ctx, target, metric);
    const notes = [];
    // 2. A working alarm on the metric whose topic delivers to a confirmed subscriber ends the chain as it is.
    const kept = metricAlarms.find((a) => alarmWorks(ctx, target, metric, a) && Object.values(a.topics).some((t) => topicDelivers(ctx, t, a)));
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
    // 2b. A working alarm whose topic CloudWatch can deliver to, lacking only a confirmed subscriber: that chain is
    // repaired in place (the configured subscriptions go to its topic), not doubled by a second topic and alarm.
    const awaiting = metricAlarms
        .filter((a) => alarmWorks(ctx, target, metric, a))
        .flatMap((a) => Object.values(a.topics).map((t) => ({ alarm: a, topic: t })))
        .find(({ topic }) => topicLacksOnlySubscriber(ctx, topic));
    if (awaiting) {
        const { alarm, topic } = awaiting;
        const subscriptions = topic.subscriptions.ok ? topic.subscriptions.value : [];
        const topicRegion = topic.arn.split(':')[3] || region;
        changes.push({
            action: 'noop',
            type: 'alarm',
            name: alarm.name,
            arn: alarm.arn,
            region,
            before: null,
            after: null,
            reason: 'An existing alarm on the metric fires on one event and notifies a topic CloudWatch can deliver to; it is kept.'
        }, {
            action: 'noop',
            type: 'sns-topic',
            name: topic.arn.split(':')[5] ?? topic.arn,
            arn: topic.arn,
            region: topicRegion,
            before: null,
            after: null,
            reason: 'The topic of that alarm has no confirmed subscription: the configured subscriptions are added to it.'
        });
        if (settings.subscriptions.length === 0) {
            blockers.push(`The chain is complete except for a confirmed subscription: alarm ${alarm.name} notifies topic ${topic.arn}, which nobody confirmed. Set subscriptions (e.g. "email:secops@example.com") and enforce subscribes them to that topic; it does not build a second topic and alarm beside the chain.`);
        }
        changes.push(...subscriptionChanges(settings, subscriptions, topicRegion, notes));
        return { blockers, changes, notes, topicArn: topic.arn };
    }
    return undefined;
}
function planChanges(ctx, target, metric, facts, settings) {
    const decided = planFromMetricAlarms(ctx, target, metric, facts.metricAlarms, settings);
    if (decided)
        return decided;
    const region = target.group.region;
    const notes = [];
    const { changes, blockers } = planFilter(ctx, target, metric);
    const tags = { ...settings.tags, [enforce_settings/* MANAGED_BY_TAG */.dS.key]: enforce_settings/* MANAGED_BY_TAG */.dS.value };
    // 3. Topic
    const topic = facts.topic;
    const topicName = topic.arn.split(':')[5] ?? settings.snsTopicName;
    if (settings.snsTopicArn && !topic.exists) {
        blockers.push(`sns-topic-arn ${topic.arn} does not exist. Give an existing topic, or use sns-topic-name to have one created.`);
    }
    if (topic.arn.split(':')[3] !== region) {
        blockers.push(`The topic ${topic.arn} is not in ${region}, the region of the log group and alarm; CloudWatch alarms notify topics in their own region.`);
    }
    const existingKey = topic.exists ? topic.attributes?.kmsMasterKeyId : undefined;
    if (existingKey && (0,judge_topic/* judgeTopicKey */.eJ)(existingKey, undefined, undefined, topic.arn).status === 'fail') {
        blockers.push(`The topic ${topic.arn} is encrypted with the AWS managed key ${existingKey}, which CloudWatch cannot use: choose another topic, or re-encrypt it with a customer managed key.`);
    }
    if (topic.exists && (topic.attributes?.fifo || topic.arn.endsWith('.fifo'))) {
        blockers.push(`The topic ${topic.arn} is a FIFO topic, to which CloudWatch alarms cannot publish (no message group id): choose a standard topic.`);
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
    if (keyId && (0,judge_topic/* judgeTopicKey */.eJ)(keyId, undefined, undefined, topic.arn).status === 'pass') {
        notes.push(`The topic is encrypted with ${keyId}. Its key policy must let CloudWatch use the key, with this statement:\n${judge_topic/* KEY_POLICY_STATEMENT */.zx}`);
    }
    // The policy enforce leaves behind must really let CloudWatch publish this alarm's notification, evaluated as verify
    // evaluates it: enforce adds its statement but never removes another one (e.g. a Deny), so it says so instead.
    const plannedAlarmArn = facts.namedAlarm?.alarm.arn ??
        `arn:${facts.partition}:cloudwatch:${region}:${facts.account}:alarm:${settings.alarmName}`;
    const policyAfter = withCloudWatchStatementSafely(topic.exists ? topic.attributes?.policy : undefined, topic.arn, facts.account);
    const granted = policyAfter
        ? (0,judge_topic/* judgeTopicPolicy */.Xb)(policyAfter, topic.arn, { arn: plannedAlarmArn, name: settings.alarmName })
        : undefined;
    if (!granted || granted.status !== 'pass') {
        blockers.push(`Even with enforce's statement, the policy of ${topic.arn} would not let CloudWatch publish: ${granted?.text ?? 'the current policy is not a JSON object'} Enforce never removes other statements: fix the topic policy, or choose another topic.`);
    }
    const policyGrants = topic.exists &&
        (0,judge_topic/* judgeTopicPolicy */.Xb)(topic.attributes?.policy, topic.arn, { arn: plannedAlarmArn, name: settings.alarmName }).status ===
            'pass';
    if (!topic.exists || !(0,topic_policy/* hasCloudWatchStatement */.O4)(topic.attributes?.policy, topic.arn, facts.account) || !policyGrants) {
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
    changes.push(...subscriptionChanges(settings, topic.subscriptions, region, notes));
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
function withCloudWatchStatementSafely(policy, topicArn, account) {
    try {
        return (0,topic_policy/* withCloudWatchStatement */.eZ)(policy, topicArn, account);
    }
    catch {
        return undefined;
    }
}
/** The configured subscriptions on a topic holding `existing`: a noop for each already there, a create for the rest. */
function subscriptionChanges(settings, existing, region, notes) {
    const changes = [];
    // A pending subscription matters only while nobody else receives the alarm: then the control waits for it.
    const someoneReceives = existing.some((s) => s.confirmed) || settings.subscriptions.some((w) => !needsConfirmation(w));
    for (const wanted of settings.subscriptions) {
        const found = existing.find((s) => s.protocol === wanted.protocol && s.endpoint === wanted.endpoint);
        // The name is what every renderer shows: the endpoint redacted. `after` keeps it whole for apply (and is redacted
        // again for output).
        const name = subscriptionName(wanted);
        if (found) {
            changes.push({
                action: 'noop',
                type: 'subscription',
                name,
                arn: found.arn,
                region,
                before: null,
                after: null,
                reason: found.confirmed ? 'Already subscribed and confirmed.' : 'Already subscribed; waiting for confirmation.'
            });
            if (!found.confirmed && !someoneReceives)
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
    return changes;
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
    const { state, report: before } = await (0,verify/* verifyAccount */.P)(control, settings, clients);
    const ctx = (0,judge/* createContext */.q6)(state, { control, patternPolicy: settings.patternPolicy, names: settings.names });
    const blocked = (blocker) => ({
        plan: { blockers: [blocker], changes: [], notes: [] },
        changes: [],
        applied: false,
        report: before,
        state
    });
    const target = chooseTarget(ctx, settings.logGroupName);
    if ('blocker' in target)
        return blocked(target.blocker);
    if (!state.identity)
        return blocked('Could not learn the account (sts:GetCallerIdentity was refused); enforce needs it to name the topic and scope its policy.');
    const metric = chooseMetric(ctx, target);
    const facts = await readFacts(ctx, clients, state, target, metric, enforce);
    if ('blocker' in facts)
        return blocked(facts.blocker);
    const plan = 'plan' in facts ? facts.plan : planChanges(ctx, target, metric, facts, enforce);
    if (plan.blockers.length > 0 || enforce.dryRun)
        return { plan, changes: plan.changes, applied: false, report: before, state };
    if (plan.changes.every((c) => c.action === 'noop')) {
        // Nothing to change on a passing account: verify's report stands (no second read).
        if (before.status === 'pass')
            return { plan, changes: plan.changes, applied: true, report: before, state };
        // The plan's reads came after verify's and found nothing to do on an account verify did not pass: something
        // changed in between (another run completing the chain at the same time). Report the account as it is now, not
        // as it was (the identity and the trails are reused: enforce, and the chain it builds, change neither).
        const again = await (0,verify/* verifyAccount */.P)(control, settings, clients, { reuse: state });
        return { plan, changes: plan.changes, applied: true, report: again.report, state: again.state };
    }
    const { changes, error, alarmArn, topicArn } = await apply(ctx, clients, plan, target, metric, facts, enforce);
    // Verify again. The identity and the trails are as read moments ago (enforce changes neither); what enforce wrote
    // is read at once, beside the log group's filters, rather than when the chain reaches it.
    const region = target.group.region;
    const { state: afterState, report: after } = await (0,verify/* verifyAccount */.P)(control, settings, clients, {
        reuse: state,
        expect: {
            metrics: [{ region, metricName: metric.metricName, metricNamespace: metric.metricNamespace }],
            alarmArns: alarmArn ? [alarmArn] : [],
            topicArns: topicArn ? [topicArn] : []
        }
    });
    return { plan, changes, applied: true, error, report: after, state: afterState };
}
/**
 * What the plan needs beyond the account state, each read issued as soon as it can be: the alarms on the metric
 * enforce will write (beside the configured alarm and topic); the alarm's tags and the topic's subscriptions and tags
 * once they are known to exist. When the alarms on the metric already decide the plan (a working chain to keep, or
 * one to complete with a subscription), nothing else is read.
 */
async function readFacts(ctx, clients, state, target, metric, enforce) {
    const region = target.group.region;
    const account = state.identity.account;
    const partition = (0,arn/* parseArn */.Lw)(target.group.arn)?.partition ?? 'aws';
    const need = (r) => {
        if (!r.ok)
            throw new Error(r.problem.message);
        return r.value;
    };
    try {
        // A reused filter's alarms were read with the account, and may settle the plan at once.
        if (metric.reused) {
            const plan = planFromMetricAlarms(ctx, target, metric, need(metric.transformation.alarms), enforce);
            if (plan)
                return { plan };
        }
        const cloudwatch = clients.cloudwatch(region);
        const topicArn = topicArnFor(enforce, region, account, partition);
        const sns = clients.sns((0,arn/* parseArn */.Lw)(topicArn)?.region ?? region);
        // Ours is new: its metric's alarms are read now, beside the configured alarm and topic.
        const [metricAlarmsRead, namedRead, attributes] = await Promise.all([
            metric.reused ? metric.transformation.alarms : (0,sources_account/* readAlarmsForMetric */.we)(clients, region, metric),
            (0,read/* read */.L)('cloudwatch:DescribeAlarms', () => (0,aws_cloudwatch/* describeAlarmByName */.JN)(cloudwatch, enforce.alarmName), clients.budget),
            (0,read/* read */.L)('sns:GetTopicAttributes', () => (0,aws_sns/* getTopicAttributes */.dx)(sns, topicArn), clients.budget)
        ]);
        const metricAlarms = need(metricAlarmsRead);
        if (!metric.reused) {
            const plan = planFromMetricAlarms(ctx, target, metric, metricAlarms, enforce);
            if (plan)
                return { plan };
        }
        const named = need(namedRead);
        const exists = attributes.ok;
        if (!attributes.ok && attributes.problem.kind !== 'not-found')
            throw new Error(attributes.problem.message);
        const [namedTags, subscriptions, tags] = await Promise.all([
            named
                ? (0,read/* read */.L)('cloudwatch:ListTagsForResource', () => (0,aws_cloudwatch/* listAlarmTags */.Ps)(cloudwatch, named.arn), clients.budget).then(need)
                : {},
            exists
                ? (0,read/* read */.L)('sns:ListSubscriptionsByTopic', () => (0,aws_sns/* listSubscriptionsByTopic */.Xw)(sns, topicArn), clients.budget).then(need)
                : [],
            exists ? (0,read/* read */.L)('sns:ListTagsForResource', () => (0,aws_sns/* listTopicTags */.Hl)(sns, topicArn), clients.budget).then(need) : {}
        ]);
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
/**
 * Applies the plan in dependency order, each step's independent writes at once: the filter and the topic (neither
 * needs anything), then what needs the topic (its policy, the subscriptions), then the alarm. Stops after the first
 * step with a failed write (a rerun picks up from the account's state); the failure named is the first in the plan's
 * order. The alarm comes last, once everything else is in place: a working alarm whose topic has a confirmed
 * subscriber is a chain a later run keeps as it is, so a run stopped at a subscription or the topic policy must not
 * leave one behind (the rerun would not add the missing subscriptions).
 */
async function apply(ctx, clients, plan, target, metric, facts, enforce) {
    const region = target.group.region;
    const tags = { ...enforce.tags, [enforce_settings/* MANAGED_BY_TAG */.dS.key]: enforce_settings/* MANAGED_BY_TAG */.dS.value };
    // The configured topic, or the topic of an existing chain that lacks only a subscriber (repaired in place).
    let topicArn = plan.topicArn ?? ('topic' in facts ? facts.topic.arn : '');
    const account = 'account' in facts ? facts.account : ((0,arn/* parseArn */.Lw)(topicArn)?.account ?? '');
    const outcome = new Map();
    const write = async (change) => {
        const action = `${change.type} ${change.name}`;
        try {
            switch (change.type) {
                case 'metric-filter':
                    await (0,logs/* putMetricFilter */.IN)(clients.logs(region), {
                        logGroupName: target.group.name,
                        filterName: metric.filterName,
                        pattern: ctx.control.patterns.cis,
                        metricName: metric.metricName,
                        metricNamespace: metric.metricNamespace,
                        metricValue: '1'
                    });
                    break;
                case 'sns-topic':
                    topicArn = await (0,aws_sns/* createTopic */.OY)(clients.sns(region), {
                        name: change.name,
                        kmsMasterKeyId: enforce.snsKmsKeyId,
                        tags
                    });
                    outcome.set(change, { ...change, arn: topicArn });
                    return;
                case 'topic-policy': {
                    // Read the policy again right before writing, so a concurrent change to another statement is kept.
                    const sns = clients.sns(region);
                    const current = await (0,aws_sns/* getTopicAttributes */.dx)(sns, topicArn);
                    await (0,aws_sns/* setTopicPolicy */.a4)(sns, topicArn, (0,topic_policy/* withCloudWatchStatement */.eZ)(current.policy, topicArn, account));
                    break;
                }
                case 'subscription': {
                    const wanted = change.after;
                    const arn = await (0,aws_sns/* subscribe */.B1)(clients.sns((0,context/* regionOfArn */.b2)(topicArn, region)), topicArn, wanted.protocol, wanted.endpoint);
                    outcome.set(change, { ...change, arn: arn.startsWith('arn:') ? arn : '' });
                    return;
                }
                case 'alarm':
                    await (0,aws_cloudwatch/* putMetricAlarm */.L)(clients.cloudwatch(region), {
                        name: change.name,
                        metricName: metric.metricName,
                        namespace: metric.metricNamespace,
                        topicArn,
                        tags,
                        spec: ctx.control.alarm
                    });
                    break;
            }
            outcome.set(change, change);
        }
        catch (error) {
            const problem = (0,errors/* classifyError */.fe)(error, `${iamActionOf(change)}`);
            // AWS may quote the request in its message: a subscription's endpoint is redacted there as in its name.
            const wanted = change.type === 'subscription' ? change.after : null;
            const message = wanted ? (0,redact/* redactEndpointIn */.ck)(problem.message, wanted.protocol, wanted.endpoint) : problem.message;
            outcome.set(change, {
                error: `Stopped at ${action}: ${message}. Nothing was deleted; run enforce again once fixed.`
            });
        }
    };
    const writes = plan.changes.filter((c) => c.action !== 'noop');
    const isAlarm = (c) => c.type === 'alarm';
    const needsTopic = (c) => c.type === 'topic-policy' || c.type === 'subscription';
    const creatingTopic = writes.some((c) => c.type === 'sns-topic');
    const steps = [
        writes.filter((c) => !isAlarm(c) && !(creatingTopic && needsTopic(c))),
        creatingTopic ? writes.filter(needsTopic) : [],
        writes.filter(isAlarm)
    ].filter((step) => step.length > 0);
    for (const step of steps) {
        await Promise.all(step.map(write));
        if (step.some((c) => 'error' in (outcome.get(c) ?? {})))
            break;
    }
    const changes = [];
    let error;
    for (const change of plan.changes) {
        const result = change.action === 'noop' ? change : outcome.get(change);
        if (!result)
            continue;
        if ('error' in result)
            error ??= result.error;
        else
            changes.push(result);
    }
    const alarm = plan.changes.find((c) => c.type === 'alarm');
    return { changes, error, alarmArn: alarm?.arn || undefined, topicArn: topicArn || undefined };
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

/***/ 8716:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O4: () => (/* binding */ hasCloudWatchStatement),
/* harmony export */   Z2: () => (/* binding */ cloudWatchPublishStatement),
/* harmony export */   eZ: () => (/* binding */ withCloudWatchStatement)
/* harmony export */ });
/* unused harmony export CLOUDWATCH_STATEMENT_SID */
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


/***/ }),

/***/ 1199:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DR: () => (/* binding */ isEstate),
/* harmony export */   TL: () => (/* binding */ matrixInputs),
/* harmony export */   eH: () => (/* binding */ MATRIX_MAX_JOBS),
/* harmony export */   gm: () => (/* binding */ memberRoleArn),
/* harmony export */   z3: () => (/* binding */ parseEstateSettings)
/* harmony export */ });
/* unused harmony exports DEFAULT_MAX_CONCURRENCY, MAX_CONCURRENCY, DEFAULT_MATRIX_CHUNK_SIZE, listItems */
/* harmony import */ var _input_rules_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9133);
// The inputs of a run over many accounts and regions (an "estate"), validated before any AWS call with the same rules
// and error shape as every other input (src/input-rules.ts): which accounts (a list, or the organization's), which
// regions, the role to assume in each account, how many targets at once, where to write the run report, and the
// reports to merge and the matrix chunk size of the matrix workflow.

const DEFAULT_MAX_CONCURRENCY = 20;
const MAX_CONCURRENCY = 256;
const DEFAULT_MATRIX_CHUNK_SIZE = 20;
/** GitHub Actions runs at most 256 jobs of one matrix. */
const MATRIX_MAX_JOBS = 256;
const ACCOUNT = /^\d{12}$/;
// IAM: a role name is 1-64 of [\w+=,.@-]; a path is /-separated segments of printable ASCII.
const ROLE_NAME = /^(?:[\w+=,.@-]+\/)*[\w+=,.@-]{1,64}$/;
const ROLE_TEMPLATE = /^arn:(aws[-a-z]*):iam::\{account\}:role\/(?:[\w+=,.@-]+\/)*[\w+=,.@-]{1,64}$/;
const ROLE_EXAMPLE = 'cmk-alarm-verify';
/** Items of a list input: comma, space or newline separated, without empty items or repeats. */
function listItems(raw) {
    return [
        ...new Set(raw
            .split(/[\s,]+/)
            .map((s) => s.trim())
            .filter(Boolean))
    ];
}
function parseAccounts(raw) {
    if (raw.trim() === '')
        return undefined;
    const accounts = listItems(raw);
    const bad = accounts.find((a) => !ACCOUNT.test(a));
    if (bad !== undefined) {
        throw new _input_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('accounts', `must be 12-digit AWS account ids, separated by commas or newlines (got ${(0,_input_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteValue */ .cl)(bad)})`, '111111111111,222222222222');
    }
    return accounts;
}
function parseRegions(raw, region, isRegion, partitionOf) {
    if (raw.trim() === '')
        return undefined;
    const regions = listItems(raw);
    for (const r of regions) {
        if (!isRegion(r)) {
            throw new _input_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('regions', `must be AWS region codes, separated by commas (got ${(0,_input_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteValue */ .cl)(r)})`, 'us-east-1,eu-west-1');
        }
        if (partitionOf(r) !== partitionOf(region)) {
            throw new _input_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('regions', `has ${r}, in partition ${partitionOf(r)}, but aws-region ${region} is in partition ${partitionOf(region)}: one run reaches one partition`, region);
        }
    }
    return regions;
}
/** A role name becomes the ARN template of that role in each account; an ARN must be a template with `{account}`. */
function parseMemberRole(raw, partition) {
    const value = raw.trim();
    if (value === '')
        return undefined;
    if (!value.startsWith('arn:')) {
        if (!ROLE_NAME.test(value)) {
            throw new _input_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('member-role', `must be a role name (1-64 of letters, digits and _+=,.@-, optionally after a path) or an ARN template with {account} (got ${(0,_input_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteValue */ .cl)(value)})`, ROLE_EXAMPLE);
        }
        return `arn:${partition}:iam::{account}:role/${value}`;
    }
    const match = ROLE_TEMPLATE.exec(value);
    if (!match) {
        const hint = /^arn:[^:]*:iam::\d{12}:/.test(value)
            ? ': put {account} where the account id goes, the run fills in each account'
            : '';
        throw new _input_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('member-role', `must be a role ARN template, arn:${partition}:iam::{account}:role/<name>${hint} (got ${(0,_input_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteValue */ .cl)(value)})`, `arn:${partition}:iam::{account}:role/cmk-alarm-verify`);
    }
    if (match[1] !== partition) {
        throw new _input_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('member-role', `is in partition ${match[1]} but aws-region is in partition ${partition}: the role must be in the region's partition`, `arn:${partition}:iam::{account}:role/cmk-alarm-verify`);
    }
    return value;
}
/** Like sarif-file: a file path, not a directory. */
function parseFilePath(input, raw, example) {
    const value = raw.trim() || undefined;
    if (value !== undefined && (value.includes('\0') || value.endsWith('/'))) {
        throw new _input_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `must be a file path, not a directory (got ${(0,_input_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteValue */ .cl)(value)})`, example);
    }
    return value;
}
function parseEstateSettings(get, rules) {
    const accounts = parseAccounts(get('accounts'));
    const organization = (0,_input_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .parseBoolean */ .yG)('organization', get('organization'), false);
    if (accounts && organization) {
        throw new _input_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('organization', 'conflicts with accounts: check the accounts listed, or every active account of the organization, not both', 'false');
    }
    const regions = parseRegions(get('regions'), rules.region, rules.isRegion, rules.partitionOf);
    const memberRole = parseMemberRole(get('member-role'), rules.partitionOf(rules.region));
    if ((accounts || organization) && !memberRole) {
        throw new _input_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('member-role', `is required with ${accounts ? 'accounts' : 'organization'}: the role the run assumes in each account`, ROLE_EXAMPLE);
    }
    if (memberRole && !accounts && !organization) {
        throw new _input_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('member-role', 'needs accounts or organization: true (without them the run checks only the account of its own credentials)', ROLE_EXAMPLE);
    }
    const maxConcurrency = (0,_input_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .parseWholeNumber */ .oA)('max-concurrency', get('max-concurrency'), 1, MAX_CONCURRENCY, DEFAULT_MAX_CONCURRENCY);
    const reportFile = parseFilePath('report-file', get('report-file'), 'results/cmk-alarm-report.json');
    const reports = get('reports')
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l !== '' && !l.startsWith('#'));
    const matrixChunkSize = (0,_input_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .parseWholeNumber */ .oA)('matrix-chunk-size', get('matrix-chunk-size'), 1, 1000, DEFAULT_MATRIX_CHUNK_SIZE);
    return { accounts, organization, regions, memberRole, maxConcurrency, reportFile, reports, matrixChunkSize };
}
/** A run over several targets: accounts, the organization, or regions was given. */
function isEstate(estate) {
    return estate.accounts !== undefined || estate.organization || estate.regions !== undefined;
}
/** The member role's ARN in one account. */
function memberRoleArn(template, account) {
    return template.replaceAll('{account}', account);
}
/**
 * `mode: matrix` only lists accounts: the member role is an input of the matrix's jobs, not its own, so its rule
 * (required with accounts or organization) is met with a stand-in.
 */
function matrixInputs(get) {
    return (name) => (name === 'member-role' ? get(name) || 'cmk-alarm-matrix' : get(name));
}


/***/ }),

/***/ 3490:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PL: () => (/* binding */ judgeAlarmLink)
/* harmony export */ });
/* unused harmony exports LATE_PERIOD_SECONDS, judgeFiresOnOneEvent */
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4230);
/* harmony import */ var _remediation_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7222);


/** A period longer than this is late: nobody is told within the hour. */
const LATE_PERIOD_SECONDS = 3600;
// Statistics whose value, over datapoints that are all equal, is that value (CloudWatch User Guide, "CloudWatch
// statistics definitions": percentiles pNN, trimmed mean tmNN / TM(a:b), winsorized mean wmNN / WM(a:b), IQM).
const VALUE_STATISTIC = /^(p\d+(\.\d+)?|tm\d+(\.\d+)?|wm\d+(\.\d+)?|IQM|TM\(.*\)|WM\(.*\))$/i;
// Counts, sums and ranks over a trimmed set (tcNN, tsNN, TC(), TS(), PR()): one event's datapoint is not decidable
// from the configuration alone.
const COUNT_STATISTIC = /^(tc\d+(\.\d+)?|ts\d+(\.\d+)?|TC\(.*\)|TS\(.*\)|PR\(.*\))$/i;
/** How the statistic turns one event (value v) and the filter's default value d into datapoints. */
function datapoints(statistic, v, d) {
    const withDefault = (event, quiet) => d === undefined ? { event } : { event, quiet };
    switch (statistic) {
        case 'Sum': // v + n·d; a quiet period sums n·d, which any positive default makes as large as you like
            return withDefault(d !== undefined && d < 0 ? -Infinity : v, d !== undefined && d > 0 ? 'always' : (d ?? 0));
        case 'SampleCount': // 1 + n; a quiet period counts every non-matching event
            return withDefault(1, 'always');
        case 'Maximum':
            return withDefault(v, d ?? 0);
        case 'Minimum':
        case 'Average': // with default values beside the event, the datapoint sinks towards d
            return withDefault(d === undefined ? v : Math.min(v, d), d ?? 0);
    }
    const extended = VALUE_STATISTIC.test(statistic) || COUNT_STATISTIC.test(statistic);
    // CloudWatch computes percentile-based statistics of data published as statistic sets (as metric filters publish)
    // only when a set's Min and Max are equal (GetMetricStatistics, "CloudWatch needs raw data points to calculate
    // percentile statistics"): a default value other than the metric value makes them unavailable, so no datapoint.
    if (extended && d !== undefined && d !== v)
        return 'no-percentile';
    if (VALUE_STATISTIC.test(statistic))
        return withDefault(v, d ?? 0);
    if (COUNT_STATISTIC.test(statistic))
        return 'undecidable';
    return 'unsupported';
}
function breaches(value, comparison, threshold) {
    if (value === 'always')
        return true;
    return comparison === 'GreaterThanOrEqualToThreshold' ? value >= threshold : value > threshold;
}
const dims = (d) => Object.entries(d ?? {})
    .map(([k, v]) => `${k}=${v}`)
    .join(', ');
/**
 * Does one event make the alarm notify? An alarm notifies only when it changes state into ALARM (CloudWatch User
 * Guide, "Using Amazon CloudWatch alarms"), so this judges the alarm and the filter's metric together: the metric the
 * alarm watches (dimensions, unit), the datapoint one event makes (statistic, metric value, default value), the
 * datapoint of a period without the event (default value), periods with no data at all (TreatMissingData), how many
 * datapoints must breach, and how long a period is.
 */
function judgeFiresOnOneEvent(alarm, metric) {
    const fail = (why, filterSide = false) => ({ status: 'fail', fires: false, why, filterSide });
    if (alarm.usesMetricMath)
        return fail('The alarm is a metric-math alarm; it is not judged: use an alarm on the metric.');
    // The metric the alarm watches: a metric is its name, namespace and dimensions (CloudWatch concepts, "Dimensions").
    const published = metric.dimensions ?? {};
    const watched = alarm.dimensions ?? {};
    if (Object.keys(published).length > 0 && Object.keys(watched).length === 0) {
        return fail(`The filter publishes the metric with dimensions (${dims(published)}), one metric per combination of values; the alarm watches the metric without dimensions, which never gets data. Publish the metric without dimensions.`, true);
    }
    if (Object.keys(watched).length > 0 && Object.keys(published).length === 0) {
        return fail(`The alarm watches the metric with dimensions ${dims(watched)}, which the filter never publishes (it publishes no dimensions): the alarm never gets data.`);
    }
    if (Object.keys(watched).length > 0) {
        return fail(`The filter publishes one metric per value of ${dims(published)}; the alarm watches only ${dims(watched)}, so events with other values never reach it. Publish the metric without dimensions.`, true);
    }
    // An alarm with a unit sees only datapoints published with that unit; a filter without a unit publishes None
    // (PutMetricAlarm "Unit"; CloudWatch Logs MetricTransformation "unit").
    const publishedUnit = metric.unit || 'None';
    if (alarm.unit && alarm.unit !== publishedUnit) {
        return fail(`The alarm asks for unit ${alarm.unit}; the filter publishes ${publishedUnit}${metric.unit ? '' : ' (no unit set)'}, so the alarm never gets data. Remove the alarm's unit.`);
    }
    const statistic = alarm.statistic ?? alarm.extendedStatistic;
    if (!statistic)
        return fail('The alarm has no statistic.');
    const v = Number(metric.metricValue);
    if (!(v > 0))
        return fail(`The filter publishes metricValue ${JSON.stringify(metric.metricValue)}, not a positive number.`, true);
    const d = metric.defaultValue;
    const points = datapoints(statistic, v, d);
    if (points === 'unsupported')
        return fail(`Statistic ${statistic} is not one this check can judge; use Sum.`);
    if (points === 'no-percentile') {
        return fail(`Statistic ${statistic} is computed from statistic sets only when their minimum and maximum are equal; the filter publishes ${v} for a match and its default value ${d} otherwise, so the alarm gets no datapoint and never fires. Use Sum, or remove the default value.`, true);
    }
    if (points === 'undecidable') {
        return {
            status: 'manual',
            fires: false,
            why: `Statistic ${statistic} counts or sums a trimmed set of datapoints: whether one event breaches cannot be decided from the configuration. Use Sum.`
        };
    }
    const threshold = alarm.threshold;
    if (threshold === undefined)
        return fail('The alarm has no threshold.');
    const comparison = alarm.comparisonOperator;
    if (comparison !== 'GreaterThanOrEqualToThreshold' && comparison !== 'GreaterThanThreshold') {
        return fail(`The alarm compares with ${comparison ?? 'nothing'}: a count of events breaches only GreaterThanOrEqualToThreshold (or GreaterThanThreshold); use GreaterThanOrEqualToThreshold 1.`);
    }
    const rule = `${statistic} ${comparison} ${threshold}`;
    if (points.quiet !== undefined && breaches(points.quiet, comparison, threshold)) {
        const quiet = points.quiet === 'always'
            ? statistic === 'SampleCount'
                ? 'the count of those events'
                : `a multiple of ${d}`
            : String(points.quiet);
        return fail(`The filter publishes its default value ${d} for every log event that does not match, so a period without a KMS event gives a datapoint of ${quiet}, which already breaches "${rule}": the alarm stays in ALARM and a real event changes nothing, so nobody is notified. Remove the filter's default value${statistic === 'SampleCount' ? ' and use Sum' : ''}.`, true);
    }
    if (!breaches(points.event, comparison, threshold)) {
        const withDefault = d !== undefined && points.event < v ? ` (with the default value ${d} published beside it)` : '';
        return fail(`One event gives a datapoint of ${Number.isFinite(points.event) ? points.event : 'less than the threshold'}${withDefault}, which does not breach "${rule}"; use Sum GreaterThanOrEqualToThreshold 1.`);
    }
    const needed = alarm.datapointsToAlarm ?? alarm.evaluationPeriods ?? 1;
    if (needed > 1) {
        return fail(`The alarm needs ${needed} breaching datapoints; a single event makes one. Set datapoints-to-alarm (or evaluation-periods) to 1.`);
    }
    // Periods with no data at all (CloudWatch User Guide, "Configuring how CloudWatch alarms treat missing data").
    const missing = alarm.treatMissingData ?? 'missing';
    const quietReturnsToOk = d !== undefined; // the default value gives data whenever other log events arrive
    if (missing === 'breaching') {
        return fail('TreatMissingData is breaching: while no event arrives, missing data counts as breaching and the alarm sits in ALARM, so a real event changes nothing and notifies nobody. Use notBreaching.');
    }
    if (missing === 'ignore' && !quietReturnsToOk) {
        return fail('TreatMissingData is ignore: missing data keeps the last state, so after the first event the alarm stays in ALARM and never notifies again. Use notBreaching.');
    }
    const period = alarm.period ?? 0;
    const missingText = missing === 'ignore'
        ? `TreatMissingData ignore keeps the last state when no data arrives; the filter's default value ${d} returns the alarm to OK only in periods with other log events, so an event after a period with no log events at all finds it still in ALARM and notifies nobody. Use notBreaching.`
        : missing === 'notBreaching'
            ? 'TreatMissingData notBreaching: periods without events keep it OK, and each event moves it to ALARM, which notifies.'
            : missing === 'missing'
                ? 'TreatMissingData missing: without events it goes to INSUFFICIENT_DATA, and each event moves it to ALARM, which notifies.'
                : `TreatMissingData ${missing} is not a value CloudWatch documents.`;
    const fires = `${rule} over ${needed} datapoint of ${period || '?'} s fires on one event. ${missingText}`;
    if (missing === 'ignore')
        return { status: 'warn', fires: true, why: fires };
    if (missing !== 'missing' && missing !== 'notBreaching')
        return { status: 'manual', fires: false, why: fires };
    if (period > LATE_PERIOD_SECONDS) {
        return {
            status: 'warn',
            fires: true,
            why: `${fires} But its period is ${period} s: the alarm evaluates once per period, so nobody is told until up to ${Math.round(period / 60)} minutes after the key was disabled. Use a period of 300 s.`
        };
    }
    return { status: 'pass', fires: true, why: fires };
}
function judgeAlarmLink(ctx, c) {
    const { transformation: t, alarm } = c;
    const region = c.group?.region ?? ctx.state.region;
    const names = _remediation_js__WEBPACK_IMPORTED_MODULE_1__/* .namesFor */ .GT(ctx, c);
    // Unknown (no filter publishes a metric): the resource is left empty and the message says so.
    const metric = t ? `${t.metricNamespace}/${t.metricName}` : '';
    const out = [];
    // Not read because the filter matches no target event (the account source): no alarm on its metric can complete
    // the chain, which fails at the filter already. The fix is an alarm on the metric of a filter that does count them.
    const notNeeded = t && !t.alarms.ok && t.alarms.problem.kind === 'not-needed' ? t.alarms.problem : undefined;
    const alarmNames = notNeeded
        ? { ...names, metricName: ctx.names.metricName, metricNamespace: ctx.names.metricNamespace }
        : names;
    if (notNeeded) {
        out.push({
            id: 'alarm.exists',
            status: 'fail',
            resource: metric,
            region,
            location: c.filter?.location,
            message: notNeeded.message,
            fix: _remediation_js__WEBPACK_IMPORTED_MODULE_1__/* .fixAlarm */ .fF(ctx.control, alarmNames),
            absent: true
        });
    }
    else if (t && !t.alarms.ok) {
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
        const fires = judgeFiresOnOneEvent(alarm, t);
        out.push({
            id: 'alarm.fires-on-one-event',
            status: fires.status,
            ...at,
            message: fires.why,
            fix: fires.filterSide
                ? {
                    change: `Publish the metric without a default value or dimensions, then ${repair.change.charAt(0).toLowerCase()}${repair.change.slice(1)}`,
                    commands: `${_remediation_js__WEBPACK_IMPORTED_MODULE_1__/* .fixMetricFilter */ .EI(ctx.control, { ...names, filterName: c.filter?.name ?? names.filterName }).commands}\n${repair.commands}`
                }
                : repair
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
                message: notNeeded
                    ? `No alarm: metric filter ${c.filter?.name ?? ''} cannot count the events.`
                    : t
                        ? `No alarm watches ${metric}.`
                        : 'No alarm: no metric filter publishes a metric.',
                fix: _remediation_js__WEBPACK_IMPORTED_MODULE_1__/* .fixAlarm */ .fF(ctx.control, alarmNames),
                absent: true
            });
        }
    }
    return out;
}


/***/ }),

/***/ 3347:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _3: () => (/* binding */ evaluate),
  gX: () => (/* binding */ overallStatus)
});

// UNUSED EXPORTS: enumerateChains, judgeChain

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
    // Security Hub compares the pattern text: where the pattern could not be read, what it will say is unknown
    // (unless a link it also checks fails regardless of the pattern).
    const text = byId.get('filter.security-hub-text');
    const patternUnread = text?.status === 'manual' || byId.get('filter.pattern')?.status === 'manual';
    const blocking = findings.filter((f) => f.status === 'fail' && f.id !== 'filter.security-hub-text');
    if (patternUnread && !blocking.some((f) => f.id.startsWith('trail.'))) {
        return {
            prediction: 'unknown',
            reason: 'The metric filter pattern could not be read, so the text Security Hub compares is unknown.'
        };
    }
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

// EXTERNAL MODULE: ./src/judge/topic.ts + 2 modules
var topic = __webpack_require__(86);
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
    const notes = [...(state.notes ?? [])];
    // Alarm history is extra evidence: where it could not be read, say so beside the verdict (it never changes it).
    if (c.alarm?.history && !c.alarm.history.ok) {
        notes.push(`The alarm history (cloudwatch:DescribeAlarmHistory) could not be read: ${c.alarm.history.problem.message}. The verdict rests on the configuration alone.`);
    }
    if (notes.length)
        report.notes = notes;
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
        ...(0,trail/* judgeTrailLink */.Af)(ctx, c),
        ...(0,filter/* judgeFilterLink */.I)(ctx, c),
        ...(0,alarm/* judgeAlarmLink */.PL)(ctx, c),
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
    return findings.sort((a, b) => report/* FINDING_IDS */.jo.indexOf(a.id) - report/* FINDING_IDS */.jo.indexOf(b.id));
}
/** Ranks: a passing chain, then one blocked only by undecidable checks, then the one that got furthest. */
function pickBest(judged) {
    const rank = (findings) => {
        const status = overallStatus(findings);
        const reached = findings.findIndex((f) => f.status === 'fail' || f.status === 'manual');
        return [
            status === 'pass' ? 2 : status === 'manual' ? 1 : 0,
            reached === -1 ? report/* FINDING_IDS */.jo.length : reached,
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
// EXTERNAL MODULE: ./src/pattern/index.ts + 1 modules
var pattern = __webpack_require__(4045);
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
    // Left unread on purpose: the message says why it cannot matter.
    if (p.kind === 'not-needed')
        return p.message;
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

/***/ 4707:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _3: () => (/* reexport safe */ _chain_js__WEBPACK_IMPORTED_MODULE_0__._3),
/* harmony export */   q6: () => (/* reexport safe */ _context_js__WEBPACK_IMPORTED_MODULE_1__.q6)
/* harmony export */ });
/* harmony import */ var _chain_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3347);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4230);
/* harmony import */ var _filter_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1601);
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
/* harmony export */   Mv: () => (/* binding */ fixFilterPolicy),
/* harmony export */   Ys: () => (/* binding */ fixTopicEncryption),
/* harmony export */   ZL: () => (/* binding */ shellQuote),
/* harmony export */   bx: () => (/* binding */ fixTopicPolicy),
/* harmony export */   cz: () => (/* binding */ fixKeyState),
/* harmony export */   dR: () => (/* binding */ fixEnableAlarmActions),
/* harmony export */   ep: () => (/* binding */ fixTrailMultiRegionLogging),
/* harmony export */   fF: () => (/* binding */ fixAlarm),
/* harmony export */   g$: () => (/* binding */ fixCreateTrail),
/* harmony export */   jn: () => (/* binding */ fixTrailKmsIncluded),
/* harmony export */   kg: () => (/* binding */ fixTrailManagementEvents),
/* harmony export */   nX: () => (/* binding */ fixSubscription),
/* harmony export */   tH: () => (/* binding */ fixTestNotification),
/* harmony export */   xU: () => (/* binding */ fixKeyPolicy),
/* harmony export */   zi: () => (/* binding */ fixTrailCloudWatchLogs)
/* harmony export */ });
/**
 * Quotes a value for a POSIX shell so a hostile name cannot break out of the command. Single quotes are literal in
 * bash and zsh alike; a bare word is left bare only when neither shell expands anything in it (zsh expands a leading
 * `=` to a command's path, both expand `*`, `?`, `~`, `<`, `>` and the rest).
 */
function shellQuote(value) {
    return /^[A-Za-z0-9_./:@,+-][A-Za-z0-9_./:=@,+-]*$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
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
/** The log group and role a trail's CloudWatch Logs delivery needs (CloudTrail User Guide, "Sending events to
 * CloudWatch Logs": a role cloudtrail.amazonaws.com assumes, allowed logs:CreateLogStream and logs:PutLogEvents). */
const TRAIL_LOG_GROUP = 'aws-cloudtrail-logs';
const TRAIL_ROLE = 'CloudTrail_CloudWatchLogs_Role';
function deliveryCommands(region, account) {
    const a = account || '<account-id>';
    const partition = 'aws';
    const groupArn = `arn:${partition}:logs:${region}:${a}:log-group:${TRAIL_LOG_GROUP}:*`;
    const roleArn = `arn:${partition}:iam::${a}:role/${TRAIL_ROLE}`;
    const trust = JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { Service: 'cloudtrail.amazonaws.com' }, Action: 'sts:AssumeRole' }]
    });
    const permissions = JSON.stringify({
        Version: '2012-10-17',
        Statement: [
            {
                Effect: 'Allow',
                Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
                Resource: `arn:${partition}:logs:${region}:${a}:log-group:${TRAIL_LOG_GROUP}:log-stream:*`
            }
        ]
    });
    return {
        groupArn,
        roleArn,
        lines: [
            `aws logs create-log-group --region ${q(region)} --log-group-name ${q(TRAIL_LOG_GROUP)}`,
            `aws iam create-role --role-name ${q(TRAIL_ROLE)} --assume-role-policy-document ${q(trust)}`,
            `aws iam put-role-policy --role-name ${q(TRAIL_ROLE)} --policy-name cloudtrail-to-cloudwatch-logs \\`,
            `  --policy-document ${q(permissions)}`
        ]
    };
}
/** An account without a trail: a multi-region trail delivering to CloudWatch Logs (group and role), started. */
function fixCreateTrail(region, account) {
    const d = deliveryCommands(region, account);
    return {
        change: 'Create a multi-region trail that logs management events into a CloudWatch Logs group (with the role CloudTrail delivers through), and start it.',
        commands: [
            '# an S3 bucket whose bucket policy lets cloudtrail.amazonaws.com write the log files, then:',
            ...d.lines,
            `aws cloudtrail create-trail --region ${q(region)} --name management-events --s3-bucket-name ${q('<bucket>')} \\`,
            `  --is-multi-region-trail --cloud-watch-logs-log-group-arn ${q(d.groupArn)} \\`,
            `  --cloud-watch-logs-role-arn ${q(d.roleArn)}`,
            `aws cloudtrail start-logging --region ${q(region)} --name management-events`
        ].join('\n')
    };
}
function putSelectors(trailName, region, fixed) {
    const flag = fixed.kind === 'basic' ? '--event-selectors' : '--advanced-event-selectors';
    return (`aws cloudtrail put-event-selectors --region ${q(region)} --trail-name ${q(trailName)} \\\n` +
        `  ${flag} ${q(JSON.stringify(fixed.selectors))}`);
}
function basicJson(s, exclude = s.excludeManagementEventSources) {
    const out = {};
    if (s.readWriteType)
        out.ReadWriteType = s.readWriteType;
    if (s.includeManagementEvents !== undefined)
        out.IncludeManagementEvents = s.includeManagementEvents;
    if (s.dataResources?.length)
        out.DataResources = s.dataResources.map((d) => ({ Type: d.type, Values: d.values }));
    if (exclude.length || s.excludeManagementEventSources.length)
        out.ExcludeManagementEventSources = exclude;
    return out;
}
function advancedJson(s) {
    const out = {};
    if (s.name)
        out.Name = s.name;
    out.FieldSelectors = s.fieldSelectors.map((f) => {
        const field = { Field: f.field };
        for (const [key, name] of [
            ['equals', 'Equals'],
            ['notEquals', 'NotEquals'],
            ['startsWith', 'StartsWith'],
            ['notStartsWith', 'NotStartsWith'],
            ['endsWith', 'EndsWith'],
            ['notEndsWith', 'NotEndsWith']
        ]) {
            const values = f[key];
            if (values?.length)
                field[name] = values;
        }
        return field;
    });
    return out;
}
const isManagement = (s) => s.fieldSelectors.some((f) => f.field === 'eventCategory' && (f.equals ?? []).includes('Management'));
/** One advanced field selector that no longer drops `values` of its field (its other values kept). */
function letThrough(f, values) {
    const out = {
        ...f,
        notEquals: f.notEquals?.filter((v) => !values.includes(v)),
        notStartsWith: f.notStartsWith?.filter((v) => !values.some((x) => x.startsWith(v))),
        notEndsWith: f.notEndsWith?.filter((v) => !values.some((x) => x.endsWith(v)))
    };
    const positives = [...(f.equals ?? []), ...(f.startsWith ?? []), ...(f.endsWith ?? [])];
    if (positives.length) {
        const missing = values.filter((x) => !(f.equals ?? []).includes(x) &&
            !(f.startsWith ?? []).some((v) => x.startsWith(v)) &&
            !(f.endsWith ?? []).some((v) => x.endsWith(v)));
        if (missing.length)
            out.equals = [...(f.equals ?? []), ...missing];
    }
    const left = [out.equals, out.notEquals, out.startsWith, out.notStartsWith, out.endsWith, out.notEndsWith];
    return left.some((v) => v?.length) ? out : undefined;
}
const MANAGEMENT_SELECTOR = {
    Name: 'Management events',
    FieldSelectors: [{ Field: 'eventCategory', Equals: ['Management'] }]
};
/** The trail's own selectors with management write events recorded: data-event selectors and everything else kept. */
function fixTrailManagementEvents(trailName, region, selectors) {
    const change = `Trail ${trailName}: record management events, read and write, keeping its other event selectors.`;
    if (!selectors)
        return {
            change,
            commands: putSelectors(trailName, region, {
                kind: 'basic',
                selectors: [{ ReadWriteType: 'All', IncludeManagementEvents: true }]
            })
        };
    if (selectors.advanced.length) {
        const management = selectors.advanced.filter(isManagement);
        const fixed = management.length
            ? selectors.advanced.map((s) => isManagement(s) ? { ...s, fieldSelectors: s.fieldSelectors.filter((f) => f.field !== 'readOnly') } : s)
            : selectors.advanced;
        const list = fixed.map(advancedJson);
        if (!management.length)
            list.push(MANAGEMENT_SELECTOR);
        return { change, commands: putSelectors(trailName, region, { kind: 'advanced', selectors: list }) };
    }
    const list = selectors.basic.map((s) => s.includeManagementEvents !== false && s.readWriteType === 'ReadOnly' && !s.dataResources?.length
        ? basicJson({ ...s, readWriteType: 'All' })
        : basicJson(s));
    const recordsWrites = selectors.basic.some((s) => s.includeManagementEvents !== false && (s.readWriteType ?? 'All') !== 'ReadOnly');
    const changedOne = selectors.basic.some((s) => s.includeManagementEvents !== false && s.readWriteType === 'ReadOnly' && !s.dataResources?.length);
    if (!recordsWrites && !changedOne)
        list.push({ ReadWriteType: 'All', IncludeManagementEvents: true });
    return { change, commands: putSelectors(trailName, region, { kind: 'basic', selectors: list }) };
}
/** The trail's own selectors with only the exclusion of the control's events removed. */
function fixTrailKmsIncluded(trailName, region, target, selectors) {
    const source = target.eventSource;
    const change = `Trail ${trailName}: stop excluding ${source} ${target.eventNames.join('/')} events, keeping every other event selector as it is.`;
    if (!selectors) {
        return {
            change,
            commands: putSelectors(trailName, region, {
                kind: 'basic',
                selectors: [{ ReadWriteType: 'All', IncludeManagementEvents: true, ExcludeManagementEventSources: [] }]
            })
        };
    }
    if (selectors.advanced.length) {
        const management = selectors.advanced.filter(isManagement);
        const list = selectors.advanced.map((s) => {
            if (!isManagement(s))
                return advancedJson(s);
            const fields = s.fieldSelectors.flatMap((f) => {
                const fixed = f.field === 'eventSource'
                    ? letThrough(f, [source])
                    : f.field === 'eventName'
                        ? letThrough(f, target.eventNames)
                        : f;
                return fixed ? [fixed] : [];
            });
            return advancedJson({ ...s, fieldSelectors: fields });
        });
        if (!management.length)
            list.push(MANAGEMENT_SELECTOR);
        return { change, commands: putSelectors(trailName, region, { kind: 'advanced', selectors: list }) };
    }
    const list = selectors.basic.map((s) => basicJson(s, s.excludeManagementEventSources.filter((x) => x !== source)));
    return { change, commands: putSelectors(trailName, region, { kind: 'basic', selectors: list }) };
}
/** A trail that does not deliver to CloudWatch Logs: a log group, the role CloudTrail delivers through, the update. */
function fixTrailCloudWatchLogs(trailName, region, account) {
    const d = deliveryCommands(region, account);
    return {
        change: `Trail ${trailName}: deliver its events to a CloudWatch Logs group, through a role CloudTrail can assume.`,
        commands: [
            ...d.lines,
            `aws cloudtrail update-trail --region ${q(region)} --name ${q(trailName)} \\`,
            `  --cloud-watch-logs-log-group-arn ${q(d.groupArn)} \\`,
            `  --cloud-watch-logs-role-arn ${q(d.roleArn)}`
        ].join('\n')
    };
}
function fixTrailDelivery(trailName, roleArn, logGroupArn, region) {
    const role = roleArn?.split('/').pop();
    return {
        change: `Trail ${trailName}: repair its delivery to CloudWatch Logs (the role and the log group it names).`,
        commands: [
            `# the role ${roleArn ?? '(none)'} must trust cloudtrail.amazonaws.com and allow logs:CreateLogStream and`,
            `# logs:PutLogEvents on ${logGroupArn}; check both:`,
            ...(role
                ? [
                    `aws iam get-role --role-name ${q(role)} --query Role.AssumeRolePolicyDocument`,
                    `aws iam list-role-policies --role-name ${q(role)}`
                ]
                : []),
            `aws cloudtrail get-trail-status${region ? ` --region ${q(region)}` : ''} --name ${q(trailName)} --query '[LatestCloudWatchLogsDeliveryError,LatestCloudWatchLogsDeliveryTime]'`
        ].join('\n')
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
            `  --statistic ${q(a.statistic)} --period ${q(String(a.period))} --threshold ${q(String(a.threshold))} --comparison-operator ${q(a.comparisonOperator)} \\\n` +
            `  --evaluation-periods ${q(String(a.evaluationPeriods))} --treat-missing-data ${q(a.treatMissingData)} --actions-enabled \\\n` +
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
        commands: `# an AWS managed key cannot be used by CloudWatch: use a customer managed key whose policy lets cloudwatch.amazonaws.com\n` +
            `# call kms:Decrypt and kms:GenerateDataKey*, or remove encryption:\n` +
            `aws sns set-topic-attributes --region ${q(region)} --topic-arn ${q(topicArn)} \\\n` +
            `  --attribute-name KmsMasterKeyId --attribute-value ${q('<customer-managed-key-arn>')}`
    };
}
/** A statement as `#` comment lines, for a fix that needs it pasted into a policy. */
function commented(statement) {
    const text = typeof statement === 'string' ? statement : JSON.stringify(statement, null, 2);
    return text
        .split('\n')
        .map((line) => `#   ${line}`)
        .join('\n');
}
/** Adds the statement that lets CloudWatch publish to the topic policy (read, edit, write back). */
function fixTopicPolicy(topicArn, region, statement) {
    const r = region ? ` --region ${q(region)}` : '';
    return {
        change: 'Let CloudWatch publish in the topic policy: add this statement, and remove any statement that denies it.',
        commands: [
            `aws sns get-topic-attributes${r} --topic-arn ${q(topicArn)} --query Attributes.Policy --output text > topic-policy.json`,
            '# add this statement to the Statement list of topic-policy.json, and remove any statement that denies it:',
            commented(statement),
            `aws sns set-topic-attributes${r} --topic-arn ${q(topicArn)} --attribute-name Policy --attribute-value file://topic-policy.json`
        ].join('\n')
    };
}
/** Adds the statement that lets CloudWatch use the key to its key policy (read, edit, write back). */
function fixKeyPolicy(keyId, region, statement) {
    const r = region ? ` --region ${q(region)}` : '';
    return {
        change: 'Let CloudWatch use the topic key: add this statement to its key policy (kms:Decrypt, kms:GenerateDataKey*).',
        commands: [
            `aws kms get-key-policy${r} --key-id ${q(keyId)} --policy-name default --query Policy --output text > key-policy.json`,
            '# add this statement to the Statement list of key-policy.json:',
            commented(statement),
            `aws kms put-key-policy${r} --key-id ${q(keyId)} --policy-name default --policy file://key-policy.json`
        ].join('\n')
    };
}
/** A key that is not Enabled: enable it (cancelling a scheduled deletion first). */
function fixKeyState(keyId, region, state) {
    const r = region ? ` --region ${q(region)}` : '';
    if (state === 'Disabled' || state === 'PendingDeletion') {
        return {
            change: `Enable the topic's key (it is ${state}).`,
            commands: [
                ...(state === 'PendingDeletion' ? [`aws kms cancel-key-deletion${r} --key-id ${q(keyId)}`] : []),
                `aws kms enable-key${r} --key-id ${q(keyId)}`
            ].join('\n')
        };
    }
    return {
        change: `The topic's key is ${state}: encrypt the topic with an enabled customer managed key.`,
        commands: `# the key ${keyId} is ${state}; see the KMS key states, or re-encrypt the topic with an enabled customer managed key`
    };
}
/** After fixing what refused the last notification, make the alarm notify once to see it delivered. */
function fixTestNotification(alarmName, region) {
    const r = region ? ` --region ${q(region)}` : '';
    return {
        change: 'Fix what refused the last notification (the message quotes AWS), then make the alarm notify once to check it.',
        commands: [
            '# after the fix, a test notification (the alarm returns to its real state at its next evaluation):',
            `aws cloudwatch set-alarm-state${r} --alarm-name ${q(alarmName)} --state-value ALARM --state-reason ${q('cmk-alarm delivery test')}`,
            `aws cloudwatch describe-alarm-history${r} --alarm-name ${q(alarmName)} --history-item-type Action --max-records 1`
        ].join('\n')
    };
}
/** A confirmed subscription whose filter policy drops alarm notifications: remove the filter policy. */
function fixFilterPolicy(subscriptionArn, region) {
    const r = region ? ` --region ${q(region)}` : '';
    return {
        change: "Remove the subscription's filter policy (or make it let CloudWatch alarm notifications through).",
        commands: `aws sns set-subscription-attributes${r} --subscription-arn ${q(subscriptionArn)} \\\n  --attribute-name FilterPolicy --attribute-value ${q('{}')}`
    };
}
function fixSubscription(topicArn, region, pending = false) {
    const commands = `aws sns subscribe --region ${q(region)} --topic-arn ${q(topicArn)} \\\n` +
        `  --protocol email --notification-endpoint ${q('<security-team@example.com>')}\n` +
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

/***/ 86:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  zx: () => (/* binding */ KEY_POLICY_STATEMENT),
  j$: () => (/* binding */ judgeSubscriptionLink),
  eJ: () => (/* binding */ judgeTopicKey),
  P2: () => (/* binding */ judgeTopicLink),
  Xb: () => (/* binding */ judgeTopicPolicy)
});

// UNUSED EXPORTS: CLOUDWATCH_PRINCIPAL, defaultTopicPolicy, judgeTopicDelivery

// EXTERNAL MODULE: ./src/enforce/topic-policy.ts
var topic_policy = __webpack_require__(8716);
// EXTERNAL MODULE: ./src/judge/context.ts + 1 modules
var judge_context = __webpack_require__(4230);
;// CONCATENATED MODULE: ./src/judge/iam-policy.ts
// Evaluation of one request against one resource-based policy (an SNS topic policy, a KMS key policy), the way IAM
// documents it, with a third answer for what cannot be decided from what the check knows.
//
// AWS behaviour this rests on (IAM User Guide):
//  - Policy evaluation logic (reference_policies_evaluation-logic.html): an explicit Deny in any statement wins; else an
//    Allow is needed; else the request is implicitly denied.
//  - Principal / NotPrincipal (reference_policies_elements_principal.html, ..._notprincipal.html): `"*"` and
//    `{"AWS": "*"}` both mean everyone; a service is named `{"Service": "cloudwatch.amazonaws.com"}`; an account is
//    its id or `arn:aws:iam::<id>:root`. NotPrincipal matches every principal it does not list.
//  - Action / NotAction (..._action.html, ..._notaction.html): `service:Action`, case-insensitive, with `*` and `?`
//    wildcards (`sns:Pub*`, `sns:*`, `*`). Resource / NotResource likewise, case-sensitive.
//  - Condition (..._condition.html, ..._condition_operators.html): all operators of a block must hold (AND); for one
//    key, any of the values may match (OR); `...IfExists` holds when the key is absent; `Null` tests presence;
//    `ForAnyValue:` / `ForAllValues:` set operators over multivalued keys.
// Decision: a condition on a key the check does not know, an operator it does not implement, or a policy variable
// makes its statement `unknown`; an `unknown` Deny or, without a deciding Allow, an `unknown` Allow leaves the request
// `undecided`, which the judges report as `manual`, never as a pass.
/** Parses a policy document; undefined when it is not a JSON object with statements. */
function parsePolicyStatements(policy) {
    let doc = policy;
    if (typeof policy === 'string') {
        try {
            doc = JSON.parse(policy);
        }
        catch {
            return undefined;
        }
    }
    if (!doc || typeof doc !== 'object')
        return undefined;
    const s = doc.Statement;
    const list = Array.isArray(s) ? s : s && typeof s === 'object' ? [s] : undefined;
    return list?.filter((x) => !!x && typeof x === 'object');
}
const list = (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
/** `*` matches any run of characters, `?` any one character. */
function wildcardMatch(pattern, value, ignoreCase = false) {
    const escaped = pattern
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/\?/g, '.');
    return new RegExp(`^${escaped}$`, ignoreCase ? 'is' : 's').test(value);
}
function principalMatches(principal, request) {
    if (principal === '*')
        return true;
    if (!principal || typeof principal !== 'object')
        return false;
    const p = principal;
    const aws = list(p.AWS).filter((v) => typeof v === 'string');
    if (aws.includes('*'))
        return true;
    if ('service' in request.principal) {
        const service = request.principal.service;
        return list(p.Service).some((v) => typeof v === 'string' && v.toLowerCase() === service.toLowerCase());
    }
    const { arn, account } = request.principal;
    return aws.some((v) => v === arn || v === account || new RegExp(`^arn:[^:]+:iam::${account}:root$`).test(v));
}
function actionMatches(patterns, action) {
    return list(patterns).some((p) => typeof p === 'string' && wildcardMatch(p, action, true));
}
/** An unknown resource matches only `*`; any other pattern cannot be decided. */
function resourceMatches(patterns, resource, resourceText) {
    const values = list(patterns).filter((p) => typeof p === 'string');
    if (resource === undefined)
        return values.some((v) => v === '*' || v === resourceText) ? 'yes' : 'unknown';
    return values.some((p) => wildcardMatch(p, resource)) ? 'yes' : 'no';
}
const number = (s) => s.trim() !== '' && Number.isFinite(Number(s)) ? Number(s) : undefined;
const date = (s) => {
    const n = number(s);
    if (n !== undefined)
        return n * 1000;
    const t = Date.parse(s);
    return Number.isNaN(t) ? undefined : t;
};
const numeric = (f) => (p, c) => {
    const a = number(c);
    const b = number(p);
    return a === undefined || b === undefined ? undefined : f(a, b);
};
const dated = (f) => (p, c) => {
    const a = date(c);
    const b = date(p);
    return a === undefined || b === undefined ? undefined : f(a, b);
};
/** Positive operators (their negations are in NEGATED). */
const OPERATORS = {
    stringequals: (p, c) => p === c,
    stringequalsignorecase: (p, c) => p.toLowerCase() === c.toLowerCase(),
    stringlike: (p, c) => wildcardMatch(p, c),
    arnequals: (p, c) => wildcardMatch(p, c),
    arnlike: (p, c) => wildcardMatch(p, c),
    numericequals: numeric((a, b) => a === b),
    numericlessthan: numeric((a, b) => a < b),
    numericlessthanequals: numeric((a, b) => a <= b),
    numericgreaterthan: numeric((a, b) => a > b),
    numericgreaterthanequals: numeric((a, b) => a >= b),
    dateequals: dated((a, b) => a === b),
    datelessthan: dated((a, b) => a < b),
    datelessthanequals: dated((a, b) => a <= b),
    dategreaterthan: dated((a, b) => a > b),
    dategreaterthanequals: dated((a, b) => a >= b),
    bool: (p, c) => p.toLowerCase() === c.toLowerCase()
};
const NEGATED = {
    stringnotequals: 'stringequals',
    stringnotequalsignorecase: 'stringequalsignorecase',
    stringnotlike: 'stringlike',
    arnnotequals: 'arnequals',
    arnnotlike: 'arnlike',
    numericnotequals: 'numericequals',
    datenotequals: 'dateequals'
};
function lookup(request, key) {
    const k = key.toLowerCase();
    for (const [name, value] of Object.entries(request.context)) {
        if (name.toLowerCase() === k)
            return { values: list(value).map(String) };
    }
    return (request.absent ?? []).some((a) => a.toLowerCase() === k) ? 'absent' : 'unknown';
}
function and(results) {
    if (results.includes('no'))
        return 'no';
    return results.includes('unknown') ? 'unknown' : 'yes';
}
/** One operator on one key against the request. */
function evaluateCondition(operatorName, key, raw, request) {
    let op = operatorName;
    let set;
    const prefix = /^(ForAnyValue|ForAllValues):(.+)$/i.exec(op);
    if (prefix) {
        set = prefix[1].toLowerCase() === 'foranyvalue' ? 'any' : 'all';
        op = prefix[2];
    }
    const ifExists = /IfExists$/i.test(op);
    if (ifExists)
        op = op.replace(/IfExists$/i, '');
    const lower = op.toLowerCase();
    const policyValues = list(raw).map((v) => String(v));
    const literal = (v) => (request.literalTokens ?? []).reduce((text, t) => text.split(t).join(''), v);
    // A policy variable (`${aws:username}`, ...): its value is not known here.
    if (policyValues.some((v) => literal(v).includes('${')))
        return 'unknown';
    const found = lookup(request, key);
    if (lower === 'null') {
        if (found === 'unknown')
            return 'unknown';
        const absent = found === 'absent';
        return policyValues.some((v) => (v.toLowerCase() === 'true') === absent) ? 'yes' : 'no';
    }
    const negatedOf = NEGATED[lower];
    const compare = OPERATORS[negatedOf ?? lower];
    if (!compare)
        return 'unknown'; // an operator this evaluator does not implement (e.g. IpAddress, BinaryEquals)
    if (found === 'unknown')
        return 'unknown';
    if (found === 'absent') {
        // IAM: ...IfExists holds when the key is absent; ForAllValues holds over an empty set; otherwise a positive
        // operator is false and a negated one true (the values cannot match).
        if (ifExists || set === 'all')
            return 'yes';
        if (set === 'any')
            return 'no';
        return negatedOf ? 'yes' : 'no';
    }
    const matchOne = (contextValue) => {
        const results = policyValues.map((p) => compare(p, contextValue));
        if (results.includes(true))
            return negatedOf ? 'no' : 'yes';
        if (results.includes(undefined))
            return 'unknown';
        return negatedOf ? 'yes' : 'no';
    };
    const perValue = found.values.map(matchOne);
    if (set === 'all')
        return and(perValue);
    // Single-valued keys and ForAnyValue: any context value satisfying the operator.
    if (perValue.includes('yes'))
        return 'yes';
    return perValue.includes('unknown') ? 'unknown' : 'no';
}
function conditionsHold(condition, request) {
    if (condition === undefined)
        return { result: 'yes', unknowns: [] };
    if (!condition || typeof condition !== 'object')
        return { result: 'unknown', unknowns: ['a malformed Condition'] };
    const results = [];
    const unknowns = [];
    for (const [operator, block] of Object.entries(condition)) {
        if (!block || typeof block !== 'object') {
            results.push('unknown');
            unknowns.push(`${operator} (malformed)`);
            continue;
        }
        for (const [key, values] of Object.entries(block)) {
            const r = evaluateCondition(operator, key, values, request);
            results.push(r);
            if (r === 'unknown')
                unknowns.push(`${operator} on ${key}`);
        }
    }
    return { result: and(results), unknowns };
}
/** Whether the statement applies to the request: principal, action and resource, then its conditions. */
function statementApplies(s, request) {
    const principal = s.Principal !== undefined
        ? principalMatches(s.Principal, request)
        : s.NotPrincipal !== undefined
            ? !principalMatches(s.NotPrincipal, request)
            : false;
    const action = s.Action !== undefined
        ? actionMatches(s.Action, request.action)
        : s.NotAction !== undefined
            ? !actionMatches(s.NotAction, request.action)
            : false;
    const resource = s.Resource !== undefined
        ? resourceMatches(s.Resource, request.resource, request.resourceText)
        : s.NotResource !== undefined
            ? { yes: 'no', no: 'yes', unknown: 'unknown' }[resourceMatches(s.NotResource, request.resource, request.resourceText)]
            : 'yes';
    if (!principal || !action || resource === 'no')
        return { result: 'no', unknowns: [] };
    const conditions = conditionsHold(s.Condition, request);
    if (resource === 'unknown') {
        return {
            result: conditions.result === 'no' ? 'no' : 'unknown',
            unknowns: ['its Resource (the topic ARN is not known before deploy)', ...conditions.unknowns]
        };
    }
    return conditions;
}
/** Evaluates `request` against the policy. An unreadable policy is undecided. */
function evaluatePolicy(policy, request) {
    const statements = parsePolicyStatements(policy);
    if (!statements)
        return { decision: 'undecided', statements: [], unknowns: ['the policy is not a JSON policy'] };
    const named = (s, i) => (typeof s.Sid === 'string' && s.Sid ? s.Sid : `#${i + 1}`);
    const deny = { yes: [], unknown: [] };
    const allow = { yes: [], unknown: [] };
    const unknowns = [];
    statements.forEach((s, i) => {
        const effect = s.Effect === 'Deny' ? deny : s.Effect === 'Allow' ? allow : undefined;
        if (!effect)
            return;
        const { result, unknowns: why } = statementApplies(s, request);
        if (result === 'yes')
            effect.yes.push(named(s, i));
        if (result === 'unknown') {
            effect.unknown.push(named(s, i));
            unknowns.push(...why.map((w) => `statement ${named(s, i)} (${String(s.Effect)}): ${w}`));
        }
    });
    if (deny.yes.length)
        return { decision: 'denied', statements: deny.yes, unknowns: [] };
    if (deny.unknown.length)
        return { decision: 'undecided', statements: deny.unknown, unknowns, undecidedDeny: true };
    if (allow.yes.length)
        return { decision: 'allowed', statements: allow.yes, unknowns: [] };
    if (allow.unknown.length)
        return { decision: 'undecided', statements: allow.unknown, unknowns };
    return { decision: 'implicit-deny', statements: [], unknowns: [] };
}

;// CONCATENATED MODULE: ./src/judge/sns-filter.ts

/** A field the notification carries but whose value is not known here. */
const UNKNOWN = Symbol('unknown value');
/** A field that takes one of several values, depending on the transition. */
class OneOf {
    values;
    constructor(values) {
        this.values = values;
    }
}
/** The JSON body CloudWatch publishes when `alarm` goes into ALARM, as far as it is known before it happens. */
function alarmNotificationBody(alarm) {
    const account = alarm.arn.split(':')[4] ?? '';
    return {
        AlarmName: alarm.name,
        AlarmDescription: UNKNOWN,
        AWSAccountId: account,
        AlarmConfigurationUpdatedTimestamp: UNKNOWN,
        NewStateValue: 'ALARM',
        NewStateReason: UNKNOWN,
        StateChangeTime: UNKNOWN,
        Region: UNKNOWN,
        AlarmArn: alarm.arn,
        OldStateValue: new OneOf(['OK', 'INSUFFICIENT_DATA']),
        OKActions: UNKNOWN,
        AlarmActions: UNKNOWN,
        InsufficientDataActions: UNKNOWN,
        Trigger: {
            MetricName: alarm.metricName ?? UNKNOWN,
            Namespace: alarm.namespace ?? UNKNOWN,
            StatisticType: UNKNOWN,
            Statistic: UNKNOWN,
            Unit: UNKNOWN,
            Dimensions: UNKNOWN,
            Period: UNKNOWN,
            EvaluationPeriods: UNKNOWN,
            DatapointsToAlarm: UNKNOWN,
            ComparisonOperator: UNKNOWN,
            Threshold: UNKNOWN,
            TreatMissingData: UNKNOWN,
            EvaluateLowSampleCountPercentile: UNKNOWN
        }
    };
}
const or = (results) => (results.includes('yes') ? 'yes' : results.includes('unknown') ? 'unknown' : 'no');
const sns_filter_and = (results) => (results.includes('no') ? 'no' : results.includes('unknown') ? 'unknown' : 'yes');
/** Judges one subscription's filter policy (text as SNS stores it) and scope against the alarm's notification. */
function judgeFilterPolicy(policyText, scope, alarm) {
    if (!policyText || !policyText.trim())
        return { delivers: 'yes', why: 'no filter policy' };
    let policy;
    try {
        policy = JSON.parse(policyText);
    }
    catch {
        return { delivers: 'unknown', why: 'its filter policy is not JSON' };
    }
    if (!policy || typeof policy !== 'object' || Array.isArray(policy)) {
        return { delivers: 'unknown', why: 'its filter policy is not a JSON object' };
    }
    if (Object.keys(policy).length === 0)
        return { delivers: 'yes', why: 'an empty filter policy' };
    const body = (scope ?? 'MessageAttributes') === 'MessageBody';
    // CloudWatch sends no message attributes: with the attribute scope, every key is absent.
    const message = body ? alarmNotificationBody(alarm) : {};
    const delivers = matchPolicy(policy, message);
    const where = body ? 'the alarm notification body' : 'the message attributes (CloudWatch sends none)';
    const why = delivers === 'yes'
        ? `its filter policy (${body ? 'MessageBody' : 'MessageAttributes'}) matches ${where}`
        : delivers === 'no'
            ? `its filter policy (scope ${body ? 'MessageBody' : 'MessageAttributes'}) drops alarm notifications: it does not match ${where}`
            : `its filter policy (scope ${body ? 'MessageBody' : 'MessageAttributes'}) tests fields of the notification whose values are not known before the alarm fires`;
    return { delivers, why };
}
function matchPolicy(policy, message) {
    return sns_filter_and(Object.entries(policy).map(([key, rule]) => {
        if (key === '$or') {
            return Array.isArray(rule)
                ? or(rule.map((sub) => (sub && typeof sub === 'object' ? matchPolicy(sub, message) : 'unknown')))
                : 'unknown';
        }
        const field = message[key];
        if (Array.isArray(rule))
            return matchField(rule, field);
        if (rule && typeof rule === 'object') {
            // A nested policy (MessageBody scope): the nested object, or an absent one.
            const nested = field && typeof field === 'object' && !(field instanceof OneOf) ? field : {};
            if (field === UNKNOWN)
                return 'unknown';
            return matchPolicy(rule, nested);
        }
        return matchField([rule], field);
    }));
}
function matchField(conditions, field) {
    if (field === undefined) {
        return or(conditions.map((c) => (isObject(c) && 'exists' in c ? (c.exists === false ? 'yes' : 'no') : 'no')));
    }
    if (field === UNKNOWN) {
        return or(conditions.map((c) => (isObject(c) && 'exists' in c ? (c.exists === true ? 'yes' : 'no') : 'unknown')));
    }
    if (field instanceof OneOf) {
        const each = field.values.map((v) => matchField(conditions, v));
        return each.every((r) => r === 'yes') ? 'yes' : each.every((r) => r === 'no') ? 'no' : 'unknown';
    }
    const values = Array.isArray(field) ? field : [field];
    return or(values.map((v) => or(conditions.map((c) => matchCondition(c, v)))));
}
const isObject = (v) => !!v && typeof v === 'object' && !Array.isArray(v);
function matchCondition(condition, value) {
    if (condition === null)
        return value === null ? 'yes' : 'no';
    if (typeof condition === 'string')
        return value === condition ? 'yes' : 'no';
    if (typeof condition === 'number')
        return typeof value === 'number' && value === condition ? 'yes' : 'no';
    if (typeof condition === 'boolean')
        return value === condition ? 'yes' : 'no';
    if (!isObject(condition))
        return 'unknown';
    const [operator, operand] = Object.entries(condition)[0] ?? [];
    const text = typeof value === 'string' ? value : undefined;
    switch (operator) {
        case 'exists':
            return operand === true ? 'yes' : 'no';
        case 'prefix':
            return typeof operand === 'string' ? (text?.startsWith(operand) ? 'yes' : 'no') : 'unknown';
        case 'suffix':
            return typeof operand === 'string' ? (text?.endsWith(operand) ? 'yes' : 'no') : 'unknown';
        case 'equals-ignore-case':
            return typeof operand === 'string' ? (text?.toLowerCase() === operand.toLowerCase() ? 'yes' : 'no') : 'unknown';
        case 'wildcard':
            return typeof operand === 'string'
                ? text !== undefined && wildcardMatch(operand, text)
                    ? 'yes'
                    : 'no'
                : 'unknown';
        case 'anything-but': {
            if (isObject(operand)) {
                const inner = matchCondition(operand, value);
                return inner === 'unknown' ? 'unknown' : inner === 'yes' ? 'no' : 'yes';
            }
            const excluded = Array.isArray(operand) ? operand : [operand];
            return excluded.some((x) => x === value) ? 'no' : 'yes';
        }
        case 'numeric':
            return matchNumeric(operand, value);
        default:
            return 'unknown'; // cidr and operators this check does not implement
    }
}
function matchNumeric(operand, value) {
    if (!Array.isArray(operand))
        return 'unknown';
    if (typeof value !== 'number')
        return 'no';
    for (let i = 0; i + 1 < operand.length; i += 2) {
        const op = operand[i];
        const bound = operand[i + 1];
        if (typeof bound !== 'number')
            return 'unknown';
        const ok = op === '='
            ? value === bound
            : op === '<'
                ? value < bound
                : op === '<='
                    ? value <= bound
                    : op === '>'
                        ? value > bound
                        : op === '>='
                            ? value >= bound
                            : undefined;
        if (ok === undefined)
            return 'unknown';
        if (!ok)
            return 'no';
    }
    return 'yes';
}

// EXTERNAL MODULE: ./src/judge/remediation.ts
var remediation = __webpack_require__(7222);
;// CONCATENATED MODULE: ./src/judge/topic.ts
// The topic link: can CloudWatch deliver an alarm notification to the topic? Pure judgement over what was read: the
// topic (its region, FIFO or not, its access policy, evaluated), the key it is encrypted with (kind, state, key
// policy, evaluated), and what CloudWatch itself recorded about the alarm's last notification.
//
// AWS behaviour this rests on:
//  - SNS Developer Guide, "Encrypting topics" / "Enable compatibility between event sources from AWS services and
//    encrypted topics" (sns-key-management.html): a service that publishes to an encrypted topic needs the key's
//    policy to let it call kms:GenerateDataKey* and kms:Decrypt; the AWS managed key (alias/aws/sns) has a policy
//    that cannot be changed, so CloudWatch can never use it; a key that is not Enabled cannot be used at all (KMS
//    Developer Guide, "Key states of AWS KMS keys").
//  - SNS access control, topic policies; IAM policy evaluation (see iam-policy.ts). CloudWatch publishes as the
//    service principal cloudwatch.amazonaws.com with aws:SourceArn (the alarm) and aws:SourceAccount (its account)
//    (CloudWatch User Guide, "Confused deputy prevention"); a same-account topic also works through the default
//    policy, which lets the owner account publish (AWS:SourceOwner).
//  - SNS Publish API: a FIFO topic needs a MessageGroupId, which CloudWatch alarm notifications do not carry.
//  - PutMetricAlarm AlarmActions: the SNS topic is named by an ARN in the alarm's Region.
//  - AWS re:Post knowledge center, "Why didn't I receive an SNS notification for my CloudWatch alarm trigger?": the
//    alarm history (type Action) records "Failed to execute action <topic>" with the error AWS met.





const CLOUDWATCH_PRINCIPAL = 'cloudwatch.amazonaws.com';
const AWS_MANAGED_SNS_KEY = /(^|[:/])alias\/aws\/sns$/;
const AWS_MANAGED_ALIAS = /(^|[:/])alias\/aws\//;
const KEY_POLICY_STATEMENT = JSON.stringify({
    Sid: 'AllowCloudWatchAlarmsToUseTheKey',
    Effect: 'Allow',
    Principal: { Service: CLOUDWATCH_PRINCIPAL },
    Action: ['kms:Decrypt', 'kms:GenerateDataKey*'],
    Resource: '*'
}, null, 2);
const accountOf = (arn) => arn.split(':')[4] ?? '';
/** A real ARN (state from code may carry a resource address or an expression instead). */
const isArn = (text) => /^arn:[^:]+:[^:]+:[^:]*:\d{12}:.+/.test(text);
const partitionOf = (arn) => arn.split(':')[1] || 'aws';
/** The policy AWS gives a topic that was never given one: the owner account may publish (AWS:SourceOwner). */
function defaultTopicPolicy(topicArn) {
    return JSON.stringify({
        Version: '2008-10-17',
        Id: '__default_policy_ID',
        Statement: [
            {
                Sid: '__default_statement_ID',
                Effect: 'Allow',
                Principal: { AWS: '*' },
                Action: ['SNS:Publish', 'SNS:Subscribe', 'SNS:GetTopicAttributes'],
                Resource: topicArn,
                Condition: { StringEquals: { 'AWS:SourceOwner': accountOf(topicArn) } }
            }
        ]
    });
}
/** The requests CloudWatch makes for `alarm`: as its service principal, and for a same-account topic as the account. */
/** CloudFormation's pseudo parameters: in one template, the alarm and the topic share them. */
const CFN_PSEUDO = ['${AWS::Partition}', '${AWS::Region}', '${AWS::AccountId}'];
function publishRequests(topicArn, alarm, source) {
    // Values that are not known (state from code before deploy) stay out of the context: conditions on them, and a
    // Resource other than "*" or the topic's own reference, cannot be decided. In a CloudFormation template (or CDK's)
    // the alarm's ARN is known up to the pseudo parameters it shares with the policy's `!Sub` strings.
    const template = !isArn(alarm.arn) && (source === 'cloudformation' || source === 'cdk');
    const account = isArn(alarm.arn) ? accountOf(alarm.arn) : template ? '${AWS::AccountId}' : '';
    const sourceArn = template
        ? `arn:\${AWS::Partition}:cloudwatch:\${AWS::Region}:\${AWS::AccountId}:alarm:${alarm.name}`
        : alarm.arn;
    const context = account
        ? { 'aws:SourceArn': sourceArn, 'aws:SourceAccount': account, 'aws:SourceOwner': account }
        : {};
    const resource = isArn(topicArn) ? topicArn : undefined;
    const unknownParts = resource ? {} : { resourceText: topicArn, ...(template ? { literalTokens: CFN_PSEUDO } : {}) };
    const requests = [
        {
            principal: { service: CLOUDWATCH_PRINCIPAL },
            action: 'sns:Publish',
            resource,
            ...unknownParts,
            context: { ...context, 'aws:PrincipalServiceName': CLOUDWATCH_PRINCIPAL, 'aws:PrincipalIsAWSService': 'true' }
        }
    ];
    if (account && isArn(alarm.arn) && account === accountOf(topicArn)) {
        requests.push({
            principal: { arn: `arn:${partitionOf(topicArn)}:iam::${account}:root`, account },
            action: 'sns:Publish',
            resource,
            ...unknownParts,
            context: { ...context, 'aws:PrincipalAccount': account, 'aws:PrincipalIsAWSService': 'false' }
        });
    }
    return requests;
}
const conditionValues = (alarm) => `aws:SourceArn = ${alarm.arn}, aws:SourceAccount = ${accountOf(alarm.arn)}`;
/** Does the topic policy let CloudWatch publish the alarm's notification? Evaluated, not pattern-matched. */
function judgeTopicPolicy(policyText, topicArn, alarm, source) {
    if (policyText === undefined && !(isArn(topicArn) && isArn(alarm.arn))) {
        // State from code, no policy declared: AWS gives the topic its default policy, which lets the owner account's
        // alarms publish; a topic and alarm declared together are the same account's.
        return {
            status: 'pass',
            text: "The topic keeps AWS's default policy, which lets its own account's alarms publish."
        };
    }
    const policy = policyText ?? defaultTopicPolicy(topicArn);
    const decisions = publishRequests(topicArn, alarm, source).map((r) => evaluatePolicy(policy, r));
    const evaluated = `evaluated for the values CloudWatch sends for alarm ${alarm.name} (${conditionValues(alarm)})`;
    const repair = remediation/* fixTopicPolicy */.bx(topicArn, (0,judge_context/* regionOfArn */.b2)(topicArn, ''), (0,topic_policy/* cloudWatchPublishStatement */.Z2)(topicArn, accountOf(alarm.arn)));
    const denied = decisions.find((d) => d.decision === 'denied');
    if (denied) {
        return {
            status: 'fail',
            text: `The topic policy denies SNS:Publish to CloudWatch (statement ${denied.statements.join(', ')}, ${evaluated}): alarm notifications cannot be delivered.`,
            fix: repair
        };
    }
    const doubtfulDeny = decisions.find((d) => d.decision === 'undecided' && d.undecidedDeny);
    if (doubtfulDeny) {
        return {
            status: 'manual',
            text: `Could not decide whether the topic policy denies CloudWatch: ${doubtfulDeny.unknowns.join('; ')} cannot be evaluated from what the check knows.`
        };
    }
    const allowed = decisions.find((d) => d.decision === 'allowed');
    if (allowed) {
        return {
            status: 'pass',
            text: `The topic policy lets CloudWatch publish (statement ${allowed.statements.join(', ')}, ${evaluated}).`
        };
    }
    const undecided = decisions.find((d) => d.decision === 'undecided');
    if (undecided) {
        return {
            status: 'manual',
            text: `Could not decide whether the topic policy lets CloudWatch publish: ${undecided.unknowns.join('; ')} cannot be evaluated from what the check knows.`
        };
    }
    return {
        status: 'fail',
        text: `No statement of the topic policy lets CloudWatch publish (${evaluated}): alarm notifications are refused.`,
        fix: repair
    };
}
/** Can CloudWatch use the topic's key? `key` absent: not read (state from code), judged by its name only. */
function judgeTopicKey(keyId, key, alarm, topicArn) {
    const region = (0,judge_context/* regionOfArn */.b2)(topicArn, '');
    const reencrypt = remediation/* fixTopicEncryption */.Ys(topicArn, region);
    if (AWS_MANAGED_SNS_KEY.test(keyId) || AWS_MANAGED_ALIAS.test(keyId)) {
        return {
            status: 'fail',
            text: `The topic is encrypted with the AWS managed key ${keyId}, whose policy CloudWatch cannot use: alarm notifications are silently dropped.`,
            fix: reencrypt
        };
    }
    if (!key) {
        return {
            status: 'pass',
            text: `The topic is encrypted with ${keyId}; its key policy must allow ${CLOUDWATCH_PRINCIPAL} kms:Decrypt and kms:GenerateDataKey*.`
        };
    }
    if (!key.metadata.ok) {
        const p = key.metadata.problem;
        return p.kind === 'not-found'
            ? {
                status: 'fail',
                text: `The topic's key ${keyId} does not exist: SNS cannot encrypt, so every notification is refused.`,
                fix: reencrypt
            }
            : { status: 'manual', text: (0,judge_context/* problemText */.fI)(p), fix: remediation/* fixReadProblem */.FZ(p) };
    }
    const m = key.metadata.value;
    if (m.keyManager === 'AWS') {
        return {
            status: 'fail',
            text: `The topic is encrypted with ${m.arn || keyId}, an AWS managed key (KeyManager AWS), whose policy CloudWatch cannot use and nobody can change: alarm notifications are silently dropped.`,
            fix: reencrypt
        };
    }
    if (m.keyState !== 'Enabled') {
        return {
            status: 'fail',
            text: `The topic's key ${m.arn || keyId} is ${m.keyState}: KMS refuses to use it, so SNS cannot encrypt and every notification is refused.`,
            fix: remediation/* fixKeyState */.cz(m.keyId, m.arn ? (0,judge_context/* regionOfArn */.b2)(m.arn, region) : region, m.keyState)
        };
    }
    if (!key.policy)
        return { status: 'manual', text: `The key policy of ${m.arn} was not read.` };
    if (!key.policy.ok) {
        return { status: 'manual', text: (0,judge_context/* problemText */.fI)(key.policy.problem), fix: remediation/* fixReadProblem */.FZ(key.policy.problem) };
    }
    const context = alarm
        ? { 'aws:SourceArn': alarm.arn, 'aws:SourceAccount': accountOf(alarm.arn) }
        : {};
    const verdicts = ['kms:GenerateDataKey', 'kms:Decrypt'].map((action) => ({
        action,
        d: evaluatePolicy(key.policy.ok ? key.policy.value : '', {
            principal: { service: CLOUDWATCH_PRINCIPAL },
            action,
            resource: m.arn,
            context: { ...context, 'aws:PrincipalServiceName': CLOUDWATCH_PRINCIPAL, 'aws:PrincipalIsAWSService': 'true' }
        })
    }));
    const refused = verdicts.filter((v) => v.d.decision === 'denied' || v.d.decision === 'implicit-deny');
    const keyFix = remediation/* fixKeyPolicy */.xU(m.keyId, (0,judge_context/* regionOfArn */.b2)(m.arn, region), KEY_POLICY_STATEMENT);
    if (refused.length) {
        return {
            status: 'fail',
            text: `The key policy of ${m.arn} does not let CloudWatch use the key (${refused.map((v) => `${v.action}: ${v.d.decision === 'denied' ? `denied by ${v.d.statements.join(', ')}` : 'no statement allows it'}`).join('; ')}): SNS cannot encrypt the alarm notification, so it is dropped. Add this statement to the key policy:\n${KEY_POLICY_STATEMENT}`,
            fix: keyFix
        };
    }
    const undecided = verdicts.find((v) => v.d.decision === 'undecided');
    if (undecided) {
        return {
            status: 'manual',
            text: `Could not decide whether the key policy of ${m.arn} lets CloudWatch use the key: ${undecided.d.unknowns.join('; ')} cannot be evaluated from what the check knows.`
        };
    }
    return {
        status: 'pass',
        text: `The key ${m.arn} is a customer managed key, enabled, and its policy lets CloudWatch use it (kms:GenerateDataKey and kms:Decrypt${alarm ? `, evaluated for ${conditionValues(alarm)}` : ''}).`
    };
}
/** What the alarm history says about the alarm's last notification to this topic. */
function historyPart(topicArn, alarm) {
    const history = alarm?.history;
    if (!history)
        return undefined;
    if (!history.ok) {
        return {
            note: `The alarm history could not be read (${history.problem.message}); this verdict rests on the configuration alone.`
        };
    }
    const last = history.value.latest.find((r) => r.resource === topicArn);
    if (!last)
        return { note: 'The alarm history records no notification to this topic yet.' };
    if (last.outcome === 'failed') {
        return {
            status: 'fail',
            text: `CloudWatch recorded that the alarm's last notification to this topic failed (${last.timestamp}): ${last.summary}${last.error && !last.summary.includes(last.error) ? ` (${last.error})` : ''}.`,
            fix: remediation/* fixTestNotification */.tH(alarm.name, (0,judge_context/* regionOfArn */.b2)(alarm.arn, (0,judge_context/* regionOfArn */.b2)(topicArn, '')))
        };
    }
    if (last.outcome === 'succeeded')
        return { note: `The alarm's last notification to this topic was delivered (${last.timestamp}).` };
    return undefined;
}
const SEVERITY = { pass: 0, manual: 1, fail: 2 };
/**
 * Can CloudWatch deliver `alarm`'s notification to the topic? `alarm` absent: only what does not depend on it.
 * Without `key` (not read), a customer key passes with the statement its policy needs (keyPolicyNote).
 */
function judgeTopicDelivery(attributes, topicArn = '', evidence = {}) {
    const parts = [];
    const notes = [];
    const alarm = evidence.alarm;
    const region = (0,judge_context/* regionOfArn */.b2)(topicArn, '');
    const alarmRegion = alarm ? (0,judge_context/* regionOfArn */.b2)(alarm.arn, '') : '';
    if (alarm && region && alarmRegion && region !== alarmRegion) {
        parts.push({
            status: 'fail',
            text: `The topic is in ${region} and the alarm in ${alarmRegion}: an alarm notifies SNS topics of its own Region only.`,
            fix: remediation/* fixTopic */.HM({ region: alarmRegion, topicName: topicArn.split(':')[5] ?? 'topic' })
        });
    }
    if (attributes.fifo || /\.fifo$/.test(topicArn)) {
        parts.push({
            status: 'fail',
            text: 'The topic is a FIFO topic: every publish to it needs a message group id, which CloudWatch alarm notifications do not carry, so they are refused. Use a standard topic.',
            fix: remediation/* fixTopic */.HM({
                region: region || alarmRegion,
                topicName: (topicArn.split(':')[5] ?? 'topic').replace(/\.fifo$/, '')
            })
        });
    }
    const keyId = attributes.kmsMasterKeyId;
    if (keyId)
        parts.push(judgeTopicKey(keyId, evidence.key, alarm, topicArn));
    if (alarm)
        parts.push(judgeTopicPolicy(attributes.policy, topicArn, alarm, evidence.source));
    else {
        // Without the alarm, only an unconditional verdict counts: evaluate for any alarm of the topic's account.
        const anyAlarm = {
            arn: `arn:${partitionOf(topicArn)}:cloudwatch:${region}:${accountOf(topicArn)}:alarm:*`,
            name: '*'
        };
        const p = judgeTopicPolicy(attributes.policy, topicArn, anyAlarm);
        if (p.status === 'fail')
            parts.push(p);
    }
    const history = historyPart(topicArn, alarm);
    if (history && 'note' in history)
        notes.push(history.note);
    else if (history)
        parts.push(history);
    const worst = parts.reduce((w, p) => (SEVERITY[p.status] > SEVERITY[w] ? p.status : w), 'pass');
    const shown = worst === 'pass' ? parts : parts.filter((p) => p.status !== 'pass');
    const text = shown.map((p) => p.text);
    if (worst === 'pass' && text.length === 0)
        text.push('The topic exists and its policy does not stop CloudWatch from publishing.');
    const fixes = shown.flatMap((p) => (p.fix ? [p.fix] : []));
    const judgement = {
        status: worst,
        delivers: worst === 'pass',
        why: [...text, ...notes].join(' '),
        fix: fixes.length
            ? { change: fixes.map((f) => f.change).join(' '), commands: fixes.map((f) => f.commands).join('\n') }
            : undefined
    };
    if (keyId && !AWS_MANAGED_ALIAS.test(keyId) && !evidence.key)
        judgement.keyPolicyNote = KEY_POLICY_STATEMENT;
    return judgement;
}
/** The alarm of the chain, or (for a topic judged alone, as enforce does) the alarm enforce would create. */
function notifyingAlarm(ctx, c, topicArn) {
    if (c.alarm)
        return { arn: c.alarm.arn, name: c.alarm.name, history: c.alarm.history };
    const region = c.group?.region ?? (0,judge_context/* regionOfArn */.b2)(topicArn, ctx.state.region);
    const account = ctx.state.identity?.account || accountOf(topicArn);
    return {
        arn: `arn:${partitionOf(topicArn)}:cloudwatch:${region}:${account}:alarm:${ctx.names.alarmName}`,
        name: ctx.names.alarmName
    };
}
function judgeTopicLink(ctx, c) {
    const topic = c.topic;
    const groupRegion = c.group?.region ?? ctx.state.region;
    const names = remediation/* namesFor */.GT(ctx, c);
    if (!topic) {
        return {
            id: 'topic.delivery',
            status: 'fail',
            resource: '',
            region: groupRegion,
            message: c.alarm ? `Alarm ${c.alarm.name} notifies no SNS topic.` : 'No alarm, so no SNS topic to check.',
            fix: {
                change: 'Create an SNS topic and make the alarm notify it.',
                commands: `${remediation/* fixTopic */.HM(names).commands}\n${remediation/* fixAlarm */.fF(ctx.control, names).commands}`
            },
            absent: true
        };
    }
    const region = (0,judge_context/* regionOfArn */.b2)(topic.arn, groupRegion);
    const at = { resource: topic.arn, region, location: topic.location };
    if (!topic.attributes.ok) {
        const p = topic.attributes.problem;
        return p.kind === 'not-found'
            ? {
                id: 'topic.delivery',
                status: 'fail',
                ...at,
                message: `Topic ${topic.arn} does not exist: the alarm notifies nobody.`,
                fix: remediation/* fixTopic */.HM({ ...names, topicName: topic.arn.split(':')[5] ?? names.topicName, region })
            }
            : { id: 'topic.delivery', status: 'manual', ...at, message: (0,judge_context/* problemText */.fI)(p), fix: remediation/* fixReadProblem */.FZ(p) };
    }
    const d = judgeTopicDelivery(topic.attributes.value, topic.arn, {
        alarm: notifyingAlarm(ctx, c, topic.arn),
        key: topic.key,
        source: ctx.state.source?.kind
    });
    return {
        id: 'topic.delivery',
        status: d.status,
        ...at,
        message: d.why,
        fix: d.fix ?? remediation/* fixTopicEncryption */.Ys(topic.arn, region)
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
            fix: remediation/* fixSubscription */.nX('<sns-topic-arn>', groupRegion),
            absent: true
        };
    }
    const region = (0,judge_context/* regionOfArn */.b2)(topic.arn, groupRegion);
    const at = { resource: topic.arn, region, location: topic.location };
    if (!topic.subscriptions.ok) {
        const p = topic.subscriptions.problem;
        return {
            id: 'subscription.confirmed',
            status: 'manual',
            ...at,
            message: (0,judge_context/* problemText */.fI)(p),
            fix: remediation/* fixReadProblem */.FZ(p)
        };
    }
    const subs = topic.subscriptions.value;
    const confirmed = subs.filter((s) => s.confirmed);
    const pending = subs.length - confirmed.length;
    // A confirmed subscription whose filter policy drops the alarm notification is not a receiver.
    const alarm = c.alarm ?? {
        name: ctx.names.alarmName,
        arn: notifyingAlarm(ctx, c, topic.arn).arn,
        metricName: ctx.names.metricName,
        namespace: ctx.names.metricNamespace
    };
    const judged = confirmed.map((s) => {
        if (!s.filter)
            return { s, delivers: 'yes', why: '' };
        if (!s.filter.ok)
            return { s, delivers: 'unknown', why: (0,judge_context/* problemText */.fI)(s.filter.problem), problem: s.filter.problem };
        const j = judgeFilterPolicy(s.filter.value.policy, s.filter.value.scope, alarm);
        return { s, delivers: j.delivers, why: j.why };
    });
    const receivers = judged.filter((j) => j.delivers === 'yes');
    const undecided = judged.filter((j) => j.delivers === 'unknown');
    const dropping = judged.filter((j) => j.delivers === 'no');
    const notes = [...new Set(receivers.flatMap((j) => (j.s.note ? [j.s.note] : [])))];
    const filtered = receivers.filter((j) => j.why && j.why !== 'no filter policy').length;
    const receiversText = `${receivers.length} confirmed subscription${receivers.length > 1 ? 's' : ''} (${[...new Set(receivers.map((j) => j.s.protocol))].join(', ')})${filtered ? `, ${filtered} with a filter policy that lets alarm notifications through` : ''}${notes.length ? `: ${notes.join('; ')}` : ''}.`;
    const droppedText = dropping.length
        ? ` ${dropping.length} confirmed subscription${dropping.length > 1 ? 's' : ''} receive${dropping.length > 1 ? '' : 's'} nothing: ${dropping.map((j) => `${j.s.protocol} ${j.s.arn}: ${j.why}`).join('; ')}.`
        : '';
    const location = confirmed[0]?.location ?? subs[0]?.location ?? topic.location;
    if (receivers.length) {
        return { id: 'subscription.confirmed', status: 'pass', ...at, location, message: receiversText };
    }
    if (undecided.length) {
        const first = undecided[0];
        return {
            id: 'subscription.confirmed',
            status: 'manual',
            ...at,
            location,
            message: `Could not decide whether a confirmed subscription receives alarm notifications: ${undecided.map((j) => `${j.s.protocol} ${j.s.arn}: ${j.why}`).join('; ')}.${droppedText}`,
            fix: 'problem' in first && first.problem
                ? remediation/* fixReadProblem */.FZ(first.problem)
                : remediation/* fixFilterPolicy */.Mv(first.s.arn, region)
        };
    }
    return {
        id: 'subscription.confirmed',
        status: 'fail',
        ...at,
        location,
        message: dropping.length
            ? `No subscription receives the alarm notification.${droppedText}`
            : pending
                ? `The topic has ${pending} subscription${pending > 1 ? 's' : ''} pending confirmation and none confirmed: nobody receives the alarm until someone confirms.`
                : 'The topic has no subscription: nobody receives the alarm.',
        fix: dropping.length
            ? remediation/* fixFilterPolicy */.Mv(dropping[0].s.arn, region)
            : remediation/* fixSubscription */.nX(topic.arn, region, pending > 0)
    };
}


/***/ }),

/***/ 2651:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Af: () => (/* binding */ judgeTrailLink)
/* harmony export */ });
/* unused harmony exports judgeSelectors, STALE_DELIVERY_HOURS */
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
/** A logging trail whose last delivery to CloudWatch Logs is older than this is worth a warning. */
const STALE_DELIVERY_HOURS = 24;
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
                fix: _remediation_js__WEBPACK_IMPORTED_MODULE_2__/* .fixCreateTrail */ .g$(region, ctx.state.identity?.account)
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
        out.push({
            id: 'trail.management-events',
            status: j.managementWrite ? 'pass' : 'fail',
            ...at,
            message: j.managementWrite ? 'Management write events are recorded.' : j.why,
            fix: _remediation_js__WEBPACK_IMPORTED_MODULE_2__/* .fixTrailManagementEvents */ .kg(trail.name, home, trail.selectors.value)
        });
        out.push({
            id: 'trail.kms-events-included',
            status: j.kmsIncluded ? 'pass' : 'fail',
            ...at,
            message: j.kmsIncluded ? `${ctx.control.target.eventSource} events are not excluded.` : j.why,
            fix: _remediation_js__WEBPACK_IMPORTED_MODULE_2__/* .fixTrailKmsIncluded */ .jn(trail.name, home, ctx.control.target, trail.selectors.value)
        });
    }
    // GetTrailStatus reports CloudTrail's own view of the delivery (CloudTrail API reference, GetTrailStatus:
    // LatestCloudWatchLogsDeliveryError, LatestCloudWatchLogsDeliveryTime): a delivery error means events stop short of
    // the log group, so the metric filter never sees them.
    const deliveryError = trail.status.ok ? trail.status.value.latestCloudWatchLogsDeliveryError : undefined;
    const deliveredAt = trail.status.ok ? trail.status.value.latestCloudWatchLogsDeliveryTime : undefined;
    const lastDelivery = deliveredAt ? ` The last delivery was at ${deliveredAt}.` : '';
    const hoursSince = deliveredAt && ctx.state.readAt ? (Date.parse(ctx.state.readAt) - Date.parse(deliveredAt)) / 3_600_000 : undefined;
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
            message: `Trail ${trail.name} reports a CloudWatch Logs delivery error: ${deliveryError}. Events that CloudTrail cannot deliver never reach the metric filter.${lastDelivery}`,
            fix: _remediation_js__WEBPACK_IMPORTED_MODULE_2__/* .fixTrailDelivery */ .Gc(trail.name, trail.cloudWatchLogsRoleArn, trail.logGroupArn, home)
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
    else if (hoursSince !== undefined &&
        hoursSince > STALE_DELIVERY_HOURS &&
        trail.status.ok &&
        trail.status.value.isLogging) {
        out.push({
            id: 'trail.cloudwatch-logs',
            status: 'warn',
            ...at,
            message: `Trail ${trail.name} delivers to log group ${c.group.name}, but CloudTrail last delivered there ${Math.floor(hoursSince)} hours ago (${deliveredAt}), although the trail is logging: check that the delivery still works.`,
            fix: _remediation_js__WEBPACK_IMPORTED_MODULE_2__/* .fixTrailDelivery */ .Gc(trail.name, trail.cloudWatchLogsRoleArn, trail.logGroupArn, home)
        });
    }
    else {
        out.push({
            id: 'trail.cloudwatch-logs',
            status: 'pass',
            ...at,
            message: `Trail ${trail.name} delivers to log group ${c.group.name}.${lastDelivery}`
        });
    }
    return out;
}


/***/ }),

/***/ 5235:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A4: () => (/* binding */ worstStatus),
/* harmony export */   ZD: () => (/* binding */ EXTRA_CHECK_IDS),
/* harmony export */   jo: () => (/* binding */ FINDING_IDS)
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
/**
 * Checks beyond the chain, run only when asked for (`cross-check`, `fire-drill`): evidence about the chain, not a link
 * of it. A report holds them after the chain's checks, and they count towards its status like any other finding.
 */
const EXTRA_CHECK_IDS = ['cross-check.agreement', 'drill.delivery'];
/** The worst of several statuses: fail, then manual, then pass. */
function worstStatus(statuses) {
    if (statuses.includes('fail'))
        return 'fail';
    if (statuses.includes('manual'))
        return 'manual';
    return 'pass';
}


/***/ }),

/***/ 8861:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BF: () => (/* binding */ writeOutputFile),
/* harmony export */   Dh: () => (/* binding */ outputFileWriter),
/* harmony export */   cX: () => (/* binding */ resolveOutputFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _input_rules_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9133);
// A file the tool writes on the user's behalf (the SARIF file): validated with the other inputs, before any AWS call,
// and written without ever leaving the workspace. The path must resolve inside the workspace (GITHUB_WORKSPACE for the
// action, the current directory for the CLI): no absolute path elsewhere, no `..` out of it, no symbolic link that
// leads out of it, and not a directory or any other kind of file than a regular one. Writing checks the real path of
// the directory again (after creating it) and opens the file without following a symbolic link (O_NOFOLLOW), so a
// link planted between the check and the write cannot redirect it either.



const EXAMPLE = 'results/cmk-alarm.sarif';
function lstat(p) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(p);
    }
    catch {
        return undefined;
    }
}
/** `child` is `parent` or inside it (both absolute and normalised). */
function isInside(child, parent) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(parent, child);
    return rel === '' || (!rel.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel));
}
/** Why writing `target` could leave `workspace` or hit something that is not a file; undefined when it cannot. */
function problemOf(target, workspace) {
    const ws = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workspace);
    if (!isInside(target, ws) || target === ws) {
        return `must be a file inside the workspace (${ws}): no absolute path elsewhere and no ".." out of it`;
    }
    let realWorkspace;
    try {
        realWorkspace = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(ws);
    }
    catch {
        return `must be a file inside the workspace, but the workspace ${ws} does not exist`;
    }
    // The deepest directory of the path that exists: its real path (every link resolved) must be in the workspace.
    let dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(target);
    while (!lstat(dir) && dir !== ws)
        dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(dir);
    const found = lstat(dir);
    if (found && !found.isDirectory() && !found.isSymbolicLink()) {
        return `must be a file path whose directories are directories, but ${node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(ws, dir)} is a file`;
    }
    let realDir;
    try {
        realDir = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(dir);
    }
    catch {
        return `must be a file inside the workspace, but its directory ${node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(ws, dir)} is a broken symbolic link`;
    }
    if (!isInside(realDir, realWorkspace)) {
        return `must be a file inside the workspace, but ${node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(ws, dir) || '.'} is a symbolic link to ${realDir}, outside it`;
    }
    const existing = lstat(target);
    if (existing?.isSymbolicLink())
        return 'must not be a symbolic link (it would be followed to write elsewhere)';
    if (existing?.isDirectory())
        return 'must be a file path, not a directory';
    if (existing && !existing.isFile())
        return 'must be a regular file (it exists and is a FIFO, socket or device)';
    return undefined;
}
/** The input's path, absolute, when it is a safe place to write; else an InputError naming the input and the rule. */
function resolveOutputFile(input, raw, workspace) {
    if (raw.includes('\0') || /[/\\]$/.test(raw)) {
        throw new _input_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, `must be a file path, not a directory (got ${(0,_input_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .quoteValue */ .cl)(raw)})`, EXAMPLE);
    }
    const target = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workspace, raw);
    const problem = problemOf(target, workspace);
    if (problem)
        throw new _input_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, `${problem} (got ${(0,_input_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .quoteValue */ .cl)(raw)})`, EXAMPLE);
    return target;
}
/**
 * Writes `content` to `target` (from resolveOutputFile) inside `workspace`, creating its directories; throws an Error
 * saying why when it cannot, or when the place stopped being safe since it was checked.
 */
function writeOutputFile(target, workspace, content) {
    const unsafe = (problem) => new Error(`it is no longer a safe place to write: it ${problem}`);
    const before = problemOf(target, workspace);
    if (before)
        throw unsafe(before);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(target), { recursive: true });
    const after = problemOf(target, workspace);
    if (after)
        throw unsafe(after);
    // No O_TRUNC: the file is checked first (a regular file with one link), then emptied. O_NONBLOCK: a FIFO planted
    // there fails at once instead of blocking the step. (Both flags are 0 where the platform lacks them.)
    const flags = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_CREAT | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0) | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0);
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(target, flags, 0o644);
    try {
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        if (!stat.isFile())
            throw new Error('the path is not a regular file');
        if (stat.nlink > 1)
            throw new Error('the file has other hard links, which writing it would change too');
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.ftruncateSync)(fd, 0);
        const data = Buffer.from(content, 'utf8');
        for (let written = 0; written < data.length;)
            written += (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(fd, data, written);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/**
 * A file that cannot be written loses nothing else: it is reported (`report`, with what it was) and the run goes on to
 * its other files, its summary and its outputs.
 */
function outputFileWriter(workspace, report) {
    let failure;
    return {
        write(what, name, target, text) {
            try {
                writeOutputFile(target, workspace, text());
                return true;
            }
            catch (error) {
                const problem = `the ${what} ${name}: ${error instanceof Error ? error.message : String(error)}`;
                failure ??= problem;
                report(problem, what);
                return false;
            }
        },
        get failure() {
            return failure;
        }
    };
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
 * Characters JSON.stringify leaves raw that a terminal or a log viewer may act on: DEL, the C1 controls (U+009B is a
 * one-character CSI, U+009D an OSC), bidirectional overrides and isolates, and the line and paragraph separators.
 * (JSON.stringify escapes the C0 controls, ESC included, itself.)
 */
const RAW_IN_JSON = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/**
 * JSON.stringify, with `#` written as `\u0023` where it would form `##[`, and the characters above written as `\uXXXX`:
 * the same data once parsed, but a log line or a terminal showing it cannot be taken for a legacy `##[command]` by
 * the Actions runner, nor for an escape sequence by a terminal. (JSON escapes line breaks, and indented lines start
 * with whitespace and a quote or bracket, so `::` can never start a line.)
 */
function stringifyForLog(value, indent) {
    return JSON.stringify(value, null, indent)
        .replace(/##\[/g, '#\\u0023[')
        .replace(RAW_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
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
/* harmony import */ var _model_report_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5235);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(649);
/* harmony import */ var _controls_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7731);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9681);
// SARIF 2.1.0 for github/codeql-action/upload-sarif: every check is a rule; every failing, warning or
// undecided finding is a result located on the workflow file (the account has no source file to point at).





const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const TOOL_NAME = 'cmk-alarm-action';
const LEVEL = { fail: 'error', warn: 'warning', manual: 'note' };
const MAX_MESSAGE_CHARS = 20_000;
function rule(control, id) {
    const r = (0,_controls_index_js__WEBPACK_IMPORTED_MODULE_1__/* .checkText */ .qW)(control, id).rule;
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
    lines.push(`${what}: ${(0,_redact_js__WEBPACK_IMPORTED_MODULE_3__/* .toSingleLine */ .OX)(f.title)}.`);
    if (f.message)
        lines.push((0,_redact_js__WEBPACK_IMPORTED_MODULE_3__/* .toSingleLine */ .OX)(f.message));
    if (f.resource)
        lines.push(`Resource: ${(0,_redact_js__WEBPACK_IMPORTED_MODULE_3__/* .toSingleLine */ .OX)(f.resource)} (${(0,_redact_js__WEBPACK_IMPORTED_MODULE_3__/* .toSingleLine */ .OX)(f.region)})`);
    const remediation = (0,_redact_js__WEBPACK_IMPORTED_MODULE_3__/* .toPlainLines */ .$k)(f.remediation ?? '')
        .join('\n')
        .trim();
    if (remediation)
        lines.push(`Remediation:\n${remediation}`);
    return (0,_redact_js__WEBPACK_IMPORTED_MODULE_3__/* .truncate */ .xv)(lines.join('\n'), MAX_MESSAGE_CHARS);
}
/** From the check and the resource (its code address when read from code), never the line: alerts survive edits. */
function fingerprint(f) {
    const what = f.location ? `${f.location.file}\u0000${f.location.address ?? f.resource}` : f.resource;
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(`${f.id}\u0000${what}`).digest('hex').slice(0, 32) + ':1';
}
/** `{account}` and `{region}` of a category template, for one report. */
function fillCategory(template, report) {
    return template
        .replaceAll('{account}', (0,_redact_js__WEBPACK_IMPORTED_MODULE_3__/* .toSingleLine */ .OX)(report.identity?.account || 'unknown-account'))
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
    const control = (0,_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .controlOf */ .rs)(report, opts.control);
    const uri = relativeUri(opts.workflowFile);
    if (!uri)
        throw new Error('buildSarif: workflowFile must be a repository-relative path');
    // The chain's checks, then the extra ones the run was asked for (cross-check, fire drill).
    const ruleIds = [
        ..._model_report_js__WEBPACK_IMPORTED_MODULE_4__/* .FINDING_IDS */ .jo,
        ..._model_report_js__WEBPACK_IMPORTED_MODULE_4__/* .EXTRA_CHECK_IDS */ .ZD.filter((id) => report.findings.some((f) => f.id === id))
    ];
    const results = report.findings
        .filter((f) => f.status !== 'pass')
        .map((f) => ({
        ruleId: f.id,
        ruleIndex: ruleIds.indexOf(f.id),
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
                        ? { logicalLocations: [{ fullyQualifiedName: (0,_redact_js__WEBPACK_IMPORTED_MODULE_3__/* .toSingleLine */ .OX)(f.location.address), kind: 'resource' }] }
                        : {})
                }
                : {
                    physicalLocation: { artifactLocation: { uri }, region: { startLine: 1 } },
                    ...(f.resource ? { message: { text: (0,_redact_js__WEBPACK_IMPORTED_MODULE_3__/* .truncate */ .xv)((0,_redact_js__WEBPACK_IMPORTED_MODULE_3__/* .toSingleLine */ .OX)(f.resource), 1_000) } } : {})
                }
        ],
        partialFingerprints: { primaryLocationLineHash: fingerprint(f) },
        properties: {
            status: f.status,
            ...(f.resource ? { resource: (0,_redact_js__WEBPACK_IMPORTED_MODULE_3__/* .truncate */ .xv)((0,_redact_js__WEBPACK_IMPORTED_MODULE_3__/* .toSingleLine */ .OX)(f.resource), 1_000) } : {}),
            ...(f.region ? { region: (0,_redact_js__WEBPACK_IMPORTED_MODULE_3__/* .toSingleLine */ .OX)(f.region) } : {})
        }
    }));
    return {
        tool: {
            driver: {
                name: TOOL_NAME,
                semanticVersion: opts.toolVersion,
                version: opts.toolVersion,
                informationUri: opts.informationUri ?? control.securityHub.url,
                rules: ruleIds.map((id) => rule(control, id))
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

/***/ 3017:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Jy: () => (/* binding */ decideEstateExit),
  eF: () => (/* binding */ run),
  W9: () => (/* binding */ shouldFail)
});

// UNUSED EXPORTS: decideExit

// EXTERNAL MODULE: ./src/aws/budget.ts
var aws_budget = __webpack_require__(4988);
// EXTERNAL MODULE: ./src/controls/index.ts + 1 modules
var controls = __webpack_require__(7731);
// EXTERNAL MODULE: ./src/enforce/index.ts + 1 modules
var src_enforce = __webpack_require__(2709);
// EXTERNAL MODULE: ./src/estate/settings.ts
var estate_settings = __webpack_require__(1199);
// EXTERNAL MODULE: ./src/judge/chain.ts + 2 modules
var chain = __webpack_require__(3347);
;// CONCATENATED MODULE: ./src/judge/extra-checks.ts

function withExtraFindings(report, findings) {
    if (findings.length === 0)
        return report;
    const all = [...report.findings, ...findings];
    const status = (0,chain/* overallStatus */.gX)(all);
    return { ...report, findings: all, status, compliant: status === 'pass' };
}

// EXTERNAL MODULE: ./src/model/report.ts
var model_report = __webpack_require__(5235);
// EXTERNAL MODULE: ./src/verify.ts
var verify = __webpack_require__(5538);
;// CONCATENATED MODULE: ./src/run.ts







async function run(request, deps) {
    const { mode, settings } = request;
    const control = request.control ?? controls/* DEFAULT_CONTROL */.as;
    const budget = new aws_budget/* TimeBudget */.z(settings.timeoutSeconds);
    const auth = await deps.authenticate(settings, budget);
    if (mode !== 'iac' && (0,estate_settings/* isEstate */.DR)(settings.estate)) {
        // Loaded only by the runs over many accounts or regions.
        const { runEstate } = await __webpack_require__.e(/* import() */ 890).then(__webpack_require__.bind(__webpack_require__, 4890));
        const estate = await runEstate({ mode, control, settings, auth, budget }, deps.estate);
        const reports = estate.run.targets.map((t) => t.report);
        return {
            mode,
            control,
            auth,
            run: { status: estate.run.status, reports },
            report: reports[0],
            estate,
            exit: decideEstateExit(control, estate.run, settings.failOn, settings.enforce.dryRun)
        };
    }
    const enforce = mode === 'enforce' ? await (0,src_enforce/* runEnforce */.q)(control, settings, auth.clients) : undefined;
    const verified = enforce ?? (await (0,verify/* verifyAccount */.P)(control, settings, auth.clients));
    const extra = await runExtraChecks(control, settings, verified, auth.clients);
    const report = extra.report;
    const runReport = { status: (0,model_report/* worstStatus */.A4)([report.status]), reports: [report] };
    return {
        mode,
        control,
        auth,
        run: runReport,
        report,
        enforce,
        ...(extra.crossCheck ? { crossCheck: extra.crossCheck } : {}),
        ...(extra.drill ? { drill: extra.drill } : {}),
        exit: decideExit(control, runReport.status, settings.failOn, enforce, settings.enforce.dryRun)
    };
}
/**
 * The checks after verify that run only when asked for, each loaded only then (dynamic imports keep them out of the
 * bundle's main chunk): AWS's evaluator as a second opinion on the filter, then the fire drill on the passing chain.
 * Their findings join the report.
 */
async function runExtraChecks(control, settings, verified, clients) {
    if (!settings.crossCheck && !settings.fireDrill)
        return { report: verified.report };
    const findings = [];
    let crossCheck;
    let drill;
    const notes = [];
    if (settings.crossCheck) {
        const { runCrossCheck, crossCheckFinding } = await __webpack_require__.e(/* import() */ 27).then(__webpack_require__.bind(__webpack_require__, 8027));
        crossCheck = await runCrossCheck(control, verified.report, verified.state, clients);
        if (crossCheck)
            findings.push(crossCheckFinding(control, crossCheck));
        else
            notes.push('cross-check: the chain has no metric filter, so there was no pattern to ask AWS about.');
    }
    if (settings.fireDrill) {
        const { runFireDrill, drillFinding } = await __webpack_require__.e(/* import() */ 492).then(__webpack_require__.bind(__webpack_require__, 6492));
        drill = await runFireDrill(verified.report, verified.state, clients, { runName: settings.runName });
        const finding = drillFinding(control, drill);
        if (finding)
            findings.push(finding);
        else
            notes.push(`fire drill skipped: ${drill.reason}`);
    }
    const report = withExtraFindings(verified.report, findings);
    return {
        report: notes.length ? { ...report, notes: [...(report.notes ?? []), ...notes] } : report,
        crossCheck,
        drill
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
    }
    // A dry run judges the account as it is now, like verify, and says what the apply would change.
    if (!shouldFail(status, failOn))
        return { fail: false, code: 0 };
    const plan = enforce && dryRun ? ` Dry run, nothing was changed; the apply would ${wouldChange(enforce)}.` : '';
    return status === 'fail'
        ? {
            fail: true,
            code: 1,
            message: `The account does not meet ${control.name}: see the job summary for the fix.${plan}`
        }
        : {
            fail: true,
            code: 3,
            message: `The check could not be decided (status manual): see the job summary for what to grant.${plan}`
        };
}
/** The plan's changes in one phrase: "create metric-filter x, update alarm y", or "change nothing". */
function wouldChange(enforce) {
    const acts = enforce.plan.changes.filter((c) => c.action !== 'noop').map((c) => `${c.action} ${c.type} ${c.name}`);
    return acts.length ? acts.join(', ') : 'change nothing';
}
/** The exit of a run over many targets: enforce's blockers and failed writes first, then `fail-on` over every target. */
function decideEstateExit(control, estate, failOn, dryRun = false) {
    const n = estate.targets.length;
    const of = (k) => `${k} of ${n} target${n === 1 ? '' : 's'}`;
    if (estate.mode === 'enforce') {
        const blocked = estate.targets.filter((t) => t.enforce && (t.enforce.blockers.length > 0 || t.enforce.error));
        if (blocked.length > 0) {
            return {
                fail: true,
                code: 1,
                message: `Enforce could not ${dryRun ? 'plan' : 'change'} ${of(blocked.length)} (${blocked
                    .slice(0, 5)
                    .map((t) => `${t.account} ${t.region}`)
                    .join(', ')}${blocked.length > 5 ? ', …' : ''}): see the job summary.`
            };
        }
    }
    // A dry run judges the accounts as they are now, like verify.
    if (!shouldFail(estate.status, failOn))
        return { fail: false, code: 0 };
    const failing = estate.targets.filter((t) => t.report.status === 'fail').length;
    const manual = estate.targets.filter((t) => t.report.status === 'manual').length;
    return estate.status === 'fail'
        ? { fail: true, code: 1, message: `${of(failing)} do not meet ${control.name}: see the job summary for the fixes.` }
        : {
            fail: true,
            code: 3,
            message: `${of(manual)} could not be decided (status manual): see the job summary for what to grant.`
        };
}


/***/ }),

/***/ 9502:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  P$: () => (/* binding */ parseSettings)
});

// UNUSED EXPORTS: ACTION_MODES, DEFAULT_SARIF_CATEGORY, DEFAULT_TIMEOUT_SECONDS, InputError, MODES, parseActionMode, parseBoolean, partitionOfRegion, quoteValue

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
// EXTERNAL MODULE: ./src/estate/settings.ts
var estate_settings = __webpack_require__(1199);
// EXTERNAL MODULE: ./src/input-rules.ts
var input_rules = __webpack_require__(9133);
// EXTERNAL MODULE: ./src/output-file.ts
var output_file = __webpack_require__(8861);
;// CONCATENATED MODULE: ./src/settings.ts
// Every input, parsed and validated into one typed object before any AWS call. An error names the input, the rule
// it breaks and an example of a good value. The action reads inputs from action.yml's names; the CLI maps its flags
// to the same names, so both get the same rules and the same messages.







const MODES = ['verify', 'enforce', 'iac'];
/** The action's modes: the run's, and the first and last jobs of the matrix workflow (src/estate). */
const ACTION_MODES = [...MODES, 'merge', 'matrix'];
/** The action's `mode` input, matrix workflow modes included. */
function parseActionMode(raw) {
    return oneOf('mode', raw, ACTION_MODES, 'verify');
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
    const workspace = options.workspace ?? env.GITHUB_WORKSPACE ?? process.cwd();
    const sarifPath = sarifFile === undefined ? undefined : (0,output_file/* resolveOutputFile */.cX)('sarif-file', sarifFile, workspace);
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
    const timeoutSeconds = (0,input_rules/* parseWholeNumber */.oA)('timeout-seconds', get('timeout-seconds'), 10, 3600, DEFAULT_TIMEOUT_SECONDS, 'seconds');
    const sarifCategory = get('sarif-category').trim() || DEFAULT_SARIF_CATEGORY;
    if (!SARIF_CATEGORY.test(sarifCategory)) {
        throw new input_rules/* InputError */.dz('sarif-category', `must be 1-255 printable ASCII characters (got ${(0,input_rules/* quoteValue */.cl)(sarifCategory)})`, DEFAULT_SARIF_CATEGORY);
    }
    const enforce = (0,settings/* parseEnforceSettings */.LC)(get);
    const estate = (0,estate_settings/* parseEstateSettings */.z3)(get, { region, isRegion: (r) => REGION.test(r), partitionOf: partitionOfRegion });
    // report-file: the same rule as sarif-file (a file inside the workspace), checked before any AWS call.
    if (estate.reportFile !== undefined)
        estate.reportPath = (0,output_file/* resolveOutputFile */.cX)('report-file', estate.reportFile, workspace);
    const names = {
        filterName: enforce.metricFilterName,
        metricName: enforce.metricName,
        metricNamespace,
        alarmName: enforce.alarmName,
        topicName: enforce.snsTopicName
    };
    const fireDrill = (0,input_rules/* parseBoolean */.yG)('fire-drill', get('fire-drill'), false);
    const crossCheck = (0,input_rules/* parseBoolean */.yG)('cross-check', get('cross-check'), false);
    for (const [input, on] of [
        ['fire-drill', fireDrill],
        ['cross-check', crossCheck]
    ]) {
        if (on && options.mode === 'iac') {
            throw new input_rules/* InputError */.dz(input, 'needs mode verify or enforce: it runs against the account after verify, and mode iac reads code with no AWS credentials', 'false');
        }
    }
    for (const [input, on] of [
        ['fire-drill', fireDrill],
        ['cross-check', crossCheck]
    ]) {
        if (on && (0,estate_settings/* isEstate */.DR)(estate)) {
            throw new input_rules/* InputError */.dz(input, 'runs on one account in one region: not with accounts, organization or regions (run it in each account and region)', 'false');
        }
    }
    if (fireDrill && enforce.dryRun) {
        throw new input_rules/* InputError */.dz('fire-drill', 'conflicts with dry-run: true (a dry run changes nothing, and the fire drill sets the state of an alarm)', 'false');
    }
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
        sarifPath,
        workspace,
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
        iac,
        estate,
        fireDrill,
        crossCheck,
        runName: runNameOf(env)
    };
}
/** The workflow run's URL (and attempt), or the CLI: what the fire drill's state reason names. */
function runNameOf(env) {
    if (!env.GITHUB_RUN_ID || !env.GITHUB_REPOSITORY)
        return 'the cmk-alarm CLI';
    const server = env.GITHUB_SERVER_URL || 'https://github.com';
    const attempt = env.GITHUB_RUN_ATTEMPT && env.GITHUB_RUN_ATTEMPT !== '1' ? ` (attempt ${env.GITHUB_RUN_ATTEMPT})` : '';
    return `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}${attempt}`.replace(/[\x00-\x1f\x7f]/g, '');
}


/***/ }),

/***/ 1016:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  FA: () => (/* binding */ accountSource),
  GM: () => (/* binding */ readAccount),
  we: () => (/* binding */ readAlarmsForMetric)
});

// UNUSED EXPORTS: TopicReader

// EXTERNAL MODULE: ./src/aws/arn.ts
var aws_arn = __webpack_require__(1626);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudtrail/dist-cjs/index.js
var dist_cjs = __webpack_require__(7392);
// EXTERNAL MODULE: ./src/aws/answer.ts
var answer = __webpack_require__(8199);
;// CONCATENATED MODULE: ./src/aws/cloudtrail.ts
// CloudTrail reads, translated into the pure state model.


/** DescribeTrails with shadow trails: every trail that logs this region, wherever its home is. */
async function describeTrails(client) {
    const out = (0,answer/* requireFields */.z)('cloudtrail:DescribeTrails', await client.send(new dist_cjs/* DescribeTrailsCommand */.oSd({ includeShadowTrails: true })), 'trailList');
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
    const out = (0,answer/* requireFields */.z)('cloudtrail:GetTrailStatus', await client.send(new dist_cjs/* GetTrailStatusCommand */.aMm({ Name: trailArn })), 'IsLogging');
    return {
        isLogging: out.IsLogging === true,
        latestCloudWatchLogsDeliveryError: out.LatestCloudWatchLogsDeliveryError || undefined,
        latestCloudWatchLogsDeliveryTime: out.LatestCloudWatchLogsDeliveryTime?.toISOString()
    };
}
async function getEventSelectors(client, trailArn) {
    const out = (0,answer/* requireFields */.z)('cloudtrail:GetEventSelectors', await client.send(new dist_cjs/* GetEventSelectorsCommand */.ave({ TrailName: trailArn })), 'TrailARN');
    return {
        basic: (out.EventSelectors ?? []).map((s) => ({
            readWriteType: s.ReadWriteType,
            includeManagementEvents: s.IncludeManagementEvents,
            excludeManagementEventSources: s.ExcludeManagementEventSources ?? [],
            dataResources: s.DataResources?.length
                ? s.DataResources.map((d) => ({ type: d.Type ?? '', values: d.Values ?? [] }))
                : undefined
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

// EXTERNAL MODULE: ./src/aws/logs.ts
var logs = __webpack_require__(446);
// EXTERNAL MODULE: ./src/aws/cloudwatch.ts
var cloudwatch = __webpack_require__(3817);
// EXTERNAL MODULE: ./src/aws/kms-client.ts
var kms_client = __webpack_require__(5834);
;// CONCATENATED MODULE: ./src/aws/kms.ts
// KMS reads for the key a topic is encrypted with: what kind of key it is and its state (DescribeKey), and its key
// policy (GetKeyPolicy), so the topic judge can decide whether CloudWatch may use it. (The client is the project's
// two-operation KMS client, see kms-client.ts.)


/** `keyId`: a key id, key ARN, alias name or alias ARN, as a topic's KmsMasterKeyId gives it. */
async function describeKey(client, keyId) {
    const out = (0,answer/* requireFields */.z)('kms:DescribeKey', await client.send(new kms_client/* DescribeKeyCommand */.sp({ KeyId: keyId })), 'KeyMetadata.KeyId', 'KeyMetadata.KeyState');
    const m = out.KeyMetadata;
    return {
        keyId: m.KeyId ?? '',
        arn: m.Arn ?? '',
        keyManager: m.KeyManager ?? '',
        keyState: m.KeyState ?? '',
        account: m.AWSAccountId ?? ''
    };
}
/** The key policy (its only name is `default`). `keyId` is the key id DescribeKey answered, not an alias. */
async function getKeyPolicy(client, keyId) {
    const out = (0,answer/* requireFields */.z)('kms:GetKeyPolicy', await client.send(new kms_client/* GetKeyPolicyCommand */.$r({ KeyId: keyId, PolicyName: 'default' })), 'Policy');
    return out.Policy ?? '';
}

// EXTERNAL MODULE: ./src/aws/read.ts
var read = __webpack_require__(3761);
// EXTERNAL MODULE: ./src/aws/sns.ts
var sns = __webpack_require__(2231);
// EXTERNAL MODULE: ./src/aws/sts.ts
var sts = __webpack_require__(8665);
// EXTERNAL MODULE: ./src/controls/index.ts + 1 modules
var controls = __webpack_require__(7731);
// EXTERNAL MODULE: ./src/pattern/index.ts + 1 modules
var src_pattern = __webpack_require__(4045);
;// CONCATENATED MODULE: ./src/sources/account.ts
// The live-account source: reads the account along the chain, and only along it: trails → their log group's metric
// filters → the alarms on each filter's metric → the topics those alarms notify → their subscriptions. It yields the
// pure AccountState the judges read (as the IaC sources do from code). No judgement happens here.
//
// Speed: every read is issued as soon as what it needs is known, so a run waits for as few round trips one after the
// other as the chain allows (identity and trails together; a log group's filters beside its trail's status and
// selectors; a topic's attributes and subscriptions beside its alarm's history; a key's policy beside its description
// when the topic names the key itself). Each resource is read once however many trails, filters or alarms lead to it.
// Two relevance tests keep the number of reads independent of the account's size (see `followedTrails` and
// `canMatchTarget`): what they leave unread cannot change the verdict.










/** The live account as a source: one state, for the scope's region. */
function accountSource(clients, scope, options = {}) {
    return {
        label: `the account in ${scope.region}`,
        read: async () => [await readAccount(clients, scope, options)]
    };
}
function readAccount(clients, scope, options = {}) {
    return new AccountReader(clients, scope).read(options);
}
/** The alarms on one metric, each with the topics it notifies (used by enforce for a metric it is about to create). */
function readAlarmsForMetric(clients, region, metric) {
    return new AccountReader(clients, { region }).alarms({ region, ...metric });
}
class AccountReader {
    clients;
    scope;
    identity;
    topics;
    control;
    /** One read per log group, per metric, per alarm's history and per pattern's relevance, however often reached. */
    groupReads = new Map();
    alarmReads = new Map();
    historyReads = new Map();
    relevance = new Map();
    constructor(clients, scope) {
        this.clients = clients;
        this.scope = scope;
        this.control = scope.control ?? controls/* DEFAULT_CONTROL */.as;
        this.topics = new TopicReader(clients, () => this.identity);
    }
    async read(options) {
        const { region } = this.scope;
        const readAt = new Date().toISOString();
        const reuse = options.reuse;
        if (reuse)
            this.identity = reuse.identity;
        for (const metric of options.expect?.metrics ?? [])
            void this.alarms(metric);
        for (const arn of options.expect?.alarmArns ?? [])
            void this.history(arn, (0,aws_arn/* parseArn */.Lw)(arn)?.resource.replace(/^alarm:/, '') ?? '', region);
        for (const arn of options.expect?.topicArns ?? [])
            void this.topics.get(arn);
        if (reuse) {
            if (!reuse.trails.ok)
                return { region, identity: reuse.identity, trails: reuse.trails, readAt };
            const trails = await Promise.all(reuse.trails.value.map(async ({ logGroup: _before, ...trail }) => {
                const state = { ...trail };
                // Followed before (it delivers to a log group of the scope): followed again, from its log group on.
                const group = _before && trail.logGroupArn ? (0,aws_arn/* parseLogGroupArn */.MJ)(trail.logGroupArn) : undefined;
                if (group)
                    state.logGroup = await this.logGroup(group);
                return state;
            }));
            return { region, identity: reuse.identity, trails: { ok: true, value: trails }, readAt };
        }
        // The identity and the trails need nothing from each other. The log groups wait for both: a group in another
        // account is not read with these credentials.
        const [identityRead, trailsRead] = await Promise.all([
            (0,read/* read */.L)('sts:GetCallerIdentity', () => (0,sts/* getCallerIdentity */.e)(this.clients.sts(region)), this.clients.budget),
            (0,read/* read */.L)('cloudtrail:DescribeTrails', () => describeTrails(this.clients.cloudtrail(region)), this.clients.budget)
        ]);
        const identity = identityRead.ok ? identityRead.value : undefined;
        this.identity = identity;
        if (!trailsRead.ok)
            return { region, identity, trails: trailsRead, readAt };
        const unique = [...new Map(trailsRead.value.map((t) => [t.arn, t])).values()];
        const trails = await Promise.all(this.followedTrails(unique).map((t) => this.trail(t)));
        return { region, identity, trails: { ok: true, value: trails }, readAt };
    }
    /** The log group a trail would be followed to: it delivers to one, of the scope (`log-group-name`). */
    groupOf(trail) {
        const group = trail.logGroupArn ? (0,aws_arn/* parseLogGroupArn */.MJ)(trail.logGroupArn) : undefined;
        return group && (!this.scope.logGroupName || this.scope.logGroupName === group.name) ? group : undefined;
    }
    /**
     * The trails read beyond DescribeTrails. A trail that is not multi-region, or that delivers to no log group of the
     * scope, fails `trail.multi-region-logging` or `trail.cloudwatch-logs` whatever else is read, so it can never be
     * the trail of a passing chain, nor of one blocked only by undecided checks: when another trail can be, the verdict
     * and the reported chain come from those, and these are left out. When none can, every trail is read as before,
     * so the report still shows the one that got furthest and every fix it needs. An organization trail is always
     * read: a run over many accounts judges its chain once, in the account that holds it, for every member it covers.
     */
    followedTrails(trails) {
        const candidates = trails.filter((t) => (t.isMultiRegion && this.groupOf(t)) || t.isOrganizationTrail);
        return candidates.length > 0 ? candidates : trails;
    }
    async trail(trail) {
        const home = trail.homeRegion || this.scope.region;
        const client = this.clients.cloudtrail(home);
        const group = this.groupOf(trail);
        const [status, selectors, logGroup] = await Promise.all([
            (0,read/* read */.L)('cloudtrail:GetTrailStatus', () => getTrailStatus(client, trail.arn), this.clients.budget),
            (0,read/* read */.L)('cloudtrail:GetEventSelectors', () => getEventSelectors(client, trail.arn), this.clients.budget),
            group ? this.logGroup(group) : undefined
        ]);
        const state = {
            name: trail.name,
            arn: trail.arn,
            homeRegion: home,
            account: (0,aws_arn/* parseArn */.Lw)(trail.arn)?.account ?? '',
            isMultiRegion: trail.isMultiRegion,
            isOrganizationTrail: trail.isOrganizationTrail,
            status,
            selectors,
            logGroupArn: trail.logGroupArn,
            cloudWatchLogsRoleArn: trail.cloudWatchLogsRoleArn
        };
        if (logGroup)
            state.logGroup = logGroup;
        return state;
    }
    logGroup(group) {
        let pending = this.groupReads.get(group.arn);
        if (!pending) {
            pending = this.readLogGroup(group);
            this.groupReads.set(group.arn, pending);
        }
        return pending;
    }
    async readLogGroup(group) {
        const base = { name: group.name, arn: group.arn, region: group.region, account: group.account };
        const identity = this.identity;
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
        const filtersRead = await (0,read/* read */.L)('logs:DescribeMetricFilters', () => (0,logs/* describeMetricFilters */.nC)(this.clients.logs(group.region), group.name), this.clients.budget);
        if (!filtersRead.ok)
            return { ...base, metricFilters: filtersRead };
        const filters = await Promise.all(filtersRead.value.map(async (f) => {
            const relevant = this.canMatchTarget(f.pattern);
            return {
                ...f,
                transformations: await Promise.all(f.transformations.map(async (t) => ({
                    ...t,
                    alarms: relevant ? await this.alarms({ region: group.region, ...t }) : this.notRead(f.name, t)
                })))
            };
        }));
        return { ...base, metricFilters: { ok: true, value: filters } };
    }
    /**
     * Whether a filter's alarms can matter: its pattern matches an ordinary event of one of the control's target calls
     * (the control's sample: an IAM user's call that succeeded). A pattern that matches none of them does not match
     * every target event, so the filter judge fails it and no chain through it can pass, nor be undecided rather than
     * failed: its alarms cannot change the verdict, and are not read. (An account's other CIS filters — root usage,
     * refused calls, IAM or network changes — are such filters.) A filter that matches some target events but misses
     * others is read to the end, so its report still lists every fix.
     */
    canMatchTarget(pattern) {
        let relevant = this.relevance.get(pattern);
        if (relevant === undefined) {
            let compiled;
            try {
                compiled = (0,src_pattern/* compile */.wE)(pattern);
            }
            catch {
                compiled = undefined; // an invalid pattern matches nothing
            }
            const target = this.control.target;
            relevant =
                compiled !== undefined &&
                    target.eventNames.some((name) => {
                        const event = target.sample(name);
                        return compiled.test((0,src_pattern/* prepareEvent */.mG)(JSON.stringify(event), event));
                    });
            this.relevance.set(pattern, relevant);
        }
        return relevant;
    }
    notRead(filterName, metric) {
        const target = this.control.target;
        return {
            ok: false,
            problem: {
                kind: 'not-needed',
                action: 'cloudwatch:DescribeAlarmsForMetric',
                message: `The alarms on ${metric.metricNamespace}/${metric.metricName} were not read: metric filter ${filterName} matches no ${target.eventSource} ${target.eventNames.join(' or ')} event, so no alarm on its metric can complete the chain.`
            }
        };
    }
    /** The alarms on a metric, each with its topics and its history, read once per metric. */
    alarms(metric) {
        const key = `${metric.region}\n${metric.metricNamespace}\n${metric.metricName}`;
        let pending = this.alarmReads.get(key);
        if (!pending) {
            pending = this.readAlarms(metric);
            this.alarmReads.set(key, pending);
        }
        return pending;
    }
    async readAlarms(metric) {
        // The metric without dimensions: a filter's dimension values come from each event, so no fixed set can be asked
        // for; an alarm with dimensions watches only one combination of them (the alarm judge says so).
        const alarmsRead = await (0,read/* read */.L)('cloudwatch:DescribeAlarmsForMetric', () => (0,cloudwatch/* describeAlarmsForMetric */.DJ)(this.clients.cloudwatch(metric.region), {
            metricName: metric.metricName,
            namespace: metric.metricNamespace
        }), this.clients.budget);
        if (!alarmsRead.ok)
            return alarmsRead;
        const alarms = await Promise.all(alarmsRead.value.map(async (alarm) => {
            const topicArns = [...new Set(alarm.alarmActions.filter(aws_arn/* isSnsTopicArn */.FB))];
            const [entries, history] = await Promise.all([
                Promise.all(topicArns.map(async (arn) => [arn, await this.topics.get(arn)])),
                topicArns.length > 0 ? this.history(alarm.arn, alarm.name, metric.region) : undefined
            ]);
            const state = { ...alarm, topics: Object.fromEntries(entries) };
            if (history)
                state.history = history;
            return state;
        }));
        return { ok: true, value: alarms };
    }
    /**
     * The alarm's latest notifications as CloudWatch recorded them. Extra evidence only: one read attempt on a client
     * with two attempts per call, since a service that does not serve it (moto answers 500) must not slow the run.
     */
    history(alarmArn, alarmName, fallbackRegion) {
        let pending = this.historyReads.get(alarmArn);
        if (!pending) {
            const region = (0,aws_arn/* parseArn */.Lw)(alarmArn)?.region || fallbackRegion;
            pending = (0,read/* read */.L)('cloudwatch:DescribeAlarmHistory', () => (0,cloudwatch/* describeAlarmActionHistory */.Vw)(this.clients.cloudwatchEvidence(region), alarmName), this.clients.budget, { attempts: 1 });
            this.historyReads.set(alarmArn, pending);
        }
        return pending;
    }
}
/** At most this many confirmed subscriptions of a topic have their filter policy read. */
const SUBSCRIPTION_FILTERS_READ = 20;
/** Reads each topic once, however many alarms name it. */
class TopicReader {
    clients;
    identity;
    cache = new Map();
    /** `identity`: the account these credentials are for, once known (a key elsewhere has its policy read there). */
    constructor(clients, identity = () => undefined) {
        this.clients = clients;
        this.identity = identity;
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
        const region = (0,aws_arn/* parseArn */.Lw)(arn)?.region ?? '';
        const client = this.clients.sns(region);
        // The attributes and the subscriptions together; the key as soon as the attributes name it, the filter policies as
        // soon as the subscriptions are listed.
        const attributesRead = (0,read/* read */.L)('sns:GetTopicAttributes', () => (0,sns/* getTopicAttributes */.dx)(client, arn), this.clients.budget);
        const subscriptionsRead = (0,read/* read */.L)('sns:ListSubscriptionsByTopic', () => (0,sns/* listSubscriptionsByTopic */.Xw)(client, arn), this.clients.budget).then(async (listed) => listed.ok ? { ok: true, value: await this.readFilters(client, listed.value) } : listed);
        const keyRead = attributesRead.then((a) => a.ok && a.value.kmsMasterKeyId ? this.readKey(a.value.kmsMasterKeyId, arn, region) : undefined);
        const [attributes, subscriptions, key] = await Promise.all([attributesRead, subscriptionsRead, keyRead]);
        if (!attributes.ok && attributes.problem.kind === 'not-found') {
            return { arn, attributes, subscriptions: { ok: true, value: [] } };
        }
        const topic = { arn, attributes, subscriptions };
        if (key)
            topic.key = key;
        return topic;
    }
    /** The filter policy of each confirmed subscription (the first SUBSCRIPTION_FILTERS_READ of them). */
    readFilters(client, subscriptions) {
        let budget = SUBSCRIPTION_FILTERS_READ;
        return Promise.all(subscriptions.map(async (s) => {
            if (!s.confirmed || budget-- <= 0)
                return s;
            const filter = await (0,read/* read */.L)('sns:GetSubscriptionAttributes', () => (0,sns/* getSubscriptionFilter */.iw)(client, s.arn), this.clients.budget);
            return { ...s, filter };
        }));
    }
    /**
     * The topic's key: DescribeKey (it resolves an alias or an ARN), and GetKeyPolicy in the key's own region and
     * account. A key the topic names by id or ARN has its policy asked for beside its description (GetKeyPolicy takes a
     * key id or ARN, not an alias); an alias needs the description first. An AWS managed alias (alias/aws/sns) is
     * judged by its name and not read.
     */
    async readKey(id, topicArn, topicRegion) {
        if (/(^|[:/])alias\/aws\//.test(id))
            return undefined;
        const region = (0,aws_arn/* parseArn */.Lw)(id)?.region || topicRegion;
        const namedKey = !/(^|[:/])alias\//.test(id);
        // A bare key id is a key of the topic's account.
        const keyAccount = (0,aws_arn/* parseArn */.Lw)(id)?.account || (0,aws_arn/* parseArn */.Lw)(topicArn)?.account;
        const account = this.identity()?.account;
        const early = namedKey && (!account || !keyAccount || keyAccount === account)
            ? (0,read/* read */.L)('kms:GetKeyPolicy', () => getKeyPolicy(this.clients.kms(region), id), this.clients.budget)
            : undefined;
        const metadata = await (0,read/* read */.L)('kms:DescribeKey', () => describeKey(this.clients.kms(region), id), this.clients.budget);
        if (!metadata.ok)
            return { id, metadata };
        const m = metadata.value;
        if (account && m.account && m.account !== account) {
            // GetKeyPolicy works only in the key's own account.
            return {
                id,
                metadata,
                policy: {
                    ok: false,
                    problem: {
                        kind: 'cross-account',
                        action: 'kms:GetKeyPolicy',
                        message: `The key ${m.arn} is in account ${m.account}; its key policy can only be read there. Run the check in account ${m.account}.`
                    }
                }
            };
        }
        const keyRegion = (0,aws_arn/* parseArn */.Lw)(m.arn)?.region || region;
        const policy = (await early) ??
            (await (0,read/* read */.L)('kms:GetKeyPolicy', () => getKeyPolicy(this.clients.kms(keyRegion), m.keyId), this.clients.budget));
        return { id, metadata, policy };
    }
}


/***/ }),

/***/ 5538:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ verifyAccount)
/* harmony export */ });
/* harmony import */ var _judge_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4707);
/* harmony import */ var _sources_account_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1016);


async function verifyAccount(control, settings, clients, 
/** How to read (enforce's verify after its changes reuses what it knows): see ReadOptions. */
options = {}) {
    const [state] = await (0,_sources_account_js__WEBPACK_IMPORTED_MODULE_1__/* .accountSource */ .FA)(clients, {
        region: settings.region,
        logGroupName: settings.logGroupName,
        control
    }, options).read();
    const report = (0,_judge_index_js__WEBPACK_IMPORTED_MODULE_0__/* .evaluate */ ._3)(state, { control, patternPolicy: settings.patternPolicy, names: settings.names });
    return { state, report };
}


/***/ })

};
