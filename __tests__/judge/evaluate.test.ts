import { describe, it, expect } from '@jest/globals'
import { evaluate } from '../../src/judge/index.js'
import type { Finding } from '../../src/model/report.js'
import { ACCOUNT, REGION, alarm, compliantState, topic, TOPIC_ARN } from './state-fixtures.js'

const semantic = { patternPolicy: 'semantic' as const }
const statusOf = (findings: Finding[], id: string) => findings.find((f) => f.id === id)?.status

describe('evaluate: the whole chain', () => {
  it('passes a compliant chain and names its resources', () => {
    const report = evaluate(compliantState(), semantic)
    expect(report.status).toBe('pass')
    expect(report.compliant).toBe(true)
    expect(report.findings.filter((f) => f.status !== 'pass').map((f) => f.id)).toEqual([])
    expect(report.alarmArn).toBe(`arn:aws:cloudwatch:${REGION}:${ACCOUNT}:alarm:cmk-alarm`)
    expect(report.topicArn).toBe(TOPIC_ARN)
    expect(report.chain.map((l) => [l.link, l.status])).toEqual([
      ['trail', 'pass'],
      ['metric filter', 'pass'],
      ['alarm', 'pass'],
      ['topic', 'pass'],
      ['subscription', 'pass']
    ])
    expect(report.securityHub.prediction).toBe('pass')
  })

  it('reports every one of the 13 finding ids once', () => {
    const ids = evaluate(compliantState(), semantic).findings.map((f) => f.id)
    expect(new Set(ids).size).toBe(13)
  })

  it('fails a single-region trail and gives the update-trail command', () => {
    const report = evaluate(compliantState({ trail: { isMultiRegion: false } }), semantic)
    expect(report.status).toBe('fail')
    const f = report.findings.find((x) => x.id === 'trail.multi-region-logging')!
    expect(f.status).toBe('fail')
    expect(f.remediation).toContain(
      'aws cloudtrail update-trail --region us-east-1 --name management --is-multi-region-trail'
    )
  })

  it('fails a trail that excludes KMS events', () => {
    const state = compliantState({
      trail: {
        selectors: {
          ok: true,
          value: {
            basic: [
              {
                readWriteType: 'All',
                includeManagementEvents: true,
                excludeManagementEventSources: ['kms.amazonaws.com']
              }
            ],
            advanced: []
          }
        }
      }
    })
    const report = evaluate(state, semantic)
    expect(statusOf(report.findings, 'trail.kms-events-included')).toBe('fail')
    expect(statusOf(report.findings, 'trail.management-events')).toBe('pass')
  })

  it('fails a pattern with DisableKeyRotation and shows a counter-example', () => {
    const pattern =
      '{($.eventSource = kms.amazonaws.com) && (($.eventName=DisableKeyRotation)||($.eventName=ScheduleKeyDeletion)) }'
    const report = evaluate(compliantState({ pattern }), semantic)
    const f = report.findings.find((x) => x.id === 'filter.pattern')!
    expect(f.status).toBe('fail')
    expect(f.message).toContain('"DisableKey"')
    expect(f.remediation).toContain('aws logs put-metric-filter')
    expect(f.remediation).toContain('--log-group-name aws-cloudtrail-logs')
  })

  it('still judges the links after a broken one, so one run lists every fix', () => {
    const pattern = '{ ($.eventSource = kms.amazonaws.com) && ($.eventName = DisableKey) }'
    const report = evaluate(compliantState({ pattern, alarms: [alarm({ actionsEnabled: false })] }), semantic)
    expect(statusOf(report.findings, 'filter.pattern')).toBe('fail')
    expect(statusOf(report.findings, 'alarm.exists')).toBe('pass')
    expect(statusOf(report.findings, 'alarm.actions-enabled')).toBe('fail')
    expect(statusOf(report.findings, 'subscription.confirmed')).toBe('pass')
    expect(report.findings.find((f) => f.id === 'filter.pattern')!.message).toContain(
      '"eventName":"ScheduleKeyDeletion"'
    )
  })

  it('gives the fix for every missing link when there is no filter', () => {
    const state = compliantState()
    const group = state.trails.ok ? state.trails.value[0].logGroup! : undefined
    group!.metricFilters = { ok: true, value: [] }
    const report = evaluate(state, semantic)
    for (const id of ['filter.pattern', 'alarm.exists', 'topic.delivery', 'subscription.confirmed']) {
      expect(statusOf(report.findings, id)).toBe('fail')
    }
    expect(report.findings.find((f) => f.id === 'alarm.exists')!.remediation).toContain('put-metric-alarm')
    expect(report.findings.find((f) => f.id === 'topic.delivery')!.remediation).toContain('create-topic')
  })

  it('warns, but passes, a pattern that also alarms on every KMS call', () => {
    const pattern =
      '{ $.eventSource = kms.amazonaws.com || $.eventName = DisableKey || $.eventName = ScheduleKeyDeletion }'
    const report = evaluate(compliantState({ pattern }), semantic)
    expect(statusOf(report.findings, 'filter.pattern')).toBe('warn')
    expect(report.status).toBe('pass')
  })

  it('accepts an equivalent quoted pattern but predicts a Security Hub failure', () => {
    const pattern =
      '{ ($.eventName = "ScheduleKeyDeletion" || $.eventName = "DisableKey") && $.eventSource = "kms.amazonaws.com" }'
    const report = evaluate(compliantState({ pattern }), semantic)
    expect(report.status).toBe('pass')
    expect(statusOf(report.findings, 'filter.security-hub-text')).toBe('warn')
    expect(report.securityHub.prediction).toBe('fail')
    const strict = evaluate(compliantState({ pattern }), { patternPolicy: 'security-hub' })
    expect(strict.status).toBe('fail')
  })

  it('fails a metric value taken from the event', () => {
    const report = evaluate(compliantState({ metricValue: '$.requestParameters.pendingWindowInDays' }), semantic)
    expect(statusOf(report.findings, 'filter.metric-value')).toBe('fail')
  })

  it('fails, not manual, a filter that matches no target event and whose alarms were left unread for it', () => {
    // The account source reads no alarms for such a filter (they cannot change the verdict): the chain fails at the
    // filter, and the alarm fix names the configured metric, not the unrelated filter's.
    const state = compliantState({ pattern: '{ $.eventName = ConsoleLogin }' })
    const transformation = state.trails.ok
      ? state.trails.value[0].logGroup!.metricFilters.ok
        ? state.trails.value[0].logGroup!.metricFilters.value[0].transformations[0]
        : undefined
      : undefined
    transformation!.alarms = {
      ok: false,
      problem: {
        kind: 'not-needed',
        action: 'cloudwatch:DescribeAlarmsForMetric',
        message:
          'The alarms on CISBenchmark/CMKDisableOrDelete were not read: metric filter cmk-filter matches no event.'
      }
    }
    const report = evaluate(state, semantic)
    expect(report.status).toBe('fail')
    expect(statusOf(report.findings, 'filter.pattern')).toBe('fail')
    const exists = report.findings.find((f) => f.id === 'alarm.exists')!
    expect(exists.status).toBe('fail')
    expect(exists.message).toContain('were not read: metric filter cmk-filter matches no event')
    expect(exists.remediation).toContain('aws cloudwatch put-metric-alarm')
    expect(report.findings.filter((f) => f.status === 'manual').map((f) => f.id)).toEqual([])
  })

  it('fails when no alarm watches the metric', () => {
    const report = evaluate(compliantState({ alarms: [] }), semantic)
    expect(statusOf(report.findings, 'alarm.exists')).toBe('fail')
    expect(report.findings.find((f) => f.id === 'alarm.exists')!.remediation).toContain(
      'aws cloudwatch put-metric-alarm'
    )
  })

  it.each([
    [{ threshold: 2 }, 'fail'],
    [{ comparisonOperator: 'GreaterThanThreshold', threshold: 1 }, 'fail'],
    [{ comparisonOperator: 'GreaterThanThreshold', threshold: 0 }, 'pass'],
    [{ statistic: 'Average' }, 'pass'],
    [{ evaluationPeriods: 3, datapointsToAlarm: 2 }, 'fail'],
    [{ evaluationPeriods: 3, datapointsToAlarm: 1 }, 'pass'],
    [{ evaluationPeriods: 2 }, 'fail'],
    [{ comparisonOperator: 'LessThanThreshold' }, 'fail']
  ])('judges alarm %j as %s for fires-on-one-event', (overrides, expected) => {
    const report = evaluate(compliantState({ alarms: [alarm(overrides)] }), semantic)
    expect(statusOf(report.findings, 'alarm.fires-on-one-event')).toBe(expected)
  })

  it('fails an alarm with actions disabled', () => {
    const report = evaluate(compliantState({ alarms: [alarm({ actionsEnabled: false })] }), semantic)
    expect(statusOf(report.findings, 'alarm.actions-enabled')).toBe('fail')
    expect(report.findings.find((f) => f.id === 'alarm.actions-enabled')!.remediation).toBe(
      'aws cloudwatch enable-alarm-actions --region us-east-1 --alarm-names cmk-alarm'
    )
  })

  it('fails a topic encrypted with alias/aws/sns', () => {
    const t = topic({ attributes: { ok: true, value: { kmsMasterKeyId: 'alias/aws/sns' } } })
    const report = evaluate(compliantState({ alarms: [alarm({ topics: { [TOPIC_ARN]: t } })] }), semantic)
    const f = report.findings.find((x) => x.id === 'topic.delivery')!
    expect(f.status).toBe('fail')
    expect(f.message).toContain('alias/aws/sns')
  })

  it('does not count a pending subscription', () => {
    const t = topic({
      subscriptions: {
        ok: true,
        value: [{ arn: 'PendingConfirmation', protocol: 'email', endpoint: 'a@example.com', confirmed: false }]
      }
    })
    const report = evaluate(compliantState({ alarms: [alarm({ topics: { [TOPIC_ARN]: t } })] }), semantic)
    const f = report.findings.find((x) => x.id === 'subscription.confirmed')!
    expect(f.status).toBe('fail')
    expect(f.message).toContain('pending confirmation')
  })

  it('makes a refused call manual and names the IAM action, not a false fail', () => {
    const t = topic({
      subscriptions: {
        ok: false,
        problem: {
          kind: 'access-denied',
          action: 'sns:ListSubscriptionsByTopic',
          message: 'sns:ListSubscriptionsByTopic was refused (AuthorizationError)'
        }
      }
    })
    const report = evaluate(compliantState({ alarms: [alarm({ topics: { [TOPIC_ARN]: t } })] }), semantic)
    expect(report.status).toBe('manual')
    const f = report.findings.find((x) => x.id === 'subscription.confirmed')!
    expect(f.status).toBe('manual')
    expect(f.message).toContain('sns:ListSubscriptionsByTopic')
  })

  it('makes a log group in another account manual', () => {
    const state = compliantState()
    const trail = state.trails.ok ? state.trails.value[0] : undefined
    trail!.logGroup!.metricFilters = {
      ok: false,
      problem: {
        kind: 'cross-account',
        action: 'logs:DescribeMetricFilters',
        message: 'The log group is in account 999999999999'
      }
    }
    const report = evaluate(state, semantic)
    expect(report.status).toBe('manual')
    expect(statusOf(report.findings, 'filter.pattern')).toBe('manual')
    expect(statusOf(report.findings, 'alarm.exists')).toBe('manual')
  })

  it('makes an organization trail owned by another account manual, naming that account', () => {
    const notFound = {
      ok: false as const,
      problem: { kind: 'not-found' as const, action: 'cloudtrail:GetTrailStatus', message: 'trail not found' }
    }
    const state = compliantState({
      trail: {
        account: '999988887777',
        arn: 'arn:aws:cloudtrail:us-east-1:999988887777:trail/org',
        isOrganizationTrail: true,
        status: notFound,
        selectors: { ...notFound, problem: { ...notFound.problem, action: 'cloudtrail:GetEventSelectors' } }
      }
    })
    const trail = state.trails.ok ? state.trails.value[0] : undefined
    trail!.logGroup!.metricFilters = {
      ok: false,
      problem: {
        kind: 'cross-account',
        action: 'logs:DescribeMetricFilters',
        message: 'The log group is in account 999988887777'
      }
    }
    const report = evaluate(state, semantic)
    expect(report.status).toBe('manual')
    const f = report.findings.find((x) => x.id === 'trail.multi-region-logging')!
    expect(f.status).toBe('manual')
    expect(f.message).toContain('organization trail management belongs to account 999988887777')
    expect(report.securityHub.prediction).toBe('unknown')
  })

  it('fails when there is no trail at all, with create-trail as the fix', () => {
    const report = evaluate({ region: REGION, trails: { ok: true, value: [] } }, semantic)
    expect(report.status).toBe('fail')
    expect(report.findings[0].remediation).toContain('aws cloudtrail create-trail')
  })

  it('picks the passing chain among several alarms', () => {
    const report = evaluate(
      compliantState({
        alarms: [
          alarm({ name: 'broken', arn: 'arn:aws:cloudwatch:us-east-1:1:alarm:broken', actionsEnabled: false }),
          alarm()
        ]
      }),
      semantic
    )
    expect(report.status).toBe('pass')
    expect(report.alarmArn).toContain(':alarm:cmk-alarm')
  })
})
