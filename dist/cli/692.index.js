export const id = 692;
export const ids = [692];
export const modules = {

/***/ 1692:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runIacCommand: () => (/* binding */ runIacCommand)
});

// UNUSED EXPORTS: iacCommandHelp

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/report/json.ts
var json = __webpack_require__(2794);
// EXTERNAL MODULE: ./src/report/terminal.ts
var terminal = __webpack_require__(7496);
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
        `<summary>${STATUS_ICON[f.status]} <b>${cell(f.id)}</b>: ${cell(f.title)}</summary>`,
        '',
        cell(f.message, 1_500),
        ''
    ];
    if (f.location)
        lines.push(`Where: ${describeLocation(f.location)}`, '');
    const code = f.fix?.code;
    const text = toPlainLines(code?.text ?? f.remediation)
        .join('\n')
        .trim();
    if (text) {
        const fence = codeFence(text);
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
        lines.push(`| ${link.link} | ${describeLocation(linkLocation(report, link))} | ${STATUS_ICON[link.status]} ${STATUS_WORD[link.status]} | ${cell(link.why, 400)} |`);
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
    const control = run.reports[0] ? controlOf(run.reports[0], opts.control) : undefined;
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
// EXTERNAL MODULE: ./src/output-file.ts
var output_file = __webpack_require__(8861);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/cli/flags.ts
var flags = __webpack_require__(5377);
;// CONCATENATED MODULE: ./src/cli/iac-command.ts
// `cmk-alarm iac [PATH...]`: judge infrastructure code (Terraform, plans, CloudFormation, CDK) before it is deployed,
// with the same judges and finding ids as `verify`, and where each finding is in the code. No AWS credentials.











const FLAGS = [
    {
        name: 'root',
        value: 'DIR',
        help: 'the repository the paths are in, and none may leave (default the current folder)'
    },
    flags/* COMMON_FLAGS */.gd.patternPolicy,
    flags/* COMMON_FLAGS */.gd.failOn,
    { name: 'region', input: 'aws-region', value: 'REGION', help: 'the region to name where the code does not say' },
    { name: 'sarif-file', value: 'FILE', help: 'write SARIF 2.1.0 here, located in the code' },
    flags/* COMMON_FLAGS */.gd.output,
    flags/* COMMON_FLAGS */.gd.json,
    flags/* COMMON_FLAGS */.gd.noColor,
    flags/* COMMON_FLAGS */.gd.help
];
function iacCommandHelp() {
    return [
        'Usage: cmk-alarm iac [PATH...] [flags]',
        '',
        'Judges infrastructure code before it is deployed: Terraform folders, `terraform show -json` plans, CloudFormation',
        'templates (YAML or JSON) and CDK synth output (cdk.out). PATH is a file, a folder or a glob (default: the current',
        'folder). No AWS credentials are needed and no AWS request is made.',
        '',
        (0,flags/* flagHelp */.QR)(FLAGS),
        '',
        'Exit codes: 0 met, 1 not met, 2 bad usage, 3 could not decide; --fail-on as for verify (default manual).'
    ].join('\n');
}
async function runIacCommand(args, io) {
    const { positionals, values, switches } = (0,flags/* parseFlags */.bQ)(args, FLAGS, { positionals: true });
    if (switches.has('help')) {
        io.stdout(`${iacCommandHelp()}\n`);
        return 0;
    }
    const output = values.get('output')?.[0] ?? (switches.has('json') ? 'json' : 'text');
    if (output !== 'text' && output !== 'json')
        throw new flags/* UsageError */.eb(`--output must be text or json (got ${JSON.stringify(output)}).`);
    const root = external_node_path_default().resolve(values.get('root')?.[0] ?? process.cwd());
    // Paths may be given as the shell completes them (absolute, or relative to here); the rules want them in the root.
    const paths = positionals.map((p) => external_node_path_default().relative(root, external_node_path_default().resolve(p)) || '.');
    const inputs = {
        'fail-on': values.get('fail-on')?.[0] ?? 'manual',
        paths: paths.join('\n'),
        'pattern-policy': values.get('pattern-policy')?.[0] ?? '',
        'aws-region': values.get('region')?.[0] ?? '',
        'sarif-file': values.get('sarif-file')?.[0] ?? ''
    };
    const settings = (0,flags/* inFlagTerms */.re)(FLAGS, () => (0,src_settings/* parseSettings */.P$)((name) => inputs[name] ?? '', { ...io.env, AWS_REGION: '', AWS_DEFAULT_REGION: '' }, { mode: 'iac', workspace: root }));
    const result = await runIac({ settings, root });
    const { run, problems } = result;
    if (settings.sarifPath) {
        const sarif = (0,report_sarif/* buildSarif */.Ep)(run.reports, {
            workflowFile: 'cmk-alarm',
            toolVersion: version/* VERSION */.x,
            category: 'cmk-alarm/iac',
            oneRun: true
        });
        (0,output_file/* writeOutputFile */.BF)(settings.sarifPath, settings.workspace, `${JSON.stringify(sarif, null, 2)}\n`);
    }
    if (output === 'json') {
        const findings = run.reports.flatMap((r) => r.findings);
        io.stdout(`${(0,json/* stringifyForLog */.VC)({
            status: run.status,
            compliant: run.status === 'pass',
            findings: findings.map(json/* findingToJson */.NM),
            reports: run.reports.map(json/* toJsonReport */.Ow),
            problems
        }, 2)}\n`);
    }
    else {
        const color = io.isTty && !io.env.NO_COLOR && !switches.has('no-color');
        if (run.reports.length === 0)
            io.stdout(`No code of the control's resources was found in ${settings.iac.paths.join(', ')}.\n`);
        for (const report of run.reports) {
            const source = report.source && report.source.kind !== 'account' ? `${report.source.path} (${report.source.kind})` : '';
            io.stdout(`${(0,redact/* neutralizeWorkflowCommands */.tW)(`== ${(0,redact/* toSingleLine */.OX)(source)}`)}\n`);
            io.stdout((0,terminal/* renderTerminalReport */.J)(report, { color }));
            const located = report.findings.filter((f) => f.status !== 'pass' && f.location);
            for (const f of located) {
                io.stdout((0,redact/* neutralizeWorkflowCommands */.tW)(`  ${f.id}: ${(0,redact/* toSingleLine */.OX)(describeLocation(f.location).replace(/`/g, ''))}\n`));
            }
            io.stdout('\n');
        }
        for (const p of problems)
            io.stdout((0,redact/* neutralizeWorkflowCommands */.tW)(`Not read: ${(0,redact/* toSingleLine */.OX)(p.file)}${p.line ? `:${p.line}` : ''}: ${(0,redact/* toSingleLine */.OX)(p.message)}\n`));
    }
    return result.exit.code;
}


/***/ })

};
