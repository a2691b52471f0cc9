// scripts/lint-workflows.mjs (run by npm test): actionlint over the workflows and the README's examples, plus this
// action's inputs/outputs and SHA pinning. It must fail on a broken workflow and say where, in README line numbers
// for a README block; the repository's own workflows and README must pass it.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { projectRoot } from '../harness/moto.js'

const SCRIPT = path.join(projectRoot, 'scripts', 'lint-workflows.mjs')
const CHECKOUT = 'actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1'

let tmp: string
beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'lint-workflows-test-'))
})
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true })
})

/** Writes the workflows and README into a fresh directory and runs the linter on them (with the real action.yml). */
function lint(name: string, workflows: Record<string, string>, readme = '# nothing\n') {
  const dir = path.join(tmp, name)
  mkdirSync(path.join(dir, 'workflows'), { recursive: true })
  for (const [file, text] of Object.entries(workflows)) writeFileSync(path.join(dir, 'workflows', file), text)
  writeFileSync(path.join(dir, 'README.md'), readme)
  const run = spawnSync(process.execPath, [SCRIPT, '--workflows', 'workflows', '--readme', 'README.md'], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 60_000
  })
  return { status: run.status, out: run.stdout + run.stderr }
}

const GOOD = `on: push
permissions:
  contents: read
jobs:
  check:
    runs-on: ubuntu-latest
    steps:
      - uses: ${CHECKOUT}
      - id: cmk
        uses: ./
        with:
          aws-region: us-east-1
          fail-on: never
      - run: test "$STATUS" = pass
        env:
          STATUS: \${{ steps.cmk.outputs.status }}
`

describe('lint-workflows', () => {
  it('passes a correct workflow and counts what it checked', () => {
    const r = lint('good', { 'good.yml': GOOD })
    expect(r.out).toContain('1 workflow file(s) and 0 README workflow(s) checked')
    expect(r.out).toContain('0 problem(s)')
    expect(r.status).toBe(0)
  })

  it("fails on actionlint's findings: a job needing a missing job, an undefined expression property", () => {
    const broken = GOOD.replace('  check:\n', '  check:\n    needs: build\n').replace(
      'test "$STATUS" = pass',
      'echo ${{ matrix.os }}'
    )
    const r = lint('actionlint', { 'broken.yml': broken })
    expect(r.status).toBe(1)
    expect(r.out).toMatch(/broken\.yml:5:\d+: job "check" needs job "build" which does not exist.*\[job-needs\]/)
    expect(r.out).toMatch(/broken\.yml:\d+:\d+: property "os" is not defined.*\[expression\]/)
  })

  it('fails on invalid YAML', () => {
    const r = lint('syntax', { 'bad.yml': 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n   steps: [\n' })
    expect(r.status).toBe(1)
    expect(r.out).toMatch(/bad\.yml:\d+:\d+: .*\[syntax-check\]/)
  })

  it("fails on an input or output this action does not have (actionlint cannot see action.yml's)", () => {
    const broken = GOOD.replace('aws-region: us-east-1', 'aws_region: us-east-1').replace(
      'outputs.status',
      'outputs.verdict'
    )
    const r = lint('interface', { 'typo.yml': broken })
    expect(r.status).toBe(1)
    expect(r.out).toMatch(/typo\.yml:12:\d+: input "aws_region" is not defined in action\.yml .*\[action-input\]/)
    expect(r.out).toMatch(
      /typo\.yml:16:\d+: output "verdict" of step "cmk" is not defined in action\.yml; .*\[action-output\]/
    )
  })

  it('fails on a third-party action pinned by tag, or by SHA without its version', () => {
    const byTag = GOOD.replace(CHECKOUT, 'actions/checkout@v7')
    const noComment = GOOD.replace(CHECKOUT, CHECKOUT.replace(/ # .*/, ''))
    const r = lint('pinning', { 'a.yml': byTag, 'b.yml': noComment })
    expect(r.status).toBe(1)
    expect(r.out).toMatch(/a\.yml:8:\d+: "actions\/checkout@v7" is not pinned by a full commit SHA.*\[pinning\]/)
    expect(r.out).toMatch(
      /b\.yml:8:\d+: "actions\/checkout@3d3c42e5\w+" is pinned by SHA without its version.*\[pinning\]/
    )
  })

  it("lints the README's workflow blocks with README line numbers, and skips fragments", () => {
    const readme = [
      '# Example', // 1
      '', // 2
      '```yaml', // 3
      'permissions:', // 4
      '  id-token: write', // 5
      '```', // 6
      '', // 7
      '```yaml', // 8
      'on: pull_request', // 9
      'jobs:', // 10
      '  cmk:', // 11
      '    runs-on: ubuntu-latest', // 12
      '    steps:', // 13
      '      - uses: org/cmk-alarm-action@v1', // 14
      '        with:', // 15
      '          pattern_policy: security-hub', // 16
      '```',
      ''
    ].join('\n')
    const r = lint('readme', { 'good.yml': GOOD }, readme)
    expect(r.status).toBe(1)
    expect(r.out).toMatch(/README\.md:16:\d+: input "pattern_policy" is not defined in action\.yml/)
    expect(r.out).toContain('1 workflow file(s) and 1 README workflow(s) checked (1 README YAML fragment(s) skipped)')
  })

  it("passes this repository's own workflows and README examples", () => {
    const run = spawnSync(process.execPath, [SCRIPT], { cwd: projectRoot, encoding: 'utf8', timeout: 60_000 })
    expect(run.stdout).toMatch(/[1-9]\d* workflow file\(s\) and [1-9]\d* README workflow\(s\) checked/)
    expect(run.stdout).toContain(': 0 problem(s).')
    expect(run.status).toBe(0)
  })
})
