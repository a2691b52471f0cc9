// One read of account state, never throwing: its value, or why it could not be had (the refused IAM action, the
// error), so the judges can say `manual` with the reason instead of a false verdict.
import type { Read } from '../model/state.js'
import type { TimeBudget } from './budget.js'
import { classifyError } from './errors.js'
import { retryBaseMs, withRetry } from './retry.js'

/** Attempts of one read (each of them an SDK call with its own retries). */
export const READ_ATTEMPTS = 3

/**
 * A transient failure the SDK's own retries did not get past (a throttled, failed or cut answer, a reset) is tried
 * again up to READ_ATTEMPTS times with full-jitter backoff; nothing is tried, and no backoff sleeps, past the budget.
 */
export async function read<T>(
  action: string,
  fn: () => Promise<T>,
  budget: TimeBudget,
  options: { attempts?: number } = {}
): Promise<Read<T>> {
  let requests = 0
  try {
    const value = await withRetry(
      async () => {
        try {
          return await fn()
        } catch (error) {
          requests += (error as { $metadata?: { attempts?: number } } | undefined)?.$metadata?.attempts ?? 1
          throw error
        }
      },
      { attempts: options.attempts ?? READ_ATTEMPTS, baseMs: retryBaseMs(false) * 8, budget }
    )
    return { ok: true, value }
  } catch (error) {
    return { ok: false, problem: classifyError(budget.exceeded() ?? error, action, requests || undefined) }
  }
}
