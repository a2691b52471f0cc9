// Does an alarm fire on a single matching event? Pure judgement over its configuration.
import type { AlarmState } from '../model/state.js'

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
