// The fire drill (`fire-drill: true`, `cmk-alarm drill`): proof that a notification reaches the topic, not inference.
// For the chain verify found passing, the alarm is set to ALARM (SetAlarmState, with a reason naming the run), the
// alarm history is watched until CloudWatch records the SNS action (executed, or failed with AWS's words), and the
// alarm is set back to its previous state. It changes only the alarm's state, never its configuration; it leaves an
// alarm already in ALARM alone (someone may be handling a real event); and it is bounded by the time budget: a
// notification not recorded in time is `manual`, never a pass. Loaded only when asked for (a dynamic import).
import { isSnsTopicArn, parseArn } from './aws/arn.js'
import type { AwsClients } from './aws/clients.js'
import { describeAlarmActionHistory, describeAlarmStateForMetric, setAlarmState } from './aws/cloudwatch.js'
import { read } from './aws/read.js'
import { listSubscriptionsByTopic } from './aws/sns.js'
import type { Report } from './model/report.js'
import type { AccountState, AlarmActionRecord, AlarmState } from './model/state.js'
import { deliveriesOf, drillRecords, outcomeOf, type DrillResult, type DrillSubscribers } from './judge/drill.js'
import { redactEndpoint } from './report/redact.js'

export { drillFinding } from './judge/drill.js'

export interface DrillOptions {
  /** Who runs the drill, for the state reason: the workflow run's URL, or the CLI. */
  runName: string
  /** Between two reads of the alarm history (default 2 s; CMK_ALARM_DRILL_POLL_MS for the tests). */
  pollMs?: number
  /** Time budget kept for putting the alarm back (default 5 s). */
  reserveMs?: number
}

/** Below this much time budget left the drill does not start: it could not wait, or not put the alarm back. */
const MIN_START_MS = 3_000
const DEFAULT_RESERVE_MS = 5_000
/** CloudWatch allows 1023 characters of state reason. */
const MAX_REASON_CHARS = 1_000

type AlarmStateValue = 'OK' | 'ALARM' | 'INSUFFICIENT_DATA'

/** The chain's alarm in the state verify read (the report names it by ARN). */
function chainAlarm(state: AccountState, alarmArn: string | undefined): AlarmState | undefined {
  if (!alarmArn || !state.trails.ok) return undefined
  for (const trail of state.trails.value) {
    const filters = trail.logGroup?.metricFilters
    if (!filters?.ok) continue
    for (const filter of filters.value)
      for (const t of filter.transformations) {
        const alarm = t.alarms.ok ? t.alarms.value.find((a) => a.arn === alarmArn) : undefined
        if (alarm) return alarm
      }
  }
  return undefined
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, ms)))

/**
 * `promise`, or undefined once `ms` have passed: a call that hangs must not eat the time kept to put the alarm back
 * (the time budget aborts it only at its own end). The call left behind is aborted then, and its answer ignored.
 */
async function within<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), Math.max(0, ms))
    timer.unref()
  })
  try {
    return await Promise.race([promise, late])
  } finally {
    clearTimeout(timer)
  }
}

function pollMsFromEnv(): number | undefined {
  const raw = Number(process.env.CMK_ALARM_DRILL_POLL_MS)
  return Number.isFinite(raw) && raw > 0 ? raw : undefined
}

/**
 * Runs the drill on the alarm of `report`'s chain, which must have passed every check (`report` is verify's, before
 * the extra checks). Never throws for AWS's sake: every refusal or failure is in the result.
 */
export async function runFireDrill(
  report: Report,
  state: AccountState,
  clients: AwsClients,
  options: DrillOptions
): Promise<DrillResult> {
  const empty = { deliveries: [], subscribers: [] }
  if (report.status !== 'pass') {
    return {
      ...empty,
      outcome: 'skipped',
      reason: `verify found no passing chain (status ${report.status}), so there is no alarm to drill: fix the chain first.`
    }
  }
  const alarm = chainAlarm(state, report.alarmArn)
  const topics = [...new Set((alarm?.alarmActions ?? []).filter(isSnsTopicArn))]
  if (!alarm || !alarm.metricName || !alarm.namespace || topics.length === 0) {
    return { ...empty, outcome: 'skipped', reason: 'the passing chain names no alarm with an SNS action to drill.' }
  }
  const region = parseArn(alarm.arn)?.region || state.region
  const cloudwatch = clients.cloudwatch(region)
  const budget = clients.budget
  const reserve = options.reserveMs ?? DEFAULT_RESERVE_MS
  const pollMs = options.pollMs ?? pollMsFromEnv() ?? 2_000
  const about = { alarmName: alarm.name, alarmArn: alarm.arn, region, ...empty }

  if (budget.timeLeftMs() < reserve + MIN_START_MS) {
    return {
      ...about,
      outcome: 'manual',
      reason: `only ${Math.max(0, Math.floor(budget.timeLeftMs() / 1000))} s of the time budget were left, too little to wait for the notification and put the alarm back; nothing was changed. Raise timeout-seconds.`
    }
  }

  // 1. The alarm's state now: the drill runs only on an alarm known not to be in ALARM.
  const metric = { metricName: alarm.metricName, namespace: alarm.namespace }
  const current = await read(
    'cloudwatch:DescribeAlarmsForMetric',
    () => describeAlarmStateForMetric(cloudwatch, metric, alarm.arn),
    budget
  )
  if (!current.ok || !current.value) {
    const why = current.ok ? 'the alarm is no longer there' : current.problem.message
    return {
      ...about,
      outcome: 'refused',
      reason: `the alarm's current state could not be read (${why}), so it cannot be shown not to be in ALARM; nothing was changed.`,
      ...(current.ok ? {} : { problem: current.problem })
    }
  }
  const previous = current.value.value as AlarmStateValue
  if (previous === 'ALARM') {
    return {
      ...about,
      previousState: previous,
      outcome: 'refused',
      reason: `the alarm is already in ALARM${current.value.updatedAt ? ` (since ${current.value.updatedAt})` : ''}${current.value.reason ? `: "${current.value.reason}"` : ''}. Someone may be handling a real event, so the drill did not touch it.`
    }
  }
  if (previous !== 'OK' && previous !== 'INSUFFICIENT_DATA') {
    return {
      ...about,
      outcome: 'refused',
      reason: `the alarm is in an unknown state ${JSON.stringify(previous)}; nothing was changed.`
    }
  }

  // 2. The history before the drill: only a record newer than this counts as the drill's.
  const history = (attempts: number) =>
    read('cloudwatch:DescribeAlarmHistory', () => describeAlarmActionHistory(cloudwatch, alarm.name), budget, {
      attempts
    })
  const baseline = await history(3)
  if (!baseline.ok) {
    return {
      ...about,
      previousState: previous,
      outcome: 'manual',
      reason: `the alarm history could not be read (${baseline.problem.message}), so a delivery could not be observed; nothing was changed.`,
      problem: baseline.problem
    }
  }

  // 3. Who will be notified: the subscribers each topic has at this moment.
  const subscribers = await Promise.all(topics.map((t) => subscribersOf(clients, t)))
  if (budget.timeLeftMs() < reserve + MIN_START_MS) {
    return {
      ...about,
      previousState: previous,
      subscribers,
      outcome: 'manual',
      reason: `the reads before the drill used the time budget up (${Math.max(0, Math.floor(budget.timeLeftMs() / 1000))} s left), too little to wait for the notification and put the alarm back; nothing was changed. Raise timeout-seconds.`
    }
  }

  // 4. ALARM, with a reason that names the run.
  const stateReason =
    `cmk-alarm fire drill from ${options.runName}: a TEST notification, not a real event. The alarm is set back to ${previous} right after.`.slice(
      0,
      MAX_REASON_CHARS
    )
  const started = Date.now()
  const setAt = new Date(started).toISOString()
  const set = (await within(
    read('cloudwatch:SetAlarmState', () => setAlarmState(cloudwatch, alarm.name, 'ALARM', stateReason), budget, {
      attempts: 1
    }),
    budget.timeLeftMs() - reserve
  )) ?? {
    ok: false as const,
    problem: {
      kind: 'error' as const,
      action: 'cloudwatch:SetAlarmState',
      message: 'cloudwatch:SetAlarmState did not answer within the time budget'
    }
  }
  const drill: DrillResult = {
    ...about,
    previousState: previous,
    stateReason,
    subscribers,
    outcome: 'manual',
    reason: ''
  }
  if (!set.ok) {
    // The call may have been applied before its answer was lost: put the alarm back if it holds the drill's reason.
    // A refusal was not applied.
    if (set.problem.kind !== 'access-denied')
      drill.restore = await restoreIfDrilled(cloudwatch, alarm, metric, previous, stateReason, options.runName, budget)
    return {
      ...drill,
      deliveries: topics.map((topicArn) => ({ topicArn, outcome: 'not recorded' })),
      reason: `the alarm could not be set to ALARM (${set.problem.message}).`,
      problem: set.problem
    }
  }
  drill.setAt = setAt

  // 5. Wait for CloudWatch to record the action, within the time budget (keeping the reserve to put the alarm back).
  const seen = new Map<string, { record: AlarmActionRecord; seconds: number }>()
  let lastProblem: string | undefined
  while (seen.size < topics.length && budget.timeLeftMs() > reserve) {
    await sleep(Math.min(pollMs, budget.timeLeftMs() - reserve))
    if (budget.timeLeftMs() <= reserve) break
    const now = await within(history(1), budget.timeLeftMs() - reserve)
    if (!now || !now.ok) {
      lastProblem = now ? now.problem.message : 'cloudwatch:DescribeAlarmHistory did not answer in time'
      continue
    }
    const seconds = Math.round((Date.now() - started) / 100) / 10
    for (const [topic, record] of drillRecords(baseline.value.latest, now.value.latest, topics)) {
      if (!seen.has(topic)) seen.set(topic, { record, seconds })
    }
  }
  drill.seconds = Math.round((Date.now() - started) / 100) / 10

  // 6. Back to the state before the drill.
  drill.restore = await restore(cloudwatch, alarm, metric, previous, options.runName, budget)

  drill.deliveries = deliveriesOf(topics, seen)
  drill.outcome = outcomeOf(drill.deliveries)
  const missing = drill.deliveries.filter((d) => d.outcome === 'not recorded')
  drill.reason =
    drill.outcome === 'delivered'
      ? `CloudWatch recorded the notification to every topic of the alarm as executed.`
      : drill.outcome === 'failed'
        ? `CloudWatch recorded a failed notification.`
        : `CloudWatch had not recorded the notification to ${missing.map((d) => d.topicArn).join(', ')} ${drill.seconds} s after the drill set the alarm to ALARM, when the time budget ran out${lastProblem ? ` (the last read of the history failed: ${lastProblem})` : ''}. It may still arrive: check the alarm history.`
  return drill
}

async function subscribersOf(clients: AwsClients, topicArn: string): Promise<DrillSubscribers> {
  const listed = await read(
    'sns:ListSubscriptionsByTopic',
    () => listSubscriptionsByTopic(clients.sns(parseArn(topicArn)?.region ?? ''), topicArn),
    clients.budget
  )
  if (!listed.ok) return { topicArn, confirmed: [], pending: 0, error: listed.problem.message }
  return {
    topicArn,
    // Endpoints are personal data or secrets: only their redacted form is kept.
    confirmed: listed.value
      .filter((s) => s.confirmed)
      .map((s) => ({ protocol: s.protocol, endpoint: redactEndpoint(s.protocol, s.endpoint) })),
    pending: listed.value.filter((s) => !s.confirmed).length
  }
}

type CloudWatch = ReturnType<AwsClients['cloudwatch']>

/**
 * Sets the alarm back to `previous` unless it already left ALARM by itself (its next evaluation returns it to its real
 * state). A failure is said, never thrown.
 */
async function restore(
  cloudwatch: CloudWatch,
  alarm: AlarmState,
  metric: { metricName: string; namespace: string },
  previous: AlarmStateValue,
  runName: string,
  budget: AwsClients['budget']
): Promise<{ done: boolean; message: string }> {
  // A quick look first (a part of the reserve at most): setting a state the alarm is already in runs no action.
  const now = await quickAlarmState(cloudwatch, alarm, metric, budget)
  if (now?.ok && now.value && now.value.value !== 'ALARM') {
    return { done: true, message: `The alarm had already returned to ${now.value.value} by its own evaluation.` }
  }
  const reason = `cmk-alarm fire drill from ${runName} is over: back to ${previous}, the state before the drill.`.slice(
    0,
    MAX_REASON_CHARS
  )
  const back = await read(
    'cloudwatch:SetAlarmState',
    () => setAlarmState(cloudwatch, alarm.name, previous, reason),
    budget
  )
  return back.ok
    ? { done: true, message: `The alarm was set back to ${previous}.` }
    : {
        done: false,
        message: `The alarm could not be set back to ${previous} (${back.problem.message}): it stays in ALARM until its next evaluation returns it to its real state.`
      }
}

/** The alarm's state now, in one attempt and a part of the time left (at most 2 s): undefined when not known in time. */
function quickAlarmState(
  cloudwatch: CloudWatch,
  alarm: AlarmState,
  metric: { metricName: string; namespace: string },
  budget: AwsClients['budget']
) {
  return within(
    read(
      'cloudwatch:DescribeAlarmsForMetric',
      () => describeAlarmStateForMetric(cloudwatch, metric, alarm.arn),
      budget,
      {
        attempts: 1
      }
    ),
    Math.min(2_000, budget.timeLeftMs() / 3)
  )
}

/** After a SetAlarmState whose answer was lost: put the alarm back only if the drill's own reason is on it. */
async function restoreIfDrilled(
  cloudwatch: CloudWatch,
  alarm: AlarmState,
  metric: { metricName: string; namespace: string },
  previous: AlarmStateValue,
  stateReason: string,
  runName: string,
  budget: AwsClients['budget']
): Promise<{ done: boolean; message: string } | undefined> {
  const now = await quickAlarmState(cloudwatch, alarm, metric, budget)
  // Unknown: put it back all the same (setting the state it already has runs no action).
  if (now?.ok && now.value && (now.value.value !== 'ALARM' || now.value.reason !== stateReason)) return undefined
  return restore(cloudwatch, alarm, metric, previous, runName, budget)
}
