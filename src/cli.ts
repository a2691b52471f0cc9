#!/usr/bin/env node
// The CLI: `cmk-alarm verify` runs the action's engine from a terminal with the default AWS credential chain;
// `cmk-alarm pattern ...` runs the filter-pattern engine. Exit codes: 0 pass, 1 fail, 2 bad usage, 3 undecided.
import { writeFileSync } from 'node:fs'
import { InputError, parseSettings } from './settings.js'
import { runVerify } from './engine.js'
import { renderTerminalReport } from './report/terminal.js'
import { renderJsonReport } from './report/json.js'
import { buildSarif } from './report/sarif.js'
import { runPatternCommand } from './cli/pattern-command.js'
import { VERSION } from './version.js'
import { AwsClients } from './aws/clients.js'
import { parseEnforceSettings } from './enforce/settings.js'
import { runEnforce, type EnforceResult } from './enforce/index.js'
import { changesForOutput } from './report/changes.js'
import { toSingleLine, neutralizeWorkflowCommands } from './report/redact.js'

const USAGE = `Usage:
  cmk-alarm verify [--region R] [--log-group-name NAME] [--metric-namespace NS]
                   [--pattern-policy semantic|security-hub] [--sarif-file FILE] [--json]
  cmk-alarm enforce [--dry-run] [the verify flags] [--metric-filter-name N] [--metric-name N]
                   [--alarm-name N] [--sns-topic-name N | --sns-topic-arn ARN] [--sns-kms-key-id KEY]
                   [--subscription protocol:endpoint]... [--tag key=value]... [--json]
  cmk-alarm pattern test --pattern P --events FILE [--json]
  cmk-alarm pattern check --pattern P [--json]
  cmk-alarm --version

verify checks CIS AWS 4.7 / Security Hub CloudWatch.7 with the default AWS credential chain
(AWS_PROFILE, AWS_ACCESS_KEY_ID, ...; AWS_ENDPOINT_URL is honoured).
enforce creates or repairs the metric filter, SNS topic, subscriptions and alarm, then verifies again
(--dry-run prints the plan and changes nothing).
Exit codes: 0 compliant, 1 not compliant (or enforce could not change it), 2 bad usage, 3 could not decide.`

/** Flags that take a value, mapped to the action input they stand for. */
const VERIFY_FLAGS: Record<string, string> = {
  region: 'aws-region',
  'aws-region': 'aws-region',
  'log-group-name': 'log-group-name',
  'metric-namespace': 'metric-namespace',
  'pattern-policy': 'pattern-policy',
  'sarif-file': 'sarif-file'
}

/** Enforce's flags with a value; --subscription and --tag may be repeated (one line each of the action input). */
const ENFORCE_FLAGS: Record<string, string> = {
  ...VERIFY_FLAGS,
  'metric-filter-name': 'metric-filter-name',
  'metric-name': 'metric-name',
  'alarm-name': 'alarm-name',
  'sns-topic-name': 'sns-topic-name',
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
  const inputs: Record<string, string> = { mode, 'dry-run': String(flags.has('dry-run')) }
  for (const [flag, value] of Object.entries(values)) inputs[flagMap[flag]] = value
  const get = (name: string) => inputs[name] ?? ''
  const settings = parseSettings(get)
  const enforceSettings = parseEnforceSettings(get)
  const clients = new AwsClients()
  const enforced = mode === 'enforce' ? await runEnforce(settings, enforceSettings, clients) : undefined
  const report = enforced?.report ?? (await runVerify(settings, clients))
  if (settings.sarifFile) {
    const sarif = buildSarif(report, { workflowFile: 'cmk-alarm', toolVersion: VERSION })
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
    if (enforced) process.stdout.write(renderChangesText(enforced, enforceSettings.dryRun))
    process.stdout.write(renderTerminalReport(report, { color: !!process.stdout.isTTY }))
  }
  if (enforced && (enforced.plan.blockers.length > 0 || enforced.error)) return 1
  if (enforced && enforceSettings.dryRun) return 0
  return report.status === 'pass' ? 0 : report.status === 'fail' ? 1 : 3
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
