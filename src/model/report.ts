// The one report model every output (job summary, annotations, outputs, SARIF, terminal, JSON) renders.
import type { SourceLocation, StateSource } from './state.js'

export type FindingStatus = 'pass' | 'fail' | 'warn' | 'manual'
export type OverallStatus = 'pass' | 'fail' | 'manual'

/** The checks of a metric-filter alarm chain, in chain order; every control of this kind reports these ids. */
export const FINDING_IDS = [
  'trail.multi-region-logging',
  'trail.management-events',
  'trail.kms-events-included',
  'trail.cloudwatch-logs',
  'filter.pattern',
  'filter.metric-value',
  'filter.security-hub-text',
  'alarm.exists',
  'alarm.fires-on-one-event',
  'alarm.actions-enabled',
  'alarm.sns-action',
  'topic.delivery',
  'subscription.confirmed'
] as const
export type FindingId = (typeof FINDING_IDS)[number]

/**
 * Checks beyond the chain, run only when asked for (`cross-check`, `fire-drill`): evidence about the chain, not a link
 * of it. A report holds them after the chain's checks, and they count towards its status like any other finding.
 */
export const EXTRA_CHECK_IDS = ['cross-check.agreement', 'drill.delivery'] as const
export type ExtraCheckId = (typeof EXTRA_CHECK_IDS)[number]
/** Any check a finding can be about: one of the chain's, or an extra one. */
export type CheckId = FindingId | ExtraCheckId

/** A fix written in the code's own language (for state read from code). */
export interface CodeFix {
  language: 'hcl' | 'yaml' | 'json'
  text: string
}

/** How to fix a finding: what to change, and the AWS CLI commands that do it with this account's names. */
export interface Fix {
  /** One sentence: what to change. */
  change: string
  /** AWS CLI commands (bash and zsh safe), or `#` comments where no command can do it. */
  commands: string
  /** For state read from code: the Terraform or CloudFormation to write instead of commands. */
  code?: CodeFix
}

export interface Finding {
  id: CheckId
  /** The control the check belongs to (a descriptor id, e.g. `cis-aws-4.7`). */
  control: string
  status: FindingStatus
  title: string
  /** ARN (or name when no ARN exists yet) of the resource the finding is about. */
  resource: string
  region: string
  message: string
  /** The fix's commands (`fix.commands`); empty when nothing is to fix. Kept for the `findings` output. */
  remediation: string
  /** Absent when nothing is to fix. */
  fix?: Fix
  /** Where the resource is declared, when the state was read from code. */
  location?: SourceLocation
  /** Undecided only because this earlier check could not be decided (it is decided once that one is). */
  dependsOn?: FindingId
}

/** A finding about one of the chain's checks. */
export type ChainFinding = Finding & { id: FindingId }

/** The links of the chain, in order, for the summary table. */
export type LinkName = 'trail' | 'metric filter' | 'alarm' | 'topic' | 'subscription'

export interface ChainLink {
  link: LinkName
  /** ARN (or code address) of the link's resource; '—' when there is none. */
  resource: string
  /** Its short name for narrow tables (the trail's, filter's, alarm's or topic's name). */
  name?: string
  status: FindingStatus
  why: string
}

/** The report of one control on one target: an account in a region, or one location of code. */
export interface Report {
  /** The control judged (a descriptor id). */
  control: string
  status: OverallStatus
  compliant: boolean
  region: string
  identity?: { account: string; arn: string }
  /** What was read; absent for a live account. */
  source?: StateSource
  /** The chain that got furthest (or the passing one), link by link. */
  chain: ChainLink[]
  findings: Finding[]
  /** Would Security Hub CloudWatch.7 pass this account? With why. */
  securityHub: { prediction: 'pass' | 'fail' | 'unknown'; reason: string }
  logGroupName?: string
  metricFilterName?: string
  alarmArn?: string
  topicArn?: string
  /** Facts about the source a reader should see beside the findings. */
  notes?: string[]
}

/** Every report of one run: one per (account, region) or per code location. */
export interface RunReport {
  status: OverallStatus
  reports: Report[]
}

/** The worst of several statuses: fail, then manual, then pass. */
export function worstStatus(statuses: OverallStatus[]): OverallStatus {
  if (statuses.includes('fail')) return 'fail'
  if (statuses.includes('manual')) return 'manual'
  return 'pass'
}
