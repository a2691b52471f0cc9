// Does a subscription's filter policy let a CloudWatch alarm notification through? SNS delivers a message to a
// subscription only when the message matches its filter policy (SNS Developer Guide, "Amazon SNS message filtering",
// sns-message-filtering.html, and "Filter policy constraints"):
//  - scope `MessageAttributes` (the default) tests the message attributes; CloudWatch publishes alarm notifications
//    without any, so a key matches only with `{"exists": false}`;
//  - scope `MessageBody` tests the JSON body, which for an alarm is the notification CloudWatch documents
//    (AlarmName, AWSAccountId, NewStateValue "ALARM", AlarmArn, Trigger.MetricName, ...);
//  - the keys of a policy must all match (AND), the conditions of one key any (OR), `$or` ORs whole sub-policies; an
//    absent key matches only `{"exists": false}` (anything-but needs the key to be there).
// A condition on a field whose value the check cannot know (e.g. OldStateValue, the state reason) is `unknown`.
import type { AlarmState } from '../model/state.js'
import { wildcardMatch, type Tri } from './iam-policy.js'

/** A field the notification carries but whose value is not known here. */
const UNKNOWN = Symbol('unknown value')
/** A field that takes one of several values, depending on the transition. */
class OneOf {
  constructor(readonly values: unknown[]) {}
}

type Message = Record<string, unknown>

/** The JSON body CloudWatch publishes when `alarm` goes into ALARM, as far as it is known before it happens. */
export function alarmNotificationBody(alarm: Pick<AlarmState, 'name' | 'arn' | 'metricName' | 'namespace'>): Message {
  const account = alarm.arn.split(':')[4] ?? ''
  return {
    AlarmName: alarm.name,
    AlarmDescription: UNKNOWN,
    AWSAccountId: account,
    AlarmConfigurationUpdatedTimestamp: UNKNOWN,
    NewStateValue: 'ALARM',
    NewStateReason: UNKNOWN,
    StateChangeTime: UNKNOWN,
    Region: UNKNOWN,
    AlarmArn: alarm.arn,
    OldStateValue: new OneOf(['OK', 'INSUFFICIENT_DATA']),
    OKActions: UNKNOWN,
    AlarmActions: UNKNOWN,
    InsufficientDataActions: UNKNOWN,
    Trigger: {
      MetricName: alarm.metricName ?? UNKNOWN,
      Namespace: alarm.namespace ?? UNKNOWN,
      StatisticType: UNKNOWN,
      Statistic: UNKNOWN,
      Unit: UNKNOWN,
      Dimensions: UNKNOWN,
      Period: UNKNOWN,
      EvaluationPeriods: UNKNOWN,
      DatapointsToAlarm: UNKNOWN,
      ComparisonOperator: UNKNOWN,
      Threshold: UNKNOWN,
      TreatMissingData: UNKNOWN,
      EvaluateLowSampleCountPercentile: UNKNOWN
    }
  }
}

const or = (results: Tri[]): Tri => (results.includes('yes') ? 'yes' : results.includes('unknown') ? 'unknown' : 'no')
const and = (results: Tri[]): Tri => (results.includes('no') ? 'no' : results.includes('unknown') ? 'unknown' : 'yes')

export interface FilterJudgement {
  /** yes: the notification is delivered; no: the filter drops it; unknown: it depends on what is not known. */
  delivers: Tri
  why: string
}

/** Judges one subscription's filter policy (text as SNS stores it) and scope against the alarm's notification. */
export function judgeFilterPolicy(
  policyText: string | undefined,
  scope: string | undefined,
  alarm: Pick<AlarmState, 'name' | 'arn' | 'metricName' | 'namespace'>
): FilterJudgement {
  if (!policyText || !policyText.trim()) return { delivers: 'yes', why: 'no filter policy' }
  let policy: unknown
  try {
    policy = JSON.parse(policyText)
  } catch {
    return { delivers: 'unknown', why: 'its filter policy is not JSON' }
  }
  if (!policy || typeof policy !== 'object' || Array.isArray(policy)) {
    return { delivers: 'unknown', why: 'its filter policy is not a JSON object' }
  }
  if (Object.keys(policy).length === 0) return { delivers: 'yes', why: 'an empty filter policy' }
  const body = (scope ?? 'MessageAttributes') === 'MessageBody'
  // CloudWatch sends no message attributes: with the attribute scope, every key is absent.
  const message: Message = body ? alarmNotificationBody(alarm) : {}
  const delivers = matchPolicy(policy as Record<string, unknown>, message)
  const where = body ? 'the alarm notification body' : 'the message attributes (CloudWatch sends none)'
  const why =
    delivers === 'yes'
      ? `its filter policy (${body ? 'MessageBody' : 'MessageAttributes'}) matches ${where}`
      : delivers === 'no'
        ? `its filter policy (scope ${body ? 'MessageBody' : 'MessageAttributes'}) drops alarm notifications: it does not match ${where}`
        : `its filter policy (scope ${body ? 'MessageBody' : 'MessageAttributes'}) tests fields of the notification whose values are not known before the alarm fires`
  return { delivers, why }
}

function matchPolicy(policy: Record<string, unknown>, message: Message): Tri {
  return and(
    Object.entries(policy).map(([key, rule]) => {
      if (key === '$or') {
        return Array.isArray(rule)
          ? or(rule.map((sub) => (sub && typeof sub === 'object' ? matchPolicy(sub as Message, message) : 'unknown')))
          : 'unknown'
      }
      const field = message[key]
      if (Array.isArray(rule)) return matchField(rule, field)
      if (rule && typeof rule === 'object') {
        // A nested policy (MessageBody scope): the nested object, or an absent one.
        const nested = field && typeof field === 'object' && !(field instanceof OneOf) ? (field as Message) : {}
        if (field === UNKNOWN) return 'unknown'
        return matchPolicy(rule as Record<string, unknown>, nested)
      }
      return matchField([rule], field)
    })
  )
}

function matchField(conditions: unknown[], field: unknown): Tri {
  if (field === undefined) {
    return or(conditions.map((c) => (isObject(c) && 'exists' in c ? (c.exists === false ? 'yes' : 'no') : 'no')))
  }
  if (field === UNKNOWN) {
    return or(conditions.map((c) => (isObject(c) && 'exists' in c ? (c.exists === true ? 'yes' : 'no') : 'unknown')))
  }
  if (field instanceof OneOf) {
    const each = field.values.map((v) => matchField(conditions, v))
    return each.every((r) => r === 'yes') ? 'yes' : each.every((r) => r === 'no') ? 'no' : 'unknown'
  }
  const values = Array.isArray(field) ? field : [field]
  return or(values.map((v) => or(conditions.map((c) => matchCondition(c, v)))))
}

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v)

function matchCondition(condition: unknown, value: unknown): Tri {
  if (condition === null) return value === null ? 'yes' : 'no'
  if (typeof condition === 'string') return value === condition ? 'yes' : 'no'
  if (typeof condition === 'number') return typeof value === 'number' && value === condition ? 'yes' : 'no'
  if (typeof condition === 'boolean') return value === condition ? 'yes' : 'no'
  if (!isObject(condition)) return 'unknown'
  const [operator, operand] = Object.entries(condition)[0] ?? []
  const text = typeof value === 'string' ? value : undefined
  switch (operator) {
    case 'exists':
      return operand === true ? 'yes' : 'no'
    case 'prefix':
      return typeof operand === 'string' ? (text?.startsWith(operand) ? 'yes' : 'no') : 'unknown'
    case 'suffix':
      return typeof operand === 'string' ? (text?.endsWith(operand) ? 'yes' : 'no') : 'unknown'
    case 'equals-ignore-case':
      return typeof operand === 'string' ? (text?.toLowerCase() === operand.toLowerCase() ? 'yes' : 'no') : 'unknown'
    case 'wildcard':
      return typeof operand === 'string'
        ? text !== undefined && wildcardMatch(operand, text)
          ? 'yes'
          : 'no'
        : 'unknown'
    case 'anything-but': {
      if (isObject(operand)) {
        const inner = matchCondition(operand, value)
        return inner === 'unknown' ? 'unknown' : inner === 'yes' ? 'no' : 'yes'
      }
      const excluded = Array.isArray(operand) ? operand : [operand]
      return excluded.some((x) => x === value) ? 'no' : 'yes'
    }
    case 'numeric':
      return matchNumeric(operand, value)
    default:
      return 'unknown' // cidr and operators this check does not implement
  }
}

function matchNumeric(operand: unknown, value: unknown): Tri {
  if (!Array.isArray(operand)) return 'unknown'
  if (typeof value !== 'number') return 'no'
  for (let i = 0; i + 1 < operand.length; i += 2) {
    const op = operand[i]
    const bound = operand[i + 1]
    if (typeof bound !== 'number') return 'unknown'
    const ok =
      op === '='
        ? value === bound
        : op === '<'
          ? value < bound
          : op === '<='
            ? value <= bound
            : op === '>'
              ? value > bound
              : op === '>='
                ? value >= bound
                : undefined
    if (ok === undefined) return 'unknown'
    if (!ok) return 'no'
  }
  return 'yes'
}
