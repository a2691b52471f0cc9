// Full-jitter exponential backoff for the calls that get credentials: a throttled, failing (5xx) or unreachable
// endpoint is tried again a few times; anything else (a refusal, a bad request) fails at once.

export interface RetryOptions {
  /** Attempts including the first. Default 4. */
  attempts?: number
  /** Cap of the first delay; the cap doubles on each retry. Default 250 ms. */
  baseMs?: number
  /** Largest delay. Default 5 s. */
  maxMs?: number
  sleep?: (ms: number) => Promise<void>
  random?: () => number
  /** Told before each retry (for the log). */
  onRetry?: (info: { attempt: number; attempts: number; delayMs: number; error: unknown }) => void
}

const THROTTLING = new Set([
  'Throttling',
  'ThrottlingException',
  'ThrottledException',
  'RequestThrottled',
  'RequestThrottledException',
  'TooManyRequestsException',
  'RequestLimitExceeded',
  'SlowDown',
  'PriorRequestNotComplete',
  'ProvisionedThroughputExceededException',
  'EC2ThrottledException',
  'BandwidthLimitExceeded',
  // STS: the identity provider (GitHub's OIDC keys endpoint) could not be reached; AWS says to retry.
  'IDPCommunicationError',
  'IDPCommunicationErrorException'
])
const NETWORK = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENETDOWN',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT'
])
const NETWORK_NAMES = new Set(['TimeoutError', 'RequestTimeout', 'RequestTimeoutException', 'NetworkingError'])

interface ErrorShape {
  name?: string
  code?: string
  Code?: string
  $fault?: string
  $metadata?: { httpStatusCode?: number }
  $retryable?: unknown
  cause?: unknown
}

/** Throttling, a 5xx answer, or a network failure: worth another attempt. */
export function isTransient(error: unknown): boolean {
  const e = (error ?? {}) as ErrorShape
  const name = e.name ?? e.Code ?? ''
  if (THROTTLING.has(name) || NETWORK_NAMES.has(name)) return true
  if (e.code && NETWORK.has(e.code)) return true
  const status = e.$metadata?.httpStatusCode
  if (status === 429 || (status !== undefined && status >= 500 && status <= 599)) return true
  if (e.$fault === 'server' && status === undefined) return true
  if (e.$retryable) return true
  if (e.cause && e.cause !== error) return isTransient(e.cause)
  return false
}

/** Delay before retry number `retry` (1-based): uniform in [0, min(maxMs, baseMs * 2^(retry-1))). */
export function backoffDelay(retry: number, baseMs: number, maxMs: number, random: () => number = Math.random): number {
  const cap = Math.min(maxMs, baseMs * 2 ** (retry - 1))
  return Math.floor(random() * cap)
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

export async function withRetry<T>(fn: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const attempts = Math.max(1, options.attempts ?? 4)
  const baseMs = options.baseMs ?? 250
  const maxMs = options.maxMs ?? 5000
  const sleep = options.sleep ?? realSleep
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn()
    } catch (error) {
      if (attempt >= attempts || !isTransient(error)) throw error
      const delayMs = backoffDelay(attempt, baseMs, maxMs, options.random)
      options.onRetry?.({ attempt, attempts, delayMs, error })
      await sleep(delayMs)
    }
  }
}
