export const id = 22;
export const ids = [22];
export const modules = {

/***/ 8022:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runMatrixCommand: () => (/* binding */ runMatrixCommand),
  runMergeCommand: () => (/* binding */ runMergeCommand)
});

// UNUSED EXPORTS: matrixCommandHelp, mergeCommandHelp

// EXTERNAL MODULE: ./node_modules/@aws-sdk/credential-provider-node/dist-cjs/index.js
var dist_cjs = __webpack_require__(5861);
// EXTERNAL MODULE: ./src/auth/default-chain.ts
var default_chain = __webpack_require__(6259);
// EXTERNAL MODULE: ./src/aws/budget.ts
var aws_budget = __webpack_require__(4988);
// EXTERNAL MODULE: ./src/aws/clients.ts
var clients = __webpack_require__(201);
// EXTERNAL MODULE: ./src/controls/index.ts + 1 modules
var controls = __webpack_require__(7731);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/judge/organization.ts
var organization = __webpack_require__(8224);
// EXTERNAL MODULE: ./src/model/estate.ts
var estate = __webpack_require__(4561);
// EXTERNAL MODULE: ./src/model/report.ts
var report = __webpack_require__(5235);
// EXTERNAL MODULE: ./src/report/estate-json.ts
var estate_json = __webpack_require__(8915);
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
// EXTERNAL MODULE: ./src/run.ts + 1 modules
var run = __webpack_require__(3017);
// EXTERNAL MODULE: ./src/settings.ts + 1 modules
var src_settings = __webpack_require__(9502);
// EXTERNAL MODULE: ./src/cli/estate-render.ts + 1 modules
var estate_render = __webpack_require__(5626);
// EXTERNAL MODULE: ./src/cli/flags.ts
var flags = __webpack_require__(5377);
;// CONCATENATED MODULE: ./src/cli/estate-command.ts
// `cmk-alarm merge` and `cmk-alarm matrix`: the last and first jobs of the matrix workflow from a terminal.












/** Inputs of a command that reads no AWS: aws-region is not needed (the other inputs keep their rules). */
function offlineSettings(get, env) {
    return (0,src_settings/* parseSettings */.P$)((name) => (name === 'aws-region' ? get(name) || 'us-east-1' : get(name)), { ...env, AWS_REGION: env.AWS_REGION || 'us-east-1' }, { workspace: process.cwd() });
}
const MERGE_FLAGS = [
    flags/* COMMON_FLAGS */.gd.failOn,
    { name: 'sarif-file', value: 'FILE', help: 'write SARIF 2.1.0 here, one run per account and region' },
    { name: 'sarif-category', value: 'C', help: 'SARIF category; {account} and {region} are filled in' },
    { name: 'report-file', value: 'FILE', help: 'write the merged run report (JSON) here' },
    { name: 'output', value: 'text|json', help: 'the report as text (default) or JSON (the run report)' },
    flags/* COMMON_FLAGS */.gd.json,
    flags/* COMMON_FLAGS */.gd.noColor,
    flags/* COMMON_FLAGS */.gd.help
];
const MATRIX_FLAGS = [
    { name: 'accounts', value: 'ID,ID...', help: 'the accounts to spread over the jobs' },
    { name: 'organization', help: 'every ACTIVE account of the organization (organizations:ListAccounts)' },
    { name: 'regions', value: 'R,R...', help: 'the regions each job checks (default --region)' },
    {
        name: 'region',
        aliases: ['aws-region'],
        input: 'aws-region',
        value: 'REGION',
        help: 'the region of the AWS calls (default AWS_REGION)'
    },
    { name: 'matrix-chunk-size', value: 'N', help: 'accounts per job, 1-1000 (default 20; more past 256 jobs)' },
    flags/* COMMON_FLAGS */.gd.timeoutSeconds,
    flags/* COMMON_FLAGS */.gd.profile,
    flags/* COMMON_FLAGS */.gd.endpointUrl,
    flags/* COMMON_FLAGS */.gd.help
];
function mergeCommandHelp() {
    return [
        'Usage: cmk-alarm merge REPORT... [flags]',
        '',
        "Merges run report files (written with --report-file, or the action's report-file: one per matrix job) into one",
        'run: one line per account and region, organization trails judged across the files. REPORT is a file, a',
        'directory (its .json files, at any depth) or a glob (Node.js 22 or later).',
        '',
        (0,flags/* flagHelp */.QR)(MERGE_FLAGS),
        '',
        'Exit codes: 0 compliant, 1 not compliant, 2 bad usage (a file that is missing or is not a run report), 3 could',
        'not decide; --fail-on as for verify (default manual).'
    ].join('\n');
}
function matrixCommandHelp() {
    return [
        'Usage: cmk-alarm matrix (--accounts ID,ID... | --organization) [flags]',
        '',
        'Prints the accounts in chunks as one line of JSON, {"include":[{chunk, accounts, regions, targets}, ...]}, for',
        'a GitHub Actions matrix (at most 256 jobs). --organization lists the organization with the default AWS',
        'credential chain (the management account, or a delegated administrator).',
        '',
        (0,flags/* flagHelp */.QR)(MATRIX_FLAGS)
    ].join('\n');
}
async function runMergeCommand(args, io) {
    const { positionals, values, switches } = (0,flags/* parseFlags */.bQ)(args, MERGE_FLAGS, { positionals: true });
    if (switches.has('help')) {
        io.stdout(`${mergeCommandHelp()}\n`);
        return 0;
    }
    const output = values.get('output')?.[0] ?? (switches.has('json') ? 'json' : 'text');
    if (output !== 'text' && output !== 'json')
        throw new flags/* UsageError */.eb(`--output must be text or json (got ${JSON.stringify(output)}).`);
    if (positionals.length === 0)
        throw new flags/* UsageError */.eb('merge needs the run report files to merge.');
    const inputs = { 'fail-on': 'manual' };
    for (const spec of MERGE_FLAGS) {
        const given = values.get(spec.name);
        if (given && spec.name !== 'output')
            inputs[spec.name] = given[0];
    }
    const settings = (0,flags/* inFlagTerms */.re)(MERGE_FLAGS, () => offlineSettings((name) => inputs[name] ?? '', io.env));
    let merged;
    try {
        merged = mergeRunReports(positionals, process.cwd());
    }
    catch (error) {
        // Files that are missing or are not run reports: bad usage (exit 2), not an undecided check.
        if (error instanceof estate_targets/* EstateError */.PN)
            throw new flags/* UsageError */.eb(error.message);
        throw error;
    }
    const color = io.isTty && !io.env.NO_COLOR && !switches.has('no-color');
    const failed = (0,estate_render/* renderEstate */.n)(merged.run, settings, output, color, io);
    const exit = (0,run/* decideEstateExit */.Jy)((0,controls/* controlById */.Eq)(merged.run.control) ?? controls/* DEFAULT_CONTROL */.as, merged.run, settings.failOn).code;
    return failed && exit === 0 && settings.failOn !== 'never' ? 3 : exit;
}
async function runMatrixCommand(args, io) {
    const { values, switches } = (0,flags/* parseFlags */.bQ)(args, MATRIX_FLAGS);
    if (switches.has('help')) {
        io.stdout(`${matrixCommandHelp()}\n`);
        return 0;
    }
    const inputs = { organization: String(switches.has('organization')) };
    for (const name of ['accounts', 'regions', 'matrix-chunk-size', 'timeout-seconds']) {
        const given = values.get(name);
        if (given)
            inputs[name] = given[0];
    }
    const region = values.get('region')?.[0];
    if (region)
        inputs['aws-region'] = region;
    const organization = switches.has('organization');
    const get = (0,estate_settings/* matrixInputs */.TL)((name) => inputs[name] ?? '');
    const settings = (0,flags/* inFlagTerms */.re)(MATRIX_FLAGS, () => organization ? (0,src_settings/* parseSettings */.P$)(get, io.env, { workspace: process.cwd() }) : offlineSettings(get, io.env));
    if (!settings.estate.accounts && !organization)
        throw new flags/* UsageError */.eb('matrix needs --accounts or --organization.');
    if (!settings.estate.regions && !region && !io.env.AWS_REGION)
        throw new flags/* UsageError */.eb('matrix needs --regions (or --region, or AWS_REGION).');
    let hub;
    if (organization) {
        const budget = new aws_budget/* TimeBudget */.z(settings.timeoutSeconds);
        const profile = values.get('profile')?.[0];
        const endpoint = values.get('endpoint-url')?.[0];
        const credentials = await (0,default_chain/* defaultChainCredentials */.vw)(budget, io.env, (0,dist_cjs.defaultProvider)(profile ? { profile } : {}));
        hub = new clients/* AwsClients */.c({ budget, profile, endpoint, credentials });
    }
    const accounts = (await (0,estate_targets/* listAccounts */.B)(settings, hub)) ?? [];
    const m = (0,estate_targets/* buildMatrix */.Kn)(accounts.map((a) => a.id), settings.estate.regions ?? [settings.region], settings.estate.matrixChunkSize);
    io.stdout(`${JSON.stringify({ include: m.include })}\n`);
    return 0;
}


/***/ })

};
