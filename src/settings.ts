// Every input, parsed and validated into one typed object before any AWS call. An error names the input, the rule
// it breaks and an example of a good value.

export type Mode = 'verify' | 'enforce'
export type FailOn = 'fail' | 'manual' | 'never'
export type PatternPolicy = 'semantic' | 'security-hub'

export interface Settings {
  mode: Mode
  region: string
  logGroupName?: string
  metricNamespace: string
  failOn: FailOn
  sarifFile?: string
  patternPolicy: PatternPolicy
}

export class InputError extends Error {
  constructor(
    readonly input: string,
    problem: string,
    example: string
  ) {
    super(`Input "${input}" ${problem}. Example of a good value: ${example}`)
    this.name = 'InputError'
  }
}

/** Reads one raw input by its action.yml name; returns '' when unset. */
export type InputReader = (name: string) => string

const REGION = /^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d{1,2}$/
// CloudWatch Logs: 1-512 characters of a-z, A-Z, 0-9, '_', '-', '/', '.', '#'.
const LOG_GROUP_NAME = /^[\w\-/.#]{1,512}$/
// CloudWatch: a namespace is 1-255 characters, printable ASCII, not starting with a colon or "AWS/".
const NAMESPACE = /^[\x20-\x7e]{1,255}$/

function oneOf<T extends string>(input: string, raw: string, allowed: readonly T[], fallback: T): T {
  const value = raw === '' ? fallback : raw
  if (!(allowed as readonly string[]).includes(value)) {
    throw new InputError(input, `must be one of ${allowed.join(', ')} (got ${JSON.stringify(raw)})`, allowed[0])
  }
  return value as T
}

export function parseSettings(get: InputReader, env: NodeJS.ProcessEnv = process.env): Settings {
  const mode = oneOf('mode', get('mode'), ['verify', 'enforce'] as const, 'verify')
  const region = get('aws-region') || env.AWS_REGION || env.AWS_DEFAULT_REGION || ''
  if (!region) {
    throw new InputError('aws-region', 'is required (or set AWS_REGION)', 'us-east-1')
  }
  if (!REGION.test(region)) {
    throw new InputError('aws-region', `must be an AWS region code (got ${JSON.stringify(region)})`, 'eu-west-1')
  }
  const logGroupName = get('log-group-name') || undefined
  if (logGroupName !== undefined && !LOG_GROUP_NAME.test(logGroupName)) {
    throw new InputError(
      'log-group-name',
      'must be 1-512 characters of letters, digits, and _ - / . # (a log group name, not an ARN)',
      'aws-cloudtrail-logs-123456789012'
    )
  }
  const metricNamespace = get('metric-namespace') || 'CISBenchmark'
  if (!NAMESPACE.test(metricNamespace) || metricNamespace.startsWith(':') || metricNamespace.startsWith('AWS/')) {
    throw new InputError(
      'metric-namespace',
      'must be 1-255 printable ASCII characters, not starting with ":" or "AWS/"',
      'CISBenchmark'
    )
  }
  const failOn = oneOf('fail-on', get('fail-on'), ['fail', 'manual', 'never'] as const, 'fail')
  const sarifFile = get('sarif-file') || undefined
  if (sarifFile !== undefined && (sarifFile.includes('\0') || sarifFile.endsWith('/'))) {
    throw new InputError('sarif-file', 'must be a file path', 'results/cmk-alarm.sarif')
  }
  const patternPolicy = oneOf('pattern-policy', get('pattern-policy'), ['semantic', 'security-hub'] as const, 'semantic')
  return { mode, region, logGroupName, metricNamespace, failOn, sarifFile, patternPolicy }
}
