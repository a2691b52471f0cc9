export const id = 915;
export const ids = [915];
export const modules = {

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

/***/ 8915:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MI: () => (/* binding */ fromRunReportFile),
/* harmony export */   mP: () => (/* binding */ RunReportError),
/* harmony export */   renderRunReportFile: () => (/* binding */ renderRunReportFile)
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


/***/ })

};
