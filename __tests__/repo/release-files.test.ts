// What a user or the Marketplace reads before running anything: action.yml's description within the Marketplace's
// limit, one Node story (node24 for the action, engines for the CLI), one version, and the license package.json names.
import { describe, it, expect } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { projectRoot } from '../harness/moto.js'
import { VERSION } from '../../src/version.js'

const read = (file: string) => readFileSync(path.join(projectRoot, file), 'utf8')
const action = parse(read('action.yml'))
const pkg = JSON.parse(read('package.json'))

describe('release metadata', () => {
  it("action.yml's description fits the Marketplace's 125 characters", () => {
    expect(typeof action.description).toBe('string')
    expect(action.description.length).toBeLessThanOrEqual(125)
  })

  it('the action runs on node24; the CLI declares Node 20+, which the README states', () => {
    expect(action.runs).toMatchObject({ using: 'node24', main: 'dist/index.js' })
    expect(pkg.engines.node).toBe('>=20')
    expect(read('README.md')).toMatch(/needs \*\*Node\.js 20 or later\*\*/)
  })

  it('package.json, the CLI and SARIF report one version', () => {
    expect(VERSION).toBe(pkg.version)
  })

  it('the LICENSE file is the MIT license package.json names', () => {
    expect(pkg.license).toBe('MIT')
    const license = read('LICENSE')
    expect(license).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} cmk-alarm-action contributors\n/)
    expect(license).toContain('THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND')
  })
})
