// Benchmark of a run over many accounts: the built CLI checks 1 account, then 100 accounts (one region), against moto
// behind a proxy that adds 40 ms to every request (a realistic AWS round trip), and counts the requests each target
// makes. A run over N accounts should take a small multiple of one account's time, not N times it, with the same
// requests per target.
//
// Usage: node scripts/bench-estate.mjs [--accounts 100] [--latency-ms 40] [--concurrency 20,100] [--moto-servers 2]
//                                     [--repeat 3] [--cli FILE]
// Each run is repeated (--repeat) and the median wall time is shown: the machine this runs on is shared.
// Without --cli it builds the CLI into .cache/bench-estate first. Starts its own moto server (scripts/moto-venv.mjs)
// on a loopback port and stops it at the end. Prints one table; nothing is written outside .cache/.
import { execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { seedChain, startMoto } from './lib/moto.mjs'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const HUB = '123456789012'
const REGION = 'us-east-1'
const ROLE = 'cmk-alarm-verify'

function parseArgs(argv) {
  const options = { accounts: 100, latencyMs: 40, concurrency: [20, 100], servers: 2, repeat: 3, cli: undefined }
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]
    const value = argv[++i]
    if (flag === '--accounts') options.accounts = Number(value)
    else if (flag === '--latency-ms') options.latencyMs = Number(value)
    else if (flag === '--concurrency') options.concurrency = value.split(',').map(Number)
    else if (flag === '--cli') options.cli = path.resolve(value)
    else if (flag === '--moto-servers') options.servers = Number(value)
    else if (flag === '--repeat') options.repeat = Number(value)
    else {
      console.error(`unknown option ${flag}`)
      process.exit(2)
    }
  }
  if (!(options.accounts >= 1 && options.accounts <= 999)) throw new Error('--accounts: 1 to 999')
  return options
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

/** The moto server an account lives on. */
function shardOf(account, count) {
  return Number(BigInt(account) % BigInt(count))
}

/**
 * A proxy that waits `latencyMs` before forwarding each request, and records the account each one acts in (from the
 * x-moto-account-id header, or the AssumeRole answer that issued its access key) and, for AssumeRole, the role's.
 */
async function startLatencyProxy(shards, latencyMs) {
  const keyAccounts = new Map()
  const requests = []
  const server = http.createServer((req, res) => {
    const chunks = []
    req.on('data', (c) => chunks.push(c))
    req.on('end', async () => {
      const body = Buffer.concat(chunks)
      const text = body.toString('utf8')
      const key = /Credential=([^/]+)\//.exec(String(req.headers.authorization ?? ''))?.[1]
      const account = String(req.headers['x-moto-account-id'] ?? '') || keyAccounts.get(key) || HUB
      const operation =
        String(req.headers['x-amz-target'] ?? '')
          .split('.')
          .pop() || /Action=(\w+)/.exec(text)?.[1]
      const role = /RoleArn=arn%3Aaws%3Aiam%3A%3A(\d{12})/.exec(text)?.[1]
      requests.push({ account, operation, target: role ?? account })
      // Each account lives on one moto server (an AssumeRole on the server of the role's account), and says which
      // account it is in the header: one moto process cannot serve a hundred accounts at AWS's pace.
      const home = role ?? account
      const upstream = new URL(shards[shardOf(home, shards.length)])
      const headers = { ...req.headers, host: upstream.host }
      if (!role && account !== HUB) headers['x-moto-account-id'] = account
      await sleep(latencyMs)
      const answer = await new Promise((resolve, reject) => {
        const up = http.request(
          {
            host: upstream.hostname,
            port: upstream.port,
            path: req.url,
            method: req.method,
            headers
          },
          (r) => {
            const parts = []
            r.on('data', (c) => parts.push(c))
            r.on('end', () => resolve({ status: r.statusCode, headers: r.headers, body: Buffer.concat(parts) }))
          }
        )
        up.on('error', reject)
        up.end(body)
      })
      if (operation === 'AssumeRole') {
        const xml = answer.body.toString('utf8')
        const id = /<AccessKeyId>([^<]+)</.exec(xml)?.[1]
        const owner = /sts::(\d{12}):assumed-role/.exec(xml)?.[1]
        if (id && owner) keyAccounts.set(id, owner)
      }
      const back = { ...answer.headers }
      delete back['transfer-encoding']
      back['content-length'] = String(answer.body.length)
      res.writeHead(answer.status, back)
      res.end(answer.body)
    })
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    endpoint: `http://127.0.0.1:${server.address().port}`,
    requests,
    close: () => new Promise((resolve) => (server.closeAllConnections(), server.close(resolve)))
  }
}

/** Seeds every account, a few at a time, straight into moto (not through the latency proxy). */
async function seed(shards, accounts) {
  let next = 0
  const worker = async () => {
    while (next < accounts.length) {
      const account = accounts[next++]
      await seedChain({ endpoint: shards[shardOf(account, shards.length)], account, region: REGION })
    }
  }
  await Promise.all(Array.from({ length: 8 }, worker))
}

function runCli(cli, args, endpoint) {
  const tmp = mkdtempSync(path.join(tmpdir(), 'bench-estate-'))
  writeFileSync(path.join(tmp, 'config'), '')
  const env = {
    PATH: process.env.PATH,
    HOME: tmp,
    AWS_ENDPOINT_URL: endpoint,
    AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
    AWS_SECRET_ACCESS_KEY: 'moto',
    AWS_REGION: REGION,
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_CONFIG_FILE: path.join(tmp, 'config'),
    AWS_SHARED_CREDENTIALS_FILE: path.join(tmp, 'config')
  }
  // e.g. BENCH_NODE_ARGS='--cpu-prof --cpu-prof-dir=/tmp/prof' to profile the CLI.
  const nodeArgs = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean)
  const started = process.hrtime.bigint()
  return new Promise((resolve, reject) => {
    // GNU time, when there, adds the CLI's own CPU time (user + system) on the last line of stderr.
    const timed = existsSync('/usr/bin/time')
    const command = timed ? '/usr/bin/time' : process.execPath
    const argv = timed ? ['-f', 'cpu %U %S', process.execPath, ...nodeArgs, cli, ...args] : [...nodeArgs, cli, ...args]
    const child = spawn(command, argv, { env, cwd: tmp, stdio: ['ignore', 'pipe', 'pipe'] })
    const out = []
    const err = []
    child.stdout.on('data', (c) => out.push(c))
    child.stderr.on('data', (c) => err.push(c))
    child.on('error', reject)
    child.on('exit', (code) => {
      rmSync(tmp, { recursive: true, force: true })
      const cpu = /cpu ([\d.]+) ([\d.]+)\s*$/.exec(Buffer.concat(err).toString())
      resolve({
        code,
        seconds: Number(process.hrtime.bigint() - started) / 1e9,
        cpuSeconds: cpu ? Number(cpu[1]) + Number(cpu[2]) : undefined,
        output: Buffer.concat(out).toString()
      })
    })
  })
}

async function main() {
  const options = parseArgs(process.argv.slice(2))
  let cli = options.cli
  if (!cli) {
    const out = path.join(root, '.cache', 'bench-estate')
    console.log('Building the CLI into .cache/bench-estate ...')
    execFileSync(process.execPath, [path.join(root, 'scripts', 'bundle.mjs'), out], { stdio: 'inherit' })
    cli = path.join(out, 'cli', 'index.js')
  }
  const accounts = Array.from({ length: options.accounts }, (_, i) =>
    String(100000000001 + i * 1000003).padStart(12, '0')
  )
  const servers = await Promise.all(Array.from({ length: options.servers }, () => startMoto()))
  const shards = servers.map((m) => m.endpoint)
  try {
    console.log(`Seeding ${accounts.length} accounts with a compliant chain on ${shards.length} moto servers ...`)
    await seed(shards, accounts)
    const proxy = await startLatencyProxy(shards, options.latencyMs)
    const rows = []
    const measure = async (label, targetAccounts, concurrency) => {
      const runs = []
      for (let i = 0; i < options.repeat; i++) {
        const from = proxy.requests.length
        const r = await runCli(
          cli,
          [
            'verify',
            '--region',
            REGION,
            '--accounts',
            targetAccounts.join(','),
            '--member-role',
            ROLE,
            '--max-concurrency',
            String(concurrency),
            '--json'
          ],
          proxy.endpoint
        )
        const made = proxy.requests.slice(from)
        const json = JSON.parse(r.output.slice(r.output.indexOf('{')))
        if (json.counts.pass !== targetAccounts.length)
          throw new Error(`${label}: expected every target to pass\n${r.output.slice(0, 2000)}`)
        runs.push({ ...r, made })
      }
      runs.sort((a, b) => a.seconds - b.seconds)
      const median = runs[Math.floor(runs.length / 2)]
      const perTarget = targetAccounts.map((a) => median.made.filter((q) => q.target === a).length)
      rows.push({
        label,
        targets: targetAccounts.length,
        concurrency,
        seconds: median.seconds,
        range: [runs[0].seconds, runs.at(-1).seconds],
        cpuSeconds: median.cpuSeconds,
        requests: median.made.length,
        perTarget: [Math.min(...perTarget), Math.max(...perTarget)]
      })
    }
    await measure('1 account', accounts.slice(0, 1), 20)
    for (const c of options.concurrency) await measure(`${accounts.length} accounts`, accounts, c)
    await proxy.close()

    const one = rows[0].seconds
    console.log(
      `\n${options.latencyMs} ms added to every request; one region; ${shards.length} moto servers; median of ${options.repeat} runs; node ${process.version}\n`
    )
    console.log(
      '| run | targets | max-concurrency | wall time (range) | × one account | CPU time of the CLI | requests | requests per target |'
    )
    console.log('| --- | --- | --- | --- | --- | --- | --- | --- |')
    for (const r of rows) {
      const per = r.perTarget[0] === r.perTarget[1] ? String(r.perTarget[0]) : `${r.perTarget[0]}-${r.perTarget[1]}`
      console.log(
        `| ${r.label} | ${r.targets} | ${r.concurrency} | ${r.seconds.toFixed(2)} s (${r.range[0].toFixed(1)}-${r.range[1].toFixed(1)}) | ${(r.seconds / one).toFixed(1)} | ${r.cpuSeconds === undefined ? '?' : `${r.cpuSeconds.toFixed(2)} s`} | ${r.requests} | ${per} |`
      )
    }
  } finally {
    for (const m of servers) m.stop()
  }
}

await main()
