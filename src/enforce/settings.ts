// The inputs enforce uses, validated before any AWS call (same rules and error shape as src/settings.ts).
import { DEFAULT_CONTROL } from '../controls/index.js'
import { InputError, parseBoolean, quoteValue, type InputReader } from '../input-rules.js'
import { redactEndpoint } from '../report/redact.js'

const DEFAULT_NAMES = DEFAULT_CONTROL.defaults

export type SubscriptionProtocol = 'email' | 'email-json' | 'http' | 'https' | 'sqs' | 'lambda' | 'sms' | 'application'

export interface WantedSubscription {
  protocol: SubscriptionProtocol
  endpoint: string
}

export interface EnforceSettings {
  dryRun: boolean
  metricFilterName: string
  metricName: string
  alarmName: string
  /** Exactly one of the two identifies the topic: an existing ARN, or a name to find or create. */
  snsTopicArn?: string
  snsTopicName: string
  subscriptions: WantedSubscription[]
  tags: Record<string, string>
  snsKmsKeyId?: string
}

export const MANAGED_BY_TAG = { key: 'managed-by', value: 'cmk-alarm-action' }

const FILTER_NAME = /^[^:*]{1,512}$/
const METRIC_NAME = /^[^:*$]{1,255}$/
const ALARM_NAME = /^[^\x00-\x1f\x7f]{1,255}$/
const TOPIC_NAME = /^[A-Za-z0-9_-]{1,256}$/
const TOPIC_ARN = /^arn:aws[a-z-]*:sns:[a-z0-9-]+:\d{12}:[A-Za-z0-9_-]{1,256}$/
const KMS_KEY =
  /^(arn:aws[a-z-]*:kms:[a-z0-9-]+:\d{12}:(key\/[\w-]+|alias\/[\w/-]+)|alias\/[\w/-]+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|mrk-[0-9a-f]{32})$/
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const ENDPOINT_RULES: Record<SubscriptionProtocol, { test: (e: string) => boolean; example: string }> = {
  email: { test: (e) => EMAIL.test(e), example: 'email:secops@example.com' },
  'email-json': { test: (e) => EMAIL.test(e), example: 'email-json:secops@example.com' },
  http: { test: (e) => isUrl(e, 'http:'), example: 'http:http://hooks.example.com/alarm' },
  https: { test: (e) => isUrl(e, 'https:'), example: 'https:https://hooks.example.com/alarm' },
  sqs: {
    test: (e) => /^arn:aws[a-z-]*:sqs:[a-z0-9-]+:\d{12}:[\w-]{1,80}$/.test(e),
    example: 'sqs:arn:aws:sqs:us-east-1:123456789012:alarms'
  },
  lambda: {
    test: (e) => /^arn:aws[a-z-]*:lambda:[a-z0-9-]+:\d{12}:function:[\w-]{1,64}(:[\w$-]+)?$/.test(e),
    example: 'lambda:arn:aws:lambda:us-east-1:123456789012:function:notify'
  },
  sms: { test: (e) => /^\+[1-9]\d{6,14}$/.test(e), example: 'sms:+14155550100' },
  application: {
    test: (e) => /^arn:aws[a-z-]*:sns:[a-z0-9-]+:\d{12}:endpoint\/.+$/.test(e),
    example: 'application:arn:aws:sns:us-east-1:123456789012:endpoint/GCM/app/id'
  }
}

function isUrl(text: string, protocol: string): boolean {
  try {
    const url = new URL(text)
    return url.protocol === protocol && url.hostname.length > 0
  } catch {
    return false
  }
}

function lines(raw: string): string[] {
  return raw
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'))
}

function checked(input: string, value: string, rule: RegExp, problem: string, example: string): string {
  if (!rule.test(value)) throw new InputError(input, `${problem} (got ${quoteValue(value)})`, example)
  return value
}

export function parseSubscriptions(raw: string): WantedSubscription[] {
  const out: WantedSubscription[] = []
  for (const line of lines(raw)) {
    const colon = line.indexOf(':')
    const protocol = line.slice(0, colon) as SubscriptionProtocol
    const endpoint = line.slice(colon + 1).trim()
    const rule = ENDPOINT_RULES[protocol]
    if (colon < 1 || !rule) {
      throw new InputError(
        'subscriptions',
        // The endpoint is not quoted back: it may be an address or a URL with a token in it.
        `has a line without a known protocol (got ${colon < 1 ? 'no "protocol:"' : quoteValue(`${protocol}:`)}); one protocol:endpoint a line, protocol one of ${Object.keys(ENDPOINT_RULES).join(', ')}`,
        'email:secops@example.com'
      )
    }
    if (!rule.test(endpoint)) {
      // Quoted redacted, as every public output shows endpoints: an address or a URL's credentials are not echoed.
      throw new InputError(
        'subscriptions',
        `has a malformed ${protocol} endpoint (got ${quoteValue(redactEndpoint(protocol, endpoint))}, redacted)`,
        rule.example
      )
    }
    if (!out.some((s) => s.protocol === protocol && s.endpoint === endpoint)) out.push({ protocol, endpoint })
  }
  return out
}

export function parseTags(raw: string): Record<string, string> {
  const tags: Record<string, string> = {}
  for (const line of lines(raw)) {
    const eq = line.indexOf('=')
    const key = eq > 0 ? line.slice(0, eq).trim() : ''
    const value = eq > 0 ? line.slice(eq + 1).trim() : ''
    if (
      !key ||
      key.length > 128 ||
      value.length > 256 ||
      key.toLowerCase().startsWith('aws:') ||
      !/^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u.test(key + value)
    ) {
      throw new InputError(
        'tags',
        `has an invalid line ${quoteValue(line)}: one key=value a line, key 1-128 and value 0-256 of letters, digits, spaces and _.:/=+-@, key not starting with aws:`,
        'team=security'
      )
    }
    if (key === MANAGED_BY_TAG.key)
      throw new InputError(
        'tags',
        `must not set ${MANAGED_BY_TAG.key}: the action sets it to mark what it owns`,
        'team=security'
      )
    tags[key] = value
  }
  return tags
}

export function parseEnforceSettings(get: InputReader): EnforceSettings {
  const dryRun = parseBoolean('dry-run', get('dry-run'), false)
  const metricFilterName = checked(
    'metric-filter-name',
    get('metric-filter-name') || DEFAULT_NAMES.filterName,
    FILTER_NAME,
    'must be 1-512 characters without ":" or "*"',
    DEFAULT_NAMES.filterName
  )
  const metricName = checked(
    'metric-name',
    get('metric-name') || DEFAULT_NAMES.metricName,
    METRIC_NAME,
    'must be 1-255 characters without ":", "*" or "$"',
    DEFAULT_NAMES.metricName
  )
  const alarmName = checked(
    'alarm-name',
    get('alarm-name') || DEFAULT_NAMES.alarmName,
    ALARM_NAME,
    'must be 1-255 characters with no control characters',
    DEFAULT_NAMES.alarmName
  )
  const rawTopicArn = get('sns-topic-arn')
  const rawTopicName = get('sns-topic-name')
  if (rawTopicArn && rawTopicName) {
    throw new InputError(
      'sns-topic-arn',
      'conflicts with sns-topic-name: give the ARN of an existing topic, or a name to find or create, not both',
      'arn:aws:sns:us-east-1:123456789012:security-alerts'
    )
  }
  const snsTopicArn = rawTopicArn
    ? checked(
        'sns-topic-arn',
        rawTopicArn,
        TOPIC_ARN,
        'must be the ARN of a standard SNS topic',
        'arn:aws:sns:us-east-1:123456789012:security-alerts'
      )
    : undefined
  const snsTopicName = checked(
    'sns-topic-name',
    rawTopicName || DEFAULT_NAMES.topicName,
    TOPIC_NAME,
    'must be 1-256 letters, digits, - or _ (a standard topic: CloudWatch alarms cannot notify FIFO topics)',
    DEFAULT_NAMES.topicName
  )
  const rawKey = get('sns-kms-key-id') || undefined
  if (rawKey && /(^|[:/])alias\/aws\/sns$/.test(rawKey)) {
    throw new InputError(
      'sns-kms-key-id',
      'must not be alias/aws/sns: CloudWatch cannot use that AWS managed key, so alarm notifications would be silently dropped; use a customer managed key',
      'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab'
    )
  }
  const snsKmsKeyId = rawKey
    ? checked(
        'sns-kms-key-id',
        rawKey,
        KMS_KEY,
        'must be a KMS key id, key ARN, alias name or alias ARN',
        'alias/security-alerts'
      )
    : undefined
  return {
    dryRun,
    metricFilterName,
    metricName,
    alarmName,
    snsTopicArn,
    snsTopicName,
    subscriptions: parseSubscriptions(get('subscriptions')),
    tags: parseTags(get('tags')),
    snsKmsKeyId
  }
}
