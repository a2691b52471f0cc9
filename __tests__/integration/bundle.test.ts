// The bundle under test carries what it needs beside its code: the third-party licenses of every chunk (the license
// plugin, given one file name, lets the last chunk overwrite the others) and the HCL parser's WebAssembly files.
import { describe, it, expect } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
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
})
