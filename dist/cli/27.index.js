export const id = 27;
export const ids = [27];
export const modules = {

/***/ 8027:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  crossCheckFinding: () => (/* reexport */ crossCheckFinding),
  runCrossCheck: () => (/* binding */ runCrossCheck)
});

// EXTERNAL MODULE: ./src/aws/logs.ts
var logs = __webpack_require__(446);
// EXTERNAL MODULE: ./src/aws/read.ts
var read = __webpack_require__(3761);
// EXTERNAL MODULE: ./src/judge/context.ts + 1 modules
var context = __webpack_require__(4230);
// EXTERNAL MODULE: ./src/pattern/cloudtrail-samples.ts
var cloudtrail_samples = __webpack_require__(1021);
// EXTERNAL MODULE: ./src/pattern/errors.ts
var errors = __webpack_require__(7999);
// EXTERNAL MODULE: ./src/pattern/index.ts + 1 modules
var src_pattern = __webpack_require__(4045);
// EXTERNAL MODULE: ./src/judge/remediation.ts
var remediation = __webpack_require__(7222);
;// CONCATENATED MODULE: ./src/judge/cross-check.ts





/** AWS's TestMetricFilter takes at most 50 messages per request; the cross-check sends one request. */
const MAX_CROSS_CHECK_EVENTS = 50;
/**
 * The events the cross-check sends, at most MAX_CROSS_CHECK_EVENTS, each message once (labels of duplicates are
 * joined): the target calls' variants first, then what the judgement found, then the calls it must not match.
 */
function crossCheckEvents(control, judgement) {
    const target = control.target;
    const events = [];
    const byMessage = new Map();
    const add = (label, message, isTarget) => {
        const seen = byMessage.get(message);
        if (seen) {
            if (!seen.label.split('; ').includes(label))
                seen.label = `${seen.label}; ${label}`;
            return;
        }
        if (events.length >= MAX_CROSS_CHECK_EVENTS)
            return;
        const event = { label, message, target: isTarget };
        byMessage.set(message, event);
        events.push(event);
    };
    const record = (r) => JSON.stringify(r);
    for (const name of target.eventNames) {
        for (const v of (0,cloudtrail_samples/* labelledTargetVariants */.Bo)(target, name))
            add(`${name}, ${v.label}`, record(v.record), true);
    }
    if (judgement?.counterexample)
        add('the counter-example the engine found', judgement.counterexample, true);
    if (judgement?.broadExample)
        add('the over-broad example the engine found', judgement.broadExample, false);
    for (const name of target.relatedEventNames) {
        add(`${name} (another call of ${target.eventSource})`, record((0,cloudtrail_samples/* otherEvent */.dp)(target, target.eventSource, name)), false);
    }
    for (const [source, name] of cloudtrail_samples/* OTHER_SERVICE_EVENTS */.jm) {
        add(`${source} ${name} (another service)`, record((0,cloudtrail_samples/* otherEvent */.dp)(target, source, name)), false);
    }
    return events;
}
/** The engine's answer for each event, or its reason to reject the pattern. */
function engineAnswers(pattern, events) {
    let compiled;
    try {
        compiled = (0,src_pattern/* compile */.wE)((0,src_pattern/* parse */.qg)(pattern));
    }
    catch (error) {
        if (!(error instanceof errors/* PatternSyntaxError */.A))
            throw error;
        return { answers: events.map(() => 'invalid pattern'), error: error.message };
    }
    return { answers: events.map((e) => (compiled.test(new src_pattern/* PreparedEvent */.In(e.message)) ? 'match' : 'no match')) };
}
/** The comparison of the engine's answers with AWS's, event by event. */
function compareWithAws(where, events, aws) {
    const engine = engineAnswers(where.pattern, events);
    const result = { ...where, events: [], disagreements: [] };
    if (engine.error !== undefined)
        result.engineError = engine.error;
    if (aws.kind === 'unanswered') {
        result.problem = aws.problem;
        return result;
    }
    if (aws.kind === 'invalid-pattern')
        result.awsError = aws.message;
    result.events = events.map((e, i) => ({
        ...e,
        engine: engine.answers[i],
        aws: aws.kind === 'invalid-pattern' ? 'invalid pattern' : aws.matched[i] ? 'match' : 'no match'
    }));
    result.disagreements = result.events.filter((e) => e.engine !== e.aws);
    return result;
}
/**
 * AWS's list of matches as one answer per event sent. A match is tied to its event by the message AWS returns (the
 * messages sent are distinct); a match without a message, or with one that was not sent, makes the answer unreadable
 * (the base of `eventNumber` is not documented, so it is never guessed).
 */
function matchedByMessage(events, matches) {
    const index = new Map(events.map((e, i) => [e.message, i]));
    const matched = events.map(() => false);
    for (const m of matches) {
        const i = m.eventMessage === undefined ? undefined : index.get(m.eventMessage);
        if (i === undefined) {
            return {
                ok: false,
                message: `logs:TestMetricFilter answered with a match that names no event sent (eventNumber ${m.eventNumber ?? 'none'}${m.eventMessage === undefined ? ', no eventMessage' : ''}), so its answer cannot be compared event by event`
            };
        }
        matched[i] = true;
    }
    return { ok: true, matched };
}
const MAX_LISTED = 10;
function sayAnswer(a, who) {
    return a === 'invalid pattern' ? `${who} rejects the pattern` : `${who}: ${a}`;
}
/** The cross-check as a finding of its own (`cross-check.agreement`), beside the chain's checks. */
function crossCheckFinding(control, result) {
    const text = control.extraChecks['cross-check.agreement'];
    const base = {
        id: 'cross-check.agreement',
        control: control.id,
        resource: result.resource,
        region: result.region
    };
    // The title states the rule, or the problem when the two disagree.
    const finding = (status, message, fix, problem = false) => ({
        ...base,
        status,
        title: problem ? text.failTitle : text.title,
        message,
        remediation: fix?.commands ?? '',
        ...(fix ? { fix } : {})
    });
    if (result.problem) {
        const p = result.problem;
        return {
            ...finding('manual', `${(0,context/* problemText */.fI)(p)} The engine's verdict on the pattern stands unchecked by AWS.`, p.kind === 'access-denied'
                ? {
                    change: `Grant ${p.action ?? 'logs:TestMetricFilter'} to the identity running the check (policies/cross-check.json).`,
                    commands: `# grant the identity running this check the IAM action ${p.action ?? 'logs:TestMetricFilter'} (policies/cross-check.json)`
                }
                : {
                    change: 'Run the cross-check again.',
                    commands: `# ${p.action ?? 'logs:TestMetricFilter'} did not complete; run the check again, or raise timeout-seconds`
                })
        };
    }
    const events = result.events;
    if (result.disagreements.length === 0) {
        if (result.engineError !== undefined) {
            return finding('pass', `AWS's filter evaluator (logs:TestMetricFilter) rejects the pattern too (${result.awsError ?? 'InvalidParameterException'}), as the engine does (${result.engineError}).`);
        }
        const targets = events.filter((e) => e.target);
        const others = events.filter((e) => !e.target);
        const count = (list, a) => list.filter((e) => e.engine === a).length;
        return finding('pass', `AWS's filter evaluator (logs:TestMetricFilter) gives the engine's answer for all ${events.length} events: ` +
            `${count(targets, 'match')} of the ${targets.length} ${control.target.eventNames.join(' and ')} events matched ` +
            `(${[...new Set(targets.map((e) => e.label.replace(/^[^,]+, /, '')))].slice(0, 8).join(', ')}), ` +
            `${count(others, 'match')} of the ${others.length} other calls matched.`);
    }
    const listed = result.disagreements.slice(0, MAX_LISTED);
    const more = result.disagreements.length - listed.length;
    const lines = listed.map((e) => `${e.label}: ${sayAnswer(e.aws, 'AWS')}, ${sayAnswer(e.engine, 'the engine')}`);
    const why = result.awsError !== undefined && result.engineError === undefined
        ? ` AWS rejects the pattern (${result.awsError}); the engine reads it.`
        : result.engineError !== undefined && result.awsError === undefined
            ? ` The engine rejects the pattern (${result.engineError}); AWS accepts it.`
            : '';
    return finding('manual', `AWS's filter evaluator (logs:TestMetricFilter) and this tool's engine disagree on ${result.disagreements.length} of ${events.length} events.${why} ` +
        `${lines.join('; ')}${more > 0 ? `; and ${more} more` : ''}. The verdicts that rest on the pattern (filter.pattern) are the engine's: decide which answer is right before relying on them.`, reproduce(result, listed), true);
}
/** The AWS CLI command that asks AWS again about the events in dispute, with each event in full. */
function reproduce(result, events) {
    const q = remediation/* shellQuote */.ZL;
    const lines = [
        `# ${events.length} event${events.length === 1 ? '' : 's'} in dispute; AWS's answer for each (its eventMessage in "matches"):`,
        `aws logs test-metric-filter --region ${q(result.region)} \\`,
        `  --filter-pattern ${q(result.pattern)} \\`,
        `  --log-event-messages \\`,
        ...events.map((e, i) => `    ${q(e.message)}${i < events.length - 1 ? ' \\' : ''}`),
        '# then compare with this tool: cmk-alarm pattern test --pattern PATTERN --events FILE --json (or scripts/cross-check.mjs)'
    ];
    return {
        change: "Decide which answer is right for the events in dispute (AWS's evaluator is what the metric filter runs), and report the disagreement to the maintainers of cmk-alarm.",
        commands: lines.join('\n')
    };
}

;// CONCATENATED MODULE: ./src/cross-check.ts






/** The chain's filter in the state verify read (the report names its log group and its name). */
function chainFilter(state, report) {
    if (!report.logGroupName || report.metricFilterName === undefined)
        return undefined;
    const groups = [
        ...(state.trails.ok ? state.trails.value.flatMap((t) => (t.logGroup ? [t.logGroup] : [])) : []),
        ...(state.logGroups ?? [])
    ];
    for (const group of groups) {
        if (group.name !== report.logGroupName || !group.metricFilters.ok)
            continue;
        const filter = group.metricFilters.value.find((f) => f.name === report.metricFilterName);
        if (filter)
            return { group, filter };
    }
    return undefined;
}
/**
 * Cross-checks the pattern of `report`'s filter (verify's report, before the extra checks) with AWS. Undefined when the
 * chain has no filter to check. Never throws for AWS's sake: a refused or failed call is in the result.
 */
async function runCrossCheck(control, report, state, clients) {
    const found = chainFilter(state, report);
    if (!found)
        return undefined;
    const { group, filter } = found;
    const pattern = filter.pattern;
    const events = crossCheckEvents(control, (0,src_pattern/* judgePattern */.cO)(pattern, control));
    const answer = await (0,read/* read */.L)('logs:TestMetricFilter', () => (0,logs/* testMetricFilter */.ji)(clients.logs(group.region), pattern, events.map((e) => e.message)), clients.budget);
    return compareWithAws({ pattern, resource: (0,context/* filterResource */.xR)(group, filter), region: group.region }, events, answer.ok ? awsAnswer(answer.value, events) : { kind: 'unanswered', problem: answer.problem });
}
function awsAnswer(answer, events) {
    if (answer.kind === 'invalid-pattern')
        return answer;
    const mapped = matchedByMessage(events, answer.matches);
    return mapped.ok
        ? { kind: 'matches', matched: mapped.matched }
        : { kind: 'unanswered', problem: { kind: 'error', action: 'logs:TestMetricFilter', message: mapped.message } };
}


/***/ })

};
