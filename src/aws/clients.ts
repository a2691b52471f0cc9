// One client per service and region, created on first use. Credentials come from the SDK's default chain unless
// the caller passes a provider (the OIDC-assumed role). AWS_ENDPOINT_URL is honoured by the SDK itself.
//
// Reliability: every call retries throttling, 5xx and network errors (resets, cut bodies) with the retry toolkit's
// backoff (src/aws/retry.ts), and every call stops at the run's time budget, which this object owns: an in-flight
// request is aborted and no retry sleeps past the deadline. Every answer body is bounded (src/aws/answer-size.ts): an
// endless or huge answer fails its call instead of filling the memory.
import { CloudTrailClient } from '@aws-sdk/client-cloudtrail'
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch'
import { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs'
import { SNSClient } from '@aws-sdk/client-sns'
import { STSClient } from '@aws-sdk/client-sts'
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider, RetryStrategyV2 } from '@aws-sdk/types'
import { BoundedHttpHandler } from './answer-size.js'
import { TimeBudget } from './budget.js'
import { KmsClient } from './kms-client.js'
import { BudgetedRetryStrategy } from './retry.js'
import { defaultProvider } from '@aws-sdk/credential-provider-node'

/** One AWS request as `--debug` shows it: never its body, its parameters or its credentials. */
export interface RequestInfo {
  service: string
  operation: string
  region: string
  /** The HTTP status of the last attempt, when an answer came. */
  status?: number
  /** The error's name, when the call failed. */
  error?: string
  attempts: number
  ms: number
}
export type RequestLog = (info: RequestInfo) => void

export interface ClientOptions {
  credentials?: AwsCredentialIdentity | AwsCredentialIdentityProvider
  /** A profile of the shared config and credentials files (the CLI's --profile). */
  profile?: string
  /** Every request goes to this endpoint (the CLI's --endpoint-url; AWS_ENDPOINT_URL does the same). */
  endpoint?: string
  /** Told of every call when it ends (the CLI's --debug). */
  onRequest?: RequestLog
  /** The run's time budget; default none. */
  budget?: TimeBudget
  /** Attempts per call, including the first (the SDK retries throttling and 5xx with backoff). */
  maxAttempts?: number
  /**
   * One HTTP handler for many clients (a run over many accounts): its keep-alive connections to each endpoint are
   * shared instead of every client opening its own. Default: each client its own.
   */
  requestHandler?: BoundedHttpHandler
}

type Constructor<T> = new (config: {
  region: string
  maxAttempts?: number
  credentials?: ClientOptions['credentials']
  retryStrategy?: RetryStrategyV2
  profile?: string
  endpoint?: string
  requestHandler?: BoundedHttpHandler
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
  /**
   * CloudWatch for reads that are extra evidence only (alarm history): two attempts per call, so a service that does
   * not answer them (moto answers 500) costs little; the verdict never depends on them.
   */
  cloudwatchEvidence(region: string): CloudWatchClient {
    return this.get('cloudwatch-evidence', region, CloudWatchClient, 2)
  }
  sns(region: string): SNSClient {
    return this.get('sns', region, SNSClient)
  }
  sts(region: string): STSClient {
    return this.get('sts', region, STSClient)
  }
  /** KMS (the two reads the check makes): same credentials and time budget; read() does its retrying. */
  kms(region: string): KmsClient {
    const key = `kms@${region}`
    let client = this.cache.get(key) as KmsClient | undefined
    if (!client) {
      this.defaultCredentials ??= defaultProvider(this.options.profile ? { profile: this.options.profile } : {})
      const log = this.options.onRequest
      client = new KmsClient(region, this.budget, this.options.credentials ?? this.defaultCredentials, {
        endpoint: this.options.endpoint,
        onRequest: log && ((info) => log({ service: 'kms', region, ...info }))
      })
      this.cache.set(key, client)
    }
    return client
  }
  private defaultCredentials?: AwsCredentialIdentityProvider
  /** Clients with the same credentials, bound to another budget (one target's share of the run's). */
  withBudget(budget: TimeBudget): AwsClients {
    return new AwsClients({ ...this.options, budget })
  }

  /** Clients for another identity (a member account's session), keeping the endpoint and the request log. */
  withCredentials(credentials: AwsCredentialIdentity, more: Pick<ClientOptions, 'requestHandler'> = {}): AwsClients {
    return new AwsClients({ ...this.options, profile: undefined, credentials, ...more })
  }

  private get<T>(service: string, region: string, ctor: Constructor<T>, attempts?: number): T {
    const key = `${service}@${region}`
    let client = this.cache.get(key) as T | undefined
    if (!client) {
      const maxAttempts = Math.min(attempts ?? Infinity, this.options.maxAttempts ?? 5)
      client = withBudget(
        new ctor({
          region,
          maxAttempts,
          credentials: this.options.credentials,
          retryStrategy: new BudgetedRetryStrategy(maxAttempts, this.budget),
          requestHandler: this.options.requestHandler ?? new BoundedHttpHandler(),
          ...(this.options.profile ? { profile: this.options.profile } : {}),
          ...(this.options.endpoint ? { endpoint: this.options.endpoint } : {})
        }),
        this.budget,
        this.options.onRequest && ((info) => this.options.onRequest?.({ service, region, ...info }))
      )
      this.cache.set(key, client)
    }
    return client
  }
}

type Sendable = { send: (command: unknown, options?: { abortSignal?: AbortSignal }) => Promise<unknown> }
type Answer = { $metadata?: { httpStatusCode?: number; attempts?: number } }

/**
 * Every send of `client` is refused once the budget is spent, and aborted when it runs out mid-flight; `log`, when
 * given, hears of every call's end.
 */
function withBudget<T>(
  client: T,
  budget: TimeBudget,
  log?: (info: Omit<RequestInfo, 'service' | 'region'>) => void
): T {
  const c = client as unknown as Sendable
  const send = c.send.bind(c)
  c.send = async (command, options) => {
    const exceeded = budget.exceeded()
    if (exceeded) throw exceeded
    const started = Date.now()
    const operation =
      (command as { constructor?: { name?: string } })?.constructor?.name?.replace(/Command$/, '') ?? '?'
    try {
      const answer = await send(command, { ...options, abortSignal: options?.abortSignal ?? budget.signal })
      const meta = (answer as Answer | undefined)?.$metadata
      log?.({ operation, status: meta?.httpStatusCode, attempts: meta?.attempts ?? 1, ms: Date.now() - started })
      return answer
    } catch (error) {
      const meta = (error as Answer | undefined)?.$metadata
      const name = (error as { name?: string } | undefined)?.name ?? 'Error'
      log?.({
        operation,
        status: meta?.httpStatusCode,
        error: name,
        attempts: meta?.attempts ?? 1,
        ms: Date.now() - started
      })
      throw budget.exceeded() ?? error
    }
  }
  return client
}
