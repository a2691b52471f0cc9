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
  const formats: Array<[string, () => string]> = [
    ['a JSON array of objects', () => file('array.json', JSON.stringify(RECORDS, null, 2))],
    ['a JSON array of strings', () => file('strings.json', JSON.stringify(RECORDS.map((r) => JSON.stringify(r))))],
    [
      'JSON lines (CRLF, blank line)',
      () => file('events.jsonl', `${RECORDS.map((r) => JSON.stringify(r)).join('\r\n')}\r\n\r\n`)
    ],
    ['a CloudTrail file', () => file('trail.json', JSON.stringify({ Records: RECORDS }))],
    ['a gzipped CloudTrail file', () => file('trail.json.gz', gzipSync(JSON.stringify({ Records: RECORDS })))],
    ['a gzipped JSON-lines file', () => file('events.gz', gzipSync(RECORDS.map((r) => JSON.stringify(r)).join('\n')))]
  ]
  for (const [name, make] of formats) {
    it(`reads ${name} and prints one boolean per event`, async () => {
      const result = await run('test', '--pattern', CIS, '--events', make(), '--json')
      expect(result.code).toBe(0)
      expect(JSON.parse(result.stdout)).toEqual({ valid: true, kind: 'json', matches: EXPECTED })
    })
  }

  it('reads a CloudTrail file larger than one read chunk', async () => {
    const many = Array.from({ length: 3000 }, (_, i) =>
      record(i % 1000 === 7 ? 'DisableKey' : 'Decrypt', { pad: 'x'.repeat(500) })
    )
    const result = await run(
      'test',
      '--pattern',
      CIS,
      '--events',
      file('big.json.gz', gzipSync(JSON.stringify({ Records: many }))),
      '--json'
    )
    const matches = (JSON.parse(result.stdout) as { matches: boolean[] }).matches
    expect(matches).toHaveLength(3000)
    expect(matches.flatMap((m, i) => (m ? [i] : []))).toEqual([7, 1007, 2007])
  })

  it('uses JSON-lines lines as-is, so term patterns see the text', async () => {
    const events = file('plain.log', '[ERROR 400] BAD REQUEST\nINFO ok\n')
    const result = await run('test', '--pattern', 'ERROR', '--events', events, '--json')
    expect(JSON.parse(result.stdout)).toEqual({ valid: true, kind: 'terms', matches: [true, false] })
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
    expect(JSON.parse(forced.stdout)).toEqual({ valid: true, kind: 'terms', matches: [true, false] })
  })

  it('prints a readable table without --json', async () => {
    const result = await run('test', '--pattern', CIS, '--events', file('table.json', JSON.stringify(RECORDS)))
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^0\tyes\tDisableKey\t\{"eventVersion"/m)
    expect(result.stdout).toMatch(/^1\tno\tDecrypt\t/m)
    expect(result.stdout).toContain('2 of 4 event(s) match')
  })

  it('an invalid pattern exits 2 with the error', async () => {
    const result = await run('test', '--pattern', '{ $.a = ', '--events', file('x.json', '[]'), '--json')
    expect(result.code).toBe(2)
    expect(JSON.parse(result.stdout)).toMatchObject({ valid: false, error: expect.stringContaining('value') })
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
