// The action in `mode: iac`: the code's findings as outputs, annotations at the code's file and line, SARIF located in
// the repository, the job summary, and the sticky pull-request comment. No AWS credentials are asked for or used.
import * as core from '@actions/core'
import { pullRequestContext, upsertPrComment } from './github/pr-comment.js'
import { buildAnnotations } from './report/annotations.js'
import { buildOutputs } from './report/outputs.js'
import { renderPrComment } from './report/pr-comment.js'
import { neutralizeWorkflowCommands, toLogText, toSingleLine } from './report/redact.js'
import { emitAnnotations, stepFileWriter } from './action-report.js'
import { buildSarif } from './report/sarif.js'
import { runIac } from './run-iac.js'
import { DEFAULT_SARIF_CATEGORY, type Settings } from './settings.js'
import { VERSION } from './version.js'

export async function runIacStep(settings: Settings, workflowFile: string | undefined): Promise<void> {
  const result = await runIac({ settings, root: settings.workspace })
  const { run, problems } = result
  const findings = run.reports.flatMap((r) => r.findings)

  // Every location's findings in one bounded output (each finding carries its file and line).
  const outputs = buildOutputs(
    {
      control: result.control.id,
      status: run.status,
      compliant: run.status === 'pass',
      region: settings.region,
      chain: [],
      findings,
      securityHub: { prediction: 'unknown', reason: 'Security Hub judges accounts, not code.' }
    },
    { sarifFile: settings.sarifFile }
  )
  for (const name of ['status', 'compliant', 'findings'] as const) core.setOutput(name, outputs[name])

  emitAnnotations(buildAnnotations(run.reports, workflowFile, { stepFails: result.exit.fail }))
  for (const p of problems.slice(0, 10)) {
    core.warning(neutralizeWorkflowCommands(toSingleLine(p.message)), {
      title: 'cmk-alarm: file not read',
      file: p.file,
      startLine: p.line
    })
  }

  // The outputs, annotations and summary are kept when the SARIF file cannot be written; the step fails for it only
  // when fail-on is not never.
  const files = stepFileWriter(settings.workspace)
  if (settings.sarifPath) {
    // One analysis of the repository, located in its files; the default category says so.
    const category =
      settings.sarifCategory === DEFAULT_SARIF_CATEGORY
        ? 'cmk-alarm/iac'
        : settings.sarifCategory.replaceAll('{account}', 'iac').replaceAll('{region}', 'code')
    const written = files.write('SARIF file', settings.sarifFile, settings.sarifPath, () => {
      const sarif = buildSarif(run.reports, {
        workflowFile: workflowFile ?? 'action.yml',
        toolVersion: VERSION,
        category,
        oneRun: true,
        control: result.control
      })
      return `${JSON.stringify(sarif, null, 2)}\n`
    })
    if (written) core.setOutput('sarif-file', settings.sarifPath)
  }
  const fileError = files.failure && `Could not write ${files.failure}`

  const pr = pullRequestContext()
  const runUrl =
    process.env.GITHUB_SERVER_URL && process.env.GITHUB_REPOSITORY && process.env.GITHUB_RUN_ID
      ? `${process.env.GITHUB_SERVER_URL}/${process.env.GITHUB_REPOSITORY}/actions/runs/${process.env.GITHUB_RUN_ID}`
      : undefined
  if (process.env.GITHUB_STEP_SUMMARY) {
    const summary = renderPrComment(run, { control: result.control, sha: pr?.sha, problems, maxChars: 1_000_000 })
    await core.summary.addRaw(summary.slice(summary.indexOf('\n') + 1)).write()
  }
  if (settings.iac.prComment && pr) {
    if (!settings.iac.githubToken) {
      core.notice('No github-token: the pull-request comment was skipped. The job summary has the whole report.')
    } else {
      const body = renderPrComment(run, { control: result.control, sha: pr.sha, runUrl, problems })
      const outcome = await upsertPrComment(pr, body, { token: settings.iac.githubToken })
      core.setOutput('pr-comment', outcome.action)
      if (outcome.action === 'skipped') core.notice(outcome.reason, { title: 'cmk-alarm: pull-request comment' })
      else core.info(`Pull-request comment ${outcome.action}: ${outcome.url}`)
    }
  }
  core.info(`cmk-alarm-action: status ${run.status} in ${run.reports.length} location(s) of code`)
  if (result.exit.fail) core.setFailed(result.exit.message ?? `status ${run.status}`)
  else if (fileError && settings.failOn !== 'never') core.setFailed(toLogText(fileError))
}
