// Code holds expressions that only have a value at deploy (a variable without a value, a data source,
// `Fn::ImportValue`). The readers mark the fields they feed as unresolved and put a placeholder there; a check that
// reads such a field is undecided (manual) with the expression shown, never a verdict on the placeholder.
import type { FindingId } from '../model/report.js'
import type { UnresolvedExpression } from '../model/state.js'
import type { Chain, Verdict } from './context.js'

type Link = 'trail' | 'filter' | 'alarm' | 'topic' | 'subscription'

/** Which fields of which link each check reads. */
const READS: Record<FindingId, Array<[Link, string[]]>> = {
  'trail.multi-region-logging': [['trail', ['isMultiRegion', 'isLogging']]],
  'trail.management-events': [['trail', ['selectors']]],
  'trail.kms-events-included': [['trail', ['selectors']]],
  'trail.cloudwatch-logs': [['trail', ['logGroupArn']]],
  'filter.pattern': [['filter', ['pattern']]],
  'filter.metric-value': [['filter', ['metricValue', 'metricName', 'metricNamespace']]],
  'filter.security-hub-text': [['filter', ['pattern']]],
  'alarm.exists': [
    ['filter', ['metricName', 'metricNamespace']],
    ['alarm', ['metricName', 'namespace', 'dimensions']]
  ],
  'alarm.fires-on-one-event': [
    ['filter', ['metricValue', 'defaultValue']],
    [
      'alarm',
      [
        'statistic',
        'extendedStatistic',
        'period',
        'evaluationPeriods',
        'datapointsToAlarm',
        'threshold',
        'comparisonOperator',
        'treatMissingData',
        'unit',
        'dimensions'
      ]
    ]
  ],
  'alarm.actions-enabled': [['alarm', ['actionsEnabled']]],
  'alarm.sns-action': [['alarm', ['alarmActions']]],
  'topic.delivery': [['topic', ['kmsMasterKeyId', 'policy']]],
  'subscription.confirmed': [['subscription', ['protocol', 'endpoint', 'confirmed']]]
}

function unresolvedOf(c: Chain, link: Link): UnresolvedExpression[] {
  switch (link) {
    case 'trail':
      return c.trail?.unresolved ?? []
    case 'filter':
      return c.filter?.unresolved ?? []
    case 'alarm':
      return c.alarm?.unresolved ?? []
    case 'topic':
      return c.topic?.unresolved ?? []
    case 'subscription': {
      // One subscription that is confirmed and fully known is enough; otherwise any unknown one keeps it undecided.
      const subs = c.topic?.subscriptions.ok ? c.topic.subscriptions.value : []
      if (subs.some((s) => s.confirmed && !s.unresolved?.length)) return []
      return subs.flatMap((s) => s.unresolved ?? [])
    }
  }
}

/** The verdict, or `manual` with the expressions it would need, when it reads a field that code leaves unknown. */
export function withUnresolved(c: Chain, v: Verdict): Verdict {
  if (v.status === 'manual') return v
  const unknown = (READS[v.id] ?? []).flatMap(([link, fields]) =>
    unresolvedOf(c, link).filter((u) => fields.includes(u.field))
  )
  if (unknown.length === 0) return v
  const shown = [...new Set(unknown.map((u) => `${u.field} = ${u.expression}`))].join('; ')
  return {
    ...v,
    status: 'manual',
    title: undefined,
    message: `Cannot be decided from the code: ${shown}. It is known only after the deploy: check the account then (cmk-alarm verify), or give it a value in the code.`,
    fix: {
      change: 'Give the expression a value in the code, or check the account after the deploy.',
      commands: '# after the deploy: cmk-alarm verify (or the action in mode verify) against the account'
    },
    absent: false
  }
}
