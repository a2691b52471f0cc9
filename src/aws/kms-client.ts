// A KMS client for the two reads the check needs (DescribeKey, GetKeyPolicy), on the SDK's own SigV4 signer and
// SHA-256, over fetch. Why not @aws-sdk/client-kms: it carries every KMS operation's schema and error (115 kB of the
// bundle), which would take the action past its 3 MB; these two calls are one signed JSON 1.1 POST each
// (AWS KMS API reference, "Common parameters" / "Making a request": X-Amz-Target TrentService.<Operation>).
// Same contract as an SDK client for the rest of the code: `send(command)` resolves to the answer's JSON, or rejects
// with an error shaped like the SDK's (name = the AWS error code, $metadata.httpStatusCode), which the retry toolkit
// and classifyError read; every call stops at the run's time budget.
import { Sha256 } from '@smithy/core/checksum'
import { HttpRequest } from '@smithy/core/protocols'
import { SignatureV4 } from '@smithy/signature-v4'
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@aws-sdk/types'
import type { TimeBudget } from './budget.js'

/** One KMS operation and its input; `Output` types what the answer's JSON holds. */
export class KmsCommand<Output> {
  declare readonly output?: Output
  constructor(
    readonly operation: string,
    readonly input: Record<string, unknown>
  ) {}
}

export class DescribeKeyCommand extends KmsCommand<{
  KeyMetadata?: { KeyId?: string; Arn?: string; KeyManager?: string; KeyState?: string; AWSAccountId?: string }
}> {
  constructor(input: { KeyId: string }) {
    super('DescribeKey', input)
  }
}

export class GetKeyPolicyCommand extends KmsCommand<{ Policy?: string; PolicyName?: string }> {
  constructor(input: { KeyId: string; PolicyName: string }) {
    super('GetKeyPolicy', input)
  }
}

/** The KMS endpoint of `region`: AWS_ENDPOINT_URL_KMS or AWS_ENDPOINT_URL when set (as the SDK honours them). */
export function kmsEndpoint(region: string, env: NodeJS.ProcessEnv = process.env, endpoint?: string): string {
  const configured = endpoint || env.AWS_ENDPOINT_URL_KMS || env.AWS_ENDPOINT_URL
  if (configured) return configured.replace(/\/+$/, '')
  const suffix = region.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com'
  const fips = /^true$/i.test(env.AWS_USE_FIPS_ENDPOINT ?? '') ? '-fips' : ''
  return `https://kms${fips}.${region}.${suffix}`
}

interface KmsError extends Error {
  $metadata: { httpStatusCode?: number; attempts: number }
  $fault: 'client' | 'server'
}

export class KmsClient {
  private readonly signer: SignatureV4

  constructor(
    readonly region: string,
    private readonly budget: TimeBudget,
    credentials: AwsCredentialIdentity | AwsCredentialIdentityProvider,
    private readonly options: {
      /** Every request goes here (the CLI's --endpoint-url), before AWS_ENDPOINT_URL(_KMS). */
      endpoint?: string
      /** Told of every call when it ends (the CLI's --debug). */
      onRequest?: (info: { operation: string; status?: number; error?: string; attempts: number; ms: number }) => void
    } = {}
  ) {
    this.signer = new SignatureV4({ service: 'kms', region, credentials, sha256: Sha256, uriEscapePath: true })
  }

  async send<Output>(command: KmsCommand<Output>): Promise<Output> {
    const started = Date.now()
    const log = (status?: number, error?: string) =>
      this.options.onRequest?.({ operation: command.operation, status, error, attempts: 1, ms: Date.now() - started })
    try {
      const answer = await this.sendOnce(command)
      log(200)
      return answer
    } catch (error) {
      const e = error as { name?: string; $metadata?: { httpStatusCode?: number } }
      log(e.$metadata?.httpStatusCode, e.name ?? 'Error')
      throw error
    }
  }

  private async sendOnce<Output>(command: KmsCommand<Output>): Promise<Output> {
    const exceeded = this.budget.exceeded()
    if (exceeded) throw exceeded
    const url = new URL(`${kmsEndpoint(this.region, process.env, this.options.endpoint)}/`)
    const body = JSON.stringify(command.input)
    const request = new HttpRequest({
      protocol: url.protocol,
      hostname: url.hostname,
      port: url.port ? Number(url.port) : undefined,
      method: 'POST',
      path: url.pathname,
      headers: {
        host: url.host,
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': `TrentService.${command.operation}`
      },
      body
    })
    const signed = await this.signer.sign(request)
    let response: Response
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: signed.headers as Record<string, string>,
        body,
        signal: this.budget.signal
      })
    } catch (error) {
      throw this.budget.exceeded() ?? error
    }
    const text = await response.text()
    if (response.ok) {
      // An unreadable body is a SyntaxError, which the toolkit treats as a cut or malformed answer.
      return (text.trim() ? JSON.parse(text) : {}) as Output
    }
    throw kmsError(response.status, response.headers.get('x-amzn-errortype'), text)
  }
}

/** The error of a non-2xx answer, shaped as the SDK shapes it (`__type` may carry a namespace before `#`). */
function kmsError(status: number, errorType: string | null, text: string): KmsError {
  let type = errorType ?? ''
  let message: string
  try {
    const parsed = JSON.parse(text) as { __type?: string; message?: string; Message?: string }
    type ||= parsed.__type ?? ''
    message = parsed.message ?? parsed.Message ?? ''
  } catch {
    message = status >= 500 ? 'the service answered with an error page' : ''
  }
  const name = type.split('#').pop()?.split(':')[0] || (status >= 500 ? 'InternalFailure' : `HTTP${status}`)
  const error = new Error(message || `${name} (HTTP ${status})`) as KmsError
  error.name = name
  error.$metadata = { httpStatusCode: status, attempts: 1 }
  error.$fault = status >= 500 ? 'server' : 'client'
  return error
}
