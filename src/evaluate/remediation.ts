// The fixes, as the AWS CLI commands of the CIS remediation, filled in with the account's real names.
import { PRESCRIBED_PATTERN } from '../pattern/index.js'
import type { ReadProblem } from '../model/state.js'

/** Quotes a value for a POSIX shell so a hostile name cannot break out of the command. */
export function shellQuote(value: string): string {
  return /^[A-Za-z0-9_./:=@,+-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`
}

const q = shellQuote

export interface RemediationNames {
  region: string
  trailName?: string
  logGroupName?: string
  logGroupArn?: string
  filterName: string
  metricName: string
  metricNamespace: string
  alarmName: string
  topicName: string
  topicArn?: string
}

export const DEFAULT_NAMES = {
  filterName: 'cmk-disable-or-scheduled-deletion',
  metricName: 'CMKDisableOrScheduledDeletion',
  metricNamespace: 'CISBenchmark',
  alarmName: 'cmk-disable-or-scheduled-deletion',
  topicName: 'cis-security-alarms'
}

export function fixTrailMultiRegionLogging(
  trailName: string,
  region: string,
  multiRegion: boolean,
  logging: boolean
): string {
  const lines: string[] = []
  if (!multiRegion)
    lines.push(`aws cloudtrail update-trail --region ${q(region)} --name ${q(trailName)} --is-multi-region-trail`)
  if (!logging) lines.push(`aws cloudtrail start-logging --region ${q(region)} --name ${q(trailName)}`)
  return lines.join('\n')
}

export function fixTrailSelectors(trailName: string, region: string): string {
  return (
    `aws cloudtrail put-event-selectors --region ${q(region)} --trail-name ${q(trailName)} \\\n` +
    `  --event-selectors '[{"ReadWriteType":"All","IncludeManagementEvents":true,"ExcludeManagementEventSources":[]}]'`
  )
}

export function fixTrailCloudWatchLogs(trailName: string, region: string, account: string): string {
  const group = 'aws-cloudtrail-logs'
  return [
    `aws logs create-log-group --region ${q(region)} --log-group-name ${group}`,
    `# a role CloudTrail can assume, allowed logs:CreateLogStream and logs:PutLogEvents on the group, then:`,
    `aws cloudtrail update-trail --region ${q(region)} --name ${q(trailName)} \\`,
    `  --cloud-watch-logs-log-group-arn arn:aws:logs:${region}:${account || '<account-id>'}:log-group:${group}:* \\`,
    `  --cloud-watch-logs-role-arn arn:aws:iam::${account || '<account-id>'}:role/<cloudtrail-to-cloudwatch-logs-role>`
  ].join('\n')
}

export function fixMetricFilter(n: RemediationNames): string {
  return (
    `aws logs put-metric-filter --region ${q(n.region)} --log-group-name ${q(n.logGroupName ?? '<trail-log-group-name>')} \\\n` +
    `  --filter-name ${q(n.filterName)} \\\n` +
    `  --metric-transformations metricName=${q(n.metricName)},metricNamespace=${q(n.metricNamespace)},metricValue=1 \\\n` +
    `  --filter-pattern ${q(PRESCRIBED_PATTERN)}`
  )
}

export function fixAlarm(n: RemediationNames): string {
  return (
    `aws cloudwatch put-metric-alarm --region ${q(n.region)} --alarm-name ${q(n.alarmName)} \\\n` +
    `  --metric-name ${q(n.metricName)} --namespace ${q(n.metricNamespace)} \\\n` +
    `  --statistic Sum --period 300 --threshold 1 --comparison-operator GreaterThanOrEqualToThreshold \\\n` +
    `  --evaluation-periods 1 --treat-missing-data notBreaching --actions-enabled \\\n` +
    `  --alarm-actions ${q(n.topicArn ?? '<sns-topic-arn>')}`
  )
}

export function fixEnableAlarmActions(alarmName: string, region: string): string {
  return `aws cloudwatch enable-alarm-actions --region ${q(region)} --alarm-names ${q(alarmName)}`
}

export function fixTopic(n: RemediationNames): string {
  return `aws sns create-topic --region ${q(n.region)} --name ${q(n.topicName)}`
}

export function fixTopicEncryption(topicArn: string, region: string): string {
  return (
    `# alias/aws/sns cannot be used by CloudWatch: use a customer managed key whose policy lets cloudwatch.amazonaws.com\n` +
    `# call kms:Decrypt and kms:GenerateDataKey*, or remove encryption:\n` +
    `aws sns set-topic-attributes --region ${q(region)} --topic-arn ${q(topicArn)} \\\n` +
    `  --attribute-name KmsMasterKeyId --attribute-value <customer-managed-key-arn>`
  )
}

export function fixSubscription(topicArn: string, region: string): string {
  return (
    `aws sns subscribe --region ${q(region)} --topic-arn ${q(topicArn)} \\\n` +
    `  --protocol email --notification-endpoint <security-team@example.com>\n` +
    `# then confirm it from the message SNS sends`
  )
}

/** What to do about a read that failed: grant the action, run where the resource lives, or retry. */
export function fixReadProblem(p: ReadProblem): string {
  switch (p.kind) {
    case 'access-denied':
      return `# grant the identity running this check the IAM action ${p.action ?? '(see the message)'} (policies/verify.json)`
    case 'cross-account':
      return '# run the check with credentials for the account that owns the resource (see the message)'
    default:
      return `# ${p.action ?? 'the call'} did not complete (${p.kind === 'not-found' ? 'not found' : 'AWS error, throttling or time budget'}); run the check again, or raise timeout-seconds`
  }
}
