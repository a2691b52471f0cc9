// Seeds moto with a realistic account holding the CIS 4.7 / CloudWatch.7 chain, compliant by default:
//   multi-region trail (logging, management write events) -> CloudWatch Logs group -> KMS metric filter
//   -> alarm (>= 1 in 300 s) -> SNS topic -> email subscription.
// Every part can be customised or omitted (false) so that a scenario can break exactly one link.
//
// Placement: the trail lives in `trail.homeRegion` of `account`. The log group defaults to `region`/`account` but can
// be moved (logGroup.region / logGroup.account). The metric filter is put on the log group, so it follows it; the
// alarm defaults to where the filter's metric is (the log group's region/account); the topic defaults to the alarm's
// region/account. Each of filter/alarm/topic accepts its own region/account to move it elsewhere.
import {
  CreateTrailCommand,
  DescribeTrailsCommand,
  GetEventSelectorsCommand,
  GetTrailStatusCommand,
  ListTagsCommand,
  PutEventSelectorsCommand,
  StartLoggingCommand,
  type AdvancedEventSelector,
  type EventSelector
} from '@aws-sdk/client-cloudtrail'
import {
  DescribeAlarmsCommand,
  ListTagsForResourceCommand,
  PutMetricAlarmCommand,
  type ComparisonOperator,
  type Dimension,
  type Statistic
} from '@aws-sdk/client-cloudwatch'
import {
  CreateLogGroupCommand,
  DescribeLogGroupsCommand,
  DescribeMetricFiltersCommand,
  PutMetricFilterCommand,
  PutRetentionPolicyCommand,
  ResourceAlreadyExistsException
} from '@aws-sdk/client-cloudwatch-logs'
import {
  CreateTopicCommand,
  GetSubscriptionAttributesCommand,
  GetTopicAttributesCommand,
  ListSubscriptionsCommand,
  ListTopicsCommand,
  SubscribeCommand
} from '@aws-sdk/client-sns'
import { DEFAULT_ACCOUNT, DEFAULT_REGION, createBucket, type MotoClients, type MotoServer } from './moto.js'

/** The CIS AWS 4.7 pattern, verbatim (with its irregular spacing). */
export const CIS_PATTERN =
  '{($.eventSource = kms.amazonaws.com) && (($.eventName=DisableKey)||($.eventName=ScheduleKeyDeletion)) }'

export const DEFAULTS = {
  trailName: 'management-trail',
  logGroupName: 'aws-cloudtrail-logs-management',
  filterName: 'cmk-disable-or-delete',
  metricName: 'CMKDisableOrDelete',
  namespace: 'CISBenchmark',
  metricValue: '1',
  alarmName: 'cmk-disable-or-delete-alarm',
  topicName: 'security-alerts',
  subscriptions: [{ protocol: 'email', endpoint: 'secops@example.com' }]
} as const

export interface TrailSpec {
  /** Default 'management-trail'. */
  name?: string
  /** Region the trail is created in (its HomeRegion). Default: the chain's region. */
  homeRegion?: string
  /** Default true. */
  multiRegion?: boolean
  /** StartLogging after creation. Default true. */
  logging?: boolean
  /** IsOrganizationTrail (moto stores it without any Organizations check). Default false. */
  organization?: boolean
  /** Default true. */
  includeGlobalServiceEvents?: boolean
  /**
   * Classic selectors for PutEventSelectors. Default [{ReadWriteType:'All', IncludeManagementEvents:true}].
   * `false`: don't call PutEventSelectors at all (moto then returns EMPTY selectors, unlike AWS).
   */
  eventSelectors?: EventSelector[] | false
  /** Advanced selectors; when given they are put instead of the classic ones. */
  advancedEventSelectors?: AdvancedEventSelector[]
  /** true (default): deliver to the chain's log group; false: no CloudWatch Logs delivery at all. */
  logGroup?: boolean
  /** Verbatim CloudWatchLogsLogGroupArn (e.g. a group in another account); implies delivery. */
  logGroupArnOverride?: string
  /** Default arn:aws:iam::<account>:role/CloudTrail_CloudWatchLogs_Role. */
  cloudWatchLogsRoleArn?: string
  /** Default `aws-cloudtrail-logs-<account>-<homeRegion>` (created with an unsigned PUT). */
  s3BucketName?: string
  tags?: Record<string, string>
}

export interface LogGroupSpec {
  /** Default 'aws-cloudtrail-logs-management'. */
  name?: string
  /** Default: the chain's region. */
  region?: string
  /** Default: the chain's account. */
  account?: string
  retentionInDays?: number
}

export interface FilterSpec {
  /** Default 'cmk-disable-or-delete'. */
  name?: string
  /** Default: CIS_PATTERN. */
  pattern?: string
  /** Default 'CMKDisableOrDelete'. */
  metricName?: string
  /** Default 'CISBenchmark'. */
  namespace?: string
  /** metricValue. Default '1'. */
  value?: string
  defaultValue?: number
  unit?: string
  /** Metric dimensions: name -> `$.field` of the event. */
  dimensions?: Record<string, string>
  /** Put the filter on another log group (created if missing) instead of the chain's group. */
  logGroupName?: string
  /** Default: the log group's region / account. */
  region?: string
  account?: string
}

export interface AlarmSpec {
  /** Default 'cmk-disable-or-delete-alarm'. */
  name?: string
  /** Default: the filter's metric (or the default metric name / namespace when the filter is omitted). */
  metricName?: string
  namespace?: string
  /** Default 'Sum' (unless extendedStatistic is given). */
  statistic?: Statistic | string
  /** e.g. 'p99'; replaces the statistic. */
  extendedStatistic?: string
  /** Default 300. */
  period?: number
  /** Default 1. */
  threshold?: number
  /** Default 'GreaterThanOrEqualToThreshold'. */
  comparison?: ComparisonOperator | string
  /** Default 1. */
  evaluationPeriods?: number
  datapointsToAlarm?: number
  /** Default true. */
  actionsEnabled?: boolean
  /** Default 'notBreaching'. */
  treatMissingData?: string
  /**
   * 'topic' (default): the chain's topic ARN. When `topic: false` this is still the ARN that topic would have had, i.e.
   * a dangling action (a deleted topic); pass [] for an alarm without actions.
   */
  alarmActions?: 'topic' | string[]
  okActions?: string[]
  insufficientDataActions?: string[]
  dimensions?: Dimension[]
  unit?: string
  tags?: Record<string, string>
  /** Default: the filter's region / account (where its metric is). */
  region?: string
  account?: string
}

export interface TopicSpec {
  /** Default 'security-alerts'. */
  name?: string
  kmsMasterKeyId?: string
  /** Topic access policy: a JSON string or an object (stringified). */
  policy?: string | object
  displayName?: string
  /** A FIFO topic (its name must end in .fifo). */
  fifo?: boolean
  /** Default: the alarm's region / account. */
  region?: string
  account?: string
}

export interface SubscriptionSpec {
  protocol: string
  endpoint: string
  /** FilterPolicy (object or JSON text) and FilterPolicyScope of the subscription. */
  filterPolicy?: object | string
  filterPolicyScope?: 'MessageAttributes' | 'MessageBody'
}

export interface ChainSpec {
  /** Default moto's 123456789012; when set everything is created through the x-moto-account-id header. */
  account?: string
  /** Default 'us-east-1'. */
  region?: string
  trail?: TrailSpec | false
  /** false: don't create the log group (a trail then delivers to a group that does not exist). */
  logGroup?: LogGroupSpec | false
  filter?: FilterSpec | false
  alarm?: AlarmSpec | false
  topic?: TopicSpec | false
  /** Default [{protocol:'email', endpoint:'secops@example.com'}]; ignored when topic is false. */
  subscriptions?: SubscriptionSpec[]
}

export interface SeededChain {
  account: string
  region: string
  trailName?: string
  trailArn?: string
  trailHomeRegion?: string
  s3BucketName?: string
  /** The CloudWatchLogsLogGroupArn given to the trail (AWS form `arn:aws:logs:<r>:<a>:log-group:<name>:*`). */
  trailLogGroupArn?: string
  cloudWatchLogsRoleArn?: string
  logGroupName: string
  /** `arn:aws:logs:<region>:<account>:log-group:<name>:*` (also when the group was not created). */
  logGroupArn: string
  logGroupRegion: string
  logGroupAccount: string
  logGroupCreated: boolean
  filterName?: string
  filterLogGroupName?: string
  /** The metric the filter emits (or the alarm watches when there is no filter). */
  metricName: string
  namespace: string
  alarmName?: string
  alarmArn?: string
  alarmRegion?: string
  alarmAccount?: string
  alarmActions: string[]
  /** Only when the topic was created. */
  topicArn?: string
  /** The ARN the chain's topic has (or would have had when `topic: false`). */
  expectedTopicArn: string
  topicRegion: string
  topicAccount: string
  subscriptionArns: string[]
}

export function logGroupArnOf(region: string, account: string, name: string): string {
  return `arn:aws:logs:${region}:${account}:log-group:${name}:*`
}

function clientsFor(moto: MotoServer, region: string, account: string): MotoClients {
  // moto's default account is selected by sending no header at all, which is exactly what a plain SDK call does.
  return moto.clients({ region, account: account === DEFAULT_ACCOUNT ? undefined : account })
}

function toTags<K extends string, V extends string>(tags: Record<string, string> | undefined, k: K, v: V) {
  if (!tags) return undefined
  return Object.entries(tags).map(([key, value]) => ({ [k]: key, [v]: value }) as Record<K | V, string>)
}

async function ensureLogGroup(c: MotoClients, name: string): Promise<void> {
  try {
    await c.logs.send(new CreateLogGroupCommand({ logGroupName: name }))
  } catch (err) {
    if (!(err instanceof ResourceAlreadyExistsException) && (err as Error).name !== 'ResourceAlreadyExistsException') {
      throw err
    }
  }
}

/** Builds the chain described by `spec` (compliant by default) and returns the names and ARNs of what it made. */
export async function seedChain(moto: MotoServer, spec: ChainSpec = {}): Promise<SeededChain> {
  const account = spec.account ?? DEFAULT_ACCOUNT
  const region = spec.region ?? DEFAULT_REGION

  // ---- where everything goes
  const lgSpec = spec.logGroup === false ? undefined : (spec.logGroup ?? {})
  const logGroupName = (spec.logGroup === false ? undefined : spec.logGroup?.name) ?? DEFAULTS.logGroupName
  const logGroupRegion = lgSpec?.region ?? region
  const logGroupAccount = lgSpec?.account ?? account
  const logGroupArn = logGroupArnOf(logGroupRegion, logGroupAccount, logGroupName)

  const filter = spec.filter === false ? undefined : (spec.filter ?? {})
  const filterRegion = filter?.region ?? logGroupRegion
  const filterAccount = filter?.account ?? logGroupAccount
  const metricName = filter?.metricName ?? DEFAULTS.metricName
  const namespace = filter?.namespace ?? DEFAULTS.namespace

  const alarm = spec.alarm === false ? undefined : (spec.alarm ?? {})
  const alarmRegion = alarm?.region ?? filterRegion
  const alarmAccount = alarm?.account ?? filterAccount

  const topic = spec.topic === false ? undefined : (spec.topic ?? {})
  const topicName = (spec.topic === false ? undefined : spec.topic?.name) ?? DEFAULTS.topicName
  const topicRegion = topic?.region ?? alarmRegion
  const topicAccount = topic?.account ?? alarmAccount
  const expectedTopicArn = `arn:aws:sns:${topicRegion}:${topicAccount}:${topicName}`

  const result: SeededChain = {
    account,
    region,
    logGroupName,
    logGroupArn,
    logGroupRegion,
    logGroupAccount,
    logGroupCreated: false,
    metricName: alarm?.metricName ?? metricName,
    namespace: alarm?.namespace ?? namespace,
    alarmActions: [],
    expectedTopicArn,
    topicRegion,
    topicAccount,
    subscriptionArns: []
  }

  // ---- log group
  if (lgSpec) {
    const c = clientsFor(moto, logGroupRegion, logGroupAccount)
    await ensureLogGroup(c, logGroupName)
    if (lgSpec.retentionInDays !== undefined) {
      await c.logs.send(new PutRetentionPolicyCommand({ logGroupName, retentionInDays: lgSpec.retentionInDays }))
    }
    result.logGroupCreated = true
  }

  // ---- trail
  if (spec.trail !== false) {
    const t = spec.trail ?? {}
    const home = t.homeRegion ?? region
    const c = clientsFor(moto, home, account)
    const name = t.name ?? DEFAULTS.trailName
    const bucket = t.s3BucketName ?? `aws-cloudtrail-logs-${account}-${home}`
    await createBucket(moto, bucket, account === DEFAULT_ACCOUNT ? undefined : account)
    const deliver = t.logGroupArnOverride !== undefined || t.logGroup !== false
    const trailLogGroupArn = deliver ? (t.logGroupArnOverride ?? logGroupArn) : undefined
    const roleArn = deliver
      ? (t.cloudWatchLogsRoleArn ?? `arn:aws:iam::${account}:role/CloudTrail_CloudWatchLogs_Role`)
      : undefined
    const created = await c.cloudtrail.send(
      new CreateTrailCommand({
        Name: name,
        S3BucketName: bucket,
        IsMultiRegionTrail: t.multiRegion ?? true,
        IsOrganizationTrail: t.organization ?? false,
        IncludeGlobalServiceEvents: t.includeGlobalServiceEvents ?? true,
        EnableLogFileValidation: true,
        CloudWatchLogsLogGroupArn: trailLogGroupArn,
        CloudWatchLogsRoleArn: roleArn,
        TagsList: toTags(t.tags, 'Key', 'Value')
      })
    )
    // moto leaves a new trail with EMPTY selectors (AWS would return the default one): always put them explicitly.
    if (t.advancedEventSelectors) {
      await c.cloudtrail.send(
        new PutEventSelectorsCommand({ TrailName: name, AdvancedEventSelectors: t.advancedEventSelectors })
      )
    } else if (t.eventSelectors !== false) {
      await c.cloudtrail.send(
        new PutEventSelectorsCommand({
          TrailName: name,
          EventSelectors: t.eventSelectors ?? [{ ReadWriteType: 'All', IncludeManagementEvents: true }]
        })
      )
    }
    // By name: StartLogging by ARN was a 500 in moto < 5.2.3.
    if (t.logging ?? true) await c.cloudtrail.send(new StartLoggingCommand({ Name: name }))
    Object.assign(result, {
      trailName: name,
      trailArn: created.TrailARN,
      trailHomeRegion: home,
      s3BucketName: bucket,
      trailLogGroupArn,
      cloudWatchLogsRoleArn: roleArn
    })
  }

  // ---- metric filter
  if (filter) {
    const c = clientsFor(moto, filterRegion, filterAccount)
    const onGroup = filter.logGroupName ?? logGroupName
    // moto does not check that the group exists, AWS does: make the group when the filter is moved elsewhere.
    if (filter.logGroupName !== undefined || filterRegion !== logGroupRegion || filterAccount !== logGroupAccount) {
      await ensureLogGroup(c, onGroup)
    }
    const name = filter.name ?? DEFAULTS.filterName
    // moto appends on every PutMetricFilter (no replace): seed each filter exactly once.
    await c.logs.send(
      new PutMetricFilterCommand({
        logGroupName: onGroup,
        filterName: name,
        filterPattern: filter.pattern ?? CIS_PATTERN,
        metricTransformations: [
          {
            metricName,
            metricNamespace: namespace,
            metricValue: filter.value ?? DEFAULTS.metricValue,
            defaultValue: filter.defaultValue,
            unit: filter.unit as never,
            dimensions: filter.dimensions
          }
        ]
      })
    )
    result.filterName = name
    result.filterLogGroupName = onGroup
  }

  // ---- alarm
  if (alarm) {
    const c = clientsFor(moto, alarmRegion, alarmAccount)
    const name = alarm.name ?? DEFAULTS.alarmName
    const actions =
      alarm.alarmActions === undefined || alarm.alarmActions === 'topic' ? [expectedTopicArn] : alarm.alarmActions
    await c.cloudwatch.send(
      new PutMetricAlarmCommand({
        AlarmName: name,
        AlarmDescription: 'CIS 4.7: a customer managed KMS key was disabled or scheduled for deletion',
        MetricName: alarm.metricName ?? metricName,
        Namespace: alarm.namespace ?? namespace,
        Statistic: alarm.extendedStatistic ? undefined : ((alarm.statistic ?? 'Sum') as Statistic),
        ExtendedStatistic: alarm.extendedStatistic,
        Period: alarm.period ?? 300,
        Threshold: alarm.threshold ?? 1,
        ComparisonOperator: (alarm.comparison ?? 'GreaterThanOrEqualToThreshold') as ComparisonOperator,
        EvaluationPeriods: alarm.evaluationPeriods ?? 1,
        DatapointsToAlarm: alarm.datapointsToAlarm,
        ActionsEnabled: alarm.actionsEnabled ?? true,
        TreatMissingData: alarm.treatMissingData ?? 'notBreaching',
        AlarmActions: actions,
        OKActions: alarm.okActions,
        InsufficientDataActions: alarm.insufficientDataActions,
        Dimensions: alarm.dimensions,
        Unit: alarm.unit as never,
        Tags: toTags(alarm.tags, 'Key', 'Value')
      })
    )
    const described = await c.cloudwatch.send(new DescribeAlarmsCommand({ AlarmNames: [name] }))
    Object.assign(result, {
      alarmName: name,
      alarmArn:
        described.MetricAlarms?.[0]?.AlarmArn ?? `arn:aws:cloudwatch:${alarmRegion}:${alarmAccount}:alarm:${name}`,
      alarmRegion,
      alarmAccount,
      alarmActions: actions
    })
  }

  // ---- topic + subscriptions
  if (topic) {
    const c = clientsFor(moto, topicRegion, topicAccount)
    const attributes: Record<string, string> = {}
    if (topic.kmsMasterKeyId !== undefined) attributes.KmsMasterKeyId = topic.kmsMasterKeyId
    if (topic.displayName !== undefined) attributes.DisplayName = topic.displayName
    if (topic.fifo) attributes.FifoTopic = 'true'
    if (topic.policy !== undefined) {
      attributes.Policy = typeof topic.policy === 'string' ? topic.policy : JSON.stringify(topic.policy)
    }
    const created = await c.sns.send(
      new CreateTopicCommand({ Name: topicName, Attributes: Object.keys(attributes).length ? attributes : undefined })
    )
    result.topicArn = created.TopicArn
    // moto auto-confirms every subscription (never "PendingConfirmation").
    for (const sub of (spec.subscriptions ?? DEFAULTS.subscriptions) as SubscriptionSpec[]) {
      const r = await c.sns.send(
        new SubscribeCommand({
          TopicArn: created.TopicArn,
          Protocol: sub.protocol,
          Endpoint: sub.endpoint,
          ReturnSubscriptionArn: true,
          Attributes:
            sub.filterPolicy !== undefined
              ? {
                  FilterPolicy:
                    typeof sub.filterPolicy === 'string' ? sub.filterPolicy : JSON.stringify(sub.filterPolicy),
                  ...(sub.filterPolicyScope ? { FilterPolicyScope: sub.filterPolicyScope } : {})
                }
              : undefined
        })
      )
      if (r.SubscriptionArn) result.subscriptionArns.push(r.SubscriptionArn)
    }
  }

  return result
}

// ----------------------------------------------------------------------------------------------------------------
// dumpAccount: a stable, sorted snapshot of everything the action could read or write, to prove a dry-run wrote nothing.

export interface DumpOptions {
  /** Default ['us-east-1']. */
  regions?: string[]
  /** Default [moto's 123456789012]. */
  accounts?: string[]
}

/** Fields that change by themselves (alarm state, trail delivery clocks) and are left out of the dump. */
const VOLATILE_KEYS = new Set([
  '$metadata',
  'StateValue',
  'StateReason',
  'StateReasonData',
  'StateUpdatedTimestamp',
  'StateTransitionedTimestamp',
  'LatestDeliveryTime',
  'LatestNotificationTime',
  'LatestDigestDeliveryTime',
  'LatestCloudWatchLogsDeliveryTime',
  'StartLoggingTime',
  'StopLoggingTime',
  'TimeLoggingStarted',
  'TimeLoggingStopped',
  'storedBytes'
])

/** Recursively: drops volatile keys and undefined values, turns Dates into ISO strings, sorts object keys. */
export function normalize(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString()
  if (Array.isArray(value)) return value.map(normalize)
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key]
      if (v === undefined || VOLATILE_KEYS.has(key)) continue
      out[key] = normalize(v)
    }
    return out
  }
  return value
}

function sortBy<T>(items: T[] | undefined, key: (t: T) => string): T[] {
  return [...(items ?? [])].sort((a, b) => {
    const ka = key(a)
    const kb = key(b)
    return ka < kb ? -1 : ka > kb ? 1 : 0
  })
}

async function dumpRegion(moto: MotoServer, account: string, region: string) {
  const c = clientsFor(moto, region, account)

  // Trails whose home is this region only (shadow copies are dumped in their home region).
  const trails = (await c.cloudtrail.send(new DescribeTrailsCommand({ includeShadowTrails: false }))).trailList ?? []
  const trailDump = []
  for (const trail of sortBy(trails, (t) => t.TrailARN ?? t.Name ?? '')) {
    const id = trail.TrailARN ?? trail.Name!
    const selectors = await c.cloudtrail.send(new GetEventSelectorsCommand({ TrailName: trail.Name }))
    const status = await c.cloudtrail.send(new GetTrailStatusCommand({ Name: id }))
    let tags: unknown
    try {
      tags = (await c.cloudtrail.send(new ListTagsCommand({ ResourceIdList: [id] }))).ResourceTagList
    } catch (err) {
      tags = `unreadable: ${(err as Error).name}`
    }
    trailDump.push({
      trail,
      eventSelectors: {
        EventSelectors: selectors.EventSelectors,
        AdvancedEventSelectors: selectors.AdvancedEventSelectors
      },
      status: {
        IsLogging: status.IsLogging,
        LatestCloudWatchLogsDeliveryError: status.LatestCloudWatchLogsDeliveryError,
        LatestDeliveryError: status.LatestDeliveryError
      },
      tags
    })
  }

  const logGroups = []
  let nextToken: string | undefined
  do {
    const page = await c.logs.send(new DescribeLogGroupsCommand({ nextToken }))
    logGroups.push(...(page.logGroups ?? []))
    nextToken = page.nextToken
  } while (nextToken)

  // One call without a log group: moto keeps filters in one list per account+region (and ignores paging).
  const filters = (await c.logs.send(new DescribeMetricFiltersCommand({}))).metricFilters ?? []

  const alarms = await c.cloudwatch.send(new DescribeAlarmsCommand({}))
  const metricAlarms = []
  for (const alarm of sortBy(alarms.MetricAlarms, (a) => a.AlarmName ?? '')) {
    const tags = alarm.AlarmArn
      ? (await c.cloudwatch.send(new ListTagsForResourceCommand({ ResourceARN: alarm.AlarmArn }))).Tags
      : undefined
    metricAlarms.push({ ...alarm, Tags: sortBy(tags, (t) => t.Key ?? '') })
  }

  const topicArns: string[] = []
  let topicToken: string | undefined
  do {
    const page = await c.sns.send(new ListTopicsCommand({ NextToken: topicToken }))
    topicArns.push(...(page.Topics ?? []).map((t) => t.TopicArn!))
    topicToken = page.NextToken
  } while (topicToken)
  const topics = []
  for (const arn of topicArns.sort()) {
    const attrs = await c.sns.send(new GetTopicAttributesCommand({ TopicArn: arn }))
    topics.push({ TopicArn: arn, Attributes: attrs.Attributes })
  }

  const subs = []
  let subToken: string | undefined
  do {
    const page = await c.sns.send(new ListSubscriptionsCommand({ NextToken: subToken }))
    subs.push(...(page.Subscriptions ?? []))
    subToken = page.NextToken
  } while (subToken)
  const subscriptions = []
  for (const sub of sortBy(subs, (s) => s.SubscriptionArn ?? '')) {
    let attributes: unknown
    if (sub.SubscriptionArn?.startsWith('arn:')) {
      attributes = (await c.sns.send(new GetSubscriptionAttributesCommand({ SubscriptionArn: sub.SubscriptionArn })))
        .Attributes
    }
    subscriptions.push({ ...sub, Attributes: attributes })
  }

  return {
    trails: trailDump,
    logGroups: sortBy(logGroups, (g) => g.logGroupName ?? ''),
    metricFilters: sortBy(filters, (f) => `${f.logGroupName}\u0000${f.filterName}\u0000${f.filterPattern}`),
    metricAlarms,
    compositeAlarms: sortBy(alarms.CompositeAlarms, (a) => a.AlarmName ?? ''),
    topics,
    subscriptions
  }
}

export type AccountDump = Record<string, Record<string, unknown>>

/**
 * A full, stable (sorted, without self-changing fields) dump per account and region of trails (+ selectors, status,
 * tags), log groups, metric filters, alarms (+ tags), topics (+ attributes) and subscriptions (+ attributes).
 * Compare two dumps with `expect(after).toEqual(before)`.
 */
export async function dumpAccount(moto: MotoServer, opts: DumpOptions = {}): Promise<AccountDump> {
  const regions = opts.regions ?? [DEFAULT_REGION]
  const accounts = opts.accounts ?? [DEFAULT_ACCOUNT]
  const out: AccountDump = {}
  for (const account of [...accounts].sort()) {
    out[account] = {}
    for (const region of [...regions].sort()) {
      out[account][region] = normalize(await dumpRegion(moto, account, region))
    }
  }
  return out
}

// ----------------------------------------------------------------------------------------------------------------
// KMS on moto, without an SDK client (the project reads KMS through its own two-operation client): moto routes a
// request by the service in the SigV4 credential scope and does not check the signature.

/** One KMS call on moto (JSON 1.1, X-Amz-Target TrentService.<operation>); resolves to the answer's JSON. */
export async function motoKms<T = Record<string, unknown>>(
  moto: Pick<MotoServer, 'endpoint'>,
  operation: string,
  input: Record<string, unknown>,
  region = DEFAULT_REGION
): Promise<T> {
  const response = await fetch(`${moto.endpoint}/`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-amz-json-1.1',
      'x-amz-target': `TrentService.${operation}`,
      authorization: `AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20260101/${region}/kms/aws4_request, SignedHeaders=host, Signature=0`
    },
    body: JSON.stringify(input)
  })
  const text = await response.text()
  if (!response.ok) throw new Error(`moto KMS ${operation}: HTTP ${response.status} ${text.slice(0, 300)}`)
  return (text ? JSON.parse(text) : {}) as T
}

/** A customer managed key on moto, with `policy` (default: moto's, the account root only); returns its id and ARN. */
export async function seedKey(
  moto: Pick<MotoServer, 'endpoint'>,
  opts: { policy?: object; region?: string; state?: 'Enabled' | 'Disabled' | 'PendingDeletion' } = {}
): Promise<{ keyId: string; arn: string }> {
  const region = opts.region ?? DEFAULT_REGION
  const created = await motoKms<{ KeyMetadata: { KeyId: string; Arn: string } }>(
    moto,
    'CreateKey',
    opts.policy ? { Policy: JSON.stringify(opts.policy) } : {},
    region
  )
  const { KeyId: keyId, Arn: arn } = created.KeyMetadata
  if (opts.state === 'Disabled') await motoKms(moto, 'DisableKey', { KeyId: keyId }, region)
  if (opts.state === 'PendingDeletion') {
    await motoKms(moto, 'ScheduleKeyDeletion', { KeyId: keyId, PendingWindowInDays: 7 }, region)
  }
  return { keyId, arn }
}
