// The one report model every output (job summary, annotations, outputs, SARIF, terminal, JSON) renders.

export type FindingStatus = 'pass' | 'fail' | 'warn' | 'manual'
export type OverallStatus = 'pass' | 'fail' | 'manual'

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

export interface Finding {
  id: FindingId
  status: FindingStatus
  title: string
  /** ARN (or name when no ARN exists yet) of the resource the finding is about. */
  resource: string
  region: string
  message: string
  /** AWS CLI commands that fix it, filled in with this account's names; empty when nothing is to fix. */
  remediation: string
}

/** The links of the chain, in order, for the summary table. */
export type LinkName = 'trail' | 'metric filter' | 'alarm' | 'topic' | 'subscription'

export interface ChainLink {
  link: LinkName
  resource: string
  status: FindingStatus
  why: string
}

export interface Report {
  status: OverallStatus
  compliant: boolean
  region: string
  identity?: { account: string; arn: string }
  /** The chain that got furthest (or the passing one), link by link. */
  chain: ChainLink[]
  findings: Finding[]
  /** Would Security Hub CloudWatch.7 pass this account? With why. */
  securityHub: { prediction: 'pass' | 'fail' | 'unknown'; reason: string }
  logGroupName?: string
  metricFilterName?: string
  alarmArn?: string
  topicArn?: string
}
