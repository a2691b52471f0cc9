// The result of one run over many accounts and regions (an estate), or of the merge of several such runs (the matrix
// workflow): one target per account and region, each with its report. Pure data: every renderer (job summary,
// outputs, SARIF, terminal, the run report file) reads it, and the merge rebuilds it from the run report files.
import type { Change } from './change.js'
import type { OverallStatus, Report } from './report.js'

/** An organization trail seen from an account whose log group (and so the rest of the chain) is in another account. */
export interface ChainElsewhere {
  trailArn: string
  trailName: string
  /** The account that holds the chain: the log group's account (the management or a delegated account). */
  account: string
  logGroupArn: string
  /** The role the run assumes, or would assume, in that account. */
  roleArn?: string
  /** Why the chain was not judged there in this run (no access, the role could not be assumed, ...). */
  reason?: string
}

/** An organization trail's chain, judged once in the account that holds it, for every member account it covers. */
export interface HeldChain {
  trailArn: string
  trailName: string
  /** The account holding the chain (its log group's account). */
  account: string
  logGroupArn: string
  /** The judgement of that one chain, in that account. */
  report: Report
}

/** Enforce on one target: its plan, or what it changed. */
export interface TargetEnforce {
  changes: Change[]
  dryRun: boolean
  applied: boolean
  blockers: string[]
  notes: string[]
  error?: string
}

/** One account in one region. */
export interface EstateTarget {
  account: string
  region: string
  /** The account's name in the organization, when the run listed it. */
  name?: string
  report: Report
  /** The target could not be checked at all (its role could not be assumed, ...): why. Its report is `manual`. */
  error?: string
  /** The organization trail whose chain, judged in the account that holds it, decided this target. */
  coveredBy?: { account: string; trailArn: string; trailName: string }
  /** Organization trails seen here whose chain is in another account and was not judged in this run. */
  chainElsewhere?: ChainElsewhere[]
  /** Organization trails' chains this account holds, judged here, for the member accounts they cover. */
  heldChains?: HeldChain[]
  enforce?: TargetEnforce
}

export interface EstateRun {
  /** The control judged (a descriptor id). */
  control: string
  mode: 'verify' | 'enforce'
  /** The worst target status (fail, then manual, then pass). */
  status: OverallStatus
  targets: EstateTarget[]
}

export interface EstateCounts {
  targets: number
  pass: number
  fail: number
  manual: number
}

export function countTargets(targets: EstateTarget[]): EstateCounts {
  const count = (s: OverallStatus) => targets.filter((t) => t.report.status === s).length
  return { targets: targets.length, pass: count('pass'), fail: count('fail'), manual: count('manual') }
}

/** Targets in a stable order: by account, then region. */
export function sortTargets(targets: EstateTarget[]): EstateTarget[] {
  return [...targets].sort((a, b) =>
    a.account !== b.account ? (a.account < b.account ? -1 : 1) : a.region < b.region ? -1 : a.region > b.region ? 1 : 0
  )
}
