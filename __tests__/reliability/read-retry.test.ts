// The read wrapper of the account source (src/aws/read.ts) and the error classification behind it, without AWS.
import { describe, it, expect } from '@jest/globals'
import { TimeBudget, TimeBudgetExceeded } from '../../src/aws/budget.js'
import { classifyError, isTransientError } from '../../src/aws/errors.js'
import { READ_ATTEMPTS, read as readWithin } from '../../src/aws/read.js'
import { backoffDelayMs } from '../../src/aws/retry.js'

const sdkError = (name: string, status: number, message = 'boom', attempts = 5) =>
  Object.assign(new Error(message), { name, $metadata: { httpStatusCode: status, attempts } })

process.env.CMK_ALARM_RETRY_BASE_MS = '1'
let budget = new TimeBudget(3600)
const read = <T>(action: string, fn: () => Promise<T>) => readWithin(action, fn, budget)

describe('read', () => {
  it('tries a transient failure again, up to READ_ATTEMPTS times, and counts every request', async () => {
    let calls = 0
    const r = await read('logs:DescribeMetricFilters', async () => {
      calls++
      throw sdkError('InternalFailure', 500)
    })
    expect(calls).toBe(READ_ATTEMPTS)
    expect(r).toEqual({
      ok: false,
      problem: {
        kind: 'error',
        action: 'logs:DescribeMetricFilters',
        message: expect.stringMatching(
          /^logs:DescribeMetricFilters failed after 15 attempts \(InternalFailure\): boom$/
        )
      }
    })
  })

  it('succeeds when a later attempt does', async () => {
    let calls = 0
    const r = await read('sns:GetTopicAttributes', async () => {
      if (++calls < 3)
        throw Object.assign(new Error('@aws-sdk XML parse error: missing closing tag </Policy>'), { $metadata: {} })
      return 'ok'
    })
    expect(r).toEqual({ ok: true, value: 'ok' })
  })

  it.each([
    ['AccessDeniedException', 403],
    ['ResourceNotFoundException', 400],
    ['ValidationException', 400]
  ])('does not retry %s', async (name, status) => {
    let calls = 0
    const r = await read('x:Y', async () => {
      calls++
      throw sdkError(name, status, 'no', 1)
    })
    expect(calls).toBe(1)
    expect(r.ok).toBe(false)
  })

  it('makes no request once the time budget is spent, and says so', async () => {
    budget = new TimeBudget(10, Date.now() - 11_000)
    let calls = 0
    const r = await read('cloudwatch:DescribeAlarmsForMetric', async () => ++calls)
    expect(calls).toBe(0)
    expect(r).toEqual({
      ok: false,
      problem: {
        kind: 'error',
        action: 'cloudwatch:DescribeAlarmsForMetric',
        message: 'cloudwatch:DescribeAlarmsForMetric was not completed: time budget exceeded (timeout-seconds: 10)'
      }
    })
  })
})

describe('classification', () => {
  it.each([
    [sdkError('ThrottlingException', 400), true],
    [sdkError('Throttling', 400), true],
    [sdkError('ServiceUnavailable', 503), true],
    [Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }), true],
    [Object.assign(new Error('aborted'), { code: 'ECONNRESET' }), true],
    [new SyntaxError('Unexpected end of JSON input'), true],
    [sdkError('AccessDenied', 403), false],
    [sdkError('AuthorizationError', 403), false],
    [sdkError('NotFound', 404), false],
    [new TimeBudgetExceeded(10), false]
  ])('%p is transient: %p', (error, transient) => {
    expect(isTransientError(error)).toBe(transient)
  })

  it('never quotes a cut response (it is account data)', () => {
    const p = classifyError(
      new Error('@aws-sdk XML parse error: missing closing tag </Endpoint>secops@example.com'),
      'sns:ListSubscriptionsByTopic',
      3
    )
    expect(p.message).toBe(
      'sns:ListSubscriptionsByTopic failed after 3 attempts: the response was cut off or malformed (Error)'
    )
  })

  it('backs off with full jitter, capped', () => {
    // The third retry's cap is 4 × base (the SDK-level and the read-level retries share this one formula).
    expect(backoffDelayMs(3, 100, () => 0.999)).toBe(399)
    expect(backoffDelayMs(30, 100, () => 0.5)).toBe(10_000)
    expect(backoffDelayMs(1, 100, () => 0)).toBe(0)
  })
})
