// A run over many accounts and regions (an estate), inside the one run of src/run.ts: the step authenticates once (the
// hub), lists its targets (accounts × regions), assumes the member role in each account (sts:AssumeRole from the hub's
// credentials, each session masked), and checks the targets concurrently, at most `max-concurrency` at once. The
// run's time budget is shared fairly: each target, as it starts, gets the time left divided by the rounds still to
// come, so a slow target is cut at its share (its unfinished checks `manual`, "time budget exceeded") and never
// starves the others. A target that cannot be checked (role missing or untrusting, refused, throttled) is that
// target's `manual` with the reason, never the run's crash.
//
// Enforce over several targets plans every target first, hands the whole plan to the caller to print, and only then
// (unless dry-run) applies each target's plan: each target re-reads and re-plans right before writing, so nothing is
// written on a stale read, and one target's failure does not stop the others.
import type { AuthResult } from '../auth/types.js'
import { assumeMemberRole, type MemberSession } from '../auth/member.js'
import { parseArn } from '../aws/arn.js'
import { TimeBudget } from '../aws/budget.js'
import { AwsClients } from '../aws/clients.js'
import { NodeHttpHandler } from '@smithy/node-http-handler'
import { BoundedHttpHandler, MAX_ANSWER_BYTES } from '../aws/answer-size.js'
import { read } from '../aws/read.js'
import { getCallerIdentity } from '../aws/sts.js'
import type { ControlDescriptor } from '../controls/types.js'
import { runEnforce, type EnforceResult } from '../enforce/index.js'
import { evaluate } from '../judge/index.js'
import { chainsElsewhere, heldChains, resolveOrganizationChains } from '../judge/organization.js'
import type { EstateRun, EstateTarget, HeldChain, TargetEnforce } from '../model/estate.js'
import { sortTargets } from '../model/estate.js'
import { worstStatus, type Report } from '../model/report.js'
import type { AccountState, Identity, ReadProblem } from '../model/state.js'
import type { Settings } from '../settings.js'
import { readAccount } from '../sources/account.js'
import { verifyAccount } from '../verify.js'
import { listAccounts, targetSpecs, type TargetSpec } from './targets.js'

export interface EstateRequest {
  mode: 'verify' | 'enforce'
  control: ControlDescriptor
  settings: Settings
  /** The step's own credentials (the hub). */
  auth: AuthResult
  /** The run's time budget, shared by the targets. */
  budget: TimeBudget
}

export interface EstateDeps {
  /** Masks a value in the log (the action: core.setSecret); every member session's credentials go through it. */
  setSecret?(value: string): void
  /** One line per target as it is done (the action's log). */
  info?(message: string): void
  /** Enforce: called with every target's plan before anything is applied. */
  onPlan?(plan: EstateRun): void | Promise<void>
}

export interface EstateResult {
  run: EstateRun
  /** Who the step's own credentials are (sts:GetCallerIdentity), when it could be read. */
  hub?: Identity
}

/** One target's work: its result, and what applying its plan needs. */
interface Checked {
  spec: TargetSpec
  target: EstateTarget
  /** The target's clients without a budget (the member session's, or the hub's). */
  base?: AwsClients
  state?: AccountState
}

interface Context {
  request: EstateRequest
  deps: EstateDeps
  sessions: Map<string, Promise<MemberSession>>
  /** Every member account's clients share its keep-alive connections (one TLS handshake per endpoint, not per account). */
  http: BoundedHttpHandler
}

export async function runEstate(request: EstateRequest, deps: EstateDeps = {}): Promise<EstateResult> {
  const { settings, auth, budget, mode, control } = request
  const accounts = await listAccounts(settings, auth.clients)
  if (settings.maskAccountId) for (const a of accounts ?? []) deps.setSecret?.(a.id)
  const specs = targetSpecs(settings, accounts)
  const ctx: Context = {
    request,
    deps,
    sessions: new Map(),
    // Every answer still bounded (src/aws/answer-size.ts); the connections kept alive and shared.
    http: new BoundedHttpHandler(
      MAX_ANSWER_BYTES,
      new NodeHttpHandler({
        httpAgent: { keepAlive: true, maxSockets: 256 },
        httpsAgent: { keepAlive: true, maxSockets: 256 }
      })
    )
  }
  const label = (seconds: number) =>
    `this target's share, ${Math.max(1, Math.round(seconds))} s, of timeout-seconds: ${settings.timeoutSeconds}`

  let checked = await mapFair(specs, settings.estate.maxConcurrency, budget, label, (spec, share) =>
    checkTarget(ctx, spec, share)
  )
  if (mode === 'enforce') {
    await deps.onPlan?.(
      estateRun(
        control,
        mode,
        checked.map((c) => c.target)
      )
    )
    if (!settings.enforce.dryRun) {
      const toApply = checked.filter((c) => c.base && wantsChanges(c.target.enforce))
      const applied = await mapFair(toApply, settings.estate.maxConcurrency, budget, label, (c, share) =>
        applyTarget(ctx, c, share)
      )
      checked = checked.map((c) => applied.find((a) => a.spec === c.spec) ?? c)
    }
  }

  const hubRead = await read(
    'sts:GetCallerIdentity',
    () => getCallerIdentity(auth.clients.sts(settings.region)),
    budget
  )
  const hub = hubRead.ok
    ? hubRead.value
    : auth.account
      ? { account: auth.account, arn: auth.assumedRoleArn ?? '' }
      : undefined
  const more = await chainsOutsideTargets(ctx, checked, hub)
  const targets = resolveOrganizationChains(
    checked.map((c) => c.target),
    more
  ).map(settleCoveredBlockers)
  return { run: estateRun(control, mode, targets), hub }
}

function estateRun(control: ControlDescriptor, mode: EstateRun['mode'], targets: EstateTarget[]): EstateRun {
  return {
    control: control.id,
    mode,
    status: worstStatus(targets.map((t) => t.report.status)),
    targets: sortTargets(targets)
  }
}

function wantsChanges(enforce: TargetEnforce | undefined): boolean {
  return !!enforce && enforce.blockers.length === 0 && enforce.changes.some((c) => c.action !== 'noop')
}

/**
 * Runs `fn` over `items`, at most `limit` at once. Each item, as it starts, gets its share of the time left: the time
 * left divided by the rounds still to come (all of it once the rest fits in one round).
 */
export async function mapFair<T, R>(
  items: T[],
  limit: number,
  budget: TimeBudget,
  label: (seconds: number) => string,
  fn: (item: T, share: TimeBudget) => Promise<R>
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length)
  const lanes = Math.max(1, Math.min(limit, items.length))
  let next = 0
  const lane = async () => {
    for (let i = next++; i < items.length; i = next++) {
      const waiting = items.length - i
      const seconds = Math.max(0, budget.timeLeftMs() * Math.min(1, lanes / waiting)) / 1000
      results[i] = await fn(items[i], new TimeBudget(seconds, Date.now(), label(seconds)))
    }
  }
  await Promise.all(Array.from({ length: lanes }, lane))
  return results
}

/** The member session of `account`, assumed once for all its regions (again when a try ran out of time). */
function session(ctx: Context, spec: TargetSpec, budget: TimeBudget): Promise<MemberSession> {
  const { settings, auth } = ctx.request
  const account = spec.account!
  let pending = ctx.sessions.get(account)
  if (!pending) {
    pending = assumeMemberRole(
      auth.clients,
      {
        account,
        roleArn: spec.roleArn!,
        sessionName: settings.roleSessionName,
        durationSeconds: settings.roleDurationSeconds,
        region: settings.region
      },
      budget,
      (secret) => ctx.deps.setSecret?.(secret),
      (credentials) => auth.clients.withCredentials(credentials, { requestHandler: ctx.http })
    )
    ctx.sessions.set(account, pending)
    void pending.then((s) => {
      if (!s.ok && /time budget exceeded/.test(s.problem.message)) ctx.sessions.delete(account)
    })
  }
  return pending
}

async function checkTarget(ctx: Context, spec: TargetSpec, share: TimeBudget): Promise<Checked> {
  const { settings, auth, control, mode } = ctx.request
  try {
    let base = auth.clients
    let assumedRoleArn: string | undefined
    if (spec.account) {
      const s = await session(ctx, spec, share)
      if (!s.ok) return unreachable(ctx, spec, s.problem)
      base = s.clients
      assumedRoleArn = s.assumedRoleArn
    }
    const clients = base.withBudget(share)
    const here: Settings = { ...settings, region: spec.region }
    let state: AccountState | undefined
    let report: Report
    let enforce: TargetEnforce | undefined
    if (mode === 'enforce') {
      const result = await runEnforce(control, { ...here, enforce: { ...settings.enforce, dryRun: true } }, clients)
      state = result.state
      report = result.report
      enforce = enforceOf(result, settings.enforce.dryRun)
    } else {
      ;({ state, report } = await verifyAccount(control, here, clients))
    }
    const checked: Checked = { spec, base, state, target: targetOf(ctx, spec, state, report, assumedRoleArn, enforce) }
    log(ctx, checked.target)
    return checked
  } catch (error) {
    // A bug or an unexpected answer stays this target's problem.
    return unreachable(ctx, spec, {
      kind: 'error',
      message: `the check of this target stopped: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`
    })
  }
}

async function applyTarget(ctx: Context, c: Checked, share: TimeBudget): Promise<Checked> {
  const { settings, control } = ctx.request
  try {
    const here: Settings = { ...settings, region: c.spec.region, enforce: { ...settings.enforce, dryRun: false } }
    const result = await runEnforce(control, here, c.base!.withBudget(share))
    const target = targetOf(
      ctx,
      c.spec,
      result.state,
      result.report,
      c.target.report.identity?.arn,
      enforceOf(result, false)
    )
    return { ...c, state: result.state, target: { ...target, name: c.target.name } }
  } catch (error) {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
    return { ...c, target: { ...c.target, enforce: { ...c.target.enforce!, error: `Enforce stopped: ${message}` } } }
  }
}

function enforceOf(result: EnforceResult, dryRun: boolean): TargetEnforce {
  return {
    changes: result.changes,
    dryRun,
    applied: result.applied,
    blockers: result.plan.blockers,
    notes: result.plan.notes,
    ...(result.error ? { error: result.error } : {})
  }
}

function targetOf(
  ctx: Context,
  spec: TargetSpec,
  state: AccountState | undefined,
  report: Report,
  assumedRoleArn: string | undefined,
  enforce: TargetEnforce | undefined
): EstateTarget {
  const options = {
    control: ctx.request.control,
    patternPolicy: ctx.request.settings.patternPolicy,
    names: ctx.request.settings.names
  }
  // The report names the account checked even when sts:GetCallerIdentity was refused there.
  const identity = report.identity ?? (spec.account ? { account: spec.account, arn: assumedRoleArn ?? '' } : undefined)
  const account = identity?.account ?? spec.account ?? ctx.request.auth.account ?? ''
  const elsewhere = state ? chainsElsewhere(state) : []
  const held = state ? heldChains(state, options) : []
  return {
    account,
    region: spec.region,
    ...(spec.name ? { name: spec.name } : {}),
    report: identity ? { ...report, identity } : report,
    ...(elsewhere.length ? { chainElsewhere: elsewhere.map((e) => ({ ...e, ...roleIn(ctx, e.account) })) } : {}),
    ...(held.length ? { heldChains: held } : {}),
    ...(enforce ? { enforce } : {})
  }
}

/** The member role the run assumes in `account`, when it assumes one. */
function roleIn(ctx: Context, account: string): { roleArn?: string } {
  const template = ctx.request.settings.estate.memberRole
  return template ? { roleArn: template.replaceAll('{account}', account) } : {}
}

function log(ctx: Context, t: EstateTarget) {
  // mask-account-id: an account learned only now (the step's own, from sts:GetCallerIdentity) is masked before use.
  if (ctx.request.settings.maskAccountId && t.account) ctx.deps.setSecret?.(t.account)
  const why = t.error ? `: ${t.error}` : ''
  ctx.deps.info?.(`${t.account || 'this account'} ${t.region}: ${t.report.status}${why}`)
}

/** A target that could not be checked: `manual`, every check undecided, the first one saying why and how to fix it. */
function unreachable(ctx: Context, spec: TargetSpec, problem: ReadProblem): Checked {
  const { control, settings, auth } = ctx.request
  const account = spec.account ?? auth.account ?? ''
  const state: AccountState = {
    region: spec.region,
    identity: account ? { account, arn: '' } : undefined,
    trails: { ok: false, problem }
  }
  const report = evaluate(state, { control, patternPolicy: settings.patternPolicy, names: settings.names })
  if (problem.action === 'sts:AssumeRole' && problem.kind === 'access-denied' && spec.roleArn) {
    const first = report.findings[0]
    first.fix = memberRoleFix(spec.roleArn, account, auth.roleArn)
    first.remediation = first.fix.commands
  }
  const target: EstateTarget = {
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
  }
  log(ctx, target)
  return { spec, target }
}

/** How to make the member role assumable: the role, trusting the hub, with the verify policy. */
function memberRoleFix(roleArn: string, account: string, hubRoleArn: string | undefined) {
  const resource = parseArn(roleArn)?.resource ?? 'role/cmk-alarm-verify'
  const name = resource.split('/').pop() ?? 'cmk-alarm-verify'
  const trust = JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { AWS: hubRoleArn ?? 'HUB_ROLE_ARN' }, Action: 'sts:AssumeRole' }]
  })
  return {
    change: `Create the role ${name} in account ${account}, trusting the identity that runs the check, with the verify policy (and allow that identity sts:AssumeRole on it, policies/hub.json).`,
    commands: [
      `# in account ${account}${hubRoleArn ? '' : '; HUB_ROLE_ARN: the role the check runs as (role-to-assume)'}`,
      `aws iam create-role --role-name ${name} --assume-role-policy-document '${trust}'`,
      `aws iam put-role-policy --role-name ${name} --policy-name cmk-alarm-verify --policy-document file://policies/verify.json`
    ].join('\n')
  }
}

/**
 * Organization trails whose chain is in an account that is not among the targets: judged in the account of the step's
 * own credentials when that is the one; otherwise each member says which account and role the run would need.
 */
async function chainsOutsideTargets(ctx: Context, checked: Checked[], hub: Identity | undefined): Promise<HeldChain[]> {
  const { settings, auth, control, budget } = ctx.request
  const held = new Set(checked.flatMap((c) => (c.target.heldChains ?? []).map((h) => `${h.account} ${h.trailArn}`)))
  const byAccount = new Map(checked.map((c) => [c.target.account, c]))
  const found: HeldChain[] = []
  const reads = new Map<string, Promise<AccountState>>()
  for (const c of checked) {
    for (const e of c.target.chainElsewhere ?? []) {
      if (held.has(`${e.account} ${e.trailArn}`)) continue
      const there = byAccount.get(e.account)
      if (there) {
        e.reason = there.target.error
          ? `the run could not check account ${e.account}: ${there.target.error}`
          : `the run read account ${e.account} but found no readable organization trail ${e.trailName} delivering there`
        continue
      }
      if (!hub || hub.account !== e.account) continue
      const region = parseArn(e.trailArn)?.region || settings.region
      let pending = reads.get(region)
      if (!pending) {
        pending = readAccount(auth.clients.withBudget(budget), { region, logGroupName: settings.logGroupName, control })
        reads.set(region, pending)
      }
      const state = await pending
      const chain = heldChains(state, { control, patternPolicy: settings.patternPolicy, names: settings.names }).find(
        (h) => h.trailArn === e.trailArn
      )
      if (chain) {
        found.push(chain)
        held.add(`${e.account} ${e.trailArn}`)
      } else {
        e.reason = `the run's own credentials are for account ${e.account}, but could not read the chain of ${e.trailName} there`
      }
    }
  }
  return found
}

/**
 * Enforce on a member account covered by an organization trail changes nothing there: the chain is in the holding
 * account, enforced as that account's target. Its "log group in another account" blocker is a note, not a failure.
 */
function settleCoveredBlockers(t: EstateTarget): EstateTarget {
  if (!t.coveredBy || !t.enforce || t.enforce.blockers.length === 0 || t.enforce.changes.length > 0) return t
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
  }
}

/** A one-target run as an estate (for its run report file, so a plain run can be merged with others). */
export function singleTargetEstate(
  control: ControlDescriptor,
  mode: EstateRun['mode'],
  report: Report,
  account: string | undefined,
  enforce?: EnforceResult,
  dryRun = false
): EstateRun {
  const target: EstateTarget = {
    account: report.identity?.account || account || '',
    region: report.region,
    report,
    ...(enforce ? { enforce: enforceOf(enforce, dryRun) } : {})
  }
  return estateRun(control, mode, [target])
}
