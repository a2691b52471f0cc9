// Pure planning: account state + what enforce read for the chosen metric, alarm and topic + the inputs → the changes.
// Nothing here talks to AWS, so every decision is testable without a server. Whether a link already works is never
// re-derived here: the planner asks the same link judges verify uses (src/judge).
import type { Change } from '../model/change.js'
import type {
  AlarmState,
  LogGroupState,
  MetricFilterState,
  MetricTransformation,
  SubscriptionState,
  TopicAttributes,
  TopicState,
  TrailState
} from '../model/state.js'
import { judgeAlarmLink } from '../judge/alarm.js'
import type { Chain, JudgeContext, Verdict } from '../judge/context.js'
import { judgeFilterLink } from '../judge/filter.js'
import {
  judgeSubscriptionLink,
  judgeTopicKey,
  judgeTopicLink,
  judgeTopicPolicy,
  KEY_POLICY_STATEMENT
} from '../judge/topic.js'
import { judgeTrailLink } from '../judge/trail.js'
import { redactEndpoint } from '../report/redact.js'
import { hasCloudWatchStatement, withCloudWatchStatement } from './topic-policy.js'
import { MANAGED_BY_TAG, type EnforceSettings, type WantedSubscription } from './settings.js'

export type { Change, ResourceType } from '../model/change.js'

/** Where the chain must live: the log group of a qualifying trail. */
export interface Target {
  trail: TrailState
  group: LogGroupState
}

/** The metric the alarm must watch: from a filter that already covers the control, or from the one enforce writes. */
export interface MetricChoice {
  filterName: string
  metricName: string
  metricNamespace: string
  /** The filter's transformation (for ours, the one it will publish), which the alarm judge reads. */
  transformation: MetricTransformation
  /** An existing covering filter is reused as it is. */
  reused: boolean
  /** Set when enforce must write its filter; `before` is the same-named filter it replaces, if any. */
  write?: { before?: MetricFilterState }
}

/** What enforce reads once it knows the metric, alarm name and topic. */
export interface EnforceFacts {
  account: string
  partition: string
  /** Alarms on the chosen metric, with their topics. */
  metricAlarms: AlarmState[]
  /** The alarm named `alarm-name`, with its tags, when it exists. */
  namedAlarm?: { alarm: AlarmState; tags: Record<string, string> }
  topic: {
    arn: string
    exists: boolean
    attributes?: TopicAttributes
    subscriptions: SubscriptionState[]
    tags: Record<string, string>
  }
}

export interface Plan {
  /** When not empty, nothing is applied: each says why and what to do. */
  blockers: string[]
  changes: Change[]
  notes: string[]
  /**
   * The topic the plan's subscriptions go to when it is not the configured one: the topic of an existing chain that
   * lacks only a confirmed subscription, repaired in place.
   */
  topicArn?: string
}

const allPass = (verdicts: Verdict[]): boolean => verdicts.every((v) => v.status === 'pass')

/** Every check of the trail link passes: multi-region, logging, the control's events recorded, into a log group. */
export function qualifies(ctx: JudgeContext, trail: TrailState): boolean {
  return allPass(judgeTrailLink(ctx, { trail, group: trail.logGroup }))
}

/**
 * The target log group, or why there is none. Enforce never creates or changes trails or log groups. Only trails of
 * the log group asked for carry one (the account source applies `log-group-name`); `wantedGroup` only words the
 * blocker.
 */
export function chooseTarget(ctx: JudgeContext, wantedGroup?: string): Target | { blocker: string } {
  const state = ctx.state
  if (!state.trails.ok) return { blocker: `Could not read the trails: ${state.trails.problem.message}` }
  const trails = state.trails.value.filter((t) => qualifies(ctx, t))
  const sameAccount = trails.filter((t) => !state.identity || t.logGroup?.account === state.identity.account)
  const readable = sameAccount.find((t) => t.logGroup?.metricFilters.ok)
  if (readable?.logGroup) return { trail: readable, group: readable.logGroup }
  if (sameAccount[0]?.logGroup && !sameAccount[0].logGroup.metricFilters.ok) {
    return {
      blocker: `Could not read the metric filters of ${sameAccount[0].logGroup.name}: ${sameAccount[0].logGroup.metricFilters.problem.message}`
    }
  }
  if (trails.length > 0) {
    return {
      blocker: `The qualifying trail ${trails[0].name} delivers to a log group in account ${trails[0].logGroup?.account}: run enforce with credentials for that account.`
    }
  }
  const wanted = wantedGroup ? ` delivering to log group ${wantedGroup}` : ''
  return {
    blocker:
      `No multi-region trail${wanted} is logging management write events (${ctx.control.target.eventSource} included) into CloudWatch Logs in ${state.region}. ` +
      'Enforce does not create or change trails or log groups: fix the trail first (run verify for the exact commands), then run enforce again.'
  }
}

/**
 * Reuse a filter the filter judge passes (the pattern covers the control, preferring one that is not broad, and it
 * counts each event); otherwise write ours.
 */
export function chooseMetric(ctx: JudgeContext, target: Target): MetricChoice {
  const filters = target.group.metricFilters.ok ? target.group.metricFilters.value : []
  const covering = filters
    .flatMap((filter) =>
      filter.transformations.map((transformation) => {
        const chain: Chain = { trail: target.trail, group: target.group, filter, transformation }
        const verdicts = judgeFilterLink(ctx, chain)
        const pattern = verdicts.find((v) => v.id === 'filter.pattern')?.status
        const value = verdicts.find((v) => v.id === 'filter.metric-value')?.status
        return { filter, transformation, pattern, ok: (pattern === 'pass' || pattern === 'warn') && value === 'pass' }
      })
    )
    .filter((c) => c.ok)
    .sort((a, b) => Number(a.pattern === 'warn') - Number(b.pattern === 'warn'))
  const withAlarm = covering.find((c) => c.transformation.alarms.ok && c.transformation.alarms.value.length > 0)
  const best = withAlarm ?? covering[0]
  if (best) {
    return {
      filterName: best.filter.name,
      metricName: best.transformation.metricName,
      metricNamespace: best.transformation.metricNamespace,
      transformation: best.transformation,
      reused: true
    }
  }
  const { filterName, metricName, metricNamespace } = ctx.names
  return {
    filterName,
    metricName,
    metricNamespace,
    transformation: { metricName, metricNamespace, metricValue: '1', alarms: { ok: true, value: [] } },
    reused: false,
    write: { before: filters.find((f) => f.name === filterName) }
  }
}

/** The topic judge and the subscription judge both pass: CloudWatch can deliver, and somebody confirmed. */
function topicDelivers(ctx: JudgeContext, topic: TopicState, alarm?: AlarmState): boolean {
  return allPass([judgeTopicLink(ctx, { topic, alarm }), judgeSubscriptionLink(ctx, { topic, alarm })])
}

/** CloudWatch can deliver to the topic, and the subscription judge fails it: nobody confirmed (none, or pending). */
function topicLacksOnlySubscriber(ctx: JudgeContext, topic: TopicState): boolean {
  return allPass([judgeTopicLink(ctx, { topic })]) && judgeSubscriptionLink(ctx, { topic }).status === 'fail'
}

/** A metric filter enforce may rewrite: it publishes exactly the configured metric, so it is the one enforce made. */
function publishesConfiguredMetric(filter: MetricFilterState, metric: MetricChoice): boolean {
  return (
    filter.transformations.length > 0 &&
    filter.transformations.every(
      (t) => t.metricName === metric.metricName && t.metricNamespace === metric.metricNamespace
    )
  )
}

/** How a subscription is named in a plan: its protocol and its endpoint redacted as the input is. */
export function subscriptionName(s: WantedSubscription): string {
  return `${s.protocol}:${redactEndpoint(s.protocol, s.endpoint)}`
}

/** The alarm judge passes on the metric: it fires on one event, its actions are enabled, it notifies a topic. */
function alarmWorks(ctx: JudgeContext, target: Target, metric: MetricChoice, alarm: AlarmState): boolean {
  const chain: Chain = { trail: target.trail, group: target.group, transformation: metric.transformation, alarm }
  return allPass(judgeAlarmLink(ctx, chain))
}

/** Exactly the alarm the control prescribes, on the metric, notifying the topic. */
function alarmMatchesWanted(ctx: JudgeContext, alarm: AlarmState, metric: MetricChoice, topicArn: string): boolean {
  const spec = ctx.control.alarm
  return (
    alarm.metricName === metric.metricName &&
    alarm.namespace === metric.metricNamespace &&
    alarm.statistic === spec.statistic &&
    alarm.period === spec.period &&
    alarm.threshold === spec.threshold &&
    alarm.comparisonOperator === spec.comparisonOperator &&
    alarm.evaluationPeriods === spec.evaluationPeriods &&
    (alarm.datapointsToAlarm ?? 1) === spec.datapointsToAlarm &&
    alarm.treatMissingData === spec.treatMissingData &&
    alarm.actionsEnabled &&
    alarm.alarmActions.includes(topicArn) &&
    Object.keys(alarm.dimensions).length === 0
  )
}

function alarmSummary(a: AlarmState) {
  return {
    metric: `${a.namespace}/${a.metricName}`,
    statistic: a.statistic,
    period: a.period,
    threshold: a.threshold,
    comparisonOperator: a.comparisonOperator,
    evaluationPeriods: a.evaluationPeriods,
    datapointsToAlarm: a.datapointsToAlarm,
    treatMissingData: a.treatMissingData,
    actionsEnabled: a.actionsEnabled,
    alarmActions: a.alarmActions
  }
}

export function topicArnFor(settings: EnforceSettings, region: string, account: string, partition: string): string {
  return settings.snsTopicArn ?? `arn:${partition}:sns:${region}:${account}:${settings.snsTopicName}`
}

/** Step 1: the metric filter, kept, written, or left alone because it is somebody else's. */
function planFilter(
  ctx: JudgeContext,
  target: Target,
  metric: MetricChoice
): { changes: Change[]; blockers: string[] } {
  const region = target.group.region
  const events = ctx.control.target.eventNames.join(' and ')
  const blockers: string[] = []
  const changes: Change[] = []
  const filterArn = `${target.group.arn}:metric-filter:${metric.filterName}`
  if (metric.reused) {
    changes.push({
      action: 'noop',
      type: 'metric-filter',
      name: metric.filterName,
      arn: filterArn,
      region,
      before: null,
      after: null,
      reason: `An existing filter already matches every ${events} event; it is kept.`
    })
  } else if (metric.write?.before && !publishesConfiguredMetric(metric.write.before, metric)) {
    // Same name, another metric: somebody else's filter. Rewriting it would silently cut off their metric.
    const published = metric.write.before.transformations.map((t) => `${t.metricNamespace}/${t.metricName}`)
    blockers.push(
      `A metric filter named ${metric.filterName} exists on ${target.group.name} and publishes ${published.join(', ') || 'no metric'}, not ${metric.metricNamespace}/${metric.metricName}: it belongs to someone else and is left alone. Set metric-filter-name to another name (or metric-name and metric-namespace to the metric it publishes, if it is yours).`
    )
  } else {
    const before = metric.write?.before
    const after = {
      logGroupName: target.group.name,
      pattern: ctx.control.patterns.cis,
      metricName: metric.metricName,
      metricNamespace: metric.metricNamespace,
      metricValue: '1'
    }
    changes.push({
      action: before ? 'update' : 'create',
      type: 'metric-filter',
      name: metric.filterName,
      arn: filterArn,
      region,
      before: before
        ? {
            logGroupName: before.logGroupName,
            pattern: before.pattern,
            transformations: before.transformations.map(({ alarms: _a, ...t }) => t)
          }
        : null,
      after,
      reason: before
        ? `The filter of this name does not match every ${events} event: its pattern is put back.`
        : `No filter on the group matches every ${events} event.`
    })
  }
  return { changes, blockers }
}

/**
 * The plan when the alarms on the metric already decide it (steps 1 and 2): a working alarm whose topic delivers ends
 * the chain as it is, and one whose topic lacks only a confirmed subscriber is completed in place. Then nothing else
 * needs reading (the configured alarm and topic play no part); otherwise undefined, and `planChanges` needs the facts.
 */
export function planFromMetricAlarms(
  ctx: JudgeContext,
  target: Target,
  metric: MetricChoice,
  metricAlarms: AlarmState[],
  settings: EnforceSettings
): Plan | undefined {
  const region = target.group.region
  const { changes, blockers } = planFilter(ctx, target, metric)
  const notes: string[] = []

  // 2. A working alarm on the metric whose topic delivers to a confirmed subscriber ends the chain as it is.
  const kept = metricAlarms.find(
    (a) => alarmWorks(ctx, target, metric, a) && Object.values(a.topics).some((t) => topicDelivers(ctx, t, a))
  )
  if (kept) {
    changes.push({
      action: 'noop',
      type: 'alarm',
      name: kept.name,
      arn: kept.arn,
      region,
      before: null,
      after: null,
      reason: 'An existing alarm on the metric fires on one event and notifies a confirmed subscriber; it is kept.'
    })
    return { blockers, changes, notes }
  }

  // 2b. A working alarm whose topic CloudWatch can deliver to, lacking only a confirmed subscriber: that chain is
  // repaired in place (the configured subscriptions go to its topic), not doubled by a second topic and alarm.
  const awaiting = metricAlarms
    .filter((a) => alarmWorks(ctx, target, metric, a))
    .flatMap((a) => Object.values(a.topics).map((t) => ({ alarm: a, topic: t })))
    .find(({ topic }) => topicLacksOnlySubscriber(ctx, topic))
  if (awaiting) {
    const { alarm, topic } = awaiting
    const subscriptions = topic.subscriptions.ok ? topic.subscriptions.value : []
    const topicRegion = topic.arn.split(':')[3] || region
    changes.push(
      {
        action: 'noop',
        type: 'alarm',
        name: alarm.name,
        arn: alarm.arn,
        region,
        before: null,
        after: null,
        reason:
          'An existing alarm on the metric fires on one event and notifies a topic CloudWatch can deliver to; it is kept.'
      },
      {
        action: 'noop',
        type: 'sns-topic',
        name: topic.arn.split(':')[5] ?? topic.arn,
        arn: topic.arn,
        region: topicRegion,
        before: null,
        after: null,
        reason: 'The topic of that alarm has no confirmed subscription: the configured subscriptions are added to it.'
      }
    )
    if (settings.subscriptions.length === 0) {
      blockers.push(
        `The chain is complete except for a confirmed subscription: alarm ${alarm.name} notifies topic ${topic.arn}, which nobody confirmed. Set subscriptions (e.g. "email:secops@example.com") and enforce subscribes them to that topic; it does not build a second topic and alarm beside the chain.`
      )
    }
    changes.push(...subscriptionChanges(settings, subscriptions, topicRegion, notes))
    return { blockers, changes, notes, topicArn: topic.arn }
  }
  return undefined
}

export function planChanges(
  ctx: JudgeContext,
  target: Target,
  metric: MetricChoice,
  facts: EnforceFacts,
  settings: EnforceSettings
): Plan {
  const decided = planFromMetricAlarms(ctx, target, metric, facts.metricAlarms, settings)
  if (decided) return decided
  const region = target.group.region
  const notes: string[] = []
  const { changes, blockers } = planFilter(ctx, target, metric)
  const tags = { ...settings.tags, [MANAGED_BY_TAG.key]: MANAGED_BY_TAG.value }

  // 3. Topic
  const topic = facts.topic
  const topicName = topic.arn.split(':')[5] ?? settings.snsTopicName
  if (settings.snsTopicArn && !topic.exists) {
    blockers.push(
      `sns-topic-arn ${topic.arn} does not exist. Give an existing topic, or use sns-topic-name to have one created.`
    )
  }
  if (topic.arn.split(':')[3] !== region) {
    blockers.push(
      `The topic ${topic.arn} is not in ${region}, the region of the log group and alarm; CloudWatch alarms notify topics in their own region.`
    )
  }
  const existingKey = topic.exists ? topic.attributes?.kmsMasterKeyId : undefined
  if (existingKey && judgeTopicKey(existingKey, undefined, undefined, topic.arn).status === 'fail') {
    blockers.push(
      `The topic ${topic.arn} is encrypted with the AWS managed key ${existingKey}, which CloudWatch cannot use: choose another topic, or re-encrypt it with a customer managed key.`
    )
  }
  if (topic.exists && (topic.attributes?.fifo || topic.arn.endsWith('.fifo'))) {
    blockers.push(
      `The topic ${topic.arn} is a FIFO topic, to which CloudWatch alarms cannot publish (no message group id): choose a standard topic.`
    )
  }
  if (!topic.exists) {
    changes.push({
      action: 'create',
      type: 'sns-topic',
      name: topicName,
      arn: topic.arn,
      region,
      before: null,
      after: { kmsMasterKeyId: settings.snsKmsKeyId ?? null, tags },
      reason: 'No topic of this name exists.'
    })
  } else {
    changes.push({
      action: 'noop',
      type: 'sns-topic',
      name: topicName,
      arn: topic.arn,
      region,
      before: null,
      after: null,
      reason: 'The topic exists; it is used as it is.'
    })
  }
  const keyId = topic.exists ? topic.attributes?.kmsMasterKeyId : settings.snsKmsKeyId
  if (keyId && judgeTopicKey(keyId, undefined, undefined, topic.arn).status === 'pass') {
    notes.push(
      `The topic is encrypted with ${keyId}. Its key policy must let CloudWatch use the key, with this statement:\n${KEY_POLICY_STATEMENT}`
    )
  }
  // The policy enforce leaves behind must really let CloudWatch publish this alarm's notification, evaluated as verify
  // evaluates it: enforce adds its statement but never removes another one (e.g. a Deny), so it says so instead.
  const plannedAlarmArn =
    facts.namedAlarm?.alarm.arn ??
    `arn:${facts.partition}:cloudwatch:${region}:${facts.account}:alarm:${settings.alarmName}`
  const policyAfter = withCloudWatchStatementSafely(
    topic.exists ? topic.attributes?.policy : undefined,
    topic.arn,
    facts.account
  )
  const granted = policyAfter
    ? judgeTopicPolicy(policyAfter, topic.arn, { arn: plannedAlarmArn, name: settings.alarmName })
    : undefined
  if (!granted || granted.status !== 'pass') {
    blockers.push(
      `Even with enforce's statement, the policy of ${topic.arn} would not let CloudWatch publish: ${granted?.text ?? 'the current policy is not a JSON object'} Enforce never removes other statements: fix the topic policy, or choose another topic.`
    )
  }
  const policyGrants =
    topic.exists &&
    judgeTopicPolicy(topic.attributes?.policy, topic.arn, { arn: plannedAlarmArn, name: settings.alarmName }).status ===
      'pass'
  if (!topic.exists || !hasCloudWatchStatement(topic.attributes?.policy, topic.arn, facts.account) || !policyGrants) {
    changes.push({
      action: 'update',
      type: 'topic-policy',
      name: topicName,
      arn: topic.arn,
      region,
      before: topic.exists ? 'without the CloudWatch publish statement' : null,
      after: `with statement AllowCloudWatchAlarmsToPublish (cloudwatch.amazonaws.com may SNS:Publish for alarms of account ${facts.account})`,
      reason: 'CloudWatch must be allowed to publish to the topic; every other statement is kept.'
    })
  } else {
    changes.push({
      action: 'noop',
      type: 'topic-policy',
      name: topicName,
      arn: topic.arn,
      region,
      before: null,
      after: null,
      reason: 'The policy already lets CloudWatch publish.'
    })
  }

  // 4. Subscriptions: only the missing ones; a pending one is not subscribed again.
  changes.push(...subscriptionChanges(settings, topic.subscriptions, region, notes))
  const confirmed = topic.subscriptions.some((s) => s.confirmed)
  if (settings.subscriptions.length === 0 && !confirmed) {
    notes.push(
      'The topic has no confirmed subscription and the input subscriptions is empty: nobody will receive the alarm, and the control stays unmet. Add e.g. "email:secops@example.com" to subscriptions.'
    )
  }

  // 5. Alarm: ours by name; never one that somebody else made.
  const named = facts.namedAlarm
  const alarmArn =
    named?.alarm.arn ?? `arn:${facts.partition}:cloudwatch:${region}:${facts.account}:alarm:${settings.alarmName}`
  const { description: _description, ...spec } = ctx.control.alarm
  const after = {
    metric: `${metric.metricNamespace}/${metric.metricName}`,
    ...spec,
    actionsEnabled: true,
    alarmActions: [topic.arn]
  }
  if (!named) {
    changes.push({
      action: 'create',
      type: 'alarm',
      name: settings.alarmName,
      arn: alarmArn,
      region,
      before: null,
      after,
      reason: 'No alarm on the metric fires on one event and notifies a confirmed subscriber.'
    })
  } else if (named.tags[MANAGED_BY_TAG.key] !== MANAGED_BY_TAG.value) {
    blockers.push(
      `An alarm named ${settings.alarmName} exists and was not created by cmk-alarm-action (no ${MANAGED_BY_TAG.key}=${MANAGED_BY_TAG.value} tag); it is left alone. Set alarm-name to another name.`
    )
  } else if (alarmMatchesWanted(ctx, named.alarm, metric, topic.arn)) {
    changes.push({
      action: 'noop',
      type: 'alarm',
      name: settings.alarmName,
      arn: alarmArn,
      region,
      before: null,
      after: null,
      reason: 'The alarm is as it should be.'
    })
  } else {
    changes.push({
      action: 'update',
      type: 'alarm',
      name: settings.alarmName,
      arn: alarmArn,
      region,
      before: alarmSummary(named.alarm),
      after,
      reason: 'The alarm this action manages has drifted: it is put back.'
    })
  }
  return { blockers, changes, notes }
}

function withCloudWatchStatementSafely(
  policy: string | undefined,
  topicArn: string,
  account: string
): string | undefined {
  try {
    return withCloudWatchStatement(policy, topicArn, account)
  } catch {
    return undefined
  }
}

/** The configured subscriptions on a topic holding `existing`: a noop for each already there, a create for the rest. */
function subscriptionChanges(
  settings: EnforceSettings,
  existing: SubscriptionState[],
  region: string,
  notes: string[]
): Change[] {
  const changes: Change[] = []
  // A pending subscription matters only while nobody else receives the alarm: then the control waits for it.
  const someoneReceives = existing.some((s) => s.confirmed) || settings.subscriptions.some((w) => !needsConfirmation(w))
  for (const wanted of settings.subscriptions) {
    const found = existing.find((s) => s.protocol === wanted.protocol && s.endpoint === wanted.endpoint)
    // The name is what every renderer shows: the endpoint redacted. `after` keeps it whole for apply (and is redacted
    // again for output).
    const name = subscriptionName(wanted)
    if (found) {
      changes.push({
        action: 'noop',
        type: 'subscription',
        name,
        arn: found.arn,
        region,
        before: null,
        after: null,
        reason: found.confirmed ? 'Already subscribed and confirmed.' : 'Already subscribed; waiting for confirmation.'
      })
      if (!found.confirmed && !someoneReceives) notes.push(pendingNote(wanted))
    } else {
      changes.push({
        action: 'create',
        type: 'subscription',
        name,
        arn: '',
        region,
        before: null,
        after: wanted,
        reason: 'Not subscribed yet.'
      })
      if (needsConfirmation(wanted) && !someoneReceives) notes.push(pendingNote(wanted))
    }
  }
  return changes
}

function needsConfirmation(s: WantedSubscription): boolean {
  return s.protocol !== 'sqs' && s.protocol !== 'lambda' && s.protocol !== 'application'
}

function pendingNote(s: WantedSubscription): string {
  return `The ${s.protocol} subscription stays pending until its owner confirms it from the message SNS sends; the control is not met until then (verify keeps reporting it).`
}
