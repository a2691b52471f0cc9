// CloudWatch reads: the alarms that watch one metric (no scan of every alarm in the account).
import { CloudWatchClient, DescribeAlarmsForMetricCommand } from '@aws-sdk/client-cloudwatch'
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
  return (out.MetricAlarms ?? []).map((a) => ({
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
  }))
}
