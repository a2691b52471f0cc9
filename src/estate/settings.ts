// The inputs of a run over many accounts and regions (an "estate"), validated before any AWS call with the same rules
// and error shape as every other input (src/input-rules.ts): which accounts (a list, or the organization's), which
// regions, the role to assume in each account, how many targets at once, where to write the run report, and the
// reports to merge and the matrix chunk size of the matrix workflow.
import { InputError, parseBoolean, parseWholeNumber, quoteValue, type InputReader } from '../input-rules.js'

export interface EstateSettings {
  /** `accounts`: 12-digit ids, in the order given, without repeats. */
  accounts?: string[]
  /** `organization: true`: the ACTIVE accounts of the organization (organizations:ListAccounts). */
  organization: boolean
  /** `regions`; undefined: the run's region only. */
  regions?: string[]
  /** `member-role` as an ARN template with `{account}`, e.g. arn:aws:iam::{account}:role/cmk-alarm-verify. */
  memberRole?: string
  /** `max-concurrency`: targets checked at once. */
  maxConcurrency: number
  /** `report-file`: the whole run report as JSON, relative to the workspace. */
  reportFile?: string
  /** report-file resolved inside the workspace (src/settings.ts, with the rule of sarif-file). */
  reportPath?: string
  /** `reports` (mode merge): paths or globs of run reports, relative to the workspace. */
  reports: string[]
  /** `matrix-chunk-size` (mode matrix): accounts per matrix job. */
  matrixChunkSize: number
}

export const DEFAULT_MAX_CONCURRENCY = 20
export const MAX_CONCURRENCY = 256
export const DEFAULT_MATRIX_CHUNK_SIZE = 20
/** GitHub Actions runs at most 256 jobs of one matrix. */
export const MATRIX_MAX_JOBS = 256

const ACCOUNT = /^\d{12}$/
// IAM: a role name is 1-64 of [\w+=,.@-]; a path is /-separated segments of printable ASCII.
const ROLE_NAME = /^(?:[\w+=,.@-]+\/)*[\w+=,.@-]{1,64}$/
const ROLE_TEMPLATE = /^arn:(aws[-a-z]*):iam::\{account\}:role\/(?:[\w+=,.@-]+\/)*[\w+=,.@-]{1,64}$/
const ROLE_EXAMPLE = 'cmk-alarm-verify'

/** Items of a list input: comma, space or newline separated, without empty items or repeats. */
export function listItems(raw: string): string[] {
  return [
    ...new Set(
      raw
        .split(/[\s,]+/)
        .map((s) => s.trim())
        .filter(Boolean)
    )
  ]
}

function parseAccounts(raw: string): string[] | undefined {
  if (raw.trim() === '') return undefined
  const accounts = listItems(raw)
  const bad = accounts.find((a) => !ACCOUNT.test(a))
  if (bad !== undefined) {
    throw new InputError(
      'accounts',
      `must be 12-digit AWS account ids, separated by commas or newlines (got ${quoteValue(bad)})`,
      '111111111111,222222222222'
    )
  }
  return accounts
}

function parseRegions(
  raw: string,
  region: string,
  isRegion: (r: string) => boolean,
  partitionOf: (r: string) => string
) {
  if (raw.trim() === '') return undefined
  const regions = listItems(raw)
  for (const r of regions) {
    if (!isRegion(r)) {
      throw new InputError(
        'regions',
        `must be AWS region codes, separated by commas (got ${quoteValue(r)})`,
        'us-east-1,eu-west-1'
      )
    }
    if (partitionOf(r) !== partitionOf(region)) {
      throw new InputError(
        'regions',
        `has ${r}, in partition ${partitionOf(r)}, but aws-region ${region} is in partition ${partitionOf(region)}: one run reaches one partition`,
        region
      )
    }
  }
  return regions
}

/** A role name becomes the ARN template of that role in each account; an ARN must be a template with `{account}`. */
function parseMemberRole(raw: string, partition: string): string | undefined {
  const value = raw.trim()
  if (value === '') return undefined
  if (!value.startsWith('arn:')) {
    if (!ROLE_NAME.test(value)) {
      throw new InputError(
        'member-role',
        `must be a role name (1-64 of letters, digits and _+=,.@-, optionally after a path) or an ARN template with {account} (got ${quoteValue(value)})`,
        ROLE_EXAMPLE
      )
    }
    return `arn:${partition}:iam::{account}:role/${value}`
  }
  const match = ROLE_TEMPLATE.exec(value)
  if (!match) {
    const hint = /^arn:[^:]*:iam::\d{12}:/.test(value)
      ? ': put {account} where the account id goes, the run fills in each account'
      : ''
    throw new InputError(
      'member-role',
      `must be a role ARN template, arn:${partition}:iam::{account}:role/<name>${hint} (got ${quoteValue(value)})`,
      `arn:${partition}:iam::{account}:role/cmk-alarm-verify`
    )
  }
  if (match[1] !== partition) {
    throw new InputError(
      'member-role',
      `is in partition ${match[1]} but aws-region is in partition ${partition}: the role must be in the region's partition`,
      `arn:${partition}:iam::{account}:role/cmk-alarm-verify`
    )
  }
  return value
}

/** Like sarif-file: a file path, not a directory. */
function parseFilePath(input: string, raw: string, example: string): string | undefined {
  const value = raw.trim() || undefined
  if (value !== undefined && (value.includes('\0') || value.endsWith('/'))) {
    throw new InputError(input, `must be a file path, not a directory (got ${quoteValue(value)})`, example)
  }
  return value
}

export interface RegionRules {
  /** The run's region (`aws-region`). */
  region: string
  isRegion(region: string): boolean
  partitionOf(region: string): string
}

export function parseEstateSettings(get: InputReader, rules: RegionRules): EstateSettings {
  const accounts = parseAccounts(get('accounts'))
  const organization = parseBoolean('organization', get('organization'), false)
  if (accounts && organization) {
    throw new InputError(
      'organization',
      'conflicts with accounts: check the accounts listed, or every active account of the organization, not both',
      'false'
    )
  }
  const regions = parseRegions(get('regions'), rules.region, rules.isRegion, rules.partitionOf)
  const memberRole = parseMemberRole(get('member-role'), rules.partitionOf(rules.region))
  if ((accounts || organization) && !memberRole) {
    throw new InputError(
      'member-role',
      `is required with ${accounts ? 'accounts' : 'organization'}: the role the run assumes in each account`,
      ROLE_EXAMPLE
    )
  }
  if (memberRole && !accounts && !organization) {
    throw new InputError(
      'member-role',
      'needs accounts or organization: true (without them the run checks only the account of its own credentials)',
      ROLE_EXAMPLE
    )
  }
  const maxConcurrency = parseWholeNumber(
    'max-concurrency',
    get('max-concurrency'),
    1,
    MAX_CONCURRENCY,
    DEFAULT_MAX_CONCURRENCY
  )
  const reportFile = parseFilePath('report-file', get('report-file'), 'results/cmk-alarm-report.json')
  const reports = get('reports')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'))
  const matrixChunkSize = parseWholeNumber(
    'matrix-chunk-size',
    get('matrix-chunk-size'),
    1,
    1000,
    DEFAULT_MATRIX_CHUNK_SIZE
  )
  return { accounts, organization, regions, memberRole, maxConcurrency, reportFile, reports, matrixChunkSize }
}

/** A run over several targets: accounts, the organization, or regions was given. */
export function isEstate(estate: Pick<EstateSettings, 'accounts' | 'organization' | 'regions'>): boolean {
  return estate.accounts !== undefined || estate.organization || estate.regions !== undefined
}

/** The member role's ARN in one account. */
export function memberRoleArn(template: string, account: string): string {
  return template.replaceAll('{account}', account)
}

/**
 * `mode: matrix` only lists accounts: the member role is an input of the matrix's jobs, not its own, so its rule
 * (required with accounts or organization) is met with a stand-in.
 */
export function matrixInputs(get: InputReader): InputReader {
  return (name) => (name === 'member-role' ? get(name) || 'cmk-alarm-matrix' : get(name))
}
