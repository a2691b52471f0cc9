// The one statement enforce adds to a topic policy: CloudWatch may publish, for alarms of this account only.
// Every other statement is kept as it is.

export const CLOUDWATCH_STATEMENT_SID = 'AllowCloudWatchAlarmsToPublish'

export function cloudWatchPublishStatement(topicArn: string, account: string): Record<string, unknown> {
  const partition = topicArn.split(':')[1] || 'aws'
  return {
    Sid: CLOUDWATCH_STATEMENT_SID,
    Effect: 'Allow',
    Principal: { Service: 'cloudwatch.amazonaws.com' },
    Action: 'SNS:Publish',
    Resource: topicArn,
    Condition: {
      StringEquals: { 'AWS:SourceAccount': account },
      ArnLike: { 'AWS:SourceArn': `arn:${partition}:cloudwatch:*:${account}:alarm:*` }
    }
  }
}

interface PolicyDocument {
  Version?: string
  Id?: string
  Statement?: unknown
}

function statementsOf(policy: PolicyDocument): Record<string, unknown>[] {
  const s = policy.Statement
  return (Array.isArray(s) ? s : s ? [s] : []) as Record<string, unknown>[]
}

/** Is our statement there, exactly as it should be? */
export function hasCloudWatchStatement(policyText: string | undefined, topicArn: string, account: string): boolean {
  const policy = parsePolicy(policyText)
  const wanted = JSON.stringify(cloudWatchPublishStatement(topicArn, account))
  return statementsOf(policy).some((s) => s.Sid === CLOUDWATCH_STATEMENT_SID && JSON.stringify(s) === wanted)
}

/** The policy with our statement added or put back, all other statements untouched. */
export function withCloudWatchStatement(policyText: string | undefined, topicArn: string, account: string): string {
  const policy = parsePolicy(policyText)
  // Never overwrite a policy we cannot read: that would drop its statements.
  if (policyText && Object.keys(policy).length === 0)
    throw new Error(`The policy of ${topicArn} is not a JSON object; it was left as it is.`)
  const others = statementsOf(policy).filter((s) => s.Sid !== CLOUDWATCH_STATEMENT_SID)
  return JSON.stringify({
    Version: policy.Version ?? '2012-10-17',
    ...(policy.Id ? { Id: policy.Id } : {}),
    Statement: [...others, cloudWatchPublishStatement(topicArn, account)]
  })
}

function parsePolicy(text: string | undefined): PolicyDocument {
  if (!text) return {}
  try {
    const parsed = JSON.parse(text) as unknown
    return parsed && typeof parsed === 'object' ? (parsed as PolicyDocument) : {}
  } catch {
    return {}
  }
}
