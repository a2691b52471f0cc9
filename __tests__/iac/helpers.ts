// Shared by the IaC tests: read a fixture, judge it, and find the declaration a finding is about.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { evaluate } from '../../src/judge/index.js'
import type { Finding, Report } from '../../src/model/report.js'
import type { AccountState, LogGroupState, SourceLocation } from '../../src/model/state.js'
import { readInfrastructureCode, type IacReadResult } from '../../src/sources/iac/index.js'

export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..')
export const FIXTURES = '__tests__/fixtures/iac'

export async function read(...paths: string[]): Promise<IacReadResult> {
  return readInfrastructureCode(paths, { root: ROOT })
}

export function judge(state: AccountState): Report {
  return evaluate(state, { patternPolicy: 'semantic' })
}

export function statusOf(report: Report, id: string): string | undefined {
  return report.findings.find((f) => f.id === id)?.status
}

/** The non-passing findings as `id=status`, in the report's order. */
export function notPassing(report: Report): string[] {
  return report.findings.filter((f) => f.status !== 'pass').map((f) => `${f.id}=${f.status}`)
}

function groupsOf(state: AccountState): LogGroupState[] {
  const trails = state.trails.ok ? state.trails.value : []
  return [...trails.flatMap((t) => (t.logGroup ? [t.logGroup] : [])), ...(state.logGroups ?? [])]
}

/**
 * Where the resource a finding is about is declared, as the state read from code says: the trail, the log group, the
 * metric filter (also for a metric no alarm watches), the alarm, the topic, or the subscription that is pending.
 */
export function locationOf(state: AccountState, f: Finding): SourceLocation | undefined {
  const trails = state.trails.ok ? state.trails.value : []
  for (const t of trails) if (t.arn === f.resource) return t.location
  for (const g of groupsOf(state)) {
    if (g.arn === f.resource) return g.location
    if (!g.metricFilters.ok) continue
    for (const filter of g.metricFilters.value) {
      if (`${g.arn}:metric-filter:${filter.name}` === f.resource) return filter.location
      for (const t of filter.transformations) {
        if (`${t.metricNamespace}/${t.metricName}` === f.resource) return filter.location
        if (!t.alarms.ok) continue
        for (const a of t.alarms.value) {
          if (a.arn === f.resource) return a.location
          for (const topic of Object.values(a.topics)) {
            if (topic.arn !== f.resource) continue
            if (f.id === 'subscription.confirmed' && topic.subscriptions.ok) {
              const pending = topic.subscriptions.value.find((s) => !s.confirmed)
              if (pending) return pending.location
            }
            return topic.location
          }
        }
      }
    }
  }
  return undefined
}

/** The 1-based line of the first line of `file` (repository-relative) that contains `text`. */
export function lineOf(file: string, text: string): number {
  const lines = readFileSync(path.join(ROOT, file), 'utf8').split('\n')
  const i = lines.findIndex((l) => l.includes(text))
  if (i < 0) throw new Error(`${text} not in ${file}`)
  return i + 1
}
