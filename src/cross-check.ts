// AWS's own filter evaluator as a second opinion (`cross-check: true`): the events the coverage judgement of the chain's
// filter rests on go to logs:TestMetricFilter (read-only: no log group or filter is touched, one request of at most 50
// events), and AWS's answer is compared with the engine's event by event (src/judge/cross-check.ts). Loaded only when
// asked for (a dynamic import).
import type { AwsClients } from './aws/clients.js'
import { testMetricFilter, type TestMetricFilterAnswer } from './aws/logs.js'
import { read } from './aws/read.js'
import type { ControlDescriptor } from './controls/types.js'
import { filterResource } from './judge/context.js'
import {
  compareWithAws,
  crossCheckEvents,
  matchedByMessage,
  type AwsAnswer,
  type CrossCheckResult
} from './judge/cross-check.js'
import type { Report } from './model/report.js'
import type { AccountState, LogGroupState, MetricFilterState } from './model/state.js'
import { judgePattern } from './pattern/index.js'

export { crossCheckFinding } from './judge/cross-check.js'

/** The chain's filter in the state verify read (the report names its log group and its name). */
function chainFilter(
  state: AccountState,
  report: Report
): { group: LogGroupState; filter: MetricFilterState } | undefined {
  if (!report.logGroupName || report.metricFilterName === undefined) return undefined
  const groups = [
    ...(state.trails.ok ? state.trails.value.flatMap((t) => (t.logGroup ? [t.logGroup] : [])) : []),
    ...(state.logGroups ?? [])
  ]
  for (const group of groups) {
    if (group.name !== report.logGroupName || !group.metricFilters.ok) continue
    const filter = group.metricFilters.value.find((f) => f.name === report.metricFilterName)
    if (filter) return { group, filter }
  }
  return undefined
}

/**
 * Cross-checks the pattern of `report`'s filter (verify's report, before the extra checks) with AWS. Undefined when the
 * chain has no filter to check. Never throws for AWS's sake: a refused or failed call is in the result.
 */
export async function runCrossCheck(
  control: ControlDescriptor,
  report: Report,
  state: AccountState,
  clients: AwsClients
): Promise<CrossCheckResult | undefined> {
  const found = chainFilter(state, report)
  if (!found) return undefined
  const { group, filter } = found
  const pattern = filter.pattern
  const events = crossCheckEvents(control, judgePattern(pattern, control))
  const answer = await read(
    'logs:TestMetricFilter',
    () =>
      testMetricFilter(
        clients.logs(group.region),
        pattern,
        events.map((e) => e.message)
      ),
    clients.budget
  )
  return compareWithAws(
    { pattern, resource: filterResource(group, filter), region: group.region },
    events,
    answer.ok ? awsAnswer(answer.value, events) : { kind: 'unanswered', problem: answer.problem }
  )
}

function awsAnswer(answer: TestMetricFilterAnswer, events: ReturnType<typeof crossCheckEvents>): AwsAnswer {
  if (answer.kind === 'invalid-pattern') return answer
  const mapped = matchedByMessage(events, answer.matches)
  return mapped.ok
    ? { kind: 'matches', matched: mapped.matched }
    : { kind: 'unanswered', problem: { kind: 'error', action: 'logs:TestMetricFilter', message: mapped.message } }
}
