// AWS Organizations: the ACTIVE accounts of the organization, for `organization: true`.
//
// One call (ListAccounts, AWS JSON 1.1) made with the SDK's own parts: its SigV4 signer, HTTP request and Node HTTP
// handler, and the credentials of the step's clients. Not @aws-sdk/client-organizations: that client adds 137 kB
// (88 kB even imported piecemeal), and the action's bundle must stay under 3 MB. Errors are shaped like the SDK's
// (name, $metadata.httpStatusCode, $fault), so the one retry toolkit and error classifier treat them alike.
import { Sha256 } from '@smithy/core/checksum'
import { HttpRequest } from '@smithy/core/transport'
import { SignatureV4 } from '@smithy/signature-v4'
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@aws-sdk/types'
import type { Readable } from 'node:stream'
import { BoundedHttpHandler } from './answer-size.js'
import type { AwsClients } from './clients.js'
import { collectPages } from './paging.js'

export interface OrganizationAccount {
  id: string
  name: string
}

/** Who calls Organizations, and where: the step's credentials, signed for the partition's one endpoint. */
export interface OrganizationsCaller {
  credentials: AwsCredentialIdentityProvider
  /** The run's region: it names the partition. */
  region: string
  signal?: AbortSignal
  env?: NodeJS.ProcessEnv
  /** An endpoint the clients were given (the CLI's --endpoint-url), before AWS_ENDPOINT_URL(_ORGANIZATIONS). */
  endpoint?: () => Promise<string | undefined>
}

/** The caller for the credentials of `clients` (the same provider their STS client signs with). */
export function organizationsCaller(clients: AwsClients, region: string): OrganizationsCaller {
  const sts = clients.sts(region)
  const credentials = sts.config.credentials as AwsCredentialIdentityProvider
  const endpoint = async () => {
    if (!sts.config.isCustomEndpoint || !sts.config.endpoint) return undefined
    const e = await sts.config.endpoint()
    return `${e.protocol}//${e.hostname}${e.port ? `:${e.port}` : ''}${e.path ?? ''}`
  }
  return { credentials: () => credentials(), region, signal: clients.budget.signal, endpoint }
}

/**
 * Organizations is a global service: one endpoint per partition, signed for its region. AWS_ENDPOINT_URL_ORGANIZATIONS
 * or AWS_ENDPOINT_URL replace the endpoint, as they do for the SDK's clients; `endpoint` (the CLI's --endpoint-url)
 * before them.
 */
export function organizationsEndpoint(
  region: string,
  env: NodeJS.ProcessEnv = process.env,
  endpoint?: string
): { url: URL; signingRegion: string } {
  const partition = region.startsWith('cn-')
    ? 'aws-cn'
    : region.startsWith('us-gov-')
      ? 'aws-us-gov'
      : region.startsWith('us-iso')
        ? 'iso'
        : 'aws'
  const global = {
    aws: { host: 'organizations.us-east-1.amazonaws.com', region: 'us-east-1' },
    'aws-us-gov': { host: 'organizations.us-gov-west-1.amazonaws.com', region: 'us-gov-west-1' },
    'aws-cn': { host: 'organizations.cn-northwest-1.amazonaws.com.cn', region: 'cn-northwest-1' },
    iso: { host: `organizations.${region}.c2s.ic.gov`, region }
  }[partition]
  const custom = endpoint || env.AWS_ENDPOINT_URL_ORGANIZATIONS || env.AWS_ENDPOINT_URL
  return { url: new URL(custom || `https://${global.host}`), signingRegion: global.region }
}

async function bodyText(body: unknown): Promise<string> {
  if (!body) return ''
  const chunks: Buffer[] = []
  for await (const chunk of body as Readable)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer))
  return Buffer.concat(chunks).toString('utf8')
}

/** An error shaped like the SDK's: the AWS error code as its name, the HTTP status in $metadata. */
function awsError(status: number, text: string, errorType: string | undefined): Error {
  let code = errorType?.split(':')[0]
  let message: string
  try {
    const json = JSON.parse(text) as { __type?: string; message?: string; Message?: string }
    code ??= json.__type
    message = json.message ?? json.Message ?? ''
  } catch {
    message = status >= 500 ? 'the service answered with an error' : ''
  }
  const name = (code ?? (status >= 500 ? 'InternalFailure' : `HTTP${status}`)).split('#').pop()!
  return Object.assign(new Error(message || name), {
    name,
    $fault: status >= 500 ? 'server' : 'client',
    $metadata: { httpStatusCode: status, attempts: 1 }
  })
}

/** The SDK's Node.js handler with every answer bounded (src/aws/answer-size.ts), as every AWS client of the tool. */
const handler = new BoundedHttpHandler()

/** One signed AWS JSON 1.1 call of Organizations. */
async function call<T>(caller: OrganizationsCaller, operation: string, input: object): Promise<T> {
  const { url, signingRegion } = organizationsEndpoint(caller.region, caller.env, await caller.endpoint?.())
  const body = JSON.stringify(input)
  const request = new HttpRequest({
    protocol: url.protocol,
    hostname: url.hostname,
    port: url.port ? Number(url.port) : undefined,
    method: 'POST',
    path: url.pathname || '/',
    headers: {
      host: url.host,
      'content-type': 'application/x-amz-json-1.1',
      'x-amz-target': `AWSOrganizationsV20161128.${operation}`,
      'content-length': String(Buffer.byteLength(body))
    },
    body
  })
  const credentials: AwsCredentialIdentity = await caller.credentials()
  const signer = new SignatureV4({ credentials, region: signingRegion, service: 'organizations', sha256: Sha256 })
  const signed = await signer.sign(request)
  const { response } = await handler.handle(signed as HttpRequest, { abortSignal: caller.signal })
  const text = await bodyText(response.body)
  if (response.statusCode < 200 || response.statusCode >= 300) {
    throw awsError(response.statusCode, text, response.headers['x-amzn-errortype'])
  }
  return JSON.parse(text) as T
}

interface ListAccountsOutput {
  Accounts?: Array<{ Id?: string; Name?: string; State?: string; Status?: string }>
  NextToken?: string
}

/**
 * Every ACTIVE account of the organization (all pages), in the order AWS lists them. Suspended, closed and
 * still-joining accounts are left out: nothing in them can be checked. `State` replaced the deprecated `Status`
 * field; an answer with only `Status` is read the same way.
 */
export async function listActiveAccounts(caller: OrganizationsCaller): Promise<OrganizationAccount[]> {
  const accounts = await collectPages(async (nextToken) => {
    const out = await call<ListAccountsOutput>(caller, 'ListAccounts', nextToken ? { NextToken: nextToken } : {})
    return { items: out.Accounts ?? [], nextToken: out.NextToken }
  })
  return accounts.flatMap((a) => (a.Id && (a.State ?? a.Status) === 'ACTIVE' ? [{ id: a.Id, name: a.Name ?? '' }] : []))
}
