// `mode: iac` on the built action, run as the runner runs it on a pull request: the code's findings at their file and
// line (annotations and SARIF), the sticky comment created once and updated on the next run (against a local stand-in
// of the GitHub API), and not one AWS request (AWS_ENDPOINT_URL points at a counting proxy in front of moto).
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { runAction, runCli } from '../harness/action.js'
import { startAwsProxy, type AwsProxy } from '../harness/aws-proxy.js'
import { startGitHubStub, type GitHubStub } from '../harness/github-stub.js'
import { startMoto, type MotoServer } from '../harness/moto.js'

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'iac')

/** A fixture's files as workspace files under `under`. */
function workspace(fixture: string, under: string): Record<string, string> {
  const dir = path.join(FIXTURES, fixture)
  return Object.fromEntries(
    readdirSync(dir)
      .filter((f) => !f.startsWith('terraform-output'))
      .map((f) => [`${under}/${f}`, readFileSync(path.join(dir, f), 'utf8')])
  )
}

function lineOf(fixture: string, file: string, text: string): number {
  return (
    readFileSync(path.join(FIXTURES, fixture, file), 'utf8')
      .split('\n')
      .findIndex((l) => l.includes(text)) + 1
  )
}

let moto: MotoServer
let proxy: AwsProxy
let github: GitHubStub
beforeAll(async () => {
  moto = await startMoto()
  proxy = await startAwsProxy(moto.endpoint)
  github = await startGitHubStub('octo-org/infra')
})
afterAll(async () => {
  await proxy.close()
  await github.close()
  await moto.stop()
})

function iacRun(files: Record<string, string>, inputs: Record<string, string> = {}, pr = 17) {
  return runAction({
    inputs: { mode: 'iac', 'github-token': 'ghs_stubtoken', ...inputs },
    motoEndpoint: proxy.endpoint,
    workspaceFiles: files,
    eventName: 'pull_request',
    eventPayload: { pull_request: { number: pr, head: { sha: '0123456789abcdef0123456789abcdef01234567' } } },
    env: { GITHUB_API_URL: github.url, GITHUB_REPOSITORY: 'octo-org/infra', AWS_REGION: undefined }
  })
}

describe('mode: iac on a pull request', () => {
  it('fails broken Terraform at the filter block, in annotations and SARIF, with the HCL to write, and no AWS request', async () => {
    const fixture = 'terraform/broken-filter-missing-schedule'
    const before = proxy.requests.length
    const run = await iacRun(workspace(fixture, 'infra'), { paths: 'infra', 'sarif-file': 'cmk.sarif' })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.status).toBe('fail')
    expect(proxy.requests.length - before).toBe(0)

    const line = lineOf(fixture, 'alarm.tf', 'resource "aws_cloudwatch_log_metric_filter"')
    const annotation = run.annotations.find((a) => a.properties.title?.startsWith('filter.pattern'))!
    expect(annotation).toMatchObject({ level: 'error', properties: { file: 'infra/alarm.tf', line: String(line) } })
    expect(annotation.properties.title).toContain('misses ScheduleKeyDeletion events')

    const finding = JSON.parse(run.outputs.findings).find((f: { id: string }) => f.id === 'filter.pattern')
    expect(finding.location).toMatchObject({
      file: 'infra/alarm.tf',
      line,
      address: 'aws_cloudwatch_log_metric_filter.cmk_disable_or_delete'
    })
    expect(finding.remediation).toContain('pattern = "{($.eventSource = kms.amazonaws.com)')
    expect(finding.remediation).not.toContain('aws logs put-metric-filter')

    const sarif = JSON.parse(readFileSync(path.join(run.workspace, 'cmk.sarif'), 'utf8'))
    expect(sarif.runs).toHaveLength(1)
    expect(sarif.runs[0].automationDetails.id).toBe('cmk-alarm/iac/')
    const result = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'filter.pattern')
    expect(result.locations[0].physicalLocation).toMatchObject({
      artifactLocation: { uri: 'infra/alarm.tf' },
      region: { startLine: line }
    })
    expect(result.locations[0].logicalLocations[0].fullyQualifiedName).toBe(
      'aws_cloudwatch_log_metric_filter.cmk_disable_or_delete'
    )
    expect(run.summary).toContain('### ❌ `infra` (Terraform)')
  })

  it('posts one comment on the pull request, and updates it on the next run', async () => {
    const files = workspace('terraform/broken-filter-missing-schedule', 'infra')
    const first = await iacRun(files, { paths: 'infra' }, 21)
    expect(first.outputs['pr-comment']).toBe('created')
    const comments = () => github.comments.get(21) ?? []
    expect(comments()).toHaveLength(1)
    expect(comments()[0].body).toMatch(/^<!-- cmk-alarm-action:iac -->\n## ❌ /)
    expect(comments()[0].body).toContain('commit `0123456789ab`')

    const fixed = workspace('terraform/compliant-cis', 'infra')
    const second = await iacRun(fixed, { paths: 'infra' }, 21)
    expect(second.exitCode).toBe(0)
    expect(second.outputs['pr-comment']).toBe('updated')
    expect(comments()).toHaveLength(1)
    expect(comments()[0].body).toMatch(/^<!-- cmk-alarm-action:iac -->\n## ✅ /)
    expect(github.requests.every((r) => r.authorization === 'Bearer ghs_stubtoken')).toBe(true)
  })

  it('skips the comment with a note where the token cannot comment (a fork), and the summary has it all', async () => {
    github.refuseWrites = 403
    try {
      const run = await iacRun(workspace('terraform/broken-filter-missing-schedule', 'infra'), { paths: 'infra' }, 33)
      expect(run.outputs['pr-comment']).toBe('skipped')
      expect(
        run.annotations.some((a) => a.level === 'notice' && a.message.includes('forks get a read-only token'))
      ).toBe(true)
      expect(run.summary).toContain('filter.pattern')
      expect(run.exitCode).toBe(1)
    } finally {
      github.refuseWrites = undefined
    }
  })

  it('judges CloudFormation and names the logical id; a link the code does not hold is undecided', async () => {
    const run = await iacRun(
      {
        'stacks/alarms.yaml': readFileSync(
          path.join(FIXTURES, 'cloudformation', 'broken-alarm-actions-disabled.yaml'),
          'utf8'
        ),
        'other/imported.yaml': readFileSync(path.join(FIXTURES, 'cloudformation', 'manual-imported-topic.yaml'), 'utf8')
      },
      { paths: 'stacks/*.yaml\nother/', 'pr-comment': 'false' }
    )
    expect(run.outputs.status).toBe('fail')
    const findings = JSON.parse(run.outputs.findings) as {
      id: string
      status: string
      location?: { file: string; address?: string }
    }[]
    const disabled = findings.find((f) => f.id === 'alarm.actions-enabled' && f.status === 'fail')!
    expect(disabled.location).toMatchObject({ file: 'stacks/alarms.yaml' })
    // The imported topic is not in the code: its delivery is undecided (a check for the account after deploy).
    const topic = findings.filter((f) => f.id === 'topic.delivery').map((f) => f.status)
    expect(topic.sort()).toEqual(['manual', 'pass'])
    expect(run.outputs['pr-comment']).toBeUndefined()
  })

  it('refuses paths outside the workspace before reading anything', async () => {
    const run = await iacRun({}, { paths: '../../etc' })
    expect(run.exitCode).toBe(1)
    expect(run.annotations.find((a) => a.level === 'error')?.message).toContain(
      'Input "paths" must be files, folders or globs inside the workspace'
    )
  })
})

describe('cmk-alarm iac', () => {
  it('prints the findings with their locations as JSON, with the exit code of the verdict', async () => {
    const run = await runCli(
      ['iac', path.join(FIXTURES, 'terraform', 'broken-filter-missing-schedule'), '--json', '--root', FIXTURES],
      {}
    )
    expect(run.exitCode).toBe(1)
    const out = JSON.parse(run.stdout)
    expect(out.status).toBe('fail')
    // The folder holds the Terraform source and its plan: one report each, located in the same .tf file.
    expect(out.reports.map((r: { source: { kind: string } }) => r.source.kind).sort()).toEqual([
      'terraform',
      'terraform-plan'
    ])
    expect(out.findings.find((f: { id: string }) => f.id === 'filter.pattern').location.file).toBe(
      'terraform/broken-filter-missing-schedule/alarm.tf'
    )
  })
})
