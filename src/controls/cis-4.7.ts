// CIS AWS Foundations Benchmark 4.7 / AWS Security Hub CloudWatch.7: "Ensure a log metric filter and alarm exist
// for disabling or scheduled deletion of customer created CMKs". Everything this project knows about the control.
import type { CloudTrailRecord, ControlDescriptor } from './types.js'

const KMS = 'kms.amazonaws.com'

/**
 * The CIS Benchmark literal (control text, remediation step 1): the pattern enforce writes. Security Hub compares
 * pattern text, so it is written exactly as CIS prints it.
 */
const CIS_PATTERN =
  '{($.eventSource = kms.amazonaws.com) && (($.eventName=DisableKey)||($.eventName=ScheduleKeyDeletion)) }'
/** The Security Hub CloudWatch.7 remediation text: the CIS literal but for whitespace. */
const SECURITY_HUB_PATTERN =
  '{($.eventSource=kms.amazonaws.com) && (($.eventName=DisableKey) || ($.eventName=ScheduleKeyDeletion))}'
/** The CIS pattern spaced for reading, in rule texts. */
const CIS_SPACED =
  '{ ($.eventSource = kms.amazonaws.com) && (($.eventName = DisableKey) || ($.eventName = ScheduleKeyDeletion)) }'

const KEY_ID = '1234abcd-12ab-34cd-56ef-1234567890ab'
const KEY_ARN = `arn:aws:kms:us-west-2:111122223333:key/${KEY_ID}`
const IAM_USER = {
  type: 'IAMUser',
  principalId: 'EX_PRINCIPAL_ID',
  arn: 'arn:aws:iam::111122223333:user/Alice',
  accountId: '111122223333',
  accessKeyId: 'EXAMPLE_KEY_ID',
  userName: 'Alice'
}

/** KMS Developer Guide, ct-disablekey.html, unwrapped from its `Records` array. */
function disableKeySample(): CloudTrailRecord {
  return {
    eventVersion: '1.02',
    userIdentity: { ...IAM_USER },
    eventTime: '2014-11-04T00:52:43Z',
    eventSource: KMS,
    eventName: 'DisableKey',
    awsRegion: 'us-east-1',
    sourceIPAddress: '192.0.2.0',
    userAgent: 'AWS Internal',
    requestParameters: { keyId: KEY_ID },
    responseElements: null,
    requestID: '12345126-30d5-4b28-98b9-9153da559963',
    eventID: 'abcde202-ba1a-467c-b4ba-f729d45ae521',
    readOnly: false,
    resources: [{ ARN: KEY_ARN, accountId: '111122223333' }],
    eventType: 'AwsApiCall',
    recipientAccountId: '111122223333'
  }
}

/** KMS Developer Guide, ct-schedule-key-deletion.html, single-Region key (verbatim values). */
function scheduleKeyDeletionSample(): CloudTrailRecord {
  return {
    eventVersion: '1.08',
    userIdentity: { ...IAM_USER },
    eventTime: '2021-03-23T18:58:30Z',
    eventSource: KMS,
    eventName: 'ScheduleKeyDeletion',
    awsRegion: 'us-east-1',
    sourceIPAddress: '192.0.2.0',
    userAgent: 'AWS Internal',
    requestParameters: { pendingWindowInDays: 20, keyId: KEY_ID },
    responseElements: { keyId: KEY_ARN, keyState: 'PendingDeletion', deletionDate: 'Apr 12, 2021 18:58:30 PM' },
    requestID: 'ee408f36-ea01-422b-ac14-b0f147c68334',
    eventID: '3c4226b0-1e81-48a8-a333-7fa5f3cbd118',
    readOnly: false,
    resources: [{ accountId: '111122223333', type: 'AWS::KMS::Key', ARN: KEY_ARN }],
    eventType: 'AwsApiCall',
    recipientAccountId: '111122223333'
  }
}

export const CIS_AWS_4_7: ControlDescriptor = {
  id: 'cis-aws-4.7',
  name: 'CIS AWS 4.7 / Security Hub CloudWatch.7',
  reference: 'CIS AWS Foundations 4.7 / Security Hub CloudWatch.7',
  securityHub: {
    id: 'CloudWatch.7',
    url: 'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html#cloudwatch-7'
  },
  tags: ['security', 'CIS-AWS-4.7', 'CloudWatch.7'],
  target: {
    eventSource: KMS,
    eventNames: ['DisableKey', 'ScheduleKeyDeletion'],
    description: 'KMS DisableKey and ScheduleKeyDeletion events',
    sample: (eventName) => {
      const record = eventName === 'DisableKey' ? disableKeySample() : scheduleKeyDeletionSample()
      record.eventName = eventName
      return record
    },
    failure: { errorCode: 'KMSInvalidStateException', errorMessage: `${KEY_ARN} is pending deletion.` },
    relatedEventNames: [
      'DisableKeyRotation',
      'CancelKeyDeletion',
      'EnableKey',
      'Decrypt',
      'Encrypt',
      'GenerateDataKey',
      'DescribeKey',
      'CreateKey',
      'PutKeyPolicy',
      'EnableKeyRotation',
      'DeleteAlias'
    ]
  },
  patterns: { cis: CIS_PATTERN, securityHub: SECURITY_HUB_PATTERN },
  alarm: {
    statistic: 'Sum',
    period: 300,
    threshold: 1,
    comparisonOperator: 'GreaterThanOrEqualToThreshold',
    evaluationPeriods: 1,
    datapointsToAlarm: 1,
    treatMissingData: 'notBreaching',
    description: 'CIS AWS 4.7 / Security Hub CloudWatch.7: a KMS key was disabled or scheduled for deletion.'
  },
  defaults: {
    filterName: 'cmk-disable-or-scheduled-deletion',
    metricName: 'CMKDisableOrScheduledDeletion',
    metricNamespace: 'CISBenchmark',
    alarmName: 'cmk-disable-or-scheduled-deletion',
    topicName: 'cis-security-alarms'
  },
  verdict: {
    pass: 'CloudTrail delivers KMS DisableKey and ScheduleKeyDeletion events to a metric filter whose alarm notifies an SNS topic with a confirmed subscription',
    failConsequence: 'nobody would be notified when a KMS key is disabled or scheduled for deletion'
  },
  findings: {
    'trail.multi-region-logging': {
      title: 'A multi-region CloudTrail trail is logging',
      failTitle: 'No multi-region CloudTrail trail is logging',
      rule: {
        short: 'A multi-Region CloudTrail trail is logging',
        full: 'At least one multi-Region CloudTrail trail must exist and be logging, so KMS API calls in every Region are recorded.',
        fix: 'Turn the trail into a multi-Region trail and start logging: `aws cloudtrail update-trail --name TRAIL --is-multi-region-trail` and `aws cloudtrail start-logging --name TRAIL`.',
        securitySeverity: 7.5
      }
    },
    'trail.management-events': {
      title: 'The trail records management write events',
      failTitle: 'The trail does not record management write events',
      rule: {
        short: 'The trail records management events',
        full: 'The trail must record management events (read and write); DisableKey and ScheduleKeyDeletion are write management events.',
        fix: 'Add an event selector with IncludeManagementEvents=true and ReadWriteType=All: `aws cloudtrail put-event-selectors --trail-name TRAIL --event-selectors \'[{"ReadWriteType":"All","IncludeManagementEvents":true}]\'`.',
        securitySeverity: 7.5
      }
    },
    'trail.kms-events-included': {
      title: 'The trail does not exclude KMS events',
      failTitle: 'The trail excludes KMS events',
      rule: {
        short: 'The trail does not exclude KMS events',
        full: 'The trail must not exclude kms.amazonaws.com from its management events (ExcludeManagementEventSources).',
        fix: "Remove kms.amazonaws.com from ExcludeManagementEventSources in the trail's event selectors (`aws cloudtrail put-event-selectors`).",
        securitySeverity: 7.5
      }
    },
    'trail.cloudwatch-logs': {
      title: 'The trail delivers to CloudWatch Logs',
      failTitle: 'The trail does not deliver to CloudWatch Logs',
      rule: {
        short: 'The trail delivers to CloudWatch Logs',
        full: 'The trail must deliver its events to a CloudWatch Logs log group (CloudWatchLogsLogGroupArn and a role CloudTrail can assume), and delivery must be working.',
        fix: 'Create a log group and a role for CloudTrail, then `aws cloudtrail update-trail --name TRAIL --cloud-watch-logs-log-group-arn LOG_GROUP_ARN --cloud-watch-logs-role-arn ROLE_ARN`.',
        securitySeverity: 7.5
      }
    },
    'filter.pattern': {
      title: 'A metric filter matches every DisableKey and ScheduleKeyDeletion event',
      failTitle: 'No metric filter matches every DisableKey and ScheduleKeyDeletion event',
      rule: {
        short: 'A metric filter matches KMS DisableKey and ScheduleKeyDeletion',
        full: `The trail's log group must have a metric filter whose pattern matches KMS DisableKey and ScheduleKeyDeletion events, e.g. \`${CIS_PATTERN}\`.`,
        fix: `\`aws logs put-metric-filter --log-group-name LOG_GROUP --filter-name CMKDisableOrDeletion --filter-pattern '${CIS_SPACED}' --metric-transformations metricName=CMKDisableOrDeletion,metricNamespace=CISBenchmark,metricValue=1\`.`,
        securitySeverity: 7.5
      }
    },
    'filter.metric-value': {
      title: 'The metric filter counts each event with a positive value',
      failTitle: 'The metric filter does not count each event',
      rule: {
        short: 'The metric filter counts each event',
        full: 'The metric filter must publish a metric value of 1 for each matching event, so one disabled or scheduled-for-deletion key raises the metric.',
        fix: 'Re-create the metric filter with `--metric-transformations ...,metricValue=1` (`aws logs put-metric-filter`).',
        securitySeverity: 7.5
      }
    },
    'filter.security-hub-text': {
      title: 'The filter pattern is the text Security Hub CloudWatch.7 expects',
      failTitle: 'The filter pattern is not the text Security Hub CloudWatch.7 expects',
      rule: {
        short: 'Security Hub recognises the filter pattern',
        full: 'Security Hub CloudWatch.7 compares the filter pattern text with the CIS pattern; a pattern that works but is written differently can still fail the Security Hub control.',
        fix: `Use the CIS pattern text exactly: \`${CIS_PATTERN}\`.`,
        securitySeverity: 3.0
      }
    },
    'alarm.exists': {
      title: 'An alarm watches the metric',
      failTitle: 'No alarm watches the metric',
      rule: {
        short: 'An alarm watches the filter metric',
        full: 'A CloudWatch alarm must watch the metric the filter publishes (same metric name and namespace).',
        fix: '`aws cloudwatch put-metric-alarm --alarm-name CMKDisableOrDeletion --metric-name METRIC --namespace NAMESPACE --statistic Sum --period 300 --evaluation-periods 1 --threshold 1 --comparison-operator GreaterThanOrEqualToThreshold --alarm-actions TOPIC_ARN`.',
        securitySeverity: 7.5
      }
    },
    'alarm.fires-on-one-event': {
      title: 'The alarm fires on a single event',
      failTitle: 'The alarm does not fire on a single event',
      rule: {
        short: 'The alarm fires on a single event',
        full: 'The alarm must go into ALARM for a single matching event, e.g. statistic Sum, threshold 1, GreaterThanOrEqualToThreshold, one evaluation period.',
        fix: 'Update the alarm with `--statistic Sum --threshold 1 --comparison-operator GreaterThanOrEqualToThreshold --evaluation-periods 1` (`aws cloudwatch put-metric-alarm`).',
        securitySeverity: 7.5
      }
    },
    'alarm.actions-enabled': {
      title: 'The alarm actions are enabled',
      failTitle: 'The alarm actions are disabled',
      rule: {
        short: 'The alarm actions are enabled',
        full: 'The alarm must have its actions enabled, or it notifies no one.',
        fix: '`aws cloudwatch enable-alarm-actions --alarm-names ALARM`.',
        securitySeverity: 7.5
      }
    },
    'alarm.sns-action': {
      title: 'The alarm notifies an SNS topic',
      failTitle: 'The alarm notifies no SNS topic',
      rule: {
        short: 'The alarm notifies an SNS topic',
        full: 'The alarm must have an SNS topic among its ALARM actions.',
        fix: 'Add the topic ARN to the alarm with `--alarm-actions TOPIC_ARN` (`aws cloudwatch put-metric-alarm`).',
        securitySeverity: 7.5
      }
    },
    'topic.delivery': {
      title: 'CloudWatch can deliver to the SNS topic',
      failTitle: 'CloudWatch cannot deliver to the SNS topic',
      rule: {
        short: 'CloudWatch can publish to the SNS topic',
        full: 'The SNS topic must exist, and CloudWatch must be able to publish to it (topic policy and, for an encrypted topic, the KMS key policy).',
        fix: 'Create the topic or fix its access policy; for a KMS-encrypted topic, allow cloudwatch.amazonaws.com kms:Decrypt and kms:GenerateDataKey* in the key policy.',
        securitySeverity: 7.5
      }
    },
    'subscription.confirmed': {
      title: 'The topic has a confirmed subscription',
      failTitle: 'Nobody has confirmed a subscription to the topic',
      rule: {
        short: 'The SNS topic has a confirmed subscription',
        full: 'The SNS topic must have at least one confirmed subscription, so a person is actually notified.',
        fix: '`aws sns subscribe --topic-arn TOPIC_ARN --protocol email --notification-endpoint security@example.com`, then confirm the subscription from the message it sends.',
        securitySeverity: 7.5
      }
    }
  },
  extraChecks: {
    'cross-check.agreement': {
      title: "AWS's filter evaluator agrees with this tool on the filter pattern",
      failTitle: "AWS's filter evaluator and this tool disagree on the filter pattern",
      rule: {
        short: "AWS's filter evaluator agrees with the pattern engine",
        full: 'With cross-check, the KMS DisableKey and ScheduleKeyDeletion events the coverage judgement rests on (IAM user, assumed role, root, AWS service, refused calls, other Regions), the counter-example or over-broad example it found, and calls it must not match are sent to logs:TestMetricFilter; AWS must answer each event as this tool does. A disagreement is reported with the event and both answers, and settled by a person.',
        fix: 'Reproduce the disagreement with `aws logs test-metric-filter --filter-pattern PATTERN --log-event-messages EVENT`, decide which answer is right, and report it to the maintainers of cmk-alarm (scripts/cross-check.mjs runs the same comparison).',
        securitySeverity: 5.0
      }
    },
    'drill.delivery': {
      title: 'The fire drill notification was delivered',
      failTitle: 'The fire drill notification was not delivered',
      rule: {
        short: 'A test notification reaches the SNS topic',
        full: 'With fire-drill, the alarm of the passing chain is set to ALARM (cloudwatch:SetAlarmState), CloudWatch must record the SNS notification as executed in the alarm history (cloudwatch:DescribeAlarmHistory) within the time budget, and the alarm is set back to its previous state. An alarm already in ALARM is left alone.',
        fix: 'Fix what CloudWatch recorded as the failure (the topic policy or its KMS key policy, usually), then run the drill again: `aws cloudwatch set-alarm-state --alarm-name ALARM --state-value ALARM --state-reason test` and `aws cloudwatch describe-alarm-history --alarm-name ALARM --history-item-type Action`.',
        securitySeverity: 7.5
      }
    }
  }
}
