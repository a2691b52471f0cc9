// The machine-readable report (`--json`, the findings file): the whole model, keys in a fixed order.

import type { Finding, Fix, Report } from '../model/report.js'
import type { SourceLocation, StateSource } from '../model/state.js'

/** The keys in the order they are written. */
export interface JsonReport {
  status: Report['status']
  compliant: boolean
  region: string
  identity: { account: string; arn: string } | null
  logGroupName: string | null
  metricFilterName: string | null
  alarmArn: string | null
  topicArn: string | null
  securityHub: { prediction: Report['securityHub']['prediction']; reason: string }
  chain: Array<{ link: string; resource: string; status: string; why: string }>
  findings: Array<{
    id: string
    status: string
    title: string
    resource: string
    region: string
    message: string
    remediation: string
    control: string
    fix: Fix | null
    location: SourceLocation | null
  }>
  /** Added after the keys above, so readers of the first version keep working. */
  control: string
  source: StateSource | null
  notes: string[]
}

export function findingToJson(f: Finding): JsonReport['findings'][number] {
  return {
    id: f.id,
    status: f.status,
    title: f.title,
    resource: f.resource,
    region: f.region,
    message: f.message,
    remediation: f.remediation,
    control: f.control,
    fix: f.fix ?? null,
    location: f.location ?? null
  }
}

export function toJsonReport(report: Report): JsonReport {
  return {
    status: report.status,
    compliant: report.compliant,
    region: report.region,
    identity: report.identity ? { account: report.identity.account, arn: report.identity.arn } : null,
    logGroupName: report.logGroupName ?? null,
    metricFilterName: report.metricFilterName ?? null,
    alarmArn: report.alarmArn ?? null,
    topicArn: report.topicArn ?? null,
    securityHub: { prediction: report.securityHub.prediction, reason: report.securityHub.reason },
    chain: report.chain.map((l) => ({ link: l.link, resource: l.resource, status: l.status, why: l.why })),
    findings: report.findings.map(findingToJson),
    control: report.control,
    source: report.source ?? null,
    notes: report.notes ?? []
  }
}

/**
 * Characters JSON.stringify leaves raw that a terminal or a log viewer may act on: DEL, the C1 controls (U+009B is a
 * one-character CSI, U+009D an OSC), bidirectional overrides and isolates, and the line and paragraph separators.
 * (JSON.stringify escapes the C0 controls, ESC included, itself.)
 */
const RAW_IN_JSON = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g

/**
 * JSON.stringify, with `#` written as `\u0023` where it would form `##[`, and the characters above written as `\uXXXX`:
 * the same data once parsed, but a log line or a terminal showing it cannot be taken for a legacy `##[command]` by
 * the Actions runner, nor for an escape sequence by a terminal. (JSON escapes line breaks, and indented lines start
 * with whitespace and a quote or bracket, so `::` can never start a line.)
 */
export function stringifyForLog(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent)
    .replace(/##\[/g, '#\\u0023[')
    .replace(RAW_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

export function renderJsonReport(report: Report): string {
  return stringifyForLog(toJsonReport(report), 2) + '\n'
}
