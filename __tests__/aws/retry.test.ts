import { describe, it, expect } from '@jest/globals'
// The one retry toolkit (src/aws/retry.ts) with the one list of transient errors (src/aws/errors.ts), as the
// credential calls use them.
import { isTransientError as isTransient } from '../../src/aws/errors.js'
import { backoffDelayMs, withRetry } from '../../src/aws/retry.js'

const sdkError = (name: string, status?: number) =>
  Object.assign(new Error(name), { name, $metadata: { httpStatusCode: status } })

describe('isTransient', () => {
  it.each([
    ['Throttling', sdkError('Throttling', 400)],
    ['a 503', sdkError('ServiceUnavailable', 503)],
    ['a 500', sdkError('InternalFailure', 500)],
    ['IDPCommunicationError', sdkError('IDPCommunicationErrorException', 400)],
    ['ECONNRESET', Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })],
    ['a TimeoutError', sdkError('TimeoutError')]
  ])('retries %s', (_n, error) => expect(isTransient(error)).toBe(true))

  it.each([
    ['AccessDenied', sdkError('AccessDenied', 403)],
    ['InvalidIdentityToken', sdkError('InvalidIdentityTokenException', 400)],
    ['ExpiredToken', sdkError('ExpiredTokenException', 400)],
    ['ValidationError', sdkError('ValidationError', 400)],
    ['a plain error', new Error('boom')]
  ])('does not retry %s', (_n, error) => expect(isTransient(error)).toBe(false))
})

describe('withRetry', () => {
  it('backs off with full jitter and gives up after the attempts', async () => {
    const delays: number[] = []
    let calls = 0
    await expect(
      withRetry(
        async () => {
          calls++
          throw sdkError('Throttling', 400)
        },
        { attempts: 4, baseMs: 100, maxMs: 250, random: () => 0.999, sleep: async (ms) => void delays.push(ms) }
      )
    ).rejects.toMatchObject({ name: 'Throttling' })
    expect(calls).toBe(4)
    expect(delays).toEqual([99, 199, 249]) // caps 100, 200, then 400 capped at 250
  })

  it('returns as soon as an attempt succeeds, and fails at once on a non-transient error', async () => {
    let calls = 0
    const value = await withRetry(async () => (++calls < 3 ? Promise.reject(sdkError('Throttling', 400)) : 'ok'), {
      sleep: async () => {}
    })
    expect([value, calls]).toEqual(['ok', 3])
    calls = 0
    await expect(
      withRetry(async () => (calls++, Promise.reject(sdkError('AccessDenied', 403))), { sleep: async () => {} })
    ).rejects.toThrow()
    expect(calls).toBe(1)
  })

  it('keeps each delay below its cap', () => {
    for (let retry = 1; retry <= 6; retry++) {
      for (const r of [0, 0.5, 0.9999]) {
        const d = backoffDelayMs(retry, 250, () => r, 5000)
        expect(d).toBeGreaterThanOrEqual(0)
        expect(d).toBeLessThan(Math.min(5000, 250 * 2 ** (retry - 1)))
      }
    }
  })
})
