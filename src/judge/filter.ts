// The metric filter link: does a filter on the trail's log group count every target event, and only those?
import type { LogGroupState, MetricFilterState } from '../model/state.js'
import { filterResource, problemText, type Chain, type JudgeContext, type Verdict } from './context.js'
import * as fix from './remediation.js'

/** The fields of an example event a reader needs (the full event is one `cmk-alarm pattern check` away). */
export function eventGist(eventJson: string): string {
  try {
    const e = JSON.parse(eventJson) as Record<string, unknown> & { userIdentity?: Record<string, unknown> }
    const gist: Record<string, unknown> = { eventSource: e.eventSource, eventName: e.eventName }
    if (e.errorCode !== undefined) gist.errorCode = e.errorCode
    if (e.userIdentity) gist.userIdentity = { type: e.userIdentity.type, arn: e.userIdentity.arn }
    return JSON.stringify(gist)
  } catch {
    return eventJson.length > 200 ? `${eventJson.slice(0, 197)}...` : eventJson
  }
}

/** The eventName of a counter-example event. */
function missedEventName(eventJson: string | undefined): string | undefined {
  if (!eventJson) return undefined
  try {
    const name = (JSON.parse(eventJson) as { eventName?: unknown }).eventName
    return typeof name === 'string' ? name : undefined
  } catch {
    return undefined
  }
}

function otherFiltersNote(group: LogGroupState, chosen: MetricFilterState): string {
  if (!group.metricFilters.ok) return ''
  const others = group.metricFilters.value.filter((f) => f !== chosen)
  if (others.length === 0) return ''
  return ` Other filters on the group do not cover it either (${others.length} checked).`
}

export function judgeFilterLink(ctx: JudgeContext, c: Chain): Verdict[] {
  const { group, filter, transformation: t, trail } = c
  const region = ctx.state.region
  const groupRegion = group?.region ?? region
  const names = fix.namesFor(ctx, c)
  const events = ctx.control.target.eventNames.join(' and ')
  const judgement = filter ? ctx.pattern(filter.pattern) : undefined
  const out: Verdict[] = []

  // filter.pattern
  if (!group) {
    out.push({
      id: 'filter.pattern',
      status: 'fail',
      resource: '',
      region,
      message: 'No log group to look for a metric filter in.',
      fix: fix.fixMetricFilter(ctx.control, names),
      absent: true
    })
  } else if (!group.metricFilters.ok) {
    const p = group.metricFilters.problem
    out.push(
      p.kind === 'not-found'
        ? {
            id: 'filter.pattern',
            status: 'fail',
            resource: group.arn,
            region: group.region,
            location: group.location,
            message: `Log group ${group.name} does not exist.`,
            fix: fix.fixTrailCloudWatchLogs(trail?.name ?? '<trail>', trail?.homeRegion ?? region, trail?.account ?? '')
          }
        : {
            id: 'filter.pattern',
            status: 'manual',
            resource: group.arn,
            region: group.region,
            location: group.location,
            message: problemText(p),
            fix: fix.fixReadProblem(p)
          }
    )
  } else if (!filter || !judgement) {
    out.push({
      id: 'filter.pattern',
      status: 'fail',
      resource: group.arn,
      region: group.region,
      location: group.location,
      message: `Log group ${group.name} has no metric filter.`,
      fix: fix.fixMetricFilter(ctx.control, names)
    })
  } else {
    const at = { resource: filterResource(group, filter), region: group.region, location: filter.location }
    const repair = fix.fixMetricFilter(ctx.control, { ...names, filterName: filter.name })
    if (!judgement.valid || !judgement.covers) {
      const missed = judgement.counterexample
        ? ` It misses, for example, the event ${eventGist(judgement.counterexample)}.`
        : ''
      const missedName = missedEventName(judgement.counterexample)
      out.push({
        id: 'filter.pattern',
        status: 'fail',
        ...at,
        title: !judgement.valid
          ? `Metric filter ${filter.name} has an invalid pattern`
          : missedName
            ? `Metric filter ${filter.name} misses ${missedName} events`
            : `Metric filter ${filter.name} misses some ${events} events`,
        message: `Metric filter ${filter.name} does not match every ${events} event: ${judgement.explanation}${missed}${otherFiltersNote(group, filter)}`,
        fix: repair
      })
    } else if (judgement.broad) {
      const example = judgement.broadExample
        ? ` It also matches, for example, the event ${eventGist(judgement.broadExample)}.`
        : ''
      out.push({
        id: 'filter.pattern',
        status: 'warn',
        ...at,
        message: `Metric filter ${filter.name} matches every ${events} event, but also other events, so the alarm will fire on noise: ${judgement.explanation}${example}`,
        fix: repair
      })
    } else {
      out.push({
        id: 'filter.pattern',
        status: 'pass',
        ...at,
        message: `Metric filter ${filter.name} matches exactly the ${events} events.`
      })
    }
  }

  // filter.metric-value
  if (filter && group) {
    const at = { resource: filterResource(group, filter), region: group.region, location: filter.location }
    const value = t ? Number(t.metricValue) : NaN
    if (!t) {
      out.push({
        id: 'filter.metric-value',
        status: 'fail',
        ...at,
        message: `Metric filter ${filter.name} publishes no metric.`,
        fix: fix.fixMetricFilter(ctx.control, names)
      })
    } else if (!(value > 0)) {
      out.push({
        id: 'filter.metric-value',
        status: 'fail',
        ...at,
        message: `Metric filter ${filter.name} publishes metricValue ${JSON.stringify(t.metricValue)}; it must be a positive number such as 1.`,
        fix: fix.fixMetricFilter(ctx.control, { ...names, filterName: filter.name })
      })
    } else {
      out.push({
        id: 'filter.metric-value',
        status: 'pass',
        ...at,
        message: `Each match adds ${value} to ${t.metricNamespace}/${t.metricName}.`
      })
    }
  } else {
    out.push({
      id: 'filter.metric-value',
      status: 'fail',
      resource: group?.arn ?? '',
      region: groupRegion,
      message: 'No metric filter covers the control, so no metric counts the events.',
      fix: fix.fixMetricFilter(ctx.control, names),
      absent: true
    })
  }

  // filter.security-hub-text
  const strict = ctx.patternPolicy === 'security-hub'
  if (judgement?.valid && group && filter) {
    out.push({
      id: 'filter.security-hub-text',
      status: judgement.prescribedText ? 'pass' : strict ? 'fail' : 'warn',
      resource: filterResource(group, filter),
      region: groupRegion,
      location: filter.location,
      message: judgement.prescribedText
        ? `The pattern is the ${judgement.prescribedForm === 'security-hub' ? 'Security Hub' : 'CIS'} text Security Hub ${ctx.control.securityHub.id} accepts.`
        : `Security Hub ${ctx.control.securityHub.id} accepts only the exact pattern text prescribed by CIS; this pattern differs, so Security Hub will report FAILED even where this check passes.`,
      fix: fix.fixMetricFilter(ctx.control, { ...names, filterName: filter.name })
    })
  } else {
    const unreadable = !!group && !group.metricFilters.ok
    out.push({
      id: 'filter.security-hub-text',
      status: unreadable ? 'manual' : strict ? 'fail' : 'warn',
      resource: group?.arn ?? '',
      region: groupRegion,
      message: unreadable
        ? 'Not decided: the metric filters could not be read.'
        : 'No valid metric filter pattern to compare with the prescribed text.',
      fix: unreadable ? undefined : fix.fixMetricFilter(ctx.control, names),
      absent: !group
    })
  }
  return out
}
