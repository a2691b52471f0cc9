// The account benchmark (`npm run bench:verify`, which bundles this file and runs it): the built action, as the runner
// starts it, against moto behind a proxy that adds a fixed latency to every request, on four accounts (empty,
// compliant, a large one with 50 metric filters and 3 more trails, and one with only the trail), for verify and
// enforce. For each run: requests, dependent waves (from the proxy's request start and end times), wall time, and
// wall time as a multiple of one round trip; then the action's start-up (process start to its first AWS request) beside
// a bare `node` start, measured in the same run.
//
//   node .cache/bench-verify/index.js --dist DIR [--latency MS] [--startup N] [--waves] [--json]
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts'
import { spawn } from 'node:child_process'
import http from 'node:http'
import path from 'node:path'
import { NODE24, runAction, type ActionRun } from '../harness/action.js'
import { startAwsProxy, type AwsProxy, type ProxiedRequest } from '../harness/aws-proxy.js'
import { makeClients, projectRoot, startMoto, type MotoServer } from '../harness/moto.js'
import {
  EMPTY_ALARM_HISTORY,
  dependentWaves,
  describeWaves,
  seedLargeAccount,
  seedTrailOnly
} from '../harness/scenarios.js'
import { seedChain } from '../harness/seed.js'

interface Options {
  dist: string
  latencyMs: number
  startupRuns: number
  waves: boolean
  json: boolean
}

function parseOptions(argv: string[]): Options {
  const options: Options = { dist: 'dist', latencyMs: 100, startupRuns: 9, waves: false, json: false }
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]
    if (flag === '--dist') options.dist = argv[++i] ?? ''
    else if (flag === '--latency') options.latencyMs = Number(argv[++i])
    else if (flag === '--startup') options.startupRuns = Number(argv[++i])
    else if (flag === '--waves') options.waves = true
    else if (flag === '--json') options.json = true
    else throw new Error(`unknown option ${flag}`)
  }
  if (!(options.latencyMs >= 0) || !Number.isInteger(options.startupRuns) || options.startupRuns < 1) {
    throw new Error('--latency needs a number of ms and --startup a positive count')
  }
  options.dist = path.resolve(projectRoot, options.dist)
  return options
}

interface Scenario {
  name: string
  account: string
  seed: (moto: MotoServer) => Promise<unknown>
  inputs: Record<string, string>
  /** The status the run must end with: the benchmark refuses to time a run that does not do its job. */
  expect: string
}

const VERIFY = { 'aws-region': 'us-east-1', 'fail-on': 'never' }
const ENFORCE = { ...VERIFY, mode: 'enforce', subscriptions: 'email:secops@example.com' }

const SCENARIOS: Scenario[] = [
  { name: 'verify', account: 'empty', seed: async () => undefined, inputs: VERIFY, expect: 'fail' },
  { name: 'verify', account: 'compliant', seed: (m) => seedChain(m, {}), inputs: VERIFY, expect: 'pass' },
  {
    name: 'verify',
    account: '50 filters, 3 more trails',
    seed: (m) => seedLargeAccount(m),
    inputs: VERIFY,
    expect: 'pass'
  },
  { name: 'enforce, no change', account: 'compliant', seed: (m) => seedChain(m, {}), inputs: ENFORCE, expect: 'pass' },
  {
    name: 'enforce, no change',
    account: '50 filters, 3 more trails',
    seed: (m) => seedLargeAccount(m),
    inputs: ENFORCE,
    expect: 'pass'
  },
  { name: 'enforce', account: 'trail only → compliant', seed: seedTrailOnly, inputs: ENFORCE, expect: 'pass' }
]

interface Measured {
  run: string
  account: string
  status: string
  requests: number
  waves: number
  wallMs: number
  /** First request's start to last answer's end. */
  awsMs: number
  roundTrips: number
  waveList: string[]
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? NaN
}

async function roundTrip(proxy: AwsProxy): Promise<number> {
  const { sts } = makeClients(proxy.endpoint)
  const times: number[] = []
  for (let i = 0; i < 5; i++) {
    const started = performance.now()
    await sts.send(new GetCallerIdentityCommand({}))
    times.push(performance.now() - started)
  }
  proxy.requests.length = 0
  return median(times.slice(1))
}

async function runScenario(
  moto: MotoServer,
  proxy: AwsProxy,
  dist: string,
  s: Scenario,
  rtt: number
): Promise<Measured> {
  await moto.reset()
  await s.seed(moto)
  proxy.requests.length = 0
  let spawned = 0
  const run: ActionRun = await runAction({
    inputs: s.inputs,
    motoEndpoint: proxy.endpoint,
    script: path.join(dist, 'index.js'),
    timeoutMs: 120_000,
    onSpawn: () => (spawned = performance.now())
  })
  const wallMs = performance.now() - spawned
  const requests: ProxiedRequest[] = proxy.requests.filter((r) => !r.internal)
  const status = run.outputs.status ?? `exit ${run.exitCode}`
  if (status !== s.expect) {
    throw new Error(`${s.name} on ${s.account}: status ${status}, expected ${s.expect}\n${run.stdout}\n${run.stderr}`)
  }
  const first = Math.min(...requests.map((r) => r.startedAt))
  const last = Math.max(...requests.map((r) => r.endedAt ?? r.startedAt))
  return {
    run: s.name,
    account: s.account,
    status,
    requests: requests.length,
    waves: dependentWaves(requests).waves,
    wallMs,
    awsMs: requests.length ? last - first : 0,
    roundTrips: wallMs / rtt,
    waveList: describeWaves(requests)
  }
}

/** Spawns `node args` and resolves when `ready` is called by the caller's server, or the process exits. */
function timeSpawn(args: string[], env: NodeJS.ProcessEnv, until: 'exit' | Promise<number>): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn(NODE24, args, { env, stdio: 'ignore' })
    child.once('error', reject)
    if (until === 'exit') child.once('exit', () => resolve(performance.now() - started))
    else until.then((at) => resolve(at - started), reject)
  })
}

interface Startup {
  runs: number
  /** The action: process start to its first AWS request (median). */
  actionMs: number
  /** `node -e 0`: process start to exit (median). */
  bareExitMs: number
  /** A bare node script that sends one HTTP request: process start to that request (median). */
  bareRequestMs: number
}

async function measureStartup(moto: MotoServer, proxy: AwsProxy, dist: string, runs: number): Promise<Startup> {
  await moto.reset()
  await seedChain(moto, {})
  const action: number[] = []
  const bareExit: number[] = []
  const bareRequest: number[] = []
  let arrived: ((at: number) => void) | undefined
  const server = http.createServer((req, res) => {
    arrived?.(performance.now())
    res.end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as { port: number }).port
  try {
    // Interleaved, so that the machine's load weighs on each alike.
    for (let i = 0; i < runs; i++) {
      bareExit.push(await timeSpawn(['-e', '0'], {}, 'exit'))
      const request = new Promise<number>((resolve) => (arrived = resolve))
      bareRequest.push(
        await timeSpawn(
          ['-e', `require('node:http').request('http://127.0.0.1:${port}/', { method: 'POST' }).end()`],
          {},
          request
        )
      )
      proxy.requests.length = 0
      let spawned = 0
      await runAction({
        inputs: VERIFY,
        motoEndpoint: proxy.endpoint,
        script: path.join(dist, 'index.js'),
        onSpawn: () => (spawned = performance.now())
      })
      action.push(Math.min(...proxy.requests.map((r) => r.startedAt)) - spawned)
    }
  } finally {
    server.close()
  }
  return { runs, actionMs: median(action), bareExitMs: median(bareExit), bareRequestMs: median(bareRequest) }
}

const ms = (n: number) => `${Math.round(n).toLocaleString('en-US')} ms`

async function main() {
  const options = parseOptions(process.argv.slice(2))
  const moto = await startMoto()
  const proxy = await startAwsProxy(moto.endpoint, {
    awsMetricFilterSemantics: true,
    stubResponse: EMPTY_ALARM_HISTORY
  })
  proxy.addFault({ operation: '*', kind: 'latency', delayMs: options.latencyMs, count: Infinity })
  try {
    const rtt = await roundTrip(proxy)
    const results: Measured[] = []
    for (const s of SCENARIOS) results.push(await runScenario(moto, proxy, options.dist, s, rtt))
    const startup = await measureStartup(moto, proxy, options.dist, options.startupRuns)
    if (options.json) {
      console.log(JSON.stringify({ latencyMs: options.latencyMs, roundTripMs: rtt, results, startup }, null, 2))
      return
    }
    console.log(
      `Bundle ${path.relative(projectRoot, options.dist) || '.'}; Node ${await nodeVersion()}; moto behind a proxy adding ${options.latencyMs} ms to every request; one round trip ${ms(rtt)} (median of 4).`
    )
    console.log('')
    console.log('| run | account | requests | dependent waves | wall time | × one round trip |')
    console.log('| --- | --- | ---: | ---: | ---: | ---: |')
    for (const r of results) {
      console.log(
        `| ${r.run} | ${r.account} | ${r.requests} | ${r.waves} | ${ms(r.wallMs)} | ${r.roundTrips.toFixed(1)} |`
      )
    }
    console.log('')
    console.log(
      `Start-up (median of ${startup.runs}): the action's first AWS request ${ms(startup.actionMs)} after its process started; ` +
        `a bare node start to exit ${ms(startup.bareExitMs)} (× ${(startup.actionMs / startup.bareExitMs).toFixed(2)}), ` +
        `and to a first HTTP request ${ms(startup.bareRequestMs)} (× ${(startup.actionMs / startup.bareRequestMs).toFixed(2)}).`
    )
    if (options.waves) {
      for (const r of results) {
        console.log(`\n${r.run} — ${r.account}:`)
        for (const w of r.waveList) console.log(`  ${w}`)
      }
    }
  } finally {
    await proxy.close()
    await moto.stop()
  }
}

function nodeVersion(): Promise<string> {
  return new Promise((resolve) => {
    const child = spawn(NODE24, ['--version'])
    let out = ''
    child.stdout.on('data', (b: Buffer) => (out += b.toString()))
    child.once('close', () => resolve(out.trim()))
  })
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error))
  process.exitCode = 1
})
