#!/usr/bin/env node
// The CLI's entry: reads the command and loads only what it needs (`--version` and `--help` load nothing, `pattern`
// loads the filter-pattern engine, `verify`, `enforce` and `drill` the AWS engine). Exit codes: 0 pass, 1 fail, 2 bad usage,
// 3 undecided.
import { closest, UsageError } from './cli/flags.js'
import { InputError } from './input-rules.js'
import { AuthError } from './auth/errors.js'
import { VERSION } from './version.js'
import { exitWhenDone } from './exit.js'
import { toLogText } from './report/redact.js'

const USAGE = `Usage: cmk-alarm <command> [flags]

Commands:
  verify             check the account in one region (read-only)
  enforce            create or repair the metric filter, topic, subscriptions and alarm, then verify again
  drill              verify, then prove delivery: set the alarm to ALARM (subscribers get a TEST notification),
                     watch CloudWatch record it, and set the alarm back
  iac [PATH...]      judge Terraform, plans, CloudFormation or CDK before deploy (no AWS credentials)
  merge REPORT...    merge run reports (--report-file, one per matrix job) into one run over every account
  matrix             print the accounts in chunks as a GitHub Actions matrix
  pattern check      judge a CloudWatch Logs filter pattern against the control
  pattern test       run a filter pattern over log events (a JSON array, JSON lines or a CloudTrail file)

  cmk-alarm <command> --help    the command's flags
  cmk-alarm --version

The control is CIS AWS 4.7 / Security Hub CloudWatch.7: a metric filter and alarm for KMS keys that are disabled or
scheduled for deletion. verify and enforce use the default AWS credential chain (AWS_PROFILE, AWS_ACCESS_KEY_ID, ...;
or --profile) and honour AWS_ENDPOINT_URL (or --endpoint-url).
Exit codes: 0 compliant, 1 not compliant (or enforce could not change it), 2 bad usage, 3 could not decide.`

const COMMANDS = ['verify', 'enforce', 'drill', 'iac', 'merge', 'matrix', 'pattern', 'help']

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv
  const stdout = (s: string) => void process.stdout.write(s)
  const stderr = (s: string) => void process.stderr.write(s)
  try {
    switch (command) {
      case 'verify':
      case 'enforce':
      case 'drill': {
        const { runAccountCommand } = await import('./cli/account-command.js')
        return await runAccountCommand(command, rest, {
          stdout,
          stderr,
          env: process.env,
          isTty: !!process.stdout.isTTY
        })
      }
      case 'iac': {
        const { runIacCommand } = await import('./cli/iac-command.js')
        return await runIacCommand(rest, { stdout, stderr, env: process.env, isTty: !!process.stdout.isTTY })
      }
      case 'merge':
      case 'matrix': {
        const { runMergeCommand, runMatrixCommand } = await import('./cli/estate-command.js')
        const io = { stdout, stderr, env: process.env, isTty: !!process.stdout.isTTY }
        return await (command === 'merge' ? runMergeCommand(rest, io) : runMatrixCommand(rest, io))
      }
      case 'pattern': {
        const { runPatternCommand } = await import('./cli/pattern-command.js')
        return await runPatternCommand(rest, { stdout, stderr })
      }
      case '--version':
      case '-v':
        stdout(`${VERSION}\n`)
        return 0
      case '--help':
      case '-h':
      case 'help':
        stdout(`${USAGE}\n`)
        return 0
      case undefined:
        stderr(`${USAGE}\n`)
        return 2
      default: {
        const near = closest(command.replace(/^-+/, ''), COMMANDS)
        throw new UsageError(`Unknown command ${JSON.stringify(command)}.${near ? ` Did you mean ${near}?` : ''}`)
      }
    }
  } catch (error) {
    if (error instanceof AuthError) {
      // No credentials is never "could not decide": the command fails (exit 1), whatever --fail-on says.
      stderr(`cmk-alarm: ${error.message}\n`)
      return 1
    }
    if (error instanceof UsageError || error instanceof InputError) {
      const usage =
        command === 'verify' ||
        command === 'enforce' ||
        command === 'drill' ||
        command === 'iac' ||
        command === 'merge' ||
        command === 'matrix'
          ? `Usage: cmk-alarm ${command} [flags]    (cmk-alarm ${command} --help lists them)`
          : USAGE
      // Escaped: a message may quote a value, or (below) an error may quote AWS.
      stderr(`cmk-alarm: ${toLogText(error.message)}\n\n${usage}\n`)
      return 2
    }
    if (error instanceof Error && error.name === 'EstateError') {
      // A run over many accounts that could not start (e.g. the organization's accounts could not be listed).
      stderr(`cmk-alarm: ${toLogText(error.message)}\n`)
      return 3
    }
    stderr(`cmk-alarm: ${toLogText(error instanceof Error ? `${error.name}: ${error.message}` : String(error))}\n`)
    return 3
  }
}

process.exitCode = await main(process.argv.slice(2))
exitWhenDone()
