// Reports for the renderer tests: a passing account, a failing one, one that could not be decided, and one
// whose AWS names are hostile.
import { FINDING_IDS, type Finding, type FindingId, type FindingStatus, type Report } from '../../src/model/report.js'

export const ACCOUNT = '123456789012'
export const REGION = 'us-east-1'
export const TRAIL_ARN = `arn:aws:cloudtrail:${REGION}:${ACCOUNT}:trail/org-trail`
export const LOG_GROUP = 'aws-cloudtrail-logs-org'
export const LOG_GROUP_ARN = `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:${LOG_GROUP}`
export const FILTER_NAME = 'cmk-disable-or-scheduled-deletion'
export const ALARM_ARN = `arn:aws:cloudwatch:${REGION}:${ACCOUNT}:alarm:cmk-disable-or-scheduled-deletion`
export const TOPIC_ARN = `arn:aws:sns:${REGION}:${ACCOUNT}:cis-security-alarms`

const TITLES: Record<FindingId, string> = {
  'trail.multi-region-logging': 'Multi-Region trail is logging',
  'trail.management-events': 'Trail records management events',
  'trail.kms-events-included': 'Trail does not exclude KMS events',
  'trail.cloudwatch-logs': 'Trail delivers to CloudWatch Logs',
  'filter.pattern': 'Metric filter matches DisableKey and ScheduleKeyDeletion',
  'filter.metric-value': 'Metric filter counts each event',
  'filter.security-hub-text': 'Security Hub recognises the pattern',
  'alarm.exists': 'Alarm on the filter metric',
  'alarm.fires-on-one-event': 'Alarm fires on one event',
  'alarm.actions-enabled': 'Alarm actions enabled',
  'alarm.sns-action': 'Alarm notifies an SNS topic',
  'topic.delivery': 'CloudWatch can publish to the topic',
  'subscription.confirmed': 'Topic has a confirmed subscription'
}

const RESOURCES: Record<FindingId, string> = {
  'trail.multi-region-logging': TRAIL_ARN,
  'trail.management-events': TRAIL_ARN,
  'trail.kms-events-included': TRAIL_ARN,
  'trail.cloudwatch-logs': TRAIL_ARN,
  'filter.pattern': `${LOG_GROUP_ARN}:metric-filter:${FILTER_NAME}`,
  'filter.metric-value': `${LOG_GROUP_ARN}:metric-filter:${FILTER_NAME}`,
  'filter.security-hub-text': `${LOG_GROUP_ARN}:metric-filter:${FILTER_NAME}`,
  'alarm.exists': ALARM_ARN,
  'alarm.fires-on-one-event': ALARM_ARN,
  'alarm.actions-enabled': ALARM_ARN,
  'alarm.sns-action': ALARM_ARN,
  'topic.delivery': TOPIC_ARN,
  'subscription.confirmed': TOPIC_ARN
}

export function finding(id: FindingId, status: FindingStatus, over: Partial<Finding> = {}): Finding {
  return {
    id,
    control: 'cis-aws-4.7',
    status,
    title: TITLES[id],
    resource: RESOURCES[id],
    region: REGION,
    message: status === 'pass' ? `${TITLES[id]}.` : `${TITLES[id]}: no.`,
    remediation: '',
    ...over
  }
}

const allPass = (): Finding[] => FINDING_IDS.map((id) => finding(id, 'pass'))

export function passingReport(): Report {
  return {
    control: 'cis-aws-4.7',
    status: 'pass',
    compliant: true,
    region: REGION,
    identity: { account: ACCOUNT, arn: `arn:aws:sts::${ACCOUNT}:assumed-role/compliance-reader/gha` },
    chain: [
      {
        link: 'trail',
        resource: TRAIL_ARN,
        status: 'pass',
        why: 'Multi-Region, logging, management events to CloudWatch Logs'
      },
      {
        link: 'metric filter',
        resource: FILTER_NAME,
        status: 'pass',
        why: 'Pattern matches DisableKey and ScheduleKeyDeletion'
      },
      { link: 'alarm', resource: ALARM_ARN, status: 'pass', why: 'Sum >= 1 over 300 s, actions enabled' },
      { link: 'topic', resource: TOPIC_ARN, status: 'pass', why: 'CloudWatch may publish' },
      { link: 'subscription', resource: 's***@example.com', status: 'pass', why: 'Confirmed email subscription' }
    ],
    findings: allPass(),
    securityHub: {
      prediction: 'pass',
      reason: 'The filter pattern is the CIS text and the alarm has a confirmed subscriber.'
    },
    logGroupName: LOG_GROUP,
    metricFilterName: FILTER_NAME,
    alarmArn: ALARM_ARN,
    topicArn: TOPIC_ARN
  }
}

export const FILTER_FIX =
  `aws logs put-metric-filter --region ${REGION} --log-group-name ${LOG_GROUP} \\\n` +
  `  --filter-name ${FILTER_NAME} \\\n` +
  `  --metric-transformations metricName=CMKDisableOrScheduledDeletion,metricNamespace=CISBenchmark,metricValue=1 \\\n` +
  `  --filter-pattern '{ ($.eventSource = kms.amazonaws.com) && (($.eventName = DisableKey) || ($.eventName = ScheduleKeyDeletion)) }'`
export const ALARM_FIX =
  `aws cloudwatch put-metric-alarm --region ${REGION} --alarm-name cmk-disable-or-scheduled-deletion \\\n` +
  `  --metric-name CMKDisableOrScheduledDeletion --namespace CISBenchmark \\\n` +
  `  --statistic Sum --period 300 --threshold 1 --comparison-operator GreaterThanOrEqualToThreshold \\\n` +
  `  --evaluation-periods 1 --treat-missing-data notBreaching --actions-enabled \\\n` +
  `  --alarm-actions ${TOPIC_ARN}`
export const SUBSCRIBE_FIX = `aws sns subscribe --region ${REGION} --topic-arn ${TOPIC_ARN} --protocol email --notification-endpoint <security-team-email>`

/** The trail is fine; there is no metric filter, so there is no alarm, and the topic has no confirmed subscriber. */
export function failingReport(): Report {
  const over: Partial<Record<FindingId, Finding>> = {
    'filter.pattern': finding('filter.pattern', 'fail', {
      resource: LOG_GROUP_ARN,
      message: `No metric filter on log group ${LOG_GROUP} matches KMS DisableKey and ScheduleKeyDeletion.`,
      remediation: FILTER_FIX
    }),
    'filter.metric-value': finding('filter.metric-value', 'fail', {
      resource: LOG_GROUP_ARN,
      message: 'There is no metric filter, so no metric is published.',
      remediation: FILTER_FIX
    }),
    'filter.security-hub-text': finding('filter.security-hub-text', 'warn', {
      resource: LOG_GROUP_ARN,
      message: 'Security Hub will not find a CIS pattern on this log group.'
    }),
    'alarm.exists': finding('alarm.exists', 'fail', {
      resource: 'CISBenchmark/CMKDisableOrScheduledDeletion',
      message: 'No alarm watches the metric CISBenchmark/CMKDisableOrScheduledDeletion.',
      remediation: ALARM_FIX
    }),
    'subscription.confirmed': finding('subscription.confirmed', 'fail', {
      message: 'The topic has 1 subscription, pending confirmation: s***@example.com.',
      remediation: SUBSCRIBE_FIX
    })
  }
  return {
    control: 'cis-aws-4.7',
    status: 'fail',
    compliant: false,
    region: REGION,
    identity: { account: ACCOUNT, arn: `arn:aws:sts::${ACCOUNT}:assumed-role/compliance-reader/gha` },
    chain: [
      {
        link: 'trail',
        resource: TRAIL_ARN,
        status: 'pass',
        why: 'Multi-Region, logging, management events to CloudWatch Logs'
      },
      {
        link: 'metric filter',
        resource: LOG_GROUP,
        status: 'fail',
        why: 'No filter matches DisableKey and ScheduleKeyDeletion'
      },
      { link: 'alarm', resource: '', status: 'fail', why: 'No alarm: there is no metric' },
      { link: 'topic', resource: TOPIC_ARN, status: 'pass', why: 'CloudWatch may publish' },
      { link: 'subscription', resource: TOPIC_ARN, status: 'fail', why: 'No confirmed subscription' }
    ],
    findings: FINDING_IDS.map((id) => over[id] ?? finding(id, 'pass')),
    securityHub: { prediction: 'fail', reason: 'No metric filter with the CIS pattern on the trail log group.' },
    logGroupName: LOG_GROUP,
    topicArn: TOPIC_ARN
  }
}

/** The role may not read the alarm or the topic: the chain stops there and nothing else failed. */
export function manualReport(): Report {
  const over: Partial<Record<FindingId, Finding>> = {
    'alarm.exists': finding('alarm.exists', 'manual', {
      resource: `arn:aws:cloudwatch:${REGION}:${ACCOUNT}:alarm:*`,
      message: 'cloudwatch:DescribeAlarms was denied, so the alarms on the metric could not be read.'
    }),
    'subscription.confirmed': finding('subscription.confirmed', 'manual', {
      message: 'sns:ListSubscriptionsByTopic was denied.'
    })
  }
  return {
    control: 'cis-aws-4.7',
    status: 'manual',
    compliant: false,
    region: REGION,
    chain: [
      {
        link: 'trail',
        resource: TRAIL_ARN,
        status: 'pass',
        why: 'Multi-Region, logging, management events to CloudWatch Logs'
      },
      { link: 'metric filter', resource: FILTER_NAME, status: 'pass', why: 'Pattern matches' },
      { link: 'alarm', resource: '', status: 'manual', why: 'cloudwatch:DescribeAlarms denied' }
    ],
    findings: FINDING_IDS.map((id) => over[id] ?? finding(id, 'pass')),
    securityHub: { prediction: 'unknown', reason: 'The alarms could not be read.' },
    logGroupName: LOG_GROUP,
    metricFilterName: FILTER_NAME
  }
}

/** Everything an attacker who can name AWS resources might put in a name, a tag or a message. */
export const HOSTILE =
  'evil|name\nwith newline <img src=x onerror=alert(1)> ```bash\n````\n`tick` [link](https://evil.example) ' +
  '*bold* \r\n::error::pwned\n  ::warning title=x::pwned2\n##[error]legacy pwned \u001b[31mred\u001b[0m \u202eevil\n' +
  '</details><script>alert(2)</script> &amp; | |'

export function hostileReport(): Report {
  const r = failingReport()
  r.chain = r.chain.map((l) => ({ ...l, resource: `${l.resource}${HOSTILE}`, why: HOSTILE }))
  r.findings = r.findings.map((f) => ({
    ...f,
    title: `${f.title} ${HOSTILE}`,
    resource: `${f.resource}${HOSTILE}`,
    message: HOSTILE,
    remediation: f.remediation
      ? `${f.remediation}\naws logs describe-log-groups --log-group-name-prefix '${HOSTILE}'`
      : ''
  }))
  r.identity = { account: ACCOUNT, arn: `arn:aws:sts::${ACCOUNT}:assumed-role/${HOSTILE}` }
  r.securityHub = { prediction: 'fail', reason: HOSTILE }
  r.logGroupName = HOSTILE
  r.topicArn = `${TOPIC_ARN}${HOSTILE}`
  return r
}
