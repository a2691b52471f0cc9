// The topic link: can CloudWatch deliver an alarm notification to the topic? Pure judgement over what was read: the
// topic (its region, FIFO or not, its access policy, evaluated), the key it is encrypted with (kind, state, key
// policy, evaluated), and what CloudWatch itself recorded about the alarm's last notification.
//
// AWS behaviour this rests on:
//  - SNS Developer Guide, "Encrypting topics" / "Enable compatibility between event sources from AWS services and
//    encrypted topics" (sns-key-management.html): a service that publishes to an encrypted topic needs the key's
//    policy to let it call kms:GenerateDataKey* and kms:Decrypt; the AWS managed key (alias/aws/sns) has a policy
//    that cannot be changed, so CloudWatch can never use it; a key that is not Enabled cannot be used at all (KMS
//    Developer Guide, "Key states of AWS KMS keys").
//  - SNS access control, topic policies; IAM policy evaluation (see iam-policy.ts). CloudWatch publishes as the
//    service principal cloudwatch.amazonaws.com with aws:SourceArn (the alarm) and aws:SourceAccount (its account)
//    (CloudWatch User Guide, "Confused deputy prevention"); a same-account topic also works through the default
//    policy, which lets the owner account publish (AWS:SourceOwner).
//  - SNS Publish API: a FIFO topic needs a MessageGroupId, which CloudWatch alarm notifications do not carry.
//  - PutMetricAlarm AlarmActions: the SNS topic is named by an ARN in the alarm's Region.
//  - AWS re:Post knowledge center, "Why didn't I receive an SNS notification for my CloudWatch alarm trigger?": the
//    alarm history (type Action) records "Failed to execute action <topic>" with the error AWS met.
import { cloudWatchPublishStatement } from '../enforce/topic-policy.js'
import type { AlarmActionRecord, KmsKeyState, Read, StateSource, TopicAttributes } from '../model/state.js'
import type { Fix } from '../model/report.js'
import { problemText, regionOfArn, type Chain, type JudgeContext, type Verdict } from './context.js'
import { evaluatePolicy, type PolicyDecision, type PolicyRequest } from './iam-policy.js'
import { judgeFilterPolicy } from './sns-filter.js'
import * as fix from './remediation.js'

export const CLOUDWATCH_PRINCIPAL = 'cloudwatch.amazonaws.com'

type PartStatus = 'pass' | 'fail' | 'manual'

interface Part {
  status: PartStatus
  text: string
  fix?: Fix
}

export interface DeliveryJudgement {
  status: PartStatus
  /** status is pass. */
  delivers: boolean
  why: string
  fix?: Fix
  /** Set when the topic uses a customer managed key: the statement its key policy needs. */
  keyPolicyNote?: string
}

/** The alarm whose notification is judged: its ARN and name give the condition values CloudWatch sends. */
export interface NotifyingAlarm {
  arn: string
  name: string
  history?: Read<{ latest: AlarmActionRecord[] }>
}

const AWS_MANAGED_SNS_KEY = /(^|[:/])alias\/aws\/sns$/
const AWS_MANAGED_ALIAS = /(^|[:/])alias\/aws\//

export const KEY_POLICY_STATEMENT = JSON.stringify(
  {
    Sid: 'AllowCloudWatchAlarmsToUseTheKey',
    Effect: 'Allow',
    Principal: { Service: CLOUDWATCH_PRINCIPAL },
    Action: ['kms:Decrypt', 'kms:GenerateDataKey*'],
    Resource: '*'
  },
  null,
  2
)

const accountOf = (arn: string) => arn.split(':')[4] ?? ''
/** A real ARN (state from code may carry a resource address or an expression instead). */
const isArn = (text: string) => /^arn:[^:]+:[^:]+:[^:]*:\d{12}:.+/.test(text)
const partitionOf = (arn: string) => arn.split(':')[1] || 'aws'

/** The policy AWS gives a topic that was never given one: the owner account may publish (AWS:SourceOwner). */
export function defaultTopicPolicy(topicArn: string): string {
  return JSON.stringify({
    Version: '2008-10-17',
    Id: '__default_policy_ID',
    Statement: [
      {
        Sid: '__default_statement_ID',
        Effect: 'Allow',
        Principal: { AWS: '*' },
        Action: ['SNS:Publish', 'SNS:Subscribe', 'SNS:GetTopicAttributes'],
        Resource: topicArn,
        Condition: { StringEquals: { 'AWS:SourceOwner': accountOf(topicArn) } }
      }
    ]
  })
}

/** The requests CloudWatch makes for `alarm`: as its service principal, and for a same-account topic as the account. */
/** CloudFormation's pseudo parameters: in one template, the alarm and the topic share them. */
const CFN_PSEUDO = ['${AWS::Partition}', '${AWS::Region}', '${AWS::AccountId}']

function publishRequests(topicArn: string, alarm: NotifyingAlarm, source?: StateSource['kind']): PolicyRequest[] {
  // Values that are not known (state from code before deploy) stay out of the context: conditions on them, and a
  // Resource other than "*" or the topic's own reference, cannot be decided. In a CloudFormation template (or CDK's)
  // the alarm's ARN is known up to the pseudo parameters it shares with the policy's `!Sub` strings.
  const template = !isArn(alarm.arn) && (source === 'cloudformation' || source === 'cdk')
  const account = isArn(alarm.arn) ? accountOf(alarm.arn) : template ? '${AWS::AccountId}' : ''
  const sourceArn = template
    ? `arn:\${AWS::Partition}:cloudwatch:\${AWS::Region}:\${AWS::AccountId}:alarm:${alarm.name}`
    : alarm.arn
  const context: Record<string, string> = account
    ? { 'aws:SourceArn': sourceArn, 'aws:SourceAccount': account, 'aws:SourceOwner': account }
    : {}
  const resource = isArn(topicArn) ? topicArn : undefined
  const unknownParts = resource ? {} : { resourceText: topicArn, ...(template ? { literalTokens: CFN_PSEUDO } : {}) }
  const requests: PolicyRequest[] = [
    {
      principal: { service: CLOUDWATCH_PRINCIPAL },
      action: 'sns:Publish',
      resource,
      ...unknownParts,
      context: { ...context, 'aws:PrincipalServiceName': CLOUDWATCH_PRINCIPAL, 'aws:PrincipalIsAWSService': 'true' }
    }
  ]
  if (account && isArn(alarm.arn) && account === accountOf(topicArn)) {
    requests.push({
      principal: { arn: `arn:${partitionOf(topicArn)}:iam::${account}:root`, account },
      action: 'sns:Publish',
      resource,
      ...unknownParts,
      context: { ...context, 'aws:PrincipalAccount': account, 'aws:PrincipalIsAWSService': 'false' }
    })
  }
  return requests
}

const conditionValues = (alarm: NotifyingAlarm) =>
  `aws:SourceArn = ${alarm.arn}, aws:SourceAccount = ${accountOf(alarm.arn)}`

/** Does the topic policy let CloudWatch publish the alarm's notification? Evaluated, not pattern-matched. */
export function judgeTopicPolicy(
  policyText: string | undefined,
  topicArn: string,
  alarm: NotifyingAlarm,
  source?: StateSource['kind']
): Part {
  if (policyText === undefined && !(isArn(topicArn) && isArn(alarm.arn))) {
    // State from code, no policy declared: AWS gives the topic its default policy, which lets the owner account's
    // alarms publish; a topic and alarm declared together are the same account's.
    return {
      status: 'pass',
      text: "The topic keeps AWS's default policy, which lets its own account's alarms publish."
    }
  }
  const policy = policyText ?? defaultTopicPolicy(topicArn)
  const decisions: PolicyDecision[] = publishRequests(topicArn, alarm, source).map((r) => evaluatePolicy(policy, r))
  const evaluated = `evaluated for the values CloudWatch sends for alarm ${alarm.name} (${conditionValues(alarm)})`
  const repair = fix.fixTopicPolicy(
    topicArn,
    regionOfArn(topicArn, ''),
    cloudWatchPublishStatement(topicArn, accountOf(alarm.arn))
  )
  const denied = decisions.find((d) => d.decision === 'denied')
  if (denied) {
    return {
      status: 'fail',
      text: `The topic policy denies SNS:Publish to CloudWatch (statement ${denied.statements.join(', ')}, ${evaluated}): alarm notifications cannot be delivered.`,
      fix: repair
    }
  }
  const doubtfulDeny = decisions.find((d) => d.decision === 'undecided' && d.undecidedDeny)
  if (doubtfulDeny) {
    return {
      status: 'manual',
      text: `Could not decide whether the topic policy denies CloudWatch: ${doubtfulDeny.unknowns.join('; ')} cannot be evaluated from what the check knows.`
    }
  }
  const allowed = decisions.find((d) => d.decision === 'allowed')
  if (allowed) {
    return {
      status: 'pass',
      text: `The topic policy lets CloudWatch publish (statement ${allowed.statements.join(', ')}, ${evaluated}).`
    }
  }
  const undecided = decisions.find((d) => d.decision === 'undecided')
  if (undecided) {
    return {
      status: 'manual',
      text: `Could not decide whether the topic policy lets CloudWatch publish: ${undecided.unknowns.join('; ')} cannot be evaluated from what the check knows.`
    }
  }
  return {
    status: 'fail',
    text: `No statement of the topic policy lets CloudWatch publish (${evaluated}): alarm notifications are refused.`,
    fix: repair
  }
}

/** Can CloudWatch use the topic's key? `key` absent: not read (state from code), judged by its name only. */
export function judgeTopicKey(
  keyId: string,
  key: KmsKeyState | undefined,
  alarm: NotifyingAlarm | undefined,
  topicArn: string
): Part {
  const region = regionOfArn(topicArn, '')
  const reencrypt = fix.fixTopicEncryption(topicArn, region)
  if (AWS_MANAGED_SNS_KEY.test(keyId) || AWS_MANAGED_ALIAS.test(keyId)) {
    return {
      status: 'fail',
      text: `The topic is encrypted with the AWS managed key ${keyId}, whose policy CloudWatch cannot use: alarm notifications are silently dropped.`,
      fix: reencrypt
    }
  }
  if (!key) {
    return {
      status: 'pass',
      text: `The topic is encrypted with ${keyId}; its key policy must allow ${CLOUDWATCH_PRINCIPAL} kms:Decrypt and kms:GenerateDataKey*.`
    }
  }
  if (!key.metadata.ok) {
    const p = key.metadata.problem
    return p.kind === 'not-found'
      ? {
          status: 'fail',
          text: `The topic's key ${keyId} does not exist: SNS cannot encrypt, so every notification is refused.`,
          fix: reencrypt
        }
      : { status: 'manual', text: problemText(p), fix: fix.fixReadProblem(p) }
  }
  const m = key.metadata.value
  if (m.keyManager === 'AWS') {
    return {
      status: 'fail',
      text: `The topic is encrypted with ${m.arn || keyId}, an AWS managed key (KeyManager AWS), whose policy CloudWatch cannot use and nobody can change: alarm notifications are silently dropped.`,
      fix: reencrypt
    }
  }
  if (m.keyState !== 'Enabled') {
    return {
      status: 'fail',
      text: `The topic's key ${m.arn || keyId} is ${m.keyState}: KMS refuses to use it, so SNS cannot encrypt and every notification is refused.`,
      fix: fix.fixKeyState(m.keyId, m.arn ? regionOfArn(m.arn, region) : region, m.keyState)
    }
  }
  if (!key.policy) return { status: 'manual', text: `The key policy of ${m.arn} was not read.` }
  if (!key.policy.ok) {
    return { status: 'manual', text: problemText(key.policy.problem), fix: fix.fixReadProblem(key.policy.problem) }
  }
  const context: Record<string, string> = alarm
    ? { 'aws:SourceArn': alarm.arn, 'aws:SourceAccount': accountOf(alarm.arn) }
    : {}
  const verdicts = ['kms:GenerateDataKey', 'kms:Decrypt'].map((action) => ({
    action,
    d: evaluatePolicy(key.policy!.ok ? key.policy!.value : '', {
      principal: { service: CLOUDWATCH_PRINCIPAL },
      action,
      resource: m.arn,
      context: { ...context, 'aws:PrincipalServiceName': CLOUDWATCH_PRINCIPAL, 'aws:PrincipalIsAWSService': 'true' }
    })
  }))
  const refused = verdicts.filter((v) => v.d.decision === 'denied' || v.d.decision === 'implicit-deny')
  const keyFix = fix.fixKeyPolicy(m.keyId, regionOfArn(m.arn, region), KEY_POLICY_STATEMENT)
  if (refused.length) {
    return {
      status: 'fail',
      text: `The key policy of ${m.arn} does not let CloudWatch use the key (${refused.map((v) => `${v.action}: ${v.d.decision === 'denied' ? `denied by ${v.d.statements.join(', ')}` : 'no statement allows it'}`).join('; ')}): SNS cannot encrypt the alarm notification, so it is dropped. Add this statement to the key policy:\n${KEY_POLICY_STATEMENT}`,
      fix: keyFix
    }
  }
  const undecided = verdicts.find((v) => v.d.decision === 'undecided')
  if (undecided) {
    return {
      status: 'manual',
      text: `Could not decide whether the key policy of ${m.arn} lets CloudWatch use the key: ${undecided.d.unknowns.join('; ')} cannot be evaluated from what the check knows.`
    }
  }
  return {
    status: 'pass',
    text: `The key ${m.arn} is a customer managed key, enabled, and its policy lets CloudWatch use it (kms:GenerateDataKey and kms:Decrypt${alarm ? `, evaluated for ${conditionValues(alarm)}` : ''}).`
  }
}

/** What the alarm history says about the alarm's last notification to this topic. */
function historyPart(topicArn: string, alarm: NotifyingAlarm | undefined): Part | { note: string } | undefined {
  const history = alarm?.history
  if (!history) return undefined
  if (!history.ok) {
    return {
      note: `The alarm history could not be read (${history.problem.message}); this verdict rests on the configuration alone.`
    }
  }
  const last = history.value.latest.find((r) => r.resource === topicArn)
  if (!last) return { note: 'The alarm history records no notification to this topic yet.' }
  if (last.outcome === 'failed') {
    return {
      status: 'fail',
      text: `CloudWatch recorded that the alarm's last notification to this topic failed (${last.timestamp}): ${last.summary}${last.error && !last.summary.includes(last.error) ? ` (${last.error})` : ''}.`,
      fix: fix.fixTestNotification(alarm!.name, regionOfArn(alarm!.arn, regionOfArn(topicArn, '')))
    }
  }
  if (last.outcome === 'succeeded')
    return { note: `The alarm's last notification to this topic was delivered (${last.timestamp}).` }
  return undefined
}

const SEVERITY: Record<PartStatus, number> = { pass: 0, manual: 1, fail: 2 }

/**
 * Can CloudWatch deliver `alarm`'s notification to the topic? `alarm` absent: only what does not depend on it.
 * Without `key` (not read), a customer key passes with the statement its policy needs (keyPolicyNote).
 */
export function judgeTopicDelivery(
  attributes: TopicAttributes,
  topicArn = '',
  evidence: { alarm?: NotifyingAlarm; key?: KmsKeyState; source?: StateSource['kind'] } = {}
): DeliveryJudgement {
  const parts: Part[] = []
  const notes: string[] = []
  const alarm = evidence.alarm
  const region = regionOfArn(topicArn, '')
  const alarmRegion = alarm ? regionOfArn(alarm.arn, '') : ''
  if (alarm && region && alarmRegion && region !== alarmRegion) {
    parts.push({
      status: 'fail',
      text: `The topic is in ${region} and the alarm in ${alarmRegion}: an alarm notifies SNS topics of its own Region only.`,
      fix: fix.fixTopic({ region: alarmRegion, topicName: topicArn.split(':')[5] ?? 'topic' })
    })
  }
  if (attributes.fifo || /\.fifo$/.test(topicArn)) {
    parts.push({
      status: 'fail',
      text: 'The topic is a FIFO topic: every publish to it needs a message group id, which CloudWatch alarm notifications do not carry, so they are refused. Use a standard topic.',
      fix: fix.fixTopic({
        region: region || alarmRegion,
        topicName: (topicArn.split(':')[5] ?? 'topic').replace(/\.fifo$/, '')
      })
    })
  }
  const keyId = attributes.kmsMasterKeyId
  if (keyId) parts.push(judgeTopicKey(keyId, evidence.key, alarm, topicArn))
  if (alarm) parts.push(judgeTopicPolicy(attributes.policy, topicArn, alarm, evidence.source))
  else {
    // Without the alarm, only an unconditional verdict counts: evaluate for any alarm of the topic's account.
    const anyAlarm = {
      arn: `arn:${partitionOf(topicArn)}:cloudwatch:${region}:${accountOf(topicArn)}:alarm:*`,
      name: '*'
    }
    const p = judgeTopicPolicy(attributes.policy, topicArn, anyAlarm)
    if (p.status === 'fail') parts.push(p)
  }
  const history = historyPart(topicArn, alarm)
  if (history && 'note' in history) notes.push(history.note)
  else if (history) parts.push(history)

  const worst = parts.reduce<PartStatus>((w, p) => (SEVERITY[p.status] > SEVERITY[w] ? p.status : w), 'pass')
  const shown = worst === 'pass' ? parts : parts.filter((p) => p.status !== 'pass')
  const text = shown.map((p) => p.text)
  if (worst === 'pass' && text.length === 0)
    text.push('The topic exists and its policy does not stop CloudWatch from publishing.')
  const fixes = shown.flatMap((p) => (p.fix ? [p.fix] : []))
  const judgement: DeliveryJudgement = {
    status: worst,
    delivers: worst === 'pass',
    why: [...text, ...notes].join(' '),
    fix: fixes.length
      ? { change: fixes.map((f) => f.change).join(' '), commands: fixes.map((f) => f.commands).join('\n') }
      : undefined
  }
  if (keyId && !AWS_MANAGED_ALIAS.test(keyId) && !evidence.key) judgement.keyPolicyNote = KEY_POLICY_STATEMENT
  return judgement
}

/** The alarm of the chain, or (for a topic judged alone, as enforce does) the alarm enforce would create. */
function notifyingAlarm(ctx: JudgeContext, c: Chain, topicArn: string): NotifyingAlarm {
  if (c.alarm) return { arn: c.alarm.arn, name: c.alarm.name, history: c.alarm.history }
  const region = c.group?.region ?? regionOfArn(topicArn, ctx.state.region)
  const account = ctx.state.identity?.account || accountOf(topicArn)
  return {
    arn: `arn:${partitionOf(topicArn)}:cloudwatch:${region}:${account}:alarm:${ctx.names.alarmName}`,
    name: ctx.names.alarmName
  }
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
  const d = judgeTopicDelivery(topic.attributes.value, topic.arn, {
    alarm: notifyingAlarm(ctx, c, topic.arn),
    key: topic.key,
    source: ctx.state.source?.kind
  })
  return {
    id: 'topic.delivery',
    status: d.status,
    ...at,
    message: d.why,
    fix: d.fix ?? fix.fixTopicEncryption(topic.arn, region)
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
  // A confirmed subscription whose filter policy drops the alarm notification is not a receiver.
  const alarm = c.alarm ?? {
    name: ctx.names.alarmName,
    arn: notifyingAlarm(ctx, c, topic.arn).arn,
    metricName: ctx.names.metricName,
    namespace: ctx.names.metricNamespace
  }
  const judged = confirmed.map((s) => {
    if (!s.filter) return { s, delivers: 'yes' as const, why: '' }
    if (!s.filter.ok)
      return { s, delivers: 'unknown' as const, why: problemText(s.filter.problem), problem: s.filter.problem }
    const j = judgeFilterPolicy(s.filter.value.policy, s.filter.value.scope, alarm)
    return { s, delivers: j.delivers, why: j.why }
  })
  const receivers = judged.filter((j) => j.delivers === 'yes')
  const undecided = judged.filter((j) => j.delivers === 'unknown')
  const dropping = judged.filter((j) => j.delivers === 'no')
  const notes = [...new Set(receivers.flatMap((j) => (j.s.note ? [j.s.note] : [])))]
  const filtered = receivers.filter((j) => j.why && j.why !== 'no filter policy').length
  const receiversText = `${receivers.length} confirmed subscription${receivers.length > 1 ? 's' : ''} (${[...new Set(receivers.map((j) => j.s.protocol))].join(', ')})${filtered ? `, ${filtered} with a filter policy that lets alarm notifications through` : ''}${notes.length ? `: ${notes.join('; ')}` : ''}.`
  const droppedText = dropping.length
    ? ` ${dropping.length} confirmed subscription${dropping.length > 1 ? 's' : ''} receive${dropping.length > 1 ? '' : 's'} nothing: ${dropping.map((j) => `${j.s.protocol} ${j.s.arn}: ${j.why}`).join('; ')}.`
    : ''
  const location = confirmed[0]?.location ?? subs[0]?.location ?? topic.location
  if (receivers.length) {
    return { id: 'subscription.confirmed', status: 'pass', ...at, location, message: receiversText }
  }
  if (undecided.length) {
    const first = undecided[0]
    return {
      id: 'subscription.confirmed',
      status: 'manual',
      ...at,
      location,
      message: `Could not decide whether a confirmed subscription receives alarm notifications: ${undecided.map((j) => `${j.s.protocol} ${j.s.arn}: ${j.why}`).join('; ')}.${droppedText}`,
      fix:
        'problem' in first && first.problem
          ? fix.fixReadProblem(first.problem)
          : fix.fixFilterPolicy(first.s.arn, region)
    }
  }
  return {
    id: 'subscription.confirmed',
    status: 'fail',
    ...at,
    location,
    message: dropping.length
      ? `No subscription receives the alarm notification.${droppedText}`
      : pending
        ? `The topic has ${pending} subscription${pending > 1 ? 's' : ''} pending confirmation and none confirmed: nobody receives the alarm until someone confirms.`
        : 'The topic has no subscription: nobody receives the alarm.',
    fix: dropping.length
      ? fix.fixFilterPolicy(dropping[0].s.arn, region)
      : fix.fixSubscription(topic.arn, region, pending > 0)
  }
}
