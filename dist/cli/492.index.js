export const id = 492;
export const ids = [492];
export const modules = {

/***/ 6492:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  drillFinding: () => (/* reexport */ drillFinding),
  runFireDrill: () => (/* binding */ runFireDrill)
});

// EXTERNAL MODULE: ./src/aws/arn.ts
var arn = __webpack_require__(1626);
// EXTERNAL MODULE: ./src/aws/cloudwatch.ts
var aws_cloudwatch = __webpack_require__(3817);
// EXTERNAL MODULE: ./src/aws/read.ts
var read = __webpack_require__(3761);
// EXTERNAL MODULE: ./src/aws/sns.ts
var sns = __webpack_require__(2231);
// EXTERNAL MODULE: ./src/judge/remediation.ts
var remediation = __webpack_require__(7222);
;// CONCATENATED MODULE: ./src/judge/drill.ts

/** Time ordering of two ISO timestamps; an unreadable one sorts first. */
function time(iso) {
    const t = iso ? Date.parse(iso) : NaN;
    return Number.isNaN(t) ? -Infinity : t;
}
/**
 * The drill's records: per topic, a history record newer than the newest one for that topic before the drill (the
 * baseline), so an old notification never counts as the drill's. Only topics the alarm notifies are looked at.
 */
function drillRecords(baseline, latest, topicArns) {
    const before = new Map();
    for (const r of baseline)
        if (r.resource)
            before.set(r.resource, Math.max(before.get(r.resource) ?? -Infinity, time(r.timestamp)));
    const found = new Map();
    for (const topic of topicArns) {
        const record = latest.find((r) => r.resource === topic && time(r.timestamp) > (before.get(topic) ?? -Infinity));
        if (record)
            found.set(topic, record);
    }
    return found;
}
/** One delivery per topic: what its record says, or not recorded. */
function deliveriesOf(topicArns, records) {
    return topicArns.map((topicArn) => {
        const seen = records.get(topicArn);
        if (!seen)
            return { topicArn, outcome: 'not recorded' };
        const { record, seconds } = seen;
        const delivery = {
            topicArn,
            outcome: record.outcome === 'failed' ? 'failed' : record.outcome === 'succeeded' ? 'delivered' : 'not recorded',
            message: record.error && !record.summary.includes(record.error) ? `${record.summary} ${record.error}` : record.summary,
            recordedAt: record.timestamp,
            seconds
        };
        return delivery;
    });
}
/** A failure anywhere fails the drill; a notification not recorded leaves it undecided. */
function outcomeOf(deliveries) {
    if (deliveries.some((d) => d.outcome === 'failed'))
        return 'failed';
    if (deliveries.length === 0 || deliveries.some((d) => d.outcome !== 'delivered'))
        return 'manual';
    return 'delivered';
}
const topicName = (arn) => arn.split(':')[5] || arn;
function subscriberPhrase(s) {
    if (!s)
        return 'its subscribers could not be listed';
    if (s.error)
        return `its subscribers could not be listed (${s.error})`;
    const n = s.confirmed.length;
    return `${n} confirmed subscriber${n === 1 ? '' : 's'}${s.pending ? ` (and ${s.pending} pending, who receive nothing)` : ''}`;
}
/** The drill as a finding of its own (`drill.delivery`); none when it was skipped (the chain's findings say why). */
function drillFinding(control, result) {
    if (result.outcome === 'skipped')
        return undefined;
    const text = control.extraChecks['drill.delivery'];
    const region = result.region ?? '';
    const alarm = result.alarmName ?? '';
    const base = { id: 'drill.delivery', control: control.id, resource: result.alarmArn ?? '', region };
    const restore = result.restore && !result.restore.done ? ` ${result.restore.message}` : '';
    const subscribersOf = (topic) => result.subscribers.find((s) => s.topicArn === topic);
    if (result.outcome === 'delivered') {
        const each = result.deliveries
            .map((d) => `to ${topicName(d.topicArn)} (${subscriberPhrase(subscribersOf(d.topicArn))}) recorded as executed ${d.seconds ?? '?'} s after the drill set the alarm to ALARM`)
            .join('; ');
        return {
            ...base,
            status: 'pass',
            title: text.title,
            message: `Fire drill: CloudWatch delivered the test notification ${each}.${restore}`,
            remediation: ''
        };
    }
    const fix = drillFix(result, alarm, region);
    if (result.outcome === 'failed') {
        const failed = result.deliveries.filter((d) => d.outcome === 'failed');
        return {
            ...base,
            status: 'fail',
            title: text.failTitle,
            message: `Fire drill: CloudWatch could not deliver the test notification: ${failed
                .map((d) => `to ${topicName(d.topicArn)}: ${d.message ?? 'failed'}`)
                .join('; ')}.${restore}`,
            remediation: fix.commands,
            fix
        };
    }
    return {
        ...base,
        status: 'manual',
        title: text.title,
        message: `Fire drill ${result.outcome === 'refused' ? 'refused' : 'not proven'}: ${result.reason}${restore}`,
        remediation: fix.commands,
        fix
    };
}
function drillFix(result, alarmName, region) {
    const q = remediation/* shellQuote */.ZL;
    const r = region ? ` --region ${q(region)}` : '';
    const history = `aws cloudwatch describe-alarm-history${r} --alarm-name ${q(alarmName)} --history-item-type Action --max-records 5`;
    const p = result.problem;
    if (p?.kind === 'access-denied') {
        return {
            change: `Grant ${p.action ?? 'the refused action'} to the identity running the drill (policies/drill.json), then run it again.`,
            commands: `# grant the identity running the drill the IAM action ${p.action ?? '(see the message)'} (policies/drill.json)`
        };
    }
    if (result.outcome === 'refused') {
        return {
            change: 'Run the drill again once the alarm is out of ALARM (someone may be handling a real event).',
            commands: `aws cloudwatch describe-alarms${r} --alarm-names ${q(alarmName)} --query 'MetricAlarms[0].[StateValue,StateReason]'`
        };
    }
    if (result.outcome === 'failed') {
        return {
            change: 'Fix what CloudWatch recorded as the failure (the topic policy, or the key policy of the KMS key of the topic), then run the drill again.',
            commands: [
                `# what CloudWatch recorded:`,
                history,
                '# after the fix: cmk-alarm drill, or the action with fire-drill: true'
            ].join('\n')
        };
    }
    return {
        change: 'Check the alarm history for the notification (CloudWatch may record it late), or run the drill again with a larger timeout-seconds.',
        commands: history
    };
}

// EXTERNAL MODULE: ./src/report/redact.ts
var redact = __webpack_require__(649);
;// CONCATENATED MODULE: ./src/drill.ts
// The fire drill (`fire-drill: true`, `cmk-alarm drill`): proof that a notification reaches the topic, not inference.
// For the chain verify found passing, the alarm is set to ALARM (SetAlarmState, with a reason naming the run), the
// alarm history is watched until CloudWatch records the SNS action (executed, or failed with AWS's words), and the
// alarm is set back to its previous state. It changes only the alarm's state, never its configuration; it leaves an
// alarm already in ALARM alone (someone may be handling a real event); and it is bounded by the time budget: a
// notification not recorded in time is `manual`, never a pass. Loaded only when asked for (a dynamic import).







/** Below this much time budget left the drill does not start: it could not wait, or not put the alarm back. */
const MIN_START_MS = 3_000;
const DEFAULT_RESERVE_MS = 5_000;
/** CloudWatch allows 1023 characters of state reason. */
const MAX_REASON_CHARS = 1_000;
/** The chain's alarm in the state verify read (the report names it by ARN). */
function chainAlarm(state, alarmArn) {
    if (!alarmArn || !state.trails.ok)
        return undefined;
    for (const trail of state.trails.value) {
        const filters = trail.logGroup?.metricFilters;
        if (!filters?.ok)
            continue;
        for (const filter of filters.value)
            for (const t of filter.transformations) {
                const alarm = t.alarms.ok ? t.alarms.value.find((a) => a.arn === alarmArn) : undefined;
                if (alarm)
                    return alarm;
            }
    }
    return undefined;
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
/**
 * `promise`, or undefined once `ms` have passed: a call that hangs must not eat the time kept to put the alarm back
 * (the time budget aborts it only at its own end). The call left behind is aborted then, and its answer ignored.
 */
async function within(promise, ms) {
    let timer;
    const late = new Promise((resolve) => {
        timer = setTimeout(() => resolve(undefined), Math.max(0, ms));
        timer.unref();
    });
    try {
        return await Promise.race([promise, late]);
    }
    finally {
        clearTimeout(timer);
    }
}
function pollMsFromEnv() {
    const raw = Number(process.env.CMK_ALARM_DRILL_POLL_MS);
    return Number.isFinite(raw) && raw > 0 ? raw : undefined;
}
/**
 * Runs the drill on the alarm of `report`'s chain, which must have passed every check (`report` is verify's, before
 * the extra checks). Never throws for AWS's sake: every refusal or failure is in the result.
 */
async function runFireDrill(report, state, clients, options) {
    const empty = { deliveries: [], subscribers: [] };
    if (report.status !== 'pass') {
        return {
            ...empty,
            outcome: 'skipped',
            reason: `verify found no passing chain (status ${report.status}), so there is no alarm to drill: fix the chain first.`
        };
    }
    const alarm = chainAlarm(state, report.alarmArn);
    const topics = [...new Set((alarm?.alarmActions ?? []).filter(arn/* isSnsTopicArn */.FB))];
    if (!alarm || !alarm.metricName || !alarm.namespace || topics.length === 0) {
        return { ...empty, outcome: 'skipped', reason: 'the passing chain names no alarm with an SNS action to drill.' };
    }
    const region = (0,arn/* parseArn */.Lw)(alarm.arn)?.region || state.region;
    const cloudwatch = clients.cloudwatch(region);
    const budget = clients.budget;
    const reserve = options.reserveMs ?? DEFAULT_RESERVE_MS;
    const pollMs = options.pollMs ?? pollMsFromEnv() ?? 2_000;
    const about = { alarmName: alarm.name, alarmArn: alarm.arn, region, ...empty };
    if (budget.timeLeftMs() < reserve + MIN_START_MS) {
        return {
            ...about,
            outcome: 'manual',
            reason: `only ${Math.max(0, Math.floor(budget.timeLeftMs() / 1000))} s of the time budget were left, too little to wait for the notification and put the alarm back; nothing was changed. Raise timeout-seconds.`
        };
    }
    // 1. The alarm's state now: the drill runs only on an alarm known not to be in ALARM.
    const metric = { metricName: alarm.metricName, namespace: alarm.namespace };
    const current = await (0,read/* read */.L)('cloudwatch:DescribeAlarmsForMetric', () => (0,aws_cloudwatch/* describeAlarmStateForMetric */.zR)(cloudwatch, metric, alarm.arn), budget);
    if (!current.ok || !current.value) {
        const why = current.ok ? 'the alarm is no longer there' : current.problem.message;
        return {
            ...about,
            outcome: 'refused',
            reason: `the alarm's current state could not be read (${why}), so it cannot be shown not to be in ALARM; nothing was changed.`,
            ...(current.ok ? {} : { problem: current.problem })
        };
    }
    const previous = current.value.value;
    if (previous === 'ALARM') {
        return {
            ...about,
            previousState: previous,
            outcome: 'refused',
            reason: `the alarm is already in ALARM${current.value.updatedAt ? ` (since ${current.value.updatedAt})` : ''}${current.value.reason ? `: "${current.value.reason}"` : ''}. Someone may be handling a real event, so the drill did not touch it.`
        };
    }
    if (previous !== 'OK' && previous !== 'INSUFFICIENT_DATA') {
        return {
            ...about,
            outcome: 'refused',
            reason: `the alarm is in an unknown state ${JSON.stringify(previous)}; nothing was changed.`
        };
    }
    // 2. The history before the drill: only a record newer than this counts as the drill's.
    const history = (attempts) => (0,read/* read */.L)('cloudwatch:DescribeAlarmHistory', () => (0,aws_cloudwatch/* describeAlarmActionHistory */.Vw)(cloudwatch, alarm.name), budget, {
        attempts
    });
    const baseline = await history(3);
    if (!baseline.ok) {
        return {
            ...about,
            previousState: previous,
            outcome: 'manual',
            reason: `the alarm history could not be read (${baseline.problem.message}), so a delivery could not be observed; nothing was changed.`,
            problem: baseline.problem
        };
    }
    // 3. Who will be notified: the subscribers each topic has at this moment.
    const subscribers = await Promise.all(topics.map((t) => subscribersOf(clients, t)));
    if (budget.timeLeftMs() < reserve + MIN_START_MS) {
        return {
            ...about,
            previousState: previous,
            subscribers,
            outcome: 'manual',
            reason: `the reads before the drill used the time budget up (${Math.max(0, Math.floor(budget.timeLeftMs() / 1000))} s left), too little to wait for the notification and put the alarm back; nothing was changed. Raise timeout-seconds.`
        };
    }
    // 4. ALARM, with a reason that names the run.
    const stateReason = `cmk-alarm fire drill from ${options.runName}: a TEST notification, not a real event. The alarm is set back to ${previous} right after.`.slice(0, MAX_REASON_CHARS);
    const started = Date.now();
    const setAt = new Date(started).toISOString();
    const set = (await within((0,read/* read */.L)('cloudwatch:SetAlarmState', () => (0,aws_cloudwatch/* setAlarmState */.LN)(cloudwatch, alarm.name, 'ALARM', stateReason), budget, {
        attempts: 1
    }), budget.timeLeftMs() - reserve)) ?? {
        ok: false,
        problem: {
            kind: 'error',
            action: 'cloudwatch:SetAlarmState',
            message: 'cloudwatch:SetAlarmState did not answer within the time budget'
        }
    };
    const drill = {
        ...about,
        previousState: previous,
        stateReason,
        subscribers,
        outcome: 'manual',
        reason: ''
    };
    if (!set.ok) {
        // The call may have been applied before its answer was lost: put the alarm back if it holds the drill's reason.
        // A refusal was not applied.
        if (set.problem.kind !== 'access-denied')
            drill.restore = await restoreIfDrilled(cloudwatch, alarm, metric, previous, stateReason, options.runName, budget);
        return {
            ...drill,
            deliveries: topics.map((topicArn) => ({ topicArn, outcome: 'not recorded' })),
            reason: `the alarm could not be set to ALARM (${set.problem.message}).`,
            problem: set.problem
        };
    }
    drill.setAt = setAt;
    // 5. Wait for CloudWatch to record the action, within the time budget (keeping the reserve to put the alarm back).
    const seen = new Map();
    let lastProblem;
    while (seen.size < topics.length && budget.timeLeftMs() > reserve) {
        await sleep(Math.min(pollMs, budget.timeLeftMs() - reserve));
        if (budget.timeLeftMs() <= reserve)
            break;
        const now = await within(history(1), budget.timeLeftMs() - reserve);
        if (!now || !now.ok) {
            lastProblem = now ? now.problem.message : 'cloudwatch:DescribeAlarmHistory did not answer in time';
            continue;
        }
        const seconds = Math.round((Date.now() - started) / 100) / 10;
        for (const [topic, record] of drillRecords(baseline.value.latest, now.value.latest, topics)) {
            if (!seen.has(topic))
                seen.set(topic, { record, seconds });
        }
    }
    drill.seconds = Math.round((Date.now() - started) / 100) / 10;
    // 6. Back to the state before the drill.
    drill.restore = await restore(cloudwatch, alarm, metric, previous, options.runName, budget);
    drill.deliveries = deliveriesOf(topics, seen);
    drill.outcome = outcomeOf(drill.deliveries);
    const missing = drill.deliveries.filter((d) => d.outcome === 'not recorded');
    drill.reason =
        drill.outcome === 'delivered'
            ? `CloudWatch recorded the notification to every topic of the alarm as executed.`
            : drill.outcome === 'failed'
                ? `CloudWatch recorded a failed notification.`
                : `CloudWatch had not recorded the notification to ${missing.map((d) => d.topicArn).join(', ')} ${drill.seconds} s after the drill set the alarm to ALARM, when the time budget ran out${lastProblem ? ` (the last read of the history failed: ${lastProblem})` : ''}. It may still arrive: check the alarm history.`;
    return drill;
}
async function subscribersOf(clients, topicArn) {
    const listed = await (0,read/* read */.L)('sns:ListSubscriptionsByTopic', () => (0,sns/* listSubscriptionsByTopic */.Xw)(clients.sns((0,arn/* parseArn */.Lw)(topicArn)?.region ?? ''), topicArn), clients.budget);
    if (!listed.ok)
        return { topicArn, confirmed: [], pending: 0, error: listed.problem.message };
    return {
        topicArn,
        // Endpoints are personal data or secrets: only their redacted form is kept.
        confirmed: listed.value
            .filter((s) => s.confirmed)
            .map((s) => ({ protocol: s.protocol, endpoint: (0,redact/* redactEndpoint */.Xh)(s.protocol, s.endpoint) })),
        pending: listed.value.filter((s) => !s.confirmed).length
    };
}
/**
 * Sets the alarm back to `previous` unless it already left ALARM by itself (its next evaluation returns it to its real
 * state). A failure is said, never thrown.
 */
async function restore(cloudwatch, alarm, metric, previous, runName, budget) {
    // A quick look first (a part of the reserve at most): setting a state the alarm is already in runs no action.
    const now = await quickAlarmState(cloudwatch, alarm, metric, budget);
    if (now?.ok && now.value && now.value.value !== 'ALARM') {
        return { done: true, message: `The alarm had already returned to ${now.value.value} by its own evaluation.` };
    }
    const reason = `cmk-alarm fire drill from ${runName} is over: back to ${previous}, the state before the drill.`.slice(0, MAX_REASON_CHARS);
    const back = await (0,read/* read */.L)('cloudwatch:SetAlarmState', () => (0,aws_cloudwatch/* setAlarmState */.LN)(cloudwatch, alarm.name, previous, reason), budget);
    return back.ok
        ? { done: true, message: `The alarm was set back to ${previous}.` }
        : {
            done: false,
            message: `The alarm could not be set back to ${previous} (${back.problem.message}): it stays in ALARM until its next evaluation returns it to its real state.`
        };
}
/** The alarm's state now, in one attempt and a part of the time left (at most 2 s): undefined when not known in time. */
function quickAlarmState(cloudwatch, alarm, metric, budget) {
    return within((0,read/* read */.L)('cloudwatch:DescribeAlarmsForMetric', () => (0,aws_cloudwatch/* describeAlarmStateForMetric */.zR)(cloudwatch, metric, alarm.arn), budget, {
        attempts: 1
    }), Math.min(2_000, budget.timeLeftMs() / 3));
}
/** After a SetAlarmState whose answer was lost: put the alarm back only if the drill's own reason is on it. */
async function restoreIfDrilled(cloudwatch, alarm, metric, previous, stateReason, runName, budget) {
    const now = await quickAlarmState(cloudwatch, alarm, metric, budget);
    // Unknown: put it back all the same (setting the state it already has runs no action).
    if (now?.ok && now.value && (now.value.value !== 'ALARM' || now.value.reason !== stateReason))
        return undefined;
    return restore(cloudwatch, alarm, metric, previous, runName, budget);
}


/***/ })

};
