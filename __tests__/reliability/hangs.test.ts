// No hang, bounded memory: the built action run as the runner runs it, against endpoints that never answer or never
// stop answering.
//   - the runner's OIDC token service and STS (AssumeRoleWithWebIdentity, and AssumeRole with role-chaining) accept
//     the request and never answer: the step ends at `timeout-seconds`, failing with what did not answer;
//   - an AWS answer whose body never ends (JSON and Query protocols, a 200 and a 500, and STS's credentials answer): the
//     call is cut at the answer bound (8 MiB), not tried again, and its check is `manual` naming the call, while the
//     process's peak memory stays near that of a normal run. Each run is killed past 1.5 GiB, so a regression fails
//     this test instead of taking the machine down.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { startMoto, type MotoServer } from '../harness/moto.js'
import { seedChain } from '../harness/seed.js'
import { runAction, type ActionRun } from '../harness/action.js'
import { startAwsProxy, type AwsProxy, type Fault } from '../harness/aws-proxy.js'
import {
  RUNTIME_TOKEN,
  startAwsProxy as startRecordingProxy,
  startTokenServer,
  type AwsProxy as RecordingProxy,
  type TokenServer
} from '../auth/oidc-stubs.js'
import { STACK_LINE, findingsOf, pool, recordFigures } from './helpers.js'

const ROLE = 'arn:aws:iam::123456789012:role/cmk-verify'
const MEMORY_KILL_MB = 1536

interface Outcome {
  run: ActionRun
  ms: number
  proxy?: AwsProxy
}
/** A run that did not end (killed by the harness's timeout): the scenario fails with what it printed. */
const stuck = new Map<string, unknown>()

let moto: MotoServer
let hangingTokens: TokenServer
let tokens: TokenServer
let hangingSts: RecordingProxy
const outcomes = new Map<string, Outcome>()

async function timed(name: string, go: () => Promise<ActionRun>, proxy?: AwsProxy) {
  const started = Date.now()
  try {
    const run = await go()
    outcomes.set(name, { run, ms: Date.now() - started, proxy })
  } catch (error) {
    stuck.set(name, error)
  }
}

/** A verify run through a fault-injecting proxy, with memory sampled. */
async function endlessRun(name: string, faults: Fault[], extra: Record<string, string> = {}, env = {}) {
  const proxy = await startAwsProxy(moto.endpoint)
  for (const f of faults) proxy.addFault(f)
  await timed(
    name,
    () =>
      runAction({
        inputs: { 'aws-region': 'us-east-1', 'timeout-seconds': '120', ...extra },
        motoEndpoint: proxy.endpoint,
        region: 'us-east-1',
        env: { CMK_ALARM_RETRY_BASE_MS: '2', ...env },
        memory: { limitMb: MEMORY_KILL_MB },
        timeoutMs: 150_000
      }),
    proxy
  )
}

beforeAll(async () => {
  moto = await startMoto()
  await seedChain(moto, {}) // compliant
  hangingTokens = await startTokenServer()
  hangingTokens.hang = true
  tokens = await startTokenServer()
  hangingSts = await startRecordingProxy(moto.endpoint)
  hangingSts.stub = (q) => (/^AssumeRole/.test(q.action) ? 'hang' : undefined)

  const budgetRun = (env: Record<string, string>, inputs: Record<string, string> = {}) =>
    runAction({
      inputs: { 'aws-region': 'us-east-1', 'role-to-assume': ROLE, 'timeout-seconds': '10', ...inputs },
      motoEndpoint: hangingSts.endpoint,
      region: 'us-east-1',
      env,
      timeoutMs: 40_000
    })
  await pool(
    [
      () =>
        timed('token service never answers', () =>
          budgetRun({ ACTIONS_ID_TOKEN_REQUEST_URL: hangingTokens.url, ACTIONS_ID_TOKEN_REQUEST_TOKEN: RUNTIME_TOKEN })
        ),
      () =>
        timed('AssumeRoleWithWebIdentity never answers', () =>
          budgetRun({ ACTIONS_ID_TOKEN_REQUEST_URL: tokens.url, ACTIONS_ID_TOKEN_REQUEST_TOKEN: RUNTIME_TOKEN })
        ),
      () => timed('AssumeRole never answers', () => budgetRun({}, { 'role-chaining': 'true' })),
      () => endlessRun('baseline', []),
      () => endlessRun('endless DescribeMetricFilters', [{ operation: 'DescribeMetricFilters', kind: 'endless' }]),
      () =>
        endlessRun('endless ListSubscriptionsByTopic', [{ operation: 'ListSubscriptionsByTopic', kind: 'endless' }]),
      () =>
        endlessRun('endless 500 GetTopicAttributes', [
          { operation: 'GetTopicAttributes', kind: 'endless', status: 500, count: Infinity }
        ]),
      () =>
        endlessRun(
          'endless AssumeRoleWithWebIdentity',
          [{ operation: 'AssumeRoleWithWebIdentity', kind: 'endless' }],
          { 'role-to-assume': ROLE },
          { ACTIONS_ID_TOKEN_REQUEST_URL: tokens.url, ACTIONS_ID_TOKEN_REQUEST_TOKEN: RUNTIME_TOKEN }
        )
    ],
    3
  )
  const endless = [...outcomes.entries()].filter(([n]) => n.startsWith('endless'))
  recordFigures('hangs', {
    budgetRunsMaxSeconds: Math.max(
      ...[...outcomes.entries()].filter(([n]) => n.includes('never')).map(([, o]) => o.ms / 1000)
    ).toFixed(1),
    baselinePeakRssMb: Math.round(outcomes.get('baseline')?.run.peakRssMb ?? 0),
    endlessPeakRssMbMax: Math.round(Math.max(...endless.map(([, o]) => o.run.peakRssMb ?? 0))),
    endlessSecondsMax: Math.max(...endless.map(([, o]) => o.ms / 1000)).toFixed(1),
    endlessBytesServed: Math.max(...endless.map(([, o]) => o.proxy?.endlessBytes() ?? 0))
  })
}, 300_000)
afterAll(async () => {
  for (const o of outcomes.values()) await o.proxy?.close()
  await hangingSts?.close()
  await tokens?.close()
  await hangingTokens?.close()
  await moto?.stop()
})

function outcome(name: string): Outcome {
  const o = outcomes.get(name)
  if (!o) throw stuck.get(name) ?? new Error(`scenario ${name} did not run`)
  return o
}

const failure = (run: ActionRun) => run.annotations.filter((a) => a.level === 'error').map((a) => a.message)

describe('the OIDC token request and the role assumption are under the time budget', () => {
  it.each([
    [
      'token service never answers',
      'Could not get the GitHub OIDC token before the time budget exceeded (timeout-seconds: 10).'
    ],
    [
      'AssumeRoleWithWebIdentity never answers',
      `Could not assume ${ROLE}: STS AssumeRoleWithWebIdentity did not answer before the time budget exceeded (timeout-seconds: 10).`
    ],
    [
      'AssumeRole never answers',
      `Could not assume ${ROLE}: STS AssumeRole did not answer before the time budget exceeded (timeout-seconds: 10).`
    ]
  ])('%s: the step ends at timeout-seconds: 10 and fails saying so', (name, message) => {
    const { run, ms } = outcome(name)
    expect(ms).toBeLessThan(10_000 + 4_000)
    expect(run.exitCode).toBe(1)
    expect(failure(run)).toEqual([message])
    expect(run.stderr).toBe('')
    expect(run.stdout).not.toMatch(STACK_LINE)
  })

  it('asked the hanging endpoints, and nothing after them', () => {
    expect(hangingTokens.requests).toHaveLength(1)
    const assumed = hangingSts.requests.map((q) => q.action)
    expect(assumed.filter((a) => a === 'AssumeRoleWithWebIdentity')).toHaveLength(1)
    expect(assumed.filter((a) => a === 'AssumeRole')).toHaveLength(1)
    expect(assumed.every((a) => /^AssumeRole/.test(a))).toBe(true)
  })
})

describe('an endless answer is cut at the bound: the call is manual and named, the memory stays bounded', () => {
  it('baseline: a compliant account passes', () => {
    const { run } = outcome('baseline')
    expect(run.outputs.status).toBe('pass')
    expect(run.peakRssMb).toBeGreaterThan(0)
  })

  it.each([
    ['endless DescribeMetricFilters', 'DescribeMetricFilters', 'filter.pattern', 'logs:DescribeMetricFilters'],
    [
      'endless ListSubscriptionsByTopic',
      'ListSubscriptionsByTopic',
      'subscription.confirmed',
      'sns:ListSubscriptionsByTopic'
    ],
    ['endless 500 GetTopicAttributes', 'GetTopicAttributes', 'topic.delivery', 'sns:GetTopicAttributes']
  ])('%s', (name, operation, check, action) => {
    const { run, ms, proxy } = outcome(name)
    expect(run.killedForMemory).toBe(false)
    expect(run.stderr).toBe('')
    expect(run.outputs.status).toBe('manual')
    const f = findingsOf(run).find((x) => x.id === check)!
    expect(f.status).toBe('manual')
    expect(f.message).toContain(`${action} failed: the answer was larger than 8 MiB and was not read further`)
    // Asked once: an answer too large to read is not asked for again.
    expect(proxy!.requests.filter((r) => r.operation === operation)).toHaveLength(1)
    expect(ms).toBeLessThan(30_000)
    // Bounded memory: near a normal run's, whatever the answer holds.
    expect(run.peakRssMb!).toBeLessThan(outcome('baseline').run.peakRssMb! + 150)
  })

  it('endless AssumeRoleWithWebIdentity answer: the step fails saying the answer was too large', () => {
    const { run, proxy } = outcome('endless AssumeRoleWithWebIdentity')
    expect(run.killedForMemory).toBe(false)
    expect(run.exitCode).toBe(1)
    expect(failure(run)).toEqual([
      `Could not assume ${ROLE} with the GitHub OIDC token: STS's AssumeRoleWithWebIdentity answer was larger than 8 MiB and was not read further.`
    ])
    expect(proxy!.requests.filter((r) => r.operation === 'AssumeRoleWithWebIdentity')).toHaveLength(1)
    expect(run.peakRssMb!).toBeLessThan(outcome('baseline').run.peakRssMb! + 150)
  })
})
