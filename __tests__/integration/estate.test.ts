// Many accounts and regions in one run, organization trails, and the matrix workflow (matrix → per-chunk runs →
// merge), on the built action (and CLI) against moto with several accounts. The step's own credentials (the hub) are
// moto's default account 123456789012; it assumes `cmk-alarm-verify` in each account, and moto gives each assumed
// role's credentials that role's account.
//
// Stubs at the test proxy, for AWS behaviour moto lacks (each named where used):
//  - a missing member role: moto's AssumeRole hands out credentials for any role ARN; AWS refuses with AccessDenied;
//  - a denied or throttled account: faults on that account's requests only;
//  - organization trails: AWS lists the management account's organization trail in every member account, and lets
//    members read its status and selectors by ARN; moto keeps a trail in its own account (organizationTrails).
import { describe, it, expect, beforeAll, afterAll, beforeEach } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { startMoto, type MotoServer } from '../harness/moto.js'
import { seedChain } from '../harness/seed.js'
import { runAction, runCli, type ActionRun } from '../harness/action.js'
import { startAwsProxy, type AwsProxy, type AwsProxyOptions } from '../harness/aws-proxy.js'

const HUB = '123456789012'
const REGION = 'us-east-1'
const ROLE = 'cmk-alarm-verify'
const COMPLIANT = '111111111111'
const FAILING = '222222222222'
const DENIED = '333333333333'
const NO_ROLE = '444444444444'
const THROTTLED = '555555555555'
const MANAGEMENT = '999999999999'
const MEMBER_A = '666666666666'
const MEMBER_B = '777777777777'

let moto: MotoServer
let proxy: AwsProxy | undefined

beforeAll(async () => {
  moto = await startMoto()
})
afterAll(async () => {
  await proxy?.close()
  await moto.stop()
})
beforeEach(async () => {
  await proxy?.close()
  proxy = undefined
  await moto.reset()
})

async function startProxy(opts: AwsProxyOptions = {}): Promise<AwsProxy> {
  proxy = await startAwsProxy(moto.endpoint, opts)
  return proxy
}

function estate(
  endpoint: string,
  inputs: Record<string, string>,
  workspaceFiles?: Record<string, string>
): Promise<ActionRun> {
  return runAction({
    inputs: { 'aws-region': REGION, 'member-role': ROLE, ...inputs },
    motoEndpoint: endpoint,
    region: REGION,
    env: { CMK_ALARM_RETRY_BASE_MS: '1' },
    workspaceFiles
  })
}

interface TargetOut {
  account: string
  region: string
  status: string
  compliant: boolean
  firstFailingLink: string | null
  reason: string | null
  chainAccount: string | null
}

function targetsOf(run: ActionRun): TargetOut[] {
  if (!run.outputs.targets) throw new Error(`no targets output\n${run.stdout}\n${run.stderr}`)
  return JSON.parse(run.outputs.targets) as TargetOut[]
}

const byAccount = (run: ActionRun) => Object.fromEntries(targetsOf(run).map((t) => [`${t.account} ${t.region}`, t]))

/** The rows of the summary's first table (the estate table), as cells. */
function tableRows(summary: string): string[][] {
  const lines = summary.split('\n')
  const start = lines.findIndex((l) => l.startsWith('| Account |'))
  const rows: string[][] = []
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break
    rows.push(
      line
        .slice(1, -1)
        .split(' | ')
        .map((c) => c.trim())
    )
  }
  return rows
}

/** The markdown between a target's heading and the next target's heading. */
function detailsOf(summary: string, account: string, region = REGION): string {
  const head = `### Account ${account}, region ${region}`
  const start = summary.indexOf(head)
  if (start < 0) throw new Error(`no details for ${account} ${region} in\n${summary}`)
  const next = summary.indexOf('\n### Account ', start + head.length)
  return summary.slice(start, next < 0 ? undefined : next)
}

const countOf = (p: AwsProxy, operation: string, account?: string) =>
  p.requests.filter((r) => r.operation === operation && (account === undefined || r.account === account)).length

describe('a mixed estate in one step', () => {
  let run: ActionRun
  let p: AwsProxy

  // One run, read by every test below (the outer beforeEach resets moto afterwards, which changes nothing here).
  beforeAll(async () => {
    await moto.reset()
    await seedChain(moto, { account: COMPLIANT })
    await seedChain(moto, { account: FAILING, alarm: false })
    await seedChain(moto, { account: DENIED })
    await seedChain(moto, { account: THROTTLED })
    p = await startAwsProxy(moto.endpoint)
    // Stub: moto assumes any role ARN; AWS refuses a role that does not exist with AccessDenied.
    p.addFault({
      operation: 'AssumeRole',
      kind: 'access-denied',
      count: Infinity,
      when: (r) => r.roleArn === `arn:aws:iam::${NO_ROLE}:role/${ROLE}`
    })
    p.addFault({
      operation: 'DescribeTrails',
      kind: 'access-denied',
      count: Infinity,
      when: (r) => r.account === DENIED
    })
    p.addFault({ operation: '*', kind: 'throttle', count: Infinity, when: (r) => r.account === THROTTLED })
    run = await estate(p.endpoint, {
      accounts: [COMPLIANT, FAILING, DENIED, NO_ROLE, THROTTLED].join(','),
      'report-file': 'results/estate.json',
      'sarif-file': 'results/estate.sarif'
    })
  }, 120_000)
  afterAll(async () => {
    await p.close()
  })

  it('reports each target with its own status, and the run as failing', () => {
    expect(run.exitCode).toBe(1)
    expect(run.stderr).toBe('')
    expect(run.outputs.status).toBe('fail')
    expect(run.outputs.compliant).toBe('false')
    expect([
      run.outputs['target-count'],
      run.outputs['pass-count'],
      run.outputs['fail-count'],
      run.outputs['manual-count']
    ]).toEqual(['5', '1', '1', '3'])
    const t = byAccount(run)
    expect(t[`${COMPLIANT} ${REGION}`]).toMatchObject({ status: 'pass', compliant: true, firstFailingLink: null })
    expect(t[`${FAILING} ${REGION}`]).toMatchObject({ status: 'fail', firstFailingLink: 'alarm' })
    expect(t[`${DENIED} ${REGION}`]).toMatchObject({ status: 'manual', firstFailingLink: 'trail' })
    expect(t[`${DENIED} ${REGION}`].reason).toMatch(/cloudtrail:DescribeTrails was refused/)
    expect(t[`${NO_ROLE} ${REGION}`]).toMatchObject({ status: 'manual', firstFailingLink: null })
    expect(t[`${NO_ROLE} ${REGION}`].reason).toMatch(
      new RegExp(`Could not assume arn:aws:iam::${NO_ROLE}:role/${ROLE}: .*AccessDenied.*role does not exist`)
    )
    expect(t[`${THROTTLED} ${REGION}`]).toMatchObject({ status: 'manual' })
    expect(t[`${THROTTLED} ${REGION}`].reason).toMatch(/Throttling.*after \d+ attempts|after \d+ attempts.*Throttling/)
    const failed = run.annotations.filter((a) => a.level === 'error')
    expect(failed.at(-1)!.message).toBe(
      '1 of 5 targets do not meet CIS AWS 4.7 / Security Hub CloudWatch.7: see the job summary for the fixes.'
    )
    expect(`${run.stdout}\n${run.stderr}`).not.toMatch(/^\s{4}at \S/m)
  })

  it('opens the summary with one row per account and region, linking to its details', () => {
    expect(run.summary.startsWith('## ❌ Not compliant: 1 of 5 targets')).toBe(true)
    const rows = tableRows(run.summary)
    expect(rows.map((r) => [r[0], r[1], r[2]])).toEqual([
      [COMPLIANT, REGION, '✅ pass'],
      [FAILING, REGION, '❌ fail'],
      [DENIED, REGION, '❔ could not decide'],
      [NO_ROLE, REGION, '❔ could not decide'],
      [THROTTLED, REGION, '❔ could not decide']
    ])
    expect(rows[1][3]).toMatch(/^alarm: No CloudWatch alarm watches/)
    expect(rows[3][3]).toMatch(/^could not be checked: Could not assume/)
    for (const row of rows) {
      const anchor = `account-${row[0]}-region-${row[1]}`
      expect(row[4]).toBe(`[details](#${anchor})`)
      // GitHub's id for the heading: lower case, punctuation dropped, spaces as hyphens.
      const heading = `Account ${row[0]}, region ${row[1]}`
      expect(
        heading
          .toLowerCase()
          .replace(/[^a-z0-9 -]/g, '')
          .replace(/ /g, '-')
      ).toBe(anchor)
      expect(run.summary).toContain(`### ${heading}\n`)
    }
  })

  it('collapses the details of a passing target and opens the others, with their fixes', () => {
    expect(detailsOf(run.summary, COMPLIANT)).toMatch(/^### Account \d+, region us-east-1\n\n<details>\n/)
    const failing = detailsOf(run.summary, FAILING)
    expect(failing).toMatch(/\n<details open>\n/)
    expect(failing).toContain('aws cloudwatch put-metric-alarm')
    const noRole = detailsOf(run.summary, NO_ROLE)
    expect(noRole).toContain(`aws iam create-role --role-name ${ROLE}`)
    expect(noRole).toContain('--policy-document file://policies/verify.json')
  })

  it('assumes the member role once per account, masks every session, and never prints its credentials', () => {
    expect(countOf(p, 'AssumeRole')).toBe(5)
    expect(p.requests.filter((r) => r.operation === 'AssumeRole').map((r) => r.roleArn)).toEqual(
      expect.arrayContaining(
        [COMPLIANT, FAILING, DENIED, NO_ROLE, THROTTLED].map((a) => `arn:aws:iam::${a}:role/${ROLE}`)
      )
    )
    // Four sessions (every account but the missing role's): key id, secret and token of each.
    const secrets = run.masks.filter((m) => m.length >= 16)
    expect(secrets.length).toBe(12)
    const published = [
      run.stdout.replace(/^::add-mask::.*$/gm, ''),
      run.stderr,
      run.summary,
      JSON.stringify(run.outputs),
      readFileSync(path.join(run.workspace, 'results', 'estate.json'), 'utf8'),
      readFileSync(path.join(run.workspace, 'results', 'estate.sarif'), 'utf8')
    ].join('\n')
    for (const secret of secrets) expect(published).not.toContain(secret)
    // Each account's reads were made with its own session.
    expect(countOf(p, 'DescribeTrails', COMPLIANT)).toBe(1)
    expect(countOf(p, 'DescribeTrails', FAILING)).toBe(1)
    expect(countOf(p, 'DescribeTrails', NO_ROLE)).toBe(0)
  })

  it('writes SARIF with one run per target, each with its own category', () => {
    const sarif = JSON.parse(readFileSync(path.join(run.workspace, 'results', 'estate.sarif'), 'utf8')) as {
      runs: Array<{ automationDetails: { id: string }; results: Array<{ ruleId: string }> }>
    }
    expect(sarif.runs.map((r) => r.automationDetails.id)).toEqual(
      [COMPLIANT, FAILING, DENIED, NO_ROLE, THROTTLED].map((a) => `cmk-alarm/${a}/${REGION}/`)
    )
    expect(sarif.runs[0].results).toEqual([])
    expect(sarif.runs[1].results.map((r) => r.ruleId)).toContain('alarm.exists')
  })

  it('writes the whole run report: every target with its account, region and status beside its findings', () => {
    expect(run.outputs['report-file']).toBe(path.join(run.workspace, 'results', 'estate.json'))
    const report = JSON.parse(readFileSync(run.outputs['report-file'], 'utf8'))
    expect(report).toMatchObject({ format: 'cmk-alarm-run-report', version: 1, status: 'fail' })
    expect(report.counts).toEqual({ targets: 5, pass: 1, fail: 1, manual: 3 })
    for (const t of report.targets) {
      expect(Object.keys(t).slice(0, 4)).toEqual(['account', 'name', 'status', 'compliant'])
      expect(t.region).toBe(REGION)
      expect(t.findings).toHaveLength(13)
    }
    expect(report.targets.map((t: { account: string; status: string }) => [t.account, t.status])).toEqual([
      [COMPLIANT, 'pass'],
      [FAILING, 'fail'],
      [DENIED, 'manual'],
      [NO_ROLE, 'manual'],
      [THROTTLED, 'manual']
    ])
  })
})

describe('several regions', () => {
  it('checks every account in every region, with one session per account', async () => {
    await seedChain(moto, { account: COMPLIANT })
    await seedChain(moto, { account: FAILING, subscriptions: [] })
    const p = await startProxy()
    const run = await estate(p.endpoint, {
      accounts: `${COMPLIANT}\n${FAILING}`,
      regions: 'us-east-1, eu-west-1',
      'max-concurrency': '2'
    })
    expect(run.exitCode).toBe(1)
    expect(targetsOf(run).map((t) => [t.account, t.region, t.status])).toEqual([
      [COMPLIANT, 'eu-west-1', 'pass'],
      [COMPLIANT, 'us-east-1', 'pass'],
      [FAILING, 'eu-west-1', 'fail'],
      [FAILING, 'us-east-1', 'fail']
    ])
    expect(countOf(p, 'AssumeRole')).toBe(2)
    expect(tableRows(run.summary)).toHaveLength(4)
  })

  it('checks the regions of the step’s own account without assuming any role', async () => {
    await seedChain(moto, {})
    const p = await startProxy()
    const run = await runAction({
      inputs: { 'aws-region': REGION, regions: 'us-east-1,eu-west-1' },
      motoEndpoint: p.endpoint,
      region: REGION
    })
    expect(run.exitCode).toBe(0)
    expect(targetsOf(run).map((t) => [t.account, t.region, t.status])).toEqual([
      [HUB, 'eu-west-1', 'pass'],
      [HUB, 'us-east-1', 'pass']
    ])
    expect(countOf(p, 'AssumeRole')).toBe(0)
  })
})

describe('an organization trail seen from member accounts', () => {
  /** The management account holds the organization trail and its whole chain; the members hold nothing. */
  async function seedOrganization(management: string, chain: Parameters<typeof seedChain>[1] = {}) {
    await seedChain(moto, { ...chain, account: management, trail: { organization: true } })
  }

  it('judges the chain once, where it is, and reports the members as covered by it', async () => {
    await seedOrganization(MANAGEMENT)
    // Stub: AWS shows the organization trail to its members; moto does not.
    const p = await startProxy({ organizationTrails: { managementAccount: MANAGEMENT, members: [MEMBER_A, MEMBER_B] } })
    const run = await estate(p.endpoint, { accounts: [MANAGEMENT, MEMBER_A, MEMBER_B].join(',') })
    expect(run.exitCode).toBe(0)
    const t = byAccount(run)
    expect(t[`${MANAGEMENT} ${REGION}`]).toMatchObject({ status: 'pass', chainAccount: null })
    for (const member of [MEMBER_A, MEMBER_B]) {
      expect(t[`${member} ${REGION}`]).toMatchObject({ status: 'pass', chainAccount: MANAGEMENT })
      const row = tableRows(run.summary).find((r) => r[0] === member)!
      expect(row[3]).toBe(`covered by the organization trail management-trail, chain in account ${MANAGEMENT}`)
      expect(detailsOf(run.summary, member)).toContain(
        `This account is covered by the organization trail management-trail: its log group, metric filter, alarm and topic are in account ${MANAGEMENT}`
      )
    }
    // The chain (log group → filter → alarm → topic) was read in the management account only, once.
    expect(p.requests.filter((r) => r.operation === 'DescribeMetricFilters').map((r) => r.account)).toEqual([
      MANAGEMENT
    ])
    expect(p.requests.filter((r) => r.operation === 'DescribeAlarmsForMetric').map((r) => r.account)).toEqual([
      MANAGEMENT
    ])
  })

  it('reports the members as failing with a broken chain', async () => {
    await seedOrganization(MANAGEMENT, { subscriptions: [] })
    const p = await startProxy({ organizationTrails: { managementAccount: MANAGEMENT, members: [MEMBER_A, MEMBER_B] } })
    const run = await estate(p.endpoint, { accounts: [MANAGEMENT, MEMBER_A].join(',') })
    expect(run.exitCode).toBe(1)
    const t = byAccount(run)
    expect(t[`${MANAGEMENT} ${REGION}`]).toMatchObject({ status: 'fail', firstFailingLink: 'subscription' })
    expect(t[`${MEMBER_A} ${REGION}`]).toMatchObject({
      status: 'fail',
      firstFailingLink: 'subscription',
      chainAccount: MANAGEMENT
    })
    expect(detailsOf(run.summary, MEMBER_A)).toContain('This account is failing with the organization trail')
    expect(detailsOf(run.summary, MEMBER_A)).toContain('aws sns subscribe')
  })

  it('stays manual without access to the account that holds the chain, naming it and the role', async () => {
    await seedOrganization(MANAGEMENT)
    const p = await startProxy({ organizationTrails: { managementAccount: MANAGEMENT, members: [MEMBER_A, MEMBER_B] } })
    const run = await estate(p.endpoint, { accounts: [MEMBER_A, MEMBER_B].join(',') })
    expect(run.exitCode).toBe(0) // fail-on: fail
    expect(run.outputs.status).toBe('manual')
    for (const member of [MEMBER_A, MEMBER_B]) {
      expect(byAccount(run)[`${member} ${REGION}`]).toMatchObject({ status: 'manual', chainAccount: null })
      expect(detailsOf(run.summary, member)).toContain(
        `in account ${MANAGEMENT}, where its metric filter, alarm and topic are; this run has no access to that account. To judge it: add account ${MANAGEMENT} to the run&#39;s accounts (it then assumes arn:aws:iam::${MANAGEMENT}:role/${ROLE} there).`
      )
    }
  })

  it('judges the chain with the step’s own credentials when their account holds it', async () => {
    await seedOrganization(HUB)
    const p = await startProxy({ organizationTrails: { managementAccount: HUB, members: [MEMBER_A, MEMBER_B] } })
    const run = await estate(p.endpoint, { accounts: [MEMBER_A, MEMBER_B].join(',') })
    expect(run.exitCode).toBe(0)
    expect(targetsOf(run).map((t) => [t.account, t.status, t.chainAccount])).toEqual([
      [MEMBER_A, 'pass', HUB],
      [MEMBER_B, 'pass', HUB]
    ])
    expect(p.requests.filter((r) => r.operation === 'DescribeMetricFilters').map((r) => r.account)).toEqual([HUB])
  })
})

/** An Organizations call to moto (JSON 1.1; moto reads the service from the credential scope and checks no signature). */
async function organizations(operation: string, input: object): Promise<Record<string, unknown>> {
  const res = await fetch(moto.endpoint, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-amz-json-1.1',
      'x-amz-target': `AWSOrganizationsV20161128.${operation}`,
      authorization: `AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20260101/us-east-1/organizations/aws4_request, SignedHeaders=host, Signature=0`
    },
    body: JSON.stringify(input)
  })
  const body = (await res.json()) as Record<string, unknown>
  if (!res.ok) throw new Error(`${operation}: ${JSON.stringify(body)}`)
  return body
}

describe('the matrix workflow', () => {
  it('lists the organization’s active accounts as a matrix, in chunks', async () => {
    await organizations('CreateOrganization', { FeatureSet: 'ALL' })
    const ids: string[] = []
    for (const name of ['a', 'b', 'c', 'd']) {
      const created = await organizations('CreateAccount', { AccountName: name, Email: `${name}@example.com` })
      ids.push((created.CreateAccountStatus as { AccountId: string }).AccountId)
    }
    await organizations('CloseAccount', { AccountId: ids[3] }) // SUSPENDED: left out
    const run = await runAction({
      inputs: {
        mode: 'matrix',
        'aws-region': REGION,
        organization: 'true',
        regions: 'us-east-1,eu-west-1',
        'matrix-chunk-size': '2'
      },
      motoEndpoint: moto.endpoint,
      region: REGION
    })
    expect(run.exitCode).toBe(0)
    const matrix = JSON.parse(run.outputs.matrix) as { include: Array<Record<string, unknown>> }
    expect(matrix.include).toEqual([
      { chunk: 1, accounts: `${HUB},${ids[0]}`, regions: 'us-east-1,eu-west-1', targets: 4 },
      { chunk: 2, accounts: `${ids[1]},${ids[2]}`, regions: 'us-east-1,eu-west-1', targets: 4 }
    ])
    expect(run.outputs['target-count']).toBe('8')
  })

  it('merges the chunks’ run reports into the same summary, outputs and SARIF, organization trail included', async () => {
    await seedOrganization()
    await seedChain(moto, { account: FAILING, alarm: { threshold: 5 } })
    const p = await startProxy({ organizationTrails: { managementAccount: MANAGEMENT, members: [MEMBER_A, MEMBER_B] } })
    const list = await runCli(
      ['matrix', '--accounts', `${MEMBER_A},${FAILING},${MANAGEMENT}`, '--region', REGION, '--matrix-chunk-size', '2'],
      {}
    )
    expect(list.exitCode).toBe(0)
    const chunks = (JSON.parse(list.stdout) as { include: Array<{ chunk: number; accounts: string }> }).include
    expect(chunks.map((c) => c.accounts)).toEqual([`${MEMBER_A},${FAILING}`, MANAGEMENT])

    const reports: Record<string, string> = {}
    for (const chunk of chunks) {
      const run = await estate(p.endpoint, {
        accounts: chunk.accounts,
        'report-file': 'cmk-alarm-report.json',
        'fail-on': 'never'
      })
      expect(run.exitCode).toBe(0)
      reports[`reports/cmk-alarm-report-${chunk.chunk}/cmk-alarm-report.json`] = readFileSync(
        path.join(run.workspace, 'cmk-alarm-report.json'),
        'utf8'
      )
      // Alone, the member's chunk cannot judge the chain held in the other chunk's account.
      if (chunk.chunk === 1) expect(byAccount(run)[`${MEMBER_A} ${REGION}`].status).toBe('manual')
    }

    const merged = await runAction({
      inputs: {
        mode: 'merge',
        reports: 'reports/**/*.json',
        'sarif-file': 'merged.sarif',
        'report-file': 'merged.json'
      },
      workspaceFiles: reports
    })
    expect(merged.exitCode).toBe(1)
    expect([merged.outputs['target-count'], merged.outputs['pass-count'], merged.outputs['fail-count']]).toEqual([
      '3',
      '2',
      '1'
    ])
    expect(targetsOf(merged).map((t) => [t.account, t.status, t.chainAccount])).toEqual([
      [FAILING, 'fail', null],
      [MEMBER_A, 'pass', MANAGEMENT],
      [MANAGEMENT, 'pass', null]
    ])
    expect(merged.summary.startsWith('## ❌ Not compliant: 1 of 3 targets')).toBe(true)
    expect(merged.summary).toContain('merged from 2 run reports')
    expect(tableRows(merged.summary).map((r) => r[0])).toEqual([FAILING, MEMBER_A, MANAGEMENT])
    const sarif = JSON.parse(readFileSync(path.join(merged.workspace, 'merged.sarif'), 'utf8')) as {
      runs: Array<{ automationDetails: { id: string } }>
    }
    expect(sarif.runs.map((r) => r.automationDetails.id)).toEqual(
      [FAILING, MEMBER_A, MANAGEMENT].map((a) => `cmk-alarm/${a}/${REGION}/`)
    )
    const file = JSON.parse(readFileSync(path.join(merged.workspace, 'merged.json'), 'utf8'))
    expect(file.counts).toEqual({ targets: 3, pass: 2, fail: 1, manual: 0 })

    // A target may be merged once only (a job's report uploaded twice is refused, naming both files).
    const [first] = Object.values(reports)
    const twice = await runAction({
      inputs: { mode: 'merge', reports: 'r' },
      workspaceFiles: { 'r/a.json': first, 'r/b.json': first }
    })
    expect(twice.exitCode).toBe(1)
    expect(twice.annotations.find((a) => a.level === 'error')?.message).toBe(
      `reports: account ${FAILING} in us-east-1 is in both r/a.json and r/b.json; merge each target once.`
    )

    // The CLI merges the same files to the same result.
    const cli = await runCli(
      ['merge', ...Object.keys(reports).map((f) => path.join(merged.workspace, f)), '--json'],
      {}
    )
    expect(cli.exitCode).toBe(1)
    expect(
      JSON.parse(cli.stdout).targets.map((t: { account: string; status: string }) => [t.account, t.status])
    ).toEqual([
      [FAILING, 'fail'],
      [MEMBER_A, 'pass'],
      [MANAGEMENT, 'pass']
    ])
  })

  it('refuses to merge a file that is not a run report, or no file at all', async () => {
    const one = JSON.stringify({
      format: 'cmk-alarm-run-report',
      version: 1,
      control: 'cis-aws-4.7',
      mode: 'verify',
      targets: []
    })
    const bad = await runAction({
      inputs: { mode: 'merge', reports: 'r/*.json' },
      workspaceFiles: { 'r/a.json': one, 'r/b.json': '{"status":"pass"}' }
    })
    expect(bad.exitCode).toBe(1)
    expect(bad.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([
      'reports: r/b.json: format must be "cmk-alarm-run-report": not a cmk-alarm run report (write one with report-file)'
    ])
    const none = await runAction({ inputs: { mode: 'merge', reports: 'missing/*.json' } })
    expect(none.annotations.find((a) => a.level === 'error')?.message).toMatch(
      /^reports: "missing\/\*\.json" matches no file/
    )
    const cli = await runCli(['merge', 'missing.json'], {})
    expect(cli.exitCode).toBe(2)
    expect(cli.stderr).toMatch(/^cmk-alarm: reports: "missing\.json" matches no file/)
  })

  function seedOrganization() {
    return seedChain(moto, { account: MANAGEMENT, trail: { organization: true } })
  }
})

describe('enforce across targets', () => {
  it('plans every target first, prints the whole plan, then applies; a failing target does not stop the others', async () => {
    await seedChain(moto, { account: COMPLIANT })
    await seedChain(moto, { account: FAILING, filter: false, alarm: false, topic: false })
    const p = await startProxy({ awsMetricFilterSemantics: true })
    p.addFault({
      operation: 'AssumeRole',
      kind: 'access-denied',
      count: Infinity,
      when: (r) => r.roleArn === `arn:aws:iam::${NO_ROLE}:role/${ROLE}`
    })
    const run = await estate(p.endpoint, {
      mode: 'enforce',
      accounts: [COMPLIANT, FAILING, NO_ROLE].join(','),
      subscriptions: 'email:secops@example.com'
    })
    const plan = run.stdout.indexOf('Plan for 3 targets (applied next, target by target):')
    expect(plan).toBeGreaterThanOrEqual(0)
    expect(run.stdout.slice(plan)).toMatch(
      new RegExp(
        `  ${COMPLIANT} us-east-1: nothing to change\\n  ${FAILING} us-east-1: create metric-filter .*create alarm .*\\n  ${NO_ROLE} us-east-1: blocked: Nothing was changed: the account could not be checked`
      )
    )
    // Every target was read before the first write.
    const firstWrite = p.requests.findIndex((r) => /^(Put|Create|Subscribe|Set)/.test(r.operation))
    expect(firstWrite).toBeGreaterThan(0)
    const before = p.requests.slice(0, firstWrite)
    const read = new Set(before.filter((r) => r.operation === 'DescribeTrails').map((r) => r.account))
    expect([...read].sort()).toEqual([COMPLIANT, FAILING])
    expect(p.writes().every((w) => w.account === FAILING)).toBe(true)

    const t = byAccount(run)
    expect(t[`${COMPLIANT} ${REGION}`].status).toBe('pass')
    expect(t[`${FAILING} ${REGION}`].status).toBe('pass')
    expect(t[`${NO_ROLE} ${REGION}`].status).toBe('manual')
    expect(run.exitCode).toBe(1)
    expect(run.annotations.filter((a) => a.level === 'error').at(-1)!.message).toBe(
      `Enforce could not change 1 of 3 targets (${NO_ROLE} us-east-1): see the job summary.`
    )
    const changes = JSON.parse(run.outputs.changes) as Array<{ account: string; action: string; type: string }>
    expect(changes.filter((c) => c.action === 'create').every((c) => c.account === FAILING)).toBe(true)
    expect(changes.map((c) => c.type)).toContain('alarm')
  })

  it('changes nothing on dry-run', async () => {
    await seedChain(moto, { account: FAILING, filter: false, alarm: false, topic: false })
    const p = await startProxy()
    const run = await estate(p.endpoint, { mode: 'enforce', 'dry-run': 'true', accounts: `${COMPLIANT},${FAILING}` })
    expect(run.stdout).toContain('Plan for 2 targets (dry run: nothing will be changed):')
    expect(p.writes()).toEqual([])
    expect(run.exitCode).toBe(1) // COMPLIANT has no trail: enforce cannot plan there
  })
})

describe('the CLI over many accounts', () => {
  it('verifies --accounts with --member-role and writes --report-file', async () => {
    await seedChain(moto, { account: COMPLIANT })
    await seedChain(moto, { account: FAILING, alarm: false })
    const run = await runCli(
      [
        'verify',
        '--region',
        REGION,
        '--accounts',
        `${COMPLIANT},${FAILING}`,
        '--member-role',
        ROLE,
        '--report-file',
        'r.json'
      ],
      { motoEndpoint: moto.endpoint, region: REGION }
    )
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toMatch(new RegExp(`^NOT COMPLIANT: 1 OF 2 TARGETS`))
    expect(run.stdout).toMatch(new RegExp(`\\[PASS\\] ${COMPLIANT} us-east-1`))
    expect(run.stdout).toMatch(new RegExp(`\\[FAIL\\] ${FAILING} us-east-1  alarm: No CloudWatch alarm`))
    expect(run.stdout).toContain(`=== ${FAILING} us-east-1 ===`)
  })
})
