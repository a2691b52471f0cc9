// `cmk-alarm pattern test|check ...`: runs the filter-pattern engine from the command line.
// Exit codes: test: 0 some event matched, 1 none did; check: 0 covers, 1 valid but does not cover;
// both: 2 bad usage, invalid pattern or unreadable file.
import {
  compile,
  judgePattern,
  parse,
  PatternSyntaxError,
  type FilterPattern,
  type PreparedEvent
} from '../pattern/index.js'
import {
  DEFAULT_EVENT_FILE_LIMITS,
  EventFileError,
  readEventFile,
  type EventFileFormat,
  type EventPosition
} from '../pattern/event-file.js'
import { neutralizeWorkflowCommands } from '../report/redact.js'
import { DEFAULT_CONTROL } from '../controls/index.js'

export interface CommandIo {
  stdout: (s: string) => void
  stderr: (s: string) => void
}

const TEST_USAGE = `Usage: cmk-alarm pattern test --pattern P --events FILE [--json] [--all] [--first N]
                              [--format auto|json-array|json-lines|cloudtrail]
                              [--max-event-bytes N] [--max-bytes N]

Tells which log events of FILE the filter pattern P matches. FILE is a JSON array of messages, a JSON-lines
file (one message per line) or a CloudTrail log file {"Records":[...]}, gzipped or not.
Prints the events read and matched, the matches per eventName and the first matches with their place in
the file (line number in JSON lines, record index from 0 in arrays and CloudTrail files).

  --first N            how many matches to list (default 10)
  --all                list every event, matched or not, as it is read
  --json               the same as JSON, with "matches": one boolean per event (and with --all, "events")
  --format F           how to read FILE (default: from its first bytes)
  --max-event-bytes N  the largest event (default 256K, what CloudWatch Logs accepts in one log event)
  --max-bytes N        the most bytes read, after decompression (default 1G); N may end in K, M or G

Exit status: 0 some event matched, 1 none did, 2 bad usage, invalid pattern or unreadable file.
`

const CHECK_USAGE = `Usage: cmk-alarm pattern check --pattern P [--json]

Judges the filter pattern P against CIS AWS 4.7 / Security Hub CloudWatch.7: does it match every KMS
DisableKey and ScheduleKeyDeletion event (with a counter-example when not), does it match other events
too, is it the text Security Hub accepts.

Exit status: 0 it covers the control, 1 it does not, 2 bad usage or invalid pattern.
`

const USAGE = `Usage:
  cmk-alarm pattern test  --pattern P --events FILE [--json] [--all] [--first N] [--format F] [--max-bytes N]
  cmk-alarm pattern check --pattern P [--json]

test   tells which log events the filter pattern matches (cmk-alarm pattern test --help for more).
check  judges the pattern against CIS AWS 4.7 / Security Hub CloudWatch.7: does it match every KMS
       DisableKey and ScheduleKeyDeletion event? Exit 0 if it does, 1 if not, 2 if the pattern is invalid.
`

class UsageError extends Error {}

interface Options {
  help: boolean
  pattern?: string
  events?: string
  format: EventFileFormat | 'auto'
  json: boolean
  all: boolean
  first: number
  maxBytes: number
  maxEventBytes: number
}

const HELP = new Set(['help', '--help', '-h'])

export async function runPatternCommand(args: string[], io: CommandIo): Promise<number> {
  // Whatever is printed passes here: no line can become a GitHub workflow command.
  const safe: CommandIo = {
    stdout: (s) => io.stdout(neutralizeWorkflowCommands(s)),
    stderr: (s) => io.stderr(neutralizeWorkflowCommands(s))
  }
  const [command, ...rest] = args
  if (command === undefined || HELP.has(command)) {
    ;(command === undefined ? safe.stderr : safe.stdout)(USAGE)
    return command === undefined ? 2 : 0
  }
  const usage = command === 'test' ? TEST_USAGE : command === 'check' ? CHECK_USAGE : USAGE
  try {
    if (command !== 'test' && command !== 'check') {
      throw new UsageError(`unknown command "pattern ${printable(command, 40)}" (expected "test" or "check")`)
    }
    const options = parseOptions(command, rest)
    if (options.help) {
      safe.stdout(usage)
      return 0
    }
    if (command === 'test') return await runTest(options, safe)
    return runCheck(options, safe)
  } catch (error) {
    if (error instanceof UsageError) {
      safe.stderr(`cmk-alarm pattern: ${error.message}\n\n${usage}`)
      return 2
    }
    throw error
  }
}

function parseOptions(command: 'test' | 'check', args: string[]): Options {
  const options: Options = {
    help: false,
    format: 'auto',
    json: false,
    all: false,
    first: 10,
    maxBytes: DEFAULT_EVENT_FILE_LIMITS.maxBytes,
    maxEventBytes: DEFAULT_EVENT_FILE_LIMITS.maxEventBytes
  }
  const testOnly = new Set(['--events', '--format', '--all', '--first', '--max-bytes', '--max-event-bytes'])
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
    if (command === 'check' && testOnly.has(flag)) {
      throw new UsageError(`${flag} is an option of "pattern test", not of "pattern check"`)
    }
    if (flag === '--help' || flag === '-h') options.help = true
    else if (flag === '--pattern') options.pattern = value()
    else if (flag === '--events') options.events = value()
    else if (flag === '--json') options.json = true
    else if (flag === '--all') options.all = true
    else if (flag === '--first') options.first = parseCount(flag, value(), false)
    else if (flag === '--max-bytes') options.maxBytes = parseCount(flag, value(), true)
    else if (flag === '--max-event-bytes') options.maxEventBytes = parseCount(flag, value(), true)
    else if (flag === '--format') {
      const format = value()
      if (format !== 'auto' && format !== 'json-array' && format !== 'json-lines' && format !== 'cloudtrail') {
        throw new UsageError(
          `--format must be auto, json-array, json-lines or cloudtrail, not "${printable(format, 40)}"`
        )
      }
      options.format = format
    } else throw new UsageError(`unknown option ${printable(arg, 60)}`)
  }
  return options
}

/** A whole number, optionally with a K, M or G suffix (powers of 1024) where sizes are meant. */
function parseCount(flag: string, text: string, size: boolean): number {
  const match = (size ? /^(\d+)([KMG]i?B?)?$/i : /^(\d+)()$/).exec(text.trim())
  const unit = (match?.[2] ?? '').charAt(0).toUpperCase()
  const count =
    match === null
      ? NaN
      : Number(match[1]) * (unit === 'G' ? 1024 ** 3 : unit === 'M' ? 1024 ** 2 : unit === 'K' ? 1024 : 1)
  if (!Number.isSafeInteger(count) || (size && count < 1)) {
    throw new UsageError(
      `${flag} must be a whole number${size ? ' of bytes, e.g. 2G, 512M or 300000' : ', e.g. 10'}, not "${printable(text, 40)}"`
    )
  }
  return count
}

function requirePattern(options: Options): string {
  // An empty pattern is valid (it matches every event), so only a missing flag is an error.
  if (options.pattern === undefined)
    throw new UsageError("missing --pattern (the filter pattern to use, e.g. --pattern '{ $.eventName = DisableKey }')")
  return options.pattern
}

// ---------------------------------------------------------------- pattern test

/** What `pattern test` found; everything it keeps is bounded except the one bit per event. */
class TestSummary {
  eventsRead = 0
  eventsMatched = 0
  readonly byEventName = new Map<string, number>()
  /** The first matches, with the start of their message (as it is: escaped only when printed as text). */
  readonly firstMatches: Array<{ position: EventPosition; eventName: string | undefined; excerpt: string }> = []
  private bits = new Uint8Array(1024)

  record(index: number, matched: boolean): void {
    this.eventsRead = index + 1
    if (index >> 3 >= this.bits.length) {
      const grown = new Uint8Array(this.bits.length * 2)
      grown.set(this.bits)
      this.bits = grown
    }
    if (matched) {
      this.eventsMatched++
      this.bits[index >> 3] = (this.bits[index >> 3] as number) | (1 << (index & 7))
    }
  }

  countEventName(name: string | undefined): void {
    // Names come from the file: a bounded number of them is counted, the rest together.
    const key = name === undefined ? NO_EVENT_NAME : name.length > 128 ? `${name.slice(0, 127)}…` : name
    const known = this.byEventName.get(key)
    if (known !== undefined) this.byEventName.set(key, known + 1)
    else if (this.byEventName.size < MAX_EVENT_NAMES) this.byEventName.set(key, 1)
    else this.byEventName.set(OTHER_EVENT_NAMES, (this.byEventName.get(OTHER_EVENT_NAMES) ?? 0) + 1)
  }

  matched(index: number): boolean {
    return ((this.bits[index >> 3] as number) & (1 << (index & 7))) !== 0
  }
}

const MAX_EVENT_NAMES = 1000
const NO_EVENT_NAME = '(no eventName)'
const OTHER_EVENT_NAMES = '(other names)'
const EXCERPT = 100

async function runTest(options: Options, io: CommandIo): Promise<number> {
  const text = requirePattern(options)
  if (options.events === undefined)
    throw new UsageError('missing --events FILE (a JSON array, JSON-lines or CloudTrail file of log events)')
  let pattern: FilterPattern
  try {
    pattern = parse(text)
  } catch (error) {
    if (!(error instanceof PatternSyntaxError)) throw error
    reportInvalidPattern(text, error, options.json, io)
    return 2
  }
  const compiled = compile(pattern)
  const summary = new TestSummary()
  let format: EventFileFormat = 'json-lines'
  let streamed = 0
  const where = (position: EventPosition): string => `${format === 'json-lines' ? 'line' : 'record'} ${position}`
  // With --all every event is written as it is read (JSON: in "events"), so nothing grows with the file but a bit each.
  const onFormat = (detected: EventFileFormat): void => {
    format = detected
    if (!options.all) return
    if (options.json) io.stdout(`${safeJson({ valid: true, kind: pattern.kind, format }).slice(0, -1)},"events":[`)
    else io.stdout(`${format === 'json-lines' ? 'line' : 'record'}\tmatch\teventName\tmessage\n`)
  }
  const onEvent = (event: PreparedEvent, position: EventPosition): void => {
    const index = summary.eventsRead
    const matched = compiled.test(event)
    summary.record(index, matched)
    if (!matched && !options.all) return
    const eventName = eventNameOf(event)
    if (matched) summary.countEventName(eventName)
    if (matched && summary.firstMatches.length < options.first) {
      summary.firstMatches.push({ position, eventName, excerpt: cut(event.message, EXCERPT) })
    }
    if (options.all && options.json) {
      const row = { [format === 'json-lines' ? 'line' : 'record']: position, matched, eventName: eventName ?? null }
      io.stdout(`${streamed++ === 0 ? '' : ','}${safeJson({ ...row, message: cut(event.message, EXCERPT) })}`)
    } else if (options.all) {
      io.stdout(
        `${[where(position), matched ? 'yes' : 'no', printable(eventName ?? '-', 64), printable(event.message, EXCERPT)].join('\t')}\n`
      )
    }
  }
  try {
    await readEventFile(options.events, onEvent, {
      format: options.format,
      limits: { maxBytes: options.maxBytes, maxEventBytes: options.maxEventBytes },
      onFormat
    })
  } catch (error) {
    const file = printable(options.events, 200)
    if (error instanceof EventFileError) throw new UsageError(`--events ${file}: ${printable(error.message)}`)
    const code = (error as NodeJS.ErrnoException).code
    if (code !== undefined) throw new UsageError(`--events ${file}: cannot read the file (${printable(code, 40)})`)
    throw new UsageError(`--events ${file}: ${printable(error instanceof Error ? error.message : String(error))}`)
  }
  const status = summary.eventsMatched > 0 ? 0 : 1
  if (options.json) {
    writeJsonSummary(pattern, format, summary, options.all, io)
    return status
  }
  const lines = [
    `Pattern (${pattern.kind}): ${printable(text, 200)}`,
    `File: ${printable(options.events, 200)} (${format === 'json-lines' ? 'JSON lines' : format === 'cloudtrail' ? 'CloudTrail file' : 'JSON array'})`,
    `Events read:    ${summary.eventsRead.toLocaleString('en-US')}`,
    `Events matched: ${summary.eventsMatched.toLocaleString('en-US')}`
  ]
  if (summary.eventsMatched > 0) {
    lines.push('Matches by eventName:')
    const names = [...summary.byEventName].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    const width = Math.min(40, Math.max(...names.map(([name]) => printable(name, 40).length)))
    for (const [name, count] of names.slice(0, 20)) {
      lines.push(`  ${printable(name, 40).padEnd(width)}  ${count.toLocaleString('en-US')}`)
    }
    if (names.length > 20) lines.push(`  … and ${names.length - 20} more names`)
  }
  if (!options.all && summary.firstMatches.length > 0) {
    const shown = summary.firstMatches.length
    lines.push(shown < summary.eventsMatched ? `First ${shown} matches (--all lists every event):` : 'Matches:')
    const rows = summary.firstMatches.map((match) => [
      where(match.position),
      printable(match.eventName ?? '-', 40),
      printable(match.excerpt)
    ])
    const widths = [0, 1].map((column) => Math.max(...rows.map((row) => (row[column] as string).length)))
    for (const row of rows)
      lines.push(
        `  ${row.map((cell, column) => (column < 2 ? cell.padEnd(widths[column] as number) : cell)).join('  ')}`
      )
  }
  if (summary.eventsMatched === 0) lines.push(`No event matches the ${pattern.kind} pattern.`)
  io.stdout(`${lines.join('\n')}\n`)
  return status
}

function eventNameOf(event: PreparedEvent): string | undefined {
  const name = event.json()?.eventName
  return typeof name === 'string' ? name : undefined
}

/**
 * The summary as one JSON object, written in pieces: `matches` holds one boolean per event, however many. With --all
 * the object was opened already, and the events written into it.
 */
function writeJsonSummary(
  pattern: FilterPattern,
  format: EventFileFormat,
  summary: TestSummary,
  opened: boolean,
  io: CommandIo
): void {
  const key = format === 'json-lines' ? 'line' : 'record'
  const head = {
    ...(opened ? {} : { valid: true, kind: pattern.kind, format }),
    eventsRead: summary.eventsRead,
    eventsMatched: summary.eventsMatched,
    matchesByEventName: Object.fromEntries(summary.byEventName),
    firstMatches: summary.firstMatches.map((match) => ({
      [key]: match.position,
      eventName: match.eventName ?? null,
      message: match.excerpt
    }))
  }
  const fields = safeJson(head).slice(1, -1)
  io.stdout(opened ? `],${fields},"matches":[` : `{${fields},"matches":[`)
  const batch = 65536
  for (let start = 0; start < summary.eventsRead; start += batch) {
    const end = Math.min(summary.eventsRead, start + batch)
    let text = ''
    for (let index = start; index < end; index++) text += `${index === 0 ? '' : ','}${summary.matched(index)}`
    io.stdout(text)
  }
  io.stdout(']}\n')
}

function reportInvalidPattern(text: string, error: PatternSyntaxError, json: boolean, io: CommandIo): void {
  if (json) {
    io.stdout(
      `${safeJson({ valid: false, error: error.message, position: error.position, expected: error.expected })}\n`
    )
    return
  }
  // The pattern is shown escaped, and the caret under the character the error points at.
  const shownBefore = printable(text.slice(0, error.position)).length
  io.stderr(
    `Invalid filter pattern: ${printable(error.message)}\n  ${printable(text)}\n  ${' '.repeat(shownBefore)}^\n`
  )
}

// ---------------------------------------------------------------- pattern check

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
      `${safeJson({ valid, kind, covers, counterexample, broad, broadExample, prescribedText, prescribedForm, explanation, error })}\n`
    )
  } else if (!judgement.valid) {
    io.stdout(`INVALID  ${printable(judgement.explanation)}\n`)
  } else {
    const lines = [
      `${judgement.covers ? 'COVERS' : 'DOES NOT COVER'}  ${printable(judgement.explanation)}`,
      `  kind:            ${judgement.kind}`,
      `  broad:           ${judgement.broad ? 'yes, it also matches other events' : 'no'}`,
      `  prescribed text: ${judgement.prescribedText ? `yes (${judgement.prescribedForm === 'security-hub' ? 'Security Hub' : 'CIS'} form)` : 'no (Security Hub CloudWatch.7 compares the text, so it reports FAILED)'}`
    ]
    if (judgement.counterexample !== undefined) lines.push(`  missed event:    ${printable(judgement.counterexample)}`)
    if (judgement.broadExample !== undefined) lines.push(`  also matches:    ${printable(judgement.broadExample)}`)
    io.stdout(`${lines.join('\n')}\n`)
  }
  if (!judgement.valid) return 2
  return judgement.covers ? 0 : 1
}

// ---------------------------------------------------------------- printing text from the file or the pattern

/**
 * Control characters (C0 and C1, ESC and CSI sequences, CR, line breaks, tabs), bidirectional overrides and
 * invisible formatting characters: shown as escapes, so what is printed is what the text holds, on one line.
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g
const NAMED_ESCAPES: Record<string, string> = { '\t': '\\t', '\n': '\\n', '\r': '\\r' }

/** Text from the events or the pattern as one printable line, cut to about `max` characters. */
export function printable(text: string, max = Infinity): string {
  return cut(text, max).replace(
    UNSAFE,
    (char) => NAMED_ESCAPES[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`
  )
}

/** At most `max` characters, the last one `…` when cut; by code point, so no surrogate pair is split. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text
  return `${Array.from(text.slice(0, max + 1))
    .slice(0, max - 1)
    .join('')}…`
}

/** JSON.stringify, with the characters a terminal or the runner would act on written as \u escapes (same value). */
export function safeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(
      /[\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g,
      (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`
    )
    .replace(/##\[/g, '#\\u0023[')
    .replace(/::/g, ':\\u003a')
}
