export const id = 749;
export const ids = [749];
export const modules = {

/***/ 8749:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runIacStep: () => (/* binding */ runIacStep)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 21 modules
var core = __webpack_require__(6273);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/report/redact.ts
var redact = __webpack_require__(649);
// EXTERNAL MODULE: ./src/report/rules.ts
var rules = __webpack_require__(9681);
;// CONCATENATED MODULE: ./src/report/pr-comment.ts


/** The hidden line that marks the comment as this action's, so the next run updates it instead of adding one. */
const PR_COMMENT_MARKER = '<!-- cmk-alarm-action:iac -->';
/** GitHub refuses a comment body over 65,536 characters. */
const MAX_COMMENT_CHARS = 65_536;
const NOTE_RESERVE = 1_000;
const cell = (s, max = 300) => (0,redact/* escapeMarkdownCell */.Vf)((0,redact/* truncate */.xv)(s ?? '', max));
/**
 * A code span safe in a table cell: one line, no backtick to close it early, `|` escaped (GFM splits table cells
 * before it reads code spans). Inside a code span nothing else is interpreted, so nothing else is escaped.
 */
const code = (s, max = 200) => `\`${(0,redact/* toSingleLine */.OX)((0,redact/* truncate */.xv)(s, max)).replace(/`/g, "'").replace(/\|/g, '\\|')}\``;
/** `aws_sns_topic.alerts` at `infra/sns.tf:3` (and the CDK construct path when there is one). */
function describeLocation(location) {
    if (!location)
        return '—';
    const where = `${location.file}:${location.line}${location.endLine && location.endLine !== location.line ? `-${location.endLine}` : ''}`;
    const name = location.address ? `${code(location.address)} ` : '';
    const construct = location.constructPath ? ` (CDK ${code(location.constructPath)})` : '';
    return `${name}${cell(where)}${construct}`;
}
const LINK_IDS = {
    trail: 'trail.',
    'metric filter': 'filter.',
    alarm: 'alarm.',
    topic: 'topic.',
    subscription: 'subscription.'
};
function linkLocation(report, link) {
    const mine = report.findings.filter((f) => f.id.startsWith(LINK_IDS[link.link]));
    return (mine.find((f) => f.status === link.status && f.location) ?? mine.find((f) => f.location))?.location;
}
function sourceLabel(report) {
    const source = report.source;
    if (!source || source.kind === 'account')
        return `the account in ${report.region}`;
    const kind = {
        terraform: 'Terraform',
        'terraform-plan': 'Terraform plan',
        cloudformation: 'CloudFormation',
        cdk: 'CDK'
    }[source.kind];
    return `${code(source.path)} (${kind})`;
}
function fixBlock(f) {
    const lines = [
        '<details>',
        `<summary>${rules/* STATUS_ICON */.tW[f.status]} <b>${cell(f.id)}</b>: ${cell(f.title)}</summary>`,
        '',
        cell(f.message, 1_500),
        ''
    ];
    if (f.location)
        lines.push(`Where: ${describeLocation(f.location)}`, '');
    const code = f.fix?.code;
    const text = (0,redact/* toPlainLines */.$k)(code?.text ?? f.remediation)
        .join('\n')
        .trim();
    if (text) {
        const fence = (0,redact/* codeFence */.d6)(text);
        lines.push(f.fix?.change ? cell(f.fix.change, 500) : 'To fix it:', '', `${fence}${code?.language ?? 'bash'}`, text, fence, '');
    }
    lines.push('</details>', '');
    return lines;
}
function reportSection(report) {
    const icon = report.status === 'pass' ? '✅' : report.status === 'fail' ? '❌' : '❔';
    const lines = [`### ${icon} ${sourceLabel(report)}`, ''];
    lines.push('| Link | Where | Verdict | Why |', '| --- | --- | --- | --- |');
    for (const link of report.chain) {
        lines.push(`| ${link.link} | ${describeLocation(linkLocation(report, link))} | ${rules/* STATUS_ICON */.tW[link.status]} ${rules/* STATUS_WORD */.I1[link.status]} | ${cell(link.why, 400)} |`);
    }
    lines.push('');
    const toFix = [
        ...report.findings.filter((f) => f.status === 'fail'),
        ...report.findings.filter((f) => f.status === 'manual')
    ];
    const warnings = report.findings.filter((f) => f.status === 'warn');
    for (const f of [...toFix, ...warnings])
        lines.push(...fixBlock(f));
    for (const note of report.notes ?? [])
        lines.push(`> ${cell(note, 1_000)}`, '');
    return lines.join('\n');
}
function renderPrComment(run, opts = {}) {
    const control = run.reports[0] ? (0,rules/* controlOf */.rs)(run.reports[0], opts.control) : undefined;
    const name = control?.name ?? 'cmk-alarm';
    const failing = run.reports.filter((r) => r.status !== 'pass').length;
    const head = run.status === 'pass'
        ? `## ✅ ${name}: met in the code`
        : run.status === 'fail'
            ? `## ❌ ${name}: not met in ${failing} of ${run.reports.length} location${run.reports.length === 1 ? '' : 's'} of code`
            : `## ❔ ${name}: could not be decided from the code alone`;
    const lead = run.reports.length === 0
        ? 'No Terraform, plan, CloudFormation or CDK code with the resources of this control was found.'
        : run.status === 'pass'
            ? `${control?.verdict.pass ?? 'The chain holds'} — as far as the code shows; run the check against the account after deploy.`
            : 'Each location below shows the chain link by link; open a failing check for the code to change.';
    const footer = [
        opts.sha ? `commit \`${cell(opts.sha.slice(0, 12))}\`` : '',
        opts.runUrl && /^https:\/\//.test(opts.runUrl) ? `[the run](${opts.runUrl.replace(/[()\s]/g, '')})` : ''
    ].filter(Boolean);
    const tail = `\n_Updated by cmk-alarm-action${footer.length ? ` for ${footer.join(' · ')}` : ''}._\n`;
    const open = `${PR_COMMENT_MARKER}\n${head}\n\n${lead}\n\n`;
    const problems = (opts.problems ?? []).map((p) => `- ${cell(p.file, 300)}${p.line ? `:${p.line}` : ''}: ${cell(p.message, 500)}`);
    const sections = [
        ...run.reports.map(reportSection),
        ...(problems.length ? [['### ⚠️ Files that could not be read', '', ...problems, ''].join('\n')] : [])
    ];
    const max = opts.maxChars ?? MAX_COMMENT_CHARS;
    let body = open;
    let omitted = 0;
    for (const section of sections) {
        if (body.length + section.length + tail.length + NOTE_RESERVE > max)
            omitted++;
        else
            body += `${section}\n`;
    }
    if (omitted > 0)
        body += `_${omitted} more location${omitted === 1 ? '' : 's'} not shown: GitHub limits a comment's size. The job summary has them all._\n`;
    return body + tail;
}

;// CONCATENATED MODULE: ./src/github/pr-comment.ts
// Posts the sticky pull-request comment: finds this action's comment by its hidden marker and updates it, or creates
// it. Three REST calls with the job's token over fetch: @actions/github would add Octokit (and, through
// @octokit/request, a dependency that needs Node 22 while the CLI and tools support Node 20) for nothing more.
// It never fails the step: where the token cannot comment (pull requests from forks get a read-only token) or GitHub
// does not answer, it says so and the job summary carries everything.


/** The pull request this run is about, from the event payload; undefined for other events. */
function pullRequestContext(env = process.env) {
    if (!env.GITHUB_EVENT_PATH || !env.GITHUB_REPOSITORY)
        return undefined;
    let payload;
    try {
        payload = JSON.parse((0,external_node_fs_.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
    }
    catch {
        return undefined;
    }
    const number = payload.pull_request?.number;
    if (typeof number !== 'number' || !Number.isInteger(number) || number <= 0)
        return undefined;
    if (!/^[\w.-]+\/[\w.-]+$/.test(env.GITHUB_REPOSITORY))
        return undefined;
    const sha = payload.pull_request?.head?.sha;
    return {
        apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
        repository: env.GITHUB_REPOSITORY,
        number,
        sha: typeof sha === 'string' ? sha : undefined
    };
}
const PER_PAGE = 100;
/** A pull request with more than 3,000 comments is searched no further; a new comment is added. */
const MAX_PAGES = 30;
class GitHubRefused extends Error {
    status;
    constructor(status, what) {
        super(`GitHub answered ${status} to ${what}`);
        this.status = status;
    }
}
/** Creates the comment, or updates this action's earlier one on the same pull request. */
async function upsertPrComment(pr, body, opts) {
    const doFetch = opts.fetch ?? fetch;
    const timeoutMs = opts.timeoutMs ?? 10_000;
    const base = `${pr.apiUrl}/repos/${pr.repository}`;
    const call = async (method, url, what, payload) => {
        const response = await doFetch(url, {
            method,
            headers: {
                accept: 'application/vnd.github+json',
                authorization: `Bearer ${opts.token}`,
                'x-github-api-version': '2022-11-28',
                'user-agent': 'cmk-alarm-action',
                ...(payload ? { 'content-type': 'application/json' } : {})
            },
            body: payload ? JSON.stringify(payload) : undefined,
            signal: AbortSignal.timeout(timeoutMs)
        });
        if (!response.ok)
            throw new GitHubRefused(response.status, what);
        return response.json();
    };
    try {
        let existing;
        for (let page = 1; page <= MAX_PAGES && !existing; page++) {
            const comments = (await call('GET', `${base}/issues/${pr.number}/comments?per_page=${PER_PAGE}&page=${page}`, 'the listing of the pull request comments'));
            if (!Array.isArray(comments))
                break;
            existing = comments.find((c) => typeof c.body === 'string' && c.body.includes(PR_COMMENT_MARKER));
            if (comments.length < PER_PAGE)
                break;
        }
        const saved = (existing
            ? await call('PATCH', `${base}/issues/comments/${existing.id}`, 'the update of the comment', { body })
            : await call('POST', `${base}/issues/${pr.number}/comments`, 'the new comment', { body }));
        return { action: existing ? 'updated' : 'created', url: saved.html_url ?? '' };
    }
    catch (error) {
        if (error instanceof GitHubRefused && (error.status === 403 || error.status === 404 || error.status === 401)) {
            return {
                action: 'skipped',
                reason: `${error.message}: this token cannot comment on the pull request (pull requests from forks get a read-only token; the job needs "permissions: pull-requests: write"). The job summary has the whole report.`
            };
        }
        const why = error instanceof Error ? error.message : String(error);
        return {
            action: 'skipped',
            reason: `GitHub did not take the comment (${why}). The job summary has the whole report.`
        };
    }
}

// EXTERNAL MODULE: ./src/report/annotations.ts
var annotations = __webpack_require__(856);
// EXTERNAL MODULE: ./src/report/outputs.ts
var report_outputs = __webpack_require__(5468);
// EXTERNAL MODULE: ./src/action-report.ts
var action_report = __webpack_require__(1056);
// EXTERNAL MODULE: ./src/report/sarif.ts
var report_sarif = __webpack_require__(643);
// EXTERNAL MODULE: ./src/controls/index.ts + 1 modules
var controls = __webpack_require__(7731);
// EXTERNAL MODULE: ./src/judge/index.ts
var judge = __webpack_require__(4707);
// EXTERNAL MODULE: ./src/model/report.ts
var report = __webpack_require__(5235);
// EXTERNAL MODULE: ./src/run.ts + 1 modules
var src_run = __webpack_require__(3017);
;// CONCATENATED MODULE: ./src/run-iac.ts
// The run of `mode: iac` (and `cmk-alarm iac`): read infrastructure code (Terraform, plans, CloudFormation, CDK) into
// account states with the IaC sources, judge each with the same judges as a live account, and decide the exit with
// the same `fail-on`. No AWS credentials, no AWS request. The IaC readers and their parsers load only here.




async function runIac(request) {
    const { settings } = request;
    const control = request.control ?? controls/* DEFAULT_CONTROL */.as;
    const { readInfrastructureCode } = await Promise.all(/* import() */[__webpack_require__.e(410), __webpack_require__.e(51)]).then(__webpack_require__.bind(__webpack_require__, 51));
    const { states, problems } = await readInfrastructureCode(settings.iac.paths, {
        root: request.root ?? process.cwd(),
        region: settings.region || undefined
    });
    const reports = states.map((state) => (0,judge/* evaluate */._3)(state, { control, patternPolicy: settings.patternPolicy, names: settings.names }));
    // No code of the control's resources was found: nothing can be said of it from the code (manual, not pass).
    const status = reports.length > 0 ? (0,report/* worstStatus */.A4)(reports.map((r) => r.status)) : 'manual';
    const run = { status, reports };
    return { mode: 'iac', control, run, problems, exit: iacExit(control, run, problems, settings) };
}
function iacExit(control, run, problems, settings) {
    if (!(0,src_run/* shouldFail */.W9)(run.status, settings.failOn))
        return { fail: false, code: 0 };
    if (run.status === 'fail') {
        const failing = run.reports.filter((r) => r.status === 'fail').length;
        return {
            fail: true,
            code: 1,
            message: `The code does not meet ${control.name} in ${failing} of ${run.reports.length} location${run.reports.length === 1 ? '' : 's'}: see the annotations and the job summary for the fix.`
        };
    }
    const why = run.reports.length === 0
        ? `no code of the control's resources was found in ${settings.iac.paths.join(', ')}${problems.length ? ` (${problems.length} file${problems.length === 1 ? '' : 's'} could not be read)` : ''}`
        : 'some links cannot be decided from the code alone';
    return {
        fail: true,
        code: 3,
        message: `The check could not be decided (status manual): ${why}. See the job summary.`
    };
}

// EXTERNAL MODULE: ./src/settings.ts + 1 modules
var src_settings = __webpack_require__(9502);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/action-iac.ts
// The action in `mode: iac`: the code's findings as outputs, annotations at the code's file and line, SARIF located in
// the repository, the job summary, and the sticky pull-request comment. No AWS credentials are asked for or used.











async function runIacStep(settings, workflowFile) {
    const result = await runIac({ settings, root: settings.workspace });
    const { run, problems } = result;
    const findings = run.reports.flatMap((r) => r.findings);
    // Every location's findings in one bounded output (each finding carries its file and line).
    const outputs = (0,report_outputs/* buildOutputs */.JZ)({
        control: result.control.id,
        status: run.status,
        compliant: run.status === 'pass',
        region: settings.region,
        chain: [],
        findings,
        securityHub: { prediction: 'unknown', reason: 'Security Hub judges accounts, not code.' }
    }, { sarifFile: settings.sarifFile });
    for (const name of ['status', 'compliant', 'findings'])
        core/* setOutput */.uH(name, outputs[name]);
    (0,action_report/* emitAnnotations */.K)((0,annotations/* buildAnnotations */.P)(run.reports, workflowFile, { stepFails: result.exit.fail }));
    for (const p of problems.slice(0, 10)) {
        core/* warning */.$e((0,redact/* neutralizeWorkflowCommands */.tW)((0,redact/* toSingleLine */.OX)(p.message)), {
            title: 'cmk-alarm: file not read',
            file: p.file,
            startLine: p.line
        });
    }
    // The outputs, annotations and summary are kept when the SARIF file cannot be written; the step fails for it only
    // when fail-on is not never.
    const files = (0,action_report/* stepFileWriter */.c)(settings.workspace);
    if (settings.sarifPath) {
        // One analysis of the repository, located in its files; the default category says so.
        const category = settings.sarifCategory === src_settings/* DEFAULT_SARIF_CATEGORY */.rt
            ? 'cmk-alarm/iac'
            : settings.sarifCategory.replaceAll('{account}', 'iac').replaceAll('{region}', 'code');
        const written = files.write('SARIF file', settings.sarifFile, settings.sarifPath, () => {
            const sarif = (0,report_sarif/* buildSarif */.Ep)(run.reports, {
                workflowFile: workflowFile ?? 'action.yml',
                toolVersion: version/* VERSION */.x,
                category,
                oneRun: true,
                control: result.control
            });
            return `${JSON.stringify(sarif, null, 2)}\n`;
        });
        if (written)
            core/* setOutput */.uH('sarif-file', settings.sarifPath);
    }
    const fileError = files.failure && `Could not write ${files.failure}`;
    const pr = pullRequestContext();
    const runUrl = process.env.GITHUB_SERVER_URL && process.env.GITHUB_REPOSITORY && process.env.GITHUB_RUN_ID
        ? `${process.env.GITHUB_SERVER_URL}/${process.env.GITHUB_REPOSITORY}/actions/runs/${process.env.GITHUB_RUN_ID}`
        : undefined;
    if (process.env.GITHUB_STEP_SUMMARY) {
        const summary = renderPrComment(run, { control: result.control, sha: pr?.sha, problems, maxChars: 1_000_000 });
        await core/* summary */.z.addRaw(summary.slice(summary.indexOf('\n') + 1)).write();
    }
    if (settings.iac.prComment && pr) {
        if (!settings.iac.githubToken) {
            core/* notice */.lm('No github-token: the pull-request comment was skipped. The job summary has the whole report.');
        }
        else {
            const body = renderPrComment(run, { control: result.control, sha: pr.sha, runUrl, problems });
            const outcome = await upsertPrComment(pr, body, { token: settings.iac.githubToken });
            core/* setOutput */.uH('pr-comment', outcome.action);
            if (outcome.action === 'skipped')
                core/* notice */.lm(outcome.reason, { title: 'cmk-alarm: pull-request comment' });
            else
                core/* info */.pq(`Pull-request comment ${outcome.action}: ${outcome.url}`);
        }
    }
    core/* info */.pq(`cmk-alarm-action: status ${run.status} in ${run.reports.length} location(s) of code`);
    if (result.exit.fail)
        core/* setFailed */.C1(result.exit.message ?? `status ${run.status}`);
    else if (fileError && settings.failOn !== 'never')
        core/* setFailed */.C1((0,redact/* toLogText */.ZQ)(fileError));
}


/***/ })

};
