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

const USAGE = `Usage:
  cmk-alarm verify [--region R] [--log-group-name NAME] [--metric-namespace NS]
                   [--pattern-policy semantic|security-hub] [--sarif-file FILE] [--json]
  cmk-alarm pattern test --pattern P --events FILE [--json]
  cmk-alarm pattern check --pattern P [--json]
  cmk-alarm --version

verify checks CIS AWS 4.7 / Security Hub CloudWatch.7 with the default AWS credential chain
(AWS_PROFILE, AWS_ACCESS_KEY_ID, ...; AWS_ENDPOINT_URL is honoured).
Exit codes: 0 compliant, 1 not compliant, 2 bad usage, 3 could not decide.`

/** Flags that take a value, mapped to the action input they stand for. */
const VERIFY_FLAGS: Record<string, string> = {
  region: 'aws-region',
  'aws-region': 'aws-region',
  'log-group-name': 'log-group-name',
  'metric-namespace': 'metric-namespace',
  'pattern-policy': 'pattern-policy',
  'sarif-file': 'sarif-file'
}

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
      values[name] = value
    } else {
      throw new UsageError(`Unknown flag --${name}.`)
    }
  }
  return { values, flags }
}

async function verify(args: string[]): Promise<number> {
  const { values, flags } = parseFlags(args, new Set(Object.keys(VERIFY_FLAGS)), new Set(['json']))
  const inputs: Record<string, string> = {}
  for (const [flag, value] of Object.entries(values)) inputs[VERIFY_FLAGS[flag]] = value
  const settings = parseSettings((name) => inputs[name] ?? '')
  const report = await runVerify(settings)
  if (settings.sarifFile) {
    const sarif = buildSarif(report, { workflowFile: 'cmk-alarm', toolVersion: VERSION })
    writeFileSync(settings.sarifFile, `${JSON.stringify(sarif, null, 2)}\n`)
  }
  process.stdout.write(flags.has('json') ? `${renderJsonReport(report)}\n` : renderTerminalReport(report, { color: !!process.stdout.isTTY }))
  return report.status === 'pass' ? 0 : report.status === 'fail' ? 1 : 3
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv
  try {
    switch (command) {
      case 'verify':
        return await verify(rest)
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
