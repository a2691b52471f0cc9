// `cmk-alarm pattern test|check` run in-process on temporary files of each supported format.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { runPatternCommand } from '../../src/cli/pattern-command.js'

const CIS = '{($.eventSource = kms.amazonaws.com) && (($.eventName=DisableKey)||($.eventName=ScheduleKeyDeletion)) }'
const record = (eventName: string, extra: Record<string, unknown> = {}) => ({
  eventVersion: '1.08',
  eventSource: 'kms.amazonaws.com',
  eventName,
  awsRegion: 'us-east-1',
  userAgent: 'aws-cli/2.15.0 Python/3.11.6',
  ...extra
})
const RECORDS = [
  record('DisableKey'),
  record('Decrypt'),
  record('ScheduleKeyDeletion', { note: 'a "quoted" ]}, value' }),
  record('EnableKey')
]
const EXPECTED = [true, false, true, false]

let dir: string
const file = (name: string, content: string | Buffer): string => {
  const target = path.join(dir, name)
  writeFileSync(target, content)
  return target
}

async function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const code = await runPatternCommand(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) })
  return { code, stdout, stderr }
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'pattern-command-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('pattern test', () => {
  const formats: Array<[string, () => string, 'line' | 'record', number[]]> = [
    ['a JSON array of objects', () => file('array.json', JSON.stringify(RECORDS, null, 2)), 'record', [0, 2]],
    [
      'a JSON array of strings',
      () => file('strings.json', JSON.stringify(RECORDS.map((r) => JSON.stringify(r)))),
      'record',
      [0, 2]
    ],
    [
      'JSON lines (CRLF, blank line)',
      () =>
        file(
          'events.jsonl',
          `${RECORDS.map((r, i) => JSON.stringify(r) + (i === 1 ? '\r\n' : '')).join('\r\n')}\r\n\r\n`
        ),
      'line',
      [1, 4]
    ],
    ['a CloudTrail file', () => file('trail.json', JSON.stringify({ Records: RECORDS })), 'record', [0, 2]],
    [
      'a gzipped CloudTrail file',
      () => file('trail.json.gz', gzipSync(JSON.stringify({ Records: RECORDS }))),
      'record',
      [0, 2]
    ],
    [
      'a gzipped JSON-lines file',
      () => file('events.gz', gzipSync(RECORDS.map((r) => JSON.stringify(r)).join('\n'))),
      'line',
      [1, 3]
    ]
  ]
  for (const [name, make, key, positions] of formats) {
    it(`reads ${name}: the summary, the matches with their ${key} numbers, one boolean per event`, async () => {
      const result = await run('test', '--pattern', CIS, '--events', make(), '--json')
      expect(result.code).toBe(0)
      expect(JSON.parse(result.stdout)).toMatchObject({
        valid: true,
        kind: 'json',
        eventsRead: 4,
        eventsMatched: 2,
        matchesByEventName: { DisableKey: 1, ScheduleKeyDeletion: 1 },
        firstMatches: [
          { [key]: positions[0], eventName: 'DisableKey', message: expect.stringContaining('"DisableKey"') },
          { [key]: positions[1], eventName: 'ScheduleKeyDeletion' }
        ],
        matches: EXPECTED
      })
    })
  }

  it('reads a CloudTrail file larger than one read chunk', async () => {
    const many = Array.from({ length: 3000 }, (_, i) =>
      record(i % 1000 === 7 ? 'DisableKey' : 'Decrypt', { pad: 'x'.repeat(500), quote: 'a \\"}]{[ \\\\' })
    )
    const result = await run(
      'test',
      '--pattern',
      CIS,
      '--events',
      file('big.json.gz', gzipSync(JSON.stringify({ Records: many }))),
      '--json'
    )
    const output = JSON.parse(result.stdout) as { matches: boolean[]; firstMatches: Array<{ record: number }> }
    expect(output.matches).toHaveLength(3000)
    expect(output.matches.flatMap((m, i) => (m ? [i] : []))).toEqual([7, 1007, 2007])
    expect(output.firstMatches.map((m) => m.record)).toEqual([7, 1007, 2007])
  })

  it('splits records whose strings hold escaped quotes, brackets and backslashes', async () => {
    // Strings ending in backslashes and quotes, repeated until records straddle the 1 MiB read chunks at many offsets.
    const tricky = ['\\', '\\"', '"\\', '}{', '][', '\\\\"}', 'é€𝄞']
    const many = Array.from({ length: 5000 }, (_, i) =>
      record(i % 499 === 0 ? 'ScheduleKeyDeletion' : 'Decrypt', { s: tricky[i % tricky.length]?.repeat(1 + (i % 97)) })
    )
    const result = await run(
      'test',
      '--pattern',
      CIS,
      '--events',
      file('tricky.json', JSON.stringify({ Records: many })),
      '--json'
    )
    const matches = (JSON.parse(result.stdout) as { matches: boolean[] }).matches
    expect(matches).toHaveLength(5000)
    expect(matches.flatMap((m, i) => (m ? [i] : []))).toEqual(
      many.flatMap((r, i) => (r.eventName === 'ScheduleKeyDeletion' ? [i] : []))
    )
  })

  it('uses JSON-lines lines as-is, so term patterns see the text', async () => {
    const events = file('plain.log', '[ERROR 400] BAD REQUEST\nINFO ok\n')
    const result = await run('test', '--pattern', 'ERROR', '--events', events, '--json')
    expect(JSON.parse(result.stdout)).toMatchObject({ valid: true, kind: 'terms', matches: [true, false] })
    const forced = await run(
      'test',
      '--pattern',
      'ERROR',
      '--events',
      file('one.log', '["ERROR"]\n["INFO"]\n'),
      '--format',
      'json-lines',
      '--json'
    )
    expect(JSON.parse(forced.stdout)).toMatchObject({ valid: true, kind: 'terms', matches: [true, false] })
  })

  it('prints a summary: events read and matched, matches per eventName, the first matches with their place', async () => {
    const events = Array.from({ length: 30 }, (_, i) =>
      record(i % 2 === 0 ? 'DisableKey' : i % 3 === 0 ? 'ScheduleKeyDeletion' : 'Decrypt')
    )
    const lines = file('summary.jsonl', events.map((e) => JSON.stringify(e)).join('\n'))
    const result = await run('test', '--pattern', CIS, '--events', lines)
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^Events read: +30$/m)
    expect(result.stdout).toMatch(/^Events matched: +20$/m)
    expect(result.stdout).toMatch(/^ {2}DisableKey +15$/m)
    expect(result.stdout).toMatch(/^ {2}ScheduleKeyDeletion +5$/m)
    expect(result.stdout).toContain('First 10 matches')
    // Line numbers from 1: events 0, 2, 3, 4 are lines 1, 3, 4, 5.
    expect(result.stdout).toMatch(/^ {2}line 1 +DisableKey +\{"eventVersion"/m)
    expect(result.stdout).toMatch(/^ {2}line 4 +ScheduleKeyDeletion +\{/m)
    expect(result.stdout.match(/^ {2}line \d+ /gm)).toHaveLength(10)
    expect(result.stdout).not.toMatch(/Decrypt/)

    const first = await run('test', '--pattern', CIS, '--events', lines, '--first', '2')
    expect(first.stdout.match(/^ {2}line \d+ /gm)).toEqual(['  line 1 ', '  line 3 '])
  })

  it('--all lists every event as a row; with --json as "events"', async () => {
    const trail = file('all.json', JSON.stringify({ Records: RECORDS }))
    const result = await run('test', '--pattern', CIS, '--events', trail, '--all')
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^record\tmatch\teventName\tmessage$/m)
    expect(result.stdout).toMatch(/^record 0\tyes\tDisableKey\t\{"eventVersion"/m)
    expect(result.stdout).toMatch(/^record 1\tno\tDecrypt\t/m)
    expect(result.stdout).toMatch(/^record 3\tno\tEnableKey\t/m)
    expect(result.stdout).toMatch(/^Events matched: +2$/m)
    const json = await run('test', '--pattern', CIS, '--events', trail, '--all', '--json')
    expect(JSON.parse(json.stdout)).toMatchObject({
      format: 'cloudtrail',
      events: [
        { record: 0, matched: true, eventName: 'DisableKey' },
        { record: 1, matched: false, eventName: 'Decrypt' },
        { record: 2, matched: true, eventName: 'ScheduleKeyDeletion' },
        { record: 3, matched: false, eventName: 'EnableKey' }
      ],
      eventsRead: 4,
      eventsMatched: 2,
      matches: EXPECTED
    })
  })

  it('exits 1 when nothing matched, and says so', async () => {
    const trail = file('none.json', JSON.stringify({ Records: [record('Decrypt')] }))
    const result = await run('test', '--pattern', CIS, '--events', trail)
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/^Events matched: +0$/m)
    expect(result.stdout).toContain('No event matches the json pattern.')
    const json = await run('test', '--pattern', CIS, '--events', trail, '--json')
    expect(json.code).toBe(1)
    expect(JSON.parse(json.stdout)).toMatchObject({ eventsRead: 1, eventsMatched: 0, matches: [false] })
    const empty = await run('test', '--pattern', CIS, '--events', file('empty.json', '[]'), '--json')
    expect(empty.code).toBe(1)
    expect(JSON.parse(empty.stdout)).toMatchObject({ eventsRead: 0, matches: [] })
  })

  it('an invalid pattern exits 2 with the error', async () => {
    const result = await run('test', '--pattern', '{ $.a = ', '--events', file('x.json', '[]'), '--json')
    expect(result.code).toBe(2)
    expect(JSON.parse(result.stdout)).toMatchObject({ valid: false, error: expect.stringContaining('value') })
    const text = await run('test', '--pattern', '{ $.a = ', '--events', file('x.json', '[]'))
    expect(text.code).toBe(2)
    expect(text.stderr).toBe(
      'Invalid filter pattern: Unexpected end of pattern (at position 8; expected a value)\n  { $.a = \n          ^\n'
    )
  })

  it('bad usage exits 2 and names the flag', async () => {
    expect(await run('test', '--events', file('y.json', '[]'))).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--pattern')
    })
    expect(await run('test', '--pattern', 'x')).toMatchObject({ code: 2, stderr: expect.stringContaining('--events') })
    expect(await run('test', '--pattern', 'x', '--events', path.join(dir, 'nope.json'))).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('ENOENT')
    })
    expect(await run('test', '--pattern', 'x', '--events', file('bad.json', '[{"a":'))).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--events')
    })
    expect(await run('frobnicate')).toMatchObject({ code: 2 })
    expect(await run('test', '--bogus')).toMatchObject({ code: 2, stderr: expect.stringContaining('--bogus') })
    expect(await run('test', '--pattern', 'x', '--events', 'f', '--first', 'ten')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--first must be a whole number')
    })
    expect(await run('test', '--pattern', 'x', '--events', 'f', '--max-bytes', '0')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--max-bytes must be a whole number of bytes')
    })
    expect(await run('check', '--pattern', 'x', '--events', 'f')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--events is an option of "pattern test"')
    })
  })

  it.each([
    [['--help'], 'cmk-alarm pattern check'],
    [['-h'], 'cmk-alarm pattern test'],
    [['test', '--help'], '--max-bytes'],
    [['test', '-h'], 'Exit status: 0 some event matched, 1 none did'],
    [['check', '--help'], 'Exit status: 0 it covers the control'],
    [['check', '-h', '--pattern', 'x'], 'Usage: cmk-alarm pattern check']
  ])('%j prints help and exits 0', async (args, text) => {
    const result = await run(...args)
    expect(result).toMatchObject({ code: 0, stderr: '' })
    expect(result.stdout).toContain(text)
  })
})

describe('pattern check', () => {
  it('exit 0 and the judgement for the CIS pattern', async () => {
    const result = await run('check', '--pattern', CIS, '--json')
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout)).toMatchObject({
      valid: true,
      covers: true,
      broad: false,
      prescribedText: true,
      kind: 'json'
    })
  })

  it('exit 1 with a counter-example for a pattern that misses ScheduleKeyDeletion', async () => {
    const result = await run('check', '--pattern', '{ $.eventName = DisableKey }', '--json')
    expect(result.code).toBe(1)
    const output = JSON.parse(result.stdout) as { covers: boolean; counterexample: string }
    expect(output.covers).toBe(false)
    expect(JSON.parse(output.counterexample)).toMatchObject({ eventName: 'ScheduleKeyDeletion' })
  })

  it('exit 2 for an invalid pattern', async () => {
    const result = await run('check', '--pattern', '{ $.eventName = DisableKey')
    expect(result.code).toBe(2)
    expect(result.stdout).toContain('INVALID')
  })

  it('readable text says covers / broad', async () => {
    const result = await run('check', '--pattern', '?DisableKey ?ScheduleKeyDeletion')
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^COVERS/)
    expect(result.stdout).toContain('broad:           yes')
    expect(result.stdout).toContain('also matches:')
  })
})

// Text an attacker controls (event values, raw log lines, the pattern) must reach the terminal or the runner's log
// neither as control sequences nor as workflow commands.
describe('hostile patterns and events', () => {
  const HOSTILE = [
    '\u001b]0;owned\u0007', // OSC: sets the terminal title
    '\u001b[2J\u001b[31m', // CSI: clears the screen, red
    'cr\rover',
    'two\nlines',
    '\n::error::injected',
    '::add-mask::secret',
    '##[error]legacy',
    'bidi \u202eevil\u202c',
    'nul\u0000del\u007fcsi\u009b'
  ]
  const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/

  function expectSafe(output: string): void {
    expect(output).not.toMatch(RAW_CONTROL)
    expect(output).not.toContain('##[')
    for (const line of output.split(/\r\n|\r|\n/)) expect(line).not.toMatch(/^[\s\u0085]*::/)
  }

  const events = HOSTILE.map((text) =>
    record('DisableKey', { eventName: text, requestParameters: { keyId: text } })
  ).concat([record('DisableKey')])
  const trail = (): string => file('hostile.json', JSON.stringify({ Records: events }))
  // A term pattern over raw log lines holding the control bytes themselves (not JSON escapes).
  const rawLog = (): string => file('hostile.log', `${HOSTILE.map((text) => `ALERT ${text}`).join('\r\n')}\r\n`)

  it.each([[[]], [['--all']], [['--json']], [['--json', '--all']]])(
    'pattern test %j on hostile events prints them escaped',
    async (flags) => {
      const anyKey = '{ $.eventSource = kms.amazonaws.com }'
      const result = await run('test', '--pattern', anyKey, '--events', trail(), ...flags)
      expect(result.code).toBe(0)
      expectSafe(result.stdout)
      expectSafe(result.stderr)
      if (flags.includes('--json')) {
        // The escapes are JSON's: the values parse back to what the file holds.
        const output = JSON.parse(result.stdout) as { matchesByEventName: Record<string, number> }
        expect(Object.keys(output.matchesByEventName).sort()).toEqual([...HOSTILE, 'DisableKey'].sort())
      } else {
        expect(result.stdout).toContain('\\u001b]0;owned\\u0007')
        expect(result.stdout).toContain('bidi \\u202eevil\\u202c')
      }
      const raw = await run('test', '--pattern', 'ALERT', '--events', rawLog(), ...flags)
      expect(raw.code).toBe(0)
      expectSafe(raw.stdout)
    }
  )

  it('a hostile pattern is echoed escaped: in the summary, in errors, and by pattern check', async () => {
    const valid = '"\u001b]8;;http://x\u0007::error::x ##[error]\u202e"'
    const summary = await run('test', '--pattern', valid, '--events', rawLog())
    expectSafe(summary.stdout)
    expect(summary.stdout).toContain('Pattern (terms): "\\u001b]8;;http://x\\u0007')

    const invalid = '{ $.eventName = "\u001b[2J\n::error::owned'
    for (const flags of [[], ['--json']]) {
      const result = await run('test', '--pattern', invalid, '--events', trail(), ...flags)
      expect(result.code).toBe(2)
      expectSafe(result.stdout)
      expectSafe(result.stderr)
    }
    const text = await run('test', '--pattern', invalid, '--events', trail())
    // The caret stays under the place of the error in the escaped pattern.
    const [, shown, caret] = text.stderr.split('\n')
    expect(shown).toBe('  { $.eventName = "\\u001b[2J\\n::error::owned')
    expect(caret).toBe(`${' '.repeat(shown?.length ?? 0)}^`)

    for (const pattern of [invalid, '{ $.eventName = "::error::\u001b[31m" }', '?"\n::error::x" ?"##[y"']) {
      for (const flags of [[], ['--json']]) {
        const result = await run('check', '--pattern', pattern, ...flags)
        expect([0, 1, 2]).toContain(result.code)
        expectSafe(result.stdout)
        expectSafe(result.stderr)
      }
    }
  })

  it('file names and unknown options are echoed escaped', async () => {
    const result = await run('test', '--pattern', 'x', '--events', 'no\u001b[2Jsuch\n::error::file')
    expect(result.code).toBe(2)
    expectSafe(result.stderr)
    const option = await run('test', '--\u001b]0;x\u0007')
    expect(option.code).toBe(2)
    expectSafe(option.stderr)
  })
})
