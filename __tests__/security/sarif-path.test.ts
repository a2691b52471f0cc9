// sarif-file, end to end on the built action and CLI: a path that leads out of the workspace (through `..`, an absolute
// path, or a symbolic link planted in the workspace) is refused with the other inputs, before any AWS call, and
// nothing outside is written; a SARIF file that cannot be written (a name longer than the file system allows) loses
// neither the job summary nor the outputs, and does not fail the step under fail-on: never.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { startMoto, type MotoServer } from '../harness/moto.js'
import { seedChain } from '../harness/seed.js'
import { runAction, runCli, type ActionRun, type CliRun } from '../harness/action.js'
import { startAwsProxy, type AwsProxy } from '../harness/aws-proxy.js'
import { pool, recordFigures } from '../reliability/helpers.js'

const REGION = 'us-east-1'
const TOO_LONG = `${'n'.repeat(300)}.sarif` // past NAME_MAX (255 bytes): the write fails with ENAMETOOLONG

let moto: MotoServer
let proxy: AwsProxy

interface Planted {
  run: ActionRun
  outside: string
  /** AWS requests the run made (through its own proxy). */
  requests: number
}
const planted: Record<string, Planted> = {}
const writes: Record<string, ActionRun> = {}
let cliOutside: CliRun
let cliTooLong: CliRun
let cliDir: string
let cliOutsideRequests = -1

/** Outside the workspace, beside it: a precious file and an empty directory. */
function plantOutside(tmp: string): string {
  const outside = path.join(tmp, 'outside')
  mkdirSync(outside, { recursive: true })
  writeFileSync(path.join(outside, 'precious'), 'precious\n')
  return outside
}

beforeAll(async () => {
  moto = await startMoto()
  await seedChain(moto, {}) // compliant
  proxy = await startAwsProxy(moto.endpoint)
  const run = (inputs: Record<string, string>) =>
    runAction({ inputs: { 'aws-region': REGION, ...inputs }, motoEndpoint: proxy.endpoint, region: REGION })
  const plant = (name: string, sarif: string, setup: (ws: string, outside: string) => void) => async () => {
    let outside = ''
    const own = await startAwsProxy(moto.endpoint)
    const r = await runAction({
      inputs: { 'aws-region': REGION, 'sarif-file': sarif },
      motoEndpoint: own.endpoint,
      region: REGION,
      workspaceSetup: (ws, tmp) => {
        outside = plantOutside(tmp)
        setup(ws, outside)
      }
    })
    planted[name] = { run: r, outside, requests: own.requests.length }
    await own.close()
  }
  await pool(
    [
      plant('a symbolic link to a file outside', 'cmk.sarif', (ws, out) =>
        symlinkSync(path.join(out, 'precious'), path.join(ws, 'cmk.sarif'))
      ),
      plant('a directory that is a symbolic link to outside', 'results/cmk.sarif', (ws, out) =>
        symlinkSync(out, path.join(ws, 'results'))
      ),
      plant('an existing directory', 'results', (ws) => mkdirSync(path.join(ws, 'results'))),
      async () => {
        writes['never'] = await run({ 'sarif-file': TOO_LONG, 'fail-on': 'never' })
      },
      async () => {
        writes['fail'] = await run({ 'sarif-file': TOO_LONG })
      },
      async () => {
        writes['ok'] = await run({ 'sarif-file': 'results/deep/cmk.sarif' })
      }
    ],
    3
  )
  cliDir = path.join(writes['ok'].workspace, '..', 'cli-cwd')
  mkdirSync(cliDir, { recursive: true })
  const opts = { motoEndpoint: proxy.endpoint, region: REGION, cwd: cliDir }
  const before = proxy.requests.length
  cliOutside = await runCli(['verify', '--region', REGION, '--sarif-file', '../escape.sarif'], opts)
  cliOutsideRequests = proxy.requests.length - before
  cliTooLong = await runCli(['verify', '--region', REGION, '--sarif-file', TOO_LONG, '--json'], opts)
  recordFigures('sarif-path', { refused: Object.keys(planted).length + 4 + 1, writeFailures: 2 })
}, 120_000)
afterAll(async () => {
  await proxy?.close()
  await moto?.stop()
})

describe('a sarif-file leading out of the workspace is refused before any AWS call', () => {
  it.each([
    ['a symbolic link to a file outside', /must not be a symbolic link/],
    ['a directory that is a symbolic link to outside', /results is a symbolic link to .*outside, outside it/],
    ['an existing directory', /must be a file path, not a directory/]
  ])('%s', (name, problem) => {
    const { run, outside } = planted[name]
    expect(run.exitCode).toBe(1)
    const errors = run.annotations.filter((a) => a.level === 'error').map((a) => a.message)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(/^Input "sarif-file" /)
    expect(errors[0]).toMatch(problem)
    expect(readFileSync(path.join(outside, 'precious'), 'utf8')).toBe('precious\n')
    expect(existsSync(path.join(outside, 'cmk.sarif'))).toBe(false)
    expect(run.outputs).toEqual({})
    expect(planted[name].requests).toBe(0)
  })

  it('the CLI refuses a path out of its current directory with exit 2', () => {
    expect(cliOutside.exitCode).toBe(2)
    expect(cliOutsideRequests).toBe(0)
    expect(cliOutside.stderr).toContain('cmk-alarm: --sarif-file must be a file inside the workspace')
    expect(existsSync(path.join(cliDir, '..', 'escape.sarif'))).toBe(false)
  })
})

describe('a SARIF file that cannot be written loses nothing else', () => {
  it('writes a good path, creating its directories', () => {
    const run = writes['ok']
    expect(run.exitCode).toBe(0)
    const file = path.join(run.workspace, 'results', 'deep', 'cmk.sarif')
    expect(run.outputs['sarif-file']).toBe(file)
    expect(JSON.parse(readFileSync(file, 'utf8')).version).toBe('2.1.0')
  })

  it('under fail-on: never the step passes, with a warning, the summary and every output', () => {
    const run = writes['never']
    expect(run.exitCode).toBe(0)
    expect(run.outputs.status).toBe('pass')
    expect(run.outputs['sarif-file']).toBeUndefined()
    expect(run.summary).toContain('### The chain')
    expect(run.summary).toMatch(/Could not write the SARIF file n+\.sarif: ENAMETOOLONG/)
    expect(run.annotations).toContainEqual(
      expect.objectContaining({ level: 'warning', message: expect.stringMatching(/^Could not write the SARIF file/) })
    )
  })

  it('under fail-on: fail the step fails for it, with the summary written', () => {
    const run = writes['fail']
    expect(run.exitCode).toBe(1)
    expect(run.outputs.status).toBe('pass')
    expect(run.summary).toContain('### The chain')
    expect(run.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([
      expect.stringMatching(/^Could not write the SARIF file n+\.sarif: ENAMETOOLONG/)
    ])
  })

  it('the CLI prints the report, says why on stderr, and exits 3', () => {
    expect(cliTooLong.exitCode).toBe(3)
    expect(JSON.parse(cliTooLong.stdout).status).toBe('pass')
    expect(cliTooLong.stderr).toMatch(/^cmk-alarm: could not write the SARIF file n+\.sarif: ENAMETOOLONG/)
  })
})
