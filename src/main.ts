// The action: inputs → verify → outputs, job summary, annotations and SARIF. Errors become one clear failure
// message, never a stack trace.
import * as core from '@actions/core'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { InputError, parseSettings } from './settings.js'
import { runVerify, shouldFail } from './engine.js'
import { renderSummaryMarkdown } from './report/summary.js'
import { buildAnnotations } from './report/annotations.js'
import { buildSarif } from './report/sarif.js'
import { buildOutputs } from './report/outputs.js'
import { VERSION } from './version.js'
import { parseEnforceSettings } from './enforce/settings.js'
import { runEnforce } from './enforce/index.js'
import { changesForOutput, renderChangesMarkdown } from './report/changes.js'
import { AuthError, authenticate, publishIdentity } from './auth/index.js'
import { startTimeBudget } from './aws/clients.js'

export async function run(): Promise<void> {
  try {
    const get = (name: string) => core.getInput(name)
    const settings = parseSettings(get)
    startTimeBudget(settings.timeoutSeconds)
    // Enforce's inputs are validated in every mode, so a typo fails before any AWS call.
    const enforceSettings = parseEnforceSettings(get)
    const auth = await authenticate(settings)
    const enforced = settings.mode === 'enforce' ? await runEnforce(settings, enforceSettings, auth.clients) : undefined
    const report = enforced?.report ?? (await runVerify(settings, auth.clients))
    // Before anything else prints the account id (mask-account-id masks it first).
    const identityLabel = publishIdentity(report, auth, settings)
    for (const [name, value] of Object.entries(buildOutputs(report))) core.setOutput(name, value)
    if (enforced) core.setOutput('changes', JSON.stringify(changesForOutput(enforced.changes)))

    const workflowFile = workflowFilePath()
    for (const a of buildAnnotations(report, workflowFile)) {
      const props = { title: a.title, file: a.file }
      if (a.level === 'error') core.error(a.message, props)
      else if (a.level === 'warning') core.warning(a.message, props)
      else core.notice(a.message, props)
    }
    if (settings.sarifFile) {
      const target = path.resolve(process.env.GITHUB_WORKSPACE ?? process.cwd(), settings.sarifFile)
      mkdirSync(path.dirname(target), { recursive: true })
      const sarif = buildSarif(report, { workflowFile: workflowFile ?? 'action.yml', toolVersion: VERSION })
      writeFileSync(target, `${JSON.stringify(sarif, null, 2)}\n`)
      core.setOutput('sarif-file', target)
    }
    if (process.env.GITHUB_STEP_SUMMARY) {
      const changesTable = enforced
        ? renderChangesMarkdown({
            ...enforced.plan,
            changes: enforced.changes,
            dryRun: enforceSettings.dryRun,
            applied: enforced.applied,
            error: enforced.error
          })
        : undefined
      await core.summary
        .addRaw(renderSummaryMarkdown(report, { mode: settings.mode, identityLabel, changesTable }))
        .write()
    }
    core.info(`cmk-alarm-action: status ${report.status} in ${report.region}`)
    if (enforced) {
      for (const note of enforced.plan.notes) core.notice(note, { title: 'cmk-alarm enforce' })
      if (enforced.plan.blockers.length > 0) {
        core.setFailed(`Enforce changed nothing: ${enforced.plan.blockers.join(' ')}`)
        return
      }
      if (enforced.error) {
        core.setFailed(`Enforce ${enforced.error}`)
        return
      }
      if (enforceSettings.dryRun) return // a plan only: the status above is the account as it is now
    }
    if (shouldFail(report.status, settings.failOn)) {
      core.setFailed(
        report.status === 'fail'
          ? 'The account does not meet CIS AWS 4.7 / Security Hub CloudWatch.7: see the job summary for the fix.'
          : 'The check could not be decided (status manual): see the job summary for what to grant.'
      )
    }
  } catch (error) {
    core.setFailed(
      error instanceof InputError || error instanceof AuthError
        ? error.message
        : `cmk-alarm-action failed: ${describe(error)}`
    )
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
