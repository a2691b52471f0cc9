// The bundle under test carries what it needs beside its code: the third-party licenses of every chunk (the license
// plugin, given one file name, lets the last chunk overwrite the others) and the HCL parser's WebAssembly files.
import { describe, it, expect } from '@jest/globals'
import { existsSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { BUNDLE_DIR } from '../harness/action.js'

describe('the bundle', () => {
  it.each([
    ['the action', BUNDLE_DIR, ['@actions/core', '@aws-sdk/client-sts', 'web-tree-sitter', 'yaml', 'picomatch']],
    ['the CLI', path.join(BUNDLE_DIR, 'cli'), ['@aws-sdk/client-cloudwatch', 'web-tree-sitter', 'yaml', 'picomatch']]
  ])(
    '%s lists the licenses of every package it bundles, and has the parser WebAssembly beside it',
    (_n, dir, packages) => {
      const licenses = readFileSync(path.join(dir, 'licenses.txt'), 'utf8')
      for (const p of packages) expect([p, licenses.includes(`${p}\n`)]).toEqual([p, true])
      for (const wasm of ['web-tree-sitter.wasm', 'tree-sitter-terraform.wasm']) {
        expect(existsSync(path.join(dir, wasm))).toBe(true)
      }
    }
  )

  // The action's budget (README, "Speed"): index.js is what every run loads and parses before its first request;
  // code only some modes need lives in chunks beside it. undici (0.93 MB, imported by @actions/http-client for a
  // proxy dispatcher this action never uses) is replaced by a stub through tsconfig.json "paths".
  it("the action's index.js stays within 3,000,000 bytes, without undici", () => {
    const file = path.join(BUNDLE_DIR, 'index.js')
    expect(statSync(file).size).toBeLessThanOrEqual(3_000_000)
    expect(readFileSync(file, 'utf8')).not.toMatch(/node_modules\/undici\//)
  })
})
