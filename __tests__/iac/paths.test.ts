// Which paths are read, how their format is detected, and what is reported about the ones that cannot be read.
import { describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { readInfrastructureCode } from '../../src/sources/iac/index.js'
import { FIXTURES, read } from './helpers.js'

function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'iac-repo-'))
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    writeFileSync(path.join(dir, name), text)
  }
  return dir
}

describe('paths', () => {
  it('refuses paths outside the repository, as written and as globs', async () => {
    const root = repo({ 'main.tf': '' })
    const { states, problems } = await readInfrastructureCode(['../etc', '/etc/passwd', '../**/*.tf'], { root })
    expect(states).toEqual([])
    expect(problems.map((p) => [p.file, p.message])).toEqual([
      ['../etc', 'is outside the repository; only paths inside it are read'],
      ['/etc/passwd', 'is outside the repository; only paths inside it are read'],
      ['../**/*.tf', 'is outside the repository; only paths inside it are read']
    ])
  })

  it('a folder is searched: each root module, plan and template once; local modules are not roots', async () => {
    const { states, problems } = await read(`${FIXTURES}/terraform/compliant-cis-alarms-module`)
    expect(problems).toEqual([])
    expect(states.map((s) => s.source)).toEqual([
      { kind: 'terraform', path: `${FIXTURES}/terraform/compliant-cis-alarms-module` },
      { kind: 'terraform-plan', path: `${FIXTURES}/terraform/compliant-cis-alarms-module/plan.json` }
    ])
  })

  it('globs select files; a .tf file stands for its folder', async () => {
    const { states } = await read(
      `${FIXTURES}/cloudformation/broken-alarm-*.yaml`,
      `${FIXTURES}/terraform/compliant-cis/sns.tf`
    )
    expect(states.map((s) => (s.source?.kind === 'account' ? '' : s.source?.path))).toEqual([
      `${FIXTURES}/cloudformation/broken-alarm-actions-disabled.yaml`,
      `${FIXTURES}/cloudformation/broken-alarm-no-alarm-actions.yaml`,
      `${FIXTURES}/cloudformation/broken-alarm-other-namespace.yaml`,
      `${FIXTURES}/cloudformation/broken-alarm-threshold-parameter.yaml`,
      `${FIXTURES}/cloudformation/broken-alarm-two-events.yaml`,
      `${FIXTURES}/terraform/compliant-cis`
    ])
  })

  it('reports a syntax error with its file and line, and what was not read', async () => {
    const root = repo({
      'infra/main.tf': 'resource "aws_sns_topic" "t" {\n  name = "a"\n',
      'infra/ok.tf': 'resource "aws_sns_topic" "u" {\n  name = "b"\n}\n',
      'stack.yaml': 'Resources:\n  T:\n    Type: AWS::SNS::Topic\n    Properties: [\n'
    })
    const { states, problems } = await readInfrastructureCode(['.'], { root })
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'infra/main.tf',
        line: expect.any(Number),
        message: expect.stringContaining('Terraform syntax error')
      }),
      expect.objectContaining({
        file: 'stack.yaml',
        line: expect.any(Number),
        message: expect.stringContaining('not a readable template')
      })
    ])
    // The module is read without the broken file, and says so: nothing missing from it can pass.
    const trails = states[0].trails
    expect(!trails.ok && trails.problem.message).toContain('infra/main.tf could not be parsed')
  })

  it('a file named explicitly that is no known format is a problem; found by searching, it is passed over', async () => {
    const root = repo({ '.github/workflows/ci.yml': 'on: push\njobs: {}\n', 'notes.json': '{"a": 1}' })
    const searched = await readInfrastructureCode(['.'], { root })
    expect(searched).toEqual({ states: [], problems: [] })
    const named = await readInfrastructureCode(['notes.json', '.github/workflows/ci.yml'], { root })
    expect(named.problems.map((p) => p.file)).toEqual(['notes.json', '.github/workflows/ci.yml'])
  })

  it('a missing path and a glob that matches nothing are problems', async () => {
    const root = repo({})
    const { problems } = await readInfrastructureCode(['missing', 'infra/**/*.tf'], { root })
    expect(problems).toEqual([
      { file: 'missing', message: 'does not exist' },
      { file: 'infra/**/*.tf', message: 'matches no file' }
    ])
  })
})
