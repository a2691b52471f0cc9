// STUB (moto auto-confirms every SNS subscription): a proxy in front of moto that rewrites
// ListSubscriptionsByTopic answers so every subscription reads as AWS lists an unconfirmed one ("PendingConfirmation").
import http from 'node:http'

export interface PendingSubscriptionProxy {
  endpoint: string
  close(): Promise<void>
}

export async function startPendingSubscriptionProxy(motoEndpoint: string): Promise<PendingSubscriptionProxy> {
  const target = new URL(motoEndpoint)
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const body = Buffer.concat(chunks)
      const upstream = http.request(
        { host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers },
        (up) => {
          const parts: Buffer[] = []
          up.on('data', (c: Buffer) => parts.push(c))
          up.on('end', () => {
            let text = Buffer.concat(parts).toString('utf8')
            if (body.toString('utf8').includes('Action=ListSubscriptionsByTopic')) {
              text = text.replace(/<SubscriptionArn>arn:[^<]*<\/SubscriptionArn>/g, '<SubscriptionArn>PendingConfirmation</SubscriptionArn>')
            }
            const headers = { ...up.headers }
            delete headers['content-length']
            res.writeHead(up.statusCode ?? 500, headers)
            res.end(text)
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
  const address = server.address() as { port: number }
  return {
    endpoint: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve()))
  }
}
