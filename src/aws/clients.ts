// One client per service and region, created on first use. Credentials come from the SDK's default chain unless
// the caller passes a provider (the OIDC-assumed role). AWS_ENDPOINT_URL is honoured by the SDK itself.
//
// Reliability: every call retries throttling, 5xx and network errors (resets, cut bodies) with the retry toolkit's
// backoff (src/aws/retry.ts), and every call stops at the run's time budget, which this object owns: an in-flight
// request is aborted and no retry sleeps past the deadline.
import { CloudTrailClient } from '@aws-sdk/client-cloudtrail'
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch'
import { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs'
import { SNSClient } from '@aws-sdk/client-sns'
import { STSClient } from '@aws-sdk/client-sts'
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider, RetryStrategyV2 } from '@aws-sdk/types'
import { TimeBudget } from './budget.js'
import { BudgetedRetryStrategy } from './retry.js'

export interface ClientOptions {
  credentials?: AwsCredentialIdentity | AwsCredentialIdentityProvider
  /** The run's time budget; default none. */
  budget?: TimeBudget
  /** Attempts per call, including the first (the SDK retries throttling and 5xx with backoff). */
  maxAttempts?: number
}

type Constructor<T> = new (config: {
  region: string
  maxAttempts?: number
  credentials?: ClientOptions['credentials']
  retryStrategy?: RetryStrategyV2
}) => T

// ---------------------------------------------------------------------------------------------- clients

export class AwsClients {
  private readonly cache = new Map<string, unknown>()
  /** Every call of these clients, and every read built on them, stops at this budget. */
  readonly budget: TimeBudget

  constructor(private readonly options: ClientOptions = {}) {
    this.budget = options.budget ?? TimeBudget.unlimited()
  }

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
          retryStrategy: new BudgetedRetryStrategy(maxAttempts, this.budget)
        }),
        this.budget
      )
      this.cache.set(key, client)
    }
    return client
  }
}

type Sendable = { send: (command: unknown, options?: { abortSignal?: AbortSignal }) => Promise<unknown> }

/** Every send of `client` is refused once the budget is spent, and aborted when it runs out mid-flight. */
function withBudget<T>(client: T, budget: TimeBudget): T {
  const c = client as unknown as Sendable
  const send = c.send.bind(c)
  c.send = async (command, options) => {
    const exceeded = budget.exceeded()
    if (exceeded) throw exceeded
    try {
      return await send(command, { ...options, abortSignal: options?.abortSignal ?? budget.signal })
    } catch (error) {
      throw budget.exceeded() ?? error
    }
  }
  return client
}
