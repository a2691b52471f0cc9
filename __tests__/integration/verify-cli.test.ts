// The built CLI (dist/cli/index.js) against moto server, with the default credential chain from the environment.
import { describe, it, expect, beforeAll, afterAll, beforeEach } from '@jest/globals'
import { startMoto, type MotoServer } from '../harness/moto.js'
import { dumpAccount, seedChain } from '../harness/seed.js'
import { runCli } from '../harness/action.js'
import { startAwsProxy } from '../harness/aws-proxy.js'

let moto: MotoServer
beforeAll(async () => {
  moto = await startMoto()
})
afterAll(async () => {
  await moto.stop()
})
beforeEach(async () => {
  await moto.reset()
})

describe('cmk-alarm verify', () => {
  it('prints JSON with status, compliant and findings, and exits 0 when compliant', async () => {
    await seedChain(moto, {})
    const run = await runCli(['verify', '--region', 'us-east-1', '--json'], {
      motoEndpoint: moto.endpoint,
      region: 'us-east-1'
    })
    expect(run.exitCode).toBe(0)
    const out = JSON.parse(run.stdout)
    expect(out.status).toBe('pass')
    expect(out.compliant).toBe(true)
    expect(out.findings).toHaveLength(13)
  })

  it('exits 1 and names the broken link when not compliant', async () => {
    await seedChain(moto, { alarm: { actionsEnabled: false } })
    const run = await runCli(['verify', '--region=us-east-1', '--json'], {
      motoEndpoint: moto.endpoint,
      region: 'us-east-1'
    })
    expect(run.exitCode).toBe(1)
    const out = JSON.parse(run.stdout)
    expect(out.status).toBe('fail')
    expect(out.findings.find((f: { id: string }) => f.id === 'alarm.actions-enabled').status).toBe('fail')
  })

  it('prints a readable report with the fix', async () => {
    await seedChain(moto, { subscriptions: [] })
    const run = await runCli(['verify', '--region', 'us-east-1'], { motoEndpoint: moto.endpoint, region: 'us-east-1' })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toContain('subscription.confirmed')
    expect(run.stdout).toContain('aws sns subscribe')
  })

  it('exits 3 when it cannot decide', async () => {
    await seedChain(moto, { trail: { logGroupArnOverride: 'arn:aws:logs:us-east-1:999999999999:log-group:org:*' } })
    const run = await runCli(['verify', '--region', 'us-east-1', '--json'], {
      motoEndpoint: moto.endpoint,
      region: 'us-east-1'
    })
    expect(run.exitCode).toBe(3)
    expect(JSON.parse(run.stdout).status).toBe('manual')
  })

  it.each([[['verify', '--region', 'mars-1']], [['verify', '--bogus']], [['verify', '--region']], [['frobnicate']]])(
    'exits 2 on bad usage %j',
    async (args) => {
      const run = await runCli(args, { motoEndpoint: 'http://127.0.0.1:9', region: 'us-east-1' })
      expect(run.exitCode).toBe(2)
      expect(run.stderr).toMatch(/cmk-alarm: /)
      expect(run.stderr).toContain('Usage:')
    }
  )
})

describe("cmk-alarm verify shares the action's run: fail-on and timeout-seconds", () => {
  const opts = () => ({ motoEndpoint: moto.endpoint, region: 'us-east-1' })

  it('--fail-on never exits 0 on a failing account and still prints the verdict', async () => {
    await seedChain(moto, { alarm: { actionsEnabled: false } })
    const run = await runCli(['verify', '--region', 'us-east-1', '--fail-on', 'never', '--json'], opts())
    expect(run.exitCode).toBe(0)
    expect(JSON.parse(run.stdout).status).toBe('fail')
  })

  it('--fail-on fail lets an undecided account pass, as the action does; manual (the default) exits 3', async () => {
    await seedChain(moto, { trail: { logGroupArnOverride: 'arn:aws:logs:us-east-1:999999999999:log-group:org:*' } })
    const lenient = await runCli(['verify', '--region', 'us-east-1', '--fail-on', 'fail', '--json'], opts())
    expect(lenient.exitCode).toBe(0)
    expect(JSON.parse(lenient.stdout).status).toBe('manual')
    const strict = await runCli(['verify', '--region', 'us-east-1', '--fail-on', 'manual', '--json'], opts())
    expect(strict.exitCode).toBe(3)
  })

  it("refuses a bad --fail-on, --timeout-seconds or --region with the input's rule, naming the flag, before any AWS call", async () => {
    for (const args of [
      ['--fail-on', 'sometimes'],
      ['--timeout-seconds', '5'],
      ['--region', 'us_east_1']
    ]) {
      const run = await runCli(['verify', ...(args[0] === '--region' ? [] : ['--region', 'us-east-1']), ...args], {
        motoEndpoint: 'http://127.0.0.1:9',
        region: 'us-east-1'
      })
      expect(run.exitCode).toBe(2)
      // The error names the flag typed, with the input's rule.
      expect(run.stderr).toContain(`cmk-alarm: ${args[0]} must be`)
      expect(run.stderr).not.toContain('Input "')
    }
  })

  it('--timeout-seconds bounds the run: a read slower than the budget ends on time as manual', async () => {
    await seedChain(moto, {})
    const proxy = await startAwsProxy(moto.endpoint)
    try {
      proxy.addFault({ operation: 'DescribeMetricFilters', kind: 'latency', delayMs: 15_000, count: Infinity })
      const started = Date.now()
      const run = await runCli(['verify', '--region', 'us-east-1', '--timeout-seconds', '10', '--json'], {
        motoEndpoint: proxy.endpoint,
        region: 'us-east-1',
        timeoutMs: 30_000
      })
      const seconds = (Date.now() - started) / 1000
      expect(seconds).toBeLessThan(14)
      expect(run.exitCode).toBe(3)
      const pattern = JSON.parse(run.stdout).findings.find((f: { id: string }) => f.id === 'filter.pattern')
      expect(pattern.status).toBe('manual')
      expect(pattern.message).toContain('time budget exceeded (timeout-seconds: 10)')
    } finally {
      await proxy.close()
    }
  })
})

describe('cmk-alarm enforce', () => {
  it('prints the plan with --dry-run and changes nothing, then makes the account compliant', async () => {
    await seedChain(moto, { filter: false, alarm: false, topic: false })
    const opts = { motoEndpoint: moto.endpoint, region: 'us-east-1' }
    const before = await dumpAccount(moto)
    const dry = await runCli(
      ['enforce', '--region', 'us-east-1', '--dry-run', '--subscription', 'email:secops@example.com', '--json'],
      opts
    )
    // A dry run judges the account as it is, like verify: not compliant exits 1 (issue 11; it used to exit 0).
    expect(dry.exitCode).toBe(1)
    const plan = JSON.parse(dry.stdout)
    expect(
      plan.changes
        .filter((c: { action: string }) => c.action === 'create')
        .map((c: { type: string }) => c.type)
        .sort()
    ).toEqual(['alarm', 'metric-filter', 'sns-topic', 'subscription'])
    expect(plan.status).toBe('fail')
    expect(await dumpAccount(moto)).toEqual(before)

    const applied = await runCli(
      ['enforce', '--region', 'us-east-1', '--subscription', 'email:secops@example.com', '--tag', 'team=security'],
      opts
    )
    expect(applied.exitCode).toBe(0)
    expect(applied.stdout).toContain('Changes made:')
    expect(applied.stdout).toContain('COMPLIANT')
    const verify = await runCli(['verify', '--region', 'us-east-1', '--json'], opts)
    expect(JSON.parse(verify.stdout).status).toBe('pass')
  })

  it('refuses alias/aws/sns as the topic key before any AWS call', async () => {
    const run = await runCli(['enforce', '--region', 'us-east-1', '--sns-kms-key-id', 'alias/aws/sns'], {
      motoEndpoint: 'http://127.0.0.1:9',
      region: 'us-east-1'
    })
    expect(run.exitCode).toBe(2)
    expect(run.stderr).toContain('cmk-alarm: --sns-kms-key-id ')
    expect(run.stderr).toContain('CloudWatch cannot use')
  })
})

describe('cmk-alarm pattern (bundled CLI)', () => {
  it('judges a pattern with check --json', async () => {
    const run = await runCli([
      'pattern',
      'check',
      '--pattern',
      '{ $.eventSource = kms.amazonaws.com && $.eventName = DisableKeyRotation }',
      '--json'
    ])
    expect(run.exitCode).toBe(1)
    const out = JSON.parse(run.stdout)
    expect(out).toMatchObject({ valid: true, covers: false })
    expect(JSON.parse(out.counterexample).eventName).toMatch(/^(DisableKey|ScheduleKeyDeletion)$/)
  })
})
