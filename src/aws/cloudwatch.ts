// CloudWatch reads: the alarms that watch one metric (no scan of every alarm in the account).
import {
  CloudWatchClient,
  DescribeAlarmsCommand,
  DescribeAlarmsForMetricCommand,
  ListTagsForResourceCommand,
  PutMetricAlarmCommand,
  type MetricAlarm
} from '@aws-sdk/client-cloudwatch'
import type { AlarmSpec } from '../controls/types.js'
import type { AlarmState } from '../model/state.js'

export type AlarmDescription = Omit<AlarmState, 'topics'>

export async function describeAlarmsForMetric(
  client: CloudWatchClient,
  metric: { metricName: string; namespace: string; dimensions?: Record<string, string> }
): Promise<AlarmDescription[]> {
  const dimensions = Object.entries(metric.dimensions ?? {}).map(([Name, Value]) => ({ Name, Value }))
  const out = await client.send(
    new DescribeAlarmsForMetricCommand({
      MetricName: metric.metricName,
      Namespace: metric.namespace,
      Dimensions: dimensions.length > 0 ? dimensions : undefined
    })
  )
  return (out.MetricAlarms ?? []).map(toAlarmDescription)
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
    dimensions: Object.fromEntries((a.Dimensions ?? []).map((d) => [d.Name ?? '', d.Value ?? ''])),
    alarmActions: a.AlarmActions ?? [],
    usesMetricMath: (a.Metrics ?? []).length > 0
  }
}
