// CloudWatch Logs reads: the metric filters of one log group, all pages; AWS's own filter evaluator (TestMetricFilter).
import {
  CloudWatchLogsClient,
  DescribeMetricFiltersCommand,
  PutMetricFilterCommand,
  TestMetricFilterCommand
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

/** What AWS's filter evaluator said about a pattern and some messages. */
export type TestMetricFilterAnswer =
  | { kind: 'matches'; matches: Array<{ eventNumber?: number; eventMessage?: string }> }
  /** AWS refused the pattern (InvalidParameterException), with its message. */
  | { kind: 'invalid-pattern'; message: string }

/**
 * Runs AWS's own filter evaluator on `messages` (1 to 50 of them): read-only, no log group or filter involved. An
 * InvalidParameterException is an answer (AWS does not accept the pattern), not a failure.
 */
export async function testMetricFilter(
  client: CloudWatchLogsClient,
  pattern: string,
  messages: string[]
): Promise<TestMetricFilterAnswer> {
  try {
    const out = await client.send(new TestMetricFilterCommand({ filterPattern: pattern, logEventMessages: messages }))
    return {
      kind: 'matches',
      matches: (out.matches ?? []).map((m) => ({ eventNumber: m.eventNumber, eventMessage: m.eventMessage }))
    }
  } catch (error) {
    const e = error as { name?: string; message?: string }
    if (e?.name === 'InvalidParameterException') return { kind: 'invalid-pattern', message: e.message ?? '' }
    throw error
  }
}
