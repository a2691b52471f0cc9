// The fixes: what to change, and the AWS CLI commands of the CIS remediation filled in with the account's real names
// (and, for what does not exist yet, the names enforce would give it).
import type { ControlDescriptor, ResourceNames } from '../controls/types.js'
import type { Fix } from '../model/report.js'
import type { ReadProblem } from '../model/state.js'
import type { Chain, JudgeContext } from './context.js'

/**
 * Quotes a value for a POSIX shell so a hostile name cannot break out of the command. Single quotes are literal in
 * bash and zsh alike.
 */
export function shellQuote(value: string): string {
  return /^[A-Za-z0-9_./:=@,+-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`
}

const q = shellQuote

/** The account's names where it has them; the configured names (or the control's defaults) where it does not. */
export interface RemediationNames extends ResourceNames {
  region: string
  trailName?: string
  logGroupName?: string
  logGroupArn?: string
  topicArn?: string
}

export function fixTrailMultiRegionLogging(
  trailName: string,
  region: string,
  multiRegion: boolean,
  logging: boolean
): Fix {
  const lines: string[] = []
  if (!multiRegion)
    lines.push(`aws cloudtrail update-trail --region ${q(region)} --name ${q(trailName)} --is-multi-region-trail`)
  if (!logging) lines.push(`aws cloudtrail start-logging --region ${q(region)} --name ${q(trailName)}`)
  const what = [!multiRegion && 'make it multi-region', !logging && 'start its logging'].filter(Boolean).join(' and ')
  return { change: `Trail ${trailName}: ${what}.`, commands: lines.join('\n') }
}

export function fixCreateTrail(region: string): Fix {
  return {
    change: 'Create a multi-region trail that logs management events, and start it.',
    commands:
      `aws cloudtrail create-trail --region ${q(region)} --name management-events --s3-bucket-name <bucket> --is-multi-region-trail\n` +
      `aws cloudtrail start-logging --region ${q(region)} --name management-events`
  }
}

export function fixTrailSelectors(trailName: string, region: string): Fix {
  return {
    change: `Trail ${trailName}: record all management events, without excluding any event source.`,
    commands:
      `aws cloudtrail put-event-selectors --region ${q(region)} --trail-name ${q(trailName)} \\\n` +
      `  --event-selectors '[{"ReadWriteType":"All","IncludeManagementEvents":true,"ExcludeManagementEventSources":[]}]'`
  }
}

export function fixTrailCloudWatchLogs(trailName: string, region: string, account: string): Fix {
  const group = 'aws-cloudtrail-logs'
  return {
    change: `Trail ${trailName}: deliver its events to a CloudWatch Logs group.`,
    commands: [
      `aws logs create-log-group --region ${q(region)} --log-group-name ${group}`,
      `# a role CloudTrail can assume, allowed logs:CreateLogStream and logs:PutLogEvents on the group, then:`,
      `aws cloudtrail update-trail --region ${q(region)} --name ${q(trailName)} \\`,
      `  --cloud-watch-logs-log-group-arn arn:aws:logs:${region}:${account || '<account-id>'}:log-group:${group}:* \\`,
      `  --cloud-watch-logs-role-arn arn:aws:iam::${account || '<account-id>'}:role/<cloudtrail-to-cloudwatch-logs-role>`
    ].join('\n')
  }
}

export function fixTrailDelivery(trailName: string, roleArn: string | undefined, logGroupArn: string): Fix {
  return {
    change: `Trail ${trailName}: repair its delivery to CloudWatch Logs.`,
    commands: `# check that the role ${roleArn ?? '(none)'} can be assumed by cloudtrail.amazonaws.com and may call logs:CreateLogStream and logs:PutLogEvents on ${logGroupArn}`
  }
}

export function fixMetricFilter(control: ControlDescriptor, n: RemediationNames): Fix {
  return {
    change: `Put a metric filter with the prescribed pattern on the log group${n.logGroupName ? ` ${n.logGroupName}` : ''}.`,
    commands:
      `aws logs put-metric-filter --region ${q(n.region)} --log-group-name ${q(n.logGroupName ?? '<trail-log-group-name>')} \\\n` +
      `  --filter-name ${q(n.filterName)} \\\n` +
      `  --metric-transformations metricName=${q(n.metricName)},metricNamespace=${q(n.metricNamespace)},metricValue=1 \\\n` +
      `  --filter-pattern ${q(control.patterns.cis)}`
  }
}

export function fixAlarm(control: ControlDescriptor, n: RemediationNames): Fix {
  const a = control.alarm
  return {
    change: `Alarm ${n.alarmName}: ${a.statistic} of ${n.metricNamespace}/${n.metricName} over ${a.period} s, ${a.comparisonOperator} ${a.threshold}, notifying the topic.`,
    commands:
      `aws cloudwatch put-metric-alarm --region ${q(n.region)} --alarm-name ${q(n.alarmName)} \\\n` +
      `  --metric-name ${q(n.metricName)} --namespace ${q(n.metricNamespace)} \\\n` +
      `  --statistic ${a.statistic} --period ${a.period} --threshold ${a.threshold} --comparison-operator ${a.comparisonOperator} \\\n` +
      `  --evaluation-periods ${a.evaluationPeriods} --treat-missing-data ${a.treatMissingData} --actions-enabled \\\n` +
      `  --alarm-actions ${q(n.topicArn ?? '<sns-topic-arn>')}`
  }
}

export function fixEnableAlarmActions(alarmName: string, region: string): Fix {
  return {
    change: `Alarm ${alarmName}: enable its actions.`,
    commands: `aws cloudwatch enable-alarm-actions --region ${q(region)} --alarm-names ${q(alarmName)}`
  }
}

export function fixTopic(n: RemediationNames): Fix {
  return {
    change: `Create the SNS topic ${n.topicName}.`,
    commands: `aws sns create-topic --region ${q(n.region)} --name ${q(n.topicName)}`
  }
}

export function fixTopicEncryption(topicArn: string, region: string): Fix {
  return {
    change: 'Let CloudWatch publish to the topic: a topic policy that allows it, and no key CloudWatch cannot use.',
    commands:
      `# alias/aws/sns cannot be used by CloudWatch: use a customer managed key whose policy lets cloudwatch.amazonaws.com\n` +
      `# call kms:Decrypt and kms:GenerateDataKey*, or remove encryption:\n` +
      `aws sns set-topic-attributes --region ${q(region)} --topic-arn ${q(topicArn)} \\\n` +
      `  --attribute-name KmsMasterKeyId --attribute-value <customer-managed-key-arn>`
  }
}

export function fixSubscription(topicArn: string, region: string, pending = false): Fix {
  const commands =
    `aws sns subscribe --region ${q(region)} --topic-arn ${q(topicArn)} \\\n` +
    `  --protocol email --notification-endpoint <security-team@example.com>\n` +
    `# then confirm it from the message SNS sends`
  return pending
    ? {
        change: 'Confirm the pending subscription, or add one that is confirmed.',
        commands: `# confirm the pending subscription from the message SNS sent to its endpoint, or:\n${commands}`
      }
    : { change: 'Subscribe someone who reads the alarms to the topic, and confirm it.', commands }
}

/** What to do about a read that failed: grant the action, run where the resource lives, or retry. */
export function fixReadProblem(p: ReadProblem): Fix {
  switch (p.kind) {
    case 'access-denied':
      return {
        change: `Grant ${p.action ?? 'the refused action'} to the identity running the check.`,
        commands: `# grant the identity running this check the IAM action ${p.action ?? '(see the message)'} (policies/verify.json)`
      }
    case 'cross-account':
      return {
        change: 'Run the check with credentials for the account that owns the resource.',
        commands: '# run the check with credentials for the account that owns the resource (see the message)'
      }
    case 'outside-source':
    case 'unresolved':
      return {
        change: 'Check it in the account once the code is deployed.',
        commands: '# after the deploy, run cmk-alarm verify (or the action in mode verify) against the account'
      }
    default:
      return {
        change: 'Run the check again.',
        commands: `# ${p.action ?? 'the call'} did not complete (${p.kind === 'not-found' ? 'not found' : 'AWS error, throttling or time budget'}); run the check again, or raise timeout-seconds`
      }
  }
}

/** The names of one chain's fixes: the account's own where the chain has them, the configured ones where not. */
export function namesFor(ctx: JudgeContext, c: Chain): RemediationNames {
  return {
    ...ctx.names,
    region: c.group?.region ?? ctx.state.region,
    trailName: c.trail?.name,
    logGroupName: c.group?.name,
    logGroupArn: c.group?.arn,
    metricName: c.transformation?.metricName ?? ctx.names.metricName,
    metricNamespace: c.transformation?.metricNamespace ?? ctx.names.metricNamespace,
    topicArn: c.topic?.arn
  }
}
