// The SARIF file's path (src/output-file.ts), on a real file system in a temp directory: only a regular file inside
// the workspace is accepted, whatever `..`, absolute paths, symbolic links, directories, FIFOs or hard links try, and
// a link planted after the check still cannot redirect the write.
import { describe, it, expect, beforeEach, afterEach } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { linkSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { resolveOutputFile, writeOutputFile } from '../../src/output-file.js'
import { InputError } from '../../src/input-rules.js'
import { parseSettings } from '../../src/settings.js'

let root: string
let ws: string
let outside: string

beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'cmk-output-file-'))
  ws = path.join(root, 'workspace')
  outside = path.join(root, 'outside')
  mkdirSync(ws)
  mkdirSync(outside)
  writeFileSync(path.join(outside, 'precious'), 'precious\n')
})
afterEach(() => rmSync(root, { recursive: true, force: true }))

const refusal = (raw: string): string => {
  try {
    resolveOutputFile('sarif-file', raw, ws)
  } catch (error) {
    if (error instanceof InputError) return error.message
    throw error
  }
  return 'accepted'
}

describe('resolveOutputFile', () => {
  it('accepts a relative path, and an absolute one, inside the workspace', () => {
    expect(resolveOutputFile('sarif-file', 'results/cmk.sarif', ws)).toBe(path.join(ws, 'results', 'cmk.sarif'))
    expect(resolveOutputFile('sarif-file', path.join(ws, 'a.sarif'), ws)).toBe(path.join(ws, 'a.sarif'))
    expect(resolveOutputFile('sarif-file', 'a/../b.sarif', ws)).toBe(path.join(ws, 'b.sarif'))
  })

  it.each([
    ['..', '../x.sarif'],
    ['.. deep', 'a/b/../../../x.sarif'],
    ['an absolute path elsewhere', '/etc/x.sarif'],
    ['the workspace itself', '.']
  ])('refuses %s', (_name, raw) => {
    expect(refusal(raw)).toMatch(/^Input "sarif-file" must be a file inside the workspace \(.*\): no absolute path/)
  })

  it('refuses a directory, a symbolic link, a link to a directory outside, and a FIFO', () => {
    mkdirSync(path.join(ws, 'results'))
    expect(refusal('results')).toMatch(/must be a file path, not a directory/)
    symlinkSync(path.join(outside, 'precious'), path.join(ws, 'cmk.sarif'))
    expect(refusal('cmk.sarif')).toMatch(/must not be a symbolic link/)
    symlinkSync(outside, path.join(ws, 'out'))
    expect(refusal('out/cmk.sarif')).toMatch(/out is a symbolic link to .*outside, outside it/)
    expect(refusal('out/new/deeper/cmk.sarif')).toMatch(/out is a symbolic link to .*outside/)
    execFileSync('mkfifo', [path.join(ws, 'fifo.sarif')])
    expect(refusal('fifo.sarif')).toMatch(/must be a regular file/)
    writeFileSync(path.join(ws, 'file'), '')
    expect(refusal('file/cmk.sarif')).toMatch(/file is a file/)
  })

  it('accepts a symbolic link to a directory inside the workspace', () => {
    mkdirSync(path.join(ws, 'real'))
    symlinkSync(path.join(ws, 'real'), path.join(ws, 'alias'))
    expect(refusal('alias/cmk.sarif')).toBe('accepted')
  })

  it('is checked by parseSettings before anything else runs, against GITHUB_WORKSPACE or the given workspace', () => {
    const get = (inputs: Record<string, string>) => (n: string) => inputs[n] ?? ''
    expect(() =>
      parseSettings(get({ 'aws-region': 'us-east-1', 'sarif-file': '../x.sarif' }), { GITHUB_WORKSPACE: ws })
    ).toThrow(InputError)
    const s = parseSettings(get({ 'aws-region': 'us-east-1', 'sarif-file': 'x.sarif' }), {}, { workspace: ws })
    expect(s).toMatchObject({ sarifPath: path.join(ws, 'x.sarif'), workspace: ws })
  })
})

describe('writeOutputFile', () => {
  it('writes the file, creating its directories, and replaces an old one', () => {
    const target = resolveOutputFile('sarif-file', 'results/deep/cmk.sarif', ws)
    writeOutputFile(target, ws, 'first, and longer\n')
    writeOutputFile(target, ws, 'second\n')
    expect(readFileSync(target, 'utf8')).toBe('second\n')
  })

  it('does not follow a symbolic link planted after the check (the file, or a directory of its path)', () => {
    const target = resolveOutputFile('sarif-file', 'cmk.sarif', ws)
    symlinkSync(path.join(outside, 'precious'), target)
    expect(() => writeOutputFile(target, ws, 'pwned\n')).toThrow(/no longer a safe place to write/)
    const nested = resolveOutputFile('sarif-file', 'out/cmk.sarif', ws)
    symlinkSync(outside, path.join(ws, 'out'))
    expect(() => writeOutputFile(nested, ws, 'pwned\n')).toThrow(/no longer a safe place to write/)
    expect(readFileSync(path.join(outside, 'precious'), 'utf8')).toBe('precious\n')
    expect(existsSync(path.join(outside, 'cmk.sarif'))).toBe(false)
  })

  it('does not write through a hard link to a file outside', () => {
    const target = resolveOutputFile('sarif-file', 'cmk.sarif', ws)
    linkSync(path.join(outside, 'precious'), target)
    expect(() => writeOutputFile(target, ws, 'pwned\n')).toThrow(/other hard links/)
    expect(readFileSync(path.join(outside, 'precious'), 'utf8')).toBe('precious\n')
  })

  it('fails at once on a FIFO planted after the check (it would block the step)', () => {
    const target = resolveOutputFile('sarif-file', 'cmk.sarif', ws)
    execFileSync('mkfifo', [target])
    const started = Date.now()
    expect(() => writeOutputFile(target, ws, 'x\n')).toThrow()
    expect(Date.now() - started).toBeLessThan(2_000)
  })
})
