// Faults, end to end: the built action verifies a compliant account through the fault-injecting proxy in front of
// moto (__tests__/harness/aws-proxy.ts). Transient faults — throttling, 500, 503, connection resets, bodies cut
// mid-stream and cut-but-complete answers — on every read of the chain are retried and change nothing in the verdict.
// Persistent faults make exactly the affected checks manual, naming the cause and the IAM action; an exhausted time
// budget (timeout-seconds) makes the rest manual with "time budget exceeded". Never a crash, never a stack trace.
//
// CMK_ALARM_RETRY_BASE_MS=2 shortens the backoff (the SDK's own base is 50 ms, 1 s for throttling) so the suite does
// not sleep through dozens of retries.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { startMoto, type MotoServer } from '../harness/moto.js'
import { seedChain } from '../harness/seed.js'
import { runAction, type ActionRun } from '../harness/action.js'
import { startAwsProxy, type AwsProxy, type Fault, type FaultKind } from '../harness/aws-proxy.js'
import { STACK_LINE, findingsOf, pool, recordFigures, verdict } from './helpers.js'

/** Every read verify makes, with its service's protocol: STS and SNS speak Query (XML), the others JSON. */
const READS = [
  'GetCallerIdentity',
  'DescribeTrails',
  'GetTrailStatus',
  'GetEventSelectors',
  'DescribeMetricFilters',
  'DescribeAlarmsForMetric',
  'GetTopicAttributes',
  'ListSubscriptionsByTopic'
] as const
const TRANSIENT: FaultKind[] = ['throttle', 'server-error', 'unavailable', 'reset', 'truncate', 'short-body']
/** Each read's IAM action and the check it decides. */
const CHECK_OF: Record<string, { action: string; check: string }> = {
  DescribeTrails: { action: 'cloudtrail:DescribeTrails', check: 'trail.multi-region-logging' },
  GetTrailStatus: { action: 'cloudtrail:GetTrailStatus', check: 'trail.multi-region-logging' },
  GetEventSelectors: { action: 'cloudtrail:GetEventSelectors', check: 'trail.management-events' },
  DescribeMetricFilters: { action: 'logs:DescribeMetricFilters', check: 'filter.pattern' },
  DescribeAlarmsForMetric: { action: 'cloudwatch:DescribeAlarmsForMetric', check: 'alarm.exists' },
  GetTopicAttributes: { action: 'sns:GetTopicAttributes', check: 'topic.delivery' },
  ListSubscriptionsByTopic: { action: 'sns:ListSubscriptionsByTopic', check: 'subscription.confirmed' }
}
/** A transient fault that never stops, one per kind, each on another read. */
const OUTLASTING: Array<[FaultKind, string]> = [
  ['throttle', 'GetTopicAttributes'],
  ['server-error', 'DescribeAlarmsForMetric'],
  ['unavailable', 'GetEventSelectors'],
  ['reset', 'DescribeTrails'],
  ['truncate', 'DescribeMetricFilters'],
  ['short-body', 'ListSubscriptionsByTopic']
]

interface Scenario {
  name: string
  faults: Fault[]
  inputs?: Record<string, string>
}
interface Outcome {
  run: ActionRun
  proxy: AwsProxy
  ms: number
}

const SCENARIOS: Scenario[] = [
  { name: 'baseline', faults: [] },
  // Each read fails twice in a row before it succeeds.
  ...TRANSIENT.map((kind) => ({
    name: `transient ${kind}`,
    faults: READS.map((operation) => ({ operation, kind, count: 2 }))
  })),
  ...Object.keys(CHECK_OF).map((operation) => ({
    name: `denied ${operation}`,
    faults: [{ operation, kind: 'access-denied' as const, count: Infinity }]
  })),
  ...OUTLASTING.map(([kind, operation]) => ({
    name: `outlasting ${kind} ${operation}`,
    faults: [{ operation, kind, count: Infinity }]
  })),
  // The filters never answer within the budget: 15 s of latency against timeout-seconds 10.
  {
    name: 'budget',
    faults: [{ operation: 'DescribeMetricFilters', kind: 'latency', delayMs: 15_000, count: Infinity }],
    inputs: { 'timeout-seconds': '10' }
  }
]

let moto: MotoServer
const outcomes = new Map<string, Outcome>()

beforeAll(async () => {
  moto = await startMoto()
  await seedChain(moto, {}) // compliant: the verdict without faults is pass on every check
  // The 10-second budget scenario first, so the others run while it waits.
  const ordered = [...SCENARIOS].sort((a, b) => (a.name === 'budget' ? -1 : b.name === 'budget' ? 1 : 0))
  await pool(
    ordered.map((s) => async () => {
      const proxy = await startAwsProxy(moto.endpoint)
      for (const f of s.faults) proxy.addFault(f)
      const started = Date.now()
      const run = await runAction({
        inputs: { 'aws-region': 'us-east-1', ...s.inputs },
        motoEndpoint: proxy.endpoint,
        region: 'us-east-1',
        env: { CMK_ALARM_RETRY_BASE_MS: '2' }
      })
      outcomes.set(s.name, { run, proxy, ms: Date.now() - started })
    }),
    3
  )
  const injected = [...outcomes.values()].reduce((n, o) => n + o.proxy.requests.filter((r) => r.faulted).length, 0)
  recordFigures('faults-verify', {
    transientKinds: TRANSIENT.length,
    operations: READS.length,
    transientSurvived: TRANSIENT.length * READS.length,
    persistentScenarios: Object.keys(CHECK_OF).length + OUTLASTING.length + 1,
    faultyResponsesInjected: injected
  })
}, 120_000)
afterAll(async () => {
  for (const o of outcomes.values()) await o.proxy.close()
  await moto?.stop()
})

function outcome(name: string): Outcome {
  const o = outcomes.get(name)
  if (!o) throw new Error(`scenario ${name} did not run`)
  return o
}

function expectNoCrash(run: ActionRun) {
  expect(run.stderr).toBe('')
  for (const text of [run.stdout, run.summary]) expect(text).not.toMatch(STACK_LINE)
  expect(run.outputs.status).toMatch(/^(pass|fail|manual)$/)
  expect(run.stdout).not.toMatch(/cmk-alarm-action failed/)
}

describe('transient faults are retried: the verdict is the one without faults', () => {
  it('baseline: the compliant account passes every check', () => {
    const { run } = outcome('baseline')
    expect(run.outputs.status).toBe('pass')
    expect(Object.values(verdict(run)).every((s) => s === 'pass')).toBe(true)
  })

  it.each(TRANSIENT)('%s twice on each of the 8 reads (JSON and Query protocols)', (kind) => {
    const { run, proxy } = outcome(`transient ${kind}`)
    expectNoCrash(run)
    expect(verdict(run)).toEqual(verdict(outcome('baseline').run))
    expect(run.exitCode).toBe(0)
    for (const operation of READS) {
      const faulted = proxy.requests.filter((r) => r.operation === operation && r.faulted === kind)
      expect([operation, faulted.length]).toEqual([operation, 2])
    }
  })
})

describe('persistent faults make the affected checks manual, naming the cause and the IAM action', () => {
  it.each(Object.entries(CHECK_OF))('access denied on %s', (operation, { action, check }) => {
    const { run, proxy } = outcome(`denied ${operation}`)
    expectNoCrash(run)
    expect(run.outputs.status).toBe('manual')
    expect(run.exitCode).toBe(0) // fail-on: fail
    const f = findingsOf(run).find((x) => x.id === check)!
    expect(f.status).toBe('manual')
    expect(f.message).toContain(`${action} was refused`)
    expect(f.message).toContain(`Grant ${action}`)
    expect(f.remediation).toContain(action)
    // A refusal is not retried, and no check is failed falsely.
    expect(proxy.requests.filter((r) => r.operation === operation).length).toBeLessThanOrEqual(2)
    expect(Object.values(verdict(run))).not.toContain('fail')
    expect(run.summary).toContain(action)
  })

  it.each(OUTLASTING)('%s that outlasts every retry on %s', (kind, operation) => {
    const { run, proxy } = outcome(`outlasting ${kind} ${operation}`)
    const { action, check } = CHECK_OF[operation]
    expectNoCrash(run)
    expect(run.outputs.status).toBe('manual')
    const f = findingsOf(run).find((x) => x.id === check)!
    expect(f.status).toBe('manual')
    expect(f.message).toMatch(new RegExp(`${action} failed after \\d+ attempts`))
    expect(f.remediation).toContain(action)
    // Bounded: the SDK's 5 attempts per call, 3 calls per read, per resource read.
    const tried = proxy.requests.filter((r) => r.operation === operation).length
    expect(tried).toBeGreaterThanOrEqual(3)
    expect(tried).toBeLessThanOrEqual(15 * 2)
    expect(Object.values(verdict(run))).not.toContain('fail')
  })

  it('a read cut off is reported without quoting the partial answer (it is account data)', () => {
    const { run } = outcome('outlasting short-body ListSubscriptionsByTopic')
    const f = findingsOf(run).find((x) => x.id === 'subscription.confirmed')!
    expect(f.message).toMatch(/the response was cut off or malformed/)
    expect(f.message).not.toMatch(/<|secops/)
  })

  it('an exhausted time budget ends the run in time, the rest manual with "time budget exceeded"', () => {
    const { run, ms } = outcome('budget')
    expectNoCrash(run)
    expect(ms).toBeLessThan(10_000 + 4_000) // not the 15 s the answer would have taken
    expect(run.outputs.status).toBe('manual')
    const v = verdict(run)
    expect(v['trail.multi-region-logging']).toBe('pass') // read before the budget ran out
    const f = findingsOf(run).find((x) => x.id === 'filter.pattern')!
    expect(f.status).toBe('manual')
    expect(f.message).toContain(
      'logs:DescribeMetricFilters was not completed: time budget exceeded (timeout-seconds: 10)'
    )
    for (const id of ['alarm.exists', 'topic.delivery', 'subscription.confirmed'])
      expect([id, v[id]]).toEqual([id, 'manual'])
  })
})
