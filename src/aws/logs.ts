// CloudWatch Logs reads: the metric filters of one log group, all pages.
import {
  CloudWatchLogsClient,
  DescribeMetricFiltersCommand,
  PutMetricFilterCommand
} from '@aws-sdk/client-cloudwatch-logs'
import type { MetricTransformation } from '../model/state.js'
import { requireFields } from './answer.js'
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
    const out = requireFields(
      'logs:DescribeMetricFilters',
      await client.send(new DescribeMetricFiltersCommand({ logGroupName, nextToken })),
      'metricFilters'
    )
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

export interface MetricFilterSpec {
  logGroupName: string
  filterName: string
  pattern: string
  metricName: string
  metricNamespace: string
  metricValue: string
}

/** Creates the filter, or replaces the one of the same name on the group (AWS's PutMetricFilter semantics). */
export async function putMetricFilter(client: CloudWatchLogsClient, spec: MetricFilterSpec): Promise<void> {
  await client.send(
    new PutMetricFilterCommand({
      logGroupName: spec.logGroupName,
      filterName: spec.filterName,
      filterPattern: spec.pattern,
      metricTransformations: [
        { metricName: spec.metricName, metricNamespace: spec.metricNamespace, metricValue: spec.metricValue }
      ]
    })
  )
}
