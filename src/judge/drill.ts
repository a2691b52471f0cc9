// The fire drill, the pure part: what a drill found (src/drill.ts runs it), which alarm-history records are the drill's,
// its outcome, and its finding. Proof, not inference: a notification counts as delivered only when CloudWatch recorded
// it as executed; one not recorded within the time budget is `manual`, never a pass.
import type { ControlDescriptor } from '../controls/types.js'
import type { Finding, Fix } from '../model/report.js'
import type { AlarmActionRecord, ReadProblem } from '../model/state.js'
import { shellQuote } from './remediation.js'

/**
 * delivered: CloudWatch recorded every SNS notification of the drill as executed. failed: it recorded one as failed.
 * manual: none was recorded within the time budget, or the drill could not be run or observed (a refused call).
 * refused: the alarm was (or could not be shown not to be) in ALARM: someone may be handling a real event, so the drill
 * did not touch it. skipped: verify found no passing chain, so there was nothing to drill.
 */
export type DrillOutcome = 'delivered' | 'failed' | 'manual' | 'refused' | 'skipped'

/** What CloudWatch recorded about the drill's notification to one topic. */
export interface DrillDelivery {
  topicArn: string
  outcome: 'delivered' | 'failed' | 'not recorded'
  /** AWS's own words: the history summary, and the error when it failed. */
  message?: string
  /** ISO time of the history record. */
  recordedAt?: string
  /** Seconds from setting the alarm to ALARM to seeing the record. */
  seconds?: number
}

/** Who the topic would notify at the moment of the drill (endpoints redacted as every report shows them). */
export interface DrillSubscribers {
  topicArn: string
  confirmed: Array<{ protocol: string; endpoint: string }>
  /** Pending subscriptions receive nothing. */
  pending: number
  /** Why they could not be listed. */
  error?: string
}

export interface DrillResult {
  outcome: DrillOutcome
  /** What happened, in a sentence or two. */
  reason: string
  alarmName?: string
  alarmArn?: string
  region?: string
  /** The state the alarm was in before the drill, and is set back to. */
  previousState?: string
  /** The state reason the drill set, naming the run. */
  stateReason?: string
  /** ISO time the alarm was set to ALARM; absent when the drill changed nothing. */
  setAt?: string
  /** Seconds the drill waited for the history, from setting the alarm. */
  seconds?: number
  deliveries: DrillDelivery[]
  subscribers: DrillSubscribers[]
  /** Putting the alarm back: done, or why not (an alarm left in ALARM returns to its real state at its next evaluation). */
  restore?: { done: boolean; message: string }
  /** The refused or failed call that kept the drill from running or from being observed. */
  problem?: ReadProblem
}

/** Time ordering of two ISO timestamps; an unreadable one sorts first. */
function time(iso: string | undefined): number {
  const t = iso ? Date.parse(iso) : NaN
  return Number.isNaN(t) ? -Infinity : t
}

/**
 * The drill's records: per topic, a history record newer than the newest one for that topic before the drill (the
 * baseline), so an old notification never counts as the drill's. Only topics the alarm notifies are looked at.
 */
export function drillRecords(
  baseline: AlarmActionRecord[],
  latest: AlarmActionRecord[],
  topicArns: string[]
): Map<string, AlarmActionRecord> {
  const before = new Map<string, number>()
  for (const r of baseline)
    if (r.resource) before.set(r.resource, Math.max(before.get(r.resource) ?? -Infinity, time(r.timestamp)))
  const found = new Map<string, AlarmActionRecord>()
  for (const topic of topicArns) {
    const record = latest.find((r) => r.resource === topic && time(r.timestamp) > (before.get(topic) ?? -Infinity))
    if (record) found.set(topic, record)
  }
  return found
}

/** One delivery per topic: what its record says, or not recorded. */
export function deliveriesOf(
  topicArns: string[],
  records: Map<string, { record: AlarmActionRecord; seconds: number }>
): DrillDelivery[] {
  return topicArns.map((topicArn) => {
    const seen = records.get(topicArn)
    if (!seen) return { topicArn, outcome: 'not recorded' }
    const { record, seconds } = seen
    const delivery: DrillDelivery = {
      topicArn,
      outcome: record.outcome === 'failed' ? 'failed' : record.outcome === 'succeeded' ? 'delivered' : 'not recorded',
      message:
        record.error && !record.summary.includes(record.error) ? `${record.summary} ${record.error}` : record.summary,
      recordedAt: record.timestamp,
      seconds
    }
    return delivery
  })
}

/** A failure anywhere fails the drill; a notification not recorded leaves it undecided. */
export function outcomeOf(deliveries: DrillDelivery[]): 'delivered' | 'failed' | 'manual' {
  if (deliveries.some((d) => d.outcome === 'failed')) return 'failed'
  if (deliveries.length === 0 || deliveries.some((d) => d.outcome !== 'delivered')) return 'manual'
  return 'delivered'
}

const topicName = (arn: string) => arn.split(':')[5] || arn

function subscriberPhrase(s: DrillSubscribers | undefined): string {
  if (!s) return 'its subscribers could not be listed'
  if (s.error) return `its subscribers could not be listed (${s.error})`
  const n = s.confirmed.length
  return `${n} confirmed subscriber${n === 1 ? '' : 's'}${s.pending ? ` (and ${s.pending} pending, who receive nothing)` : ''}`
}

/** The drill as a finding of its own (`drill.delivery`); none when it was skipped (the chain's findings say why). */
export function drillFinding(control: ControlDescriptor, result: DrillResult): Finding | undefined {
  if (result.outcome === 'skipped') return undefined
  const text = control.extraChecks['drill.delivery']
  const region = result.region ?? ''
  const alarm = result.alarmName ?? ''
  const base = { id: 'drill.delivery' as const, control: control.id, resource: result.alarmArn ?? '', region }
  const restore = result.restore && !result.restore.done ? ` ${result.restore.message}` : ''
  const subscribersOf = (topic: string) => result.subscribers.find((s) => s.topicArn === topic)
  if (result.outcome === 'delivered') {
    const each = result.deliveries
      .map(
        (d) =>
          `to ${topicName(d.topicArn)} (${subscriberPhrase(subscribersOf(d.topicArn))}) recorded as executed ${d.seconds ?? '?'} s after the drill set the alarm to ALARM`
      )
      .join('; ')
    return {
      ...base,
      status: 'pass',
      title: text.title,
      message: `Fire drill: CloudWatch delivered the test notification ${each}.${restore}`,
      remediation: ''
    }
  }
  const fix = drillFix(result, alarm, region)
  if (result.outcome === 'failed') {
    const failed = result.deliveries.filter((d) => d.outcome === 'failed')
    return {
      ...base,
      status: 'fail',
      title: text.failTitle,
      message: `Fire drill: CloudWatch could not deliver the test notification: ${failed
        .map((d) => `to ${topicName(d.topicArn)}: ${d.message ?? 'failed'}`)
        .join('; ')}.${restore}`,
      remediation: fix.commands,
      fix
    }
  }
  return {
    ...base,
    status: 'manual',
    title: text.title,
    message: `Fire drill ${result.outcome === 'refused' ? 'refused' : 'not proven'}: ${result.reason}${restore}`,
    remediation: fix.commands,
    fix
  }
}

function drillFix(result: DrillResult, alarmName: string, region: string): Fix {
  const q = shellQuote
  const r = region ? ` --region ${q(region)}` : ''
  const history = `aws cloudwatch describe-alarm-history${r} --alarm-name ${q(alarmName)} --history-item-type Action --max-records 5`
  const p = result.problem
  if (p?.kind === 'access-denied') {
    return {
      change: `Grant ${p.action ?? 'the refused action'} to the identity running the drill (policies/drill.json), then run it again.`,
      commands: `# grant the identity running the drill the IAM action ${p.action ?? '(see the message)'} (policies/drill.json)`
    }
  }
  if (result.outcome === 'refused') {
    return {
      change: 'Run the drill again once the alarm is out of ALARM (someone may be handling a real event).',
      commands: `aws cloudwatch describe-alarms${r} --alarm-names ${q(alarmName)} --query 'MetricAlarms[0].[StateValue,StateReason]'`
    }
  }
  if (result.outcome === 'failed') {
    return {
      change:
        'Fix what CloudWatch recorded as the failure (the topic policy, or the key policy of the KMS key of the topic), then run the drill again.',
      commands: [
        `# what CloudWatch recorded:`,
        history,
        '# after the fix: cmk-alarm drill, or the action with fire-drill: true'
      ].join('\n')
    }
  }
  return {
    change:
      'Check the alarm history for the notification (CloudWatch may record it late), or run the drill again with a larger timeout-seconds.',
    commands: history
  }
}
