// A test-bed proxy in front of moto server. It
//  - counts every request by service and operation (to prove "zero AWS calls" and "zero writes");
//  - restores AWS semantics moto lacks (named so where used): PutMetricFilter with an existing name REPLACES the
//    filter on AWS, while moto appends a duplicate, so the proxy deletes the same-named filter first, atomically;
//  - injects faults by operation and count: latency, throttling, 500/503, connection resets, truncated bodies and
//    AccessDenied, each with the error body the service's protocol really uses (JSON or Query XML);
//  - calls a hook on every request, before it is forwarded and after moto answered (tests kill the action there);
//  - knows the account each request acts in (the x-moto-account-id header, or the account of the AssumeRole answer
//    that issued its access key), so a fault can hit one account only;
//  - optionally shows an organization trail to the member accounts, as AWS does and moto does not (organizationTrails).
// Requests the proxy makes itself (the DeleteMetricFilter of the PutMetricFilter semantics) are recorded as `internal`.
import http from 'node:http'

/**
 * throttle / server-error (500) / unavailable (503) / access-denied (403): the service's error answer, not forwarded.
 * reset: the connection is closed before forwarding. truncate: forwarded; the answer promises its whole length, sends
 * half, and the connection is cut. short-body: forwarded; a well-formed HTTP answer whose body is only the first half
 * (a cut JSON/XML document). reset-after: forwarded (a write happens), then the connection is closed unanswered.
 * latency: `delayMs` before forwarding. endless: not forwarded; an answer (`status`, default 200) in the service's
 * protocol whose body never ends, written as fast as the client reads it, until the client closes the connection.
 */
export type FaultKind =
  | 'throttle'
  | 'server-error'
  | 'unavailable'
  | 'reset'
  | 'truncate'
  | 'short-body'
  | 'reset-after'
  | 'access-denied'
  | 'latency'
  | 'endless'

export interface Fault {
  /** Operation name as AWS spells it (e.g. `PutMetricAlarm`), or `*` for any. */
  operation: string
  kind: FaultKind
  /** How many matching requests get the fault (default 1); Infinity for a persistent fault. */
  count?: number
  /** Only requests this accepts get the fault (e.g. one account's: `(r) => r.account === '333333333333'`). */
  when?: (request: ProxiedRequest) => boolean
  /** For `latency`: milliseconds added before forwarding. */
  delayMs?: number
  /** For `endless`: the answer's HTTP status (default 200). */
  status?: number
}

export interface ProxiedRequest {
  service: string
  operation: string
  protocol: 'json' | 'query'
  faulted?: FaultKind
  /** Made by the proxy itself (AWS semantics moto lacks), not by the client. */
  internal?: boolean
  /** The account the request acts in (moto's default 123456789012 for the static test key). */
  account: string
  /** AssumeRole / AssumeRoleWithWebIdentity: the role asked for. */
  roleArn?: string
  /** When the request reached the proxy and when its answer was sent (ms, `performance.now()` of this process). */
  startedAt: number
  /** Absent while in flight, and for a request that got no answer (reset, endless, a killed client). */
  endedAt?: number
}

/** Called before a request is forwarded ('request') and after moto answered, before the answer goes back ('response'). */
export type RequestHook = (request: ProxiedRequest, phase: 'request' | 'response') => void | Promise<void>

export interface AwsProxy {
  endpoint: string
  requests: ProxiedRequest[]
  /** Bytes of `endless` answers written so far. */
  endlessBytes(): number
  addFault(fault: Fault): void
  clearFaults(): void
  /** Requests of the client whose operation writes (Put*, Create*, Set*, Subscribe, Delete*, Tag*, Start*, Stop*, Update*). */
  writes(): ProxiedRequest[]
  /** Sets (or with undefined removes) the hook called on every client request; it is awaited. */
  setHook(hook: RequestHook | undefined): void
  close(): Promise<void>
}

const WRITE = /^(Put|Create|Set|Subscribe|Delete|Tag|Untag|Start|Stop|Update|Enable|Disable)/

interface Parsed {
  service: string
  operation: string
  protocol: 'json' | 'query'
  target?: string
}

function parseRequest(req: http.IncomingMessage, body: string): Parsed {
  const auth = String(req.headers.authorization ?? '')
  const scope = /Credential=[^/]+\/\d{8}\/[^/]+\/([^/]+)\//.exec(auth)
  const target = req.headers['x-amz-target'] ? String(req.headers['x-amz-target']) : undefined
  if (target) {
    return {
      service: scope?.[1] ?? target.split('.')[0],
      operation: target.split('.').pop() ?? '',
      protocol: 'json',
      target
    }
  }
  const action = /(?:^|&)Action=([A-Za-z]+)/.exec(body)
  return { service: scope?.[1] ?? 'sts', operation: action?.[1] ?? '', protocol: 'query' }
}

/** The error a real service sends for this fault, in its protocol. */
function errorResponse(p: Parsed, kind: FaultKind): { status: number; headers: Record<string, string>; body: string } {
  const code =
    kind === 'throttle'
      ? p.protocol === 'json'
        ? p.service === 'monitoring'
          ? 'Throttling'
          : 'ThrottlingException'
        : 'Throttling'
      : kind === 'access-denied'
        ? p.protocol === 'json'
          ? 'AccessDeniedException'
          : p.service === 'sns'
            ? 'AuthorizationError'
            : 'AccessDenied'
        : kind === 'unavailable'
          ? 'ServiceUnavailable'
          : 'InternalFailure'
  const status = kind === 'throttle' ? 400 : kind === 'access-denied' ? 403 : kind === 'unavailable' ? 503 : 500
  const message =
    kind === 'access-denied'
      ? `User: arn:aws:sts::123456789012:assumed-role/ci/run is not authorized to perform: ${p.service === 'monitoring' ? 'cloudwatch' : p.service}:${p.operation} because no identity-based policy allows the ${p.service === 'monitoring' ? 'cloudwatch' : p.service}:${p.operation} action`
      : kind === 'throttle'
        ? 'Rate exceeded'
        : 'We encountered an internal error. Please try again.'
  if (p.protocol === 'json') {
    const headers: Record<string, string> = { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-errortype': code }
    if (p.service === 'monitoring') headers['x-amzn-query-error'] = `${code};${status < 500 ? 'Sender' : 'Receiver'}`
    return { status, headers, body: JSON.stringify({ __type: code, message }) }
  }
  const type = status < 500 ? 'Sender' : 'Receiver'
  return {
    status,
    headers: { 'content-type': 'text/xml' },
    body: `<ErrorResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/"><Error><Type>${type}</Type><Code>${code}</Code><Message>${message}</Message></Error><RequestId>8f3c2f4e-0000-4000-8000-000000000000</RequestId></ErrorResponse>`
  }
}

export interface AwsProxyOptions {
  /** Give PutMetricFilter AWS's replace-by-name semantics (moto appends a duplicate). */
  awsMetricFilterSemantics?: boolean
  /** Rewrites moto's answer body, for behaviour moto cannot produce (e.g. a pending subscription). */
  rewriteResponse?: (request: ProxiedRequest, body: string) => string
  /**
   * Answers a request itself instead of moto (return undefined to forward it), for answers moto cannot give at all
   * (e.g. DescribeAlarmHistory, which moto answers 500). `requestBody` is the request as the client sent it.
   */
  stubResponse?: (
    request: ProxiedRequest,
    requestBody: string
  ) => { status?: number; headers?: Record<string, string>; body: string } | undefined
  /**
   * Stub of AWS behaviour moto lacks: an organization trail of `managementAccount` (IsOrganizationTrail) is listed by
   * the DescribeTrails of every account of the organization (`members`), and they read its GetTrailStatus /
   * GetEventSelectors by its ARN. moto keeps a trail in its own account only.
   */
  organizationTrails?: { managementAccount: string; members: string[] }
}

const MOTO_DEFAULT_ACCOUNT = '123456789012'

export async function startAwsProxy(motoEndpoint: string, opts: AwsProxyOptions = {}): Promise<AwsProxy> {
  const target = new URL(motoEndpoint)
  const requests: ProxiedRequest[] = []
  let faults: Array<Fault & { left: number }> = []
  let metricFilterLock: Promise<void> = Promise.resolve()
  let hook: RequestHook | undefined
  const delays = new Set<{ timer: NodeJS.Timeout; resolve: () => void }>()
  /** Access key id → account, from the AssumeRole answers that went through. */
  const keyAccounts = new Map<string, string>()
  const accountOf = (req: http.IncomingMessage): string => {
    const header = req.headers['x-moto-account-id']
    if (header) return String(header)
    const key = /Credential=([^/]+)\//.exec(String(req.headers.authorization ?? ''))?.[1]
    return (key && keyAccounts.get(key)) || MOTO_DEFAULT_ACCOUNT
  }
  let endlessBytes = 0

  /** A well-formed start of the operation's answer, then the same element again and again, never closed. */
  const endless = (p: Parsed, status: number, res: http.ServerResponse) => {
    const json = p.protocol === 'json'
    const head = json ? '{"items":[' : `<${p.operation}Response><${p.operation}Result><member>`
    const chunk = Buffer.from(
      (json
        ? '{"name":"x","value":"0123456789abcdef"},'
        : '<entry><key>x</key><value>0123456789</value></entry>'
      ).repeat(1024)
    )
    res.writeHead(status, { 'content-type': json ? 'application/x-amz-json-1.1' : 'text/xml' })
    res.write(head)
    const pump = () => {
      while (!res.destroyed && !res.writableEnded) {
        endlessBytes += chunk.length
        if (!res.write(chunk)) return void res.once('drain', pump)
      }
    }
    pump()
  }

  const forward = (
    req: http.IncomingMessage,
    body: Buffer,
    headers = req.headers,
    path = req.url
  ): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> =>
    new Promise((resolve, reject) => {
      const up = http.request(
        {
          host: target.hostname,
          port: target.port,
          path,
          method: req.method,
          headers: { ...headers, host: target.host, 'content-length': String(body.length) }
        },
        (res) => {
          const parts: Buffer[] = []
          res.on('data', (c: Buffer) => parts.push(c))
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 500, headers: res.headers, body: Buffer.concat(parts) })
          )
          res.on('error', reject)
        }
      )
      up.on('error', reject)
      up.end(body)
    })

  /** A member's view of the management account's organization trails (see AwsProxyOptions.organizationTrails). */
  const organizationTrailView = async (
    req: http.IncomingMessage,
    body: Buffer,
    operation: string,
    management: string
  ): Promise<Awaited<ReturnType<typeof forward>>> => {
    const asManagement = { ...req.headers, 'x-moto-account-id': management }
    if (operation === 'GetTrailStatus' || operation === 'GetEventSelectors') {
      const input = JSON.parse(body.toString('utf8')) as { Name?: string; TrailName?: string }
      const name = input.Name ?? input.TrailName ?? ''
      return name.startsWith(`arn:`) && name.split(':')[4] === management
        ? forward(req, body, asManagement)
        : forward(req, body)
    }
    const own = await forward(req, body)
    if (operation !== 'DescribeTrails' || own.status !== 200) return own
    const theirs = await forward(req, body, asManagement)
    type Trails = { trailList?: Array<{ TrailARN?: string; IsOrganizationTrail?: boolean }> }
    const mine = JSON.parse(own.body.toString('utf8')) as Trails
    const org =
      (JSON.parse(theirs.body.toString('utf8')) as Trails).trailList?.filter((t) => t.IsOrganizationTrail) ?? []
    mine.trailList = [...(mine.trailList ?? []), ...org]
    return { ...own, body: Buffer.from(JSON.stringify(mine)) }
  }

  const server = http.createServer((req, res) => {
    const startedAt = performance.now()
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', async () => {
      const body = Buffer.concat(chunks)
      const text = body.toString('utf8')
      const parsed = parseRequest(req, text)
      const record: ProxiedRequest = {
        service: parsed.service,
        operation: parsed.operation,
        protocol: parsed.protocol,
        account: accountOf(req),
        startedAt
      }
      const roleArn = /(?:^|&)RoleArn=([^&]+)/.exec(text)?.[1]
      if (roleArn) record.roleArn = decodeURIComponent(roleArn)
      requests.push(record)
      // The answer's end, as the client sees it (an answer cut by a fault or a reset never ends).
      res.once('finish', () => {
        if (!res.destroyed || res.writableFinished) record.endedAt = performance.now()
      })
      if (hook) {
        await hook(record, 'request')
        if (req.socket.destroyed) return // the client is gone (a test killed it): the request never reaches moto
      }
      const fault = faults.find(
        (f) => f.left > 0 && (f.operation === '*' || f.operation === parsed.operation) && (!f.when || f.when(record))
      )
      if (fault) {
        fault.left--
        record.faulted = fault.kind
        if (fault.kind === 'reset') {
          req.socket.destroy()
          return
        }
        if (fault.kind === 'endless') {
          endless(parsed, fault.status ?? 200, res)
          return
        }
        if (fault.kind === 'latency') {
          await new Promise<void>((resolve) => {
            const entry = { resolve, timer: setTimeout(() => (delays.delete(entry), resolve()), fault.delayMs ?? 500) }
            delays.add(entry)
          })
          if (req.socket.destroyed) return
        } else if (fault.kind !== 'truncate' && fault.kind !== 'short-body' && fault.kind !== 'reset-after') {
          const e = errorResponse(parsed, fault.kind)
          res.writeHead(e.status, { ...e.headers, 'content-length': String(Buffer.byteLength(e.body)) })
          res.end(e.body)
          return
        }
      }
      const stub = opts.stubResponse?.(record, body.toString('utf8'))
      if (stub) {
        const headers = {
          'content-type': parsed.protocol === 'json' ? 'application/x-amz-json-1.1' : 'text/xml',
          'x-amzn-requestid': '8f3c2f4e-0000-4000-8000-00000000stub',
          ...stub.headers
        }
        res.writeHead(stub.status ?? 200, { ...headers, 'content-length': String(Buffer.byteLength(stub.body)) })
        res.end(stub.body)
        return
      }
      try {
        let upstream
        if (opts.awsMetricFilterSemantics && parsed.operation === 'PutMetricFilter' && parsed.target) {
          // AWS semantics: replace the same-named filter. Serialized so two callers cannot both append.
          const run = metricFilterLock.then(async () => {
            const { logGroupName, filterName } = JSON.parse(body.toString('utf8')) as {
              logGroupName: string
              filterName: string
            }
            const del = Buffer.from(JSON.stringify({ logGroupName, filterName }))
            requests.push({
              service: parsed.service,
              operation: 'DeleteMetricFilter',
              protocol: 'json',
              internal: true,
              account: record.account,
              startedAt: performance.now()
            })
            await forward(req, del, {
              ...req.headers,
              'x-amz-target': parsed.target!.replace('PutMetricFilter', 'DeleteMetricFilter')
            })
            return forward(req, body)
          })
          metricFilterLock = run.then(
            () => undefined,
            () => undefined
          )
          upstream = await run
        } else if (opts.organizationTrails?.members.includes(record.account) && parsed.target) {
          upstream = await organizationTrailView(req, body, parsed.operation, opts.organizationTrails.managementAccount)
        } else {
          upstream = await forward(req, body)
        }
        if (parsed.operation.startsWith('AssumeRole') && upstream.status === 200) {
          const text = upstream.body.toString('utf8')
          const key = /<AccessKeyId>([^<]+)<\/AccessKeyId>/.exec(text)?.[1]
          const account = /<Arn>arn:[^:]+:sts::(\d{12}):assumed-role\//.exec(text)?.[1]
          if (key && account) keyAccounts.set(key, account)
        }
        if (opts.rewriteResponse)
          upstream.body = Buffer.from(opts.rewriteResponse(record, upstream.body.toString('utf8')))
        const headers = { ...upstream.headers }
        delete headers['content-length']
        delete headers['transfer-encoding']
        if (hook) await hook(record, 'response')
        if (fault?.kind === 'reset-after') {
          req.socket.destroy()
          return
        }
        if (fault?.kind === 'short-body') {
          const half = upstream.body.subarray(0, Math.floor(upstream.body.length / 2))
          res.writeHead(upstream.status, { ...headers, 'content-length': String(half.length) })
          res.end(half)
          return
        }
        if (fault?.kind === 'truncate') {
          // Promise the whole body, send half of it, then cut the connection.
          res.writeHead(upstream.status, { ...headers, 'content-length': String(upstream.body.length) })
          res.write(upstream.body.subarray(0, Math.floor(upstream.body.length / 2)))
          res.socket?.destroy()
          return
        }
        res.writeHead(upstream.status, { ...headers, 'content-length': String(upstream.body.length) })
        res.end(upstream.body)
      } catch (error) {
        if (res.headersSent || res.destroyed) return
        res.writeHead(502)
        res.end(String(error))
      }
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  return {
    endpoint: `http://127.0.0.1:${port}`,
    requests,
    endlessBytes: () => endlessBytes,
    addFault: (f) => faults.push({ ...f, left: f.count ?? 1 }),
    clearFaults: () => {
      faults = []
    },
    writes: () => requests.filter((r) => !r.internal && WRITE.test(r.operation)),
    setHook: (h) => {
      hook = h
    },
    close: () =>
      new Promise((resolve) => {
        for (const d of delays) {
          clearTimeout(d.timer)
          d.resolve()
        }
        delays.clear()
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}
