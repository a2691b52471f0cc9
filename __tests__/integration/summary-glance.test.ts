// The job summary and annotations read at a glance, on the built action against moto: the first lines of a passing,
// a failing and an undecided run, titles that state the problem, short names in the chain table, at most 10
// annotations of a level with the step's own failure counted, and a summary even when the step stops early.
import { describe, it, expect, beforeAll, afterAll, beforeEach } from '@jest/globals'
import { runAction, type ActionRun } from '../harness/action.js'
import { startAwsProxy } from '../harness/aws-proxy.js'
import { startMoto, type MotoServer } from '../harness/moto.js'
import { seedChain } from '../harness/seed.js'

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

const lines = (run: ActionRun) => run.summary.split('\n')
const count = (run: ActionRun, level: string) => run.annotations.filter((a) => a.level === level).length
const verify = (endpoint = moto.endpoint, inputs: Record<string, string> = {}) =>
  runAction({ inputs: { 'aws-region': 'us-east-1', ...inputs }, motoEndpoint: endpoint, region: 'us-east-1' })

describe('the summary at a glance', () => {
  it('a passing run: the verdict, the sentence, then who checked it; short names in the chain; no annotation', async () => {
    await seedChain(moto, {})
    const run = await verify()
    expect(lines(run).slice(0, 3)).toEqual([
      '## ✅ Compliant',
      '',
      expect.stringMatching(/^CloudTrail delivers KMS DisableKey and ScheduleKeyDeletion events to a metric filter/)
    ])
    expect(run.summary).toMatch(/^\| trail \| management-trail \| ✅ pass \|/m)
    expect(run.summary).toMatch(/^\| alarm \| cmk-disable-or-delete-alarm \| ✅ pass \|/m)
    expect(run.summary).not.toMatch(/^\| trail \| arn:aws:cloudtrail/m)
    expect([count(run, 'error'), count(run, 'warning')]).toEqual([0, 0])
  })

  it('a failing run: titles state the problem, and the errors, the step failure included, stay within 10', async () => {
    await seedChain(moto, {
      filter: { pattern: '{ $.eventName = DisableKey }', value: '0' },
      alarm: { actionsEnabled: false, threshold: 2, alarmActions: [] }
    })
    const run = await verify()
    expect(run.exitCode).toBe(1)
    expect(lines(run)[0]).toBe('## ❌ Not compliant')
    expect(lines(run)[2]).toMatch(/^\d+ checks failed: nobody would be notified when a KMS key is disabled/)
    expect(run.summary).toContain(
      'filter.pattern: Metric filter cmk-disable-or-delete misses ScheduleKeyDeletion events'
    )
    expect(run.summary).toContain('alarm.actions-enabled: The alarm actions are disabled')
    expect(run.summary).not.toContain('The alarm actions are enabled')
    const errors = run.annotations.filter((a) => a.level === 'error')
    expect(errors.length).toBeLessThanOrEqual(10)
    expect(errors.filter((a) => a.message.startsWith('The account does not meet'))).toHaveLength(1)
    expect(errors.map((a) => a.properties.title ?? '')).toEqual(
      expect.arrayContaining(['filter.pattern: Metric filter cmk-disable-or-delete misses ScheduleKeyDeletion events'])
    )
  })

  it('an undecided run leads with the one thing to do, not a list of depending checks', async () => {
    await seedChain(moto, {})
    const proxy = await startAwsProxy(moto.endpoint)
    try {
      proxy.addFault({ operation: 'DescribeTrails', kind: 'access-denied', count: Infinity })
      const run = await verify(proxy.endpoint, { 'fail-on': 'manual' })
      expect(lines(run).slice(0, 5)).toEqual([
        '## ⚠️ Could not decide',
        '',
        expect.stringMatching(/^\d+ checks could not be decided/),
        '',
        '**To decide it:** Grant cloudtrail:DescribeTrails to the identity running the check.'
      ])
      // One block for the undecided check, one line for the twelve that wait on it.
      expect(run.summary.match(/^#### /gm)).toHaveLength(1)
      expect(run.summary).toMatch(
        /_12 more checks \(.*\) will be decided once trail\.multi-region-logging is: they depend on it\._/
      )
      expect(count(run, 'warning')).toBe(1)
      expect(run.summary).not.toMatch(/\*\*Resource:\*\* cloudtrail/)
    } finally {
      await proxy.close()
    }
  })

  it('a step that stops before any check still writes a summary with the reason', async () => {
    const run = await verify('http://127.0.0.1:9', { 'timeout-seconds': '5' })
    expect(run.exitCode).toBe(1)
    expect(lines(run)[0]).toBe('## ❌ cmk-alarm-action could not run the check')
    expect(run.summary).toContain('Input "timeout-seconds" must be a whole number of seconds from 10 to 3600')
    expect(count(run, 'error')).toBe(1)
  })
})
