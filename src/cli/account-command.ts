// `cmk-alarm verify|enforce|drill`: the action's run (src/run.ts) from a terminal, with the default AWS credential chain
// (or --profile) and the action's inputs as flags; `drill` is verify with `fire-drill: true`. Loaded only for these
// commands: the AWS SDK never loads for `--version`, `--help` or `pattern`.
import { defaultProvider } from '@aws-sdk/credential-provider-node'
import { defaultChainCredentials } from '../auth/default-chain.js'
import { AwsClients, type RequestLog } from '../aws/clients.js'
import type { EnforceResult } from '../enforce/index.js'
import { changesForOutput } from '../report/changes.js'
import { renderJsonReport, stringifyForLog } from '../report/json.js'
import { outputFileWriter } from '../output-file.js'
import { neutralizeWorkflowCommands, toLogLine, toLogText, toSingleLine } from '../report/redact.js'
import { buildSarif } from '../report/sarif.js'
import { renderTerminalReport } from '../report/terminal.js'
import { run } from '../run.js'
import { parseSettings, type Mode } from '../settings.js'
import { VERSION } from '../version.js'
import { singleTargetEstate } from '../estate/run.js'
import { renderRunReportFile } from '../report/estate-json.js'
import { renderEstatePlanText } from '../report/estate.js'
import { renderEstate } from './estate-render.js'
import { COMMON_FLAGS, flagHelp, inFlagTerms, parseFlags, UsageError, type FlagSpec } from './flags.js'

export interface CommandIo {
  stdout: (s: string) => void
  stderr: (s: string) => void
  env: NodeJS.ProcessEnv
  isTty: boolean
}

/** Flags that stand for an action input (same name unless `input` says otherwise), then the CLI's own. */
const INPUT_FLAGS: FlagSpec[] = [
  {
    name: 'region',
    aliases: ['aws-region'],
    value: 'REGION',
    input: 'aws-region',
    help: 'the region to check (default AWS_REGION)'
  },
  { name: 'log-group-name', value: 'NAME', help: 'only follow trails that deliver to this log group' },
  COMMON_FLAGS.patternPolicy,
  COMMON_FLAGS.failOn,
  COMMON_FLAGS.timeoutSeconds,
  { name: 'sarif-file', value: 'FILE', help: 'write SARIF 2.1.0 here' },
  { name: 'sarif-category', value: 'C', help: 'SARIF category; {account} and {region} are filled in' },
  { name: 'metric-filter-name', value: 'N', help: 'the filter enforce creates (and fix commands name)' },
  { name: 'metric-name', value: 'N', help: 'the metric that filter publishes' },
  { name: 'metric-namespace', value: 'NS', help: 'its namespace (default CISBenchmark)' },
  { name: 'alarm-name', value: 'N', help: 'the alarm enforce creates or repairs' },
  { name: 'sns-topic-name', value: 'N', help: 'the topic enforce finds or creates' },
  { name: 'accounts', value: 'ID,ID...', help: 'check these accounts, assuming --member-role in each' },
  { name: 'regions', value: 'R,R...', help: 'check these regions (default --region)' },
  { name: 'member-role', value: 'ROLE', help: 'a role name, or an ARN template with {account}' },
  { name: 'max-concurrency', value: 'N', help: 'accounts × regions checked at once, 1-256 (default 20)' },
  { name: 'report-file', value: 'FILE', help: 'write the whole run report (JSON) here, for cmk-alarm merge' }
]
const ENFORCE_FLAGS: FlagSpec[] = [
  { name: 'dry-run', help: 'print the plan and change nothing' },
  { name: 'sns-topic-arn', value: 'ARN', help: 'an existing topic to notify instead' },
  { name: 'sns-kms-key-id', value: 'KEY', help: 'customer managed key for a topic enforce creates' },
  {
    name: 'subscription',
    value: 'PROTOCOL:ENDPOINT',
    repeatable: true,
    input: 'subscriptions',
    help: 'a subscription to add when missing'
  },
  { name: 'tag', value: 'KEY=VALUE', repeatable: true, input: 'tags', help: 'a tag for what enforce creates' }
]
/** Switches that stand for a boolean input. */
const SWITCH_INPUTS: FlagSpec[] = [
  { name: 'cross-check', help: "also ask AWS's own filter evaluator (logs:TestMetricFilter) about the pattern" }
]
const CLI_FLAGS: FlagSpec[] = [
  { name: 'organization', help: 'check every ACTIVE account of the organization, assuming --member-role in each' },
  COMMON_FLAGS.profile,
  COMMON_FLAGS.endpointUrl,
  COMMON_FLAGS.output,
  COMMON_FLAGS.json,
  COMMON_FLAGS.noColor,
  { name: 'debug', help: 'print every AWS request (service, operation, status, time) to stderr' },
  COMMON_FLAGS.help
]

/** The commands that run against an account: verify, enforce, and drill (verify, then the fire drill). */
export type AccountCommand = Exclude<Mode, 'iac'> | 'drill'

function flagsOf(command: AccountCommand): FlagSpec[] {
  return [...INPUT_FLAGS, ...(command === 'enforce' ? ENFORCE_FLAGS : []), ...SWITCH_INPUTS, ...CLI_FLAGS]
}

const WHAT: Record<AccountCommand, string[]> = {
  verify: [
    'Checks the account in one region, read-only, with the default AWS credential chain (or --profile); with',
    '--accounts or --organization, every account × region, assuming --member-role in each (sts:AssumeRole).'
  ],
  enforce: ['Creates or repairs the metric filter, SNS topic, subscriptions and alarm, then verifies again.'],
  drill: [
    'Proves delivery: verifies the account, then sets the alarm of the passing chain to ALARM, so its subscribers receive a',
    'TEST notification, waits for CloudWatch to record the SNS notification in the alarm history (within the time',
    'budget), and sets the alarm back to its previous state. It changes nothing else, and never touches an alarm that',
    'is already in ALARM. Needs cloudwatch:SetAlarmState and cloudwatch:DescribeAlarmHistory (policies/drill.json).'
  ]
}

export function accountCommandHelp(command: AccountCommand): string {
  const exits =
    command === 'drill'
      ? [
          'Exit codes: 0 compliant and the test notification delivered, 1 not compliant or the notification failed,',
          '2 bad usage, 3 could not decide (the notification not recorded in time, or the drill refused);'
        ]
      : ['Exit codes: 0 compliant, 1 not compliant (or enforce could not change it), 2 bad usage, 3 could not decide;']
  return [
    `Usage: cmk-alarm ${command} [flags]`,
    '',
    ...WHAT[command],
    "The flags are the action's inputs, with the same rules and the same run (time budget, verdict, fail-on).",
    '',
    flagHelp(flagsOf(command)),
    '',
    ...exits,
    '--fail-on says which fail the command: fail (1 only), manual (1 and 3; the default), never (always 0).'
  ].join('\n')
}

export async function runAccountCommand(command: AccountCommand, args: string[], io: CommandIo): Promise<number> {
  const mode: Mode = command === 'drill' ? 'verify' : command
  const specs = flagsOf(command)
  const { values, switches } = parseFlags(args, specs)
  if (switches.has('help')) {
    io.stdout(`${accountCommandHelp(command)}\n`)
    return 0
  }
  const output = values.get('output')?.[0] ?? (switches.has('json') ? 'json' : 'text')
  if (output !== 'text' && output !== 'json')
    throw new UsageError(`--output must be text or json (got ${JSON.stringify(output)}).`)
  if (switches.has('json') && values.get('output')?.[0] === 'text')
    throw new UsageError('--json and --output text disagree.')
  const endpoint = values.get('endpoint-url')?.[0]
  if (endpoint !== undefined && !/^https?:\/\/[^\s/]+/.test(endpoint)) {
    throw new UsageError(`--endpoint-url must be an http(s) URL (got ${JSON.stringify(endpoint)}).`)
  }

  // The CLI fails on `manual` by default, so a script can tell all three outcomes apart by the exit code.
  const inputs: Record<string, string> = {
    'fail-on': 'manual',
    'dry-run': String(switches.has('dry-run')),
    organization: String(switches.has('organization')),
    'cross-check': String(switches.has('cross-check')),
    'fire-drill': String(command === 'drill')
  }
  for (const spec of [...INPUT_FLAGS, ...ENFORCE_FLAGS]) {
    const given = values.get(spec.name)
    if (given) inputs[spec.input ?? spec.name] = given.join('\n')
  }
  // Files are written relative to, and inside, the current directory.
  const settings = inFlagTerms(specs, () =>
    parseSettings((name) => inputs[name] ?? '', io.env, { workspace: process.cwd() })
  )
  const debug: RequestLog | undefined = switches.has('debug')
    ? (r) =>
        io.stderr(
          `${toLogLine(`[debug] ${r.service} ${r.operation} ${r.region}: ${r.status ?? r.error ?? '?'} in ${r.ms} ms${r.attempts > 1 ? ` (${r.attempts} attempts)` : ''}`)}\n`
        )
    : undefined
  const result = await run(
    { mode, settings },
    {
      authenticate: async (_settings, budget) => {
        // Resolved once, before any read: no credentials at all fails the command (AuthError), never "manual".
        const profile = values.get('profile')?.[0]
        const credentials = await defaultChainCredentials(budget, io.env, defaultProvider(profile ? { profile } : {}))
        return {
          clients: new AwsClients({ budget, profile, endpoint, onRequest: debug, credentials }),
          method: 'default'
        }
      },
      // The whole plan before enforce applies it over many accounts, on stderr: --json keeps stdout one document.
      estate: { onPlan: (plan) => io.stderr(`${renderEstatePlanText(plan)}\n\n`) }
    }
  )
  const color = io.isTty && !io.env.NO_COLOR && !switches.has('no-color')
  if (result.estate) {
    // Many accounts or regions: one line per target, then each that did not pass (src/cli/estate-command.ts).
    const failed = renderEstate(result.estate.run, settings, output, color, io)
    return failed && result.exit.code === 0 && settings.failOn !== 'never' ? 3 : result.exit.code
  }
  const { report, enforce } = result
  // A file that cannot be written is reported; the report itself is still printed below.
  const files = outputFileWriter(settings.workspace, (failure) =>
    io.stderr(`cmk-alarm: ${toLogText(`could not write ${failure}`)}\n`)
  )
  if (settings.sarifPath) {
    files.write('SARIF file', settings.sarifFile, settings.sarifPath, () => {
      const sarif = buildSarif(result.run.reports, {
        workflowFile: 'cmk-alarm',
        toolVersion: VERSION,
        category: settings.sarifCategory
      })
      return `${JSON.stringify(sarif, null, 2)}\n`
    })
  }
  if (settings.estate.reportPath) {
    // A run report of this one account, which cmk-alarm merge reads with the others.
    files.write('run report file', settings.estate.reportFile, settings.estate.reportPath, () =>
      renderRunReportFile(
        singleTargetEstate(result.control, mode === 'enforce' ? 'enforce' : 'verify', report, undefined, enforce),
        VERSION
      )
    )
  }
  if (output === 'json') {
    const json = JSON.parse(renderJsonReport(report)) as Record<string, unknown>
    if (result.drill) json.drill = (await import('../report/drill.js')).drillToJson(result.drill)
    if (enforce) {
      Object.assign(json, {
        changes: changesForOutput(enforce.changes),
        blockers: enforce.plan.blockers,
        notes: enforce.plan.notes,
        error: enforce.error ?? null
      })
    }
    // Escaped as the report's own JSON is: no raw control character, no `##[`, whatever the names hold.
    io.stdout(`${stringifyForLog(json, 2)}\n`)
  } else {
    // NO_COLOR (https://no-color.org): any non-empty value turns colours off (color, above).
    if (enforce) io.stdout(renderChangesText(enforce, settings.enforce.dryRun))
    // First, so nobody misses it: what the drill did to the alarm, and who received a test notification.
    if (result.drill) io.stdout(`${(await import('../report/drill.js')).renderDrillText(result.drill)}\n`)
    io.stdout(renderTerminalReport(report, { color }))
  }
  // A SARIF file that was asked for and not written fails the command (exit 3) unless --fail-on never.
  return files.failure !== undefined && result.exit.code === 0 && settings.failOn !== 'never' ? 3 : result.exit.code
}

function renderChangesText(result: EnforceResult, dryRun: boolean): string {
  const lines: string[] = []
  for (const b of result.plan.blockers) lines.push(`Nothing was changed: ${b}`)
  const changed = result.changes.some((c) => c.action !== 'noop')
  if (result.changes.length > 0) {
    lines.push(
      dryRun
        ? 'Plan (dry run: nothing was changed):'
        : !changed
          ? 'Nothing to change: every resource of the chain is as it should be.'
          : result.applied
            ? 'Changes made:'
            : 'Plan:'
    )
  }
  for (const c of changesForOutput(result.changes)) lines.push(`  ${c.action.padEnd(6)} ${c.type.padEnd(13)} ${c.name}`)
  if (result.error) lines.push(`Stopped: ${result.error}`)
  for (const n of result.plan.notes) lines.push(`Note: ${n}`)
  return lines.length ? `${neutralizeWorkflowCommands(lines.map(toSingleLine).join('\n'))}\n\n` : ''
}
