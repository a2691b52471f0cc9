// Bad input, end to end: the built action refuses every malformed, out-of-range or conflicting input before any AWS
// request (the proxy in front of moto counts zero), with one error naming the input, the value's problem and an
// example of a good value. The table is in bad-input-cases.ts.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { startMoto, type MotoServer } from '../harness/moto.js'
import { runAction, type ActionRun } from '../harness/action.js'
import { startAwsProxy, type AwsProxy } from '../harness/aws-proxy.js'
import { BAD_INPUTS, NEVER_ECHOED, type BadInput } from './bad-input-cases.js'
import { STACK_LINE, pool, recordFigures } from './helpers.js'

let moto: MotoServer
const runs = new Map<BadInput, { run: ActionRun; proxy: AwsProxy }>()

beforeAll(async () => {
  moto = await startMoto()
  // Every case gets its own counting proxy, so a request is pinned on the case that made it. Runs go 4 at a time.
  await pool(
    BAD_INPUTS.map((c) => async () => {
      const proxy = await startAwsProxy(moto.endpoint)
      const run = await runAction({
        inputs: { 'aws-region': 'us-east-1', ...c.inputs },
        motoEndpoint: proxy.endpoint,
        region: 'us-east-1'
      })
      runs.set(c, { run, proxy })
    }),
    4
  )
  recordFigures('bad-input', { cases: BAD_INPUTS.length, inputs: new Set(BAD_INPUTS.map((c) => c.input)).size })
}, 120_000)
afterAll(async () => {
  for (const { proxy } of runs.values()) await proxy.close()
  await moto?.stop()
})

const label = (c: BadInput) => JSON.stringify(c.inputs).replace(/a{40,}/g, (m) => `a×${m.length}`)

describe('bad input is refused before any AWS request', () => {
  it.each(BAD_INPUTS.map((c) => [label(c), c] as const))('%s', (_label, c) => {
    const { run, proxy } = runs.get(c)!
    expect(proxy.requests).toEqual([])
    expect(run.exitCode).toBe(1)
    const errors = run.annotations.filter((a) => a.level === 'error')
    expect(errors).toHaveLength(1)
    const message = errors[0].message
    expect(message).toContain(`Input "${c.input}"`)
    expect(message).toMatch(c.problem)
    expect(message).toMatch(/Example of a good value: \S/)
    for (const secret of NEVER_ECHOED) expect(message).not.toContain(secret)
    expect(run.outputs).toEqual({})
    expect(`${run.stdout}\n${run.stderr}`).not.toMatch(STACK_LINE)
  })

  it('covers every input that has a rule', () => {
    const named = new Set(BAD_INPUTS.map((c) => c.input))
    for (const input of [
      'mode',
      'aws-region',
      'log-group-name',
      'metric-namespace',
      'fail-on',
      'sarif-file',
      'sarif-category',
      'paths',
      'pr-comment',
      'pattern-policy',
      'role-to-assume',
      'role-session-name',
      'role-duration-seconds',
      'audience',
      'role-chaining',
      'mask-account-id',
      'dry-run',
      'fire-drill',
      'cross-check',
      'metric-filter-name',
      'metric-name',
      'alarm-name',
      'sns-topic-name',
      'sns-topic-arn',
      'subscriptions',
      'tags',
      'sns-kms-key-id',
      'timeout-seconds',
      'accounts',
      'organization',
      'regions',
      'member-role',
      'max-concurrency',
      'report-file',
      'reports',
      'matrix-chunk-size'
    ]) {
      expect([input, named.has(input)]).toEqual([input, true])
    }
  })
})
