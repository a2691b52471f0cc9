// The topic link: can CloudWatch deliver an alarm notification to the topic? Pure judgement over its attributes.
import type { TopicAttributes } from '../model/state.js'
import { problemText, regionOfArn, type Chain, type JudgeContext, type Verdict } from './context.js'
import * as fix from './remediation.js'

export interface DeliveryJudgement {
  delivers: boolean
  why: string
  /** Set when the topic uses a customer managed key: the statement its key policy needs. */
  keyPolicyNote?: string
}

const AWS_MANAGED_SNS_KEY = /(^|[:/])alias\/aws\/sns$/

export function judgeTopicDelivery(attributes: TopicAttributes): DeliveryJudgement {
  const key = attributes.kmsMasterKeyId
  if (key && AWS_MANAGED_SNS_KEY.test(key)) {
    return {
      delivers: false,
      why: 'The topic is encrypted with the AWS managed key alias/aws/sns, whose policy CloudWatch cannot use: alarm notifications are silently dropped.'
    }
  }
  const denial = policyDeniesCloudWatch(attributes.policy)
  if (denial) return { delivers: false, why: denial }
  if (key) {
    return {
      delivers: true,
      why: `The topic is encrypted with ${key}; its key policy must allow cloudwatch.amazonaws.com kms:Decrypt and kms:GenerateDataKey*.`,
      keyPolicyNote: KEY_POLICY_STATEMENT
    }
  }
  return { delivers: true, why: 'The topic exists and its policy does not stop CloudWatch from publishing.' }
}

export const KEY_POLICY_STATEMENT = JSON.stringify(
  {
    Sid: 'AllowCloudWatchAlarmsToUseTheKey',
    Effect: 'Allow',
    Principal: { Service: 'cloudwatch.amazonaws.com' },
    Action: ['kms:Decrypt', 'kms:GenerateDataKey*'],
    Resource: '*'
  },
  null,
  2
)

interface Statement {
  Effect?: string
  Principal?: unknown
  Action?: unknown
  Condition?: unknown
}

/** An unconditional Deny of SNS:Publish to everyone or to CloudWatch blocks alarm notifications. */
function policyDeniesCloudWatch(policyText: string | undefined): string | undefined {
  if (!policyText) return undefined
  let statements: Statement[]
  try {
    const policy = JSON.parse(policyText) as { Statement?: Statement | Statement[] }
    statements = Array.isArray(policy.Statement) ? policy.Statement : policy.Statement ? [policy.Statement] : []
  } catch {
    return undefined
  }
  for (const s of statements) {
    if (s.Effect !== 'Deny' || s.Condition) continue
    const actions = ([] as unknown[]).concat(s.Action ?? [])
    const publish = actions.some((a) => typeof a === 'string' && /^(sns:(publish|\*)|\*)$/i.test(a))
    if (publish && principalCoversCloudWatch(s.Principal)) {
      return 'The topic policy denies SNS:Publish to CloudWatch: alarm notifications cannot be delivered.'
    }
  }
  return undefined
}

function principalCoversCloudWatch(principal: unknown): boolean {
  if (principal === '*') return true
  if (!principal || typeof principal !== 'object') return false
  const p = principal as Record<string, unknown>
  const values = (v: unknown): unknown[] => ([] as unknown[]).concat(v ?? [])
  return values(p.AWS).includes('*') || values(p.Service).includes('cloudwatch.amazonaws.com')
}

export function judgeTopicLink(ctx: JudgeContext, c: Chain): Verdict {
  const topic = c.topic
  const groupRegion = c.group?.region ?? ctx.state.region
  const names = fix.namesFor(ctx, c)
  if (!topic) {
    return {
      id: 'topic.delivery',
      status: 'fail',
      resource: '',
      region: groupRegion,
      message: c.alarm ? `Alarm ${c.alarm.name} notifies no SNS topic.` : 'No alarm, so no SNS topic to check.',
      fix: {
        change: 'Create an SNS topic and make the alarm notify it.',
        commands: `${fix.fixTopic(names).commands}\n${fix.fixAlarm(ctx.control, names).commands}`
      },
      absent: true
    }
  }
  const region = regionOfArn(topic.arn, groupRegion)
  const at = { resource: topic.arn, region, location: topic.location }
  if (!topic.attributes.ok) {
    const p = topic.attributes.problem
    return p.kind === 'not-found'
      ? {
          id: 'topic.delivery',
          status: 'fail',
          ...at,
          message: `Topic ${topic.arn} does not exist: the alarm notifies nobody.`,
          fix: fix.fixTopic({ ...names, topicName: topic.arn.split(':')[5] ?? names.topicName, region })
        }
      : { id: 'topic.delivery', status: 'manual', ...at, message: problemText(p), fix: fix.fixReadProblem(p) }
  }
  const d = judgeTopicDelivery(topic.attributes.value)
  return {
    id: 'topic.delivery',
    status: d.delivers ? 'pass' : 'fail',
    ...at,
    message: d.why,
    fix: fix.fixTopicEncryption(topic.arn, region)
  }
}

export function judgeSubscriptionLink(ctx: JudgeContext, c: Chain): Verdict {
  const topic = c.topic
  const groupRegion = c.group?.region ?? ctx.state.region
  if (!topic) {
    return {
      id: 'subscription.confirmed',
      status: 'fail',
      resource: '',
      region: groupRegion,
      message: c.alarm
        ? `Alarm ${c.alarm.name} notifies no SNS topic, so no subscription.`
        : 'No alarm, so no topic or subscription to check.',
      fix: fix.fixSubscription('<sns-topic-arn>', groupRegion),
      absent: true
    }
  }
  const region = regionOfArn(topic.arn, groupRegion)
  const at = { resource: topic.arn, region, location: topic.location }
  if (!topic.subscriptions.ok) {
    const p = topic.subscriptions.problem
    return {
      id: 'subscription.confirmed',
      status: 'manual',
      ...at,
      message: problemText(p),
      fix: fix.fixReadProblem(p)
    }
  }
  const subs = topic.subscriptions.value
  const confirmed = subs.filter((s) => s.confirmed)
  const pending = subs.length - confirmed.length
  const notes = [...new Set(confirmed.flatMap((s) => (s.note ? [s.note] : [])))]
  const confirmedText = `${confirmed.length} confirmed subscription${confirmed.length > 1 ? 's' : ''} (${[...new Set(confirmed.map((s) => s.protocol))].join(', ')})${notes.length ? `: ${notes.join('; ')}` : ''}.`
  return {
    id: 'subscription.confirmed',
    status: confirmed.length ? 'pass' : 'fail',
    ...at,
    location: confirmed[0]?.location ?? subs[0]?.location ?? topic.location,
    message: confirmed.length
      ? confirmedText
      : pending
        ? `The topic has ${pending} subscription${pending > 1 ? 's' : ''} pending confirmation and none confirmed: nobody receives the alarm until someone confirms.`
        : 'The topic has no subscription: nobody receives the alarm.',
    fix: fix.fixSubscription(topic.arn, region, pending > 0)
  }
}
