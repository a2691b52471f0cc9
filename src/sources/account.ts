// The live-account source: reads the account along the chain, and only along it: trails → their log group's metric
// filters → the alarms on each filter's metric → the topics those alarms notify → their subscriptions. It yields the
// pure AccountState the judges read (as the IaC sources do from code). No judgement happens here.
//
// Speed: every read is issued as soon as what it needs is known, so a run waits for as few round trips one after the
// other as the chain allows (identity and trails together; a log group's filters beside its trail's status and
// selectors; a topic's attributes and subscriptions beside its alarm's history; a key's policy beside its description
// when the topic names the key itself). Each resource is read once however many trails, filters or alarms lead to it.
// Two relevance tests keep the number of reads independent of the account's size (see `followedTrails` and
// `canMatchTarget`): what they leave unread cannot change the verdict.
import { parseArn, parseLogGroupArn, isSnsTopicArn } from '../aws/arn.js'
import type { AwsClients } from '../aws/clients.js'
import { describeTrails, getEventSelectors, getTrailStatus, type TrailDescription } from '../aws/cloudtrail.js'
import { describeMetricFilters } from '../aws/logs.js'
import { describeAlarmActionHistory, describeAlarmsForMetric } from '../aws/cloudwatch.js'
import { describeKey, getKeyPolicy } from '../aws/kms.js'
import { read } from '../aws/read.js'
import { getSubscriptionFilter, getTopicAttributes, listSubscriptionsByTopic } from '../aws/sns.js'
import { getCallerIdentity } from '../aws/sts.js'
import { DEFAULT_CONTROL } from '../controls/index.js'
import { compile, prepareEvent, type CompiledPattern, type PatternControl } from '../pattern/index.js'
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
  /** The control whose target events decide which metric filters' alarms are read. Default: the default control. */
  control?: PatternControl
}

/** A metric, where its alarms live. */
export interface MetricRef {
  region: string
  metricName: string
  metricNamespace: string
}

/** How to read, beyond what: what the caller already knows, and what it expects the chain to reach. */
export interface ReadOptions {
  /**
   * A state this run read moments ago whose identity and trails (with their status and selectors) are taken as they
   * are, and not read again: enforce's verify after its changes, none of which touches a trail or the credentials.
   * Everything from the log groups on is read anew.
   */
  reuse?: AccountState
  /**
   * Reads issued at once, beside the first ones, because the chain is expected to reach them (enforce knows the
   * metric, alarm and topic it has just written). A read the chain does not reach is not used; one it does is not
   * made twice.
   */
  expect?: { metrics?: MetricRef[]; alarmArns?: string[]; topicArns?: string[] }
}

/** The live account as a source: one state, for the scope's region. */
export function accountSource(clients: AwsClients, scope: AccountScope, options: ReadOptions = {}): Source {
  return {
    label: `the account in ${scope.region}`,
    read: async () => [await readAccount(clients, scope, options)]
  }
}

export function readAccount(
  clients: AwsClients,
  scope: AccountScope,
  options: ReadOptions = {}
): Promise<AccountState> {
  return new AccountReader(clients, scope).read(options)
}

/** The alarms on one metric, each with the topics it notifies (used by enforce for a metric it is about to create). */
export function readAlarmsForMetric(
  clients: AwsClients,
  region: string,
  metric: { metricName: string; metricNamespace: string }
): Promise<Read<AlarmState[]>> {
  return new AccountReader(clients, { region }).alarms({ region, ...metric })
}

/** A log group a trail delivers to, parsed from its ARN. */
type GroupRef = NonNullable<ReturnType<typeof parseLogGroupArn>>

class AccountReader {
  private identity?: Identity
  private readonly topics: TopicReader
  private readonly control: PatternControl
  /** One read per log group, per metric, per alarm's history and per pattern's relevance, however often reached. */
  private readonly groupReads = new Map<string, Promise<LogGroupState>>()
  private readonly alarmReads = new Map<string, Promise<Read<AlarmState[]>>>()
  private readonly historyReads = new Map<string, Promise<Read<AlarmActionHistory>>>()
  private readonly relevance = new Map<string, boolean>()

  constructor(
    private readonly clients: AwsClients,
    private readonly scope: AccountScope
  ) {
    this.control = scope.control ?? DEFAULT_CONTROL
    this.topics = new TopicReader(clients, () => this.identity)
  }

  async read(options: ReadOptions): Promise<AccountState> {
    const { region } = this.scope
    const readAt = new Date().toISOString()
    const reuse = options.reuse
    if (reuse) this.identity = reuse.identity
    for (const metric of options.expect?.metrics ?? []) void this.alarms(metric)
    for (const arn of options.expect?.alarmArns ?? [])
      void this.history(arn, parseArn(arn)?.resource.replace(/^alarm:/, '') ?? '', region)
    for (const arn of options.expect?.topicArns ?? []) void this.topics.get(arn)

    if (reuse) {
      if (!reuse.trails.ok) return { region, identity: reuse.identity, trails: reuse.trails, readAt }
      const trails = await Promise.all(
        reuse.trails.value.map(async ({ logGroup: _before, ...trail }) => {
          const state: TrailState = { ...trail }
          // Followed before (it delivers to a log group of the scope): followed again, from its log group on.
          const group = _before && trail.logGroupArn ? parseLogGroupArn(trail.logGroupArn) : undefined
          if (group) state.logGroup = await this.logGroup(group)
          return state
        })
      )
      return { region, identity: reuse.identity, trails: { ok: true, value: trails }, readAt }
    }

    // The identity and the trails need nothing from each other. The log groups wait for both: a group in another
    // account is not read with these credentials.
    const [identityRead, trailsRead] = await Promise.all([
      read('sts:GetCallerIdentity', () => getCallerIdentity(this.clients.sts(region)), this.clients.budget),
      read('cloudtrail:DescribeTrails', () => describeTrails(this.clients.cloudtrail(region)), this.clients.budget)
    ])
    const identity = identityRead.ok ? identityRead.value : undefined
    this.identity = identity
    if (!trailsRead.ok) return { region, identity, trails: trailsRead, readAt }
    const unique = [...new Map(trailsRead.value.map((t) => [t.arn, t])).values()]
    const trails = await Promise.all(this.followedTrails(unique).map((t) => this.trail(t)))
    return { region, identity, trails: { ok: true, value: trails }, readAt }
  }

  /** The log group a trail would be followed to: it delivers to one, of the scope (`log-group-name`). */
  private groupOf(trail: TrailDescription): GroupRef | undefined {
    const group = trail.logGroupArn ? parseLogGroupArn(trail.logGroupArn) : undefined
    return group && (!this.scope.logGroupName || this.scope.logGroupName === group.name) ? group : undefined
  }

  /**
   * The trails read beyond DescribeTrails. A trail that is not multi-region, or that delivers to no log group of the
   * scope, fails `trail.multi-region-logging` or `trail.cloudwatch-logs` whatever else is read, so it can never be
   * the trail of a passing chain, nor of one blocked only by undecided checks: when another trail can be, the verdict
   * and the reported chain come from those, and these are left out. When none can, every trail is read as before,
   * so the report still shows the one that got furthest and every fix it needs. An organization trail is always
   * read: a run over many accounts judges its chain once, in the account that holds it, for every member it covers.
   */
  private followedTrails(trails: TrailDescription[]): TrailDescription[] {
    const candidates = trails.filter((t) => (t.isMultiRegion && this.groupOf(t)) || t.isOrganizationTrail)
    return candidates.length > 0 ? candidates : trails
  }

  private async trail(trail: TrailDescription): Promise<TrailState> {
    const home = trail.homeRegion || this.scope.region
    const client = this.clients.cloudtrail(home)
    const group = this.groupOf(trail)
    const [status, selectors, logGroup] = await Promise.all([
      read('cloudtrail:GetTrailStatus', () => getTrailStatus(client, trail.arn), this.clients.budget),
      read('cloudtrail:GetEventSelectors', () => getEventSelectors(client, trail.arn), this.clients.budget),
      group ? this.logGroup(group) : undefined
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
    if (logGroup) state.logGroup = logGroup
    return state
  }

  private logGroup(group: GroupRef): Promise<LogGroupState> {
    let pending = this.groupReads.get(group.arn)
    if (!pending) {
      pending = this.readLogGroup(group)
      this.groupReads.set(group.arn, pending)
    }
    return pending
  }

  private async readLogGroup(group: GroupRef): Promise<LogGroupState> {
    const base = { name: group.name, arn: group.arn, region: group.region, account: group.account }
    const identity = this.identity
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
      () => describeMetricFilters(this.clients.logs(group.region), group.name),
      this.clients.budget
    )
    if (!filtersRead.ok) return { ...base, metricFilters: filtersRead }
    const filters: MetricFilterState[] = await Promise.all(
      filtersRead.value.map(async (f) => {
        const relevant = this.canMatchTarget(f.pattern)
        return {
          ...f,
          transformations: await Promise.all(
            f.transformations.map(async (t) => ({
              ...t,
              alarms: relevant ? await this.alarms({ region: group.region, ...t }) : this.notRead(f.name, t)
            }))
          )
        }
      })
    )
    return { ...base, metricFilters: { ok: true, value: filters } }
  }

  /**
   * Whether a filter's alarms can matter: its pattern matches an ordinary event of one of the control's target calls
   * (the control's sample: an IAM user's call that succeeded). A pattern that matches none of them does not match
   * every target event, so the filter judge fails it and no chain through it can pass, nor be undecided rather than
   * failed: its alarms cannot change the verdict, and are not read. (An account's other CIS filters — root usage,
   * refused calls, IAM or network changes — are such filters.) A filter that matches some target events but misses
   * others is read to the end, so its report still lists every fix.
   */
  private canMatchTarget(pattern: string): boolean {
    let relevant = this.relevance.get(pattern)
    if (relevant === undefined) {
      let compiled: CompiledPattern | undefined
      try {
        compiled = compile(pattern)
      } catch {
        compiled = undefined // an invalid pattern matches nothing
      }
      const target = this.control.target
      relevant =
        compiled !== undefined &&
        target.eventNames.some((name) => {
          const event = target.sample(name)
          return compiled.test(prepareEvent(JSON.stringify(event), event))
        })
      this.relevance.set(pattern, relevant)
    }
    return relevant
  }

  private notRead(filterName: string, metric: { metricName: string; metricNamespace: string }): Read<AlarmState[]> {
    const target = this.control.target
    return {
      ok: false,
      problem: {
        kind: 'not-needed',
        action: 'cloudwatch:DescribeAlarmsForMetric',
        message: `The alarms on ${metric.metricNamespace}/${metric.metricName} were not read: metric filter ${filterName} matches no ${target.eventSource} ${target.eventNames.join(' or ')} event, so no alarm on its metric can complete the chain.`
      }
    }
  }

  /** The alarms on a metric, each with its topics and its history, read once per metric. */
  alarms(metric: MetricRef): Promise<Read<AlarmState[]>> {
    const key = `${metric.region}\n${metric.metricNamespace}\n${metric.metricName}`
    let pending = this.alarmReads.get(key)
    if (!pending) {
      pending = this.readAlarms(metric)
      this.alarmReads.set(key, pending)
    }
    return pending
  }

  private async readAlarms(metric: MetricRef): Promise<Read<AlarmState[]>> {
    // The metric without dimensions: a filter's dimension values come from each event, so no fixed set can be asked
    // for; an alarm with dimensions watches only one combination of them (the alarm judge says so).
    const alarmsRead = await read(
      'cloudwatch:DescribeAlarmsForMetric',
      () =>
        describeAlarmsForMetric(this.clients.cloudwatch(metric.region), {
          metricName: metric.metricName,
          namespace: metric.metricNamespace
        }),
      this.clients.budget
    )
    if (!alarmsRead.ok) return alarmsRead
    const alarms = await Promise.all(
      alarmsRead.value.map(async (alarm) => {
        const topicArns = [...new Set(alarm.alarmActions.filter(isSnsTopicArn))]
        const [entries, history] = await Promise.all([
          Promise.all(topicArns.map(async (arn) => [arn, await this.topics.get(arn)] as const)),
          topicArns.length > 0 ? this.history(alarm.arn, alarm.name, metric.region) : undefined
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
  private history(alarmArn: string, alarmName: string, fallbackRegion: string): Promise<Read<AlarmActionHistory>> {
    let pending = this.historyReads.get(alarmArn)
    if (!pending) {
      const region = parseArn(alarmArn)?.region || fallbackRegion
      pending = read(
        'cloudwatch:DescribeAlarmHistory',
        () => describeAlarmActionHistory(this.clients.cloudwatchEvidence(region), alarmName),
        this.clients.budget,
        { attempts: 1 }
      )
      this.historyReads.set(alarmArn, pending)
    }
    return pending
  }
}

/** At most this many confirmed subscriptions of a topic have their filter policy read. */
const SUBSCRIPTION_FILTERS_READ = 20

/** Reads each topic once, however many alarms name it. */
export class TopicReader {
  private readonly cache = new Map<string, Promise<TopicState>>()
  /** `identity`: the account these credentials are for, once known (a key elsewhere has its policy read there). */
  constructor(
    private readonly clients: AwsClients,
    private readonly identity: () => Identity | undefined = () => undefined
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
    const region = parseArn(arn)?.region ?? ''
    const client = this.clients.sns(region)
    // The attributes and the subscriptions together; the key as soon as the attributes name it, the filter policies as
    // soon as the subscriptions are listed.
    const attributesRead = read('sns:GetTopicAttributes', () => getTopicAttributes(client, arn), this.clients.budget)
    const subscriptionsRead = read(
      'sns:ListSubscriptionsByTopic',
      () => listSubscriptionsByTopic(client, arn),
      this.clients.budget
    ).then(async (listed): Promise<Read<SubscriptionState[]>> =>
      listed.ok ? { ok: true, value: await this.readFilters(client, listed.value) } : listed
    )
    const keyRead = attributesRead.then((a) =>
      a.ok && a.value.kmsMasterKeyId ? this.readKey(a.value.kmsMasterKeyId, arn, region) : undefined
    )
    const [attributes, subscriptions, key] = await Promise.all([attributesRead, subscriptionsRead, keyRead])
    if (!attributes.ok && attributes.problem.kind === 'not-found') {
      return { arn, attributes, subscriptions: { ok: true, value: [] } }
    }
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
   * The topic's key: DescribeKey (it resolves an alias or an ARN), and GetKeyPolicy in the key's own region and
   * account. A key the topic names by id or ARN has its policy asked for beside its description (GetKeyPolicy takes a
   * key id or ARN, not an alias); an alias needs the description first. An AWS managed alias (alias/aws/sns) is
   * judged by its name and not read.
   */
  private async readKey(id: string, topicArn: string, topicRegion: string): Promise<KmsKeyState | undefined> {
    if (/(^|[:/])alias\/aws\//.test(id)) return undefined
    const region = parseArn(id)?.region || topicRegion
    const namedKey = !/(^|[:/])alias\//.test(id)
    // A bare key id is a key of the topic's account.
    const keyAccount = parseArn(id)?.account || parseArn(topicArn)?.account
    const account = this.identity()?.account
    const early =
      namedKey && (!account || !keyAccount || keyAccount === account)
        ? read('kms:GetKeyPolicy', () => getKeyPolicy(this.clients.kms(region), id), this.clients.budget)
        : undefined
    const metadata = await read('kms:DescribeKey', () => describeKey(this.clients.kms(region), id), this.clients.budget)
    if (!metadata.ok) return { id, metadata }
    const m = metadata.value
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
    const policy =
      (await early) ??
      (await read('kms:GetKeyPolicy', () => getKeyPolicy(this.clients.kms(keyRegion), m.keyId), this.clients.budget))
    return { id, metadata, policy }
  }
}
