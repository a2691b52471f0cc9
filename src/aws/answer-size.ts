// A bound on the size of every AWS answer. The SDK reads a whole answer body into memory before parsing it, so an
// endless or huge body (a hostile endpoint, a broken proxy) would grow the step's memory without end. Every AWS client
// of the tool (src/aws/clients.ts, and the STS client of src/auth) is built with this request handler: it stops
// reading a body past MAX_ANSWER_BYTES and fails the call with AnswerTooLarge, which the retry toolkit never retries
// and src/aws/errors.ts reports as `manual`, naming the call.
import { Transform, pipeline, type TransformCallback } from 'node:stream'
import type { IncomingMessage } from 'node:http'
import { NodeHttpHandler } from '@smithy/node-http-handler'

/**
 * 8 MiB. The largest answers the tool asks for are far smaller: a page of DescribeMetricFilters holds at most 50
 * filters of at most 1,024-character patterns, a topic's attributes hold a policy of at most 30 KiB, a page of
 * subscriptions or alarms at most 100 entries.
 */
export const MAX_ANSWER_BYTES = 8 * 1024 * 1024

/** An answer body larger than the bound: the call fails, nothing of the body is shown, and it is not tried again. */
export class AnswerTooLarge extends Error {
  constructor(readonly limitBytes: number) {
    super(`the answer was larger than ${formatBytes(limitBytes)} and was not read further`)
    this.name = 'AnswerTooLarge'
  }
}

export function isAnswerTooLarge(error: unknown): boolean {
  return error instanceof AnswerTooLarge || (error as { name?: unknown } | undefined)?.name === 'AnswerTooLarge'
}

export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MiB` : `${bytes} bytes`
}

/** Passes bytes through until `limit`, then fails with AnswerTooLarge. */
class ByteLimit extends Transform {
  private seen = 0
  constructor(private readonly limit: number) {
    super()
  }
  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.seen += chunk.length
    if (this.seen > this.limit) callback(new AnswerTooLarge(this.limit))
    else callback(null, chunk)
  }
}

/** The SDK's own Node.js handler, with every answer body bounded to `limit` bytes. */
export class BoundedHttpHandler {
  readonly metadata: { handlerProtocol: string }
  private readonly inner: NodeHttpHandler

  constructor(
    private readonly limit: number = MAX_ANSWER_BYTES,
    inner?: NodeHttpHandler
  ) {
    this.inner = inner ?? new NodeHttpHandler()
    this.metadata = this.inner.metadata
  }

  async handle(...args: Parameters<NodeHttpHandler['handle']>): ReturnType<NodeHttpHandler['handle']> {
    const [request, options] = args
    const { response } = await this.inner.handle(request, options)
    const body = response.body as IncomingMessage | undefined
    if (!body || typeof body.pipe !== 'function') return { response }
    const length = Number(response.headers?.['content-length'] ?? NaN)
    if (length > this.limit) {
      body.destroy()
      throw new AnswerTooLarge(this.limit)
    }
    // pipeline: an error of the socket (an abort at the time budget, a reset) reaches the bounded stream, and a
    // bounded stream that gives up destroys the socket, so nothing more is read.
    const bounded = new ByteLimit(this.limit)
    pipeline(body, bounded, () => {})
    response.body = bounded
    return { response }
  }

  updateHttpClientConfig(...args: Parameters<NodeHttpHandler['updateHttpClientConfig']>): void {
    this.inner.updateHttpClientConfig(...args)
  }

  httpHandlerConfigs(): ReturnType<NodeHttpHandler['httpHandlerConfigs']> {
    return this.inner.httpHandlerConfigs()
  }

  destroy(): void {
    this.inner.destroy()
  }
}
