// Every AWS answer is bounded (src/aws/answer-size.ts): an endless or huge body fails its call with a `manual` problem
// naming the call, after one request (never retried), with the memory it took bounded. A loopback server plays the
// hostile endpoint; the clients are the tool's own (src/aws/clients.ts) and the read is the account source's.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import http from 'node:http'
import { DescribeMetricFiltersCommand } from '@aws-sdk/client-cloudwatch-logs'
import { GetTopicAttributesCommand } from '@aws-sdk/client-sns'
import { AwsClients } from '../../src/aws/clients.js'
import { MAX_ANSWER_BYTES } from '../../src/aws/answer-size.js'
import { TimeBudget } from '../../src/aws/budget.js'
import { read } from '../../src/aws/read.js'

type Mode = 'endless' | 'endless-500' | 'announced' | 'just-under'

let server: http.Server
let mode: Mode = 'endless'
let requests = 0
let sentBytes = 0
const saved: Record<string, string | undefined> = {}

/** An answer body that never ends (or announces 1 GiB), written as fast as the client reads it. */
function answer(req: http.IncomingMessage, res: http.ServerResponse) {
  requests++
  req.resume()
  const json = !!req.headers['x-amz-target']
  const chunk = Buffer.from(
    json
      ? '{"filterName":"f","filterPattern":"x","metricTransformations":[]},'.repeat(1000)
      : '<member>x</member>'.repeat(3000)
  )
  const head = Buffer.from(json ? '{"metricFilters":[' : '<GetTopicAttributesResponse><Attributes>')
  const type = json ? 'application/x-amz-json-1.1' : 'text/xml'
  if (mode === 'announced') {
    res.writeHead(200, { 'content-type': type, 'content-length': String(1024 ** 3) })
    res.write(head)
    return
  }
  if (mode === 'just-under') {
    const body = JSON.stringify({
      metricFilters: [{ filterName: 'f', filterPattern: 'p'.repeat(MAX_ANSWER_BYTES - 200) }]
    })
    res.writeHead(200, { 'content-type': type, 'content-length': String(Buffer.byteLength(body)) })
    res.end(body)
    return
  }
  res.writeHead(mode === 'endless-500' ? 500 : 200, { 'content-type': type })
  res.write(head)
  const pump = () => {
    while (!res.destroyed) {
      sentBytes += chunk.length
      if (!res.write(chunk)) return void res.once('drain', pump)
    }
  }
  res.on('close', () => res.removeAllListeners('drain'))
  pump()
}

beforeAll(async () => {
  server = http.createServer(answer)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  for (const k of ['AWS_ENDPOINT_URL', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'CMK_ALARM_RETRY_BASE_MS'])
    saved[k] = process.env[k]
  Object.assign(process.env, {
    AWS_ENDPOINT_URL: `http://127.0.0.1:${port}`,
    AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
    AWS_SECRET_ACCESS_KEY: 'x',
    CMK_ALARM_RETRY_BASE_MS: '1'
  })
})
afterAll(async () => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k]
    else process.env[k] = v
  }
  server.closeAllConnections()
  await new Promise<void>((resolve) => server.close(() => resolve()))
})

async function readFilters(m: Mode) {
  mode = m
  requests = 0
  sentBytes = 0
  const clients = new AwsClients({ budget: new TimeBudget(30) })
  const started = Date.now()
  const result = await read(
    'logs:DescribeMetricFilters',
    () => clients.logs('us-east-1').send(new DescribeMetricFiltersCommand({ logGroupName: 'g' })),
    clients.budget
  )
  return { result, ms: Date.now() - started }
}

describe('an answer larger than the bound', () => {
  it.each<Mode>(['endless', 'endless-500', 'announced'])(
    'an %s answer fails the call after one request, named and manual, within seconds',
    async (m) => {
      const { result, ms } = await readFilters(m)
      expect(result.ok).toBe(false)
      if (result.ok) return
      expect(result.problem).toEqual({
        kind: 'error',
        action: 'logs:DescribeMetricFilters',
        message: 'logs:DescribeMetricFilters failed: the answer was larger than 8 MiB and was not read further'
      })
      expect(requests).toBe(1)
      expect(ms).toBeLessThan(5_000)
      // The socket is closed once the bound is reached: the server could not push much more than that.
      expect(sentBytes).toBeLessThan(MAX_ANSWER_BYTES * 4)
    }
  )

  it('an answer of the Query protocol (SNS) is bounded the same way', async () => {
    mode = 'endless'
    requests = 0
    const clients = new AwsClients({ budget: new TimeBudget(30) })
    const result = await read(
      'sns:GetTopicAttributes',
      () => clients.sns('us-east-1').send(new GetTopicAttributesCommand({ TopicArn: 'arn:aws:sns:us-east-1:1:t' })),
      clients.budget
    )
    expect(result).toMatchObject({
      ok: false,
      problem: { message: 'sns:GetTopicAttributes failed: the answer was larger than 8 MiB and was not read further' }
    })
    expect(requests).toBe(1)
  })

  it('an answer just under the bound is read whole', async () => {
    const { result } = await readFilters('just-under')
    expect(result.ok).toBe(true)
    if (result.ok) expect(result.value.metricFilters?.[0]?.filterPattern).toHaveLength(MAX_ANSWER_BYTES - 200)
  })
})
