// The one retry toolkit of every AWS call (credentials included): which errors are worth another attempt (see
// isTransientError), full-jitter exponential backoff, and never a sleep or an attempt past the time budget.
//
// Two layers use it: the SDK clients retry each call (BudgetedRetryStrategy), and withRetry retries a whole
// operation whose answer the SDK accepted but that still failed (a cut but complete body, an unreadable answer).
import type { RetryErrorInfo, RetryStrategyV2, StandardRetryToken } from '@aws-sdk/types'
import { TimeBudget } from './budget.js'
import { isAnswerTooLarge } from './answer-size.js'
import { isTransientError } from './errors.js'

/**
 * Base of the backoff in ms: 50 for errors, 1000 for throttling (the SDK's own). `CMK_ALARM_RETRY_BASE_MS`
 * overrides both; it exists for the test suite, which injects faults and should not wait seconds for them.
 */
export function retryBaseMs(throttling: boolean, env: NodeJS.ProcessEnv = process.env): number {
  const override = Number(env.CMK_ALARM_RETRY_BASE_MS)
  if (env.CMK_ALARM_RETRY_BASE_MS && Number.isFinite(override) && override >= 0) return override
  return throttling ? 1000 : 50
}

export const MAX_DELAY_MS = 20_000

/** Full jitter: the delay before retry `retry` (1-based) is uniform in [0, min(maxMs, baseMs * 2^(retry-1))). */
export function backoffDelayMs(
  retry: number,
  baseMs: number,
  random: () => number = Math.random,
  maxMs: number = MAX_DELAY_MS
): number {
  return Math.floor(random() * Math.min(maxMs, baseMs * 2 ** (retry - 1)))
}

export interface RetryOptions {
  /** Attempts including the first. Default 4. */
  attempts?: number
  /** Cap of the first delay; the cap doubles on each retry. Default 250 ms. */
  baseMs?: number
  /** Largest delay. Default 20 s. */
  maxMs?: number
  /** No attempt starts and no sleep lasts past it; its TimeBudgetExceeded is thrown instead. */
  budget?: TimeBudget
  /** Default: isTransientError. */
  retryable?: (error: unknown) => boolean
  sleep?: (ms: number) => Promise<void>
  random?: () => number
  /** Told before each retry (for the log). */
  onRetry?: (info: { attempt: number; attempts: number; delayMs: number; error: unknown }) => void
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/** Runs `fn` until it succeeds, fails with an error that is not transient, or runs out of attempts or budget. */
export async function withRetry<T>(fn: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const attempts = Math.max(1, options.attempts ?? 4)
  const baseMs = options.baseMs ?? 250
  const sleep = options.sleep ?? realSleep
  const retryable = options.retryable ?? isTransientError
  const budget = options.budget
  for (let attempt = 1; ; attempt++) {
    const exceeded = budget?.exceeded()
    if (exceeded) throw exceeded
    try {
      return await fn()
    } catch (error) {
      const late = budget?.exceeded()
      if (late) throw late
      const delayMs = backoffDelayMs(attempt, baseMs, options.random, options.maxMs)
      if (attempt >= attempts || !retryable(error) || (budget && delayMs >= budget.timeLeftMs())) throw error
      options.onRetry?.({ attempt, attempts, delayMs, error })
      await sleep(delayMs)
    }
  }
}

class Token implements StandardRetryToken {
  constructor(
    private readonly count: number,
    private readonly delay: number
  ) {}
  getRetryCount(): number {
    return this.count
  }
  getRetryDelay(): number {
    return this.delay
  }
  getRetryCost(): number | undefined {
    return undefined
  }
}

/**
 * The SDK clients' retry strategy: the SDK classifies each error (throttling and transient errors — 5xx, resets,
 * timeouts, cut responses — are retried, others are not); the delay is the toolkit's full-jitter backoff, and no
 * retry is taken when its sleep would outlast the time budget. The SDK sleeps the token's delay, abortably.
 */
export class BudgetedRetryStrategy implements RetryStrategyV2 {
  readonly mode = 'standard'
  constructor(
    private readonly maxAttempts: number,
    private readonly budget: TimeBudget
  ) {}

  async acquireInitialRetryToken(): Promise<StandardRetryToken> {
    return new Token(0, 0)
  }

  async refreshRetryTokenForRetry(token: StandardRetryToken, info: RetryErrorInfo): Promise<StandardRetryToken> {
    const retry = token.getRetryCount() + 1
    // An answer too large to read is not asked for again, whatever its status (a 500 with an endless body included).
    const tooLarge = isAnswerTooLarge((info as RetryErrorInfo & { error?: unknown }).error)
    const retryable = !tooLarge && (info.errorType === 'THROTTLING' || info.errorType === 'TRANSIENT')
    if (!retryable || retry >= this.maxAttempts) throw new Error('No retry token available')
    const delay = backoffDelayMs(retry, 2 * retryBaseMs(info.errorType === 'THROTTLING'))
    if (delay >= this.budget.timeLeftMs()) throw new Error('No retry token available: the time budget would run out')
    return new Token(retry, delay)
  }

  recordSuccess(): void {}
}
