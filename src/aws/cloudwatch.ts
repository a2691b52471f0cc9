// CloudWatch reads: the alarms that watch one metric (no scan of every alarm in the account); the alarm enforce manages;
// and the fire drill's one write, an alarm's state.
import {
  CloudWatchClient,
  DescribeAlarmHistoryCommand,
  DescribeAlarmsCommand,
  DescribeAlarmsForMetricCommand,
  ListTagsForResourceCommand,
  PutMetricAlarmCommand,
  SetAlarmStateCommand,
  type MetricAlarm,
  type StateValue
} from '@aws-sdk/client-cloudwatch'
import type { AlarmSpec } from '../controls/types.js'
import type { AlarmActionHistory, AlarmActionRecord, AlarmState } from '../model/state.js'
import { requireFields } from './answer.js'

export type AlarmDescription = Omit<AlarmState, 'topics'>

export async function describeAlarmsForMetric(
  client: CloudWatchClient,
  metric: { metricName: string; namespace: string; dimensions?: Record<string, string> }
): Promise<AlarmDescription[]> {
  const dimensions = Object.entries(metric.dimensions ?? {}).map(([Name, Value]) => ({ Name, Value }))
  const out = requireFields(
    'cloudwatch:DescribeAlarmsForMetric',
    await client.send(
      new DescribeAlarmsForMetricCommand({
        MetricName: metric.metricName,
        Namespace: metric.namespace,
        Dimensions: dimensions.length > 0 ? dimensions : undefined
      })
    ),
    'MetricAlarms'
  )
  return (out.MetricAlarms ?? []).map(toAlarmDescription)
}

/** An alarm's state as CloudWatch holds it now. */
export interface AlarmCurrentState {
  /** `OK`, `ALARM` or `INSUFFICIENT_DATA`. */
  value: string
  reason: string
  /** ISO time of the last state change. */
  updatedAt?: string
  actionsEnabled: boolean
}

/**
 * The current state of one alarm, read where verify reads it (DescribeAlarmsForMetric on its metric, so the drill needs
 * no listing of alarms); undefined when the alarm is no longer there.
 */
export async function describeAlarmStateForMetric(
  client: CloudWatchClient,
  metric: { metricName: string; namespace: string },
  alarmArn: string
): Promise<AlarmCurrentState | undefined> {
  const out = requireFields(
    'cloudwatch:DescribeAlarmsForMetric',
    await client.send(
      new DescribeAlarmsForMetricCommand({ MetricName: metric.metricName, Namespace: metric.namespace })
    ),
    'MetricAlarms'
  )
  const alarm = (out.MetricAlarms ?? []).find((a) => a.AlarmArn === alarmArn)
  if (!alarm) return undefined
  return {
    value: alarm.StateValue ?? '',
    reason: alarm.StateReason ?? '',
    updatedAt: alarm.StateUpdatedTimestamp?.toISOString(),
    actionsEnabled: alarm.ActionsEnabled !== false
  }
}

/**
 * Sets the alarm's state (SetAlarmState): CloudWatch runs the actions of the new state when it differs from the old one,
 * and the alarm returns to its real state at its next evaluation. The fire drill's only write; no configuration changes.
 */
export async function setAlarmState(
  client: CloudWatchClient,
  alarmName: string,
  state: 'OK' | 'ALARM' | 'INSUFFICIENT_DATA',
  reason: string
): Promise<void> {
  await client.send(
    new SetAlarmStateCommand({ AlarmName: alarmName, StateValue: state as StateValue, StateReason: reason })
  )
}

/** DescribeAlarms for one name: the alarm enforce manages, wherever its metric points now. */
export async function describeAlarmByName(
  client: CloudWatchClient,
  name: string
): Promise<AlarmDescription | undefined> {
  const out = await client.send(new DescribeAlarmsCommand({ AlarmNames: [name], AlarmTypes: ['MetricAlarm'] }))
  const alarm = (out.MetricAlarms ?? []).find((a) => a.AlarmName === name)
  return alarm ? toAlarmDescription(alarm) : undefined
}

export async function listAlarmTags(client: CloudWatchClient, arn: string): Promise<Record<string, string>> {
  const out = await client.send(new ListTagsForResourceCommand({ ResourceARN: arn }))
  return Object.fromEntries((out.Tags ?? []).map((t) => [t.Key ?? '', t.Value ?? '']))
}

export interface AlarmWrite {
  name: string
  metricName: string
  namespace: string
  topicArn: string
  tags: Record<string, string>
  /** The control's alarm: statistic, period, threshold, comparison, periods, missing data, description. */
  spec: AlarmSpec
}

/** Creates or replaces the alarm (by name): the control's alarm spec on the metric, actions on, the topic notified. */
export async function putMetricAlarm(client: CloudWatchClient, alarm: AlarmWrite): Promise<void> {
  const spec = alarm.spec
  await client.send(
    new PutMetricAlarmCommand({
      AlarmName: alarm.name,
      AlarmDescription: spec.description,
      MetricName: alarm.metricName,
      Namespace: alarm.namespace,
      Statistic: spec.statistic,
      Period: spec.period,
      EvaluationPeriods: spec.evaluationPeriods,
      DatapointsToAlarm: spec.datapointsToAlarm,
      Threshold: spec.threshold,
      ComparisonOperator: spec.comparisonOperator,
      TreatMissingData: spec.treatMissingData,
      ActionsEnabled: true,
      AlarmActions: [alarm.topicArn],
      Tags: Object.entries(alarm.tags).map(([Key, Value]) => ({ Key, Value }))
    })
  )
}

function toAlarmDescription(a: MetricAlarm): AlarmDescription {
  return {
    name: a.AlarmName ?? '',
    arn: a.AlarmArn ?? '',
    actionsEnabled: a.ActionsEnabled !== false,
    metricName: a.MetricName,
    namespace: a.Namespace,
    statistic: a.Statistic,
    extendedStatistic: a.ExtendedStatistic,
    period: a.Period,
    evaluationPeriods: a.EvaluationPeriods,
    datapointsToAlarm: a.DatapointsToAlarm,
    threshold: a.Threshold,
    comparisonOperator: a.ComparisonOperator,
    treatMissingData: a.TreatMissingData,
    unit: a.Unit,
    dimensions: Object.fromEntries((a.Dimensions ?? []).map((d) => [d.Name ?? '', d.Value ?? ''])),
    alarmActions: a.AlarmActions ?? [],
    usesMetricMath: (a.Metrics ?? []).length > 0
  }
}

/**
 * The alarm's latest actions (`DescribeAlarmHistory`, type Action, newest first): per notified resource, whether
 * CloudWatch delivered the notification or recorded a failure, with its own words ("Failed to execute action
 * arn:aws:sns:...: Received error: ..."). One page of the newest items is enough: only the latest per topic counts.
 */
export async function describeAlarmActionHistory(
  client: CloudWatchClient,
  alarmName: string
): Promise<AlarmActionHistory> {
  const out = requireFields(
    'cloudwatch:DescribeAlarmHistory',
    await client.send(
      new DescribeAlarmHistoryCommand({
        AlarmName: alarmName,
        HistoryItemType: 'Action',
        ScanBy: 'TimestampDescending',
        MaxRecords: 20
      })
    ),
    'AlarmHistoryItems'
  )
  const latest = new Map<string, AlarmActionRecord>()
  for (const item of out.AlarmHistoryItems ?? []) {
    const record = toActionRecord(item.HistorySummary ?? '', item.HistoryData, item.Timestamp)
    const key = record.resource ?? ''
    if (!latest.has(key)) latest.set(key, record)
  }
  return { latest: [...latest.values()] }
}

function toActionRecord(summary: string, data: string | undefined, timestamp: Date | undefined): AlarmActionRecord {
  let parsed: { actionState?: unknown; notificationResource?: unknown; error?: unknown } = {}
  try {
    const value = data ? (JSON.parse(data) as unknown) : {}
    if (value && typeof value === 'object') parsed = value as typeof parsed
  } catch {
    // The summary alone still says what happened.
  }
  const fromSummary = /^(?:Successfully executed|Failed to execute) action (arn:\S+?)\.?(?:\s|$)/.exec(summary)?.[1]
  const state = typeof parsed.actionState === 'string' ? parsed.actionState.toLowerCase() : ''
  const outcome =
    state === 'failed' || /^Failed to execute/i.test(summary)
      ? 'failed'
      : state === 'succeeded' || /^Successfully executed/i.test(summary)
        ? 'succeeded'
        : 'unknown'
  const received = /Received error:\s*(.+)$/s.exec(summary)?.[1]
  const error = typeof parsed.error === 'string' ? parsed.error : received
  return {
    timestamp: timestamp?.toISOString() ?? '',
    resource: typeof parsed.notificationResource === 'string' ? parsed.notificationResource : fromSummary,
    outcome,
    summary: summary.replace(/\s+/g, ' ').trim().slice(0, 500),
    error: error ? error.replace(/\s+/g, ' ').trim().slice(0, 500) : undefined
  }
}
