// The action: inputs → the run (src/run.ts) → outputs, job summary, annotations and SARIF. Errors become one clear
// failure message, never a stack trace.
import * as core from '@actions/core'
import { AuthError, authenticate, publishIdentity } from './auth/index.js'
import { buildAnnotations } from './report/annotations.js'
import { changesForOutput, renderChangesMarkdown } from './report/changes.js'
import { buildChangesOutput, buildOutputs } from './report/outputs.js'
import { buildSarif } from './report/sarif.js'
import { escapeMarkdownCell, toLogText, truncate } from './report/redact.js'
import { emitAnnotations, stepFileWriter } from './action-report.js'
import { MAX_SUMMARY_BYTES, renderFailureSummary, renderSummaryMarkdown } from './report/summary.js'
import { run as runOnce } from './run.js'
import { InputError, parseActionMode, parseSettings } from './settings.js'
import { isEstate } from './estate/settings.js'
import { VERSION } from './version.js'

export async function run(): Promise<void> {
  try {
    const get = (name: string) => core.getInput(name)
    const actionMode = parseActionMode(get('mode'))
    // The matrix workflow's first and last jobs: list the accounts in chunks, merge the jobs' run reports. The code
    // of many accounts (src/estate/action.ts) is loaded only by the runs that use it.
    if (actionMode === 'merge')
      return await (await import('./estate/action.js')).runMergeAction(get, workflowFilePath())
    if (actionMode === 'matrix') return await (await import('./estate/action.js')).runMatrixAction(get)
    const mode = actionMode
    const settings = parseSettings(get, process.env, { mode })
    if (mode === 'iac') {
      // Code before deployment: no credentials, no AWS request (loaded only in this mode).
      const { runIacStep } = await import('./action-iac.js')
      return await runIacStep(settings, workflowFilePath())
    }
    const estateAction = isEstate(settings.estate) ? await import('./estate/action.js') : undefined
    const result = await runOnce({ mode, settings }, { authenticate, estate: estateAction?.estateDeps })
    if (result.estate && estateAction) {
      // Many accounts or regions: one row per target, then each target.
      return await estateAction.publishEstate({
        run: result.estate.run,
        settings,
        exit: result.exit,
        hub: result.estate.hub,
        auth: result.auth,
        workflowFile: workflowFilePath()
      })
    }
    const { report, enforce } = result
    // Before anything else prints the account id (mask-account-id masks it first).
    const identityLabel = publishIdentity(report, result.auth, settings)
    for (const [name, value] of Object.entries(buildOutputs(report, { sarifFile: settings.sarifFile })))
      core.setOutput(name, value)
    if (enforce) core.setOutput('changes', buildChangesOutput(changesForOutput(enforce.changes)))
    if (settings.fireDrill) core.setOutput('drill', result.drill?.outcome ?? 'skipped')
    // The drill's renderers load only when a drill ran.
    const drillText = result.drill
      ? await import('./report/drill.js').then((m) => ({
          markdown: m.renderDrillMarkdown(result.drill!),
          headline: m.drillHeadline(result.drill!)
        }))
      : undefined

    const workflowFile = workflowFilePath()
    emitAnnotations(buildAnnotations(report, workflowFile, { stepFails: result.exit.fail }))
    // A file that cannot be written is reported, and loses nothing else: the summary is still written, and the step
    // fails for the first such file only when fail-on lets anything fail it.
    const files = stepFileWriter(settings.workspace)
    if (settings.sarifPath) {
      const written = files.write('SARIF file', settings.sarifFile, settings.sarifPath, () => {
        const sarif = buildSarif(result.run.reports, {
          workflowFile: workflowFile ?? 'action.yml',
          toolVersion: VERSION,
          category: settings.sarifCategory
        })
        return `${JSON.stringify(sarif, null, 2)}\n`
      })
      if (written) core.setOutput('sarif-file', settings.sarifPath)
    }
    if (settings.estate.reportPath) {
      const { singleTargetEstate } = await import('./estate/run.js')
      const { renderRunReportFile } = await import('./report/estate-json.js')
      const one = singleTargetEstate(
        result.control,
        mode,
        report,
        result.auth.account,
        enforce,
        settings.enforce.dryRun
      )
      const written = files.write('run report file', settings.estate.reportFile, settings.estate.reportPath, () =>
        renderRunReportFile(one, VERSION)
      )
      if (written) core.setOutput('report-file', settings.estate.reportPath)
    }
    const fileError = files.failure && `Could not write ${files.failure}`
    if (process.env.GITHUB_STEP_SUMMARY) {
      const changesTable = enforce
        ? renderChangesMarkdown({
            ...enforce.plan,
            changes: enforce.changes,
            dryRun: settings.enforce.dryRun,
            applied: enforce.applied,
            error: enforce.error
          })
        : undefined
      const fileNote = fileError ? `\n> ⚠️ ${escapeMarkdownCell(truncate(fileError, 2_000))}\n` : ''
      // The note takes its room from the summary's bound, so the page stays under GitHub's 1 MiB.
      const maxBytes = MAX_SUMMARY_BYTES - Buffer.byteLength(fileNote)
      const drillSection = drillText ? drillText.markdown : undefined
      await core.summary
        .addRaw(renderSummaryMarkdown(report, { mode, identityLabel, changesTable, drillSection }, maxBytes) + fileNote)
        .write()
    }
    // A drill that set the alarm says so on the run's page too: its subscribers received a test notification.
    if (drillText && result.drill?.setAt) core.notice(toLogText(drillText.headline), { title: 'cmk-alarm fire drill' })
    core.info(`cmk-alarm-action: status ${report.status} in ${report.region}`)
    // Notes and the failure message may quote names from AWS: escaped as every other text of the log.
    if (enforce) for (const note of enforce.plan.notes) core.notice(toLogText(note), { title: 'cmk-alarm enforce' })
    if (result.exit.fail) core.setFailed(toLogText(result.exit.message ?? `status ${report.status}`))
    else if (fileError && settings.failOn !== 'never') core.setFailed(toLogText(fileError))
  } catch (error) {
    const message =
      // EstateError (src/estate/targets.ts), by name: that code is loaded only by the runs that use it.
      error instanceof InputError || error instanceof AuthError || (error as Error | undefined)?.name === 'EstateError'
        ? toLogText((error as Error).message)
        : `cmk-alarm-action failed: ${toLogText(describe(error))}`
    core.setFailed(message)
    // The summary page is never left empty: it says why nothing was checked.
    if (process.env.GITHUB_STEP_SUMMARY) {
      await core.summary
        .addRaw(renderFailureSummary(message))
        .write()
        .catch(() => undefined)
    }
  }
}

/** `.github/workflows/x.yml` from GITHUB_WORKFLOW_REF (`owner/repo/.github/workflows/x.yml@ref`). */
export function workflowFilePath(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const ref = env.GITHUB_WORKFLOW_REF
  const match = ref?.match(/^[^/]+\/[^/]+\/(.+?)@/)
  return match?.[1]
}

function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`
  return String(error)
}
