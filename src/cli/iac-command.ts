// `cmk-alarm iac [PATH...]`: judge infrastructure code (Terraform, plans, CloudFormation, CDK) before it is deployed,
// with the same judges and finding ids as `verify`, and where each finding is in the code. No AWS credentials.
import path from 'node:path'

import { findingToJson, stringifyForLog, toJsonReport } from '../report/json.js'
import { renderTerminalReport } from '../report/terminal.js'
import { neutralizeWorkflowCommands, toSingleLine } from '../report/redact.js'
import { describeLocation } from '../report/pr-comment.js'
import { buildSarif } from '../report/sarif.js'
import { runIac } from '../run-iac.js'
import { parseSettings } from '../settings.js'
import { writeOutputFile } from '../output-file.js'
import { VERSION } from '../version.js'
import type { CommandIo } from './account-command.js'
import { COMMON_FLAGS, flagHelp, inFlagTerms, parseFlags, UsageError, type FlagSpec } from './flags.js'

const FLAGS: FlagSpec[] = [
  {
    name: 'root',
    value: 'DIR',
    help: 'the repository the paths are in, and none may leave (default the current folder)'
  },
  COMMON_FLAGS.patternPolicy,
  COMMON_FLAGS.failOn,
  { name: 'region', input: 'aws-region', value: 'REGION', help: 'the region to name where the code does not say' },
  { name: 'sarif-file', value: 'FILE', help: 'write SARIF 2.1.0 here, located in the code' },
  COMMON_FLAGS.output,
  COMMON_FLAGS.json,
  COMMON_FLAGS.noColor,
  COMMON_FLAGS.help
]

export function iacCommandHelp(): string {
  return [
    'Usage: cmk-alarm iac [PATH...] [flags]',
    '',
    'Judges infrastructure code before it is deployed: Terraform folders, `terraform show -json` plans, CloudFormation',
    'templates (YAML or JSON) and CDK synth output (cdk.out). PATH is a file, a folder or a glob (default: the current',
    'folder). No AWS credentials are needed and no AWS request is made.',
    '',
    flagHelp(FLAGS),
    '',
    'Exit codes: 0 met, 1 not met, 2 bad usage, 3 could not decide; --fail-on as for verify (default manual).'
  ].join('\n')
}

export async function runIacCommand(args: string[], io: CommandIo): Promise<number> {
  const { positionals, values, switches } = parseFlags(args, FLAGS, { positionals: true })
  if (switches.has('help')) {
    io.stdout(`${iacCommandHelp()}\n`)
    return 0
  }
  const output = values.get('output')?.[0] ?? (switches.has('json') ? 'json' : 'text')
  if (output !== 'text' && output !== 'json')
    throw new UsageError(`--output must be text or json (got ${JSON.stringify(output)}).`)
  const root = path.resolve(values.get('root')?.[0] ?? process.cwd())
  // Paths may be given as the shell completes them (absolute, or relative to here); the rules want them in the root.
  const paths = positionals.map((p) => path.relative(root, path.resolve(p)) || '.')
  const inputs: Record<string, string> = {
    'fail-on': values.get('fail-on')?.[0] ?? 'manual',
    paths: paths.join('\n'),
    'pattern-policy': values.get('pattern-policy')?.[0] ?? '',
    'aws-region': values.get('region')?.[0] ?? '',
    'sarif-file': values.get('sarif-file')?.[0] ?? ''
  }
  const settings = inFlagTerms(FLAGS, () =>
    parseSettings(
      (name) => inputs[name] ?? '',
      { ...io.env, AWS_REGION: '', AWS_DEFAULT_REGION: '' },
      { mode: 'iac', workspace: root }
    )
  )
  const result = await runIac({ settings, root })
  const { run, problems } = result
  if (settings.sarifPath) {
    const sarif = buildSarif(run.reports, {
      workflowFile: 'cmk-alarm',
      toolVersion: VERSION,
      category: 'cmk-alarm/iac',
      oneRun: true
    })
    writeOutputFile(settings.sarifPath, settings.workspace, `${JSON.stringify(sarif, null, 2)}\n`)
  }
  if (output === 'json') {
    const findings = run.reports.flatMap((r) => r.findings)
    io.stdout(
      `${stringifyForLog(
        {
          status: run.status,
          compliant: run.status === 'pass',
          findings: findings.map(findingToJson),
          reports: run.reports.map(toJsonReport),
          problems
        },
        2
      )}\n`
    )
  } else {
    const color = io.isTty && !io.env.NO_COLOR && !switches.has('no-color')
    if (run.reports.length === 0)
      io.stdout(`No code of the control's resources was found in ${settings.iac.paths.join(', ')}.\n`)
    for (const report of run.reports) {
      const source =
        report.source && report.source.kind !== 'account' ? `${report.source.path} (${report.source.kind})` : ''
      io.stdout(`${neutralizeWorkflowCommands(`== ${toSingleLine(source)}`)}\n`)
      io.stdout(renderTerminalReport(report, { color }))
      const located = report.findings.filter((f) => f.status !== 'pass' && f.location)
      for (const f of located) {
        io.stdout(
          neutralizeWorkflowCommands(`  ${f.id}: ${toSingleLine(describeLocation(f.location).replace(/`/g, ''))}\n`)
        )
      }
      io.stdout('\n')
    }
    for (const p of problems)
      io.stdout(
        neutralizeWorkflowCommands(
          `Not read: ${toSingleLine(p.file)}${p.line ? `:${p.line}` : ''}: ${toSingleLine(p.message)}\n`
        )
      )
  }

  return result.exit.code
}
