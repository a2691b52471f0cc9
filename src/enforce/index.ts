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
  /** The account state that report judged (a run over many accounts looks for organization trails in it). */
  state?: AccountState
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
  const facts = await readFacts(clients, state, target, metric, enforce)
  if ('blocker' in facts) return blocked(facts.blocker)
  const plan = planChanges(ctx, target, metric, facts, enforce)
  if (plan.blockers.length > 0 || enforce.dryRun)
    return { plan, changes: plan.changes, applied: false, report: before, state }

  const { changes, error } = await apply(ctx, clients, plan, target, metric, facts, enforce)
  const { state: afterState, report: after } = await verifyAccount(control, settings, clients)
  return { plan, changes, applied: true, error, report: after, state: afterState }
}

async function readFacts(
  clients: AwsClients,
  state: AccountState,
  target: Target,
  metric: MetricChoice,
  enforce: EnforceSettings
): Promise<EnforceFacts | { blocker: string }> {
  const region = target.group.region
  const account = state.identity!.account
  const partition = parseArn(target.group.arn)?.partition ?? 'aws'
  const need = <T>(r: Read<T>): T => {
    if (!r.ok) throw new Error(r.problem.message)
    return r.value
  }
  try {
    // A reused filter's alarms were read with the account; ours is new, so its metric's alarms are read now.
    const metricAlarms = need(
      metric.reused ? metric.transformation.alarms : await readAlarmsForMetric(clients, region, metric)
    )
    const cloudwatch = clients.cloudwatch(region)
    const named = need(
      await read('cloudwatch:DescribeAlarms', () => describeAlarmByName(cloudwatch, enforce.alarmName), clients.budget)
    )
    const namedTags = named
      ? need(await read('cloudwatch:ListTagsForResource', () => listAlarmTags(cloudwatch, named.arn), clients.budget))
      : {}
    const topicArn = topicArnFor(enforce, region, account, partition)
    const sns = clients.sns(parseArn(topicArn)?.region ?? region)
    const attributes = await read('sns:GetTopicAttributes', () => getTopicAttributes(sns, topicArn), clients.budget)
    const exists = attributes.ok
    if (!attributes.ok && attributes.problem.kind !== 'not-found') throw new Error(attributes.problem.message)
    const subscriptions = exists
      ? need(await read('sns:ListSubscriptionsByTopic', () => listSubscriptionsByTopic(sns, topicArn), clients.budget))
      : []
    const tags = exists
      ? need(await read('sns:ListTagsForResource', () => listTopicTags(sns, topicArn), clients.budget))
      : {}
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

/** Applies the plan in dependency order; stops at the first failed write (a rerun picks up from the account's state). */
async function apply(
  ctx: JudgeContext,
  clients: AwsClients,
  plan: Plan,
  target: Target,
  metric: MetricChoice,
  facts: EnforceFacts,
  enforce: EnforceSettings
): Promise<{ changes: Change[]; error?: string }> {
  const region = target.group.region
  const tags = { ...enforce.tags, [MANAGED_BY_TAG.key]: MANAGED_BY_TAG.value }
  const done: Change[] = []
  // The configured topic, or the topic of an existing chain that lacks only a subscriber (repaired in place).
  let topicArn = plan.topicArn ?? facts.topic.arn
  for (const change of plan.changes) {
    if (change.action === 'noop') {
      done.push(change)
      continue
    }
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
          break
        case 'topic-policy': {
          // Read the policy again right before writing, so a concurrent change to another statement is kept.
          const sns = clients.sns(region)
          const current = await getTopicAttributes(sns, topicArn)
          await setTopicPolicy(sns, topicArn, withCloudWatchStatement(current.policy, topicArn, facts.account))
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
          done.push({ ...change, arn: arn.startsWith('arn:') ? arn : '' })
          continue
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
      done.push(change.type === 'sns-topic' ? { ...change, arn: topicArn } : change)
    } catch (error) {
      const problem = classifyError(error, `${iamActionOf(change)}`)
      // AWS may quote the request in its message: a subscription's endpoint is redacted there as in its name.
      const wanted = change.type === 'subscription' ? (change.after as { protocol: string; endpoint: string }) : null
      const message = wanted ? redactEndpointIn(problem.message, wanted.protocol, wanted.endpoint) : problem.message
      return {
        changes: done,
        error: `Stopped at ${action}: ${message}. Nothing was deleted; run enforce again once fixed.`
      }
    }
  }
  return { changes: done }
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
