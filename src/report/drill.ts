// The fire drill as the job summary, the terminal and the log show it. Whenever the drill set the alarm to ALARM, the
// first thing said is that the subscribers received a TEST notification, not a real event. Pure; everything from AWS
// is escaped (and subscription endpoints were redacted when they were read).
import type { DrillDelivery, DrillResult, DrillSubscribers } from '../judge/drill.js'
import { escapeMarkdownCell, neutralizeWorkflowCommands, toSingleLine, truncate } from './redact.js'

const MAX_CELL = 600
const MAX_SUBSCRIBERS_SHOWN = 20
const cell = (s: string | undefined) => (s?.trim() ? escapeMarkdownCell(truncate(s, MAX_CELL)) : '—')
const one = (s: string | undefined) => truncate(toSingleLine(s ?? ''), 2_000)
const topicName = (arn: string) => arn.split(':')[5] || arn

const DELIVERY: Record<DrillDelivery['outcome'], string> = {
  delivered: '✅ delivered',
  failed: '❌ failed',
  'not recorded': '❔ not recorded in time'
}

const HEADLINE: Record<DrillResult['outcome'], string> = {
  delivered: 'delivered',
  failed: 'FAILED',
  manual: 'not proven',
  refused: 'refused',
  skipped: 'skipped'
}

function subscriberList(s: DrillSubscribers | undefined): string {
  if (!s) return 'could not be listed'
  if (s.error) return `could not be listed: ${s.error}`
  const shown = s.confirmed.slice(0, MAX_SUBSCRIBERS_SHOWN).map((c) => `${c.protocol}: ${c.endpoint}`)
  const more = s.confirmed.length - shown.length
  const parts = [
    shown.length ? shown.join(', ') : 'no confirmed subscriber',
    ...(more > 0 ? [`and ${more} more`] : []),
    ...(s.pending ? [`${s.pending} pending (they receive nothing)`] : [])
  ]
  return parts.join('; ')
}

/** The sentence that leaves no doubt about what the drill did to the alarm and who heard of it. */
export function drillHeadline(d: DrillResult): string {
  if (!d.setAt)
    return `Fire drill ${HEADLINE[d.outcome]}: nothing was changed and no notification was sent. ${d.reason}`
  const confirmed = d.subscribers.reduce((n, s) => n + s.confirmed.length, 0)
  const topics = d.subscribers.map((s) => topicName(s.topicArn)).join(', ')
  return (
    `Fire drill ${HEADLINE[d.outcome]}: this run set the alarm ${d.alarmName} to ALARM on purpose at ${d.setAt}, so the ` +
    `${confirmed} confirmed subscriber${confirmed === 1 ? '' : 's'} of ${topics} received a TEST notification, not a ` +
    `real event.${d.restore ? ` ${d.restore.message}` : ''}`
  )
}

/** The drill's section of the job summary, shown right under the verdict. */
export function renderDrillMarkdown(d: DrillResult): string {
  const lines: string[] = []
  if (d.setAt) {
    lines.push(`### 🔔 Fire drill: subscribers received a TEST notification (${HEADLINE[d.outcome]})`, '')
    lines.push(`> **${cell(drillHeadline(d))}**`, '')
    if (d.stateReason) lines.push(`The alarm's state reason named this run: ${cell(d.stateReason)}`, '')
    lines.push(`| Topic | Delivery | Seconds | What CloudWatch recorded | Subscribers at that moment |`)
    lines.push('| --- | --- | --- | --- | --- |')
    for (const delivery of d.deliveries) {
      const subscribers = d.subscribers.find((s) => s.topicArn === delivery.topicArn)
      lines.push(
        `| ${cell(delivery.topicArn)} | ${DELIVERY[delivery.outcome]} | ${delivery.seconds ?? '—'} | ${cell(delivery.message)} | ${cell(subscriberList(subscribers))} |`
      )
    }
    lines.push('')
    if (d.outcome !== 'delivered') lines.push(cell(d.reason), '')
  } else {
    lines.push(`### 🔕 Fire drill ${HEADLINE[d.outcome]}: no notification was sent`, '')
    lines.push(cell(d.reason), '')
  }
  return neutralizeWorkflowCommands(lines.join('\n'))
}

/** The drill for the terminal: the headline, then one line per topic. */
export function renderDrillText(d: DrillResult): string {
  const lines = [one(drillHeadline(d))]
  for (const delivery of d.deliveries) {
    const subscribers = d.subscribers.find((s) => s.topicArn === delivery.topicArn)
    lines.push(
      `  [${delivery.outcome}] ${one(delivery.topicArn)}${delivery.seconds !== undefined ? ` after ${delivery.seconds} s` : ''}${delivery.message ? `: ${one(delivery.message)}` : ''}`
    )
    lines.push(`      subscribers: ${one(subscriberList(subscribers))}`)
  }
  if (d.setAt && d.outcome !== 'delivered') lines.push(`  ${one(d.reason)}`)
  return neutralizeWorkflowCommands(lines.join('\n') + '\n')
}

/** The drill for `--json`: the result as it is (endpoints already redacted), keys in a fixed order. */
export function drillToJson(d: DrillResult): Record<string, unknown> {
  return {
    outcome: d.outcome,
    reason: d.reason,
    alarmName: d.alarmName ?? null,
    alarmArn: d.alarmArn ?? null,
    region: d.region ?? null,
    previousState: d.previousState ?? null,
    stateReason: d.stateReason ?? null,
    setAt: d.setAt ?? null,
    seconds: d.seconds ?? null,
    deliveries: d.deliveries,
    subscribers: d.subscribers,
    restore: d.restore ?? null
  }
}
