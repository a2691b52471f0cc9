// Enforce: read the account as verify does, plan (pure), apply the plan in dependency order, then verify again.
import type { AwsClients } from '../aws/clients.js'
import { parseArn } from '../aws/arn.js'
import { classifyError } from '../aws/errors.js'
import { putMetricFilter } from '../aws/logs.js'
import { describeAlarmByName, listAlarmTags, putMetricAlarm } from '../aws/cloudwatch.js'
import { read } from '../aws/read.js'
import {
  createTopic,
  getTopicAttributes,
  listSubscriptionsByTopic,
  listTopicTags,
  setTopicPolicy,
  subscribe
} from '../aws/sns.js'
import type { ControlDescriptor } from '../controls/types.js'
import { regionOfArn } from '../judge/context.js'
import { createContext, type JudgeContext } from '../judge/index.js'
import type { Change } from '../model/change.js'
import type { Report } from '../model/report.js'
import type { AccountState, Read } from '../model/state.js'
import type { Settings } from '../settings.js'
import { redactEndpointIn } from '../report/redact.js'
import { readAlarmsForMetric } from '../sources/account.js'
import { verifyAccount } from '../verify.js'
import {
  chooseMetric,
  chooseTarget,
  planChanges,
  planFromMetricAlarms,
  topicArnFor,
  type EnforceFacts,
  type MetricChoice,
  type Plan,
  type Target
} from './plan.js'
import { MANAGED_BY_TAG, type EnforceSettings } from './settings.js'
import { withCloudWatchStatement } from './topic-policy.js'

export interface EnforceResult {
  plan: Plan
  /** The changes as applied (create/update entries carry the ARNs AWS returned); the plan's own when dry-run. */
  changes: Change[]
  applied: boolean
  /** Set when a write failed part-way: what failed. A rerun converges from wherever it stopped. */
  error?: string
  /** Verify's report after the changes (before them on dry-run or when blocked). */
  report: Report
  /** The account state that report judged (a run over many accounts looks for organization trails in it; the fire
   * drill and the cross-check read the chain's alarm and filter in it). */
  state: AccountState
}

export async function runEnforce(
  control: ControlDescriptor,
  settings: Settings,
  clients: AwsClients
): Promise<EnforceResult> {
  const enforce = settings.enforce
  const { state, report: before } = await verifyAccount(control, settings, clients)
  const ctx = createContext(state, { control, patternPolicy: settings.patternPolicy, names: settings.names })
  const blocked = (blocker: string): EnforceResult => ({
    plan: { blockers: [blocker], changes: [], notes: [] },
    changes: [],
    applied: false,
    report: before,
    state
  })

  const target = chooseTarget(ctx, settings.logGroupName)
  if ('blocker' in target) return blocked(target.blocker)
  if (!state.identity)
    return blocked(
      'Could not learn the account (sts:GetCallerIdentity was refused); enforce needs it to name the topic and scope its policy.'
    )
  const metric = chooseMetric(ctx, target)
  const facts = await readFacts(ctx, clients, state, target, metric, enforce)
  if ('blocker' in facts) return blocked(facts.blocker)
  const plan = 'plan' in facts ? facts.plan : planChanges(ctx, target, metric, facts, enforce)
  if (plan.blockers.length > 0 || enforce.dryRun)
    return { plan, changes: plan.changes, applied: false, report: before, state }
  if (plan.changes.every((c) => c.action === 'noop')) {
    // Nothing to change on a passing account: verify's report stands (no second read).
    if (before.status === 'pass') return { plan, changes: plan.changes, applied: true, report: before, state }
    // The plan's reads came after verify's and found nothing to do on an account verify did not pass: something
    // changed in between (another run completing the chain at the same time). Report the account as it is now, not
    // as it was (the identity and the trails are reused: enforce, and the chain it builds, change neither).
    const again = await verifyAccount(control, settings, clients, { reuse: state })
    return { plan, changes: plan.changes, applied: true, report: again.report, state: again.state }
  }

  const { changes, error, alarmArn, topicArn } = await apply(ctx, clients, plan, target, metric, facts, enforce)
  // Verify again. The identity and the trails are as read moments ago (enforce changes neither); what enforce wrote
  // is read at once, beside the log group's filters, rather than when the chain reaches it.
  const region = target.group.region
  const { state: afterState, report: after } = await verifyAccount(control, settings, clients, {
    reuse: state,
    expect: {
      metrics: [{ region, metricName: metric.metricName, metricNamespace: metric.metricNamespace }],
      alarmArns: alarmArn ? [alarmArn] : [],
      topicArns: topicArn ? [topicArn] : []
    }
  })
  return { plan, changes, applied: true, error, report: after, state: afterState }
}

/**
 * What the plan needs beyond the account state, each read issued as soon as it can be: the alarms on the metric
 * enforce will write (beside the configured alarm and topic); the alarm's tags and the topic's subscriptions and tags
 * once they are known to exist. When the alarms on the metric already decide the plan (a working chain to keep, or
 * one to complete with a subscription), nothing else is read.
 */
async function readFacts(
  ctx: JudgeContext,
  clients: AwsClients,
  state: AccountState,
  target: Target,
  metric: MetricChoice,
  enforce: EnforceSettings
): Promise<EnforceFacts | { plan: Plan } | { blocker: string }> {
  const region = target.group.region
  const account = state.identity!.account
  const partition = parseArn(target.group.arn)?.partition ?? 'aws'
  const need = <T>(r: Read<T>): T => {
    if (!r.ok) throw new Error(r.problem.message)
    return r.value
  }
  try {
    // A reused filter's alarms were read with the account, and may settle the plan at once.
    if (metric.reused) {
      const plan = planFromMetricAlarms(ctx, target, metric, need(metric.transformation.alarms), enforce)
      if (plan) return { plan }
    }
    const cloudwatch = clients.cloudwatch(region)
    const topicArn = topicArnFor(enforce, region, account, partition)
    const sns = clients.sns(parseArn(topicArn)?.region ?? region)
    // Ours is new: its metric's alarms are read now, beside the configured alarm and topic.
    const [metricAlarmsRead, namedRead, attributes] = await Promise.all([
      metric.reused ? metric.transformation.alarms : readAlarmsForMetric(clients, region, metric),
      read('cloudwatch:DescribeAlarms', () => describeAlarmByName(cloudwatch, enforce.alarmName), clients.budget),
      read('sns:GetTopicAttributes', () => getTopicAttributes(sns, topicArn), clients.budget)
    ])
    const metricAlarms = need(metricAlarmsRead)
    if (!metric.reused) {
      const plan = planFromMetricAlarms(ctx, target, metric, metricAlarms, enforce)
      if (plan) return { plan }
    }
    const named = need(namedRead)
    const exists = attributes.ok
    if (!attributes.ok && attributes.problem.kind !== 'not-found') throw new Error(attributes.problem.message)
    const [namedTags, subscriptions, tags] = await Promise.all([
      named
        ? read('cloudwatch:ListTagsForResource', () => listAlarmTags(cloudwatch, named.arn), clients.budget).then(need)
        : {},
      exists
        ? read('sns:ListSubscriptionsByTopic', () => listSubscriptionsByTopic(sns, topicArn), clients.budget).then(need)
        : [],
      exists ? read('sns:ListTagsForResource', () => listTopicTags(sns, topicArn), clients.budget).then(need) : {}
    ])
    return {
      account,
      partition,
      metricAlarms,
      namedAlarm: named ? { alarm: { ...named, topics: {} }, tags: namedTags } : undefined,
      topic: { arn: topicArn, exists, attributes: attributes.ok ? attributes.value : undefined, subscriptions, tags }
    }
  } catch (error) {
    return {
      blocker: `Could not read what enforce needs, so nothing was changed: ${error instanceof Error ? error.message : String(error)}`
    }
  }
}

/**
 * Applies the plan in dependency order, each step's independent writes at once: the filter and the topic (neither
 * needs anything), then what needs the topic (its policy, the subscriptions), then the alarm. Stops after the first
 * step with a failed write (a rerun picks up from the account's state); the failure named is the first in the plan's
 * order. The alarm comes last, once everything else is in place: a working alarm whose topic has a confirmed
 * subscriber is a chain a later run keeps as it is, so a run stopped at a subscription or the topic policy must not
 * leave one behind (the rerun would not add the missing subscriptions).
 */
async function apply(
  ctx: JudgeContext,
  clients: AwsClients,
  plan: Plan,
  target: Target,
  metric: MetricChoice,
  facts: EnforceFacts | { plan: Plan },
  enforce: EnforceSettings
): Promise<{ changes: Change[]; error?: string; alarmArn?: string; topicArn?: string }> {
  const region = target.group.region
  const tags = { ...enforce.tags, [MANAGED_BY_TAG.key]: MANAGED_BY_TAG.value }
  // The configured topic, or the topic of an existing chain that lacks only a subscriber (repaired in place).
  let topicArn = plan.topicArn ?? ('topic' in facts ? facts.topic.arn : '')
  const account = 'account' in facts ? facts.account : (parseArn(topicArn)?.account ?? '')
  const outcome = new Map<Change, Change | { error: string }>()

  const write = async (change: Change): Promise<void> => {
    const action = `${change.type} ${change.name}`
    try {
      switch (change.type) {
        case 'metric-filter':
          await putMetricFilter(clients.logs(region), {
            logGroupName: target.group.name,
            filterName: metric.filterName,
            pattern: ctx.control.patterns.cis,
            metricName: metric.metricName,
            metricNamespace: metric.metricNamespace,
            metricValue: '1'
          })
          break
        case 'sns-topic':
          topicArn = await createTopic(clients.sns(region), {
            name: change.name,
            kmsMasterKeyId: enforce.snsKmsKeyId,
            tags
          })
          outcome.set(change, { ...change, arn: topicArn })
          return
        case 'topic-policy': {
          // Read the policy again right before writing, so a concurrent change to another statement is kept.
          const sns = clients.sns(region)
          const current = await getTopicAttributes(sns, topicArn)
          await setTopicPolicy(sns, topicArn, withCloudWatchStatement(current.policy, topicArn, account))
          break
        }
        case 'subscription': {
          const wanted = change.after as { protocol: string; endpoint: string }
          const arn = await subscribe(
            clients.sns(regionOfArn(topicArn, region)),
            topicArn,
            wanted.protocol,
            wanted.endpoint
          )
          outcome.set(change, { ...change, arn: arn.startsWith('arn:') ? arn : '' })
          return
        }
        case 'alarm':
          await putMetricAlarm(clients.cloudwatch(region), {
            name: change.name,
            metricName: metric.metricName,
            namespace: metric.metricNamespace,
            topicArn,
            tags,
            spec: ctx.control.alarm
          })
          break
      }
      outcome.set(change, change)
    } catch (error) {
      const problem = classifyError(error, `${iamActionOf(change)}`)
      // AWS may quote the request in its message: a subscription's endpoint is redacted there as in its name.
      const wanted = change.type === 'subscription' ? (change.after as { protocol: string; endpoint: string }) : null
      const message = wanted ? redactEndpointIn(problem.message, wanted.protocol, wanted.endpoint) : problem.message
      outcome.set(change, {
        error: `Stopped at ${action}: ${message}. Nothing was deleted; run enforce again once fixed.`
      })
    }
  }

  const writes = plan.changes.filter((c) => c.action !== 'noop')
  const isAlarm = (c: Change) => c.type === 'alarm'
  const needsTopic = (c: Change) => c.type === 'topic-policy' || c.type === 'subscription'
  const creatingTopic = writes.some((c) => c.type === 'sns-topic')
  const steps = [
    writes.filter((c) => !isAlarm(c) && !(creatingTopic && needsTopic(c))),
    creatingTopic ? writes.filter(needsTopic) : [],
    writes.filter(isAlarm)
  ].filter((step) => step.length > 0)
  for (const step of steps) {
    await Promise.all(step.map(write))
    if (step.some((c) => 'error' in (outcome.get(c) ?? {}))) break
  }

  const changes: Change[] = []
  let error: string | undefined
  for (const change of plan.changes) {
    const result = change.action === 'noop' ? change : outcome.get(change)
    if (!result) continue
    if ('error' in result) error ??= result.error
    else changes.push(result)
  }
  const alarm = plan.changes.find((c) => c.type === 'alarm')
  return { changes, error, alarmArn: alarm?.arn || undefined, topicArn: topicArn || undefined }
}

function iamActionOf(change: Change): string {
  switch (change.type) {
    case 'metric-filter':
      return 'logs:PutMetricFilter'
    case 'sns-topic':
      return 'sns:CreateTopic'
    case 'topic-policy':
      return 'sns:SetTopicAttributes'
    case 'subscription':
      return 'sns:Subscribe'
    case 'alarm':
      return 'cloudwatch:PutMetricAlarm'
  }
}
