export const id = 386;
export const ids = [386,915];
export const modules = {

/***/ 386:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  estateDeps: () => (/* binding */ estateDeps),
  publishEstate: () => (/* binding */ publishEstate),
  runMatrixAction: () => (/* binding */ runMatrixAction),
  runMergeAction: () => (/* binding */ runMergeAction)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 21 modules
var core = __webpack_require__(6273);
// EXTERNAL MODULE: ./src/auth/index.ts + 5 modules
var auth = __webpack_require__(196);
// EXTERNAL MODULE: ./src/aws/budget.ts
var budget = __webpack_require__(4988);
// EXTERNAL MODULE: ./src/controls/index.ts + 1 modules
var controls = __webpack_require__(7731);
// EXTERNAL MODULE: ./src/report/estate-json.ts
var estate_json = __webpack_require__(8915);
// EXTERNAL MODULE: ./src/report/summary.ts
var summary = __webpack_require__(7994);
// EXTERNAL MODULE: ./src/model/estate.ts
var estate = __webpack_require__(4561);
// EXTERNAL MODULE: ./src/report/changes.ts
var report_changes = __webpack_require__(9059);
// EXTERNAL MODULE: ./src/report/json.ts
var json = __webpack_require__(2794);
// EXTERNAL MODULE: ./src/report/outputs.ts
var outputs = __webpack_require__(5468);
// EXTERNAL MODULE: ./src/report/redact.ts
var redact = __webpack_require__(649);
// EXTERNAL MODULE: ./src/report/rules.ts
var rules = __webpack_require__(9681);
;// CONCATENATED MODULE: ./src/report/estate.ts







const cell = (s, max = 300) => (0,redact/* escapeMarkdownCell */.Vf)((0,redact/* truncate */.xv)(s ?? '', max));
const bytes = (s) => Buffer.byteLength(s, 'utf8');
const part = (lines) => (0,redact/* neutralizeWorkflowCommands */.tW)(lines.join('\n') + '\n');
/** The smallest room a target's details get; below it they are left out with a note. */
const MIN_DETAILS_BYTES = 6_144;
const NOTE_RESERVE_BYTES = 2_048;
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
    const account = t.account ? `${cell(t.account)}${t.name ? ` (${cell(t.name, 80)})` : ''}` : '(this account)';
    const why = targetWhy(t);
    return part([
        `| ${account} | ${cell(t.region)} | ${rules/* STATUS_ICON */.tW[s]} ${rules/* STATUS_WORD */.I1[s]} | ${why ? cell(why) : '—'} | [details](#${targetAnchor(t)}) |`
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
    const head = part([
        `### Account ${t.account || 'unknown'}, region ${cell(t.region)}`,
        '',
        open ? '<details open>' : '<details>',
        `<summary>${rules/* STATUS_ICON */.tW[s]} ${rules/* STATUS_WORD */.I1[s]}${t.name ? `: ${cell(t.name, 80)}` : ''}</summary>`,
        ''
    ]);
    const notes = (t.report.notes ?? []).map((n) => part([`> ${cell(n, 2_000)}`, '']));
    const changesTable = t.enforce
        ? (0,report_changes/* renderChangesMarkdown */.F)({
            changes: t.enforce.changes,
            dryRun: t.enforce.dryRun,
            applied: t.enforce.applied,
            blockers: t.enforce.blockers,
            notes: t.enforce.notes,
            error: t.enforce.error
        })
        : undefined;
    const tail = part(['', '</details>', '']);
    const room = maxBytes - bytes(head) - bytes(tail) - notes.reduce((n, x) => n + bytes(x), 0);
    const body = demoteHeadings((0,summary/* renderSummaryMarkdown */.i$)(t.report, { mode: run.mode, changesTable, control: extra.control }, Math.max(0, room)), 2);
    return head + notes.join('') + body + tail;
}
function renderEstateSummaryMarkdown(run, extra = {}, maxBytes = summary/* MAX_SUMMARY_BYTES */.Q0) {
    const control = (0,rules/* controlOf */.rs)({ control: run.control }, extra.control);
    const v = estateHeading(run, control);
    const c = (0,estate/* countTargets */.c)(run.targets);
    const facts = [
        `**Targets:** ${c.targets} (${rules/* STATUS_ICON */.tW.pass} ${c.pass} pass · ${rules/* STATUS_ICON */.tW.fail} ${c.fail} fail · ${rules/* STATUS_ICON */.tW.manual} ${c.manual} could not decide)`,
        `**Mode:** ${run.mode}`
    ];
    if (extra.identityLabel)
        facts.push(`**Identity:** ${cell(extra.identityLabel)}`);
    if (extra.source)
        facts.push(cell(extra.source));
    const head = part([`## ${v.icon} ${v.title}`, '', v.sentence, '', facts.join(' · '), '']);
    const tableHead = part([
        '| Account | Region | Status | First failing link | Details |',
        '| --- | --- | --- | --- | --- |'
    ]);
    let budget = maxBytes - bytes(head) - bytes(tableHead) - NOTE_RESERVE_BYTES;
    const rows = [];
    for (const t of run.targets) {
        const row = tableRow(t);
        if (bytes(row) > budget)
            break;
        rows.push(row);
        budget -= bytes(row);
    }
    const cut = run.targets.length - rows.length;
    const cutNote = cut
        ? part([
            '',
            `_${cut} more targets not shown: the job summary is limited to 1 MiB. Every target is in the \`targets\` output and the report-file._`
        ])
        : '';
    budget -= bytes(cutNote);
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
            if (bytes(d) > budget)
                break;
            details.set(t, d);
            budget -= bytes(d);
        }
    }
    const missing = shown.length - details.size;
    const detailsNote = missing
        ? part([
            `_The details of ${missing} targets are not shown: the job summary is limited to 1 MiB. They are in the report-file._`,
            ''
        ])
        : '';
    return (head +
        tableHead +
        rows.join('') +
        cutNote +
        part(['']) +
        shown.flatMap((t) => details.get(t) ?? []).join('') +
        detailsNote);
}
// ---------------------------------------------------------------------------------------------- outputs
/** The single-account outputs, then the estate's own. */
const ESTATE_OUTPUT_NAMES = [
    ...outputs/* OUTPUT_NAMES */.P0,
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
            reason: t.error ? (0,redact/* truncate */.xv)((0,redact/* toSingleLine */.OX)(t.error), 500) : link ? (0,redact/* truncate */.xv)((0,redact/* toSingleLine */.OX)(link.why), 500) : null,
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
    const c = (0,estate/* countTargets */.c)(run.targets);
    const one = run.targets.length === 1 ? run.targets[0].report : undefined;
    return {
        status: run.status,
        compliant: run.status === 'pass' ? 'true' : 'false',
        findings: (0,outputs/* boundedJsonArray */.ZS)(run.targets.flatMap((t) => t.report.findings.filter((f) => f.status !== 'pass').map((f) => ({ account: t.account, ...(0,json/* findingToJson */.NM)(f) }))), outputs/* MAX_FINDINGS_OUTPUT_CHARS */.go, ({ kept, total }) => ({
            account: '',
            ...(0,json/* findingToJson */.NM)({
                id: 'output.cut',
                control: run.control,
                status: 'warn',
                title: 'This output was cut to its size bound',
                resource: '',
                region: '',
                message: `The findings output is bounded to ${outputs/* MAX_FINDINGS_OUTPUT_CHARS */.go.toLocaleString('en-US')} characters: ${total - kept} of ${total} findings were left out. Every finding is in the job summary and the run report file (report-file).`,
                remediation: ''
            })
        })),
        'log-group-name': (0,redact/* truncate */.xv)(one?.logGroupName ?? '', outputs/* MAX_NAME_OUTPUT_CHARS */.tu),
        'metric-filter-name': (0,redact/* truncate */.xv)(one?.metricFilterName ?? '', outputs/* MAX_NAME_OUTPUT_CHARS */.tu),
        'alarm-arn': (0,redact/* truncate */.xv)(one?.alarmArn ?? '', outputs/* MAX_NAME_OUTPUT_CHARS */.tu),
        'topic-arn': (0,redact/* truncate */.xv)(one?.topicArn ?? '', outputs/* MAX_NAME_OUTPUT_CHARS */.tu),
        targets: (0,outputs/* boundedJsonArray */.ZS)(targetStatuses(run), MAX_TARGETS_OUTPUT_CHARS, ({ kept, total }) => ({
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
    return (0,outputs/* buildChangesOutput */.Jy)(run.targets.flatMap((t) => t.enforce
        ? (0,report_changes/* changesForOutput */.o)(t.enforce.changes).map((ch) => ({ account: t.account, region: t.region, ...ch }))
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

// EXTERNAL MODULE: ./src/action-report.ts
var action_report = __webpack_require__(1056);
// EXTERNAL MODULE: ./src/report/sarif.ts
var report_sarif = __webpack_require__(643);
// EXTERNAL MODULE: ./src/run.ts + 1 modules
var run = __webpack_require__(3017);
// EXTERNAL MODULE: ./src/settings.ts + 1 modules
var src_settings = __webpack_require__(9502);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/judge/organization.ts
var organization = __webpack_require__(8224);
// EXTERNAL MODULE: ./src/model/report.ts
var report = __webpack_require__(5235);
// EXTERNAL MODULE: ./src/estate/targets.ts + 1 modules
var estate_targets = __webpack_require__(72);
;// CONCATENATED MODULE: ./src/estate/merge.ts
// The merge of the matrix workflow: the run report files of the matrix jobs (paths, directories or globs) become one
// estate, rendered exactly as a run over all those targets would be (summary, outputs, SARIF, run report file).
// Organization trails are judged across the files too: a member checked in one job is reported by the chain its
// holding account's job judged. No AWS call.







/** Node's own glob (Node 22 and later; the action runs on Node 24). */
const nodeGlobSync = external_node_fs_.globSync;
const GLOB_CHARACTERS = /[*?[\]{}]/;
const isFile = (file) => external_node_fs_.statSync(file, { throwIfNoEntry: false })?.isFile() === true;
function glob(pattern, cwd) {
    if (!nodeGlobSync) {
        throw new estate_targets/* EstateError */.PN(`reports: ${JSON.stringify(pattern)} is a glob, which needs Node.js 22 or later (this is ${process.version}): let the shell expand it, or name the files.`);
    }
    return nodeGlobSync(pattern, { cwd })
        .map((f) => external_node_path_default().resolve(cwd, f))
        .filter(isFile);
}
/** Every file the patterns name: a path as is, a directory's .json files (at any depth), a glob's matches. */
function reportFiles(patterns, cwd) {
    const files = new Set();
    for (const pattern of patterns) {
        const full = external_node_path_default().resolve(cwd, pattern);
        const stat = external_node_fs_.statSync(full, { throwIfNoEntry: false });
        let matched;
        if (stat?.isDirectory()) {
            matched = external_node_fs_.readdirSync(full, { recursive: true, encoding: 'utf8' })
                .filter((f) => f.endsWith('.json'))
                .map((f) => external_node_path_default().join(full, f))
                .filter(isFile);
        }
        else if (stat) {
            matched = [full];
        }
        else {
            matched = GLOB_CHARACTERS.test(pattern) ? glob(pattern, cwd) : [];
        }
        if (matched.length === 0) {
            throw new estate_targets/* EstateError */.PN(`reports: ${JSON.stringify(pattern)} matches no file (relative to ${cwd}).`);
        }
        for (const f of matched)
            files.add(external_node_path_default().resolve(f));
    }
    return [...files].sort();
}
/** Reads and merges the run reports; a target (account and region) may appear in one file only. */
function mergeRunReports(patterns, cwd) {
    if (patterns.length === 0)
        throw new estate_targets/* EstateError */.PN('reports: give the run report files to merge (paths or globs).');
    const files = reportFiles(patterns, cwd);
    const seen = new Map();
    const targets = [];
    let control;
    const modes = new Set();
    for (const file of files) {
        const where = external_node_path_default().relative(cwd, file) || file;
        let read;
        try {
            read = (0,estate_json/* fromRunReportFile */.MI)(external_node_fs_.readFileSync(file, 'utf8'), where);
        }
        catch (error) {
            if (error instanceof estate_json/* RunReportError */.mP)
                throw new estate_targets/* EstateError */.PN(`reports: ${error.message}`);
            throw new estate_targets/* EstateError */.PN(`reports: could not read ${where}: ${error instanceof Error ? error.message : String(error)}`);
        }
        if (control !== undefined && read.control !== control) {
            throw new estate_targets/* EstateError */.PN(`reports: ${where} is a report of control ${read.control}, the others of ${control}.`);
        }
        control = read.control;
        modes.add(read.mode);
        for (const t of read.targets) {
            const key = `${t.account} ${t.region}`;
            const before = seen.get(key);
            if (before !== undefined) {
                throw new estate_targets/* EstateError */.PN(`reports: account ${t.account || '(the run’s own)'} in ${t.region} is in both ${before} and ${where}; merge each target once.`);
            }
            seen.set(key, where);
            targets.push(t);
        }
    }
    const merged = (0,estate/* sortTargets */.P)((0,organization/* resolveOrganizationChains */.we)(targets));
    return {
        run: {
            control: control,
            mode: modes.size === 1 && modes.has('enforce') ? 'enforce' : 'verify',
            status: (0,report/* worstStatus */.A4)(merged.map((t) => t.report.status)),
            targets: merged
        },
        files
    };
}

// EXTERNAL MODULE: ./src/estate/settings.ts
var estate_settings = __webpack_require__(1199);
// EXTERNAL MODULE: ./src/input-rules.ts
var input_rules = __webpack_require__(9133);
;// CONCATENATED MODULE: ./src/estate/action.ts
// The action's side of a run over many targets, and of the matrix workflow's two extra modes: outputs, annotations,
// job summary, SARIF and the run report file of an estate (a run, or the merge of run reports), and the matrix of
// `mode: matrix`. src/main.ts hands over to these when the run is an estate or the mode is merge or matrix.

















/** The estate callbacks of the run: every session masked, one log line per target, the whole plan before applying. */
const estateDeps = {
    setSecret: (value) => core/* setSecret */.Pq(value),
    info: (message) => core/* info */.pq((0,redact/* toLogLine */.gD)(message)),
    onPlan: (run) => core/* info */.pq(renderEstatePlanText(run))
};
/** Outputs, annotations, SARIF, the run report file and the job summary of an estate; then the step's verdict. */
async function publishEstate(p) {
    const { run, settings } = p;
    const control = (0,controls/* controlById */.Eq)(run.control) ?? controls/* DEFAULT_CONTROL */.as;
    let identityLabel;
    if (p.auth) {
        identityLabel =
            (0,auth/* publishIdentity */.kg)({ identity: p.hub }, p.auth, settings) ??
                (p.hub ? `${p.hub.arn} (account ${p.hub.account})` : undefined);
    }
    for (const [name, value] of Object.entries(buildEstateOutputs(run)))
        core/* setOutput */.uH(name, value);
    if (run.mode === 'enforce')
        core/* setOutput */.uH('changes', estateChangesOutput(run));
    // One annotation per target that did not pass (GitHub shows 10 of each level per step; the summary has them all).
    const failing = run.targets.filter((t) => t.report.status === 'fail');
    const manual = run.targets.filter((t) => t.report.status === 'manual');
    for (const [level, list] of [
        ['error', failing],
        ['warning', manual]
    ]) {
        const shown = list.length > 10 ? list.slice(0, 9) : list;
        for (const t of shown) {
            const link = firstFailingLink(t.report);
            const why = t.error ?? (link ? `${link.link}: ${link.why}` : t.report.status);
            const message = (0,redact/* toLogLine */.gD)((0,redact/* truncate */.xv)(why, 1_000));
            const props = { title: (0,redact/* toLogLine */.gD)(`cmk-alarm ${targetLabel(t)}: ${t.report.status}`), file: p.workflowFile };
            if (level === 'error')
                core/* error */.z3(message, props);
            else
                core/* warning */.$e(message, props);
        }
        if (list.length > shown.length) {
            const more = `${list.length - shown.length} more targets ${level === 'error' ? 'fail' : 'could not be decided'}: see the job summary.`;
            if (level === 'error')
                core/* error */.z3(more, { title: 'cmk-alarm', file: p.workflowFile });
            else
                core/* warning */.$e(more, { title: 'cmk-alarm', file: p.workflowFile });
        }
    }
    // A file that cannot be written is reported and loses nothing else (as for one account, src/main.ts).
    const files = (0,action_report/* stepFileWriter */.c)(settings.workspace);
    if (settings.sarifPath) {
        const written = files.write('SARIF file', settings.sarifFile, settings.sarifPath, () => {
            const sarif = (0,report_sarif/* buildSarif */.Ep)(run.targets.map((t) => t.report), { workflowFile: p.workflowFile ?? 'action.yml', toolVersion: version/* VERSION */.x, category: settings.sarifCategory });
            return `${JSON.stringify(sarif, null, 2)}\n`;
        });
        if (written)
            core/* setOutput */.uH('sarif-file', settings.sarifPath);
    }
    if (settings.estate.reportPath) {
        const written = files.write('run report file', settings.estate.reportFile, settings.estate.reportPath, () => (0,estate_json.renderRunReportFile)(run, version/* VERSION */.x));
        if (written)
            core/* setOutput */.uH('report-file', settings.estate.reportPath);
    }
    const fileError = files.failure && `Could not write ${files.failure}`;
    if (process.env.GITHUB_STEP_SUMMARY) {
        const note = fileError ? `\n> ⚠️ ${(0,redact/* escapeMarkdownCell */.Vf)((0,redact/* truncate */.xv)(fileError, 2_000))}\n` : '';
        const maxBytes = summary/* MAX_SUMMARY_BYTES */.Q0 - Buffer.byteLength(note);
        await core/* summary */.z
            .addRaw(renderEstateSummaryMarkdown(run, { identityLabel, control, source: p.source }, maxBytes) + note)
            .write();
    }
    const c = buildEstateOutputs(run);
    core/* info */.pq(`cmk-alarm-action: status ${run.status} over ${c['target-count']} targets (${c['pass-count']} pass, ${c['fail-count']} fail, ${c['manual-count']} manual)`);
    if (p.exit.fail)
        core/* setFailed */.C1((0,redact/* toLogText */.ZQ)(p.exit.message ?? `status ${run.status}`));
    else if (fileError && settings.failOn !== 'never')
        core/* setFailed */.C1((0,redact/* toLogText */.ZQ)(fileError));
}
/** Merge reads no AWS: aws-region is not needed, and every other input keeps its rules. */
function offlineSettings(get) {
    return (0,src_settings/* parseSettings */.P$)((name) => (name === 'aws-region' ? get(name) || 'us-east-1' : get(name)), {
        ...process.env,
        AWS_REGION: process.env.AWS_REGION || 'us-east-1'
    });
}
/** `mode: merge`: the run reports of a matrix's jobs become one estate. */
async function runMergeAction(get, workflowFile) {
    const settings = offlineSettings(get);
    if (settings.estate.reports.length === 0) {
        throw new input_rules/* InputError */.dz('reports', 'is required with mode: merge (the run report files of the matrix jobs)', 'reports/**/*.json');
    }
    const merged = mergeRunReports(settings.estate.reports, settings.workspace);
    const control = (0,controls/* controlById */.Eq)(merged.run.control) ?? controls/* DEFAULT_CONTROL */.as;
    await publishEstate({
        run: merged.run,
        settings,
        exit: (0,run/* decideEstateExit */.Jy)(control, merged.run, settings.failOn, false),
        source: `merged from ${merged.files.length} run report${merged.files.length === 1 ? '' : 's'}`,
        workflowFile
    });
}
/** `mode: matrix`: the accounts in chunks, as the `matrix` output a matrix job's `strategy.matrix` takes. */
async function runMatrixAction(raw) {
    const get = (0,estate_settings/* matrixInputs */.TL)(raw);
    const organization = /^true$/i.test(get('organization').trim());
    // Only organization: true reads AWS (organizations:ListAccounts); a list of accounts needs no region.
    const settings = organization ? (0,src_settings/* parseSettings */.P$)(get) : offlineSettings(get);
    if (!settings.estate.accounts && !settings.estate.organization) {
        throw new input_rules/* InputError */.dz('accounts', 'or organization: true is required with mode: matrix (the accounts to spread over the jobs)', '111111111111,222222222222');
    }
    if (!settings.estate.regions && !get('aws-region') && !process.env.AWS_REGION) {
        throw new input_rules/* InputError */.dz('regions', 'or aws-region is required with mode: matrix (the regions each job checks)', 'us-east-1,eu-west-1');
    }
    const hub = organization ? (await (0,auth/* authenticate */.QF)(settings, new budget/* TimeBudget */.z(settings.timeoutSeconds))).clients : undefined;
    const accounts = await (0,estate_targets/* listAccounts */.B)(settings, hub);
    if (!accounts)
        throw new estate_targets/* EstateError */.PN('No accounts to spread over a matrix.');
    if (settings.maskAccountId)
        for (const a of accounts)
            core/* setSecret */.Pq(a.id);
    const regions = settings.estate.regions ?? [settings.region];
    const matrix = (0,estate_targets/* buildMatrix */.Kn)(accounts.map((a) => a.id), regions, settings.estate.matrixChunkSize);
    core/* setOutput */.uH('matrix', JSON.stringify({ include: matrix.include }));
    core/* setOutput */.uH('target-count', String(accounts.length * regions.length));
    const line = `cmk-alarm-action: ${accounts.length} accounts × ${regions.length} region${regions.length === 1 ? '' : 's'} in ${matrix.include.length} matrix job${matrix.include.length === 1 ? '' : 's'} of at most ${matrix.chunkSize} accounts`;
    core/* info */.pq(line);
    if (process.env.GITHUB_STEP_SUMMARY)
        await core/* summary */.z.addRaw(`${line}\n`).write();
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
