// A local stand-in for the GitHub REST API's pull-request comment endpoints (list, create, update), on a loopback
// port: enough for the sticky comment, with the answers GitHub gives (201, 200, 403 for a read-only token).
import http from 'node:http'

export interface StubComment {
  id: number
  body: string
  html_url: string
}

export interface GitHubStub {
  /** Base URL to use as GITHUB_API_URL. */
  url: string
  /** Comments per pull request number. */
  comments: Map<number, StubComment[]>
  /** Every request: method, path (with query) and the authorization header. */
  requests: { method: string; path: string; authorization?: string }[]
  /** Answer every write with this status instead (e.g. 403, as for a fork's read-only token). */
  refuseWrites?: number
  close(): Promise<void>
}

export async function startGitHubStub(repository = 'octo-org/infra'): Promise<GitHubStub> {
  let nextId = 1000
  const stub = { comments: new Map<number, StubComment[]>(), requests: [] } as unknown as GitHubStub
  const server = http.createServer((req, res) => {
    let raw = ''
    req.on('data', (c: Buffer) => (raw += c.toString()))
    req.on('end', () => {
      stub.requests.push({ method: req.method ?? '', path: req.url ?? '', authorization: req.headers.authorization })
      const url = new URL(req.url ?? '/', 'http://stub')
      const send = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' })
        res.end(JSON.stringify(body))
      }
      const list = /^\/repos\/([^/]+\/[^/]+)\/issues\/(\d+)\/comments$/.exec(url.pathname)
      const one = /^\/repos\/([^/]+\/[^/]+)\/issues\/comments\/(\d+)$/.exec(url.pathname)
      if ((list?.[1] ?? one?.[1]) !== repository) return send(404, { message: 'Not Found' })
      if (req.method !== 'GET' && stub.refuseWrites)
        return send(stub.refuseWrites, { message: 'Resource not accessible by integration' })
      if (list && req.method === 'GET') {
        const all = stub.comments.get(Number(list[2])) ?? []
        const perPage = Number(url.searchParams.get('per_page') ?? 30)
        const page = Number(url.searchParams.get('page') ?? 1)
        return send(200, all.slice((page - 1) * perPage, page * perPage))
      }
      if (list && req.method === 'POST') {
        const comment = { id: nextId++, body: (JSON.parse(raw) as { body: string }).body, html_url: '' }
        comment.html_url = `https://github.example/${repository}/pull/${list[2]}#issuecomment-${comment.id}`
        stub.comments.set(Number(list[2]), [...(stub.comments.get(Number(list[2])) ?? []), comment])
        return send(201, comment)
      }
      if (one && req.method === 'PATCH') {
        for (const comments of stub.comments.values()) {
          const comment = comments.find((c) => c.id === Number(one[2]))
          if (comment) {
            comment.body = (JSON.parse(raw) as { body: string }).body
            return send(200, comment)
          }
        }
        return send(404, { message: 'Not Found' })
      }
      return send(404, { message: 'Not Found' })
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  stub.url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
  stub.close = () => new Promise((resolve) => server.close(() => resolve()))
  return stub
}
