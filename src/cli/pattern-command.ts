// `cmk-alarm pattern test|check ...`: runs the filter-pattern engine from the command line.
// Exit codes: 0 ok (check: covers), 1 check: valid but does not cover, 2 invalid pattern or bad usage.
import {
  compile,
  judgePattern,
  parse,
  PatternSyntaxError,
  type FilterPattern,
  type PreparedEvent
} from '../pattern/index.js'
import { EventFileError, readEventFile, type EventFileFormat } from '../pattern/event-file.js'
import { DEFAULT_CONTROL } from '../controls/index.js'

export interface CommandIo {
  stdout: (s: string) => void
  stderr: (s: string) => void
}

const USAGE = `Usage:
  cmk-alarm pattern test  --pattern P --events FILE [--format auto|json-array|json-lines|cloudtrail] [--json]
  cmk-alarm pattern check --pattern P [--json]

test   tells which log events the filter pattern matches. FILE is a JSON array of messages, a JSON-lines
       file (one message per line) or a CloudTrail log file {"Records":[...]}, gzipped or not.
check  judges the pattern against CIS AWS 4.7 / Security Hub CloudWatch.7: does it match every KMS
       DisableKey and ScheduleKeyDeletion event? Exit 0 if it does, 1 if not, 2 if the pattern is invalid.
`

class UsageError extends Error {}

interface Options {
  pattern?: string
  events?: string
  format: EventFileFormat | 'auto'
  json: boolean
}

export async function runPatternCommand(args: string[], io: CommandIo): Promise<number> {
  const [command, ...rest] = args
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    ;(command === undefined ? io.stderr : io.stdout)(USAGE)
    return command === undefined ? 2 : 0
  }
  try {
    const options = parseOptions(rest)
    if (command === 'test') return await runTest(options, io)
    if (command === 'check') return runCheck(options, io)
    throw new UsageError(`unknown command "pattern ${command}" (expected "test" or "check")`)
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`cmk-alarm pattern: ${error.message}\n\n${USAGE}`)
      return 2
    }
    throw error
  }
}

function parseOptions(args: string[]): Options {
  const options: Options = { format: 'auto', json: false }
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined]
    const value = (): string => {
      if (inline !== undefined) return inline
      const next = args[++i]
      if (next === undefined) throw new UsageError(`${flag} needs a value`)
      return next
    }
    if (flag === '--pattern') options.pattern = value()
    else if (flag === '--events') options.events = value()
    else if (flag === '--json') options.json = true
    else if (flag === '--format') {
      const format = value()
      if (format !== 'auto' && format !== 'json-array' && format !== 'json-lines' && format !== 'cloudtrail') {
        throw new UsageError(`--format must be auto, json-array, json-lines or cloudtrail, not "${format}"`)
      }
      options.format = format
    } else throw new UsageError(`unknown option ${arg}`)
  }
  return options
}

function requirePattern(options: Options): string {
  // An empty pattern is valid (it matches every event), so only a missing flag is an error.
  if (options.pattern === undefined)
    throw new UsageError("missing --pattern (the filter pattern to use, e.g. --pattern '{ $.eventName = DisableKey }')")
  return options.pattern
}

async function runTest(options: Options, io: CommandIo): Promise<number> {
  const text = requirePattern(options)
  if (options.events === undefined)
    throw new UsageError('missing --events FILE (a JSON array, JSON-lines or CloudTrail file of log events)')
  let pattern: FilterPattern
  try {
    pattern = parse(text)
  } catch (error) {
    if (!(error instanceof PatternSyntaxError)) throw error
    if (options.json) {
      io.stdout(
        `${JSON.stringify({ valid: false, error: error.message, position: error.position, expected: error.expected })}\n`
      )
    } else {
      io.stderr(`Invalid filter pattern: ${error.message}\n  ${text}\n  ${' '.repeat(error.position)}^\n`)
    }
    return 2
  }
  const compiled = compile(pattern)
  const results: boolean[] = []
  const rows: string[] = []
  const onEvent = (event: PreparedEvent): void => {
    const matched = compiled.test(event)
    results.push(matched)
    if (!options.json) rows.push(tableRow(results.length - 1, matched, event))
  }
  try {
    await readEventFile(options.events, onEvent, options.format)
  } catch (error) {
    if (error instanceof EventFileError) throw new UsageError(`--events ${options.events}: ${error.message}`)
    const code = (error as NodeJS.ErrnoException).code
    if (code !== undefined) throw new UsageError(`--events ${options.events}: cannot read the file (${code})`)
    throw new UsageError(`--events ${options.events}: ${error instanceof Error ? error.message : String(error)}`)
  }
  if (options.json) {
    io.stdout(`{"valid":true,"kind":${JSON.stringify(pattern.kind)},"matches":[${results.join(',')}]}\n`)
    return 0
  }
  const matched = results.filter(Boolean).length
  io.stdout(
    `${['#', 'match', 'eventName', 'message'].join('\t')}\n${rows.map((row) => `${row}\n`).join('')}` +
      `${matched} of ${results.length} event(s) match the ${pattern.kind} pattern.\n`
  )
  return 0
}

function tableRow(index: number, matched: boolean, event: PreparedEvent): string {
  const eventName = event.json()?.eventName
  const excerpt = event.message.length > 60 ? `${event.message.slice(0, 57)}...` : event.message
  return [
    String(index),
    matched ? 'yes' : 'no',
    typeof eventName === 'string' ? eventName : '-',
    excerpt.replace(/[\t\r\n]+/g, ' ')
  ].join('\t')
}

function runCheck(options: Options, io: CommandIo): number {
  const judgement = judgePattern(requirePattern(options), DEFAULT_CONTROL)
  if (options.json) {
    const {
      valid,
      kind,
      covers,
      counterexample,
      broad,
      broadExample,
      prescribedText,
      prescribedForm,
      explanation,
      error
    } = judgement
    io.stdout(
      `${JSON.stringify({ valid, kind, covers, counterexample, broad, broadExample, prescribedText, prescribedForm, explanation, error })}\n`
    )
  } else if (!judgement.valid) {
    io.stdout(`INVALID  ${judgement.explanation}\n`)
  } else {
    const lines = [
      `${judgement.covers ? 'COVERS' : 'DOES NOT COVER'}  ${judgement.explanation}`,
      `  kind:            ${judgement.kind}`,
      `  broad:           ${judgement.broad ? 'yes, it also matches other events' : 'no'}`,
      `  prescribed text: ${judgement.prescribedText ? `yes (${judgement.prescribedForm === 'security-hub' ? 'Security Hub' : 'CIS'} form)` : 'no (Security Hub CloudWatch.7 compares the text, so it reports FAILED)'}`
    ]
    if (judgement.counterexample !== undefined) lines.push(`  missed event:    ${judgement.counterexample}`)
    if (judgement.broadExample !== undefined) lines.push(`  also matches:    ${judgement.broadExample}`)
    io.stdout(`${lines.join('\n')}\n`)
  }
  if (!judgement.valid) return 2
  return judgement.covers ? 0 : 1
}
