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

export async function run(): Promise<void> {
  try {
    const settings = parseSettings((name) => core.getInput(name))
    if (settings.mode === 'enforce') {
      throw new InputError('mode', 'enforce is not available in this version yet', 'verify')
    }
    const report = await runVerify(settings)
    for (const [name, value] of Object.entries(buildOutputs(report))) core.setOutput(name, value)

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
      await core.summary.addRaw(renderSummaryMarkdown(report, { mode: settings.mode })).write()
    }
    core.info(`cmk-alarm-action: status ${report.status} in ${report.region}`)
    if (shouldFail(report.status, settings.failOn)) {
      core.setFailed(
        report.status === 'fail'
          ? 'The account does not meet CIS AWS 4.7 / Security Hub CloudWatch.7: see the job summary for the fix.'
          : 'The check could not be decided (status manual): see the job summary for what to grant.'
      )
    }
  } catch (error) {
    core.setFailed(error instanceof InputError ? error.message : `cmk-alarm-action failed: ${describe(error)}`)
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
