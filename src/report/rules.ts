// What each check requires and how to fix it in general: the text of the SARIF rules (and anything else that
// needs to explain a check without a particular account's names).

import type { FindingId, FindingStatus, OverallStatus, Report } from '../model/report.js'

export interface RuleText {
  /** One line, shown as the rule name. */
  short: string
  /** What the check requires, in a sentence or two. */
  full: string
  /** How to fix it in general (an account's own commands are in each finding's remediation). */
  fix: string
  /** GitHub code scanning severity, 0.0-10.0. */
  securitySeverity: number
}

const CIS_PATTERN =
  '{ ($.eventSource = kms.amazonaws.com) && (($.eventName = DisableKey) || ($.eventName = ScheduleKeyDeletion)) }'

export const RULES: Record<FindingId, RuleText> = {
  'trail.multi-region-logging': {
    short: 'A multi-Region CloudTrail trail is logging',
    full: 'At least one multi-Region CloudTrail trail must exist and be logging, so KMS API calls in every Region are recorded.',
    fix: 'Turn the trail into a multi-Region trail and start logging: `aws cloudtrail update-trail --name TRAIL --is-multi-region-trail` and `aws cloudtrail start-logging --name TRAIL`.',
    securitySeverity: 7.5
  },
  'trail.management-events': {
    short: 'The trail records management events',
    full: 'The trail must record management events (read and write); DisableKey and ScheduleKeyDeletion are write management events.',
    fix: 'Add an event selector with IncludeManagementEvents=true and ReadWriteType=All: `aws cloudtrail put-event-selectors --trail-name TRAIL --event-selectors \'[{"ReadWriteType":"All","IncludeManagementEvents":true}]\'`.',
    securitySeverity: 7.5
  },
  'trail.kms-events-included': {
    short: 'The trail does not exclude KMS events',
    full: 'The trail must not exclude kms.amazonaws.com from its management events (ExcludeManagementEventSources).',
    fix: "Remove kms.amazonaws.com from ExcludeManagementEventSources in the trail's event selectors (`aws cloudtrail put-event-selectors`).",
    securitySeverity: 7.5
  },
  'trail.cloudwatch-logs': {
    short: 'The trail delivers to CloudWatch Logs',
    full: 'The trail must deliver its events to a CloudWatch Logs log group (CloudWatchLogsLogGroupArn and a role CloudTrail can assume), and delivery must be working.',
    fix: 'Create a log group and a role for CloudTrail, then `aws cloudtrail update-trail --name TRAIL --cloud-watch-logs-log-group-arn LOG_GROUP_ARN --cloud-watch-logs-role-arn ROLE_ARN`.',
    securitySeverity: 7.5
  },
  'filter.pattern': {
    short: 'A metric filter matches KMS DisableKey and ScheduleKeyDeletion',
    full: `The trail's log group must have a metric filter whose pattern matches KMS DisableKey and ScheduleKeyDeletion events, e.g. \`${CIS_PATTERN}\`.`,
    fix: `\`aws logs put-metric-filter --log-group-name LOG_GROUP --filter-name CMKDisableOrDeletion --filter-pattern '${CIS_PATTERN}' --metric-transformations metricName=CMKDisableOrDeletion,metricNamespace=CISBenchmark,metricValue=1\`.`,
    securitySeverity: 7.5
  },
  'filter.metric-value': {
    short: 'The metric filter counts each event',
    full: 'The metric filter must publish a metric value of 1 for each matching event, so one disabled or scheduled-for-deletion key raises the metric.',
    fix: 'Re-create the metric filter with `--metric-transformations ...,metricValue=1` (`aws logs put-metric-filter`).',
    securitySeverity: 7.5
  },
  'filter.security-hub-text': {
    short: 'Security Hub recognises the filter pattern',
    full: 'Security Hub CloudWatch.7 compares the filter pattern text with the CIS pattern; a pattern that works but is written differently can still fail the Security Hub control.',
    fix: `Use the CIS pattern text exactly: \`${CIS_PATTERN}\`.`,
    securitySeverity: 3.0
  },
  'alarm.exists': {
    short: 'An alarm watches the filter metric',
    full: 'A CloudWatch alarm must watch the metric the filter publishes (same metric name and namespace).',
    fix: '`aws cloudwatch put-metric-alarm --alarm-name CMKDisableOrDeletion --metric-name METRIC --namespace NAMESPACE --statistic Sum --period 300 --evaluation-periods 1 --threshold 1 --comparison-operator GreaterThanOrEqualToThreshold --alarm-actions TOPIC_ARN`.',
    securitySeverity: 7.5
  },
  'alarm.fires-on-one-event': {
    short: 'The alarm fires on a single event',
    full: 'The alarm must go into ALARM for a single matching event, e.g. statistic Sum, threshold 1, GreaterThanOrEqualToThreshold, one evaluation period.',
    fix: 'Update the alarm with `--statistic Sum --threshold 1 --comparison-operator GreaterThanOrEqualToThreshold --evaluation-periods 1` (`aws cloudwatch put-metric-alarm`).',
    securitySeverity: 7.5
  },
  'alarm.actions-enabled': {
    short: 'The alarm actions are enabled',
    full: 'The alarm must have its actions enabled, or it notifies no one.',
    fix: '`aws cloudwatch enable-alarm-actions --alarm-names ALARM`.',
    securitySeverity: 7.5
  },
  'alarm.sns-action': {
    short: 'The alarm notifies an SNS topic',
    full: 'The alarm must have an SNS topic among its ALARM actions.',
    fix: 'Add the topic ARN to the alarm with `--alarm-actions TOPIC_ARN` (`aws cloudwatch put-metric-alarm`).',
    securitySeverity: 7.5
  },
  'topic.delivery': {
    short: 'CloudWatch can publish to the SNS topic',
    full: 'The SNS topic must exist, and CloudWatch must be able to publish to it (topic policy and, for an encrypted topic, the KMS key policy).',
    fix: 'Create the topic or fix its access policy; for a KMS-encrypted topic, allow cloudwatch.amazonaws.com kms:Decrypt and kms:GenerateDataKey* in the key policy.',
    securitySeverity: 7.5
  },
  'subscription.confirmed': {
    short: 'The SNS topic has a confirmed subscription',
    full: 'The SNS topic must have at least one confirmed subscription, so a person is actually notified.',
    fix: '`aws sns subscribe --topic-arn TOPIC_ARN --protocol email --notification-endpoint security@example.com`, then confirm the subscription from the message it sends.',
    securitySeverity: 7.5
  }
}

export const STATUS_ICON: Record<FindingStatus, string> = {
  pass: '✅',
  fail: '❌',
  warn: '⚠️',
  manual: '❔'
}

export const STATUS_WORD: Record<FindingStatus, string> = {
  pass: 'pass',
  fail: 'fail',
  warn: 'warning',
  manual: 'could not decide'
}

export interface Verdict {
  icon: string
  heading: string
  sentence: string
}

export function verdictOf(report: Report): Verdict {
  const count = (s: FindingStatus) => report.findings.filter((f) => f.status === s).length
  const checks = (n: number) => `${n} check${n === 1 ? '' : 's'}`
  const byStatus: Record<OverallStatus, () => Verdict> = {
    pass: () => ({
      icon: '✅',
      heading: 'Compliant',
      sentence:
        'CloudTrail delivers KMS DisableKey and ScheduleKeyDeletion events to a metric filter whose alarm notifies an SNS topic with a confirmed subscription (CIS AWS Foundations 4.7 / Security Hub CloudWatch.7).'
    }),
    fail: () => ({
      icon: '❌',
      heading: 'Not compliant',
      sentence: `${checks(count('fail'))} failed: nobody would be notified when a KMS key is disabled or scheduled for deletion (CIS AWS Foundations 4.7 / Security Hub CloudWatch.7).`
    }),
    manual: () => ({
      icon: '⚠️',
      heading: 'Could not decide',
      sentence: `${checks(count('manual'))} could not be decided from what this identity can read; nothing failed that could be checked.`
    })
  }
  return byStatus[report.status]()
}
