// Test doubles for the authentication tests:
//   - startTokenServer: the runner's ID-token service on loopback (actions/toolkit oidc-utils protocol: GET
//     <ACTIONS_ID_TOKEN_REQUEST_URL>&audience=<aud> with "Authorization: Bearer <ACTIONS_ID_TOKEN_REQUEST_TOKEN>",
//     answer {"value": "<jwt>"}); it issues a fake, unsigned JWT with GitHub's claims.
//   - startAwsProxy: a recording proxy in front of moto. It counts every AWS request (which call, which access key
//     signed it), keeps moto's AssumeRole* answers (to learn the credential values), and can answer a call with a
//     canned AWS error instead of moto: a STUB of what real STS says (moto's STS accepts every token and role).
import http from 'node:http'
import { randomBytes } from 'node:crypto'

const b64url = (value: unknown) =>
  Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url')

export const RUNTIME_TOKEN = 'runtime-access-token-7f3a9c'

/** A JWT shaped like GitHub's (claims per the "OpenID Connect reference"), with a random, meaningless signature. */
export function fakeGithubJwt(claims: Record<string, unknown> = {}): string {
  const now = Math.floor(Date.now() / 1000)
  const payload = {
    jti: `${randomBytes(8).toString('hex')}-e2bf-4d1c-9f7e-${randomBytes(6).toString('hex')}`,
    sub: 'repo:octo-org/infra:ref:refs/heads/main',
    aud: 'sts.amazonaws.com',
    ref: 'refs/heads/main',
    sha: '0123456789abcdef0123456789abcdef01234567',
    repository: 'octo-org/infra',
    repository_owner: 'octo-org',
    repository_owner_id: '1234567',
    repository_id: '7654321',
    repository_visibility: 'private',
    run_id: '1234567890',
    run_number: '42',
    run_attempt: '1',
    actor: 'octocat',
    actor_id: '583231',
    workflow: 'compliance',
    workflow_ref: 'octo-org/infra/.github/workflows/compliance.yml@refs/heads/main',
    job_workflow_ref: 'octo-org/infra/.github/workflows/compliance.yml@refs/heads/main',
    event_name: 'schedule',
    ref_type: 'branch',
    runner_environment: 'github-hosted',
    iss: 'https://token.actions.githubusercontent.com',
    nbf: now - 5,
    iat: now,
    exp: now + 300,
    ...claims
  }
  return [
    b64url({ alg: 'RS256', typ: 'JWT', x5t: 'fake-thumbprint', kid: 'fake-key-id' }),
    b64url(payload),
    randomBytes(256).toString('base64url')
  ].join('.')
}

export interface TokenRequest {
  method: string
  path: string
  apiVersion: string | null
  audience: string | null
  authorization: string | undefined
  accept: string | undefined
}

export interface TokenServer {
  /** ACTIONS_ID_TOKEN_REQUEST_URL: http://127.0.0.1:<port>/token?api-version=2.0 */
  url: string
  requests: TokenRequest[]
  /** Every token issued, in order. */
  issued: string[]
  /** Extra claims for the next tokens. */
  claims: Record<string, unknown>
  /** When true, a request is accepted and never answered (a runner token service that hangs). */
  hang: boolean
  close(): Promise<void>
}

export async function startTokenServer(): Promise<TokenServer> {
  const state = {
    requests: [] as TokenRequest[],
    issued: [] as string[],
    claims: {} as Record<string, unknown>,
    hang: false
  }
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const request: TokenRequest = {
      method: req.method ?? '',
      path: url.pathname,
      apiVersion: url.searchParams.get('api-version'),
      audience: url.searchParams.get('audience'),
      authorization: req.headers.authorization,
      accept: req.headers.accept
    }
    state.requests.push(request)
    req.resume()
    if (state.hang) return // never answered
    if (req.method !== 'GET' || url.pathname !== '/token' || req.headers.authorization !== `Bearer ${RUNTIME_TOKEN}`) {
      res.writeHead(401, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ message: 'Unauthorized' }))
      return
    }
    const token = fakeGithubJwt({ ...(request.audience ? { aud: request.audience } : {}), ...state.claims })
    state.issued.push(token)
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end(JSON.stringify({ count: 1, value: token }))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  return Object.assign(state, {
    url: `http://127.0.0.1:${port}/token?api-version=2.0`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  })
}

export interface AwsRequest {
  /** e.g. AssumeRoleWithWebIdentity, GetCallerIdentity, CloudTrail_20131101.DescribeTrails, DescribeAlarmsForMetric */
  action: string
  /** The access key id of the SigV4 signature; undefined for an unsigned request. */
  accessKeyId?: string
  /** Form parameters of a Query-protocol request. */
  params: Record<string, string>
  /** What moto answered (when forwarded). */
  responseBody?: string
  stubbed: boolean
}

export interface StubAnswer {
  status: number
  body: string
}

export interface AwsProxy {
  endpoint: string
  requests: AwsRequest[]
  /** Return an answer to send it instead of moto's, 'hang' to never answer; undefined forwards the request. */
  stub?: (request: AwsRequest, index: number) => StubAnswer | 'hang' | undefined
  close(): Promise<void>
}

/** The AWS Query-protocol error body, as STS sends it. */
export function queryError(code: string, message: string, type: 'Sender' | 'Receiver' = 'Sender'): string {
  return (
    '<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">\n' +
    `  <Error>\n    <Type>${type}</Type>\n    <Code>${code}</Code>\n    <Message>${message}</Message>\n  </Error>\n` +
    `  <RequestId>${randomBytes(16)
      .toString('hex')
      .replace(/^(.{8})(.{4})(.{4})(.{4})/, '$1-$2-$3-$4-')}</RequestId>\n` +
    '</ErrorResponse>\n'
  )
}

function actionOf(url: string, headers: http.IncomingHttpHeaders, params: Record<string, string>): string {
  if (params.Action) return params.Action
  const target = headers['x-amz-target']
  if (typeof target === 'string') return target
  const rpc = /\/operation\/([^/?]+)/.exec(url)
  return rpc ? rpc[1] : `${headers['content-type'] ?? ''} ${url}`
}

export async function startAwsProxy(motoEndpoint: string): Promise<AwsProxy> {
  const target = new URL(motoEndpoint)
  const proxy: Omit<AwsProxy, 'endpoint' | 'close'> = { requests: [] }
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const body = Buffer.concat(chunks)
      const text = body.toString('utf8')
      const form = String(req.headers['content-type'] ?? '').includes('x-www-form-urlencoded')
      const params = form ? Object.fromEntries(new URLSearchParams(text)) : {}
      const auth = req.headers.authorization
      const record: AwsRequest = {
        action: actionOf(req.url ?? '', req.headers, params),
        accessKeyId: typeof auth === 'string' ? /Credential=([^/]+)\//.exec(auth)?.[1] : undefined,
        params,
        stubbed: false
      }
      const index = proxy.requests.push(record) - 1
      const canned = proxy.stub?.(record, index)
      if (canned === 'hang') {
        record.stubbed = true
        return // STS that never answers
      }
      if (canned) {
        record.stubbed = true
        res.writeHead(canned.status, { 'content-type': 'text/xml', 'x-amzn-requestid': randomBytes(8).toString('hex') })
        res.end(canned.body)
        return
      }
      const upstream = http.request(
        { host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers },
        (up) => {
          const parts: Buffer[] = []
          up.on('data', (c: Buffer) => parts.push(c))
          up.on('end', () => {
            const answer = Buffer.concat(parts)
            if (/^AssumeRole/.test(record.action)) record.responseBody = answer.toString('utf8')
            res.writeHead(up.statusCode ?? 500, up.headers)
            res.end(answer)
          })
        }
      )
      upstream.on('error', (e) => {
        res.writeHead(502)
        res.end(String(e))
      })
      upstream.end(body)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  return Object.assign(proxy, {
    endpoint: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  })
}

/** AccessKeyId, SecretAccessKey and SessionToken from an AssumeRole* answer. */
export function credentialsIn(
  xml: string | undefined
): { accessKeyId: string; secretAccessKey: string; sessionToken: string } | undefined {
  if (!xml) return undefined
  const get = (tag: string) => new RegExp(`<${tag}>([^<]*)</${tag}>`).exec(xml)?.[1]
  const accessKeyId = get('AccessKeyId')
  const secretAccessKey = get('SecretAccessKey')
  const sessionToken = get('SessionToken')
  return accessKeyId && secretAccessKey && sessionToken ? { accessKeyId, secretAccessKey, sessionToken } : undefined
}
