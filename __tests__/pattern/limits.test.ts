// `pattern test` on hostile files, run as the built CLI (dist/cli/index.js) in a child process whose peak RSS and time
// are measured: a 200 MB line, a 200 MB array element, a huge CloudTrail record, and gzip bombs. Each must end with an
// error naming the limit and how to raise it, in bounded time and memory. The inputs are generated here.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { createWriteStream, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'
import { CLI_BUNDLE } from '../harness/action.js'

const CIS = '{($.eventSource = kms.amazonaws.com) && (($.eventName=DisableKey)||($.eventName=ScheduleKeyDeletion)) }'
const MiB = 1024 * 1024

let dir: string
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'pattern-limits-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** Writes head, then `megabytes` MiB of `fill`, then tail, without holding the file in memory. */
async function bigFile(name: string, head: string, fill: string, megabytes: number, tail: string): Promise<string> {
  const file = path.join(dir, name)
  const out = createWriteStream(file)
  const block = Buffer.from(fill.repeat(Math.ceil(MiB / fill.length)).slice(0, MiB))
  out.write(head)
  for (let i = 0; i < megabytes; i++) if (!out.write(block)) await once(out, 'drain')
  out.end(tail)
  await once(out, 'finish')
  return file
}

/** A gzip file of `copies` identical members (valid gzip), each expanding to `member`: a small file, a huge stream. */
function gzipBomb(name: string, member: Buffer, copies: number): string {
  const file = path.join(dir, name)
  const one = gzipSync(member, { level: 9 })
  writeFileSync(file, Buffer.concat(Array.from({ length: copies }, () => one)))
  return file
}

interface Measured {
  code: number | null
  stdout: string
  stderr: string
  seconds: number
  peakRssMb: number
}

/** Runs the built CLI in a child that reports its own peak RSS as it exits. */
async function measure(args: string[]): Promise<Measured> {
  const wrapper =
    `process.on('exit', () => process.stderr.write('\\nPEAK_RSS_KB=' + process.resourceUsage().maxRSS + '\\n'));` +
    `await import(${JSON.stringify(pathToFileURL(CLI_BUNDLE).href)})`
  const started = process.hrtime.bigint()
  const child = spawn(process.execPath, ['--input-type=module', '-e', wrapper, CLI_BUNDLE, ...args], {
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const [code] = (await once(child, 'close')) as [number | null]
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  const peakRssMb = Number(/PEAK_RSS_KB=(\d+)/.exec(stderr)?.[1]) / 1024
  return { code, stdout, stderr: stderr.replace(/\n?PEAK_RSS_KB=\d+\n/, ''), seconds, peakRssMb }
}

function report(name: string, file: string, result: Measured): void {
  const size = statSync(file).size
  process.stdout.write(
    `${name}: ${(size / MiB).toFixed(1)} MiB file, exit ${result.code}, ${result.seconds.toFixed(2)} s, ` +
      `peak RSS ${result.peakRssMb.toFixed(0)} MB\n`
  )
}

describe('pattern test refuses hostile files in bounded time and memory', () => {
  it('a 200 MB line without a newline: refused at 256 KiB, the most CloudWatch Logs takes in one event', async () => {
    const file = await bigFile('line.jsonl', '{"eventName":"', 'a', 200, '"}')
    const result = await measure(['pattern', 'test', '--pattern', CIS, '--events', file])
    report('200 MB line', file, result)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('line 1 is larger than 256 KiB, the most CloudWatch Logs accepts in one log event')
    expect(result.stderr).toContain('--max-event-bytes')
    expect(result.stderr).not.toContain('aaaaaaaaaa')
    // Guards only (the figures are printed): refusing needs to read 256 KiB, not 200 MB.
    expect(result.seconds).toBeLessThan(20)
    expect(result.peakRssMb).toBeLessThan(400)
  })

  it('--max-event-bytes raises the limit, and the event is then read', async () => {
    const file = await bigFile(
      'wide.jsonl',
      '{"eventSource":"kms.amazonaws.com","eventName":"DisableKey","pad":"',
      'b',
      1,
      '"}\n'
    )
    const refused = await measure(['pattern', 'test', '--pattern', CIS, '--events', file])
    expect(refused.code).toBe(2)
    const raised = await measure(['pattern', 'test', '--pattern', CIS, '--events', file, '--max-event-bytes', '2M'])
    expect(raised.stderr).toBe('')
    expect(raised.code).toBe(0)
    expect(raised.stdout).toMatch(/^Events matched: +1$/m)
  })

  it('a 200 MB element of a JSON array: refused at 256 KiB', async () => {
    const file = await bigFile('array.json', '[{"eventName":"Decrypt"},{"pad":"', 'a', 200, '"}]')
    const result = await measure(['pattern', 'test', '--pattern', CIS, '--events', file, '--json'])
    report('200 MB array element', file, result)
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toContain('record 1 is larger than 256 KiB')
    expect(result.seconds).toBeLessThan(20)
    expect(result.peakRssMb).toBeLessThan(400)
  })

  it('a CloudTrail file whose record is 200 MB of nested arrays: refused at 256 KiB', async () => {
    const file = await bigFile('trail.json', '{"Records":[{"eventName":"Decrypt"},{"a":', '[', 200, '')
    const result = await measure(['pattern', 'test', '--pattern', CIS, '--events', file])
    report('200 MB CloudTrail record', file, result)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('record 1 is larger than 256 KiB')
    expect(result.seconds).toBeLessThan(20)
    expect(result.peakRssMb).toBeLessThan(400)
  })

  it('a gzip bomb of zeros (1 GiB from 1 MiB): refused at the first 256 KiB line', async () => {
    const file = gzipBomb('zeros.gz', Buffer.alloc(64 * MiB), 16)
    const result = await measure(['pattern', 'test', '--pattern', CIS, '--events', file])
    report('gzip bomb, 1 GiB of zeros', file, result)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('line 1 is larger than 256 KiB')
    expect(result.seconds).toBeLessThan(20)
    expect(result.peakRssMb).toBeLessThan(400)
  })

  it('a gzip bomb of valid events (4 GiB from a few MiB): refused after 1 GiB, or --max-bytes', async () => {
    const line = `${JSON.stringify({ eventSource: 'kms.amazonaws.com', eventName: 'Decrypt', pad: 'x'.repeat(100_000) })}\n`
    const file = gzipBomb('events.gz', Buffer.from(line.repeat(Math.floor((32 * MiB) / line.length))), 128)
    const result = await measure(['pattern', 'test', '--pattern', CIS, '--events', file])
    report('gzip bomb, 4 GiB of 100 KB events', file, result)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain(
      'the file holds more than 1 GiB once decompressed, the most read by default (a small gzip file can expand ' +
        'without end): split the file, or raise the limit with --max-bytes'
    )
    expect(result.seconds).toBeLessThan(60)
    expect(result.peakRssMb).toBeLessThan(400)

    const lower = await measure(['pattern', 'test', '--pattern', CIS, '--events', file, '--max-bytes', '64M'])
    report('the same with --max-bytes 64M', file, lower)
    expect(lower.code).toBe(2)
    expect(lower.stderr).toContain('more than 64 MiB once decompressed')
    expect(lower.seconds).toBeLessThan(result.seconds)
  })
})
