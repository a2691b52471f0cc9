// Enforce under faults, end to end (the built action, moto behind the fault-injecting proxy with AWS's PutMetricFilter
// semantics). A fault at each write in turn, and the process SIGKILLed at each write (before the write reaches AWS,
// or after AWS applied it but before the answer came back) and at random moments; then a rerun. Every time the
// account converges to one filter, one alarm, one topic and no duplicate subscription, and nothing is deleted.
// (__tests__/integration/enforce.test.ts covers access-denied at each write.)
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { DescribeMetricFiltersCommand } from '@aws-sdk/client-cloudwatch-logs'
import { DescribeAlarmsCommand } from '@aws-sdk/client-cloudwatch'
import { ListSubscriptionsByTopicCommand, ListTopicsCommand } from '@aws-sdk/client-sns'
import { startMoto, type MotoServer } from '../harness/moto.js'
import { seedChain } from '../harness/seed.js'
import { ACTION_BUNDLE, runAction, type ActionRun } from '../harness/action.js'
import { startAwsProxy, type AwsProxy, type Fault, type ProxiedRequest } from '../harness/aws-proxy.js'
import { STACK_LINE, pool, recordFigures } from './helpers.js'

const WRAPPER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'kill-wrapper.mjs')
const WRITES = ['PutMetricFilter', 'CreateTopic', 'SetTopicAttributes', 'Subscribe', 'PutMetricAlarm'] as const
const INPUTS = {
  mode: 'enforce',
  'aws-region': 'us-east-1',
  subscriptions: 'email:secops@example.com\nhttps:https://hooks.example.com/services/T0/B0/x'
}
const TRAIL_ONLY = { filter: false, alarm: false, topic: false } as const
/** Writes of a first enforce on an account with only a trail: filter, topic, policy, 2 subscriptions, alarm. */
const FIRST_RUN_WRITES = 6
/** At most how many requests (reads and writes) such a first run makes (about 21: reads and writes go together). */
const FIRST_RUN_REQUESTS = 20

/** One lane: its own moto and proxy, so lanes run side by side without sharing an account. */
interface Lane {
  moto: MotoServer
  proxy: AwsProxy
}

type Scenario =
  | { name: string; kind: 'fault'; fault: Fault; expectFirst: 'stopped' | 'pass' }
  | { name: string; kind: 'kill-at-write'; write: number; phase: 'request' | 'response' }
  | { name: string; kind: 'kill-at-request'; request: number; phase: 'request' | 'response' }

/** Deterministic "random" moments (mulberry32), so a failure can be replayed; CMK_KILL_SEED picks other ones. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
const SEED = Number(process.env.CMK_KILL_SEED ?? 4711)
const rnd = random(SEED)

const SCENARIOS: Scenario[] = [
  // A 500 that outlasts the SDK's retries: the run stops at that write; the rerun finishes the job.
  ...WRITES.map((op) => ({
    name: `server-error at every ${op}`,
    kind: 'fault' as const,
    fault: { operation: op, kind: 'server-error' as const, count: Infinity },
    expectFirst: 'stopped' as const
  })),
  // The write reaches AWS and is applied, but the connection drops before the answer: the SDK retries it, so the
  // write must be idempotent (no second topic, filter, alarm or subscription).
  ...WRITES.map((op) => ({
    name: `reset after ${op} was applied`,
    kind: 'fault' as const,
    fault: { operation: op, kind: 'reset-after' as const, count: 1 },
    expectFirst: 'pass' as const
  })),
  // SIGKILL when the proxy sees the Nth write: before it reaches moto (odd N) or after moto applied it (even N).
  ...Array.from({ length: FIRST_RUN_WRITES }, (_, i) => ({
    name: `killed at write ${i + 1} (${i % 2 === 0 ? 'before it is applied' : 'after it is applied, unanswered'})`,
    kind: 'kill-at-write' as const,
    write: i + 1,
    phase: i % 2 === 0 ? ('request' as const) : ('response' as const)
  })),
  // SIGKILL at random moments: at the Nth AWS request of the run (reads included), before or after moto answered it.
  ...Array.from({ length: 4 }, () => ({
    request: 1 + Math.floor(rnd() * FIRST_RUN_REQUESTS),
    phase: rnd() < 0.5 ? ('request' as const) : ('response' as const)
  })).map(({ request, phase }) => ({
    name: `killed at request ${request} of ~${FIRST_RUN_REQUESTS}, ${phase === 'request' ? 'before' : 'after'} moto answered (seed ${SEED})`,
    kind: 'kill-at-request' as const,
    request,
    phase
  }))
]

interface Outcome {
  first: ActionRun
  killed: boolean
  rerun?: ActionRun
  inventory: Inventory
  deletes: ProxiedRequest[]
  writesBeforeRerun: number
}
interface Inventory {
  filters: number
  alarms: number
  topics: number
  subscriptions: string[]
}

const lanes: Lane[] = []
const outcomes = new Map<string, Outcome>()

async function inventory(moto: MotoServer): Promise<Inventory> {
  const c = moto.clients({ region: 'us-east-1' })
  const filters = (await c.logs.send(new DescribeMetricFiltersCommand({}))).metricFilters ?? []
  const alarms = (await c.cloudwatch.send(new DescribeAlarmsCommand({}))).MetricAlarms ?? []
  const topics = (await c.sns.send(new ListTopicsCommand({}))).Topics ?? []
  const subscriptions: string[] = []
  for (const t of topics) {
    const subs = (await c.sns.send(new ListSubscriptionsByTopicCommand({ TopicArn: t.TopicArn }))).Subscriptions ?? []
    subscriptions.push(...subs.map((s) => `${s.Protocol}:${s.Endpoint}`))
  }
  return { filters: filters.length, alarms: alarms.length, topics: topics.length, subscriptions: subscriptions.sort() }
}

const env = { CMK_ALARM_RETRY_BASE_MS: '2' }

async function play(lane: Lane, s: Scenario): Promise<Outcome> {
  const { moto, proxy } = lane
  await moto.reset()
  proxy.clearFaults()
  proxy.setHook(undefined)
  proxy.requests.length = 0
  await seedChain(moto, TRAIL_ONLY)

  let first: ActionRun
  let killed = false
  if (s.kind === 'fault') {
    proxy.addFault(s.fault)
    first = await runAction({ inputs: INPUTS, motoEndpoint: proxy.endpoint, region: 'us-east-1', env })
    proxy.clearFaults()
  } else {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'cmk-kill-'))
    const pidFile = path.join(dir, 'pid')
    const kill = () => {
      if (!existsSync(pidFile) || killed) return
      killed = true
      process.kill(Number(readFileSync(pidFile, 'utf8')), 'SIGKILL')
    }
    const isWrite = (r: ProxiedRequest) => /^(Put|Create|Set|Subscribe|Tag)/.test(r.operation)
    const [target, phase] = s.kind === 'kill-at-write' ? [s.write, s.phase] : [s.request, s.phase]
    // Each request's number in the order they reached the proxy: requests in flight together answer in any order.
    let seen = 0
    const numbers = new Map<ProxiedRequest, number>()
    proxy.setHook(async (r, at) => {
      if (r.internal || (s.kind === 'kill-at-write' && !isWrite(r))) return
      if (at === 'request') numbers.set(r, ++seen)
      if (numbers.get(r) === target && at === phase && !killed) {
        kill()
        await new Promise((resolve) => setTimeout(resolve, 300)) // the connection closes with the process
      }
    })
    first = await runAction({
      inputs: INPUTS,
      motoEndpoint: proxy.endpoint,
      region: 'us-east-1',
      script: WRAPPER,
      env: { ...env, CMK_TEST_PID_FILE: pidFile, CMK_TEST_BUNDLE: ACTION_BUNDLE }
    })
    proxy.setHook(undefined)
    rmSync(dir, { recursive: true, force: true })
  }
  const writesBeforeRerun = proxy.writes().length
  const needsRerun = killed || first.exitCode !== 0 || first.outputs.status !== 'pass'
  const rerun = needsRerun
    ? await runAction({ inputs: INPUTS, motoEndpoint: proxy.endpoint, region: 'us-east-1', env })
    : undefined
  return {
    first,
    killed,
    rerun,
    inventory: await inventory(moto),
    deletes: proxy.requests.filter((r) => /^Delete|^Unsubscribe/.test(r.operation)),
    writesBeforeRerun
  }
}

beforeAll(async () => {
  for (let i = 0; i < 2; i++) {
    const moto = await startMoto()
    lanes.push({ moto, proxy: await startAwsProxy(moto.endpoint, { awsMetricFilterSemantics: true }) })
  }
  // Two lanes, each playing its share of the scenarios one after another.
  const queue = [...SCENARIOS]
  await pool(
    lanes.map((lane) => async () => {
      for (let s = queue.shift(); s; s = queue.shift()) outcomes.set(s.name, await play(lane, s))
    }),
    lanes.length
  )
  const outs = [...outcomes.values()]
  recordFigures('enforce-faults', {
    scenarios: SCENARIOS.length,
    faultsAtWrites: SCENARIOS.filter((s) => s.kind === 'fault').length,
    kills: outs.filter((o) => o.killed).length,
    reruns: outs.filter((o) => o.rerun).length,
    seed: SEED
  })
}, 180_000)
afterAll(async () => {
  for (const { proxy, moto } of lanes) {
    await proxy.close()
    await moto.stop()
  }
})

const CONVERGED: Inventory = {
  filters: 1,
  alarms: 1,
  topics: 1,
  subscriptions: ['email:secops@example.com', 'https:https://hooks.example.com/services/T0/B0/x']
}

describe('enforce converges after faults and kills, deleting nothing', () => {
  it.each(SCENARIOS.map((s) => [s.name, s] as const))('%s', (name, s) => {
    const o = outcomes.get(name)!
    if (s.kind === 'fault') {
      expect(o.first.stderr).toBe('')
      expect(`${o.first.stdout}${o.first.summary}`).not.toMatch(STACK_LINE)
      if (s.expectFirst === 'stopped') {
        expect(o.first.exitCode).toBe(1)
        expect(
          o.first.annotations.some(
            (a) => a.level === 'error' && /Stopped at .*failed after \d+ attempts.*Nothing was deleted/.test(a.message)
          )
        ).toBe(true)
      } else {
        expect([o.first.exitCode, o.first.outputs.status]).toEqual([0, 'pass'])
      }
    } else {
      expect(o.killed).toBe(true)
      expect(o.first.signal).toBe('SIGKILL')
    }
    const final = o.rerun ?? o.first
    expect([final.exitCode, final.outputs.status]).toEqual([0, 'pass'])
    expect(o.inventory).toEqual(CONVERGED)
    expect(o.deletes.filter((r) => !r.internal)).toEqual([])
  })
})
