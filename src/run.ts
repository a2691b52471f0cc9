// The one run of the tool, shared by the action (src/main.ts) and the CLI (src/cli.ts): it owns the time budget, the
// credentials, the mode, and the exit decision (`fail-on`, enforce's blockers). The edges only read their inputs
// and render the result.
import type { AuthResult } from './auth/index.js'
import { TimeBudget } from './aws/budget.js'
import { DEFAULT_CONTROL } from './controls/index.js'
import type { AwsClients } from './aws/clients.js'
import type { ControlDescriptor } from './controls/types.js'
import { runEnforce, type EnforceResult } from './enforce/index.js'
import type { EstateDeps, EstateResult } from './estate/run.js'
import { isEstate } from './estate/settings.js'
import type { CrossCheckResult } from './judge/cross-check.js'
import type { DrillResult } from './judge/drill.js'
import { withExtraFindings } from './judge/extra-checks.js'
import type { EstateRun } from './model/estate.js'
import { worstStatus, type Finding, type OverallStatus, type Report, type RunReport } from './model/report.js'
import type { AccountState } from './model/state.js'
import type { FailOn, Mode, Settings } from './settings.js'
import { verifyAccount } from './verify.js'

export interface RunRequest {
  mode: Mode
  settings: Settings
  /** Default: the registry's default control. */
  control?: ControlDescriptor
}

export interface RunDeps {
  /**
   * The step's clients for `settings`, bound to `budget`. The action passes OIDC-capable authentication
   * (src/auth); the CLI uses the default credential chain, without the Actions toolkit.
   */
  authenticate: (settings: Settings, budget: TimeBudget) => Promise<AuthResult>
  /** A run over many accounts and regions: masking, progress lines, and the whole plan before enforce applies it. */
  estate?: EstateDeps
}

/** Whether the step (or command) fails, with the message that says why, and the CLI's exit code. */
export interface ExitDecision {
  fail: boolean
  /** 0: nothing to fail on; 1: not compliant, or enforce could not change it; 3: could not decide. */
  code: 0 | 1 | 3
  message?: string
}

export interface RunResult {
  mode: Mode
  control: ControlDescriptor
  auth: AuthResult
  run: RunReport
  /** The report of the (one) target; of the first target in a run over many. */
  report: Report
  enforce?: EnforceResult
  /** A run over many accounts and regions (accounts, organization or regions given): every target. */
  estate?: EstateResult
  /** With `cross-check`: AWS's evaluator beside the engine (absent when the chain has no filter to check). */
  crossCheck?: CrossCheckResult
  /** With `fire-drill`: what the drill did and what CloudWatch recorded. */
  drill?: DrillResult
  exit: ExitDecision
}

export async function run(request: RunRequest, deps: RunDeps): Promise<RunResult> {
  const { mode, settings } = request
  const control = request.control ?? DEFAULT_CONTROL
  const budget = new TimeBudget(settings.timeoutSeconds)
  const auth = await deps.authenticate(settings, budget)
  if (mode !== 'iac' && isEstate(settings.estate)) {
    // Loaded only by the runs over many accounts or regions.
    const { runEstate } = await import('./estate/run.js')
    const estate = await runEstate({ mode, control, settings, auth, budget }, deps.estate)
    const reports = estate.run.targets.map((t) => t.report)
    return {
      mode,
      control,
      auth,
      run: { status: estate.run.status, reports },
      report: reports[0],
      estate,
      exit: decideEstateExit(control, estate.run, settings.failOn, settings.enforce.dryRun)
    }
  }
  const enforce = mode === 'enforce' ? await runEnforce(control, settings, auth.clients) : undefined
  const verified = enforce ?? (await verifyAccount(control, settings, auth.clients))
  const extra = await runExtraChecks(control, settings, verified, auth.clients)
  const report = extra.report
  const runReport: RunReport = { status: worstStatus([report.status]), reports: [report] }
  return {
    mode,
    control,
    auth,
    run: runReport,
    report,
    enforce,
    ...(extra.crossCheck ? { crossCheck: extra.crossCheck } : {}),
    ...(extra.drill ? { drill: extra.drill } : {}),
    exit: decideExit(control, runReport.status, settings.failOn, enforce, settings.enforce.dryRun)
  }
}

/**
 * The checks after verify that run only when asked for, each loaded only then (dynamic imports keep them out of the
 * bundle's main chunk): AWS's evaluator as a second opinion on the filter, then the fire drill on the passing chain.
 * Their findings join the report.
 */
async function runExtraChecks(
  control: ControlDescriptor,
  settings: Settings,
  verified: { report: Report; state: AccountState },
  clients: AwsClients
): Promise<{ report: Report; crossCheck?: CrossCheckResult; drill?: DrillResult }> {
  if (!settings.crossCheck && !settings.fireDrill) return { report: verified.report }
  const findings: Finding[] = []
  let crossCheck: CrossCheckResult | undefined
  let drill: DrillResult | undefined
  const notes: string[] = []
  if (settings.crossCheck) {
    const { runCrossCheck, crossCheckFinding } = await import('./cross-check.js')
    crossCheck = await runCrossCheck(control, verified.report, verified.state, clients)
    if (crossCheck) findings.push(crossCheckFinding(control, crossCheck))
    else notes.push('cross-check: the chain has no metric filter, so there was no pattern to ask AWS about.')
  }
  if (settings.fireDrill) {
    const { runFireDrill, drillFinding } = await import('./drill.js')
    drill = await runFireDrill(verified.report, verified.state, clients, { runName: settings.runName })
    const finding = drillFinding(control, drill)
    if (finding) findings.push(finding)
    else notes.push(`fire drill skipped: ${drill.reason}`)
  }
  const report = withExtraFindings(verified.report, findings)
  return {
    report: notes.length ? { ...report, notes: [...(report.notes ?? []), ...notes] } : report,
    crossCheck,
    drill
  }
}

/** The step or command fails when the status reaches the `fail-on` level. */
export function shouldFail(status: OverallStatus, failOn: FailOn): boolean {
  if (failOn === 'never') return false
  return status === 'fail' || (failOn === 'manual' && status === 'manual')
}

export function decideExit(
  control: ControlDescriptor,
  status: OverallStatus,
  failOn: FailOn,
  enforce?: EnforceResult,
  dryRun = false
): ExitDecision {
  if (enforce) {
    if (enforce.plan.blockers.length > 0) {
      return { fail: true, code: 1, message: `Enforce changed nothing: ${enforce.plan.blockers.join(' ')}` }
    }
    if (enforce.error) return { fail: true, code: 1, message: `Enforce ${enforce.error}` }
  }
  // A dry run judges the account as it is now, like verify, and says what the apply would change.
  if (!shouldFail(status, failOn)) return { fail: false, code: 0 }
  const plan = enforce && dryRun ? ` Dry run, nothing was changed; the apply would ${wouldChange(enforce)}.` : ''
  return status === 'fail'
    ? {
        fail: true,
        code: 1,
        message: `The account does not meet ${control.name}: see the job summary for the fix.${plan}`
      }
    : {
        fail: true,
        code: 3,
        message: `The check could not be decided (status manual): see the job summary for what to grant.${plan}`
      }
}

/** The plan's changes in one phrase: "create metric-filter x, update alarm y", or "change nothing". */
function wouldChange(enforce: EnforceResult): string {
  const acts = enforce.plan.changes.filter((c) => c.action !== 'noop').map((c) => `${c.action} ${c.type} ${c.name}`)
  return acts.length ? acts.join(', ') : 'change nothing'
}

/** The exit of a run over many targets: enforce's blockers and failed writes first, then `fail-on` over every target. */
export function decideEstateExit(
  control: ControlDescriptor,
  estate: EstateRun,
  failOn: FailOn,
  dryRun = false
): ExitDecision {
  const n = estate.targets.length
  const of = (k: number) => `${k} of ${n} target${n === 1 ? '' : 's'}`
  if (estate.mode === 'enforce') {
    const blocked = estate.targets.filter((t) => t.enforce && (t.enforce.blockers.length > 0 || t.enforce.error))
    if (blocked.length > 0) {
      return {
        fail: true,
        code: 1,
        message: `Enforce could not ${dryRun ? 'plan' : 'change'} ${of(blocked.length)} (${blocked
          .slice(0, 5)
          .map((t) => `${t.account} ${t.region}`)
          .join(', ')}${blocked.length > 5 ? ', …' : ''}): see the job summary.`
      }
    }
  }
  // A dry run judges the accounts as they are now, like verify.
  if (!shouldFail(estate.status, failOn)) return { fail: false, code: 0 }
  const failing = estate.targets.filter((t) => t.report.status === 'fail').length
  const manual = estate.targets.filter((t) => t.report.status === 'manual').length
  return estate.status === 'fail'
    ? { fail: true, code: 1, message: `${of(failing)} do not meet ${control.name}: see the job summary for the fixes.` }
    : {
        fail: true,
        code: 3,
        message: `${of(manual)} could not be decided (status manual): see the job summary for what to grant.`
      }
}
