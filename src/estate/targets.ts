// Which accounts and regions a run checks (its targets), and the matrix that spreads a large estate over the jobs of
// a GitHub Actions matrix. The accounts are the `accounts` input, or the organization's ACTIVE accounts listed with
// the step's own credentials (organizations:ListAccounts, from the management account or a delegated administrator).
import type { AwsClients } from '../aws/clients.js'
import { listActiveAccounts, organizationsCaller, type OrganizationAccount } from '../aws/organizations.js'
import { read } from '../aws/read.js'
import type { Settings } from '../settings.js'
import { MATRIX_MAX_JOBS, memberRoleArn } from './settings.js'

/** A failure that stops the whole run (e.g. the organization's accounts cannot be listed); its message is complete. */
export class EstateError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'EstateError'
  }
}

/** One account in one region, as planned. Without an account: the account of the step's own credentials. */
export interface TargetSpec {
  account?: string
  region: string
  /** The account's name in the organization. */
  name?: string
  /** The member role to assume in `account`. */
  roleArn?: string
}

/** The accounts of the run: the `accounts` input, or the organization's ACTIVE accounts; undefined: its own only. */
export async function listAccounts(settings: Settings, hub?: AwsClients): Promise<OrganizationAccount[] | undefined> {
  const { accounts, organization } = settings.estate
  if (accounts) return accounts.map((id) => ({ id, name: '' }))
  if (!organization || !hub) return undefined
  const listed = await read(
    'organizations:ListAccounts',
    () => listActiveAccounts(organizationsCaller(hub, settings.region)),
    hub.budget
  )
  if (!listed.ok) {
    const p = listed.problem
    const why = /AWSOrganizationsNotInUse/.test(p.message)
      ? 'the account of these credentials is not in an organization'
      : p.kind === 'access-denied'
        ? 'run it with credentials of the management account or of a delegated administrator of AWS Organizations, allowed organizations:ListAccounts (policies/hub.json)'
        : 'run it again, or list the accounts in the accounts input'
    throw new EstateError(`organization: true could not list the organization's accounts: ${p.message}. ${why}.`)
  }
  if (listed.value.length === 0) {
    throw new EstateError('organization: true found no ACTIVE account in the organization: nothing to check.')
  }
  return listed.value
}

/** Every account × region, account by account. */
export function targetSpecs(settings: Settings, accounts: OrganizationAccount[] | undefined): TargetSpec[] {
  const regions = settings.estate.regions ?? [settings.region]
  if (!accounts) return regions.map((region) => ({ region }))
  const template = settings.estate.memberRole
  return accounts.flatMap((a) =>
    regions.map((region) => ({
      account: a.id,
      region,
      ...(a.name ? { name: a.name } : {}),
      ...(template ? { roleArn: memberRoleArn(template, a.id) } : {})
    }))
  )
}

/** One job of the matrix: the accounts it checks (comma separated, for the `accounts` input) and the regions. */
export interface MatrixEntry {
  /** 1-based, for artifact names. */
  chunk: number
  accounts: string
  regions: string
  /** Accounts × regions of this job. */
  targets: number
}

/**
 * The accounts in chunks of `chunkSize` (more per chunk when that would make more than the 256 jobs GitHub runs
 * of one matrix), as `strategy.matrix` takes it: `{ include: [...] }`.
 */
export function buildMatrix(
  accounts: string[],
  regions: string[],
  chunkSize: number
): { include: MatrixEntry[]; chunkSize: number } {
  const size = Math.max(chunkSize, Math.ceil(accounts.length / MATRIX_MAX_JOBS))
  const include: MatrixEntry[] = []
  for (let i = 0; i < accounts.length; i += size) {
    const chunk = accounts.slice(i, i + size)
    include.push({
      chunk: include.length + 1,
      accounts: chunk.join(','),
      regions: regions.join(','),
      targets: chunk.length * regions.length
    })
  }
  return { include, chunkSize: size }
}
