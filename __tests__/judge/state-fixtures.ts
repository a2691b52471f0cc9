// Account states built by hand, to test evaluation without any server.
import type { AccountState, AlarmState, TopicState, TrailState } from '../../src/model/state.js'

export const ACCOUNT = '111122223333'
export const REGION = 'us-east-1'
export const CIS_PATTERN =
  '{($.eventSource = kms.amazonaws.com) && (($.eventName=DisableKey)||($.eventName=ScheduleKeyDeletion)) }'
export const TOPIC_ARN = `arn:aws:sns:${REGION}:${ACCOUNT}:security-alerts`

export function topic(overrides: Partial<TopicState> = {}): TopicState {
  return {
    arn: TOPIC_ARN,
    attributes: { ok: true, value: { owner: ACCOUNT } },
    subscriptions: {
      ok: true,
      value: [{ arn: `${TOPIC_ARN}:1b2c`, protocol: 'email', endpoint: 'secops@example.com', confirmed: true }]
    },
    ...overrides
  }
}

export function alarm(overrides: Partial<AlarmState> = {}): AlarmState {
  return {
    name: 'cmk-alarm',
    arn: `arn:aws:cloudwatch:${REGION}:${ACCOUNT}:alarm:cmk-alarm`,
    actionsEnabled: true,
    metricName: 'CMKDisableOrDelete',
    namespace: 'CISBenchmark',
    statistic: 'Sum',
    period: 300,
    evaluationPeriods: 1,
    threshold: 1,
    comparisonOperator: 'GreaterThanOrEqualToThreshold',
    dimensions: {},
    alarmActions: [TOPIC_ARN],
    usesMetricMath: false,
    topics: { [TOPIC_ARN]: topic() },
    ...overrides
  }
}

export interface ChainOverrides {
  trail?: Partial<TrailState>
  pattern?: string
  metricValue?: string
  alarms?: AlarmState[]
}

export function compliantState(o: ChainOverrides = {}): AccountState {
  const groupName = 'aws-cloudtrail-logs'
  const groupArn = `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:${groupName}`
  const trail: TrailState = {
    name: 'management',
    arn: `arn:aws:cloudtrail:${REGION}:${ACCOUNT}:trail/management`,
    homeRegion: REGION,
    account: ACCOUNT,
    isMultiRegion: true,
    isOrganizationTrail: false,
    status: { ok: true, value: { isLogging: true } },
    selectors: {
      ok: true,
      value: {
        basic: [{ readWriteType: 'All', includeManagementEvents: true, excludeManagementEventSources: [] }],
        advanced: []
      }
    },
    logGroupArn: `${groupArn}:*`,
    logGroup: {
      name: groupName,
      arn: groupArn,
      region: REGION,
      account: ACCOUNT,
      metricFilters: {
        ok: true,
        value: [
          {
            name: 'cmk-filter',
            pattern: o.pattern ?? CIS_PATTERN,
            logGroupName: groupName,
            transformations: [
              {
                metricName: 'CMKDisableOrDelete',
                metricNamespace: 'CISBenchmark',
                metricValue: o.metricValue ?? '1',
                alarms: { ok: true, value: o.alarms ?? [alarm()] }
              }
            ]
          }
        ]
      }
    },
    ...o.trail
  }
  return {
    region: REGION,
    identity: { account: ACCOUNT, arn: `arn:aws:sts::${ACCOUNT}:assumed-role/ci/run` },
    trails: { ok: true, value: [trail] }
  }
}
