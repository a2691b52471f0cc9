export const id = 519;
export const ids = [519];
export const modules = {

/***/ 519:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   drillHeadline: () => (/* binding */ drillHeadline),
/* harmony export */   drillToJson: () => (/* binding */ drillToJson),
/* harmony export */   renderDrillMarkdown: () => (/* binding */ renderDrillMarkdown),
/* harmony export */   renderDrillText: () => (/* binding */ renderDrillText)
/* harmony export */ });
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(649);

const MAX_CELL = 600;
const MAX_SUBSCRIBERS_SHOWN = 20;
const cell = (s) => (s?.trim() ? (0,_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdownCell */ .Vf)((0,_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .xv)(s, MAX_CELL)) : '—');
const one = (s) => (0,_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .xv)((0,_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .toSingleLine */ .OX)(s ?? ''), 2_000);
const topicName = (arn) => arn.split(':')[5] || arn;
const DELIVERY = {
    delivered: '✅ delivered',
    failed: '❌ failed',
    'not recorded': '❔ not recorded in time'
};
const HEADLINE = {
    delivered: 'delivered',
    failed: 'FAILED',
    manual: 'not proven',
    refused: 'refused',
    skipped: 'skipped'
};
function subscriberList(s) {
    if (!s)
        return 'could not be listed';
    if (s.error)
        return `could not be listed: ${s.error}`;
    const shown = s.confirmed.slice(0, MAX_SUBSCRIBERS_SHOWN).map((c) => `${c.protocol}: ${c.endpoint}`);
    const more = s.confirmed.length - shown.length;
    const parts = [
        shown.length ? shown.join(', ') : 'no confirmed subscriber',
        ...(more > 0 ? [`and ${more} more`] : []),
        ...(s.pending ? [`${s.pending} pending (they receive nothing)`] : [])
    ];
    return parts.join('; ');
}
/** The sentence that leaves no doubt about what the drill did to the alarm and who heard of it. */
function drillHeadline(d) {
    if (!d.setAt)
        return `Fire drill ${HEADLINE[d.outcome]}: nothing was changed and no notification was sent. ${d.reason}`;
    const confirmed = d.subscribers.reduce((n, s) => n + s.confirmed.length, 0);
    const topics = d.subscribers.map((s) => topicName(s.topicArn)).join(', ');
    return (`Fire drill ${HEADLINE[d.outcome]}: this run set the alarm ${d.alarmName} to ALARM on purpose at ${d.setAt}, so the ` +
        `${confirmed} confirmed subscriber${confirmed === 1 ? '' : 's'} of ${topics} received a TEST notification, not a ` +
        `real event.${d.restore ? ` ${d.restore.message}` : ''}`);
}
/** The drill's section of the job summary, shown right under the verdict. */
function renderDrillMarkdown(d) {
    const lines = [];
    if (d.setAt) {
        lines.push(`### 🔔 Fire drill: subscribers received a TEST notification (${HEADLINE[d.outcome]})`, '');
        lines.push(`> **${cell(drillHeadline(d))}**`, '');
        if (d.stateReason)
            lines.push(`The alarm's state reason named this run: ${cell(d.stateReason)}`, '');
        lines.push(`| Topic | Delivery | Seconds | What CloudWatch recorded | Subscribers at that moment |`);
        lines.push('| --- | --- | --- | --- | --- |');
        for (const delivery of d.deliveries) {
            const subscribers = d.subscribers.find((s) => s.topicArn === delivery.topicArn);
            lines.push(`| ${cell(delivery.topicArn)} | ${DELIVERY[delivery.outcome]} | ${delivery.seconds ?? '—'} | ${cell(delivery.message)} | ${cell(subscriberList(subscribers))} |`);
        }
        lines.push('');
        if (d.outcome !== 'delivered')
            lines.push(cell(d.reason), '');
    }
    else {
        lines.push(`### 🔕 Fire drill ${HEADLINE[d.outcome]}: no notification was sent`, '');
        lines.push(cell(d.reason), '');
    }
    return (0,_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .neutralizeWorkflowCommands */ .tW)(lines.join('\n'));
}
/** The drill for the terminal: the headline, then one line per topic. */
function renderDrillText(d) {
    const lines = [one(drillHeadline(d))];
    for (const delivery of d.deliveries) {
        const subscribers = d.subscribers.find((s) => s.topicArn === delivery.topicArn);
        lines.push(`  [${delivery.outcome}] ${one(delivery.topicArn)}${delivery.seconds !== undefined ? ` after ${delivery.seconds} s` : ''}${delivery.message ? `: ${one(delivery.message)}` : ''}`);
        lines.push(`      subscribers: ${one(subscriberList(subscribers))}`);
    }
    if (d.setAt && d.outcome !== 'delivered')
        lines.push(`  ${one(d.reason)}`);
    return (0,_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .neutralizeWorkflowCommands */ .tW)(lines.join('\n') + '\n');
}
/** The drill for `--json`: the result as it is (endpoints already redacted), keys in a fixed order. */
function drillToJson(d) {
    return {
        outcome: d.outcome,
        reason: d.reason,
        alarmName: d.alarmName ?? null,
        alarmArn: d.alarmArn ?? null,
        region: d.region ?? null,
        previousState: d.previousState ?? null,
        stateReason: d.stateReason ?? null,
        setAt: d.setAt ?? null,
        seconds: d.seconds ?? null,
        deliveries: d.deliveries,
        subscribers: d.subscribers,
        restore: d.restore ?? null
    };
}


/***/ })

};
