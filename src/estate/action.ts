// The action's side of a run over many targets, and of the matrix workflow's two extra modes: outputs, annotations,
// job summary, SARIF and the run report file of an estate (a run, or the merge of run reports), and the matrix of
// `mode: matrix`. src/main.ts hands over to these when the run is an estate or the mode is merge or matrix.
import * as core from '@actions/core'
import { authenticate, publishIdentity } from '../auth/index.js'
import type { AuthResult } from '../auth/types.js'
import { TimeBudget } from '../aws/budget.js'
import { DEFAULT_CONTROL, controlById } from '../controls/index.js'
import type { EstateRun } from '../model/estate.js'
import type { Identity } from '../model/state.js'
import { renderRunReportFile } from '../report/estate-json.js'
import { MAX_SUMMARY_BYTES } from '../report/summary.js'
import {
  buildEstateOutputs,
  estateChangesOutput,
  firstFailingLink,
  renderEstatePlanText,
  renderEstateSummaryMarkdown,
  targetLabel
} from '../report/estate.js'
import { escapeMarkdownCell, toLogLine, toLogText, truncate } from '../report/redact.js'
import { stepFileWriter } from '../action-report.js'
import { buildSarif } from '../report/sarif.js'
import { decideEstateExit, type ExitDecision } from '../run.js'
import { parseSettings, type Settings } from '../settings.js'
import type { InputReader } from '../input-rules.js'
import { VERSION } from '../version.js'
import { mergeRunReports } from './merge.js'
import { matrixInputs } from './settings.js'
import { buildMatrix, listAccounts, EstateError } from './targets.js'
import { InputError } from '../input-rules.js'

/** The estate callbacks of the run: every session masked, one log line per target, the whole plan before applying. */
export const estateDeps = {
  setSecret: (value: string) => core.setSecret(value),
  info: (message: string) => core.info(toLogLine(message)),
  onPlan: (run: EstateRun) => core.info(renderEstatePlanText(run))
}

export interface EstatePublish {
  run: EstateRun
  settings: Pick<Settings, 'sarifFile' | 'sarifPath' | 'sarifCategory' | 'maskAccountId' | 'workspace' | 'failOn'> & {
    estate: { reportFile?: string; reportPath?: string }
  }
  exit: ExitDecision
  /** The step's own identity (a run; a merge has none). */
  hub?: Identity
  auth?: AuthResult
  /** e.g. "merged from 3 run reports". */
  source?: string
  workflowFile?: string
}

/** Outputs, annotations, SARIF, the run report file and the job summary of an estate; then the step's verdict. */
export async function publishEstate(p: EstatePublish): Promise<void> {
  const { run, settings } = p
  const control = controlById(run.control) ?? DEFAULT_CONTROL
  let identityLabel: string | undefined
  if (p.auth) {
    identityLabel =
      publishIdentity({ identity: p.hub }, p.auth, settings) ??
      (p.hub ? `${p.hub.arn} (account ${p.hub.account})` : undefined)
  }
  for (const [name, value] of Object.entries(buildEstateOutputs(run))) core.setOutput(name, value)
  if (run.mode === 'enforce') core.setOutput('changes', estateChangesOutput(run))

  // One annotation per target that did not pass (GitHub shows 10 of each level per step; the summary has them all).
  const failing = run.targets.filter((t) => t.report.status === 'fail')
  const manual = run.targets.filter((t) => t.report.status === 'manual')
  for (const [level, list] of [
    ['error', failing],
    ['warning', manual]
  ] as const) {
    const shown = list.length > 10 ? list.slice(0, 9) : list
    for (const t of shown) {
      const link = firstFailingLink(t.report)
      const why = t.error ?? (link ? `${link.link}: ${link.why}` : t.report.status)
      const message = toLogLine(truncate(why, 1_000))
      const props = { title: toLogLine(`cmk-alarm ${targetLabel(t)}: ${t.report.status}`), file: p.workflowFile }
      if (level === 'error') core.error(message, props)
      else core.warning(message, props)
    }
    if (list.length > shown.length) {
      const more = `${list.length - shown.length} more targets ${level === 'error' ? 'fail' : 'could not be decided'}: see the job summary.`
      if (level === 'error') core.error(more, { title: 'cmk-alarm', file: p.workflowFile })
      else core.warning(more, { title: 'cmk-alarm', file: p.workflowFile })
    }
  }

  // A file that cannot be written is reported and loses nothing else (as for one account, src/main.ts).
  const files = stepFileWriter(settings.workspace)
  if (settings.sarifPath) {
    const written = files.write('SARIF file', settings.sarifFile, settings.sarifPath, () => {
      const sarif = buildSarif(
        run.targets.map((t) => t.report),
        { workflowFile: p.workflowFile ?? 'action.yml', toolVersion: VERSION, category: settings.sarifCategory }
      )
      return `${JSON.stringify(sarif, null, 2)}\n`
    })
    if (written) core.setOutput('sarif-file', settings.sarifPath)
  }
  if (settings.estate.reportPath) {
    const written = files.write('run report file', settings.estate.reportFile, settings.estate.reportPath, () =>
      renderRunReportFile(run, VERSION)
    )
    if (written) core.setOutput('report-file', settings.estate.reportPath)
  }
  const fileError = files.failure && `Could not write ${files.failure}`
  if (process.env.GITHUB_STEP_SUMMARY) {
    const note = fileError ? `\n> ⚠️ ${escapeMarkdownCell(truncate(fileError, 2_000))}\n` : ''
    const maxBytes = MAX_SUMMARY_BYTES - Buffer.byteLength(note)
    await core.summary
      .addRaw(renderEstateSummaryMarkdown(run, { identityLabel, control, source: p.source }, maxBytes) + note)
      .write()
  }
  const c = buildEstateOutputs(run)
  core.info(
    `cmk-alarm-action: status ${run.status} over ${c['target-count']} targets (${c['pass-count']} pass, ${c['fail-count']} fail, ${c['manual-count']} manual)`
  )
  if (p.exit.fail) core.setFailed(toLogText(p.exit.message ?? `status ${run.status}`))
  else if (fileError && settings.failOn !== 'never') core.setFailed(toLogText(fileError))
}

/** Merge reads no AWS: aws-region is not needed, and every other input keeps its rules. */
function offlineSettings(get: InputReader): Settings {
  return parseSettings((name) => (name === 'aws-region' ? get(name) || 'us-east-1' : get(name)), {
    ...process.env,
    AWS_REGION: process.env.AWS_REGION || 'us-east-1'
  })
}

/** `mode: merge`: the run reports of a matrix's jobs become one estate. */
export async function runMergeAction(get: InputReader, workflowFile?: string): Promise<void> {
  const settings = offlineSettings(get)
  if (settings.estate.reports.length === 0) {
    throw new InputError(
      'reports',
      'is required with mode: merge (the run report files of the matrix jobs)',
      'reports/**/*.json'
    )
  }
  const merged = mergeRunReports(settings.estate.reports, settings.workspace)
  const control = controlById(merged.run.control) ?? DEFAULT_CONTROL
  await publishEstate({
    run: merged.run,
    settings,
    exit: decideEstateExit(control, merged.run, settings.failOn, false),
    source: `merged from ${merged.files.length} run report${merged.files.length === 1 ? '' : 's'}`,
    workflowFile
  })
}

/** `mode: matrix`: the accounts in chunks, as the `matrix` output a matrix job's `strategy.matrix` takes. */
export async function runMatrixAction(raw: InputReader): Promise<void> {
  const get = matrixInputs(raw)
  const organization = /^true$/i.test(get('organization').trim())
  // Only organization: true reads AWS (organizations:ListAccounts); a list of accounts needs no region.
  const settings = organization ? parseSettings(get) : offlineSettings(get)
  if (!settings.estate.accounts && !settings.estate.organization) {
    throw new InputError(
      'accounts',
      'or organization: true is required with mode: matrix (the accounts to spread over the jobs)',
      '111111111111,222222222222'
    )
  }
  if (!settings.estate.regions && !get('aws-region') && !process.env.AWS_REGION) {
    throw new InputError(
      'regions',
      'or aws-region is required with mode: matrix (the regions each job checks)',
      'us-east-1,eu-west-1'
    )
  }
  const hub = organization ? (await authenticate(settings, new TimeBudget(settings.timeoutSeconds))).clients : undefined
  const accounts = await listAccounts(settings, hub)
  if (!accounts) throw new EstateError('No accounts to spread over a matrix.')
  if (settings.maskAccountId) for (const a of accounts) core.setSecret(a.id)
  const regions = settings.estate.regions ?? [settings.region]
  const matrix = buildMatrix(
    accounts.map((a) => a.id),
    regions,
    settings.estate.matrixChunkSize
  )
  core.setOutput('matrix', JSON.stringify({ include: matrix.include }))
  core.setOutput('target-count', String(accounts.length * regions.length))
  const line = `cmk-alarm-action: ${accounts.length} accounts × ${regions.length} region${regions.length === 1 ? '' : 's'} in ${matrix.include.length} matrix job${matrix.include.length === 1 ? '' : 's'} of at most ${matrix.chunkSize} accounts`
  core.info(line)
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(`${line}\n`).write()
}
