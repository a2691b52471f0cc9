export const id = 619;
export const ids = [619];
export const modules = {

/***/ 7731:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  as: () => (/* binding */ DEFAULT_CONTROL),
  qW: () => (/* binding */ checkText),
  Eq: () => (/* binding */ controlById)
});

// UNUSED EXPORTS: CONTROLS

;// CONCATENATED MODULE: ./src/controls/cis-4.7.ts
const KMS = 'kms.amazonaws.com';
/**
 * The CIS Benchmark literal (control text, remediation step 1): the pattern enforce writes. Security Hub compares
 * pattern text, so it is written exactly as CIS prints it.
 */
const CIS_PATTERN = '{($.eventSource = kms.amazonaws.com) && (($.eventName=DisableKey)||($.eventName=ScheduleKeyDeletion)) }';
/** The Security Hub CloudWatch.7 remediation text: the CIS literal but for whitespace. */
const SECURITY_HUB_PATTERN = '{($.eventSource=kms.amazonaws.com) && (($.eventName=DisableKey) || ($.eventName=ScheduleKeyDeletion))}';
/** The CIS pattern spaced for reading, in rule texts. */
const CIS_SPACED = '{ ($.eventSource = kms.amazonaws.com) && (($.eventName = DisableKey) || ($.eventName = ScheduleKeyDeletion)) }';
const KEY_ID = '1234abcd-12ab-34cd-56ef-1234567890ab';
const KEY_ARN = `arn:aws:kms:us-west-2:111122223333:key/${KEY_ID}`;
const IAM_USER = {
    type: 'IAMUser',
    principalId: 'EX_PRINCIPAL_ID',
    arn: 'arn:aws:iam::111122223333:user/Alice',
    accountId: '111122223333',
    accessKeyId: 'EXAMPLE_KEY_ID',
    userName: 'Alice'
};
/** KMS Developer Guide, ct-disablekey.html, unwrapped from its `Records` array. */
function disableKeySample() {
    return {
        eventVersion: '1.02',
        userIdentity: { ...IAM_USER },
        eventTime: '2014-11-04T00:52:43Z',
        eventSource: KMS,
        eventName: 'DisableKey',
        awsRegion: 'us-east-1',
        sourceIPAddress: '192.0.2.0',
        userAgent: 'AWS Internal',
        requestParameters: { keyId: KEY_ID },
        responseElements: null,
        requestID: '12345126-30d5-4b28-98b9-9153da559963',
        eventID: 'abcde202-ba1a-467c-b4ba-f729d45ae521',
        readOnly: false,
        resources: [{ ARN: KEY_ARN, accountId: '111122223333' }],
        eventType: 'AwsApiCall',
        recipientAccountId: '111122223333'
    };
}
/** KMS Developer Guide, ct-schedule-key-deletion.html, single-Region key (verbatim values). */
function scheduleKeyDeletionSample() {
    return {
        eventVersion: '1.08',
        userIdentity: { ...IAM_USER },
        eventTime: '2021-03-23T18:58:30Z',
        eventSource: KMS,
        eventName: 'ScheduleKeyDeletion',
        awsRegion: 'us-east-1',
        sourceIPAddress: '192.0.2.0',
        userAgent: 'AWS Internal',
        requestParameters: { pendingWindowInDays: 20, keyId: KEY_ID },
        responseElements: { keyId: KEY_ARN, keyState: 'PendingDeletion', deletionDate: 'Apr 12, 2021 18:58:30 PM' },
        requestID: 'ee408f36-ea01-422b-ac14-b0f147c68334',
        eventID: '3c4226b0-1e81-48a8-a333-7fa5f3cbd118',
        readOnly: false,
        resources: [{ accountId: '111122223333', type: 'AWS::KMS::Key', ARN: KEY_ARN }],
        eventType: 'AwsApiCall',
        recipientAccountId: '111122223333'
    };
}
const CIS_AWS_4_7 = {
    id: 'cis-aws-4.7',
    name: 'CIS AWS 4.7 / Security Hub CloudWatch.7',
    reference: 'CIS AWS Foundations 4.7 / Security Hub CloudWatch.7',
    securityHub: {
        id: 'CloudWatch.7',
        url: 'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html#cloudwatch-7'
    },
    tags: ['security', 'CIS-AWS-4.7', 'CloudWatch.7'],
    target: {
        eventSource: KMS,
        eventNames: ['DisableKey', 'ScheduleKeyDeletion'],
        description: 'KMS DisableKey and ScheduleKeyDeletion events',
        sample: (eventName) => {
            const record = eventName === 'DisableKey' ? disableKeySample() : scheduleKeyDeletionSample();
            record.eventName = eventName;
            return record;
        },
        failure: { errorCode: 'KMSInvalidStateException', errorMessage: `${KEY_ARN} is pending deletion.` },
        relatedEventNames: [
            'DisableKeyRotation',
            'CancelKeyDeletion',
            'EnableKey',
            'Decrypt',
            'Encrypt',
            'GenerateDataKey',
            'DescribeKey',
            'CreateKey',
            'PutKeyPolicy',
            'EnableKeyRotation',
            'DeleteAlias'
        ]
    },
    patterns: { cis: CIS_PATTERN, securityHub: SECURITY_HUB_PATTERN },
    alarm: {
        statistic: 'Sum',
        period: 300,
        threshold: 1,
        comparisonOperator: 'GreaterThanOrEqualToThreshold',
        evaluationPeriods: 1,
        datapointsToAlarm: 1,
        treatMissingData: 'notBreaching',
        description: 'CIS AWS 4.7 / Security Hub CloudWatch.7: a KMS key was disabled or scheduled for deletion.'
    },
    defaults: {
        filterName: 'cmk-disable-or-scheduled-deletion',
        metricName: 'CMKDisableOrScheduledDeletion',
        metricNamespace: 'CISBenchmark',
        alarmName: 'cmk-disable-or-scheduled-deletion',
        topicName: 'cis-security-alarms'
    },
    verdict: {
        pass: 'CloudTrail delivers KMS DisableKey and ScheduleKeyDeletion events to a metric filter whose alarm notifies an SNS topic with a confirmed subscription',
        failConsequence: 'nobody would be notified when a KMS key is disabled or scheduled for deletion'
    },
    findings: {
        'trail.multi-region-logging': {
            title: 'A multi-region CloudTrail trail is logging',
            failTitle: 'No multi-region CloudTrail trail is logging',
            rule: {
                short: 'A multi-Region CloudTrail trail is logging',
                full: 'At least one multi-Region CloudTrail trail must exist and be logging, so KMS API calls in every Region are recorded.',
                fix: 'Turn the trail into a multi-Region trail and start logging: `aws cloudtrail update-trail --name TRAIL --is-multi-region-trail` and `aws cloudtrail start-logging --name TRAIL`.',
                securitySeverity: 7.5
            }
        },
        'trail.management-events': {
            title: 'The trail records management write events',
            failTitle: 'The trail does not record management write events',
            rule: {
                short: 'The trail records management events',
                full: 'The trail must record management events (read and write); DisableKey and ScheduleKeyDeletion are write management events.',
                fix: 'Add an event selector with IncludeManagementEvents=true and ReadWriteType=All: `aws cloudtrail put-event-selectors --trail-name TRAIL --event-selectors \'[{"ReadWriteType":"All","IncludeManagementEvents":true}]\'`.',
                securitySeverity: 7.5
            }
        },
        'trail.kms-events-included': {
            title: 'The trail does not exclude KMS events',
            failTitle: 'The trail excludes KMS events',
            rule: {
                short: 'The trail does not exclude KMS events',
                full: 'The trail must not exclude kms.amazonaws.com from its management events (ExcludeManagementEventSources).',
                fix: "Remove kms.amazonaws.com from ExcludeManagementEventSources in the trail's event selectors (`aws cloudtrail put-event-selectors`).",
                securitySeverity: 7.5
            }
        },
        'trail.cloudwatch-logs': {
            title: 'The trail delivers to CloudWatch Logs',
            failTitle: 'The trail does not deliver to CloudWatch Logs',
            rule: {
                short: 'The trail delivers to CloudWatch Logs',
                full: 'The trail must deliver its events to a CloudWatch Logs log group (CloudWatchLogsLogGroupArn and a role CloudTrail can assume), and delivery must be working.',
                fix: 'Create a log group and a role for CloudTrail, then `aws cloudtrail update-trail --name TRAIL --cloud-watch-logs-log-group-arn LOG_GROUP_ARN --cloud-watch-logs-role-arn ROLE_ARN`.',
                securitySeverity: 7.5
            }
        },
        'filter.pattern': {
            title: 'A metric filter matches every DisableKey and ScheduleKeyDeletion event',
            failTitle: 'No metric filter matches every DisableKey and ScheduleKeyDeletion event',
            rule: {
                short: 'A metric filter matches KMS DisableKey and ScheduleKeyDeletion',
                full: `The trail's log group must have a metric filter whose pattern matches KMS DisableKey and ScheduleKeyDeletion events, e.g. \`${CIS_PATTERN}\`.`,
                fix: `\`aws logs put-metric-filter --log-group-name LOG_GROUP --filter-name CMKDisableOrDeletion --filter-pattern '${CIS_SPACED}' --metric-transformations metricName=CMKDisableOrDeletion,metricNamespace=CISBenchmark,metricValue=1\`.`,
                securitySeverity: 7.5
            }
        },
        'filter.metric-value': {
            title: 'The metric filter counts each event with a positive value',
            failTitle: 'The metric filter does not count each event',
            rule: {
                short: 'The metric filter counts each event',
                full: 'The metric filter must publish a metric value of 1 for each matching event, so one disabled or scheduled-for-deletion key raises the metric.',
                fix: 'Re-create the metric filter with `--metric-transformations ...,metricValue=1` (`aws logs put-metric-filter`).',
                securitySeverity: 7.5
            }
        },
        'filter.security-hub-text': {
            title: 'The filter pattern is the text Security Hub CloudWatch.7 expects',
            failTitle: 'The filter pattern is not the text Security Hub CloudWatch.7 expects',
            rule: {
                short: 'Security Hub recognises the filter pattern',
                full: 'Security Hub CloudWatch.7 compares the filter pattern text with the CIS pattern; a pattern that works but is written differently can still fail the Security Hub control.',
                fix: `Use the CIS pattern text exactly: \`${CIS_PATTERN}\`.`,
                securitySeverity: 3.0
            }
        },
        'alarm.exists': {
            title: 'An alarm watches the metric',
            failTitle: 'No alarm watches the metric',
            rule: {
                short: 'An alarm watches the filter metric',
                full: 'A CloudWatch alarm must watch the metric the filter publishes (same metric name and namespace).',
                fix: '`aws cloudwatch put-metric-alarm --alarm-name CMKDisableOrDeletion --metric-name METRIC --namespace NAMESPACE --statistic Sum --period 300 --evaluation-periods 1 --threshold 1 --comparison-operator GreaterThanOrEqualToThreshold --alarm-actions TOPIC_ARN`.',
                securitySeverity: 7.5
            }
        },
        'alarm.fires-on-one-event': {
            title: 'The alarm fires on a single event',
            failTitle: 'The alarm does not fire on a single event',
            rule: {
                short: 'The alarm fires on a single event',
                full: 'The alarm must go into ALARM for a single matching event, e.g. statistic Sum, threshold 1, GreaterThanOrEqualToThreshold, one evaluation period.',
                fix: 'Update the alarm with `--statistic Sum --threshold 1 --comparison-operator GreaterThanOrEqualToThreshold --evaluation-periods 1` (`aws cloudwatch put-metric-alarm`).',
                securitySeverity: 7.5
            }
        },
        'alarm.actions-enabled': {
            title: 'The alarm actions are enabled',
            failTitle: 'The alarm actions are disabled',
            rule: {
                short: 'The alarm actions are enabled',
                full: 'The alarm must have its actions enabled, or it notifies no one.',
                fix: '`aws cloudwatch enable-alarm-actions --alarm-names ALARM`.',
                securitySeverity: 7.5
            }
        },
        'alarm.sns-action': {
            title: 'The alarm notifies an SNS topic',
            failTitle: 'The alarm notifies no SNS topic',
            rule: {
                short: 'The alarm notifies an SNS topic',
                full: 'The alarm must have an SNS topic among its ALARM actions.',
                fix: 'Add the topic ARN to the alarm with `--alarm-actions TOPIC_ARN` (`aws cloudwatch put-metric-alarm`).',
                securitySeverity: 7.5
            }
        },
        'topic.delivery': {
            title: 'CloudWatch can deliver to the SNS topic',
            failTitle: 'CloudWatch cannot deliver to the SNS topic',
            rule: {
                short: 'CloudWatch can publish to the SNS topic',
                full: 'The SNS topic must exist, and CloudWatch must be able to publish to it (topic policy and, for an encrypted topic, the KMS key policy).',
                fix: 'Create the topic or fix its access policy; for a KMS-encrypted topic, allow cloudwatch.amazonaws.com kms:Decrypt and kms:GenerateDataKey* in the key policy.',
                securitySeverity: 7.5
            }
        },
        'subscription.confirmed': {
            title: 'The topic has a confirmed subscription',
            failTitle: 'Nobody has confirmed a subscription to the topic',
            rule: {
                short: 'The SNS topic has a confirmed subscription',
                full: 'The SNS topic must have at least one confirmed subscription, so a person is actually notified.',
                fix: '`aws sns subscribe --topic-arn TOPIC_ARN --protocol email --notification-endpoint security@example.com`, then confirm the subscription from the message it sends.',
                securitySeverity: 7.5
            }
        }
    },
    extraChecks: {
        'cross-check.agreement': {
            title: "AWS's filter evaluator agrees with this tool on the filter pattern",
            failTitle: "AWS's filter evaluator and this tool disagree on the filter pattern",
            rule: {
                short: "AWS's filter evaluator agrees with the pattern engine",
                full: 'With cross-check, the KMS DisableKey and ScheduleKeyDeletion events the coverage judgement rests on (IAM user, assumed role, root, AWS service, refused calls, other Regions), the counter-example or over-broad example it found, and calls it must not match are sent to logs:TestMetricFilter; AWS must answer each event as this tool does. A disagreement is reported with the event and both answers, and settled by a person.',
                fix: 'Reproduce the disagreement with `aws logs test-metric-filter --filter-pattern PATTERN --log-event-messages EVENT`, decide which answer is right, and report it to the maintainers of cmk-alarm (scripts/cross-check.mjs runs the same comparison).',
                securitySeverity: 5.0
            }
        },
        'drill.delivery': {
            title: 'The fire drill notification was delivered',
            failTitle: 'The fire drill notification was not delivered',
            rule: {
                short: 'A test notification reaches the SNS topic',
                full: 'With fire-drill, the alarm of the passing chain is set to ALARM (cloudwatch:SetAlarmState), CloudWatch must record the SNS notification as executed in the alarm history (cloudwatch:DescribeAlarmHistory) within the time budget, and the alarm is set back to its previous state. An alarm already in ALARM is left alone.',
                fix: 'Fix what CloudWatch recorded as the failure (the topic policy or its KMS key policy, usually), then run the drill again: `aws cloudwatch set-alarm-state --alarm-name ALARM --state-value ALARM --state-reason test` and `aws cloudwatch describe-alarm-history --alarm-name ALARM --history-item-type Action`.',
                securitySeverity: 7.5
            }
        }
    }
};

;// CONCATENATED MODULE: ./src/controls/index.ts
// The controls this tool knows. A new control is its descriptor file, one line here, and its tests.

const CONTROLS = [CIS_AWS_4_7];
/** The control a run checks when none is named. */
const DEFAULT_CONTROL = CIS_AWS_4_7;
function controlById(id) {
    return CONTROLS.find((c) => c.id === id);
}
/** The title and rule text of any check of a control: one of the chain's, or an extra one. */
function checkText(control, id) {
    return id in control.findings
        ? control.findings[id]
        : control.extraChecks[id];
}


/***/ }),

/***/ 1021:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AG: () => (/* binding */ targetVariants),
/* harmony export */   Bo: () => (/* binding */ labelledTargetVariants),
/* harmony export */   dp: () => (/* binding */ otherEvent),
/* harmony export */   jm: () => (/* binding */ OTHER_SERVICE_EVENTS)
/* harmony export */ });
/** `kms.amazonaws.com` → `kms.us-east-1.amazonaws.com`, the host a client calls in us-east-1. */
function regionalHost(eventSource, region) {
    return eventSource.replace(/^([^.]+)\./, `$1.${region}.`);
}
/** The modern record shape (spec §8: assumed role, managementEvent, tlsDetails, string-typed flags). */
function asAssumedRole(record) {
    return {
        ...record,
        eventVersion: '1.11',
        userIdentity: {
            type: 'AssumedRole',
            principalId: 'AROAEXAMPLEID:alice',
            arn: 'arn:aws:sts::111122223333:assumed-role/Admin/alice',
            accountId: '111122223333',
            accessKeyId: 'ASIAEXAMPLEKEY',
            sessionContext: {
                sessionIssuer: {
                    type: 'Role',
                    principalId: 'AROAEXAMPLEID',
                    arn: 'arn:aws:iam::111122223333:role/Admin',
                    accountId: '111122223333',
                    userName: 'Admin'
                },
                attributes: { creationDate: '2026-01-15T09:00:00Z', mfaAuthenticated: 'false' }
            }
        },
        managementEvent: true,
        eventCategory: 'Management',
        tlsDetails: {
            tlsVersion: 'TLSv1.3',
            cipherSuite: 'TLS_AES_128_GCM_SHA256',
            clientProvidedHostHeader: regionalHost(String(record.eventSource), 'us-east-1')
        },
        sessionCredentialFromConsole: 'true'
    };
}
/** A refused call: `errorCode`/`errorMessage` appear only on failures (spec §8). */
function asFailure(record, target) {
    return { ...record, ...target.failure, responseElements: null };
}
function asRoot(record) {
    return {
        ...record,
        userIdentity: {
            type: 'Root',
            principalId: '111122223333',
            arn: 'arn:aws:iam::111122223333:root',
            accountId: '111122223333'
        }
    };
}
function inRegion(record, region) {
    return {
        ...record,
        awsRegion: region,
        sourceIPAddress: '198.51.100.7',
        userAgent: 'aws-cli/2.15.0 Python/3.11.6 Linux/6.1 exe/x86_64'
    };
}
function byAwsService(record) {
    return {
        ...record,
        userIdentity: { type: 'AWSService', invokedBy: 'cloudformation.amazonaws.com' },
        sourceIPAddress: 'cloudformation.amazonaws.com',
        userAgent: 'cloudformation.amazonaws.com'
    };
}
/** Key order differs and a value with spaces comes first: the same record to a JSON pattern, not to text patterns. */
function reordered(record) {
    const { eventName, eventSource, userAgent: _userAgent, ...rest } = record;
    return { userAgent: 'aws-cli/2.15.0 Python/3.11.6 Linux/6.1 exe/x86_64', ...rest, eventName, eventSource };
}
/** Realistic variations of one target call's record, most common first. */
function targetVariants(target, eventName) {
    return labelledTargetVariants(target, eventName).map((v) => v.record);
}
/** The same variations, each with what makes it different, e.g. "assumed role" (for reports that list them). */
function labelledTargetVariants(target, eventName) {
    const base = target.sample(eventName);
    const refused = `refused (${target.failure.errorCode})`;
    return [
        { label: 'IAM user', record: base },
        { label: 'assumed role', record: asAssumedRole(base) },
        { label: refused, record: asFailure(base, target) },
        { label: 'root user', record: asRoot(base) },
        { label: 'another Region (eu-west-1)', record: inRegion(base, 'eu-west-1') },
        { label: 'AWS service (CloudFormation)', record: byAwsService(base) },
        {
            label: `${refused}, assumed role, ap-southeast-2`,
            record: asFailure(asAssumedRole(inRegion(base, 'ap-southeast-2')), target)
        },
        { label: 'keys in another order', record: reordered(base) }
    ];
}
/** Calls of other services (source, name), for the breadth search. */
const OTHER_SERVICE_EVENTS = [
    ['s3.amazonaws.com', 'PutBucketPolicy'],
    ['iam.amazonaws.com', 'CreateAccessKey'],
    ['ec2.amazonaws.com', 'RunInstances'],
    ['cloudtrail.amazonaws.com', 'StopLogging'],
    ['sts.amazonaws.com', 'AssumeRole'],
    ['signin.amazonaws.com', 'ConsoleLogin']
];
/** A realistic record of any other call, shaped like the sample of the target's first call. */
function otherEvent(target, source, name) {
    const record = target.sample(target.eventNames[0] ?? name);
    record.eventSource = source;
    record.eventName = name;
    record.readOnly = /^(Describe|Get|List|Decrypt|Encrypt|Generate)/.test(name);
    if (source !== target.eventSource) {
        record.requestParameters = {};
        delete record.resources;
    }
    return record;
}


/***/ }),

/***/ 7999:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ PatternSyntaxError)
/* harmony export */ });
/**
 * The one error type the parser throws. AWS answers a bad pattern with
 * `InvalidParameterException`; we say where (0-based character offset) and what was expected.
 */
class PatternSyntaxError extends Error {
    position;
    expected;
    constructor(message, position, expected) {
        super(`${message} (at position ${position}; expected ${expected})`);
        this.name = 'PatternSyntaxError';
        this.position = position;
        this.expected = expected;
    }
}


/***/ }),

/***/ 8476:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  In: () => (/* binding */ PreparedEvent),
  wE: () => (/* binding */ compile),
  mG: () => (/* binding */ prepareEvent),
  zG: () => (/* binding */ selectValues)
});

// UNUSED EXPORTS: extractValues, matches, matchesMessage, splitFields

;// CONCATENATED MODULE: ./src/pattern/glob.ts
function compileGlob(pattern, mode = 'aws-quirk') {
    if (!pattern.includes('*'))
        return (text) => text === pattern;
    const segments = pattern.split('*');
    const first = segments[0] ?? '';
    const last = segments[segments.length - 1] ?? '';
    const middle = segments.slice(1, -1).filter((segment) => segment !== '');
    if (mode === 'standard')
        return standardGlob(first, middle, last);
    return (text) => {
        if (!text.startsWith(first))
            return false;
        let cursor = first.length;
        for (const segment of middle) {
            const at = text.indexOf(segment, cursor);
            if (at < 0)
                return false;
            cursor = at + segment.length;
        }
        if (last === '')
            return true;
        const at = text.indexOf(last, cursor);
        return at >= 0 && at + last.length === text.length;
    };
}
function standardGlob(first, middle, last) {
    return (text) => {
        if (text.length < first.length + last.length)
            return false;
        if (!text.startsWith(first) || !text.endsWith(last))
            return false;
        // Greedy leftmost placement of the middle segments is optimal once both ends are fixed.
        let cursor = first.length;
        const end = text.length - last.length;
        for (const segment of middle) {
            const at = text.indexOf(segment, cursor);
            if (at < 0 || at + segment.length > end)
                return false;
            cursor = at + segment.length;
        }
        return true;
    };
}

;// CONCATENATED MODULE: ./src/pattern/json-lexical.ts
/**
 * A strict JSON parser that keeps each number's source text. JSON.parse turns `12.0` into 12, but
 * AWS compares numbers against quoted strings by their text (`$.someFloat2 != "12"` matched 12.0,
 * spec §2.4 AWS-OBS). Used only when a number must be compared as text, so speed matters little.
 */
class LexicalNumber {
    value;
    text;
    constructor(value, text) {
        this.value = value;
        this.text = text;
    }
}
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
/** Returns undefined when the text is not valid JSON. */
function parseLexicalJson(text) {
    const parser = new LexicalParser(text);
    try {
        parser.skipWhitespace();
        const value = parser.parseValue(0);
        parser.skipWhitespace();
        return parser.pos === text.length ? value : undefined;
    }
    catch {
        return undefined;
    }
}
class LexicalParser {
    text;
    pos = 0;
    constructor(text) {
        this.text = text;
    }
    skipWhitespace() {
        for (;;) {
            const code = this.text.charCodeAt(this.pos);
            if (code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d)
                this.pos++;
            else
                return;
        }
    }
    parseValue(depth) {
        if (depth > 10000)
            throw new Error('too deep');
        const char = this.text[this.pos];
        if (char === '{')
            return this.parseObject(depth);
        if (char === '[')
            return this.parseArray(depth);
        if (char === '"')
            return this.parseString();
        for (const [literal, value] of [
            ['true', true],
            ['false', false],
            ['null', null]
        ]) {
            if (this.text.startsWith(literal, this.pos)) {
                this.pos += literal.length;
                return value;
            }
        }
        NUMBER.lastIndex = this.pos;
        const match = NUMBER.exec(this.text);
        if (match === null)
            throw new Error('bad value');
        this.pos += match[0].length;
        return new LexicalNumber(Number(match[0]), match[0]);
    }
    parseObject(depth) {
        // A null-prototype object so that a key such as "__proto__" stays an ordinary member, as with JSON.parse.
        const result = Object.create(null);
        this.pos++;
        this.skipWhitespace();
        if (this.text[this.pos] === '}') {
            this.pos++;
            return result;
        }
        for (;;) {
            this.skipWhitespace();
            if (this.text[this.pos] !== '"')
                throw new Error('expected key');
            const key = this.parseString();
            this.skipWhitespace();
            if (this.text[this.pos] !== ':')
                throw new Error('expected colon');
            this.pos++;
            this.skipWhitespace();
            result[key] = this.parseValue(depth + 1);
            this.skipWhitespace();
            const next = this.text[this.pos++];
            if (next === '}')
                return result;
            if (next !== ',')
                throw new Error('expected comma');
        }
    }
    parseArray(depth) {
        const result = [];
        this.pos++;
        this.skipWhitespace();
        if (this.text[this.pos] === ']') {
            this.pos++;
            return result;
        }
        for (;;) {
            this.skipWhitespace();
            result.push(this.parseValue(depth + 1));
            this.skipWhitespace();
            const next = this.text[this.pos++];
            if (next === ']')
                return result;
            if (next !== ',')
                throw new Error('expected comma');
        }
    }
    parseString() {
        // Find the closing quote, then let JSON.parse validate and unescape the literal.
        let end = this.pos + 1;
        for (;;) {
            const code = this.text.charCodeAt(end);
            if (Number.isNaN(code))
                throw new Error('unterminated string');
            if (code === 0x5c)
                end += 2;
            else if (code === 0x22)
                break;
            else
                end++;
        }
        const literal = this.text.slice(this.pos, end + 1);
        this.pos = end + 1;
        return JSON.parse(literal);
    }
}

// EXTERNAL MODULE: ./src/pattern/parser.ts + 1 modules
var parser = __webpack_require__(1074);
;// CONCATENATED MODULE: ./src/pattern/evaluate.ts



const NOT_JSON = Symbol('not JSON');
const NUMERIC_TEXT = /^[+-]?\d+(\.\d+)?([eE][+-]?\d+)?$/;
/** One log event message, parsed at most once whatever the number of patterns it is tested against. */
class PreparedEvent {
    message;
    jsonValue = undefined;
    jsonParsed = false;
    lexical;
    fieldList;
    backslash;
    /**
     * @param message the log event message exactly as CloudWatch Logs receives it
     * @param parsed the message already parsed (when the caller produced `message` with JSON.stringify);
     *   then number texts are JSON.stringify's, so no lexical re-parse is ever needed
     */
    constructor(message, parsed) {
        this.message = message;
        if (parsed !== undefined) {
            this.jsonParsed = true;
            this.jsonValue = isObject(parsed) ? parsed : NOT_JSON;
            this.lexical = NOT_JSON;
        }
    }
    /** The message as a JSON object, or undefined when it is not one (JSON patterns never match then, spec §2.4). */
    json() {
        if (!this.jsonParsed) {
            this.jsonParsed = true;
            this.jsonValue = NOT_JSON;
            // Only an object counts as a JSON log event; text before the `{` makes it plain text [INFER, spec §2.4].
            if (firstNonSpace(this.message) === '{') {
                try {
                    const value = JSON.parse(this.message);
                    if (isObject(value))
                        this.jsonValue = value;
                }
                catch {
                    // not JSON
                }
            }
        }
        return this.jsonValue === NOT_JSON ? undefined : this.jsonValue;
    }
    /** The JSON tree with number source texts kept, or undefined when not needed/available. */
    lexicalJson() {
        if (this.lexical === undefined)
            this.lexical = this.json() === undefined ? NOT_JSON : (parseLexicalJson(this.message) ?? NOT_JSON);
        return this.lexical === NOT_JSON ? undefined : this.lexical;
    }
    /** Space-delimited fields (spec §5.1), brackets and quotes stripped. */
    fields() {
        this.fieldList ??= splitFields(this.message);
        return this.fieldList;
    }
    /** Without any backslash every JSON string appears verbatim in the text, which the literal prefilter relies on. */
    hasBackslash() {
        this.backslash ??= this.message.includes('\\');
        return this.backslash;
    }
}
function prepareEvent(message, parsed) {
    return new PreparedEvent(message, parsed);
}
function compile(pattern, options = {}) {
    const ast = typeof pattern === 'string' ? (0,parser/* parse */.q)(pattern) : pattern;
    const globMode = options.globMode ?? 'aws-quirk';
    let test;
    if (ast.kind === 'json')
        test = compileJsonPattern(ast, globMode);
    else if (ast.kind === 'terms')
        test = compileTermPattern(ast);
    else
        test = compileDelimitedPattern(ast, globMode);
    return { pattern: ast, kind: ast.kind, test };
}
function matches(compiled, event) {
    return compiled.test(event);
}
/** Convenience for one-off checks; parses and compiles the pattern each call unless given a CompiledPattern. */
function matchesMessage(pattern, message) {
    const compiled = typeof pattern === 'object' && 'test' in pattern ? pattern : compile(pattern);
    return compiled.test(new PreparedEvent(message));
}
function compileJsonPattern(pattern, globMode) {
    const evaluate = compileJsonExpression(pattern.expression, globMode);
    const prefilter = literalPrefilter(pattern.expression);
    return (event) => {
        // Cheap rejection before any JSON parse: a required literal is absent from an escape-free message.
        if (prefilter !== undefined && !prefilter(event.message) && !event.hasBackslash())
            return false;
        const root = event.json();
        return root !== undefined && evaluate(root, event);
    };
}
function compileJsonExpression(expression, globMode) {
    if (expression.type === 'and') {
        const operands = expression.operands.map((operand) => compileJsonExpression(operand, globMode));
        return (root, event) => operands.every((operand) => operand(root, event));
    }
    if (expression.type === 'or') {
        const operands = expression.operands.map((operand) => compileJsonExpression(operand, globMode));
        return (root, event) => operands.some((operand) => operand(root, event));
    }
    return compileJsonCondition(expression, globMode);
}
function compileJsonCondition(condition, globMode) {
    const steps = condition.selector.steps;
    if (condition.type === 'not-exists')
        return (root) => selectValues(root, steps).length === 0;
    if (condition.type === 'is') {
        const wanted = condition.value === 'TRUE' ? true : condition.value === 'FALSE' ? false : null;
        // IS NULL is only true for an explicit null, not for a missing key (spec §2.4, DOC-OLD).
        return (root) => selectValues(root, steps).some((value) => value === wanted);
    }
    const test = compileValueTest(condition.operator, condition.operand, globMode);
    return (root, event) => {
        const values = selectValues(root, steps);
        if (values.length === 0)
            return false;
        if (test.needsNumberText && values.some((value) => typeof value === 'number')) {
            // Re-select in the lexical tree so numbers carry their source text (`12.0` stays "12.0").
            const lexical = event.lexicalJson();
            if (lexical !== undefined)
                return selectValues(lexical, steps).some(test.lexical);
            return values.some((value) => test.lexical(typeof value === 'number' ? new LexicalNumber(value, String(value)) : value));
        }
        return values.some(test.plain);
    };
}
/** Wildcard selectors are existential: the condition holds when any selected value satisfies it (spec §2.4). */
function selectValues(root, steps) {
    let current = [root];
    for (const step of steps) {
        const next = [];
        for (const value of current) {
            if (step.type === 'property') {
                if (isObject(value) && Object.hasOwn(value, step.name))
                    next.push(value[step.name]);
            }
            else if (step.type === 'index') {
                if (Array.isArray(value) && step.index < value.length)
                    next.push(value[step.index]);
            }
            else if (step.type === 'any-property') {
                if (isObject(value))
                    next.push(...Object.values(value));
            }
            else if (Array.isArray(value)) {
                next.push(...value);
            }
        }
        if (next.length === 0)
            return next;
        current = next;
    }
    return current;
}
/**
 * One comparison against one selected value (spec §2.4 table). Objects, arrays, booleans and null never
 * satisfy a comparison, not even `!=` (DOC-OLD: `$.users != 1` fails on an array).
 */
function compileValueTest(operator, operand, globMode) {
    if (operand.type === 'number') {
        const compareNumber = numericComparison(operator, operand.value);
        const literalText = operand.text;
        const textEqual = (text) => text === literalText;
        const plain = (value) => {
            if (typeof value === 'number')
                return compareNumber(value);
            // A JSON string is compared with the literal's text: "111.111.111.111" != 111 matched (spec §2.4 AWS-OBS).
            if (typeof value === 'string')
                return operator === '=' ? textEqual(value) : operator === '!=' ? !textEqual(value) : false;
            return false;
        };
        const lexical = (value) => value instanceof LexicalNumber ? compareNumber(value.value) : plain(value);
        return { plain, lexical, needsNumberText: false };
    }
    const matchText = operand.type === 'regex' ? (text) => operand.regex.test(text) : compileGlob(operand.value, globMode);
    const negate = operator === '!=';
    const onText = (text) => matchText(text) !== negate;
    return {
        plain: (value) => typeof value === 'string' && onText(value),
        // Numbers are matched by their text: `$.someInt = 1*` matched 123 (spec §2.4 AWS-OBS).
        lexical: (value) => typeof value === 'string' ? onText(value) : value instanceof LexicalNumber ? onText(value.text) : false,
        needsNumberText: true
    };
}
function numericComparison(operator, literal) {
    switch (operator) {
        case '=':
            return (value) => value === literal;
        case '!=':
            return (value) => value !== literal;
        case '<':
            return (value) => value < literal;
        case '>':
            return (value) => value > literal;
        case '<=':
            return (value) => value <= literal;
        default:
            return (value) => value >= literal;
    }
}
/**
 * A necessary condition on the raw text: for `$.x = "lit*eral"` every wildcard-free piece of the value
 * must occur in the message. Sound only for messages without backslashes (no JSON escapes).
 */
function literalPrefilter(expression) {
    if (expression.type === 'and' || expression.type === 'or') {
        const parts = expression.operands.map(literalPrefilter);
        if (expression.type === 'or') {
            if (parts.some((part) => part === undefined))
                return undefined;
            const alternatives = parts;
            return (message) => alternatives.some((part) => part(message));
        }
        const required = parts.filter((part) => part !== undefined);
        if (required.length === 0)
            return undefined;
        return (message) => required.every((part) => part(message));
    }
    if (expression.type !== 'compare' || expression.operator !== '=' || expression.operand.type !== 'string')
        return undefined;
    const pieces = expression.operand.value.split('*').filter((piece) => piece !== '');
    if (pieces.length === 0)
        return undefined;
    return (message) => pieces.every((piece) => message.includes(piece));
}
// ---------------------------------------------------------------- term patterns
function compileTermPattern(pattern) {
    if (pattern.regex !== undefined) {
        const regex = pattern.regex.regex;
        return (event) => regex.test(event.message);
    }
    // A phrase of only whitespace matches everything: `" "` (spec §3.2 DOC).
    const contains = (text) => (message) => text.trim() === '' || message.includes(text);
    const required = pattern.terms.filter((term) => term.mode === 'required').map((term) => contains(term.text));
    const excluded = pattern.terms.filter((term) => term.mode === 'excluded').map((term) => contains(term.text));
    const optional = pattern.terms.filter((term) => term.mode === 'optional').map((term) => contains(term.text));
    if (required.length > 0 || excluded.length > 0) {
        // "If you combine ? with other filter patterns, all question mark terms will be ignored" (spec §3.2 DOC).
        return ({ message }) => required.every((term) => term(message)) && !excluded.some((term) => term(message));
    }
    if (optional.length > 0)
        return ({ message }) => optional.some((term) => term(message));
    return () => true;
}
// ---------------------------------------------------------------- space-delimited patterns
/** Splits a message into space-delimited fields; `[...]` and `"..."` are single fields, delimiters stripped (spec §5.1). */
function splitFields(message) {
    const fields = [];
    const length = message.length;
    let i = 0;
    while (i < length) {
        while (i < length && isSpace(message.charCodeAt(i)))
            i++;
        if (i >= length)
            break;
        const open = message[i];
        const close = open === '[' ? ']' : open === '"' ? '"' : undefined;
        const end = close === undefined ? -1 : message.indexOf(close, i + 1);
        let field;
        if (end > 0) {
            field = message.slice(i + 1, end);
            i = end + 1;
        }
        else {
            field = '';
        }
        // Text glued to a closing bracket (or a whole plain token) runs to the next space [INFER].
        const start = i;
        while (i < length && !isSpace(message.charCodeAt(i)))
            i++;
        fields.push(field + message.slice(start, i));
    }
    return fields;
}
function isSpace(code) {
    return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}
/**
 * Maps slots to fields (spec §5.3): without `...` slots take fields from the left and surplus fields are
 * ignored (the doc's `[w1=ERROR, w2]` matches longer lines); with `...` the slots before it align left and
 * the slots after it align right. Too few fields means no match.
 */
function alignSlots(pattern, fieldCount) {
    const ellipsis = pattern.slots.findIndex((slot) => slot.type === 'ellipsis');
    const slots = pattern.slots.filter((slot) => slot.type === 'field');
    if (fieldCount < slots.length)
        return undefined;
    const fieldIndexes = [];
    if (ellipsis < 0) {
        slots.forEach((_, index) => fieldIndexes.push(index));
    }
    else {
        const tail = pattern.slots.length - ellipsis - 1;
        for (let index = 0; index < ellipsis; index++)
            fieldIndexes.push(index);
        for (let index = 0; index < tail; index++)
            fieldIndexes.push(fieldCount - tail + index);
    }
    return { fieldIndexes, slots };
}
function compileDelimitedPattern(pattern, globMode) {
    const conditions = pattern.slots
        .filter((slot) => slot.type === 'field')
        .map((slot) => (slot.condition === undefined ? undefined : compileFieldExpression(slot.condition, globMode)));
    return (event) => {
        const fields = event.fields();
        const alignment = alignSlots(pattern, fields.length);
        if (alignment === undefined)
            return false;
        return conditions.every((condition, index) => condition === undefined || condition(fields[alignment.fieldIndexes[index]]));
    };
}
function compileFieldExpression(expression, globMode) {
    if (expression.type === 'and' || expression.type === 'or') {
        const operands = expression.operands.map((operand) => compileFieldExpression(operand, globMode));
        return expression.type === 'and'
            ? (field) => operands.every((operand) => operand(field))
            : (field) => operands.some((operand) => operand(field));
    }
    const { operator, operand } = expression;
    if (operand.type === 'number') {
        const compareNumber = numericComparison(operator, operand.value);
        // Fields are text; a numeric-looking field compares numerically, any other only by text for = and != [INFER].
        return (field) => {
            if (NUMERIC_TEXT.test(field))
                return compareNumber(Number(field));
            if (operator === '=')
                return field === operand.text;
            if (operator === '!=')
                return field !== operand.text;
            return false;
        };
    }
    const matchText = operand.type === 'regex' ? (text) => operand.regex.test(text) : compileGlob(operand.value, globMode);
    const negate = operator === '!=';
    return (field) => matchText(field) !== negate;
}
/**
 * TestMetricFilter's `extractedValues` (spec §5.4): named slots as `$name`, other fields as `$<1-based index>`.
 * Empty for term and JSON patterns. Undefined when the pattern does not match.
 */
function extractValues(compiled, event) {
    if (!compiled.test(event))
        return undefined;
    const pattern = compiled.pattern;
    if (pattern.kind !== 'space-delimited')
        return {};
    const fields = event.fields();
    const alignment = alignSlots(pattern, fields.length);
    if (alignment === undefined)
        return undefined;
    const values = {};
    const named = new Map();
    alignment.slots.forEach((slot, index) => {
        if (slot.name !== undefined)
            named.set(alignment.fieldIndexes[index], slot.name);
    });
    const ellipsis = pattern.slots.some((slot) => slot.type === 'ellipsis');
    const covered = ellipsis || pattern.slots.length === 0 ? fields.length : alignment.slots.length;
    for (let index = 0; index < covered; index++) {
        const name = named.get(index);
        values[name === undefined ? `$${index + 1}` : `$${name}`] = fields[index];
    }
    return values;
}
// ---------------------------------------------------------------- helpers
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof LexicalNumber);
}
function firstNonSpace(text) {
    for (let i = 0; i < text.length; i++) {
        if (!isSpace(text.charCodeAt(i)))
            return text[i];
    }
    return undefined;
}


/***/ }),

/***/ 4045:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  AH: () => (/* reexport */ errors/* PatternSyntaxError */.A),
  In: () => (/* reexport */ evaluate/* PreparedEvent */.In),
  wE: () => (/* reexport */ evaluate/* compile */.wE),
  cO: () => (/* reexport */ judgePattern),
  qg: () => (/* reexport */ parser/* parse */.q),
  mG: () => (/* reexport */ evaluate/* prepareEvent */.mG)
});

// UNUSED EXPORTS: LIMITS, extractValues, matches, matchesMessage

// EXTERNAL MODULE: ./src/pattern/errors.ts
var errors = __webpack_require__(7999);
// EXTERNAL MODULE: ./src/pattern/parser.ts + 1 modules
var parser = __webpack_require__(1074);
// EXTERNAL MODULE: ./src/pattern/evaluate.ts + 2 modules
var evaluate = __webpack_require__(8476);
// EXTERNAL MODULE: ./src/pattern/cloudtrail-samples.ts
var cloudtrail_samples = __webpack_require__(1021);
;// CONCATENATED MODULE: ./src/pattern/coverage.ts




function judgePattern(text, control) {
    const target = control.target;
    let pattern;
    try {
        pattern = (0,parser/* parse */.q)(text);
    }
    catch (error) {
        if (!(error instanceof errors/* PatternSyntaxError */.A))
            throw error;
        return {
            valid: false,
            error: { message: error.message, position: error.position, expected: error.expected },
            covers: false,
            broad: false,
            prescribedText: false,
            explanation: `The pattern is not valid: ${error.message}.`
        };
    }
    const compiled = (0,evaluate/* compile */.wE)(pattern);
    const coverage = judgeCoverage(pattern, compiled, target);
    const breadth = findBroadExample(pattern, compiled, target);
    const form = prescribedForm(text, control.patterns);
    const judgement = {
        valid: true,
        kind: pattern.kind,
        covers: coverage.covers,
        broad: breadth !== undefined,
        prescribedText: form !== undefined,
        explanation: ''
    };
    if (coverage.counterexample !== undefined)
        judgement.counterexample = JSON.stringify(coverage.counterexample);
    if (breadth !== undefined)
        judgement.broadExample = JSON.stringify(breadth.record);
    if (form !== undefined)
        judgement.prescribedForm = form;
    judgement.explanation = !coverage.covers
        ? coverage.reason
        : breadth !== undefined
            ? `It matches every ${namesPhrase(target)} event, but also ${describeEvent(breadth.record)}, so the alarm also fires on other activity.`
            : `It matches every ${target.description.replace(/events$/, 'event')} and none of the other calls tried.`;
    return judgement;
}
/**
 * The prescribed texts are the CIS literal and the Security Hub remediation text. Security Hub "fails if the
 * exact metric filters prescribed by CIS are not used" and whether it ignores whitespace is undocumented
 * (anchors-checkers §2); we compare whitespace-insensitively, so variants A-D and F-H of spec §9 count and
 * the quoted form E does not. Both texts are equal once whitespace is removed; the form says which one is
 * written exactly (any other spacing is reported as the CIS form).
 */
function prescribedForm(text, prescribed) {
    if (text === prescribed.securityHub)
        return 'security-hub';
    return stripWhitespace(text) === stripWhitespace(prescribed.cis) ? 'cis' : undefined;
}
/** "DisableKey and ScheduleKeyDeletion", "A, B and C". */
function namesPhrase(target) {
    const names = [...target.eventNames];
    const last = names.pop();
    return names.length > 0 ? `${names.join(', ')} and ${last}` : (last ?? '');
}
function stripWhitespace(text) {
    return text.replace(/[ \t\r\n]+/g, '');
}
// ---------------------------------------------------------------- shared helpers
function prepare(record) {
    return new evaluate/* PreparedEvent */.In(JSON.stringify(record), record);
}
function misses(compiled, record) {
    return !compiled.test(prepare(record));
}
function describeEvent(record) {
    return `${String(record.eventSource)} ${String(record.eventName)} events`;
}
function judgeCoverage(pattern, compiled, events) {
    const symbolic = pattern.kind === 'json'
        ? jsonCoverage(pattern.expression, events)
        : pattern.kind === 'terms'
            ? termCoverage(pattern, events)
            : delimitedCoverage(pattern.slots, events);
    // Whatever the reasoning says, a realistic event the pattern misses settles it.
    for (const target of events.eventNames) {
        const missed = (0,cloudtrail_samples/* targetVariants */.AG)(events, target).find((record) => misses(compiled, record));
        if (missed !== undefined) {
            const failing = symbolic.failures.find((failure) => failure.target === target);
            return {
                covers: false,
                counterexample: missed,
                reason: failing?.reason ?? `It misses some ${target} events, for example the one shown.`
            };
        }
    }
    const failure = symbolic.failures[0];
    if (failure === undefined)
        return { covers: true, reason: '' };
    const constructed = failure.construct?.();
    if (constructed !== undefined && misses(compiled, constructed)) {
        return { covers: false, counterexample: constructed, reason: failure.reason };
    }
    return { covers: false, reason: `${failure.reason.replace(/\.$/, '')} (no concrete event was built to show it).` };
}
function conditionValue(condition, source, name, adversary) {
    const steps = condition.selector.steps;
    const first = steps[0];
    const known = { eventSource: source, eventName: name };
    const determined = first.type === 'property' && (first.name === 'eventSource' || first.name === 'eventName');
    const onKnown = evaluateCondition(condition, known);
    if (determined)
        return onKnown;
    if (first.type === 'any-property') {
        // `$.*...` also sees eventSource and eventName: existential conditions they satisfy hold whatever else.
        if (condition.type === 'not-exists')
            return (0,evaluate/* selectValues */.zG)(known, steps).length === 0 && adversary === 'satisfy';
        if (onKnown)
            return true;
    }
    return adversary === 'satisfy';
}
function evaluateCondition(condition, root) {
    const compiled = (0,evaluate/* compile */.wE)({ kind: 'json', expression: condition });
    return compiled.test(new evaluate/* PreparedEvent */.In(JSON.stringify(root), root));
}
function formulaValue(expression, source, name, adversary) {
    if (expression.type === 'and')
        return expression.operands.every((operand) => formulaValue(operand, source, name, adversary));
    if (expression.type === 'or')
        return expression.operands.some((operand) => formulaValue(operand, source, name, adversary));
    return conditionValue(expression, source, name, adversary);
}
function conditionsOf(expression) {
    return expression.type === 'and' || expression.type === 'or'
        ? expression.operands.flatMap(conditionsOf)
        : [expression];
}
function isOnTargetFields(condition) {
    const first = condition.selector.steps[0];
    return first.type === 'property' && (first.name === 'eventSource' || first.name === 'eventName');
}
function jsonCoverage(expression, events) {
    const failures = [];
    const others = [
        ...new Set(conditionsOf(expression)
            .filter((c) => !isOnTargetFields(c))
            .map((c) => c.selector.text))
    ];
    const source = events.eventSource;
    for (const target of events.eventNames) {
        if (formulaValue(expression, source, target, 'falsify'))
            continue;
        const possible = formulaValue(expression, source, target, 'satisfy');
        failures.push({
            target,
            reason: possible
                ? `It misses ${target} events unless ${others.join(', ')} also meet${others.length === 1 ? 's' : ''} its conditions, which CloudTrail does not guarantee.`
                : `It never matches ${target} events from ${source}.`,
            construct: () => falsifyOtherConditions(expression, events.sample(target))
        });
    }
    return { failures };
}
/** Changes a record so that every condition on a field other than eventSource/eventName is false. */
function falsifyOtherConditions(expression, record) {
    const conditions = conditionsOf(expression).filter((condition) => !isOnTargetFields(condition));
    const mustExist = conditions.filter((c) => c.type === 'not-exists').map((c) => concretePrefix(c.selector.steps));
    for (const path of mustExist) {
        if (path.length > 0 && (0,evaluate/* selectValues */.zG)(record, path).length === 0)
            setPath(record, path, 'counterexample');
    }
    for (const condition of conditions) {
        if (condition.type === 'not-exists')
            continue;
        const path = concretePrefix(condition.selector.steps);
        if (path.length === 0) {
            // `$.* ...`: remove the top-level fields (other than the two targets) that satisfy it.
            for (const key of Object.keys(record)) {
                if (key === 'eventSource' || key === 'eventName')
                    continue;
                if (evaluateCondition(condition, { [key]: record[key] }))
                    delete record[key];
            }
            continue;
        }
        const needed = mustExist.some((other) => isPrefix(path, other));
        if (needed) {
            const current = (0,evaluate/* selectValues */.zG)(record, path)[0];
            // An object never satisfies a comparison or IS (spec §2.4), and keeps the deeper keys in place.
            if (typeof current !== 'object' || current === null)
                setPath(record, path, {});
        }
        else {
            deletePath(record, path);
        }
    }
    return record;
}
/** The selector's steps up to its first wildcard. */
function concretePrefix(steps) {
    const wildcard = steps.findIndex((step) => step.type === 'any-property' || step.type === 'any-index');
    return wildcard < 0 ? steps : steps.slice(0, wildcard);
}
function isPrefix(prefix, path) {
    return (prefix.length <= path.length && prefix.every((step, index) => JSON.stringify(step) === JSON.stringify(path[index])));
}
function setPath(root, path, value) {
    let container = root;
    path.forEach((step, index) => {
        const last = index === path.length - 1;
        const nextStep = path[index + 1];
        const fresh = () => (last ? value : nextStep?.type === 'index' || nextStep?.type === 'any-index' ? [] : {});
        if (step.type === 'property' && typeof container === 'object' && container !== null && !Array.isArray(container)) {
            const object = container;
            if (last || typeof object[step.name] !== 'object' || object[step.name] === null)
                object[step.name] = fresh();
            container = object[step.name];
        }
        else if (step.type === 'index' && Array.isArray(container)) {
            while (container.length <= step.index)
                container.push(null);
            if (last || typeof container[step.index] !== 'object' || container[step.index] === null)
                container[step.index] = fresh();
            container = container[step.index];
        }
    });
}
function deletePath(root, path) {
    const parent = (0,evaluate/* selectValues */.zG)(root, path.slice(0, -1))[0];
    const last = path[path.length - 1];
    if (last.type === 'property' && typeof parent === 'object' && parent !== null && !Array.isArray(parent)) {
        delete parent[last.name];
    }
    else if (last.type === 'index' && Array.isArray(parent)) {
        parent.splice(last.index);
    }
}
// ---------------------------------------------------------------- JSON patterns: breadth
/** Candidate (eventSource, eventName) pairs outside the two targets, realistic ones first. */
function otherCalls(pattern, events) {
    const calls = events.relatedEventNames.map((name) => [events.eventSource, name]);
    calls.push(...cloudtrail_samples/* OTHER_SERVICE_EVENTS */.jm);
    // Values taken from the pattern itself reach events the realistic lists miss (e.g. `kms*`, a missing source clause).
    const sources = [...derivedValues(pattern, 'eventSource'), 's3.amazonaws.com'];
    const names = [...derivedValues(pattern, 'eventName'), ...events.eventNames, 'DescribeKey'];
    for (const source of sources)
        for (const name of names)
            calls.push([source, name]);
    return calls.filter(([source, name]) => !(source === events.eventSource && events.eventNames.includes(name)));
}
function derivedValues(pattern, field) {
    if (pattern.kind !== 'json')
        return [];
    const values = new Set();
    for (const condition of conditionsOf(pattern.expression)) {
        const first = condition.selector.steps[0];
        if (condition.type !== 'compare' || first?.type !== 'property' || first.name !== field)
            continue;
        const operand = condition.operand;
        if (operand.type === 'string') {
            values.add(operand.value.replaceAll('*', '-example'));
            values.add(operand.value.replaceAll('*', ''));
            values.add(`${operand.value.replaceAll('*', '')}-example`);
        }
        else if (operand.type === 'number') {
            values.add(operand.text);
        }
    }
    return [...values].filter((value) => value !== '');
}
function findBroadExample(pattern, compiled, events) {
    for (const [source, name] of otherCalls(pattern, events)) {
        if (pattern.kind === 'json' && !formulaValue(pattern.expression, source, name, 'satisfy'))
            continue;
        const base = (0,cloudtrail_samples/* otherEvent */.dp)(events, source, name);
        if (compiled.test(prepare(base)))
            return { record: base };
        const built = pattern.kind === 'json'
            ? satisfyingRecords(pattern.expression, events, source, name)
            : pattern.kind === 'terms'
                ? termInjections(pattern, base)
                : [];
        const found = built.find((record) => compiled.test(prepare(record)));
        if (found !== undefined)
            return { record: found };
    }
    return undefined;
}
/** Records of the given call built to satisfy one conjunction of the pattern's DNF at a time (bounded). */
function satisfyingRecords(expression, events, source, name) {
    return disjuncts(expression, 16).map((conjunction) => {
        const record = (0,cloudtrail_samples/* otherEvent */.dp)(events, source, name);
        for (const condition of conjunction) {
            if (isOnTargetFields(condition))
                continue;
            applySatisfying(record, condition);
        }
        return record;
    });
}
function disjuncts(expression, limit) {
    if (expression.type === 'or')
        return expression.operands.flatMap((operand) => disjuncts(operand, limit)).slice(0, limit);
    if (expression.type === 'and') {
        let result = [[]];
        for (const operand of expression.operands) {
            const options = disjuncts(operand, limit);
            result = result.flatMap((prefix) => options.map((option) => [...prefix, ...option])).slice(0, limit);
        }
        return result;
    }
    return [[expression]];
}
function applySatisfying(record, condition) {
    const steps = condition.selector.steps.map((step) => step.type === 'any-index'
        ? { type: 'index', index: 0 }
        : step.type === 'any-property'
            ? { type: 'property', name: 'x' }
            : step);
    if (condition.type === 'not-exists')
        return deletePath(record, steps);
    if (condition.type === 'is') {
        return setPath(record, steps, condition.value === 'TRUE' ? true : condition.value === 'FALSE' ? false : null);
    }
    const value = satisfyingValue(condition.operator, condition.operand);
    if (value !== undefined)
        setPath(record, steps, value);
}
function satisfyingValue(operator, operand) {
    if (operand.type === 'number') {
        const offset = operator === '<' ? -1 : operator === '>' || operator === '!=' ? 1 : 0;
        return operand.value + offset;
    }
    if (operand.type === 'regex')
        return operator === '!=' && !operand.regex.test('') ? '' : undefined;
    const plain = operand.value.replaceAll('*', '');
    return operator === '=' ? plain : `not-${plain}`;
}
// ---------------------------------------------------------------- term patterns
/**
 * Text every target event is sure to contain: CloudTrail delivers compact JSON, but the order and
 * neighbours of members are not guaranteed, so only each member on its own counts.
 */
function guaranteedText(events, target) {
    return [`"eventSource":"${events.eventSource}"`, `"eventName":"${target}"`, '{', '}'];
}
function isGuaranteed(term, events, target) {
    return term.text.trim() === '' || guaranteedText(events, target).some((text) => text.includes(term.text));
}
function termCoverage(pattern, events) {
    const failures = [];
    for (const target of events.eventNames) {
        const reason = termFailure(pattern, events, target);
        if (reason !== undefined) {
            failures.push({ target, reason, construct: () => termCounterexample(pattern, events, target) });
        }
    }
    return { failures };
}
function termFailure(pattern, events, target) {
    if (pattern.regex !== undefined) {
        const source = pattern.regex.source;
        // Without anchors, a match inside a member that is always present is a match in the whole message.
        const anchored = /\^|\$|\\[bB]/.test(source.replace(/\[[^\]]*\]/g, ''));
        const proven = !anchored && guaranteedText(events, target).some((text) => pattern.regex?.regex.test(text));
        return proven ? undefined : `The regular expression %${source}% is not certain to match every ${target} event.`;
    }
    const excluded = pattern.terms.find((term) => term.mode === 'excluded');
    if (excluded !== undefined) {
        return `The excluded term -${excluded.text} can appear anywhere in a ${target} event (for example in its user agent), and then the event is missed.`;
    }
    const required = pattern.terms.filter((term) => term.mode === 'required');
    if (required.length > 0) {
        const missing = required.find((term) => !isGuaranteed(term, events, target));
        return missing === undefined
            ? undefined
            : `Terms are matched as text and all of them are required, but '${missing.text}' is not in every ${target} event.`;
    }
    const optional = pattern.terms.filter((term) => term.mode === 'optional');
    if (optional.length === 0 || optional.some((term) => isGuaranteed(term, events, target)))
        return undefined;
    return `None of the ?-terms is certain to appear in a ${target} event.`;
}
function termCounterexample(pattern, events, target) {
    const excluded = pattern.terms.find((term) => term.mode === 'excluded');
    const record = events.sample(target);
    if (excluded !== undefined) {
        record.userAgent = `aws-cli/2.15.0 ${excluded.text}`;
        return record;
    }
    // Remove every occurrence of the terms that are not guaranteed, keeping eventSource and eventName.
    const avoid = pattern.terms
        .filter((term) => term.mode !== 'excluded' && !isGuaranteed(term, events, target))
        .map((t) => t.text);
    return scrub(record, avoid);
}
function scrub(record, avoid) {
    const clean = (value) => {
        if (typeof value === 'string')
            return avoid.some((text) => value.includes(text)) ? '' : value;
        if (Array.isArray(value))
            return value.map(clean);
        if (typeof value === 'object' && value !== null) {
            const result = {};
            for (const [key, inner] of Object.entries(value)) {
                if (!avoid.some((text) => key.includes(text)))
                    result[key] = clean(inner);
            }
            return result;
        }
        return value;
    };
    const { eventSource, eventName, ...rest } = record;
    // eventName first and eventSource last so no term spans the two members.
    return { eventName, ...clean(rest), eventSource };
}
/** Non-target records with the pattern's terms written into the user agent, as any caller can do. */
function termInjections(pattern, base) {
    const wanted = pattern.terms.filter((term) => term.mode === 'required');
    const optional = pattern.terms.filter((term) => term.mode === 'optional');
    const sets = wanted.length > 0 || pattern.terms.some((term) => term.mode === 'excluded')
        ? [wanted]
        : optional.map((term) => [term]);
    return sets.map((terms) => ({ ...base, userAgent: ['aws-cli/2.15.0', ...terms.map((term) => term.text)].join(' ') }));
}
// ---------------------------------------------------------------- space-delimited patterns
/**
 * Fields of a CloudTrail record are fragments of its JSON cut at spaces inside string values, which a caller
 * controls; only a pattern that asks for at most one field and tests none is certain to match.
 */
function delimitedCoverage(slots, events) {
    const tested = slots.some((slot) => slot.type === 'field' && slot.condition !== undefined);
    const fieldsNeeded = slots.filter((slot) => slot.type === 'field').length;
    if (!tested && fieldsNeeded <= 1)
        return { failures: [] };
    return {
        failures: events.eventNames.map((target) => ({
            target,
            reason: `A space-delimited pattern cuts the JSON record at spaces inside its values, so it is not certain to match every ${target} event.`,
            construct: () => {
                // The same record with no space anywhere is a single field.
                const record = JSON.parse(JSON.stringify(events.sample(target)).replaceAll(' ', '_'));
                return record;
            }
        }))
    };
}

;// CONCATENATED MODULE: ./src/pattern/index.ts






/***/ }),

/***/ 1074:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  q: () => (/* binding */ parse)
});

// UNUSED EXPORTS: LIMITS

// EXTERNAL MODULE: ./src/pattern/errors.ts
var errors = __webpack_require__(7999);
;// CONCATENATED MODULE: ./src/pattern/regex.ts

/**
 * AWS filter-pattern regexes (`%...%`, spec §4): a restricted character set, no groups, searched (not anchored)
 * against the value.
 *
 * They are run by a matcher of our own that takes time linear in the text whatever the expression: a backtracking
 * engine (JavaScript's RegExp) spends minutes on an 11-character `%.*.*.*.*Z%` over a 3 KB event. Without groups,
 * every alternative of `a|b|…` is a plain sequence of character sets, each repeated `{min,max}` times, and of
 * anchors. Neighbours repeating the same set merge (`.*.*.*` is `.*`), and the sequence is matched left to right in
 * one pass, each element keeping the positions where it could have started in a form that costs O(1) per code unit
 * (see Kind): a test costs O(text × elements), and elements stop being stepped once no match is under way.
 * re2js (an RE2 port) was measured first: its lazy DFA blows up on `%a.{1000}b%` and its NFA fallback took 8 s on
 * 1 MB, and it would add 260 KB to the action's bundle.
 *
 * The syntax is JavaScript's (Annex B, no flags), which is what the previous engine used and what the test vectors
 * were checked against: `new RegExp` still validates the expression, so its error messages are unchanged, but it never
 * runs. `__tests__/pattern/regex.test.ts` compares this matcher with RegExp on thousands of random expressions.
 */
// Letters, digits, the documented symbols `: _ # = @ / ; , -`, space (used in the docs' own examples)
// and the operators `^ $ ? [ ] { } | \ * + .`.
const ALLOWED = /^[A-Za-z0-9:_#=@/;,\- ^$?[\]{}|\\*+.]$/;
/** A compiled `%...%` expression: `test` searches the text, in time linear in its length. */
class AwsRegex {
    source;
    alternatives;
    /**
     * @param source the expression as written between the % signs
     * @param alternatives one matcher per alternative of the top-level `|`
     */
    constructor(source, alternatives) {
        this.source = source;
        this.alternatives = alternatives;
    }
    test(text) {
        for (const alternative of this.alternatives)
            if (alternative.test(text))
                return true;
        return false;
    }
}
/** Compiles the body of `%body%`; `position` is the offset of the body's first character in the pattern. */
function compileAwsRegex(body, position) {
    const translated = toJavaScriptSyntax(body, position);
    try {
        // Validation only: the syntax (and so every error message) stays JavaScript's; the RegExp is never run.
        new RegExp(translated);
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new errors/* PatternSyntaxError */.A(`Invalid regular expression %${body}%: ${reason}`, position, 'a valid regular expression');
    }
    const alternatives = new RegexParser(translated).parse().map((nodes) => new SequenceMatcher(nodes));
    return new AwsRegex(body, alternatives);
}
/** Checks AWS's character set and writes the expression in JavaScript's syntax (`{,n}` becomes `{0,n}`). */
function toJavaScriptSyntax(body, position = 0) {
    if (body.length === 0) {
        throw new errors/* PatternSyntaxError */.A('Empty regular expression', position, 'a regular expression between the % signs');
    }
    let translated = '';
    let inClass = false;
    for (let i = 0; i < body.length; i++) {
        const char = body[i];
        if (!ALLOWED.test(char))
            throw invalidCharacter(body, i, position);
        if (char === '\\') {
            const next = body[i + 1];
            if (next === undefined) {
                throw new errors/* PatternSyntaxError */.A('Regular expression ends with a lone backslash', position + i, 'a character after "\\"');
            }
            // `\(` is rejected by AWS too (spec §4, AWS-OBS): escapes do not widen the character set.
            if (!ALLOWED.test(next))
                throw invalidCharacter(body, i + 1, position);
            translated += char + next;
            i++;
            continue;
        }
        if (char === '[' && !inClass)
            inClass = true;
        else if (char === ']' && inClass && body[i - 1] !== '[' && !(body[i - 1] === '^' && body[i - 2] === '['))
            inClass = false;
        // AWS allows `{,n}`; JavaScript would read it as literal text.
        if (!inClass && char === '{' && body[i + 1] === ',') {
            translated += '{0';
            continue;
        }
        translated += char;
    }
    return translated;
}
function invalidCharacter(body, index, position) {
    const char = body[index];
    const hint = char === '(' || char === ')' ? ' (groups are not supported; use \\x28 or \\x29 for a literal parenthesis)' : '';
    return new errors/* PatternSyntaxError */.A(`Invalid character(s) in term '%${body}%': '${char}' is not allowed in a regular expression${hint}`, position + index, 'letters, digits, space, : _ # = @ / ; , - or a regex operator ^ $ ? [ ] { } | \\ * + .');
}
// ---------------------------------------------------------------- character sets (UTF-16 code units, as RegExp without the u flag)
const MAX_CODE = 0xffff;
/** A set of code units, as sorted disjoint inclusive ranges, with a table for ASCII. */
class CharSet {
    ranges;
    ascii = new Uint8Array(128);
    /** @param ranges `[from0, to0, from1, to1, …]`, sorted, disjoint, not adjacent */
    constructor(ranges) {
        this.ranges = ranges;
        for (let i = 0; i < ranges.length; i += 2) {
            for (let code = ranges[i]; code <= Math.min(ranges[i + 1], 127); code++)
                this.ascii[code] = 1;
        }
    }
    has(code) {
        if (code < 128)
            return this.ascii[code] === 1;
        const ranges = this.ranges;
        for (let i = 0; i < ranges.length; i += 2) {
            if (code < ranges[i])
                return false;
            if (code <= ranges[i + 1])
                return true;
        }
        return false;
    }
    /** The one code unit the set holds, or -1. */
    single() {
        return this.ranges.length === 2 && this.ranges[0] === this.ranges[1] ? this.ranges[0] : -1;
    }
}
function charSet(pairs) {
    const sorted = [...pairs].sort((a, b) => a[0] - b[0]);
    const ranges = [];
    for (const [from, to] of sorted) {
        const last = ranges.length - 1;
        if (last > 0 && from <= ranges[last] + 1)
            ranges[last] = Math.max(ranges[last], to);
        else
            ranges.push(from, to);
    }
    return new CharSet(ranges);
}
function complement(set) {
    const pairs = [];
    let next = 0;
    for (let i = 0; i < set.ranges.length; i += 2) {
        if (set.ranges[i] > next)
            pairs.push([next, set.ranges[i] - 1]);
        next = set.ranges[i + 1] + 1;
    }
    if (next <= MAX_CODE)
        pairs.push([next, MAX_CODE]);
    return charSet(pairs);
}
const single = (code) => charSet([[code, code]]);
const DIGIT = charSet([[0x30, 0x39]]);
const WORD = charSet([
    [0x30, 0x39],
    [0x41, 0x5a],
    [0x5f, 0x5f],
    [0x61, 0x7a]
]);
// JavaScript's \s: WhiteSpace and LineTerminator.
const SPACE = charSet([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]
    .map((code) => [code, code])
    .concat([[0x2000, 0x200a]]));
// `.` is any code unit but a line terminator.
const DOT = complement(charSet([0x0a, 0x0d, 0x2028, 0x2029].map((code) => [code, code])));
const CLASS_ESCAPES = {
    d: DIGIT,
    D: complement(DIGIT),
    w: WORD,
    W: complement(WORD),
    s: SPACE,
    S: complement(SPACE)
};
const CONTROL_ESCAPES = { f: 0x0c, n: 0x0a, r: 0x0d, t: 0x09, v: 0x0b };
const QUANTIFIER = /\{(\d+)(?:(,)(\d*))?\}/y;
/** Parses an expression RegExp has accepted, so it only has to understand valid syntax. */
class RegexParser {
    src;
    pos = 0;
    constructor(src) {
        this.src = src;
    }
    /** The alternatives of the top-level `|`, each a sequence of nodes. */
    parse() {
        const alternatives = [[]];
        while (this.pos < this.src.length) {
            if (this.src[this.pos] === '|') {
                this.pos++;
                alternatives.push([]);
                continue;
            }
            ;
            alternatives[alternatives.length - 1].push(this.parseTerm());
        }
        return alternatives;
    }
    parseTerm() {
        const char = this.src[this.pos];
        const next = this.src[this.pos + 1];
        if (char === '^' || char === '$') {
            this.pos++;
            return { type: 'assert', assertion: char === '^' ? 'start' : 'end' };
        }
        if (char === '\\' && (next === 'b' || next === 'B')) {
            this.pos += 2;
            return { type: 'assert', assertion: next === 'b' ? 'word-boundary' : 'not-word-boundary' };
        }
        const set = this.parseAtom();
        const [min, max] = this.parseQuantifier();
        return { type: 'repeat', set, min, max };
    }
    parseAtom() {
        const char = this.src[this.pos];
        if (char === '.') {
            this.pos++;
            return DOT;
        }
        if (char === '[')
            return this.parseClass();
        if (char === '\\') {
            const escape = CLASS_ESCAPES[this.src[this.pos + 1]];
            if (escape !== undefined) {
                this.pos += 2;
                return escape;
            }
            return single(this.parseCharacterEscape(false));
        }
        // Any other character, `{`, `}` and `]` included, stands for itself (a `{` that is a quantifier was read as one).
        this.pos++;
        return single(char.charCodeAt(0));
    }
    /** `* + ? {n} {n,} {n,m}`, optionally lazy (which does not change whether there is a match); none is {1,1}. */
    parseQuantifier() {
        const char = this.src[this.pos];
        let bounds;
        if (char === '*')
            bounds = [0, Infinity];
        else if (char === '+')
            bounds = [1, Infinity];
        else if (char === '?')
            bounds = [0, 1];
        if (bounds !== undefined) {
            this.pos++;
        }
        else if (char === '{') {
            QUANTIFIER.lastIndex = this.pos;
            const match = QUANTIFIER.exec(this.src);
            if (match === null)
                return [1, 1];
            this.pos += match[0].length;
            const min = Number(match[1]);
            bounds = [min, match[2] === undefined ? min : match[3] === '' ? Infinity : Number(match[3])];
        }
        else {
            return [1, 1];
        }
        if (this.src[this.pos] === '?')
            this.pos++;
        return bounds;
    }
    parseClass() {
        this.pos++; // [
        const negated = this.src[this.pos] === '^';
        if (negated)
            this.pos++;
        const pairs = [];
        const add = (atom) => {
            if (typeof atom === 'number')
                pairs.push([atom, atom]);
            else
                for (let i = 0; i < atom.ranges.length; i += 2)
                    pairs.push([atom.ranges[i], atom.ranges[i + 1]]);
        };
        while (this.src[this.pos] !== ']') {
            const first = this.parseClassAtom();
            if (this.src[this.pos] === '-' && this.src[this.pos + 1] !== ']') {
                this.pos++;
                const last = this.parseClassAtom();
                // Annex B: next to a class escape such as \d, `-` is a plain hyphen.
                if (typeof first === 'number' && typeof last === 'number')
                    pairs.push([first, last]);
                else
                    [first, 0x2d, last].forEach(add);
                continue;
            }
            add(first);
        }
        this.pos++; // ]
        const set = charSet(pairs);
        return negated ? complement(set) : set;
    }
    parseClassAtom() {
        const char = this.src[this.pos];
        if (char !== '\\') {
            this.pos++;
            return char.charCodeAt(0);
        }
        const escape = CLASS_ESCAPES[this.src[this.pos + 1]];
        if (escape !== undefined) {
            this.pos += 2;
            return escape;
        }
        return this.parseCharacterEscape(true);
    }
    /** The escape at the backslash under the cursor, as one code unit (Annex B's lenient forms included). */
    parseCharacterEscape(inClass) {
        const src = this.src;
        const next = src[this.pos + 1];
        const control = CONTROL_ESCAPES[next];
        if (control !== undefined) {
            this.pos += 2;
            return control;
        }
        if (next === 'b' && inClass) {
            this.pos += 2;
            return 0x08;
        }
        if (next === 'c') {
            const letter = src[this.pos + 2] ?? '';
            if (/[A-Za-z]/.test(letter) || (inClass && /[0-9_]/.test(letter))) {
                this.pos += 3;
                return letter.charCodeAt(0) % 32;
            }
            // `\c` without a control letter is a backslash; the `c` is read next as itself.
            this.pos++;
            return 0x5c;
        }
        if (next === 'x' || next === 'u') {
            const digits = next === 'x' ? 2 : 4;
            const hex = src.slice(this.pos + 2, this.pos + 2 + digits);
            if (hex.length === digits && /^[0-9A-Fa-f]+$/.test(hex)) {
                this.pos += 2 + digits;
                return parseInt(hex, 16);
            }
        }
        if (next >= '0' && next <= '7') {
            // There are no groups, so `\1` is not a back-reference but a legacy octal escape, up to \377.
            let value = Number(next);
            let length = 1;
            const isOctal = (c) => c !== undefined && c >= '0' && c <= '7';
            if (isOctal(src[this.pos + 2])) {
                value = value * 8 + Number(src[this.pos + 2]);
                length = 2;
                if (Number(next) <= 3 && isOctal(src[this.pos + 3])) {
                    value = value * 8 + Number(src[this.pos + 3]);
                    length = 3;
                }
            }
            this.pos += 1 + length;
            return value;
        }
        // Any other escaped character stands for itself (`\8`, `\k`, `\-`, `\B` in a class, `\x` without hex digits…).
        this.pos += 2;
        return next.charCodeAt(0);
    }
}
// ---------------------------------------------------------------- matcher
/**
 * How each element of a sequence keeps the positions where it could have started (its "starts"), all of them with
 * every code unit read since in the element's set. At each position t the element first takes in the code unit before
 * t, then learns whether the elements before it can end at t (a new start), and tells whether it can end at t.
 */
var Kind;
(function (Kind) {
    /** `x*`, `x+`, `x{n,}`: the oldest start never expires, so it is the only one kept. */
    Kind[Kind["Unbounded"] = 0] = "Unbounded";
    /** `x?`, `x{n,m}` with m ≤ 30: the starts as a bit mask, bit k set when one is k code units back. */
    Kind[Kind["Short"] = 1] = "Short";
    /** `x{n,m}` with a larger m: a queue of starts, the expired ones dropped at the front. */
    Kind[Kind["Long"] = 2] = "Long";
    /** A run of sets each taken exactly once (`abc`, `a.[0-9]`), at most 31: bit j set when the run's first j+1 sets
     * match the code units just read (shift-and). */
    Kind[Kind["Run"] = 3] = "Run";
    /** `^`, `$`, `\b`, `\B`. */
    Kind[Kind["Assert"] = 4] = "Assert";
})(Kind || (Kind = {}));
const SHORT_MAX = 30;
const RUN_MAX = 31;
/** One alternative: its elements run side by side in one pass over the text (a search, not anchored). */
class SequenceMatcher {
    kinds;
    sets = [];
    mins;
    maxes;
    /** Per Run: the mask of each ASCII code unit (bit j set when the run's set j holds it). */
    runMasks = [];
    runSets = [];
    runLastBits = [];
    assertions = [];
    /** Text every match contains: a text without it is rejected by one native `includes`. */
    literal;
    anchoredAtStart;
    constructor(nodes) {
        const kinds = [];
        const mins = [];
        const maxes = [];
        const add = (kind, parts) => {
            kinds.push(kind);
            this.sets.push(parts.set ?? DOT);
            mins.push(parts.min ?? 0);
            maxes.push(parts.max ?? 0);
            const runSets = parts.runSets ?? [];
            this.runSets.push(runSets);
            this.runMasks.push(Int32Array.from({ length: 128 }, (_, code) => runMask(runSets, code)));
            this.runLastBits.push(runSets.length === 0 ? 0 : 1 << (runSets.length - 1));
            this.assertions.push(parts.assertion ?? 'start');
        };
        let run = [];
        const endRun = () => {
            if (run.length > 0)
                add(Kind.Run, { runSets: run });
            run = [];
        };
        for (const node of mergeRepeats(nodes)) {
            if (node.type === 'repeat' && node.min === 1 && node.max === 1) {
                run.push(node.set);
                if (run.length === RUN_MAX)
                    endRun();
                continue;
            }
            endRun();
            if (node.type === 'assert')
                add(Kind.Assert, { assertion: node.assertion });
            else {
                const kind = node.max === Infinity ? Kind.Unbounded : node.max <= SHORT_MAX ? Kind.Short : Kind.Long;
                add(kind, { set: node.set, min: node.min, max: node.max });
            }
        }
        endRun();
        this.kinds = Uint8Array.from(kinds);
        // Counts past 2^31 - 1 are as unreachable as infinity for a string's positions.
        this.mins = Int32Array.from(mins, (min) => Math.min(min, 0x7fffffff));
        this.maxes = Int32Array.from(maxes, (max) => Math.min(max, 0x7fffffff));
        this.literal = requiredLiteral(nodes);
        this.anchoredAtStart = nodes[0]?.type === 'assert' && nodes[0].assertion === 'start';
    }
    test(text) {
        const count = this.kinds.length;
        if (count === 0)
            return true;
        if (this.literal !== '' && !text.includes(this.literal))
            return false;
        const { kinds, sets, mins, maxes, runMasks, runSets, runLastBits, assertions } = this;
        // Per element: Unbounded: its start or -1; Short: its mask; Run: its bits. `pending`: a Run's start at t - 1.
        const state = new Int32Array(count);
        const pending = new Uint8Array(count);
        const queues = Array.from(kinds, (kind) => (kind === Kind.Long ? new StartQueue() : undefined));
        for (let i = 0; i < count; i++)
            if (kinds[i] === Kind.Unbounded)
                state[i] = -1;
        const length = text.length;
        // Elements after lastBusy held no start at the previous position: once the chain breaks past it, stop there.
        let lastBusy = -1;
        for (let t = 0; t <= length; t++) {
            const code = t > 0 ? text.charCodeAt(t - 1) : -1;
            let ready = true;
            let busy = -1;
            for (let i = 0; i < count; i++) {
                switch (kinds[i]) {
                    case Kind.Unbounded: {
                        let start = state[i];
                        if (start >= 0 && t > 0 && !sets[i].has(code))
                            start = -1;
                        if (ready && start < 0)
                            start = t;
                        state[i] = start;
                        ready = start >= 0 && start <= t - mins[i];
                        if (start >= 0)
                            busy = i;
                        break;
                    }
                    case Kind.Short: {
                        let mask = state[i];
                        if (mask !== 0 && t > 0) {
                            mask = sets[i].has(code) ? (mask << 1) & ((2 << maxes[i]) - 1) : 0;
                        }
                        if (ready)
                            mask |= 1;
                        state[i] = mask;
                        ready = mask >>> mins[i] !== 0;
                        if (mask !== 0)
                            busy = i;
                        break;
                    }
                    case Kind.Long: {
                        const queue = queues[i];
                        if (!queue.empty() && t > 0 && !sets[i].has(code))
                            queue.clear();
                        if (ready)
                            queue.push(t);
                        queue.dropBefore(t - maxes[i]);
                        ready = !queue.empty() && queue.oldest() <= t - mins[i];
                        if (!queue.empty())
                            busy = i;
                        break;
                    }
                    case Kind.Run: {
                        let bits = state[i];
                        if (t > 0 && (bits !== 0 || pending[i] === 1)) {
                            const mask = code < 128 ? runMasks[i][code] : runMask(runSets[i], code);
                            bits = ((bits << 1) | pending[i]) & mask;
                            state[i] = bits;
                        }
                        pending[i] = ready ? 1 : 0;
                        ready = (bits & runLastBits[i]) !== 0;
                        if (bits !== 0 || pending[i] === 1)
                            busy = i;
                        break;
                    }
                    default:
                        ready = ready && holds(assertions[i], text, t);
                }
                if (!ready && i >= lastBusy)
                    break;
            }
            if (ready)
                return true;
            if (busy < 0 && this.anchoredAtStart)
                return false;
            lastBusy = busy;
        }
        return false;
    }
}
/**
 * Joins neighbours that repeat the same set: `x{a,b}x{c,d}` is `x{a+c,b+d}`, so `.*.*.*`, `a?a?a?…` or `....` cost one
 * element, not one each.
 */
function mergeRepeats(nodes) {
    const merged = [];
    for (const node of nodes) {
        const last = merged[merged.length - 1];
        if (node.type === 'repeat' && last?.type === 'repeat' && sameSet(last.set, node.set)) {
            merged[merged.length - 1] = { ...last, min: last.min + node.min, max: last.max + node.max };
        }
        else {
            merged.push(node);
        }
    }
    return merged;
}
function sameSet(a, b) {
    return a === b || (a.ranges.length === b.ranges.length && a.ranges.every((bound, i) => bound === b.ranges[i]));
}
/** The longest run of single characters each taken exactly once: every match contains it. */
function requiredLiteral(nodes) {
    let literal = '';
    let best = '';
    for (const node of nodes) {
        const code = node.type === 'repeat' && node.min === 1 && node.max === 1 ? node.set.single() : -1;
        literal = code < 0 ? '' : literal + String.fromCharCode(code);
        if (literal.length > best.length)
            best = literal;
    }
    return best;
}
function runMask(sets, code) {
    let mask = 0;
    for (let j = 0; j < sets.length; j++)
        if (sets[j].has(code))
            mask |= 1 << j;
    return mask;
}
function holds(assertion, text, t) {
    if (assertion === 'start')
        return t === 0;
    if (assertion === 'end')
        return t === text.length;
    const before = t > 0 && WORD.has(text.charCodeAt(t - 1));
    const after = t < text.length && WORD.has(text.charCodeAt(t));
    return (before !== after) === (assertion === 'word-boundary');
}
/** The starts of a Long element, oldest first; each is added and dropped once, so a step is O(1) amortised. */
class StartQueue {
    starts = new Int32Array(64);
    head = 0;
    tail = 0;
    empty() {
        return this.head === this.tail;
    }
    oldest() {
        return this.starts[this.head];
    }
    clear() {
        this.head = 0;
        this.tail = 0;
    }
    push(start) {
        if (this.tail === this.starts.length) {
            // Reuse the dropped front when it is most of the buffer, else grow.
            const live = this.starts.subarray(this.head, this.tail);
            const target = live.length * 2 > this.starts.length ? new Int32Array(this.starts.length * 2) : this.starts;
            target.set(live);
            this.starts = target;
            this.tail -= this.head;
            this.head = 0;
        }
        this.starts[this.tail++] = start;
    }
    dropBefore(position) {
        while (this.head < this.tail && this.starts[this.head] < position)
            this.head++;
        if (this.head === this.tail)
            this.clear();
    }
}

;// CONCATENATED MODULE: ./src/pattern/parser.ts


/** AWS limits (spec §1, §2.4, §4, §6). */
const LIMITS = {
    maxPatternLength: 1024,
    maxRegexesPerPattern: 2,
    maxWildcardSelectorsPerPattern: 3,
    maxWildcardsPerSelector: 1
};
const NUMBER_LITERAL = /^[+-]?\d+(\.\d+)?([eE][+-]?\d+)?$/;
const WHITESPACE = new Set([' ', '\t', '\r', '\n']);
const NAME_CHAR = /^[A-Za-z0-9_-]$/;
const TERM_CHAR = /^[A-Za-z0-9_]$/;
// Unquoted values AWS accepts in JSON patterns (spec §2.3: documented [A-Za-z0-9_] plus the observed . * + -).
const JSON_BARE_CHAR = /^[A-Za-z0-9_.*+-]$/;
// Space-delimited values are compared to log fields such as paths and times, so `/` and `:` are accepted too [INFER].
const DELIMITED_BARE_CHAR = /^[A-Za-z0-9_.*+\-/:]$/;
/**
 * Parses a CloudWatch Logs filter pattern. Throws PatternSyntaxError (never anything else) when AWS
 * would reject it with InvalidParameterException.
 */
function parse(text) {
    if (text.length > LIMITS.maxPatternLength && Array.from(text).length > LIMITS.maxPatternLength) {
        throw new errors/* PatternSyntaxError */.A(`Filter pattern is longer than ${LIMITS.maxPatternLength} characters`, LIMITS.maxPatternLength, `at most ${LIMITS.maxPatternLength} characters`);
    }
    const first = text[0];
    if (first === '{')
        return new JsonParser(text).parsePattern();
    if (first === '[')
        return new DelimitedParser(text).parsePattern();
    if (first === '%')
        return parseStandaloneRegex(text);
    const trimmed = text.trimStart();
    if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
        // AWS rejected ' {$.ThisFlag IS TRUE} ' (spec §1, AWS-OBS): the bracket must be the first character.
        throw new errors/* PatternSyntaxError */.A('Invalid metric filter pattern: whitespace before the opening bracket', 0, `'${trimmed[0]}' as the first character`);
    }
    return parseTerms(text);
}
// ---------------------------------------------------------------- shared scanner
class Scanner {
    text;
    pos = 0;
    regexCount = 0;
    constructor(text) {
        this.text = text;
    }
    get atEnd() {
        return this.pos >= this.text.length;
    }
    peek(offset = 0) {
        return this.text[this.pos + offset];
    }
    startsWith(literal) {
        return this.text.startsWith(literal, this.pos);
    }
    /** Skips whitespace; returns how many characters were skipped. */
    skipWhitespace() {
        const start = this.pos;
        while (!this.atEnd && WHITESPACE.has(this.text[this.pos]))
            this.pos++;
        return this.pos - start;
    }
    fail(message, expected, position = this.pos) {
        throw new errors/* PatternSyntaxError */.A(message, position, expected);
    }
    describeHere() {
        if (this.atEnd)
            return 'end of pattern';
        return `'${this.text.slice(this.pos, this.pos + 12)}'`;
    }
    expect(literal, expected = `'${literal}'`) {
        if (!this.startsWith(literal))
            this.fail(`Unexpected ${this.describeHere()}`, expected);
        this.pos += literal.length;
    }
    /** Reads `%body%`; the scanner is on the opening `%`. */
    readRegex() {
        const position = this.pos;
        const close = this.text.indexOf('%', position + 1);
        if (close < 0)
            this.fail('Unterminated regular expression', "a closing '%'", this.text.length);
        this.regexCount++;
        if (this.regexCount > LIMITS.maxRegexesPerPattern) {
            this.fail(`A filter pattern may contain at most ${LIMITS.maxRegexesPerPattern} regular expressions`, 'no further regular expression', position);
        }
        const source = this.text.slice(position + 1, close);
        const regex = compileAwsRegex(source, position + 1);
        this.pos = close + 1;
        return { type: 'regex', source, regex, position };
    }
    /** Reads `"..."`; `\"` and `\\` are unescaped (spec §2.3, AWS handling unverified). */
    readQuoted() {
        const position = this.pos;
        this.pos++;
        let value = '';
        while (!this.atEnd) {
            const char = this.text[this.pos];
            if (char === '"') {
                this.pos++;
                return { value, position };
            }
            if (char === '\\' && (this.peek(1) === '"' || this.peek(1) === '\\')) {
                value += this.peek(1);
                this.pos += 2;
                continue;
            }
            value += char;
            this.pos++;
        }
        return this.fail('Unterminated quoted string', "a closing '\"'", this.text.length);
    }
    /** Reads a term-pattern phrase `"..."`; it has no escapes (spec §3.1). */
    readQuotedPhrase() {
        const open = this.pos;
        const close = this.text.indexOf('"', open + 1);
        if (close < 0)
            this.fail('Unterminated quoted phrase', "a closing '\"'", this.text.length);
        this.pos = close + 1;
        return { value: this.text.slice(open + 1, close) };
    }
    /** Reads an unquoted value up to a delimiter and checks its characters. */
    readBareWord(isDelimiter, allowed) {
        const position = this.pos;
        while (!this.atEnd && !isDelimiter(this.text[this.pos]))
            this.pos++;
        const word = this.text.slice(position, this.pos);
        if (word === '')
            this.fail(`Unexpected ${this.describeHere()}`, 'a value', position);
        for (let i = 0; i < word.length; i++) {
            if (!allowed.test(word[i])) {
                // The real AWS error text (spec §2.3): "Invalid character(s) in term '<term>'".
                this.fail(`Invalid character(s) in term '${word}'`, 'letters, digits, _ . * + - in an unquoted value (put other characters in double quotes)', position + i);
            }
        }
        return { word, position };
    }
    readOperator() {
        for (const operator of ['!=', '<=', '>=', '=', '<', '>']) {
            if (this.startsWith(operator)) {
                this.pos += operator.length;
                return operator;
            }
        }
        return undefined;
    }
    /** The value after an operator, classified as spec §2.1 says. */
    readOperand(operator, isDelimiter, allowed) {
        const numericOnly = operator !== '=' && operator !== '!=';
        const char = this.peek();
        if (char === '%') {
            if (numericOnly)
                this.fail(`'${operator}' cannot be used with a regular expression`, 'a number');
            return this.readRegex();
        }
        if (char === '"') {
            if (numericOnly) {
                // AWS rejects `{ $.someString > "123" }` (spec §2.1, AWS-OBS).
                this.fail(`'${operator}' needs an unquoted number`, 'a number');
            }
            const { value, position } = this.readQuoted();
            return { type: 'string', value, quoted: true, position };
        }
        const { word, position } = this.readBareWord(isDelimiter, allowed);
        if (NUMBER_LITERAL.test(word))
            return { type: 'number', value: Number(word), text: word, position };
        if (numericOnly)
            this.fail(`Invalid character(s) in term '${word}': '${operator}' needs a number`, 'a number', position);
        return { type: 'string', value: word, quoted: false, position };
    }
}
// ---------------------------------------------------------------- JSON patterns (spec §2)
const isJsonValueDelimiter = (char) => WHITESPACE.has(char) || char === ')' || char === '}' || char === '(' || char === '&' || char === '|';
class JsonParser extends Scanner {
    wildcardSelectors = 0;
    parsePattern() {
        this.expect('{');
        this.skipWhitespace();
        const expression = this.parseOr();
        this.skipWhitespace();
        if (this.atEnd) {
            // The real AWS message (spec §1): "If a filter pattern starts with '{' it must end with '}'".
            this.fail("If a filter pattern starts with '{' it must end with '}'", "'&&', '||' or '}'");
        }
        this.expect('}', "'&&', '||' or '}'");
        if (!this.atEnd)
            this.fail(`Unexpected ${this.describeHere()} after the closing '}'`, 'end of pattern');
        return { kind: 'json', expression };
    }
    parseOr() {
        const position = this.pos;
        const operands = [this.parseAnd()];
        while (this.lookAheadFor('||')) {
            this.skipWhitespace();
            this.pos += 2;
            this.skipWhitespace();
            operands.push(this.parseAnd());
        }
        return operands.length === 1 ? operands[0] : { type: 'or', operands, position };
    }
    parseAnd() {
        const position = this.pos;
        const operands = [this.parseUnary()];
        while (this.lookAheadFor('&&')) {
            this.skipWhitespace();
            this.pos += 2;
            this.skipWhitespace();
            operands.push(this.parseUnary());
        }
        return operands.length === 1 ? operands[0] : { type: 'and', operands, position };
    }
    /** True when `literal` follows after optional whitespace (the scanner does not move). */
    lookAheadFor(literal) {
        let at = this.pos;
        while (at < this.text.length && WHITESPACE.has(this.text[at]))
            at++;
        return this.text.startsWith(literal, at);
    }
    parseUnary() {
        this.skipWhitespace();
        if (this.peek() === '(') {
            this.pos++;
            this.skipWhitespace();
            const inner = this.parseOr();
            this.skipWhitespace();
            this.expect(')', "'&&', '||' or ')'");
            return inner;
        }
        return this.parseCondition();
    }
    parseCondition() {
        const position = this.pos;
        if (this.peek() !== '$')
            this.fail(`Unexpected ${this.describeHere()}`, "a selector starting with '$.' or '('");
        const selector = this.parseSelector();
        const spaces = this.skipWhitespace();
        if (this.startsWith('IS') && spaces > 0) {
            this.pos += 2;
            if (this.skipWhitespace() === 0)
                this.fail(`Unexpected ${this.describeHere()}`, "a space after 'IS'");
            if (this.startsWith('NOT')) {
                this.fail("'IS NOT' is not supported by CloudWatch Logs (use NOT EXISTS, or != for values)", 'TRUE, FALSE or NULL');
            }
            for (const value of ['TRUE', 'FALSE', 'NULL']) {
                if (this.startsWith(value)) {
                    this.pos += value.length;
                    this.expectKeywordEnd();
                    return { type: 'is', selector, value, position };
                }
            }
            this.fail(`Unexpected ${this.describeHere()}`, 'TRUE, FALSE or NULL');
        }
        if (this.startsWith('NOT') && spaces > 0) {
            this.pos += 3;
            if (this.skipWhitespace() === 0)
                this.fail(`Unexpected ${this.describeHere()}`, "a space after 'NOT'");
            this.expect('EXISTS', "'EXISTS'");
            this.expectKeywordEnd();
            return { type: 'not-exists', selector, position };
        }
        if (this.startsWith('EXISTS')) {
            this.fail("'EXISTS' is not supported by CloudWatch Logs (use NOT EXISTS, or = * for a present value)", 'an operator');
        }
        const operator = this.readOperator();
        if (operator === undefined) {
            this.fail(`Unexpected ${this.describeHere()}`, 'an operator (=, !=, <, >, <=, >=), IS or NOT EXISTS');
        }
        this.skipWhitespace();
        if (this.atEnd)
            this.fail('Unexpected end of pattern', 'a value');
        const operand = this.readOperand(operator, isJsonValueDelimiter, JSON_BARE_CHAR);
        return { type: 'compare', selector, operator, operand, position };
    }
    expectKeywordEnd() {
        const next = this.peek();
        if (next !== undefined && !isJsonValueDelimiter(next)) {
            this.fail(`Unexpected ${this.describeHere()}`, "whitespace, ')', '}', '&&' or '||'");
        }
    }
    parseSelector() {
        const position = this.pos;
        this.pos++; // '$'
        if (this.peek() !== '.')
            this.fail(`Unexpected ${this.describeHere()}`, "'.' after '$' (selectors start with '$.')");
        const steps = [];
        let wildcards = 0;
        for (;;) {
            const char = this.peek();
            if (char === '.') {
                this.pos++;
                steps.push(this.parseDotStep());
            }
            else if (char === '[') {
                this.pos++;
                if (this.peek() === '*') {
                    this.pos++;
                    steps.push({ type: 'any-index' });
                }
                else {
                    const start = this.pos;
                    while (!this.atEnd && /[0-9]/.test(this.peek()))
                        this.pos++;
                    if (start === this.pos)
                        this.fail(`Unexpected ${this.describeHere()}`, "an array index or '*'");
                    steps.push({ type: 'index', index: Number(this.text.slice(start, this.pos)) });
                }
                this.expect(']');
            }
            else {
                break;
            }
            const last = steps[steps.length - 1];
            if (last.type === 'any-index' || last.type === 'any-property') {
                wildcards++;
                if (wildcards > LIMITS.maxWildcardsPerSelector) {
                    this.fail('A selector may contain at most one wildcard', 'a selector with a single * or [*]', position);
                }
            }
        }
        if (wildcards > 0) {
            this.wildcardSelectors++;
            if (this.wildcardSelectors > LIMITS.maxWildcardSelectorsPerPattern) {
                this.fail(`A filter pattern may contain at most ${LIMITS.maxWildcardSelectorsPerPattern} wildcard selectors`, 'a selector without wildcards', position);
            }
        }
        return { text: this.text.slice(position, this.pos), steps, position };
    }
    parseDotStep() {
        const char = this.peek();
        if (char === '*') {
            this.pos++;
            return { type: 'any-property' };
        }
        if (char === '[') {
            this.pos++;
            this.expect("'", "a quote in $.['key']");
            const close = this.text.indexOf("'", this.pos);
            if (close < 0)
                this.fail('Unterminated bracketed key', "a closing quote in $.['key']", this.text.length);
            const name = this.text.slice(this.pos, close);
            this.pos = close + 1;
            this.expect(']');
            return { type: 'property', name };
        }
        const start = this.pos;
        while (!this.atEnd && NAME_CHAR.test(this.peek()))
            this.pos++;
        if (start === this.pos)
            this.fail(`Unexpected ${this.describeHere()}`, "a property name, '*' or ['key'] after '.'");
        return { type: 'property', name: this.text.slice(start, this.pos) };
    }
}
// ---------------------------------------------------------------- term patterns (spec §3)
function parseTerms(text) {
    const scanner = new Scanner(text);
    const terms = [];
    for (;;) {
        scanner.skipWhitespace();
        if (scanner.atEnd)
            break;
        const position = scanner.pos;
        let mode = 'required';
        if (scanner.peek() === '?')
            mode = 'optional';
        else if (scanner.peek() === '-')
            mode = 'excluded';
        if (mode !== 'required')
            scanner.pos++;
        const char = scanner.peek();
        if (char === '"') {
            const { value } = scanner.readQuotedPhrase();
            terms.push({ mode, text: value, quoted: true, position });
        }
        else if (char !== undefined && TERM_CHAR.test(char)) {
            const start = scanner.pos;
            while (!scanner.atEnd && TERM_CHAR.test(scanner.peek()))
                scanner.pos++;
            terms.push({ mode, text: text.slice(start, scanner.pos), quoted: false, position });
        }
        else if (char === '%') {
            scanner.fail('A regular expression must be the whole filter pattern', 'a term or a quoted phrase');
        }
        else {
            const word = text.slice(scanner.pos).split(/[ \t\r\n]/)[0] ?? '';
            scanner.fail(word === '' ? `Unexpected ${scanner.describeHere()}` : `Invalid character(s) in term '${word}'`, 'a term of letters, digits and _ (put other characters in double quotes)');
        }
        const next = scanner.peek();
        if (next !== undefined && !WHITESPACE.has(next)) {
            const word = text.slice(position).split(/[ \t\r\n]/)[0] ?? '';
            scanner.fail(`Invalid character(s) in term '${word}'`, 'whitespace between terms (put terms with other characters in double quotes)');
        }
    }
    return { kind: 'terms', terms };
}
function parseStandaloneRegex(text) {
    const scanner = new Scanner(text);
    const regex = scanner.readRegex();
    if (!scanner.atEnd) {
        scanner.fail('A regular expression must be the whole filter pattern', 'end of pattern after the closing %');
    }
    return { kind: 'terms', terms: [], regex: { source: regex.source, regex: regex.regex, position: regex.position } };
}
// ---------------------------------------------------------------- space-delimited patterns (spec §5)
const isDelimitedValueDelimiter = (char) => WHITESPACE.has(char) || char === ',' || char === ']' || char === '&' || char === '|';
class DelimitedParser extends Scanner {
    parsePattern() {
        this.expect('[');
        const slots = [];
        this.skipWhitespace();
        if (this.peek() === ']') {
            this.pos++;
        }
        else {
            let ellipses = 0;
            for (;;) {
                this.skipWhitespace();
                const slot = this.parseSlot();
                if (slot.type === 'ellipsis' && ++ellipses > 1) {
                    this.fail("A space-delimited pattern may contain '...' only once", 'a field name', slot.position);
                }
                slots.push(slot);
                this.skipWhitespace();
                if (this.peek() === ',') {
                    this.pos++;
                    continue;
                }
                if (this.atEnd)
                    this.fail("If a filter pattern starts with '[' it must end with ']'", "',' or ']'");
                this.expect(']', "',' or ']'");
                break;
            }
        }
        if (!this.atEnd)
            this.fail(`Unexpected ${this.describeHere()} after the closing ']'`, 'end of pattern');
        return { kind: 'space-delimited', slots };
    }
    parseSlot() {
        const position = this.pos;
        if (this.startsWith('...')) {
            this.pos += 3;
            return { type: 'ellipsis', position };
        }
        if (this.peek() === ',' || this.peek() === ']')
            return { type: 'field', position };
        const name = this.readFieldName();
        this.skipWhitespace();
        if (this.peek() === ',' || this.peek() === ']' || this.atEnd)
            return { type: 'field', name, position };
        const condition = this.parseSlotOr(name, position);
        const other = fieldsOf(condition).find((field) => field !== name);
        if (other !== undefined) {
            this.fail(`Conditions in a slot must all test that slot's field '${name}', not '${other}'`, `'${name}'`, position);
        }
        return { type: 'field', name, condition, position };
    }
    readFieldName() {
        const start = this.pos;
        while (!this.atEnd && NAME_CHAR.test(this.peek()))
            this.pos++;
        if (start === this.pos)
            this.fail(`Unexpected ${this.describeHere()}`, "a field name, '...' or ']'");
        return this.text.slice(start, this.pos);
    }
    parseSlotOr(name, namePosition) {
        const operands = [this.parseSlotAnd(name, namePosition)];
        while (this.skipWhitespace() >= 0 && this.startsWith('||')) {
            this.pos += 2;
            this.skipWhitespace();
            operands.push(this.parseSlotAnd(this.readFieldName(), this.pos));
        }
        return operands.length === 1 ? operands[0] : { type: 'or', operands, position: namePosition };
    }
    parseSlotAnd(name, namePosition) {
        const operands = [this.parseFieldCondition(name, namePosition)];
        while (this.skipWhitespace() >= 0 && this.startsWith('&&')) {
            this.pos += 2;
            this.skipWhitespace();
            const start = this.pos;
            operands.push(this.parseFieldCondition(this.readFieldName(), start));
        }
        return operands.length === 1 ? operands[0] : { type: 'and', operands, position: namePosition };
    }
    /** `name op value`; the name has been read already. Conditions in a slot test that slot's own field (spec §5.2). */
    parseFieldCondition(field, position) {
        this.skipWhitespace();
        const operator = this.readOperator();
        if (operator === undefined)
            this.fail(`Unexpected ${this.describeHere()}`, "an operator (=, !=, <, >, <=, >=), ',' or ']'");
        this.skipWhitespace();
        if (this.atEnd)
            this.fail('Unexpected end of pattern', 'a value');
        const operand = this.readOperand(operator, isDelimitedValueDelimiter, DELIMITED_BARE_CHAR);
        return { type: 'field-compare', field, operator, operand, position };
    }
}
/** The field names a slot's conditions test (all must be the slot's own name; cross-field conditions are not supported). */
function fieldsOf(expression) {
    if (expression.type === 'field-compare')
        return [expression.field];
    return expression.operands.flatMap(fieldsOf);
}


/***/ })

};
