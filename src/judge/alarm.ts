// The alarm link: does an alarm watch the filter's metric, fire on a single event, and notify an SNS topic?
import type { AlarmState } from '../model/state.js'
import { problemText, type Chain, type JudgeContext, type Verdict } from './context.js'
import * as fix from './remediation.js'

export interface FiresJudgement {
  fires: boolean
  why: string
}

// With metricValue 1, one event makes a datapoint of 1 under these statistics. Average and Minimum fall below 1
// whenever the filter also emits its default value in the same period, so they are only safe without one.
const ONE_EVENT_STATISTICS = new Set(['Sum', 'SampleCount', 'Maximum'])

export function judgeFiresOnOneEvent(alarm: AlarmState, metricValue: number, hasDefaultValue: boolean): FiresJudgement {
  const statistic = alarm.statistic ?? alarm.extendedStatistic
  if (!statistic) return { fires: false, why: 'The alarm has no statistic (a metric-math alarm is not judged).' }
  let datapoint: number | undefined
  if (ONE_EVENT_STATISTICS.has(statistic)) datapoint = statistic === 'SampleCount' ? 1 : metricValue
  else if ((statistic === 'Average' || statistic === 'Minimum') && !hasDefaultValue) datapoint = metricValue
  else if (statistic === 'p100' || statistic === 'tm100' || statistic === 'wm100') datapoint = metricValue
  if (datapoint === undefined) {
    return { fires: false, why: `Statistic ${statistic} can stay below the threshold after a single event; use Sum.` }
  }
  const threshold = alarm.threshold
  if (threshold === undefined) return { fires: false, why: 'The alarm has no threshold.' }
  const breaches =
    alarm.comparisonOperator === 'GreaterThanOrEqualToThreshold'
      ? datapoint >= threshold
      : alarm.comparisonOperator === 'GreaterThanThreshold'
        ? datapoint > threshold
        : false
  if (!breaches) {
    return {
      fires: false,
      why: `One event gives a datapoint of ${datapoint}, which does not breach "${alarm.comparisonOperator ?? 'no comparison'} ${threshold}"; use GreaterThanOrEqualToThreshold 1.`
    }
  }
  const needed = alarm.datapointsToAlarm ?? alarm.evaluationPeriods ?? 1
  if (needed > 1) {
    return {
      fires: false,
      why: `The alarm needs ${needed} breaching datapoints; a single event makes one. Set datapoints-to-alarm (or evaluation-periods) to 1.`
    }
  }
  return {
    fires: true,
    why: `${statistic} ${alarm.comparisonOperator} ${threshold} over ${needed} datapoint of ${alarm.period ?? '?'} s fires on one event.`
  }
}

export function judgeAlarmLink(ctx: JudgeContext, c: Chain): Verdict[] {
  const { transformation: t, alarm } = c
  const region = c.group?.region ?? ctx.state.region
  const names = fix.namesFor(ctx, c)
  // Unknown (no filter publishes a metric): the resource is left empty and the message says so.
  const metric = t ? `${t.metricNamespace}/${t.metricName}` : ''
  const out: Verdict[] = []
  if (t && !t.alarms.ok) {
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
    const fires = judgeFiresOnOneEvent(alarm, Number(t.metricValue) || 0, t.defaultValue !== undefined)
    out.push({
      id: 'alarm.fires-on-one-event',
      status: fires.fires ? 'pass' : 'fail',
      ...at,
      message: fires.why,
      fix: repair
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
        message: t ? `No alarm watches ${metric}.` : 'No alarm: no metric filter publishes a metric.',
        fix: fix.fixAlarm(ctx.control, names),
        absent: true
      })
    }
  }
  return out
}
