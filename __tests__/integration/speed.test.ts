// How many requests verify and enforce make, and how many round trips they wait for one after the other (dependent
// waves, from the proxy's request start and end times): the built action against moto behind a proxy that adds a
// fixed latency to every request, so that requests issued together are in flight together. The targets (README,
// "Speed"): verify in 5 waves (the chain's 4, and the subscriptions' filter policies, which only their listing names),
// and no more requests on a large account than on a plain compliant one; a no-op enforce in at most 5 waves,
// trail-only to compliant in at most 10. Wall times live in `npm run bench:verify`.
// STUB: DescribeAlarmHistory (moto answers 500; AWS answers an alarm that never notified with an empty history).
import { describe, it, expect, beforeAll, afterAll, beforeEach } from '@jest/globals'
import { startMoto, type MotoServer } from '../harness/moto.js'
import { seedChain } from '../harness/seed.js'
import { runAction, type ActionRun } from '../harness/action.js'
import { startAwsProxy, type AwsProxy, type ProxiedRequest } from '../harness/aws-proxy.js'
import { EMPTY_ALARM_HISTORY, describeWaves, seedLargeAccount, seedTrailOnly } from '../harness/scenarios.js'

const LATENCY_MS = 100
const WRITES = new Set(['PutMetricFilter', 'CreateTopic', 'SetTopicAttributes', 'Subscribe', 'PutMetricAlarm'])

let moto: MotoServer
let proxy: AwsProxy

beforeAll(async () => {
  moto = await startMoto()
  proxy = await startAwsProxy(moto.endpoint, { awsMetricFilterSemantics: true, stubResponse: EMPTY_ALARM_HISTORY })
})
afterAll(async () => {
  await proxy.close()
  await moto.stop()
})
beforeEach(async () => {
  await moto.reset()
  proxy.clearFaults()
})

interface Measured {
  run: ActionRun
  /** The operations, sorted: what was read, however it was ordered. */
  operations: string[]
  /** "1: DescribeTrails, GetCallerIdentity", ...: one line per dependent wave, its operations sorted. */
  waves: string[]
}

const sortedWave = (line: string) => {
  const [n, ops] = line.split(': ')
  return `${n}: ${(ops ?? '').split(', ').sort().join(', ')}`
}

async function measure(inputs: Record<string, string>): Promise<Measured> {
  proxy.requests.length = 0
  proxy.addFault({ operation: '*', kind: 'latency', delayMs: LATENCY_MS, count: Infinity })
  const run = await runAction({ inputs: { 'aws-region': 'us-east-1', ...inputs }, motoEndpoint: proxy.endpoint })
  proxy.clearFaults()
  const requests: ProxiedRequest[] = proxy.requests.filter((r) => !r.internal)
  return { run, operations: requests.map((r) => r.operation).sort(), waves: describeWaves(requests).map(sortedWave) }
}

const ENFORCE = { mode: 'enforce', subscriptions: 'email:secops@example.com' }

describe('speed: requests and dependent round trips', () => {
  it('verify reads a compliant account in 5 waves, and a large one with the same requests', async () => {
    await seedChain(moto, {})
    const plain = await measure({})
    expect(plain.run.outputs.status).toBe('pass')
    // Identity and trails; trail status, selectors and the group's filters; the alarms on the metric; the topic, its
    // subscriptions and the alarm's history; the confirmed subscription's filter policy.
    expect(plain.waves).toEqual([
      '1: DescribeTrails, GetCallerIdentity',
      '2: DescribeMetricFilters, GetEventSelectors, GetTrailStatus',
      '3: DescribeAlarmsForMetric',
      '4: DescribeAlarmHistory, GetTopicAttributes, ListSubscriptionsByTopic',
      '5: GetSubscriptionAttributes'
    ])

    // 15 filters on the trail's log group (the other CIS ones among them, with alarms) and 3 more trails that cannot
    // carry the chain: none of them is read beyond its listing.
    await moto.reset()
    await seedLargeAccount(moto, { filters: 15 })
    const large = await measure({})
    expect(large.run.outputs.status).toBe('pass')
    expect(large.operations).toEqual(plain.operations)
    expect(large.waves).toEqual(plain.waves)
  })

  it('a no-op enforce writes nothing and reads nothing again, in at most 5 waves', async () => {
    await seedChain(moto, {})
    const noop = await measure(ENFORCE)
    expect(noop.run.outputs.status).toBe('pass')
    expect(noop.operations.filter((op) => WRITES.has(op))).toEqual([])
    expect(noop.operations.filter((op) => op === 'DescribeTrails')).toHaveLength(1)
    expect(noop.waves.length).toBeLessThanOrEqual(5)
  })

  it('enforce takes a trail-only account to compliant in at most 10 waves', async () => {
    await seedTrailOnly(moto)
    const built = await measure(ENFORCE)
    expect(built.run.outputs.status).toBe('pass')
    expect(built.operations.filter((op) => WRITES.has(op)).sort()).toEqual(
      ['PutMetricAlarm', 'PutMetricFilter', 'CreateTopic', 'SetTopicAttributes', 'Subscribe'].sort()
    )
    // The final verify takes the identity and the trails from the first read (enforce changes neither).
    expect(built.operations.filter((op) => op === 'DescribeTrails')).toHaveLength(1)
    expect(built.waves.length).toBeLessThanOrEqual(10)
  })
})
