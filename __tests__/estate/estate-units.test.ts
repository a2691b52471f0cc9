// The pure parts of a run over many accounts: its inputs, the matrix, the fair share of the time budget, and the
// organization chains judged in the account that holds them.
import { describe, it, expect } from '@jest/globals'
import { TimeBudget, TimeBudgetExceeded } from '../../src/aws/budget.js'
import { mapFair } from '../../src/estate/run.js'
import { isEstate, MATRIX_MAX_JOBS, memberRoleArn } from '../../src/estate/settings.js'
import { buildMatrix } from '../../src/estate/targets.js'
import { resolveOrganizationChains } from '../../src/judge/organization.js'
import type { EstateTarget, HeldChain } from '../../src/model/estate.js'
import { parseSettings } from '../../src/settings.js'
import { failingReport, manualReport, passingReport } from '../report/fixtures.js'

const settings = (inputs: Record<string, string>) =>
  parseSettings((name) => ({ 'aws-region': 'us-east-1', ...inputs })[name] ?? '', {})

describe('estate inputs', () => {
  it('reads accounts and regions from commas, spaces or lines, once each, in the order given', () => {
    const s = settings({
      accounts: '222222222222, 111111111111\n222222222222',
      regions: 'eu-west-1\nus-east-1,eu-west-1',
      'member-role': 'cmk-alarm-verify'
    }).estate
    expect(s.accounts).toEqual(['222222222222', '111111111111'])
    expect(s.regions).toEqual(['eu-west-1', 'us-east-1'])
    expect(s.memberRole).toBe('arn:aws:iam::{account}:role/cmk-alarm-verify')
    expect(memberRoleArn(s.memberRole!, '111111111111')).toBe('arn:aws:iam::111111111111:role/cmk-alarm-verify')
  })

  it('takes a role path, an ARN template, and the partition of the region', () => {
    expect(settings({ accounts: '111111111111', 'member-role': 'audit/cmk-alarm' }).estate.memberRole).toBe(
      'arn:aws:iam::{account}:role/audit/cmk-alarm'
    )
    expect(
      parseSettings((n) => ({ 'aws-region': 'cn-north-1', organization: 'true', 'member-role': 'cmk' })[n] ?? '', {})
        .estate.memberRole
    ).toBe('arn:aws-cn:iam::{account}:role/cmk')
  })

  it('defaults: no estate, 20 at once, chunks of 20', () => {
    const s = settings({}).estate
    expect(isEstate(s)).toBe(false)
    expect([s.maxConcurrency, s.matrixChunkSize, s.organization, s.regions, s.reportFile]).toEqual([
      20,
      20,
      false,
      undefined,
      undefined
    ])
    expect(isEstate(settings({ regions: 'us-east-1' }).estate)).toBe(true)
  })
})

describe('the matrix', () => {
  const ids = (n: number) => Array.from({ length: n }, (_, i) => String(100000000000 + i))

  it('puts chunk-size accounts in each job, every region in each', () => {
    const m = buildMatrix(ids(5), ['us-east-1', 'eu-west-1'], 2)
    expect(m.include.map((e) => [e.chunk, e.accounts.split(',').length, e.regions, e.targets])).toEqual([
      [1, 2, 'us-east-1,eu-west-1', 4],
      [2, 2, 'us-east-1,eu-west-1', 4],
      [3, 1, 'us-east-1,eu-west-1', 2]
    ])
  })

  it('stays within the 256 jobs of a matrix by taking more accounts per job, losing none', () => {
    const m = buildMatrix(ids(3000), ['us-east-1'], 5)
    expect(m.include.length).toBeLessThanOrEqual(MATRIX_MAX_JOBS)
    expect(m.chunkSize).toBe(12)
    expect(m.include.flatMap((e) => e.accounts.split(','))).toEqual(ids(3000))
  })
})

describe('the fair share of the time budget', () => {
  it('runs at most `limit` at once, and a slow target is cut at its share while the others finish', async () => {
    const budget = new TimeBudget(3)
    let inFlight = 0
    let most = 0
    const started = Date.now()
    const results = await mapFair(
      ['slow', 'a', 'b', 'c', 'd', 'e'],
      2,
      budget,
      (s) => `share ${s.toFixed(1)} s`,
      async (item, share) => {
        inFlight++
        most = Math.max(most, inFlight)
        try {
          if (item === 'slow') {
            await share.race(new Promise(() => undefined))
            return 'never'
          }
          await new Promise((r) => setTimeout(r, 20))
          return `${item} done`
        } catch (error) {
          return error instanceof TimeBudgetExceeded ? error.message : String(error)
        } finally {
          inFlight--
        }
      }
    )
    expect(most).toBe(2)
    expect(results.slice(1)).toEqual(['a done', 'b done', 'c done', 'd done', 'e done'])
    // Six targets in two lanes: the first gets a third of the budget, not all of it.
    expect(results[0]).toMatch(/^time budget exceeded \(share 1\.0 s\)$/)
    expect(Date.now() - started).toBeLessThan(3_000) // cut at its share, long before the budget ran out
  })

  it('gives the last round all the time left', async () => {
    const budget = new TimeBudget(10)
    const shares = await mapFair([1, 2, 3], 5, budget, String, async (_item, share) => share.seconds)
    for (const s of shares) expect(s).toBeGreaterThan(9.9)
  })
})

describe('organization chains', () => {
  const chain = (report = passingReport()): HeldChain => ({
    trailArn: 'arn:aws:cloudtrail:us-east-1:999999999999:trail/org',
    trailName: 'org',
    account: '999999999999',
    logGroupArn: 'arn:aws:logs:us-east-1:999999999999:log-group:org',
    report
  })
  const member = (account: string, report = manualReport()): EstateTarget => ({
    account,
    region: 'eu-west-1',
    report: { ...report, identity: { account, arn: `arn:aws:sts::${account}:assumed-role/r/s` } },
    chainElsewhere: [
      {
        trailArn: 'arn:aws:cloudtrail:us-east-1:999999999999:trail/org',
        trailName: 'org',
        account: '999999999999',
        logGroupArn: 'arn:aws:logs:us-east-1:999999999999:log-group:org',
        roleArn: 'arn:aws:iam::999999999999:role/cmk-alarm-verify'
      }
    ]
  })
  const holder = (report = passingReport()): EstateTarget => ({
    account: '999999999999',
    region: 'us-east-1',
    report,
    heldChains: [chain(report)]
  })

  it('reports a member by the chain held elsewhere: covered when it passes', () => {
    const [m] = resolveOrganizationChains([member('111111111111'), holder()])
    expect(m.report.status).toBe('pass')
    expect(m.coveredBy).toEqual({ account: '999999999999', trailArn: chain().trailArn, trailName: 'org' })
    expect(m.report.region).toBe('eu-west-1')
    expect(m.report.identity?.account).toBe('111111111111')
    expect(m.report.securityHub.prediction).toBe('unknown')
    expect(m.report.notes?.at(-1)).toMatch(
      /^This account is covered by the organization trail org: .* account 999999999999/
    )
  })

  it('fails with a failing chain, even a member whose own report was manual', () => {
    const [m] = resolveOrganizationChains([member('111111111111'), holder(failingReport())])
    expect(m.report.status).toBe('fail')
    expect(m.report.notes?.at(-1)).toMatch(/^This account is failing with the organization trail org/)
  })

  it('keeps a member compliant on its own as it is', () => {
    const own = member('111111111111', passingReport())
    const [m] = resolveOrganizationChains([own, holder(failingReport())])
    expect(m).toBe(own)
  })

  it('stays manual without the chain, naming the account and the role', () => {
    const [m] = resolveOrganizationChains([member('111111111111')])
    expect(m.report.status).toBe('manual')
    expect(m.coveredBy).toBeUndefined()
    expect(m.report.notes?.at(-1)).toBe(
      "The organization trail org delivers to arn:aws:logs:us-east-1:999999999999:log-group:org in account 999999999999, where its metric filter, alarm and topic are; this run has no access to that account. To judge it: add account 999999999999 to the run's accounts (it then assumes arn:aws:iam::999999999999:role/cmk-alarm-verify there)."
    )
    // Resolving again (the merge of reports) does not repeat the note.
    const [again] = resolveOrganizationChains([m])
    expect(again.report.notes).toEqual(m.report.notes)
  })
})
