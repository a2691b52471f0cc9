// One client per service and region, created on first use. Credentials come from the SDK's default chain unless
// the caller passes a provider (the OIDC-assumed role). AWS_ENDPOINT_URL is honoured by the SDK itself.
import { CloudTrailClient } from '@aws-sdk/client-cloudtrail'
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch'
import { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs'
import { SNSClient } from '@aws-sdk/client-sns'
import { STSClient } from '@aws-sdk/client-sts'
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@aws-sdk/types'

export interface ClientOptions {
  credentials?: AwsCredentialIdentity | AwsCredentialIdentityProvider
  /** Attempts per call, including the first (the SDK retries throttling and 5xx with backoff). */
  maxAttempts?: number
}

type Constructor<T> = new (config: { region: string; maxAttempts?: number; credentials?: ClientOptions['credentials'] }) => T

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
      client = new ctor({ region, maxAttempts: this.options.maxAttempts ?? 5, credentials: this.options.credentials })
      this.cache.set(key, client)
    }
    return client
  }
}
