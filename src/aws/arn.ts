// ARN parsing shared by discovery and evaluation.

export interface ParsedArn {
  partition: string
  service: string
  region: string
  account: string
  resource: string
}

export function parseArn(arn: string): ParsedArn | undefined {
  const parts = arn.split(':')
  if (parts.length < 6 || parts[0] !== 'arn') return undefined
  return {
    partition: parts[1],
    service: parts[2],
    region: parts[3],
    account: parts[4],
    resource: parts.slice(5).join(':')
  }
}

/** `arn:aws:logs:us-east-1:123456789012:log-group:NAME:*` → its parts (AWS appends `:*` in trail settings). */
export function parseLogGroupArn(
  arn: string
): { name: string; region: string; account: string; arn: string } | undefined {
  const parsed = parseArn(arn)
  if (!parsed || parsed.service !== 'logs' || !parsed.resource.startsWith('log-group:')) return undefined
  const name = parsed.resource.slice('log-group:'.length).replace(/:\*$/, '')
  if (!name) return undefined
  const bare = `arn:${parsed.partition}:logs:${parsed.region}:${parsed.account}:log-group:${name}`
  return { name, region: parsed.region, account: parsed.account, arn: bare }
}

export function isSnsTopicArn(arn: string): boolean {
  const parsed = parseArn(arn)
  return parsed?.service === 'sns' && parsed.resource.length > 0 && !parsed.resource.includes(':')
}
