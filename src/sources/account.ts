// The live-account source: reads the account along the chain, and only along it: trails → their log group's metric
// filters → the alarms on each filter's metric → the topics those alarms notify → their subscriptions. It yields the
// pure AccountState the judges read (as the IaC sources do from code). No judgement happens here.
import { parseArn, parseLogGroupArn, isSnsTopicArn } from '../aws/arn.js'
import type { AwsClients } from '../aws/clients.js'
import { describeTrails, getEventSelectors, getTrailStatus, type TrailDescription } from '../aws/cloudtrail.js'
import { describeMetricFilters } from '../aws/logs.js'
import { describeAlarmActionHistory, describeAlarmsForMetric } from '../aws/cloudwatch.js'
import { describeKey, getKeyPolicy } from '../aws/kms.js'
import { read } from '../aws/read.js'
import { getSubscriptionFilter, getTopicAttributes, listSubscriptionsByTopic } from '../aws/sns.js'
import { getCallerIdentity } from '../aws/sts.js'
import type { Source } from './types.js'
import type {
  AccountState,
  AlarmActionHistory,
  AlarmState,
  Identity,
  KmsKeyState,
  LogGroupState,
  MetricFilterState,
  Read,
  SubscriptionState,
  TopicState,
  TrailState
} from '../model/state.js'

/** What to read: the region, and optionally the one log group to follow. */
export interface AccountScope {
  region: string
  /**
   * When set, only trails delivering to this log group are followed further than the trail itself (the only place
   * `log-group-name` is applied: the judges and enforce see the other trails without a log group).
   */
  logGroupName?: string
}

/** The live account as a source: one state, for the scope's region. */
export function accountSource(clients: AwsClients, scope: AccountScope): Source {
  return {
    label: `the account in ${scope.region}`,
    read: async () => [await readAccount(clients, scope)]
  }
}

export async function readAccount(clients: AwsClients, options: AccountScope): Promise<AccountState> {
  const readAt = new Date().toISOString()
  const identityRead = await read(
    'sts:GetCallerIdentity',
    () => getCallerIdentity(clients.sts(options.region)),
    clients.budget
  )
  const identity = identityRead.ok ? identityRead.value : undefined
  const trailsRead = await read(
    'cloudtrail:DescribeTrails',
    () => describeTrails(clients.cloudtrail(options.region)),
    clients.budget
  )
  if (!trailsRead.ok) return { region: options.region, identity, trails: trailsRead, readAt }

  const topics = new TopicReader(clients, identity)
  const unique = [...new Map(trailsRead.value.map((t) => [t.arn, t])).values()]
  const trails = await Promise.all(unique.map((t) => readTrail(clients, topics, t, identity, options)))
  return { region: options.region, identity, trails: { ok: true, value: trails }, readAt }
}

async function readTrail(
  clients: AwsClients,
  topics: TopicReader,
  trail: TrailDescription,
  identity: Identity | undefined,
  options: AccountScope
): Promise<TrailState> {
  const home = trail.homeRegion || options.region
  const client = clients.cloudtrail(home)
  const [status, selectors] = await Promise.all([
    read('cloudtrail:GetTrailStatus', () => getTrailStatus(client, trail.arn), clients.budget),
    read('cloudtrail:GetEventSelectors', () => getEventSelectors(client, trail.arn), clients.budget)
  ])
  const state: TrailState = {
    name: trail.name,
    arn: trail.arn,
    homeRegion: home,
    account: parseArn(trail.arn)?.account ?? '',
    isMultiRegion: trail.isMultiRegion,
    isOrganizationTrail: trail.isOrganizationTrail,
    status,
    selectors,
    logGroupArn: trail.logGroupArn,
    cloudWatchLogsRoleArn: trail.cloudWatchLogsRoleArn
  }
  const group = trail.logGroupArn ? parseLogGroupArn(trail.logGroupArn) : undefined
  if (group && (!options.logGroupName || options.logGroupName === group.name)) {
    state.logGroup = await readLogGroup(clients, topics, group, identity)
  }
  return state
}

async function readLogGroup(
  clients: AwsClients,
  topics: TopicReader,
  group: { name: string; region: string; account: string; arn: string },
  identity: Identity | undefined
): Promise<LogGroupState> {
  const base = { name: group.name, arn: group.arn, region: group.region, account: group.account }
  if (identity && group.account && group.account !== identity.account) {
    // These credentials reach only their own account; the group's filters live where the group does.
    return {
      ...base,
      metricFilters: {
        ok: false,
        problem: {
          kind: 'cross-account',
          action: 'logs:DescribeMetricFilters',
          message: `The log group is in account ${group.account}; these credentials are for account ${identity.account}. Run the check in account ${group.account}.`
        }
      }
    }
  }
  const filtersRead = await read(
    'logs:DescribeMetricFilters',
    () => describeMetricFilters(clients.logs(group.region), group.name),
    clients.budget
  )
  if (!filtersRead.ok) return { ...base, metricFilters: filtersRead }
  const filters: MetricFilterState[] = await Promise.all(
    filtersRead.value.map(async (f) => ({
      ...f,
      transformations: await Promise.all(
        f.transformations.map(async (t) => ({
          ...t,
          alarms: await readAlarms(clients, topics, group.region, t)
        }))
      )
    }))
  )
  return { ...base, metricFilters: { ok: true, value: filters } }
}

/** The alarms on one metric, each with the topics it notifies (used by enforce for a metric it is about to create). */
export function readAlarmsForMetric(
  clients: AwsClients,
  region: string,
  metric: { metricName: string; metricNamespace: string }
): Promise<Read<AlarmState[]>> {
  return readAlarms(clients, new TopicReader(clients), region, metric)
}

async function readAlarms(
  clients: AwsClients,
  topics: TopicReader,
  region: string,
  metric: { metricName: string; metricNamespace: string }
): Promise<Read<AlarmState[]>> {
  // The metric without dimensions: a filter's dimension values come from each event, so no fixed set can be asked
  // for; an alarm with dimensions watches only one combination of them (the alarm judge says so).
  const alarmsRead = await read(
    'cloudwatch:DescribeAlarmsForMetric',
    () =>
      describeAlarmsForMetric(clients.cloudwatch(region), {
        metricName: metric.metricName,
        namespace: metric.metricNamespace
      }),
    clients.budget
  )
  if (!alarmsRead.ok) return alarmsRead
  const alarms = await Promise.all(
    alarmsRead.value.map(async (alarm) => {
      const topicArns = [...new Set(alarm.alarmActions.filter(isSnsTopicArn))]
      const [entries, history] = await Promise.all([
        Promise.all(topicArns.map(async (arn) => [arn, await topics.get(arn)] as const)),
        topicArns.length > 0 ? readAlarmHistory(clients, alarm.arn, alarm.name, region) : undefined
      ])
      const state: AlarmState = { ...alarm, topics: Object.fromEntries(entries) }
      if (history) state.history = history
      return state
    })
  )
  return { ok: true, value: alarms }
}

/**
 * The alarm's latest notifications as CloudWatch recorded them. Extra evidence only: one read attempt on a client
 * with two attempts per call, since a service that does not serve it (moto answers 500) must not slow the run.
 */
function readAlarmHistory(
  clients: AwsClients,
  alarmArn: string,
  alarmName: string,
  fallbackRegion: string
): Promise<Read<AlarmActionHistory>> {
  const region = parseArn(alarmArn)?.region || fallbackRegion
  return read(
    'cloudwatch:DescribeAlarmHistory',
    () => describeAlarmActionHistory(clients.cloudwatchEvidence(region), alarmName),
    clients.budget,
    { attempts: 1 }
  )
}

/** At most this many confirmed subscriptions of a topic have their filter policy read. */
const SUBSCRIPTION_FILTERS_READ = 20

/** Reads each topic once, however many alarms name it. */
export class TopicReader {
  private readonly cache = new Map<string, Promise<TopicState>>()
  constructor(
    private readonly clients: AwsClients,
    private readonly identity?: Identity
  ) {}

  get(arn: string): Promise<TopicState> {
    let topic = this.cache.get(arn)
    if (!topic) {
      topic = this.load(arn)
      this.cache.set(arn, topic)
    }
    return topic
  }

  private async load(arn: string): Promise<TopicState> {
    const client = this.clients.sns(parseArn(arn)?.region ?? '')
    const attributes = await read('sns:GetTopicAttributes', () => getTopicAttributes(client, arn), this.clients.budget)
    if (!attributes.ok && attributes.problem.kind === 'not-found') {
      return { arn, attributes, subscriptions: { ok: true, value: [] } }
    }
    const [listed, key] = await Promise.all([
      read('sns:ListSubscriptionsByTopic', () => listSubscriptionsByTopic(client, arn), this.clients.budget),
      attributes.ok && attributes.value.kmsMasterKeyId
        ? this.readKey(attributes.value.kmsMasterKeyId, parseArn(arn)?.region ?? '')
        : undefined
    ])
    const subscriptions = listed.ok
      ? ({ ok: true, value: await this.readFilters(client, listed.value) } as const)
      : listed
    const topic: TopicState = { arn, attributes, subscriptions }
    if (key) topic.key = key
    return topic
  }

  /** The filter policy of each confirmed subscription (the first SUBSCRIPTION_FILTERS_READ of them). */
  private readFilters(client: ReturnType<AwsClients['sns']>, subscriptions: SubscriptionState[]) {
    let budget = SUBSCRIPTION_FILTERS_READ
    return Promise.all(
      subscriptions.map(async (s) => {
        if (!s.confirmed || budget-- <= 0) return s
        const filter = await read(
          'sns:GetSubscriptionAttributes',
          () => getSubscriptionFilter(client, s.arn),
          this.clients.budget
        )
        return { ...s, filter }
      })
    )
  }

  /**
   * The topic's key: DescribeKey (it resolves an alias or an ARN), then GetKeyPolicy by key id in the key's own
   * region. An AWS managed alias (alias/aws/sns) is judged by its name and not read.
   */
  private async readKey(id: string, topicRegion: string): Promise<KmsKeyState | undefined> {
    if (/(^|[:/])alias\/aws\//.test(id)) return undefined
    const region = parseArn(id)?.region || topicRegion
    const metadata = await read('kms:DescribeKey', () => describeKey(this.clients.kms(region), id), this.clients.budget)
    if (!metadata.ok) return { id, metadata }
    const m = metadata.value
    const account = this.identity?.account
    if (account && m.account && m.account !== account) {
      // GetKeyPolicy works only in the key's own account.
      return {
        id,
        metadata,
        policy: {
          ok: false,
          problem: {
            kind: 'cross-account',
            action: 'kms:GetKeyPolicy',
            message: `The key ${m.arn} is in account ${m.account}; its key policy can only be read there. Run the check in account ${m.account}.`
          }
        }
      }
    }
    const keyRegion = parseArn(m.arn)?.region || region
    const policy = await read(
      'kms:GetKeyPolicy',
      () => getKeyPolicy(this.clients.kms(keyRegion), m.keyId),
      this.clients.budget
    )
    return { id, metadata, policy }
  }
}
