// One moto server per test file: start it in beforeAll, stop it in afterAll.
//
//   const moto = await startMoto()
//   const { logs, cloudwatch, sns, sts, cloudtrail } = moto.clients({ region: 'eu-west-1', account: '222222222222' })
//   ...
//   await moto.stop()
//
// The server is `<venv python> -m moto.server -H 127.0.0.1 -p <free port>` (the venv comes from scripts/moto-venv.mjs).
// It is launched through a few lines of Python that run exactly that module and also exit the server as soon as its
// stdin reaches EOF, i.e. as soon as the test process is gone, however it died (even SIGKILL): no orphaned servers.
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { CloudTrailClient } from '@aws-sdk/client-cloudtrail'
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch'
import { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs'
import { SNSClient } from '@aws-sdk/client-sns'
import { STSClient } from '@aws-sdk/client-sts'

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

/** moto's default account (used when no `x-moto-account-id` header is sent). */
export const DEFAULT_ACCOUNT = '123456789012'
export const DEFAULT_REGION = 'us-east-1'
/** Static test credentials; moto accepts any key, and with this one GetCallerIdentity answers `arn:aws:sts::<acct>:user/moto`. */
export const TEST_CREDENTIALS = { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'x' } as const

export interface ClientOptions {
  /** Region the clients sign for; moto takes the region from the SigV4 credential scope. Default us-east-1. */
  region?: string
  /** 12-digit account; sent as the `x-moto-account-id` header on every request. Default: moto's 123456789012. */
  account?: string
}

export interface MotoClients {
  logs: CloudWatchLogsClient
  cloudwatch: CloudWatchClient
  sns: SNSClient
  sts: STSClient
  cloudtrail: CloudTrailClient
  region: string
  account: string
}

export interface MotoServer {
  /** `http://127.0.0.1:<port>` */
  endpoint: string
  port: number
  /** POST /moto-api/reset: wipes every account and region. */
  reset(): Promise<void>
  /** Kills the server (SIGTERM, then SIGKILL after 3 s) and waits for it to exit. Idempotent. */
  stop(): Promise<void>
  /** SDK v3 clients pointed at this server (static test credentials, maxAttempts 1). */
  clients(opts?: ClientOptions): MotoClients
  /** The tail of the server's stderr (werkzeug logs each request there), for debugging a failing test. */
  logs(): string
}

const STARTUP_TIMEOUT_MS = 20_000
const LOG_TAIL_CHARS = 64 * 1024

// Runs `python -m moto.server <args>` (runpy, exactly like -m) plus a watchdog thread: EOF on stdin => exit.
const LAUNCHER = [
  'import os, runpy, sys, threading',
  'def _watch():',
  '    try:',
  '        while sys.stdin.buffer.read(65536):',
  '            pass',
  '    finally:',
  '        os._exit(0)',
  'threading.Thread(target=_watch, daemon=True).start()',
  "sys.argv = ['moto.server'] + sys.argv[1:]",
  "runpy.run_module('moto.server', run_name='__main__', alter_sys=True)"
].join('\n')

async function resolveMotoPython(): Promise<string> {
  if (process.env.MOTO_PYTHON) return process.env.MOTO_PYTHON
  // scripts/moto-venv.mjs is the single source of truth for the venv location (it has no .d.ts, hence the URL import).
  const mod = (await import(pathToFileURL(path.join(projectRoot, 'scripts', 'moto-venv.mjs')).href)) as {
    motoPython: string
  }
  return mod.motoPython
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer()
    srv.unref()
    srv.on('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address()
      const port = typeof addr === 'object' && addr ? addr.port : 0
      srv.close(() => (port ? resolve(port) : reject(new Error('could not get a free port'))))
    })
  })
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

// Every live child, killed on process exit. Belt and braces only: inside jest's sandbox `process` is a copy and this
// hook never fires; what really guarantees cleanup is the stdin watchdog (the pipe closes when this process dies).
const liveChildren = new Set<ChildProcess>()
let exitHookInstalled = false
function installExitHook() {
  if (exitHookInstalled) return
  exitHookInstalled = true
  process.once('exit', () => {
    for (const child of liveChildren) {
      try {
        child.kill('SIGKILL')
      } catch {
        /* already gone */
      }
    }
  })
}

/** Starts a moto server on a free port and resolves once `GET /moto-api/data.json` answers. */
export async function startMoto(): Promise<MotoServer> {
  const python = await resolveMotoPython()
  if (!existsSync(python)) {
    throw new Error(`moto's python is missing at ${python}: run "node scripts/moto-venv.mjs" (or "npm test") once.`)
  }
  let lastError: Error | undefined
  // A free port can be taken between probing and binding: retry a couple of times on "Address already in use".
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return await launch(python, await freePort())
    } catch (err) {
      lastError = err as Error
      if (!/address already in use/i.test(lastError.message)) throw lastError
    }
  }
  throw lastError
}

async function launch(python: string, port: number): Promise<MotoServer> {
  installExitHook()
  const endpoint = `http://127.0.0.1:${port}`
  const child = spawn(python, ['-c', LAUNCHER, '-H', '127.0.0.1', '-p', String(port)], {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, PYTHONUNBUFFERED: '1', PYTHONDONTWRITEBYTECODE: '1' }
  })
  liveChildren.add(child)
  let output = ''
  const collect = (chunk: Buffer) => {
    output += chunk.toString('utf8')
    if (output.length > LOG_TAIL_CHARS * 2) output = output.slice(-LOG_TAIL_CHARS)
  }
  // Always drain both pipes, or the server blocks once a pipe buffer fills up.
  child.stdout!.on('data', collect)
  child.stderr!.on('data', collect)
  let exited: { code: number | null; signal: NodeJS.Signals | null } | undefined
  let spawnError: Error | undefined
  const exitPromise = new Promise<void>((resolve) => {
    child.once('exit', (code, signal) => {
      exited = { code, signal }
      liveChildren.delete(child)
      resolve()
    })
  })
  child.once('error', (err) => {
    spawnError = err
  })
  // Don't let a forgotten stop() keep the jest worker alive; the watchdog ends the server when the worker exits.
  child.unref()
  for (const s of [child.stdin, child.stdout, child.stderr] as unknown as Array<{ unref?: () => void } | null>)
    s?.unref?.()

  const stop = async () => {
    if (exited || spawnError) return
    child.kill('SIGTERM')
    const timer = setTimeout(() => child.kill('SIGKILL'), 3000)
    await exitPromise
    clearTimeout(timer)
  }

  const deadline = Date.now() + STARTUP_TIMEOUT_MS
  for (;;) {
    if (spawnError) throw new Error(`could not start moto (${python}): ${spawnError.message}`)
    if (exited) {
      throw new Error(
        `moto server exited during startup (code ${exited.code}, signal ${exited.signal}) on port ${port}:\n${output}`
      )
    }
    try {
      const res = await fetch(`${endpoint}/moto-api/data.json`, { signal: AbortSignal.timeout(2000) })
      await res.arrayBuffer()
      if (res.ok) break
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) {
      await stop()
      throw new Error(`moto server did not answer on ${endpoint} within ${STARTUP_TIMEOUT_MS / 1000} s:\n${output}`)
    }
    await sleep(100)
  }

  return {
    endpoint,
    port,
    async reset() {
      const res = await fetch(`${endpoint}/moto-api/reset`, { method: 'POST' })
      const body = await res.text()
      if (!res.ok) throw new Error(`moto reset failed: HTTP ${res.status} ${body}`)
    },
    stop,
    clients: (opts) => makeClients(endpoint, opts),
    logs: () => output
  }
}

/** SDK v3 clients for `endpoint`; exported for tests that talk to a proxy in front of moto. */
export function makeClients(endpoint: string, opts: ClientOptions = {}): MotoClients {
  const region = opts.region ?? DEFAULT_REGION
  const config = { endpoint, region, credentials: { ...TEST_CREDENTIALS }, maxAttempts: 1 }
  const clients = {
    logs: new CloudWatchLogsClient(config),
    cloudwatch: new CloudWatchClient(config),
    sns: new SNSClient(config),
    sts: new STSClient(config),
    cloudtrail: new CloudTrailClient(config)
  }
  if (opts.account) {
    for (const client of Object.values(clients)) addAccountHeader(client, opts.account)
  }
  return { ...clients, region, account: opts.account ?? DEFAULT_ACCOUNT }
}

/** Adds `x-moto-account-id: <account>` to every request of an SDK v3 client (moto then acts as that account). */
// The middleware types of each client differ; this one only touches the outgoing HTTP request's headers.
/* eslint-disable @typescript-eslint/no-explicit-any */
export function addAccountHeader(
  client: { middlewareStack: { add: (...args: any[]) => void } },
  account: string
): void {
  client.middlewareStack.add(
    (next: (args: any) => Promise<any>) => async (args: any) => {
      const request = args.request as { headers?: Record<string, string> } | undefined
      if (request && typeof request === 'object' && request.headers) request.headers['x-moto-account-id'] = account
      return next(args)
    },
    { step: 'build', name: 'motoAccountHeader', override: true }
  )
}
/* eslint-enable @typescript-eslint/no-explicit-any */

/**
 * Creates an S3 bucket in moto with an unsigned path-style PUT (CloudTrail's CreateTrail requires the bucket to exist).
 * An already existing bucket of the same account is fine.
 */
export async function createBucket(moto: Pick<MotoServer, 'endpoint'>, name: string, account?: string): Promise<void> {
  const headers: Record<string, string> = {}
  if (account) headers['x-moto-account-id'] = account
  const res = await fetch(`${moto.endpoint}/${encodeURIComponent(name)}`, { method: 'PUT', headers })
  const body = await res.text()
  if (res.ok || /BucketAlreadyOwnedByYou/.test(body)) return
  throw new Error(`creating bucket ${name} in moto failed: HTTP ${res.status} ${body}`)
}
