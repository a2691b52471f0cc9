// The run of `mode: iac` (and `cmk-alarm iac`): read infrastructure code (Terraform, plans, CloudFormation, CDK) into
// account states with the IaC sources, judge each with the same judges as a live account, and decide the exit with
// the same `fail-on`. No AWS credentials, no AWS request. The IaC readers and their parsers load only here.
import { DEFAULT_CONTROL } from './controls/index.js'
import type { ControlDescriptor } from './controls/types.js'
import { evaluate } from './judge/index.js'
import { worstStatus, type Report, type RunReport } from './model/report.js'
import { shouldFail, type ExitDecision } from './run.js'
import type { Settings } from './settings.js'

export interface IacRunRequest {
  settings: Settings
  /** The repository (workspace) the paths are relative to; default the working directory. */
  root?: string
  control?: ControlDescriptor
}

export interface IacProblemOut {
  file: string
  line?: number
  message: string
}

export interface IacRunResult {
  mode: 'iac'
  control: ControlDescriptor
  run: RunReport
  /** Files that could not be read (a syntax error, an unknown format, a path outside the workspace). */
  problems: IacProblemOut[]
  exit: ExitDecision
}

export async function runIac(request: IacRunRequest): Promise<IacRunResult> {
  const { settings } = request
  const control = request.control ?? DEFAULT_CONTROL
  const { readInfrastructureCode } = await import('./sources/iac/index.js')
  const { states, problems } = await readInfrastructureCode(settings.iac.paths, {
    root: request.root ?? process.cwd(),
    region: settings.region || undefined
  })
  const reports: Report[] = states.map((state) =>
    evaluate(state, { control, patternPolicy: settings.patternPolicy, names: settings.names })
  )
  // No code of the control's resources was found: nothing can be said of it from the code (manual, not pass).
  const status = reports.length > 0 ? worstStatus(reports.map((r) => r.status)) : 'manual'
  const run: RunReport = { status, reports }
  return { mode: 'iac', control, run, problems, exit: iacExit(control, run, problems, settings) }
}

function iacExit(
  control: ControlDescriptor,
  run: RunReport,
  problems: IacProblemOut[],
  settings: Settings
): ExitDecision {
  if (!shouldFail(run.status, settings.failOn)) return { fail: false, code: 0 }
  if (run.status === 'fail') {
    const failing = run.reports.filter((r) => r.status === 'fail').length
    return {
      fail: true,
      code: 1,
      message: `The code does not meet ${control.name} in ${failing} of ${run.reports.length} location${run.reports.length === 1 ? '' : 's'}: see the annotations and the job summary for the fix.`
    }
  }
  const why =
    run.reports.length === 0
      ? `no code of the control's resources was found in ${settings.iac.paths.join(', ')}${problems.length ? ` (${problems.length} file${problems.length === 1 ? '' : 's'} could not be read)` : ''}`
      : 'some links cannot be decided from the code alone'
  return {
    fail: true,
    code: 3,
    message: `The check could not be decided (status manual): ${why}. See the job summary.`
  }
}
