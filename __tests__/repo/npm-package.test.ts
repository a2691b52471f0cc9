// The npm package a user gets with `npx cmk-alarm`: packs the repository as `npm publish` would (prepack included),
// installs the tarball into an empty folder with --offline (it has no dependencies, so nothing is fetched), and runs
// the installed `cmk-alarm` command under this Node (the CLI supports Node 20+).
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { projectRoot } from '../harness/moto.js'

const CIS_PATTERN =
  '{($.eventSource = kms.amazonaws.com) && (($.eventName=DisableKey)||($.eventName=ScheduleKeyDeletion)) }'
const pkg = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8'))

interface PackResult {
  filename: string
  size: number
  unpackedSize: number
  entryCount: number
  files: { path: string }[]
}

let tmp: string
let packed: PackResult
let packLog: string
let bin: string

/** npm without the settings of an enclosing `npm test` that would point it elsewhere. */
function npm(args: string[], cwd: string) {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)))
  return spawnSync('npm', [...args, '--no-audit', '--no-fund', '--no-update-notifier'], {
    cwd,
    env,
    encoding: 'utf8',
    timeout: 120_000
  })
}

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'cmk-alarm-pack-'))
  const pack = npm(['pack', '--json', '--pack-destination', tmp], projectRoot)
  packLog = pack.stderr
  if (pack.status !== 0) throw new Error(`npm pack failed (${pack.status}):\n${pack.stderr}\n${pack.stdout}`)
  packed = JSON.parse(pack.stdout.slice(pack.stdout.indexOf('[')))[0]
  const into = path.join(tmp, 'install')
  mkdirSync(into)
  const install = npm(
    ['install', '--offline', '--no-package-lock', '--prefix', into, path.join(tmp, packed.filename)],
    into
  )
  if (install.status !== 0) throw new Error(`installing the tarball failed:\n${install.stderr}\n${install.stdout}`)
  bin = path.join(into, 'node_modules', '.bin', 'cmk-alarm')
}, 180_000)

afterAll(() => {
  rmSync(tmp, { recursive: true, force: true })
})

function cmkAlarm(args: string[]) {
  return spawnSync(bin, args, { encoding: 'utf8', timeout: 60_000 })
}

describe('the npm package', () => {
  it('ran the prepack check, which found the CLI at the package version', () => {
    expect(packLog).toContain(`prepack: ${pkg.name}@${pkg.version}, dist/cli/index.js runs and reports ${pkg.version}.`)
  })

  it('holds the CLI, its third-party licenses and the docs, and nothing else', () => {
    // dist/cli/<id>.index.js are the chunks the CLI loads per command (the AWS engine, the pattern engine).
    // dist/cli/*.wasm: the HCL parser of `cmk-alarm iac`, read from beside the bundle.
    const paths = packed.files.map((f) => f.path).sort()
    expect(paths.filter((p) => !/^dist\/cli\/\d+\.index\.js$/.test(p))).toEqual([
      'CHANGELOG.md',
      'LICENSE',
      'README.md',
      'SECURITY.md',
      'dist/cli/index.js',
      'dist/cli/licenses.txt',
      'dist/cli/package.json',
      'dist/cli/tree-sitter-terraform.wasm',
      'dist/cli/web-tree-sitter.wasm',
      'package.json'
    ])
    expect(paths.filter((p) => /^dist\/cli\/\d+\.index\.js$/.test(p)).length).toBeGreaterThan(0)
    // The bundled CLI is about 1.8 MB; the tarball stays well under 1 MB.
    expect(packed.size).toBeLessThan(1_000_000)
  })

  it('installs nothing else: the bundle needs no dependency', () => {
    const manifest = JSON.parse(
      readFileSync(path.join(path.dirname(path.dirname(bin)), 'cmk-alarm', 'package.json'), 'utf8')
    )
    expect(manifest.dependencies ?? {}).toEqual({})
    expect(manifest.private).toBeUndefined()
    expect(manifest.bin).toEqual({ 'cmk-alarm': 'dist/cli/index.js' })
  })

  it('`cmk-alarm --version` prints the package version', () => {
    const run = cmkAlarm(['--version'])
    expect(run.stderr).toBe('')
    expect(run.stdout.trim()).toBe(pkg.version)
    expect(run.status).toBe(0)
  })

  it('`cmk-alarm pattern check` accepts the CIS pattern (exit 0) and rejects one that misses ScheduleKeyDeletion (exit 1)', () => {
    const good = cmkAlarm(['pattern', 'check', '--pattern', CIS_PATTERN])
    expect(good.stdout).toMatch(/^COVERS /)
    expect(good.status).toBe(0)

    const bad = cmkAlarm([
      'pattern',
      'check',
      '--pattern',
      '{ ($.eventSource = kms.amazonaws.com) && ($.eventName = DisableKey) }',
      '--json'
    ])
    expect(JSON.parse(bad.stdout)).toMatchObject({ covers: false })
    expect(bad.status).toBe(1)
  })
})
