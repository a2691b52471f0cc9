// The action's outputs. Pure: the entrypoint calls core.setOutput for each.

import type { Report } from '../model/report.js'
import { findingToJson, stringifyForLog } from './json.js'

export const OUTPUT_NAMES = [
  'status',
  'compliant',
  'findings',
  'log-group-name',
  'metric-filter-name',
  'alarm-arn',
  'topic-arn'
] as const
export type OutputName = (typeof OUTPUT_NAMES)[number]

export function buildOutputs(report: Report): Record<OutputName, string> {
  return {
    status: report.status,
    compliant: report.compliant ? 'true' : 'false',
    // One line; `fromJSON(steps.x.outputs.findings)` gives the array back.
    findings: stringifyForLog(report.findings.map(findingToJson)),
    'log-group-name': report.logGroupName ?? '',
    'metric-filter-name': report.metricFilterName ?? '',
    'alarm-arn': report.alarmArn ?? '',
    'topic-arn': report.topicArn ?? ''
  }
}
