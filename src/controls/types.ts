// What a control is, for every part of the tool that needs to know: the events it is about, the prescribed filter
// pattern, the alarm it wants, the names enforce uses, the text of each finding and rule. One descriptor per control
// (src/controls/<id>.ts), listed once in src/controls/index.ts; nothing else in the code names a control's facts.
import type { ExtraCheckId, FindingId } from '../model/report.js'

/** A CloudTrail record as JSON (what CloudWatch Logs receives from a trail). */
export type CloudTrailRecord = Record<string, unknown>

/** The CloudTrail events a control's metric filter must count. */
export interface EventTarget {
  /** `eventSource` of every target event, e.g. `kms.amazonaws.com`. */
  eventSource: string
  /** The target calls (`eventName`), e.g. `DisableKey`. */
  eventNames: readonly string[]
  /** The events in a phrase for messages, e.g. "KMS DisableKey and ScheduleKeyDeletion events". */
  description: string
  /** A realistic record of one target call (a fresh object per call; the caller may change it). */
  sample(eventName: string): CloudTrailRecord
  /** The error fields CloudTrail adds when such a call is refused, realistic for this service. */
  failure: { errorCode: string; errorMessage: string }
  /** Other calls of the same service, the ones a careless pattern is likeliest to catch first. */
  relatedEventNames: readonly string[]
}

/** The alarm a control prescribes (and enforce creates). */
export interface AlarmSpec {
  statistic: 'Sum'
  period: number
  threshold: number
  comparisonOperator: 'GreaterThanOrEqualToThreshold'
  evaluationPeriods: number
  datapointsToAlarm: number
  treatMissingData: 'notBreaching'
  /** AlarmDescription of the alarm enforce creates. */
  description: string
}

/** The names enforce gives what it creates, and verify's fix commands use. */
export interface ResourceNames {
  filterName: string
  metricName: string
  metricNamespace: string
  alarmName: string
  topicName: string
}

/** What a check requires and how to fix it in general (an account's own commands are in each finding's fix). */
export interface RuleText {
  /** One line, shown as the rule name. */
  short: string
  /** What the check requires, in a sentence or two. */
  full: string
  /** How to fix it in general. */
  fix: string
  /** GitHub code scanning severity, 0.0-10.0. */
  securitySeverity: number
}

export interface FindingText {
  /** The finding's title when it passes: the rule (e.g. "The alarm actions are enabled"). */
  title: string
  /** Its title when it fails or warns: the problem (e.g. "The alarm actions are disabled"). */
  failTitle: string
  rule: RuleText
}

export interface ControlDescriptor {
  /** Stable id, carried by every finding, e.g. `cis-aws-4.7`. */
  id: string
  /** How reports name it, e.g. "CIS AWS 4.7 / Security Hub CloudWatch.7". */
  name: string
  /** Extra words after the name, in the long verdict sentences, e.g. "(CIS AWS Foundations 4.7 / ...)". */
  reference: string
  securityHub: { id: string; url: string }
  /** SARIF rule tags. */
  tags: string[]
  target: EventTarget
  /** The prescribed pattern texts (Security Hub compares text): CIS's, which enforce writes, and Security Hub's. */
  patterns: { cis: string; securityHub: string }
  alarm: AlarmSpec
  defaults: ResourceNames
  findings: Record<FindingId, FindingText>
  /** The texts of the checks run only when asked for (AWS's evaluator as a second opinion, the fire drill). */
  extraChecks: Record<ExtraCheckId, FindingText>
  /** The verdict sentences of reports. */
  verdict: {
    /** Says what holds when the chain passes. */
    pass: string
    /** Says what the failure means, e.g. "nobody would be notified when a KMS key is disabled ...". */
    failConsequence: string
  }
}
