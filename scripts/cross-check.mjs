// For developers of the pattern engine: AWS's own filter evaluator (logs:TestMetricFilter, read-only) beside the
// engine, on your own patterns and events, printing every event where the two disagree.
//
// Usage: node scripts/cross-check.mjs CASES.json [--region R] [--endpoint-url URL] [--cli dist/cli/index.js] [--json]
//   CASES.json: {"patterns": ["{ $.eventName = DisableKey }", ...], "events": [{...a CloudTrail record...}, "text", ...]}
//   (an event that is not a string is sent as its JSON text, as CloudTrail delivers records to CloudWatch Logs).
// Needs AWS credentials (the default chain: AWS_PROFILE, environment, SSO, ...) with logs:TestMetricFilter
// (policies/cross-check.json), and the CLI bundle (`npm run bundle`) for the engine's side (`cmk-alarm pattern test`).
// Events go to AWS 50 at a time (the API's limit). Exit status: 0 they agree on everything, 1 they disagree somewhere,
// 2 bad usage or an unanswered call.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { CloudWatchLogsClient, TestMetricFilterCommand } from '@aws-sdk/client-cloudwatch-logs'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const MAX_MESSAGES = 50

function usage(message) {
  process.stderr.write(
    `${message}\nUsage: node scripts/cross-check.mjs CASES.json [--region R] [--endpoint-url URL] [--cli PATH] [--json]\n`
  )
  process.exit(2)
}

function parseArgs(argv) {
  const options = { cli: path.join(root, 'dist', 'cli', 'index.js'), json: false }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    if (a === '--region') options.region = argv[++i]
    else if (a === '--endpoint-url') options.endpoint = argv[++i]
    else if (a === '--cli') options.cli = argv[++i]
    else if (a === '--json') options.json = true
    else if (a.startsWith('--')) usage(`unknown flag ${a}`)
    else if (!options.file) options.file = a
    else usage(`one CASES.json only (got ${a} too)`)
  }
  if (!options.file) usage('no CASES.json given')
  return options
}

function readCases(file) {
  let cases
  try {
    cases = JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    usage(`${file}: ${error.message}`)
  }
  const { patterns, events } = cases ?? {}
  if (!Array.isArray(patterns) || !patterns.every((p) => typeof p === 'string') || patterns.length === 0)
    usage(`${file}: "patterns" must be a non-empty array of strings`)
  if (!Array.isArray(events) || events.length === 0) usage(`${file}: "events" must be a non-empty array`)
  return { patterns, messages: events.map((e) => (typeof e === 'string' ? e : JSON.stringify(e))) }
}

/** The engine's answer per message, through the CLI (`pattern test --json`): booleans, or its reason to reject. */
function engineAnswers(cli, pattern, messages) {
  const dir = mkdtempSync(path.join(tmpdir(), 'cmk-cross-check-'))
  try {
    const file = path.join(dir, 'events.json')
    writeFileSync(file, JSON.stringify(messages))
    const run = spawnSync(
      process.execPath,
      [cli, 'pattern', 'test', '--pattern', pattern, '--events', file, '--format', 'json-array', '--json'],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }
    )
    let out
    try {
      out = JSON.parse(run.stdout)
    } catch {
      throw new Error(`the engine (${cli}) gave no JSON answer: ${(run.stderr || run.stdout).slice(0, 500)}`)
    }
    if (out.valid === false) return { error: out.error }
    if (!Array.isArray(out.matches) || out.matches.length !== messages.length)
      throw new Error(`the engine gave ${out.matches?.length ?? 'no'} answers for ${messages.length} events`)
    return { matches: out.matches }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** AWS's answer per message, 50 at a time; a match is tied to its event by the message AWS returns. */
async function awsAnswers(client, pattern, messages) {
  const matches = messages.map(() => false)
  for (let start = 0; start < messages.length; start += MAX_MESSAGES) {
    const batch = messages.slice(start, start + MAX_MESSAGES)
    let out
    try {
      out = await client.send(new TestMetricFilterCommand({ filterPattern: pattern, logEventMessages: batch }))
    } catch (error) {
      if (error?.name === 'InvalidParameterException') return { error: error.message }
      throw error
    }
    for (const m of out.matches ?? []) {
      const i = batch.indexOf(m.eventMessage)
      if (i < 0) throw new Error(`AWS answered with a match that names no event sent (eventNumber ${m.eventNumber})`)
      matches[start + i] = true
    }
  }
  return { matches }
}

const say = (answer, i) =>
  answer.error !== undefined ? 'rejects the pattern' : answer.matches[i] ? 'match' : 'no match'

async function main() {
  const options = parseArgs(process.argv.slice(2))
  const { patterns, messages } = readCases(options.file)
  const client = new CloudWatchLogsClient({
    ...(options.region ? { region: options.region } : {}),
    ...(options.endpoint ? { endpoint: options.endpoint } : {})
  })
  const results = []
  for (const pattern of patterns) {
    const engine = engineAnswers(options.cli, pattern, messages)
    const aws = await awsAnswers(client, pattern, messages)
    const disagreements = messages
      .map((message, i) => ({ event: i, message, aws: say(aws, i), engine: say(engine, i) }))
      .filter((d) => d.aws !== d.engine)
    results.push({
      pattern,
      events: messages.length,
      ...(engine.error !== undefined ? { engineError: engine.error } : {}),
      ...(aws.error !== undefined ? { awsError: aws.error } : {}),
      disagreements
    })
  }
  if (options.json) process.stdout.write(`${JSON.stringify({ results }, null, 2)}\n`)
  else {
    for (const r of results) {
      const head = r.disagreements.length
        ? `DISAGREE on ${r.disagreements.length} of ${r.events} events`
        : `agree on all ${r.events} events`
      process.stdout.write(`${head}: ${r.pattern}\n`)
      if (r.awsError !== undefined) process.stdout.write(`  AWS rejects the pattern: ${r.awsError}\n`)
      if (r.engineError !== undefined) process.stdout.write(`  the engine rejects the pattern: ${r.engineError}\n`)
      for (const d of r.disagreements) {
        const shown = d.message.length > 300 ? `${d.message.slice(0, 300)}…` : d.message
        process.stdout.write(`  event ${d.event}: AWS ${d.aws}, engine ${d.engine}: ${shown}\n`)
      }
    }
  }
  return results.some((r) => r.disagreements.length > 0) ? 1 : 0
}

main().then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`cross-check: ${error?.name ?? 'Error'}: ${error?.message ?? error}\n`)
    process.exit(2)
  }
)
