// Benchmark of `cmk-alarm pattern test` on a generated CloudTrail log file (plain and gzipped).
// Usage: node scripts/bench-pattern.mjs [--events N] [--pattern P] [--cli dist/cli/index.js] [--keep]
// Needs the CLI bundle (`npm run bundle`). Prints events/second and the child's peak RSS.
import { spawn } from 'node:child_process'
import { createWriteStream, existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { createGzip } from 'node:zlib'
import { once } from 'node:events'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const CIS = '{($.eventSource = kms.amazonaws.com) && (($.eventName=DisableKey)||($.eventName=ScheduleKeyDeletion)) }'

function parseArgs(argv) {
  const options = { events: 1_000_000, pattern: CIS, cli: path.join(root, 'dist', 'cli', 'index.js'), keep: false }
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]
    if (flag === '--events') options.events = Number(argv[++i])
    else if (flag === '--pattern') options.pattern = argv[++i]
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

async function writeTrailFiles(dir, count) {
  const plainPath = path.join(dir, 'trail.json')
  const gzipPath = path.join(dir, 'trail.json.gz')
  const plain = createWriteStream(plainPath)
  const gzip = createGzip({ level: 6 })
  const gzipOut = createWriteStream(gzipPath)
  gzip.pipe(gzipOut)
  let targets = 0
  let buffer = '{"Records":['
  const flush = async () => {
    plain.write(buffer)
    gzip.write(buffer)
    buffer = ''
    // Check each stream when its turn comes: one may drain while we wait for the other.
    if (plain.writableNeedDrain) await once(plain, 'drain')
    if (gzip.writableNeedDrain) await once(gzip, 'drain')
  }
  let first = true
  for (const { text, target } of records(count)) {
    if (target) targets++
    buffer += (first ? '' : ',') + text
    first = false
    if (buffer.length > 1 << 20) await flush()
  }
  buffer += ']}'
  await flush()
  plain.end()
  gzip.end()
  await Promise.all([once(plain, 'finish'), once(gzipOut, 'finish')])
  return { plainPath, gzipPath, targets }
}

/** Runs the CLI through a wrapper that reports the child's own peak RSS when it exits. */
async function runCli(dir, cli, args) {
  const wrapper = path.join(dir, 'measure.mjs')
  writeFileSync(
    wrapper,
    `process.on('exit', () => { process.stderr.write('\\nBENCH_MAX_RSS_KB=' + process.resourceUsage().maxRSS + '\\n') })\n` +
      `const cli = process.argv[2]\nprocess.argv.splice(2, 1)\nprocess.argv[1] = cli\nawait import(${JSON.stringify(pathToFileURL(cli).href)})\n`
  )
  const started = process.hrtime.bigint()
  const child = spawn(process.execPath, [wrapper, cli, ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
  const out = []
  let err = ''
  child.stdout.on('data', (chunk) => out.push(chunk))
  child.stderr.on('data', (chunk) => (err += chunk))
  const [code] = await once(child, 'close')
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  const maxRssKb = Number(/BENCH_MAX_RSS_KB=(\d+)/.exec(err)?.[1] ?? NaN)
  return {
    code,
    seconds,
    maxRssKb,
    stdout: Buffer.concat(out).toString('utf8'),
    stderr: err.replace(/\n?BENCH_MAX_RSS_KB=\d+\n/, '')
  }
}

async function main() {
  const options = parseArgs(process.argv.slice(2))
  if (!existsSync(options.cli)) {
    console.error(`The CLI bundle ${path.relative(root, options.cli)} does not exist: run \`npm run bundle\` first.`)
    process.exit(1)
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-pattern-'))
  try {
    const generateStart = Date.now()
    const { plainPath, gzipPath, targets } = await writeTrailFiles(dir, options.events)
    const mb = (file) => (statSync(file).size / 1e6).toFixed(1)
    console.log(
      `Generated ${options.events.toLocaleString('en-US')} CloudTrail records (${targets} DisableKey/ScheduleKeyDeletion) in ${((Date.now() - generateStart) / 1000).toFixed(1)} s: ${mb(plainPath)} MB plain, ${mb(gzipPath)} MB gzipped`
    )
    console.log(`Pattern: ${options.pattern}`)
    for (const file of [plainPath, gzipPath]) {
      const result = await runCli(dir, options.cli, [
        'pattern',
        'test',
        '--pattern',
        options.pattern,
        '--events',
        file,
        '--json'
      ])
      if (result.code !== 0) {
        console.error(`The CLI failed (exit ${result.code}) on ${path.basename(file)}:\n${result.stderr}`)
        process.exitCode = 1
        continue
      }
      const { matches } = JSON.parse(result.stdout)
      const matched = matches.filter(Boolean).length
      const check =
        matches.length === options.events && (options.pattern !== CIS || matched === targets) ? 'ok' : 'MISMATCH'
      if (check !== 'ok') process.exitCode = 1
      console.log(
        `${path.basename(file).padEnd(14)} ${result.seconds.toFixed(2)} s wall, ` +
          `${Math.round(options.events / result.seconds).toLocaleString('en-US')} events/s, ` +
          `peak RSS ${(result.maxRssKb / 1024).toFixed(0)} MB, ${matched} matched (${check})`
      )
    }
  } finally {
    if (options.keep) console.log(`Files kept in ${dir}`)
    else rmSync(dir, { recursive: true, force: true })
  }
}

await main()
