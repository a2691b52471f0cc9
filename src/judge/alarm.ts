// The alarm link: does an alarm watch the filter's metric, fire on a single event, and notify an SNS topic?
import type { AlarmState } from '../model/state.js'
import { problemText, type Chain, type JudgeContext, type Verdict } from './context.js'
import * as fix from './remediation.js'

export interface FiresJudgement {
  /** pass: one event notifies; warn: it does, late or not always; fail: it does not; manual: cannot be decided. */
  status: 'pass' | 'warn' | 'fail' | 'manual'
  /** status is pass or warn. */
  fires: boolean
  why: string
  /** The problem is (also) in the metric filter (its default value or dimensions): its fix comes first. */
  filterSide?: boolean
}

/** What the metric filter publishes, as the alarm judge needs it. */
export interface PublishedMetric {
  /** metricValue: a number as text, or a `$.field` reference. */
  metricValue: string
  /** Published for every log event that does not match (absent: nothing is published then). */
  defaultValue?: number
  /** absent: the filter publishes the unit None. */
  unit?: string
  dimensions?: Record<string, string>
}

/** A period longer than this is late: nobody is told within the hour. */
export const LATE_PERIOD_SECONDS = 3600

// Statistics whose value, over datapoints that are all equal, is that value (CloudWatch User Guide, "CloudWatch
// statistics definitions": percentiles pNN, trimmed mean tmNN / TM(a:b), winsorized mean wmNN / WM(a:b), IQM).
const VALUE_STATISTIC = /^(p\d+(\.\d+)?|tm\d+(\.\d+)?|wm\d+(\.\d+)?|IQM|TM\(.*\)|WM\(.*\))$/i
// Counts, sums and ranks over a trimmed set (tcNN, tsNN, TC(), TS(), PR()): one event's datapoint is not decidable
// from the configuration alone.
const COUNT_STATISTIC = /^(tc\d+(\.\d+)?|ts\d+(\.\d+)?|TC\(.*\)|TS\(.*\)|PR\(.*\))$/i

type Datapoints = {
  /** The lowest datapoint a period holding one event can give (with any number of default values beside it). */
  event: number
  /** A period with log events but no match: default values only. `always` breaches any threshold eventually. */
  quiet?: number | 'always'
}

/** How the statistic turns one event (value v) and the filter's default value d into datapoints. */
function datapoints(
  statistic: string,
  v: number,
  d: number | undefined
): Datapoints | 'undecidable' | 'unsupported' | 'no-percentile' {
  const withDefault = (event: number, quiet: number | 'always'): Datapoints =>
    d === undefined ? { event } : { event, quiet }
  switch (statistic) {
    case 'Sum': // v + n·d; a quiet period sums n·d, which any positive default makes as large as you like
      return withDefault(d !== undefined && d < 0 ? -Infinity : v, d !== undefined && d > 0 ? 'always' : (d ?? 0))
    case 'SampleCount': // 1 + n; a quiet period counts every non-matching event
      return withDefault(1, 'always')
    case 'Maximum':
      return withDefault(v, d ?? 0)
    case 'Minimum':
    case 'Average': // with default values beside the event, the datapoint sinks towards d
      return withDefault(d === undefined ? v : Math.min(v, d), d ?? 0)
  }
  const extended = VALUE_STATISTIC.test(statistic) || COUNT_STATISTIC.test(statistic)
  // CloudWatch computes percentile-based statistics of data published as statistic sets (as metric filters publish)
  // only when a set's Min and Max are equal (GetMetricStatistics, "CloudWatch needs raw data points to calculate
  // percentile statistics"): a default value other than the metric value makes them unavailable, so no datapoint.
  if (extended && d !== undefined && d !== v) return 'no-percentile'
  if (VALUE_STATISTIC.test(statistic)) return withDefault(v, d ?? 0)
  if (COUNT_STATISTIC.test(statistic)) return 'undecidable'
  return 'unsupported'
}

function breaches(value: number | 'always', comparison: string | undefined, threshold: number): boolean {
  if (value === 'always') return true
  return comparison === 'GreaterThanOrEqualToThreshold' ? value >= threshold : value > threshold
}

const dims = (d: Record<string, string> | undefined) =>
  Object.entries(d ?? {})
    .map(([k, v]) => `${k}=${v}`)
    .join(', ')

/**
 * Does one event make the alarm notify? An alarm notifies only when it changes state into ALARM (CloudWatch User
 * Guide, "Using Amazon CloudWatch alarms"), so this judges the alarm and the filter's metric together: the metric the
 * alarm watches (dimensions, unit), the datapoint one event makes (statistic, metric value, default value), the
 * datapoint of a period without the event (default value), periods with no data at all (TreatMissingData), how many
 * datapoints must breach, and how long a period is.
 */
export function judgeFiresOnOneEvent(alarm: AlarmState, metric: PublishedMetric): FiresJudgement {
  const fail = (why: string, filterSide = false): FiresJudgement => ({ status: 'fail', fires: false, why, filterSide })
  if (alarm.usesMetricMath)
    return fail('The alarm is a metric-math alarm; it is not judged: use an alarm on the metric.')

  // The metric the alarm watches: a metric is its name, namespace and dimensions (CloudWatch concepts, "Dimensions").
  const published = metric.dimensions ?? {}
  const watched = alarm.dimensions ?? {}
  if (Object.keys(published).length > 0 && Object.keys(watched).length === 0) {
    return fail(
      `The filter publishes the metric with dimensions (${dims(published)}), one metric per combination of values; the alarm watches the metric without dimensions, which never gets data. Publish the metric without dimensions.`,
      true
    )
  }
  if (Object.keys(watched).length > 0 && Object.keys(published).length === 0) {
    return fail(
      `The alarm watches the metric with dimensions ${dims(watched)}, which the filter never publishes (it publishes no dimensions): the alarm never gets data.`
    )
  }
  if (Object.keys(watched).length > 0) {
    return fail(
      `The filter publishes one metric per value of ${dims(published)}; the alarm watches only ${dims(watched)}, so events with other values never reach it. Publish the metric without dimensions.`,
      true
    )
  }
  // An alarm with a unit sees only datapoints published with that unit; a filter without a unit publishes None
  // (PutMetricAlarm "Unit"; CloudWatch Logs MetricTransformation "unit").
  const publishedUnit = metric.unit || 'None'
  if (alarm.unit && alarm.unit !== publishedUnit) {
    return fail(
      `The alarm asks for unit ${alarm.unit}; the filter publishes ${publishedUnit}${metric.unit ? '' : ' (no unit set)'}, so the alarm never gets data. Remove the alarm's unit.`
    )
  }

  const statistic = alarm.statistic ?? alarm.extendedStatistic
  if (!statistic) return fail('The alarm has no statistic.')
  const v = Number(metric.metricValue)
  if (!(v > 0))
    return fail(`The filter publishes metricValue ${JSON.stringify(metric.metricValue)}, not a positive number.`, true)
  const d = metric.defaultValue
  const points = datapoints(statistic, v, d)
  if (points === 'unsupported') return fail(`Statistic ${statistic} is not one this check can judge; use Sum.`)
  if (points === 'no-percentile') {
    return fail(
      `Statistic ${statistic} is computed from statistic sets only when their minimum and maximum are equal; the filter publishes ${v} for a match and its default value ${d} otherwise, so the alarm gets no datapoint and never fires. Use Sum, or remove the default value.`,
      true
    )
  }
  if (points === 'undecidable') {
    return {
      status: 'manual',
      fires: false,
      why: `Statistic ${statistic} counts or sums a trimmed set of datapoints: whether one event breaches cannot be decided from the configuration. Use Sum.`
    }
  }
  const threshold = alarm.threshold
  if (threshold === undefined) return fail('The alarm has no threshold.')
  const comparison = alarm.comparisonOperator
  if (comparison !== 'GreaterThanOrEqualToThreshold' && comparison !== 'GreaterThanThreshold') {
    return fail(
      `The alarm compares with ${comparison ?? 'nothing'}: a count of events breaches only GreaterThanOrEqualToThreshold (or GreaterThanThreshold); use GreaterThanOrEqualToThreshold 1.`
    )
  }
  const rule = `${statistic} ${comparison} ${threshold}`
  if (points.quiet !== undefined && breaches(points.quiet, comparison, threshold)) {
    const quiet =
      points.quiet === 'always'
        ? statistic === 'SampleCount'
          ? 'the count of those events'
          : `a multiple of ${d}`
        : String(points.quiet)
    return fail(
      `The filter publishes its default value ${d} for every log event that does not match, so a period without a KMS event gives a datapoint of ${quiet}, which already breaches "${rule}": the alarm stays in ALARM and a real event changes nothing, so nobody is notified. Remove the filter's default value${statistic === 'SampleCount' ? ' and use Sum' : ''}.`,
      true
    )
  }
  if (!breaches(points.event, comparison, threshold)) {
    const withDefault = d !== undefined && points.event < v ? ` (with the default value ${d} published beside it)` : ''
    return fail(
      `One event gives a datapoint of ${Number.isFinite(points.event) ? points.event : 'less than the threshold'}${withDefault}, which does not breach "${rule}"; use Sum GreaterThanOrEqualToThreshold 1.`
    )
  }
  const needed = alarm.datapointsToAlarm ?? alarm.evaluationPeriods ?? 1
  if (needed > 1) {
    return fail(
      `The alarm needs ${needed} breaching datapoints; a single event makes one. Set datapoints-to-alarm (or evaluation-periods) to 1.`
    )
  }

  // Periods with no data at all (CloudWatch User Guide, "Configuring how CloudWatch alarms treat missing data").
  const missing = alarm.treatMissingData ?? 'missing'
  const quietReturnsToOk = d !== undefined // the default value gives data whenever other log events arrive
  if (missing === 'breaching') {
    return fail(
      'TreatMissingData is breaching: while no event arrives, missing data counts as breaching and the alarm sits in ALARM, so a real event changes nothing and notifies nobody. Use notBreaching.'
    )
  }
  if (missing === 'ignore' && !quietReturnsToOk) {
    return fail(
      'TreatMissingData is ignore: missing data keeps the last state, so after the first event the alarm stays in ALARM and never notifies again. Use notBreaching.'
    )
  }
  const period = alarm.period ?? 0
  const missingText =
    missing === 'ignore'
      ? `TreatMissingData ignore keeps the last state when no data arrives; the filter's default value ${d} returns the alarm to OK only in periods with other log events, so an event after a period with no log events at all finds it still in ALARM and notifies nobody. Use notBreaching.`
      : missing === 'notBreaching'
        ? 'TreatMissingData notBreaching: periods without events keep it OK, and each event moves it to ALARM, which notifies.'
        : missing === 'missing'
          ? 'TreatMissingData missing: without events it goes to INSUFFICIENT_DATA, and each event moves it to ALARM, which notifies.'
          : `TreatMissingData ${missing} is not a value CloudWatch documents.`
  const fires = `${rule} over ${needed} datapoint of ${period || '?'} s fires on one event. ${missingText}`
  if (missing === 'ignore') return { status: 'warn', fires: true, why: fires }
  if (missing !== 'missing' && missing !== 'notBreaching') return { status: 'manual', fires: false, why: fires }
  if (period > LATE_PERIOD_SECONDS) {
    return {
      status: 'warn',
      fires: true,
      why: `${fires} But its period is ${period} s: the alarm evaluates once per period, so nobody is told until up to ${Math.round(period / 60)} minutes after the key was disabled. Use a period of 300 s.`
    }
  }
  return { status: 'pass', fires: true, why: fires }
}

export function judgeAlarmLink(ctx: JudgeContext, c: Chain): Verdict[] {
  const { transformation: t, alarm } = c
  const region = c.group?.region ?? ctx.state.region
  const names = fix.namesFor(ctx, c)
  // Unknown (no filter publishes a metric): the resource is left empty and the message says so.
  const metric = t ? `${t.metricNamespace}/${t.metricName}` : ''
  const out: Verdict[] = []
  // Not read because the filter matches no target event (the account source): no alarm on its metric can complete
  // the chain, which fails at the filter already. The fix is an alarm on the metric of a filter that does count them.
  const notNeeded = t && !t.alarms.ok && t.alarms.problem.kind === 'not-needed' ? t.alarms.problem : undefined
  const alarmNames = notNeeded
    ? { ...names, metricName: ctx.names.metricName, metricNamespace: ctx.names.metricNamespace }
    : names
  if (notNeeded) {
    out.push({
      id: 'alarm.exists',
      status: 'fail',
      resource: metric,
      region,
      location: c.filter?.location,
      message: notNeeded.message,
      fix: fix.fixAlarm(ctx.control, alarmNames),
      absent: true
    })
  } else if (t && !t.alarms.ok) {
    out.push({
      id: 'alarm.exists',
      status: 'manual',
      resource: metric,
      region,
      message: problemText(t.alarms.problem),
      fix: fix.fixReadProblem(t.alarms.problem)
    })
  } else if (!alarm) {
    out.push({
      id: 'alarm.exists',
      status: 'fail',
      resource: metric,
      region,
      location: c.filter?.location,
      message: t
        ? `No CloudWatch alarm watches ${metric}.`
        : 'No metric filter publishes a metric, so no alarm can watch one.',
      fix: fix.fixAlarm(ctx.control, names),
      absent: !t
    })
  } else {
    out.push({
      id: 'alarm.exists',
      status: 'pass',
      resource: alarm.arn,
      region,
      location: alarm.location,
      message: `Alarm ${alarm.name} watches ${metric}.`
    })
  }

  if (alarm && t) {
    const at = { resource: alarm.arn, region, location: alarm.location }
    const repair = fix.fixAlarm(ctx.control, { ...names, alarmName: alarm.name })
    const fires = judgeFiresOnOneEvent(alarm, t)
    out.push({
      id: 'alarm.fires-on-one-event',
      status: fires.status,
      ...at,
      message: fires.why,
      fix: fires.filterSide
        ? {
            change: `Publish the metric without a default value or dimensions, then ${repair.change.charAt(0).toLowerCase()}${repair.change.slice(1)}`,
            commands: `${fix.fixMetricFilter(ctx.control, { ...names, filterName: c.filter?.name ?? names.filterName }).commands}\n${repair.commands}`
          }
        : repair
    })
    out.push({
      id: 'alarm.actions-enabled',
      status: alarm.actionsEnabled ? 'pass' : 'fail',
      ...at,
      message: alarm.actionsEnabled
        ? `Alarm ${alarm.name} has its actions enabled.`
        : `Alarm ${alarm.name} has its actions disabled: it changes state but notifies nobody.`,
      fix: fix.fixEnableAlarmActions(alarm.name, region)
    })
    const topics = Object.keys(alarm.topics)
    out.push({
      id: 'alarm.sns-action',
      status: topics.length ? 'pass' : 'fail',
      ...at,
      message: topics.length
        ? `Alarm ${alarm.name} notifies ${topics.join(', ')}.`
        : `Alarm ${alarm.name} has no SNS topic among its alarm actions.`,
      fix: repair
    })
  } else {
    for (const id of ['alarm.fires-on-one-event', 'alarm.actions-enabled', 'alarm.sns-action'] as const) {
      out.push({
        id,
        status: 'fail',
        resource: metric,
        region,
        message: notNeeded
          ? `No alarm: metric filter ${c.filter?.name ?? ''} cannot count the events.`
          : t
            ? `No alarm watches ${metric}.`
            : 'No alarm: no metric filter publishes a metric.',
        fix: fix.fixAlarm(ctx.control, alarmNames),
        absent: true
      })
    }
  }
  return out
}
