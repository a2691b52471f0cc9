// One client per service and region, created on first use. Credentials come from the SDK's default chain unless
// the caller passes a provider (the OIDC-assumed role). AWS_ENDPOINT_URL is honoured by the SDK itself.
//
// Reliability: every call retries throttling, 5xx and network errors (resets, cut bodies) with full-jitter exponential
// backoff, and every call stops at the run's time budget (`timeout-seconds`, see startTimeBudget): an in-flight request
// is aborted and no retry sleeps past the deadline.
import { CloudTrailClient } from '@aws-sdk/client-cloudtrail'
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch'
import { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs'
import { SNSClient } from '@aws-sdk/client-sns'
import { STSClient } from '@aws-sdk/client-sts'
import type {
  AwsCredentialIdentity,
  AwsCredentialIdentityProvider,
  RetryErrorInfo,
  RetryStrategyV2,
  StandardRetryToken
} from '@aws-sdk/types'

export interface ClientOptions {
  credentials?: AwsCredentialIdentity | AwsCredentialIdentityProvider
  /** Attempts per call, including the first (the SDK retries throttling and 5xx with backoff). */
  maxAttempts?: number
}

type Constructor<T> = new (config: {
  region: string
  maxAttempts?: number
  credentials?: ClientOptions['credentials']
  retryStrategy?: RetryStrategyV2
}) => T

// ---------------------------------------------------------------------------------------------- time budget

/** The error a call gets when the run's time budget (`timeout-seconds`) ran out before or during it. */
export class TimeBudgetExceeded extends Error {
  constructor(readonly seconds: number) {
    super(`time budget exceeded (timeout-seconds: ${seconds})`)
    this.name = 'TimeBudgetExceeded'
  }
}

interface Budget {
  seconds: number
  deadline: number
  controller: AbortController
  timer: NodeJS.Timeout
}

let budget: Budget | undefined

/**
 * Starts the run's time budget: every AWS call of this process made after `seconds` from now is refused, and a call in
 * flight at that moment is aborted. Call once, right after the inputs are parsed. Without it there is no deadline.
 */
export function startTimeBudget(seconds: number, now: number = Date.now()): void {
  if (budget) clearTimeout(budget.timer)
  const controller = new AbortController()
  const deadline = now + seconds * 1000
  const timer = setTimeout(() => controller.abort(new TimeBudgetExceeded(seconds)), Math.max(0, deadline - Date.now()))
  timer.unref() // the budget never keeps the process alive
  budget = { seconds, deadline, controller, timer }
}

/** Milliseconds left of the time budget (Infinity without one). */
export function timeLeftMs(now: number = Date.now()): number {
  return budget ? budget.deadline - now : Infinity
}

/** The budget's error when it has run out, else undefined. */
export function budgetExceeded(now: number = Date.now()): TimeBudgetExceeded | undefined {
  return budget && (budget.controller.signal.aborted || now >= budget.deadline)
    ? new TimeBudgetExceeded(budget.seconds)
    : undefined
}

function budgetSignal(): AbortSignal | undefined {
  return budget?.controller.signal
}

// ---------------------------------------------------------------------------------------------- retry

/**
 * Base of the exponential backoff, in ms (the SDK's own: 50 for errors, 1000 for throttling). `CMK_ALARM_RETRY_BASE_MS`
 * overrides both; it exists for the test suite, which injects faults and should not wait seconds for them.
 */
export function retryBaseMs(throttling: boolean, env: NodeJS.ProcessEnv = process.env): number {
  const override = Number(env.CMK_ALARM_RETRY_BASE_MS)
  if (env.CMK_ALARM_RETRY_BASE_MS && Number.isFinite(override) && override >= 0) return override
  return throttling ? 1000 : 50
}

const MAX_DELAY_MS = 20_000

/** Full jitter: a random delay in [0, min(cap, base * 2^retry)). */
export function backoffDelayMs(retry: number, base: number, random: () => number = Math.random): number {
  return Math.floor(random() * Math.min(MAX_DELAY_MS, base * 2 ** retry))
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
 * The SDK's standard retry decisions (the SDK classifies each error: throttling and transient errors — 5xx, resets,
 * timeouts, cut responses — are retried, others are not), with full-jitter backoff that never sleeps past the time
 * budget. The SDK sleeps the token's delay, abortably.
 */
export class BudgetedRetryStrategy implements RetryStrategyV2 {
  readonly mode = 'standard'
  constructor(private readonly maxAttempts: number) {}

  async acquireInitialRetryToken(): Promise<StandardRetryToken> {
    return new Token(0, 0)
  }

  async refreshRetryTokenForRetry(token: StandardRetryToken, info: RetryErrorInfo): Promise<StandardRetryToken> {
    const retry = token.getRetryCount() + 1
    const retryable = info.errorType === 'THROTTLING' || info.errorType === 'TRANSIENT'
    if (!retryable || retry >= this.maxAttempts) throw new Error('No retry token available')
    const delay = backoffDelayMs(retry, retryBaseMs(info.errorType === 'THROTTLING'))
    if (delay >= timeLeftMs()) throw new Error('No retry token available: the time budget would run out')
    return new Token(retry, delay)
  }

  recordSuccess(): void {}
}

// ---------------------------------------------------------------------------------------------- clients

export class AwsClients {
  private readonly cache = new Map<string, unknown>()

  constructor(private readonly options: ClientOptions = {}) {}

  cloudtrail(region: string): CloudTrailClient {
    return this.get('cloudtrail', region, CloudTrailClient)
  }
  logs(region: string): CloudWatchLogsClient {
    return this.get('logs', region, CloudWatchLogsClient)
  }
  cloudwatch(region: string): CloudWatchClient {
    return this.get('cloudwatch', region, CloudWatchClient)
  }
  sns(region: string): SNSClient {
    return this.get('sns', region, SNSClient)
  }
  sts(region: string): STSClient {
    return this.get('sts', region, STSClient)
  }

  private get<T>(service: string, region: string, ctor: Constructor<T>): T {
    const key = `${service}@${region}`
    let client = this.cache.get(key) as T | undefined
    if (!client) {
      const maxAttempts = this.options.maxAttempts ?? 5
      client = withBudget(
        new ctor({
          region,
          maxAttempts,
          credentials: this.options.credentials,
          retryStrategy: new BudgetedRetryStrategy(maxAttempts)
        })
      )
      this.cache.set(key, client)
    }
    return client
  }
}

type Sendable = { send: (command: unknown, options?: { abortSignal?: AbortSignal }) => Promise<unknown> }

/** Every send of `client` is refused once the budget is spent, and aborted when it runs out mid-flight. */
function withBudget<T>(client: T): T {
  const c = client as unknown as Sendable
  const send = c.send.bind(c)
  c.send = async (command, options) => {
    const exceeded = budgetExceeded()
    if (exceeded) throw exceeded
    const signal = options?.abortSignal ?? budgetSignal()
    try {
      return await send(command, signal ? { ...options, abortSignal: signal } : options)
    } catch (error) {
      throw budgetExceeded() ?? error
    }
  }
  return client
}
