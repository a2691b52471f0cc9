export const id = 890;
export const ids = [890];
export const modules = {

/***/ 4890:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runEstate: () => (/* binding */ runEstate),
  _: () => (/* binding */ singleTargetEstate)
});

// UNUSED EXPORTS: mapFair

// EXTERNAL MODULE: ./src/aws/arn.ts
var arn = __webpack_require__(1626);
// EXTERNAL MODULE: ./src/aws/errors.ts
var errors = __webpack_require__(9378);
// EXTERNAL MODULE: ./src/aws/sts.ts
var sts = __webpack_require__(8665);
;// CONCATENATED MODULE: ./src/auth/member.ts
// A session in a member account: sts:AssumeRole into the member role with the hub's credentials (role chaining from
// the step's own session), masked at once, used only by that account's clients. A role that cannot be assumed is that
// account's problem, never the run's crash: the answer says why, and what the account needs.



/** AWS limits a chained role session (a role assumed with a role's credentials) to one hour. */
const MAX_CHAINED_SESSION_SECONDS = 3600;
/** Assumes the member role with the hub's clients, within `budget`. */
async function assumeMemberRole(hub, request, budget, setSecret, makeClients) {
    const { roleArn, account } = request;
    let answer;
    try {
        // The hub's one STS client (bound to the run's budget); this target's share bounds the call through its signal.
        answer = await (0,sts/* assumeRole */.x)(hub.sts(request.region), {
            roleArn,
            sessionName: request.sessionName,
            durationSeconds: Math.min(request.durationSeconds, MAX_CHAINED_SESSION_SECONDS)
        }, budget.signal);
    }
    catch (error) {
        const problem = (0,errors/* classifyError */.fe)(budget.exceeded() ?? error, 'sts:AssumeRole');
        return { ok: false, roleArn, problem: { ...problem, message: assumeRoleMessage(roleArn, account, problem) } };
    }
    const c = answer.credentials;
    // Mask before anything else can print them.
    for (const secret of [c?.AccessKeyId, c?.SecretAccessKey, c?.SessionToken])
        if (secret)
            setSecret(secret);
    if (!c?.AccessKeyId || !c.SecretAccessKey || !c.SessionToken) {
        return {
            ok: false,
            roleArn,
            problem: {
                kind: 'error',
                action: 'sts:AssumeRole',
                message: `Could not assume ${roleArn}: STS answered without complete credentials`
            }
        };
    }
    const assumedAccount = answer.assumedRoleArn ? (0,arn/* parseArn */.Lw)(answer.assumedRoleArn)?.account : undefined;
    if (assumedAccount && assumedAccount !== account) {
        // Never check one account with another's credentials and call it this one.
        return {
            ok: false,
            roleArn,
            problem: {
                kind: 'error',
                action: 'sts:AssumeRole',
                message: `Assuming ${roleArn} gave a session in account ${assumedAccount}, not ${account}: check member-role`
            }
        };
    }
    return {
        ok: true,
        roleArn,
        assumedRoleArn: answer.assumedRoleArn,
        clients: makeClients({
            accessKeyId: c.AccessKeyId,
            secretAccessKey: c.SecretAccessKey,
            sessionToken: c.SessionToken,
            expiration: c.Expiration
        })
    };
}
/** What went wrong, and what the account needs. AWS answers AccessDenied alike for a missing and an untrusting role. */
function assumeRoleMessage(roleArn, account, problem) {
    if (problem.kind === 'access-denied' || problem.kind === 'not-found') {
        return (`Could not assume ${roleArn}: ${problem.message}. ` +
            `Either the role does not exist in account ${account}, or its trust policy does not trust the identity running ` +
            'the check, or that identity is not allowed sts:AssumeRole on it (policies/hub.json)');
    }
    return `Could not assume ${roleArn}: ${problem.message}`;
}

// EXTERNAL MODULE: ./src/aws/budget.ts
var aws_budget = __webpack_require__(4988);
// EXTERNAL MODULE: ./node_modules/@smithy/node-http-handler/dist-cjs/index.js
var dist_cjs = __webpack_require__(1279);
// EXTERNAL MODULE: ./src/aws/answer-size.ts
var answer_size = __webpack_require__(7609);
// EXTERNAL MODULE: ./src/aws/read.ts
var read = __webpack_require__(3761);
// EXTERNAL MODULE: ./src/enforce/index.ts + 1 modules
var src_enforce = __webpack_require__(2709);
// EXTERNAL MODULE: ./src/judge/index.ts
var judge = __webpack_require__(4707);
// EXTERNAL MODULE: ./src/judge/organization.ts
var organization = __webpack_require__(8224);
// EXTERNAL MODULE: ./src/model/estate.ts
var estate = __webpack_require__(4561);
// EXTERNAL MODULE: ./src/model/report.ts
var report = __webpack_require__(5235);
// EXTERNAL MODULE: ./src/sources/account.ts + 2 modules
var account = __webpack_require__(1016);
// EXTERNAL MODULE: ./src/verify.ts
var verify = __webpack_require__(5538);
// EXTERNAL MODULE: ./src/estate/targets.ts + 1 modules
var estate_targets = __webpack_require__(72);
;// CONCATENATED MODULE: ./src/estate/run.ts















async function runEstate(request, deps = {}) {
    const { settings, auth, budget, mode, control } = request;
    const accounts = await (0,estate_targets/* listAccounts */.B)(settings, auth.clients);
    if (settings.maskAccountId)
        for (const a of accounts ?? [])
            deps.setSecret?.(a.id);
    const specs = (0,estate_targets/* targetSpecs */.gx)(settings, accounts);
    const ctx = {
        request,
        deps,
        sessions: new Map(),
        // Every answer still bounded (src/aws/answer-size.ts); the connections kept alive and shared.
        http: new answer_size/* BoundedHttpHandler */.e$(answer_size/* MAX_ANSWER_BYTES */.gB, new dist_cjs.NodeHttpHandler({
            httpAgent: { keepAlive: true, maxSockets: 256 },
            httpsAgent: { keepAlive: true, maxSockets: 256 }
        }))
    };
    const label = (seconds) => `this target's share, ${Math.max(1, Math.round(seconds))} s, of timeout-seconds: ${settings.timeoutSeconds}`;
    let checked = await mapFair(specs, settings.estate.maxConcurrency, budget, label, (spec, share) => checkTarget(ctx, spec, share));
    if (mode === 'enforce') {
        await deps.onPlan?.(estateRun(control, mode, checked.map((c) => c.target)));
        if (!settings.enforce.dryRun) {
            const toApply = checked.filter((c) => c.base && wantsChanges(c.target.enforce));
            const applied = await mapFair(toApply, settings.estate.maxConcurrency, budget, label, (c, share) => applyTarget(ctx, c, share));
            checked = checked.map((c) => applied.find((a) => a.spec === c.spec) ?? c);
        }
    }
    const hubRead = await (0,read/* read */.L)('sts:GetCallerIdentity', () => (0,sts/* getCallerIdentity */.e)(auth.clients.sts(settings.region)), budget);
    const hub = hubRead.ok
        ? hubRead.value
        : auth.account
            ? { account: auth.account, arn: auth.assumedRoleArn ?? '' }
            : undefined;
    const more = await chainsOutsideTargets(ctx, checked, hub);
    const targets = (0,organization/* resolveOrganizationChains */.we)(checked.map((c) => c.target), more).map(settleCoveredBlockers);
    return { run: estateRun(control, mode, targets), hub };
}
function estateRun(control, mode, targets) {
    return {
        control: control.id,
        mode,
        status: (0,report/* worstStatus */.A4)(targets.map((t) => t.report.status)),
        targets: (0,estate/* sortTargets */.P)(targets)
    };
}
function wantsChanges(enforce) {
    return !!enforce && enforce.blockers.length === 0 && enforce.changes.some((c) => c.action !== 'noop');
}
/**
 * Runs `fn` over `items`, at most `limit` at once. Each item, as it starts, gets its share of the time left: the time
 * left divided by the rounds still to come (all of it once the rest fits in one round).
 */
async function mapFair(items, limit, budget, label, fn) {
    const results = new Array(items.length);
    const lanes = Math.max(1, Math.min(limit, items.length));
    let next = 0;
    const lane = async () => {
        for (let i = next++; i < items.length; i = next++) {
            const waiting = items.length - i;
            const seconds = Math.max(0, budget.timeLeftMs() * Math.min(1, lanes / waiting)) / 1000;
            results[i] = await fn(items[i], new aws_budget/* TimeBudget */.z(seconds, Date.now(), label(seconds)));
        }
    };
    await Promise.all(Array.from({ length: lanes }, lane));
    return results;
}
/** The member session of `account`, assumed once for all its regions (again when a try ran out of time). */
function session(ctx, spec, budget) {
    const { settings, auth } = ctx.request;
    const account = spec.account;
    let pending = ctx.sessions.get(account);
    if (!pending) {
        pending = assumeMemberRole(auth.clients, {
            account,
            roleArn: spec.roleArn,
            sessionName: settings.roleSessionName,
            durationSeconds: settings.roleDurationSeconds,
            region: settings.region
        }, budget, (secret) => ctx.deps.setSecret?.(secret), (credentials) => auth.clients.withCredentials(credentials, { requestHandler: ctx.http }));
        ctx.sessions.set(account, pending);
        void pending.then((s) => {
            if (!s.ok && /time budget exceeded/.test(s.problem.message))
                ctx.sessions.delete(account);
        });
    }
    return pending;
}
async function checkTarget(ctx, spec, share) {
    const { settings, auth, control, mode } = ctx.request;
    try {
        let base = auth.clients;
        let assumedRoleArn;
        if (spec.account) {
            const s = await session(ctx, spec, share);
            if (!s.ok)
                return unreachable(ctx, spec, s.problem);
            base = s.clients;
            assumedRoleArn = s.assumedRoleArn;
        }
        const clients = base.withBudget(share);
        const here = { ...settings, region: spec.region };
        let state;
        let report;
        let enforce;
        if (mode === 'enforce') {
            const result = await (0,src_enforce/* runEnforce */.q)(control, { ...here, enforce: { ...settings.enforce, dryRun: true } }, clients);
            state = result.state;
            report = result.report;
            enforce = enforceOf(result, settings.enforce.dryRun);
        }
        else {
            ;
            ({ state, report } = await (0,verify/* verifyAccount */.P)(control, here, clients));
        }
        const checked = { spec, base, state, target: targetOf(ctx, spec, state, report, assumedRoleArn, enforce) };
        log(ctx, checked.target);
        return checked;
    }
    catch (error) {
        // A bug or an unexpected answer stays this target's problem.
        return unreachable(ctx, spec, {
            kind: 'error',
            message: `the check of this target stopped: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`
        });
    }
}
async function applyTarget(ctx, c, share) {
    const { settings, control } = ctx.request;
    try {
        const here = { ...settings, region: c.spec.region, enforce: { ...settings.enforce, dryRun: false } };
        const result = await (0,src_enforce/* runEnforce */.q)(control, here, c.base.withBudget(share));
        const target = targetOf(ctx, c.spec, result.state, result.report, c.target.report.identity?.arn, enforceOf(result, false));
        return { ...c, state: result.state, target: { ...target, name: c.target.name } };
    }
    catch (error) {
        const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
        return { ...c, target: { ...c.target, enforce: { ...c.target.enforce, error: `Enforce stopped: ${message}` } } };
    }
}
function enforceOf(result, dryRun) {
    return {
        changes: result.changes,
        dryRun,
        applied: result.applied,
        blockers: result.plan.blockers,
        notes: result.plan.notes,
        ...(result.error ? { error: result.error } : {})
    };
}
function targetOf(ctx, spec, state, report, assumedRoleArn, enforce) {
    const options = {
        control: ctx.request.control,
        patternPolicy: ctx.request.settings.patternPolicy,
        names: ctx.request.settings.names
    };
    // The report names the account checked even when sts:GetCallerIdentity was refused there.
    const identity = report.identity ?? (spec.account ? { account: spec.account, arn: assumedRoleArn ?? '' } : undefined);
    const account = identity?.account ?? spec.account ?? ctx.request.auth.account ?? '';
    const elsewhere = state ? (0,organization/* chainsElsewhere */.Dd)(state) : [];
    const held = state ? (0,organization/* heldChains */.G8)(state, options) : [];
    return {
        account,
        region: spec.region,
        ...(spec.name ? { name: spec.name } : {}),
        report: identity ? { ...report, identity } : report,
        ...(elsewhere.length ? { chainElsewhere: elsewhere.map((e) => ({ ...e, ...roleIn(ctx, e.account) })) } : {}),
        ...(held.length ? { heldChains: held } : {}),
        ...(enforce ? { enforce } : {})
    };
}
/** The member role the run assumes in `account`, when it assumes one. */
function roleIn(ctx, account) {
    const template = ctx.request.settings.estate.memberRole;
    return template ? { roleArn: template.replaceAll('{account}', account) } : {};
}
function log(ctx, t) {
    // mask-account-id: an account learned only now (the step's own, from sts:GetCallerIdentity) is masked before use.
    if (ctx.request.settings.maskAccountId && t.account)
        ctx.deps.setSecret?.(t.account);
    const why = t.error ? `: ${t.error}` : '';
    ctx.deps.info?.(`${t.account || 'this account'} ${t.region}: ${t.report.status}${why}`);
}
/** A target that could not be checked: `manual`, every check undecided, the first one saying why and how to fix it. */
function unreachable(ctx, spec, problem) {
    const { control, settings, auth } = ctx.request;
    const account = spec.account ?? auth.account ?? '';
    const state = {
        region: spec.region,
        identity: account ? { account, arn: '' } : undefined,
        trails: { ok: false, problem }
    };
    const report = (0,judge/* evaluate */._3)(state, { control, patternPolicy: settings.patternPolicy, names: settings.names });
    if (problem.action === 'sts:AssumeRole' && problem.kind === 'access-denied' && spec.roleArn) {
        const first = report.findings[0];
        first.fix = memberRoleFix(spec.roleArn, account, auth.roleArn);
        first.remediation = first.fix.commands;
    }
    const target = {
        account,
        region: spec.region,
        ...(spec.name ? { name: spec.name } : {}),
        report,
        error: problem.message,
        // Enforce could not even plan here: reported as this target's blocker, the others go on.
        ...(ctx.request.mode === 'enforce'
            ? {
                enforce: {
                    changes: [],
                    dryRun: settings.enforce.dryRun,
                    applied: false,
                    blockers: [`Nothing was changed: the account could not be checked (${problem.message}).`],
                    notes: []
                }
            }
            : {})
    };
    log(ctx, target);
    return { spec, target };
}
/** How to make the member role assumable: the role, trusting the hub, with the verify policy. */
function memberRoleFix(roleArn, account, hubRoleArn) {
    const resource = (0,arn/* parseArn */.Lw)(roleArn)?.resource ?? 'role/cmk-alarm-verify';
    const name = resource.split('/').pop() ?? 'cmk-alarm-verify';
    const trust = JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { AWS: hubRoleArn ?? 'HUB_ROLE_ARN' }, Action: 'sts:AssumeRole' }]
    });
    return {
        change: `Create the role ${name} in account ${account}, trusting the identity that runs the check, with the verify policy (and allow that identity sts:AssumeRole on it, policies/hub.json).`,
        commands: [
            `# in account ${account}${hubRoleArn ? '' : '; HUB_ROLE_ARN: the role the check runs as (role-to-assume)'}`,
            `aws iam create-role --role-name ${name} --assume-role-policy-document '${trust}'`,
            `aws iam put-role-policy --role-name ${name} --policy-name cmk-alarm-verify --policy-document file://policies/verify.json`
        ].join('\n')
    };
}
/**
 * Organization trails whose chain is in an account that is not among the targets: judged in the account of the step's
 * own credentials when that is the one; otherwise each member says which account and role the run would need.
 */
async function chainsOutsideTargets(ctx, checked, hub) {
    const { settings, auth, control, budget } = ctx.request;
    const held = new Set(checked.flatMap((c) => (c.target.heldChains ?? []).map((h) => `${h.account} ${h.trailArn}`)));
    const byAccount = new Map(checked.map((c) => [c.target.account, c]));
    const found = [];
    const reads = new Map();
    for (const c of checked) {
        for (const e of c.target.chainElsewhere ?? []) {
            if (held.has(`${e.account} ${e.trailArn}`))
                continue;
            const there = byAccount.get(e.account);
            if (there) {
                e.reason = there.target.error
                    ? `the run could not check account ${e.account}: ${there.target.error}`
                    : `the run read account ${e.account} but found no readable organization trail ${e.trailName} delivering there`;
                continue;
            }
            if (!hub || hub.account !== e.account)
                continue;
            const region = (0,arn/* parseArn */.Lw)(e.trailArn)?.region || settings.region;
            let pending = reads.get(region);
            if (!pending) {
                pending = (0,account/* readAccount */.GM)(auth.clients.withBudget(budget), { region, logGroupName: settings.logGroupName, control });
                reads.set(region, pending);
            }
            const state = await pending;
            const chain = (0,organization/* heldChains */.G8)(state, { control, patternPolicy: settings.patternPolicy, names: settings.names }).find((h) => h.trailArn === e.trailArn);
            if (chain) {
                found.push(chain);
                held.add(`${e.account} ${e.trailArn}`);
            }
            else {
                e.reason = `the run's own credentials are for account ${e.account}, but could not read the chain of ${e.trailName} there`;
            }
        }
    }
    return found;
}
/**
 * Enforce on a member account covered by an organization trail changes nothing there: the chain is in the holding
 * account, enforced as that account's target. Its "log group in another account" blocker is a note, not a failure.
 */
function settleCoveredBlockers(t) {
    if (!t.coveredBy || !t.enforce || t.enforce.blockers.length === 0 || t.enforce.changes.length > 0)
        return t;
    return {
        ...t,
        enforce: {
            ...t.enforce,
            blockers: [],
            notes: [
                ...t.enforce.notes,
                `Nothing to change in this account: the organization trail ${t.coveredBy.trailName} delivers to account ${t.coveredBy.account}, where its chain is enforced.`
            ]
        }
    };
}
/** A one-target run as an estate (for its run report file, so a plain run can be merged with others). */
function singleTargetEstate(control, mode, report, account, enforce, dryRun = false) {
    const target = {
        account: report.identity?.account || account || '',
        region: report.region,
        report,
        ...(enforce ? { enforce: enforceOf(enforce, dryRun) } : {})
    };
    return estateRun(control, mode, [target]);
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


/***/ })

};
