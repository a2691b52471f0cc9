#!/usr/bin/env node
// The CLI: `cmk-alarm verify|enforce` runs the action's run (src/run.ts) from a terminal with the default AWS
// credential chain; `cmk-alarm pattern ...` runs the filter-pattern engine. Exit codes: 0 pass, 1 fail, 2 bad usage,
// 3 undecided.
import { writeFileSync } from 'node:fs'
import { InputError, parseSettings } from './settings.js'
import { AwsClients } from './aws/clients.js'
import { run } from './run.js'
import { renderTerminalReport } from './report/terminal.js'
import { renderJsonReport } from './report/json.js'
import { buildSarif } from './report/sarif.js'
import { runPatternCommand } from './cli/pattern-command.js'
import { VERSION } from './version.js'
import type { EnforceResult } from './enforce/index.js'
import { changesForOutput } from './report/changes.js'
import { toSingleLine, neutralizeWorkflowCommands } from './report/redact.js'

const USAGE = `Usage:
  cmk-alarm verify [--region R] [--log-group-name NAME] [--pattern-policy semantic|security-hub]
                   [--fail-on fail|manual|never] [--timeout-seconds S] [--sarif-file FILE]
                   [--sarif-category C] [--metric-filter-name N] [--metric-name N] [--metric-namespace NS]
                   [--alarm-name N] [--sns-topic-name N] [--json]
  cmk-alarm enforce [--dry-run] [the verify flags] [--sns-topic-arn ARN] [--sns-kms-key-id KEY]
                   [--subscription protocol:endpoint]... [--tag key=value]... [--json]
  cmk-alarm pattern test --pattern P --events FILE [--json]
  cmk-alarm pattern check --pattern P [--json]
  cmk-alarm --version

verify checks CIS AWS 4.7 / Security Hub CloudWatch.7 with the default AWS credential chain
(AWS_PROFILE, AWS_ACCESS_KEY_ID, ...; AWS_ENDPOINT_URL is honoured).
enforce creates or repairs the metric filter, SNS topic, subscriptions and alarm, then verifies again
(--dry-run prints the plan and changes nothing).
The flags are the action's inputs, with the same rules; the names are those enforce gives what it creates, and
verify's fix commands use.
Exit codes: 0 compliant, 1 not compliant (or enforce could not change it), 2 bad usage, 3 could not decide.
--fail-on says which of them fail the command: fail (1 only), manual (1 and 3; the CLI's default), never (always 0).`

/** Flags that take a value, mapped to the action input they stand for. */
const VERIFY_FLAGS: Record<string, string> = {
  region: 'aws-region',
  'aws-region': 'aws-region',
  'log-group-name': 'log-group-name',
  'pattern-policy': 'pattern-policy',
  'fail-on': 'fail-on',
  'timeout-seconds': 'timeout-seconds',
  'sarif-file': 'sarif-file',
  'sarif-category': 'sarif-category',
  'metric-filter-name': 'metric-filter-name',
  'metric-name': 'metric-name',
  'metric-namespace': 'metric-namespace',
  'alarm-name': 'alarm-name',
  'sns-topic-name': 'sns-topic-name'
}

/** Enforce's flags with a value; --subscription and --tag may be repeated (one line each of the action input). */
const ENFORCE_FLAGS: Record<string, string> = {
  ...VERIFY_FLAGS,
  'sns-topic-arn': 'sns-topic-arn',
  'sns-kms-key-id': 'sns-kms-key-id',
  subscription: 'subscriptions',
  tag: 'tags'
}
const REPEATABLE = new Set(['subscription', 'tag'])

export class UsageError extends Error {}

export function parseFlags(args: string[], valued: Set<string>, booleans: Set<string>) {
  const values: Record<string, string> = {}
  const flags = new Set<string>()
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]
    if (!arg.startsWith('--')) throw new UsageError(`Unexpected argument ${JSON.stringify(arg)}.`)
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2)
    if (booleans.has(name) && inline === undefined) {
      flags.add(name)
    } else if (valued.has(name)) {
      const value = inline ?? args[++i]
      if (value === undefined) throw new UsageError(`--${name} needs a value.`)
      values[name] = REPEATABLE.has(name) && values[name] !== undefined ? `${values[name]}\n${value}` : value
    } else {
      throw new UsageError(`Unknown flag --${name}.`)
    }
  }
  return { values, flags }
}

async function verify(args: string[], mode: 'verify' | 'enforce'): Promise<number> {
  const flagMap = mode === 'enforce' ? ENFORCE_FLAGS : VERIFY_FLAGS
  const { values, flags } = parseFlags(
    args,
    new Set(Object.keys(flagMap)),
    new Set(mode === 'enforce' ? ['json', 'dry-run'] : ['json'])
  )
  // The CLI fails on `manual` by default, so a script can tell all three outcomes apart by the exit code.
  const inputs: Record<string, string> = { 'fail-on': 'manual', 'dry-run': String(flags.has('dry-run')) }
  for (const [flag, value] of Object.entries(values)) inputs[flagMap[flag]] = value
  const settings = parseSettings((name) => inputs[name] ?? '')
  const result = await run(
    { mode, settings },
    { authenticate: async (_settings, budget) => ({ clients: new AwsClients({ budget }), method: 'default' }) }
  )
  const { report, enforce: enforced } = result
  if (settings.sarifFile) {
    const sarif = buildSarif(result.run.reports, {
      workflowFile: 'cmk-alarm',
      toolVersion: VERSION,
      category: settings.sarifCategory
    })
    writeFileSync(settings.sarifFile, `${JSON.stringify(sarif, null, 2)}\n`)
  }
  if (flags.has('json')) {
    const json = JSON.parse(renderJsonReport(report)) as Record<string, unknown>
    if (enforced)
      Object.assign(json, {
        changes: changesForOutput(enforced.changes),
        blockers: enforced.plan.blockers,
        notes: enforced.plan.notes,
        error: enforced.error ?? null
      })
    process.stdout.write(`${JSON.stringify(json, null, 2)}\n`)
  } else {
    if (enforced) process.stdout.write(renderChangesText(enforced, settings.enforce.dryRun))
    process.stdout.write(renderTerminalReport(report, { color: !!process.stdout.isTTY }))
  }
  return result.exit.code
}

function renderChangesText(result: EnforceResult, dryRun: boolean): string {
  const lines: string[] = []
  for (const b of result.plan.blockers) lines.push(`Nothing was changed: ${b}`)
  if (result.changes.length > 0)
    lines.push(dryRun ? 'Plan (dry run: nothing was changed):' : result.applied ? 'Changes made:' : 'Plan:')
  for (const c of changesForOutput(result.changes)) lines.push(`  ${c.action.padEnd(6)} ${c.type.padEnd(13)} ${c.name}`)
  if (result.error) lines.push(`Stopped: ${result.error}`)
  for (const n of result.plan.notes) lines.push(`Note: ${n}`)
  return lines.length ? `${neutralizeWorkflowCommands(lines.map(toSingleLine).join('\n'))}\n\n` : ''
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv
  try {
    switch (command) {
      case 'verify':
      case 'enforce':
        return await verify(rest, command)
      case 'pattern':
        return await runPatternCommand(rest, {
          stdout: (s) => process.stdout.write(s),
          stderr: (s) => process.stderr.write(s)
        })
      case '--version':
        process.stdout.write(`${VERSION}\n`)
        return 0
      case undefined:
      case '--help':
      case 'help':
        process.stdout.write(`${USAGE}\n`)
        return command === undefined ? 2 : 0
      default:
        throw new UsageError(`Unknown command ${JSON.stringify(command)}.`)
    }
  } catch (error) {
    if (error instanceof UsageError || error instanceof InputError) {
      process.stderr.write(`cmk-alarm: ${error.message}\n\n${USAGE}\n`)
      return 2
    }
    process.stderr.write(`cmk-alarm: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}\n`)
    return 3
  }
}

process.exitCode = await main(process.argv.slice(2))
