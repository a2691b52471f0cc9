// CloudWatch Logs reads: the metric filters of one log group, all pages.
import { CloudWatchLogsClient, DescribeMetricFiltersCommand } from '@aws-sdk/client-cloudwatch-logs'
import type { MetricTransformation } from '../model/state.js'
import { collectPages } from './paging.js'

export interface MetricFilterDescription {
  name: string
  pattern: string
  logGroupName: string
  transformations: Omit<MetricTransformation, 'alarms'>[]
}

export async function describeMetricFilters(
  client: CloudWatchLogsClient,
  logGroupName: string
): Promise<MetricFilterDescription[]> {
  const filters = await collectPages(async (nextToken) => {
    const out = await client.send(new DescribeMetricFiltersCommand({ logGroupName, nextToken }))
    return { items: out.metricFilters ?? [], nextToken: out.nextToken }
  })
  return filters.map((f) => ({
    name: f.filterName ?? '',
    pattern: f.filterPattern ?? '',
    logGroupName: f.logGroupName ?? logGroupName,
    transformations: (f.metricTransformations ?? []).map((t) => ({
      metricName: t.metricName ?? '',
      metricNamespace: t.metricNamespace ?? '',
      metricValue: t.metricValue ?? '',
      defaultValue: t.defaultValue,
      dimensions: t.dimensions && Object.keys(t.dimensions).length > 0 ? t.dimensions : undefined,
      unit: t.unit
    }))
  }))
}
