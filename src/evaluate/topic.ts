// Can CloudWatch deliver an alarm notification to the topic? Pure judgement over its attributes.
import type { TopicAttributes } from '../model/state.js'

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
