// Every input, parsed and validated into one typed object before any AWS call. An error names the input, the rule
// it breaks and an example of a good value. The action reads inputs from action.yml's names; the CLI maps its flags
// to the same names, so both get the same rules and the same messages.
import { SESSION_NAME, defaultSessionName } from './auth/session-name.js'
import { DEFAULT_CONTROL } from './controls/index.js'
import type { ResourceNames } from './controls/types.js'
import { parseEnforceSettings, type EnforceSettings } from './enforce/settings.js'
import { isEstate, parseEstateSettings, type EstateSettings } from './estate/settings.js'
import { InputError, oneOf, parseBoolean, parseWholeNumber, quoteValue, type InputReader } from './input-rules.js'
import { resolveOutputFile } from './output-file.js'

export { InputError, parseBoolean, quoteValue, type InputReader } from './input-rules.js'

export const MODES = ['verify', 'enforce', 'iac'] as const
export type Mode = (typeof MODES)[number]
export type FailOn = 'fail' | 'manual' | 'never'
export type PatternPolicy = 'semantic' | 'security-hub'

/** The action's modes: the run's, and the first and last jobs of the matrix workflow (src/estate). */
export const ACTION_MODES = [...MODES, 'merge', 'matrix'] as const
export type ActionMode = (typeof ACTION_MODES)[number]

/** The action's `mode` input, matrix workflow modes included. */
export function parseActionMode(raw: string): ActionMode {
  return oneOf('mode', raw, ACTION_MODES, 'verify')
}

export interface Settings {
  region: string
  logGroupName?: string
  metricNamespace: string
  failOn: FailOn
  sarifFile?: string
  /** sarif-file resolved inside `workspace`: validated before any AWS call, written with src/output-file.ts. */
  sarifPath?: string
  /** The directory files are written in: GITHUB_WORKSPACE for the action, the current directory for the CLI. */
  workspace: string
  patternPolicy: PatternPolicy
  /** The role to assume (GitHub OIDC, or AssumeRole with roleChaining); undefined: the SDK's default credential chain. */
  roleToAssume?: string
  roleSessionName: string
  roleDurationSeconds: number
  /** Audience of the GitHub OIDC token. */
  audience: string
  /** Without the OIDC variables, assume the role with the current credentials (STS AssumeRole). */
  roleChaining: boolean
  /** Mask the account id in the log (core.setSecret) before anything prints it. */
  maskAccountId: boolean
  /** The run's time budget for AWS calls (reads, retries, writes); what is left undone then is reported manual. */
  timeoutSeconds: number
  /**
   * SARIF `automationDetails.id` of each run: `{account}` and `{region}` are filled in per account and region, so
   * uploads of several accounts or regions never replace each other in code scanning.
   */
  sarifCategory: string
  /** The names enforce gives what it creates, and verify's fix commands use. */
  names: ResourceNames
  /** Enforce's own inputs (validated in every mode, so a typo fails before any AWS call). */
  enforce: EnforceSettings
  /** `mode: iac`'s own inputs. */
  iac: IacSettings
  /** The targets of a run over many accounts and regions, and the matrix workflow's inputs (src/estate). */
  estate: EstateSettings
  /** After verify: set the passing chain's alarm to ALARM, watch the notification be delivered, set it back. */
  fireDrill: boolean
  /** After verify: ask AWS's filter evaluator (TestMetricFilter) about the events the coverage judgement rests on. */
  crossCheck: boolean
  /** Who runs the check, as the fire drill's state reason names it: the workflow run's URL, or the CLI. */
  runName: string
}

export interface IacSettings {
  /** Files, folders or globs of infrastructure code, relative to the workspace. */
  paths: string[]
  /** Post (or update) the sticky pull-request comment on pull_request events. */
  prComment: boolean
  /** The token that may comment (`github-token`, default the job's GITHUB_TOKEN). */
  githubToken?: string
}

export interface ParseOptions {
  /** `iac` reads code, not an account: no region is needed. */
  mode?: Mode
  /** Where files are written (sarif-file): default GITHUB_WORKSPACE, else the current directory (the CLI's). */
  workspace?: string
}

/** `paths`: one file, folder or glob a line, inside the workspace. */
function parsePaths(raw: string): string[] {
  const lines = raw
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'))
  for (const line of lines) {
    if (
      /[\x00-\x1f\x7f]/.test(line) ||
      line.startsWith('/') ||
      /^[A-Za-z]:[\\/]/.test(line) ||
      line.split(/[\\/]/).includes('..')
    ) {
      throw new InputError(
        'paths',
        `must be files, folders or globs inside the workspace, one a line, without ".." or an absolute path (got ${quoteValue(line)})`,
        'infra/'
      )
    }
  }
  return lines.length > 0 ? lines : ['.']
}

export const DEFAULT_SARIF_CATEGORY = 'cmk-alarm/{account}/{region}'
// GitHub takes any text as a category; control characters and more than 255 characters have no business in one.
const SARIF_CATEGORY = /^[\x20-\x7e]{1,255}$/

export const DEFAULT_TIMEOUT_SECONDS = 300

const REGION = /^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d{1,2}$/
// CloudWatch Logs: 1-512 characters of a-z, A-Z, 0-9, '_', '-', '/', '.', '#'.
const LOG_GROUP_NAME = /^[\w\-/.#]{1,512}$/
// CloudWatch: a namespace is 1-255 characters, printable ASCII, not starting with a colon or "AWS/"; a metric filter's
// metricNamespace (where enforce puts it) also excludes ":", "*" and "$".
const NAMESPACE = /^[\x20-\x7e]{1,255}$/

// IAM: arn:<partition>:iam::<12 digits>:role/<optional /path/><name of 1-64 of [\w+=,.@-]>.
const ROLE_ARN = /^arn:(aws[-a-z]*):iam::(\d{12}):role\/(?:[\x21-\x7e]*\/)?[\w+=,.@-]{1,64}$/
const ROLE_EXAMPLE = 'arn:aws:iam::123456789012:role/cmk-alarm-verify'
// An OIDC audience (the IAM OIDC provider's client id): 1-255 printable ASCII characters, no spaces.
const AUDIENCE = /^[\x21-\x7e]{1,255}$/

/** The AWS partition a region belongs to. */
export function partitionOfRegion(region: string): string {
  if (region.startsWith('cn-')) return 'aws-cn'
  if (region.startsWith('us-gov-')) return 'aws-us-gov'
  if (region.startsWith('us-isob-')) return 'aws-iso-b'
  if (region.startsWith('us-iso-')) return 'aws-iso'
  return 'aws'
}

function parseRoleArn(raw: string, region: string): string | undefined {
  const value = raw.trim()
  if (value === '') return undefined
  const match = ROLE_ARN.exec(value)
  if (!match) {
    const hint = !value.startsWith('arn:')
      ? ' (a full role ARN, not only the role name)'
      : /:(assumed-role|user|group|policy|oidc-provider)\//.test(value)
        ? ' (the ARN of an IAM role, not of a user, policy, provider or assumed-role session)'
        : ''
    throw new InputError(
      'role-to-assume',
      `must be an IAM role ARN, arn:aws:iam::<12-digit account>:role/<name>${hint} (got ${JSON.stringify(raw)})`,
      ROLE_EXAMPLE
    )
  }
  const partition = partitionOfRegion(region)
  if (match[1] !== partition) {
    throw new InputError(
      'role-to-assume',
      `is in partition ${match[1]} but aws-region ${region} is in partition ${partition}: the role must be in the region's partition`,
      `arn:${partition}:iam::123456789012:role/cmk-alarm-verify`
    )
  }
  return value
}

function parseDuration(raw: string): number {
  const value = raw.trim()
  if (value === '') return 3600
  const seconds = /^\d{1,6}$/.test(value) ? Number(value) : NaN
  if (!(seconds >= 900 && seconds <= 43200)) {
    throw new InputError(
      'role-duration-seconds',
      `must be a whole number of seconds from 900 to 43200 (got ${JSON.stringify(raw)})`,
      '3600'
    )
  }
  return seconds
}

export function parseSettings(
  get: InputReader,
  env: NodeJS.ProcessEnv = process.env,
  options: ParseOptions = {}
): Settings {
  const region = get('aws-region') || env.AWS_REGION || env.AWS_DEFAULT_REGION || ''
  if (!region && options.mode !== 'iac') {
    const why = get('role-to-assume') ? ': the role is assumed through the regional STS endpoint of this region' : ''
    throw new InputError('aws-region', `is required (or set AWS_REGION)${why}`, 'us-east-1')
  }
  if (region && !REGION.test(region)) {
    throw new InputError('aws-region', `must be an AWS region code (got ${JSON.stringify(region)})`, 'eu-west-1')
  }
  const logGroupName = get('log-group-name') || undefined
  if (logGroupName !== undefined && !LOG_GROUP_NAME.test(logGroupName)) {
    throw new InputError(
      'log-group-name',
      `must be 1-512 characters of letters, digits, and _ - / . # (a log group name, not an ARN) (got ${quoteValue(logGroupName)})`,
      'aws-cloudtrail-logs-123456789012'
    )
  }
  const metricNamespace = get('metric-namespace') || DEFAULT_CONTROL.defaults.metricNamespace
  if (!NAMESPACE.test(metricNamespace) || metricNamespace.startsWith(':') || metricNamespace.startsWith('AWS/')) {
    throw new InputError(
      'metric-namespace',
      `must be 1-255 printable ASCII characters, not starting with ":" or "AWS/" (got ${quoteValue(metricNamespace)})`,
      'CISBenchmark'
    )
  }
  if (/[:*$]/.test(metricNamespace)) {
    throw new InputError(
      'metric-namespace',
      `must be without ":", "*" or "$" (a metric filter's namespace) (got ${quoteValue(metricNamespace)})`,
      'CISBenchmark'
    )
  }
  const failOn = oneOf('fail-on', get('fail-on'), ['fail', 'manual', 'never'] as const, 'fail')
  const sarifFile = get('sarif-file') || undefined
  const workspace = options.workspace ?? env.GITHUB_WORKSPACE ?? process.cwd()
  const sarifPath = sarifFile === undefined ? undefined : resolveOutputFile('sarif-file', sarifFile, workspace)
  const patternPolicy = oneOf(
    'pattern-policy',
    get('pattern-policy'),
    ['semantic', 'security-hub'] as const,
    'semantic'
  )
  const roleToAssume = parseRoleArn(get('role-to-assume'), region)
  const roleSessionName = get('role-session-name').trim() || defaultSessionName(env)
  if (!SESSION_NAME.test(roleSessionName)) {
    throw new InputError(
      'role-session-name',
      `must be 2-64 characters of letters, digits and _ + = , . @ - (got ${JSON.stringify(roleSessionName)})`,
      'cmk-alarm-verify'
    )
  }
  const roleDurationSeconds = parseDuration(get('role-duration-seconds'))
  const audience = get('audience').trim() || 'sts.amazonaws.com'
  if (!AUDIENCE.test(audience)) {
    throw new InputError(
      'audience',
      `must be 1-255 printable ASCII characters without spaces (got ${quoteValue(audience)})`,
      'sts.amazonaws.com'
    )
  }
  const roleChaining = parseBoolean('role-chaining', get('role-chaining'), false)
  const maskAccountId = parseBoolean('mask-account-id', get('mask-account-id'), false)
  const timeoutSeconds = parseWholeNumber(
    'timeout-seconds',
    get('timeout-seconds'),
    10,
    3600,
    DEFAULT_TIMEOUT_SECONDS,
    'seconds'
  )
  const sarifCategory = get('sarif-category').trim() || DEFAULT_SARIF_CATEGORY
  if (!SARIF_CATEGORY.test(sarifCategory)) {
    throw new InputError(
      'sarif-category',
      `must be 1-255 printable ASCII characters (got ${quoteValue(sarifCategory)})`,
      DEFAULT_SARIF_CATEGORY
    )
  }
  const enforce = parseEnforceSettings(get)
  const estate = parseEstateSettings(get, { region, isRegion: (r) => REGION.test(r), partitionOf: partitionOfRegion })
  // report-file: the same rule as sarif-file (a file inside the workspace), checked before any AWS call.
  if (estate.reportFile !== undefined)
    estate.reportPath = resolveOutputFile('report-file', estate.reportFile, workspace)
  const names: ResourceNames = {
    filterName: enforce.metricFilterName,
    metricName: enforce.metricName,
    metricNamespace,
    alarmName: enforce.alarmName,
    topicName: enforce.snsTopicName
  }
  const fireDrill = parseBoolean('fire-drill', get('fire-drill'), false)
  const crossCheck = parseBoolean('cross-check', get('cross-check'), false)
  for (const [input, on] of [
    ['fire-drill', fireDrill],
    ['cross-check', crossCheck]
  ] as const) {
    if (on && options.mode === 'iac') {
      throw new InputError(
        input,
        'needs mode verify or enforce: it runs against the account after verify, and mode iac reads code with no AWS credentials',
        'false'
      )
    }
  }
  for (const [input, on] of [
    ['fire-drill', fireDrill],
    ['cross-check', crossCheck]
  ] as const) {
    if (on && isEstate(estate)) {
      throw new InputError(
        input,
        'runs on one account in one region: not with accounts, organization or regions (run it in each account and region)',
        'false'
      )
    }
  }
  if (fireDrill && enforce.dryRun) {
    throw new InputError(
      'fire-drill',
      'conflicts with dry-run: true (a dry run changes nothing, and the fire drill sets the state of an alarm)',
      'false'
    )
  }
  const iac: IacSettings = {
    paths: parsePaths(get('paths')),
    prComment: parseBoolean('pr-comment', get('pr-comment'), true),
    githubToken: get('github-token') || undefined
  }
  return {
    region,
    logGroupName,
    metricNamespace,
    failOn,
    sarifFile,
    sarifPath,
    workspace,
    patternPolicy,
    roleToAssume,
    roleSessionName,
    roleDurationSeconds,
    audience,
    roleChaining,
    maskAccountId,
    timeoutSeconds,
    sarifCategory,
    names,
    enforce,
    iac,
    estate,
    fireDrill,
    crossCheck,
    runName: runNameOf(env)
  }
}

/** The workflow run's URL (and attempt), or the CLI: what the fire drill's state reason names. */
function runNameOf(env: NodeJS.ProcessEnv): string {
  if (!env.GITHUB_RUN_ID || !env.GITHUB_REPOSITORY) return 'the cmk-alarm CLI'
  const server = env.GITHUB_SERVER_URL || 'https://github.com'
  const attempt = env.GITHUB_RUN_ATTEMPT && env.GITHUB_RUN_ATTEMPT !== '1' ? ` (attempt ${env.GITHUB_RUN_ATTEMPT})` : ''
  return `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}${attempt}`.replace(
    /[\x00-\x1f\x7f]/g,
    ''
  )
}
