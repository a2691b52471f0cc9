// The live-account source: reads the account along the chain, and only along it: trails → their log group's metric
// filters → the alarms on each filter's metric → the topics those alarms notify → their subscriptions. It yields the
// pure AccountState the judges read (as the IaC sources do from code). No judgement happens here.
import { parseArn, parseLogGroupArn, isSnsTopicArn } from '../aws/arn.js'
import type { AwsClients } from '../aws/clients.js'
import { describeTrails, getEventSelectors, getTrailStatus, type TrailDescription } from '../aws/cloudtrail.js'
import { describeMetricFilters } from '../aws/logs.js'
import { describeAlarmsForMetric } from '../aws/cloudwatch.js'
import { read } from '../aws/read.js'
import { getTopicAttributes, listSubscriptionsByTopic } from '../aws/sns.js'
import { getCallerIdentity } from '../aws/sts.js'
import type { Source } from './types.js'
import type {
  AccountState,
  AlarmState,
  Identity,
  LogGroupState,
  MetricFilterState,
  Read,
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
  if (!trailsRead.ok) return { region: options.region, identity, trails: trailsRead }

  const topics = new TopicReader(clients)
  const unique = [...new Map(trailsRead.value.map((t) => [t.arn, t])).values()]
  const trails = await Promise.all(unique.map((t) => readTrail(clients, topics, t, identity, options)))
  return { region: options.region, identity, trails: { ok: true, value: trails } }
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
  metric: { metricName: string; metricNamespace: string; dimensions?: Record<string, string> }
): Promise<Read<AlarmState[]>> {
  const alarmsRead = await read(
    'cloudwatch:DescribeAlarmsForMetric',
    () =>
      describeAlarmsForMetric(clients.cloudwatch(region), {
        metricName: metric.metricName,
        namespace: metric.metricNamespace,
        dimensions: metric.dimensions
      }),
    clients.budget
  )
  if (!alarmsRead.ok) return alarmsRead
  const alarms = await Promise.all(
    alarmsRead.value.map(async (alarm) => {
      const topicArns = [...new Set(alarm.alarmActions.filter(isSnsTopicArn))]
      const entries = await Promise.all(topicArns.map(async (arn) => [arn, await topics.get(arn)] as const))
      return { ...alarm, topics: Object.fromEntries(entries) }
    })
  )
  return { ok: true, value: alarms }
}

/** Reads each topic once, however many alarms name it. */
export class TopicReader {
  private readonly cache = new Map<string, Promise<TopicState>>()
  constructor(private readonly clients: AwsClients) {}

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
    const subscriptions = await read(
      'sns:ListSubscriptionsByTopic',
      () => listSubscriptionsByTopic(client, arn),
      this.clients.budget
    )
    return { arn, attributes, subscriptions }
  }
}
