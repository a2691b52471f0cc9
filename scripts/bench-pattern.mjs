// Benchmark of `cmk-alarm pattern test` on generated log files: the same records as a CloudTrail file
// ({"Records":[...]}, as S3 holds it) and as JSON lines, each plain and gzipped, with two patterns: the CIS one (which
// the literal prefilter answers for most events) and one that needs every event parsed. Each run is set beside the
// floor: a bare JSON.parse of the same bytes (read, decompressed and decoded the same way), measured in the same run.
// Usage: node scripts/bench-pattern.mjs [--events N] [--pattern P] [--cli dist/cli/index.js] [--keep]
// Needs the CLI bundle (`npm run bundle`). Prints wall time, events/second, the child's peak RSS, and the ratios.
import { spawn } from 'node:child_process'
import { createWriteStream, existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { createGzip } from 'node:zlib'
import { once } from 'node:events'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const CIS = '{($.eventSource = kms.amazonaws.com) && (($.eventName=DisableKey)||($.eventName=ScheduleKeyDeletion)) }'
// No literal to prefilter on: every event is parsed and evaluated. It matches exactly the generated targets too.
const FULL = '{ $.readOnly IS FALSE }'

function parseArgs(argv) {
  const options = {
    events: 1_000_000,
    patterns: [CIS, FULL],
    cli: path.join(root, 'dist', 'cli', 'index.js'),
    keep: false
  }
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]
    if (flag === '--events') options.events = Number(argv[++i])
    else if (flag === '--pattern') options.patterns = [argv[++i]]
    else if (flag === '--cli') options.cli = path.resolve(argv[++i])
    else if (flag === '--keep') options.keep = true
    else {
      console.error(`unknown option ${flag}`)
      process.exit(2)
    }
  }
  if (!Number.isInteger(options.events) || options.events < 1) {
    console.error('--events needs a positive integer')
    process.exit(2)
  }
  return options
}

// A deterministic generator (no Math.random) so that runs are comparable.
function* records(count) {
  let seed = 42
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648
  const kmsCalls = [
    'Decrypt',
    'GenerateDataKey',
    'Encrypt',
    'DescribeKey',
    'DisableKeyRotation',
    'CancelKeyDeletion',
    'EnableKey'
  ]
  const otherCalls = [
    ['s3.amazonaws.com', 'GetObject'],
    ['ec2.amazonaws.com', 'DescribeInstances'],
    ['sts.amazonaws.com', 'AssumeRole'],
    ['iam.amazonaws.com', 'GetRole'],
    ['lambda.amazonaws.com', 'Invoke'],
    ['cloudtrail.amazonaws.com', 'LookupEvents']
  ]
  for (let i = 0; i < count; i++) {
    const roll = next()
    let source = 'kms.amazonaws.com'
    let name
    let target = false
    if (roll < 0.001) {
      name = roll < 0.0005 ? 'DisableKey' : 'ScheduleKeyDeletion'
      target = true
    } else if (roll < 0.4) {
      name = kmsCalls[Math.floor(next() * kmsCalls.length)]
    } else {
      ;[source, name] = otherCalls[Math.floor(next() * otherCalls.length)]
    }
    const record = {
      eventVersion: '1.09',
      userIdentity: {
        type: 'AssumedRole',
        principalId: `AROAEXAMPLE${i % 97}:session-${i % 13}`,
        arn: `arn:aws:sts::111122223333:assumed-role/App${i % 7}/session-${i % 13}`,
        accountId: '111122223333',
        accessKeyId: `ASIAEXAMPLE${i % 1000}`,
        sessionContext: {
          sessionIssuer: {
            type: 'Role',
            principalId: `AROAEXAMPLE${i % 97}`,
            arn: `arn:aws:iam::111122223333:role/App${i % 7}`,
            accountId: '111122223333',
            userName: `App${i % 7}`
          },
          attributes: { creationDate: '2026-01-15T09:00:00Z', mfaAuthenticated: 'false' }
        }
      },
      eventTime: new Date(1767225600000 + i * 1000).toISOString().replace('.000', ''),
      eventSource: source,
      eventName: name,
      awsRegion: ['us-east-1', 'eu-west-1', 'ap-southeast-2'][i % 3],
      sourceIPAddress: `198.51.100.${i % 250}`,
      userAgent: 'aws-sdk-java/2.25.0 Linux/6.1 OpenJDK_64-Bit_Server_VM/17.0.10',
      requestParameters:
        source === 'kms.amazonaws.com'
          ? {
              keyId: `arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-${String(i % 10000).padStart(12, '0')}`
            }
          : { resource: `item-${i}` },
      responseElements: null,
      requestID: `req-${i.toString(16).padStart(8, '0')}-4b28-98b9-9153da559963`,
      eventID: `evt-${i.toString(16).padStart(8, '0')}-467c-b4ba-f729d45ae521`,
      readOnly: !target,
      eventType: 'AwsApiCall',
      managementEvent: true,
      recipientAccountId: '111122223333',
      eventCategory: 'Management'
    }
    yield { text: JSON.stringify(record), target }
  }
}

/**
 * Writes the records four ways: a CloudTrail file and JSON lines, each plain and gzipped. For the floor it also notes
 * where the CloudTrail file can be cut into pieces of whole records (every ~16 MB) that JSON.parse takes as arrays.
 */
async function writeEventFiles(dir, count) {
  const files = {
    trail: path.join(dir, 'trail.json'),
    trailGz: path.join(dir, 'trail.json.gz'),
    lines: path.join(dir, 'events.jsonl'),
    linesGz: path.join(dir, 'events.jsonl.gz')
  }
  const outputs = Object.fromEntries(
    Object.entries(files).map(([key, file]) => {
      const out = createWriteStream(file)
      if (!file.endsWith('.gz')) return [key, { out, stream: out }]
      const gzip = createGzip({ level: 6 })
      gzip.pipe(out)
      return [key, { out, stream: gzip }]
    })
  )
  let targets = 0
  const buffers = { trail: '{"Records":[', lines: '' }
  let offset = buffers.trail.length
  let segmentStart = offset
  const segments = []
  const flush = async () => {
    for (const [key, text] of [
      ['trail', buffers.trail],
      ['lines', buffers.lines]
    ]) {
      for (const suffix of ['', 'Gz']) outputs[key + suffix].stream.write(text)
    }
    buffers.trail = ''
    buffers.lines = ''
    // Check each stream when its turn comes: one may drain while we wait for another.
    for (const { stream } of Object.values(outputs)) if (stream.writableNeedDrain) await once(stream, 'drain')
  }
  let first = true
  for (const { text, target } of records(count)) {
    if (target) targets++
    // The records are ASCII, so string lengths are byte offsets.
    if (!first && offset - segmentStart > 16e6) {
      segments.push([segmentStart, offset])
      segmentStart = offset + 1
    }
    buffers.trail += (first ? '' : ',') + text
    offset += (first ? 0 : 1) + text.length
    buffers.lines += `${text}\n`
    first = false
    if (buffers.trail.length > 1 << 20) await flush()
  }
  segments.push([segmentStart, offset])
  buffers.trail += ']}'
  await flush()
  for (const { stream } of Object.values(outputs)) stream.end()
  await Promise.all(Object.values(outputs).map(({ out }) => once(out, 'finish')))
  const segmentsFile = path.join(dir, 'segments.json')
  writeFileSync(segmentsFile, JSON.stringify(segments))
  return { files, targets, segmentsFile }
}

/**
 * The floor, run as a child like the CLI: stream the file (gunzip when .gz) in the CLI's 1 MiB chunks, decode it, and
 * JSON.parse every byte once: JSON lines line by line, the CloudTrail file in pieces of whole records.
 */
const FLOOR_SCRIPT = `
import { createReadStream, readFileSync } from 'node:fs'
import { StringDecoder } from 'node:string_decoder'
import { createGunzip } from 'node:zlib'
const [file, kind, segmentsFile] = process.argv.slice(2)
const raw = createReadStream(file, { highWaterMark: 1 << 20 })
const stream = file.endsWith('.gz') ? raw.pipe(createGunzip({ chunkSize: 1 << 20 })) : raw
const decoder = new StringDecoder('utf8')
let parsed = 0
let pending = ''
if (kind === 'lines') {
  for await (const chunk of stream) {
    const text = pending + decoder.write(chunk)
    let start = 0
    let end = text.indexOf('\\n')
    while (end >= 0) {
      JSON.parse(text.slice(start, end))
      parsed++
      start = end + 1
      end = text.indexOf('\\n', start)
    }
    pending = text.slice(start)
  }
} else {
  const segments = JSON.parse(readFileSync(segmentsFile, 'utf8'))
  let consumed = 0
  let next = 0
  for await (const chunk of stream) {
    pending += decoder.write(chunk)
    while (next < segments.length && consumed + pending.length >= segments[next][1]) {
      const [from, to] = segments[next++]
      parsed += JSON.parse('[' + pending.slice(from - consumed, to - consumed) + ']').length
      pending = pending.slice(to - consumed)
      consumed = to
    }
  }
}
process.stdout.write(String(parsed))
`

/** Runs a script (the CLI, or the floor) in a child that reports its own peak RSS and CPU time when it exits. */
async function runChild(dir, script, args) {
  const wrapper = path.join(dir, `measure-${path.basename(script)}`)
  writeFileSync(
    wrapper,
    `process.on('exit', () => { const u = process.resourceUsage(); process.stderr.write('\\nBENCH_USAGE=' + u.maxRSS + ',' + (u.userCPUTime + u.systemCPUTime) + '\\n') })\n` +
      `process.argv.splice(1, 1)\nawait import(${JSON.stringify(pathToFileURL(script).href)})\n`
  )
  const started = process.hrtime.bigint()
  const child = spawn(process.execPath, [wrapper, script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
  const out = []
  let err = ''
  child.stdout.on('data', (chunk) => out.push(chunk))
  child.stderr.on('data', (chunk) => (err += chunk))
  const [code] = await once(child, 'close')
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  const [maxRssKb, cpuMicros] = (/BENCH_USAGE=(\d+),(\d+)/.exec(err) ?? []).slice(1).map(Number)
  return {
    code,
    seconds,
    cpuSeconds: cpuMicros / 1e6,
    maxRssKb,
    stdout: Buffer.concat(out).toString('utf8'),
    stderr: err.replace(/\n?BENCH_USAGE=[\d,]+\n/, '')
  }
}

const mb = (bytes) => (bytes / 1e6).toFixed(bytes < 1e8 ? 1 : 0)

async function main() {
  const options = parseArgs(process.argv.slice(2))
  if (!existsSync(options.cli)) {
    console.error(`The CLI bundle ${path.relative(root, options.cli)} does not exist: run \`npm run bundle\` first.`)
    process.exit(1)
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-pattern-'))
  try {
    const generateStart = Date.now()
    const { files, targets, segmentsFile } = await writeEventFiles(dir, options.events)
    console.log(
      `Generated ${options.events.toLocaleString('en-US')} CloudTrail records (${targets} DisableKey/ScheduleKeyDeletion) ` +
        `in ${((Date.now() - generateStart) / 1000).toFixed(1)} s: ${mb(statSync(files.trail).size)} MB plain, ` +
        `${mb(statSync(files.trailGz).size)} MB gzipped (JSON lines: ${mb(statSync(files.lines).size)} MB, ` +
        `${mb(statSync(files.linesGz).size)} MB)`
    )
    const floorScript = path.join(dir, 'floor.mjs')
    writeFileSync(floorScript, FLOOR_SCRIPT)
    const labels = new Map([
      [CIS, 'CIS pattern'],
      [FULL, 'full evaluation']
    ])
    console.log(
      `Patterns: ${options.patterns.map((pattern) => `${labels.get(pattern) ?? 'given'}: ${pattern}`).join('; ')}`
    )
    console.log('file                  pattern           wall     events/s   peak RSS   CPU     × floor (wall, CPU)')
    for (const [key, label] of [
      ['trail', 'CloudTrail, plain'],
      ['trailGz', 'CloudTrail, gzip'],
      ['lines', 'JSON lines, plain'],
      ['linesGz', 'JSON lines, gzip']
    ]) {
      const file = files[key]
      const floor = await runChild(dir, floorScript, [file, key.startsWith('trail') ? 'trail' : 'lines', segmentsFile])
      if (floor.code !== 0 || Number(floor.stdout) !== options.events) {
        console.error(`The floor failed on ${path.basename(file)} (exit ${floor.code}): ${floor.stderr}`)
        process.exitCode = 1
        continue
      }
      const row = (pattern, run, ratio) =>
        `${label.padEnd(21)} ${pattern.padEnd(16)} ${run.seconds.toFixed(2).padStart(6)} s ` +
        `${Math.round(options.events / run.seconds)
          .toLocaleString('en-US')
          .padStart(10)} ` +
        `${(run.maxRssKb / 1024).toFixed(0).padStart(6)} MB ${run.cpuSeconds.toFixed(2).padStart(6)} s  ${ratio}`
      console.log(row('JSON.parse floor', floor, '1.00'))
      for (const pattern of options.patterns) {
        const result = await runChild(dir, options.cli, [
          'pattern',
          'test',
          '--pattern',
          pattern,
          '--events',
          file,
          '--max-bytes',
          '64G',
          '--json'
        ])
        let summary
        try {
          summary = JSON.parse(result.stdout)
        } catch {
          console.error(`The CLI failed (exit ${result.code}) on ${path.basename(file)}:\n${result.stderr}`)
          process.exitCode = 1
          continue
        }
        const expectedMatches = labels.has(pattern) ? targets : summary.eventsMatched
        const check =
          summary.eventsRead === options.events &&
          summary.matches.length === options.events &&
          summary.eventsMatched === expectedMatches
            ? ''
            : '  MISMATCH'
        if (check !== '') process.exitCode = 1
        const ratio = `${(result.seconds / floor.seconds).toFixed(2)}, ${(result.cpuSeconds / floor.cpuSeconds).toFixed(2)}`
        console.log(row(labels.get(pattern) ?? 'given pattern', result, ratio) + check)
      }
    }
  } finally {
    if (options.keep) console.log(`Files kept in ${dir}`)
    else rmSync(dir, { recursive: true, force: true })
  }
}

await main()
