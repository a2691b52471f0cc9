// The chain's resources as read from one code location (a Terraform root module, a plan, a template), in one shape
// whatever the format, and how they become the AccountState the judges read.
//
// Each format reader maps its own attribute names and defaults onto the canonical attributes below, evaluates what it
// can, and leaves links as tokens (see value.ts). Linking happens here, by comparing evaluated text: the same rules
// for Terraform, plans, CloudFormation and CDK.
import type {
  AccountState,
  AdvancedEventSelector,
  AlarmState,
  BasicEventSelector,
  LogGroupState,
  MetricFilterState,
  MetricTransformation,
  Read,
  ReadProblem,
  SourceLocation,
  StateSource,
  SubscriptionState,
  TopicState,
  TrailState,
  UnresolvedExpression
} from '../../model/state.js'
import {
  display,
  findUnknown,
  isObject,
  isUnknown,
  maskTokens,
  render,
  soleToken,
  toJson,
  type IacValue
} from './value.js'

export type ChainKind = 'trail' | 'logGroup' | 'metricFilter' | 'alarm' | 'topic' | 'topicPolicy' | 'subscription'

/**
 * One resource of the chain, with canonical attributes (absent = not set in the code; defaults already applied by the
 * reader where the format has one):
 * - trail: name, isMultiRegion, isLogging, isOrganization, logGroupArn, roleArn, basicSelectors
 *   [{readWriteType, includeManagementEvents, excludeManagementEventSources}], advancedSelectors
 *   [{name, fieldSelectors: [{field, equals, notEquals, startsWith, notStartsWith, endsWith, notEndsWith}]}]
 * - logGroup: name
 * - metricFilter: name, pattern, logGroupName, transformations
 *   [{metricName, metricNamespace, metricValue, defaultValue, dimensions, unit}]
 * - alarm: name, actionsEnabled, metricName, namespace, statistic, extendedStatistic, period, evaluationPeriods,
 *   datapointsToAlarm, threshold, comparisonOperator, treatMissingData, dimensions, alarmActions, usesMetricMath
 * - topic: name, kmsMasterKeyId, policy, subscriptions [{protocol, endpoint}] (CloudFormation's inline list)
 * - topicPolicy: topics (list of topic references), policy
 * - subscription: topicArn, protocol, endpoint, autoConfirms (Terraform's endpoint_auto_confirms)
 */
export interface CodeResource {
  kind: ChainKind
  /** Terraform address or CloudFormation logical id. */
  address: string
  /** The resource type as written: `aws_sns_topic`, `AWS::SNS::Topic`. */
  type: string
  location: SourceLocation
  attrs: Record<string, IacValue | undefined>
  /** What other code of this location uses to refer to it: tokens, or its ARN when already known (plan state). */
  identities: string[]
  /** Known before linking, e.g. a CloudFormation `Condition` deciding whether the resource exists. */
  unresolved?: UnresolvedExpression[]
}

export interface CodeGraph {
  source: StateSource
  /** The region the code deploys to, when the code says so (Terraform provider block). */
  region?: string
  resources: CodeResource[]
  /** Address → type of every resource of the code, chain or not (to tell an SQS queue or Lambda function apart). */
  types: Map<string, string>
  /**
   * Parts of the code that were not read and may hold links of the chain (a registry module not downloaded, a nested
   * stack), each as a sentence. A link missing from the code read is then undecided, not failed.
   */
  opaque: string[]
  notes: string[]
}

const VERIFY = 'run `cmk-alarm verify` after apply'

/** Turns one code location into the state the judges read. */
export function buildState(graph: CodeGraph, fallbackRegion?: string): AccountState {
  return new StateBuilder(graph, fallbackRegion).build()
}

class StateBuilder {
  private readonly region: string
  private readonly byKind: Record<ChainKind, CodeResource[]>
  private readonly notes: string[]
  private readonly topicCache = new Map<string, TopicState>()
  private readonly usedFilters = new Set<CodeResource>()
  private readonly usedAlarms = new Set<CodeResource>()

  constructor(
    private readonly graph: CodeGraph,
    fallbackRegion: string | undefined
  ) {
    this.region = graph.region ?? fallbackRegion ?? '<region>'
    this.byKind = { trail: [], logGroup: [], metricFilter: [], alarm: [], topic: [], topicPolicy: [], subscription: [] }
    for (const r of graph.resources) this.byKind[r.kind].push(r)
    this.notes = [...graph.notes]
  }

  build(): AccountState {
    const state: AccountState = { region: this.region, source: this.graph.source, trails: { ok: true, value: [] } }
    if (this.byKind.trail.length === 0) {
      state.trails = {
        ok: false,
        problem: {
          kind: 'outside-source',
          action: 'cloudtrail:DescribeTrails',
          message: `No CloudTrail trail is declared in ${this.graph.source.kind === 'account' ? 'the code' : this.graph.source.path}${this.opaqueSuffix()}: whether a multi-region trail logs management events into the metric filter's log group is checked in the account (${VERIFY}).`
        }
      }
      state.logGroups = this.untrailedGroups()
    } else {
      state.trails = { ok: true, value: this.byKind.trail.map((t) => this.trail(t)) }
      for (const f of this.byKind.metricFilter) {
        if (!this.usedFilters.has(f))
          this.notes.push(
            `Metric filter ${f.address} is on log group ${display(f.attrs.logGroupName)}, which no trail in this code delivers to.`
          )
      }
    }
    for (const a of this.byKind.alarm) {
      if (!this.usedAlarms.has(a))
        this.notes.push(
          `Alarm ${a.address} watches ${display(a.attrs.namespace)}/${display(a.attrs.metricName)}, which no metric filter of the chain publishes.`
        )
    }
    if (this.notes.length) state.notes = [...new Set(this.notes)]
    return state
  }

  private opaqueSuffix(): string {
    return this.graph.opaque.length ? ` (not read: ${this.graph.opaque.join('; ')})` : ''
  }

  /** A link the code read does not hold, when unread parts of the code may hold it. */
  private outsideIfOpaque<T>(what: string, action: string): Read<T> | undefined {
    if (this.graph.opaque.length === 0) return undefined
    return {
      ok: false,
      problem: {
        kind: 'outside-source',
        action,
        message: `No ${what} in the code read, and part of the code was not read (${this.graph.opaque.join('; ')}): ${VERIFY}.`
      }
    }
  }

  // ---- trail ----

  private trail(r: CodeResource): TrailState {
    const u = new Fields(r)
    const name = u.str('name', 'name') ?? r.address
    const isMultiRegion = u.value('isMultiRegion')
    const isLogging = u.value('isLogging')
    const state: TrailState = {
      location: r.location,
      name,
      arn: u.knownArn() ?? r.address,
      homeRegion: this.region,
      account: '',
      isMultiRegion: isMultiRegion === true,
      isOrganizationTrail: u.bool('isOrganization', 'isOrganizationTrail') ?? false,
      status: { ok: true, value: { isLogging: isLogging !== false } },
      selectors: this.selectors(r, u)
    }
    // The judges read isMultiRegion and isLogging as plain booleans: an unknown one makes the status undecided.
    const unknownStatus = [
      ['isMultiRegion', isMultiRegion],
      ['isLogging', isLogging]
    ].filter(([, v]) => isUnknown(v)) as [string, IacValue][]
    if (unknownStatus.length) {
      for (const [field, v] of unknownStatus) u.unresolve(field, v)
      state.status = unresolvedRead(
        'cloudtrail:GetTrailStatus',
        `trail ${r.address}: ${unknownStatus.map(([f, v]) => `${f} = ${display(v)}`).join(', ')}`
      )
    } else if (typeof isLogging === 'boolean') {
      state.status = { ok: true, value: { isLogging } }
    }
    const roleArn = u.str('roleArn', 'cloudWatchLogsRoleArn')
    if (roleArn) state.cloudWatchLogsRoleArn = roleArn
    const arnValue = r.attrs.logGroupArn
    if (isUnknown(arnValue) || (typeof arnValue === 'string' && arnValue !== '')) {
      state.logGroupArn = display(arnValue)
      state.logGroup = this.trailGroup(r, u, arnValue)
    }
    u.attach(state)
    return state
  }

  private selectors(r: CodeResource, u: Fields): Read<TrailState['selectors'] extends Read<infer T> ? T : never> {
    const basicRaw = r.attrs.basicSelectors
    const advancedRaw = r.attrs.advancedSelectors
    const unknown = findUnknown(basicRaw) ?? findUnknown(advancedRaw)
    if (unknown) {
      u.unresolve('selectors', unknown)
      return unresolvedRead(
        'cloudtrail:GetEventSelectors',
        `event selectors of trail ${r.address}: ${unknown.expression}`
      )
    }
    const basic: BasicEventSelector[] = list(basicRaw)
      .filter(isObject)
      .map((s) => ({
        readWriteType:
          typeof s.readWriteType === 'string' ? (s.readWriteType as BasicEventSelector['readWriteType']) : undefined,
        includeManagementEvents: typeof s.includeManagementEvents === 'boolean' ? s.includeManagementEvents : undefined,
        excludeManagementEventSources: list(s.excludeManagementEventSources).map((x) => display(x))
      }))
    const advanced: AdvancedEventSelector[] = list(advancedRaw)
      .filter(isObject)
      .map((s) => ({
        name: typeof s.name === 'string' ? s.name : undefined,
        fieldSelectors: list(s.fieldSelectors)
          .filter(isObject)
          .map((f) => {
            const out: AdvancedEventSelector['fieldSelectors'][number] = { field: display(f.field) }
            for (const k of [
              'equals',
              'notEquals',
              'startsWith',
              'notStartsWith',
              'endsWith',
              'notEndsWith'
            ] as const) {
              const values = list(f[k]).map((x) => display(x))
              if (values.length) out[k] = values
            }
            return out
          })
      }))
    return { ok: true, value: { basic, advanced } }
  }

  /** The log group a trail delivers to: one declared in the code, or one known only by its ARN. */
  private trailGroup(trail: CodeResource, u: Fields, arnValue: IacValue): LogGroupState {
    if (isUnknown(arnValue)) {
      u.unresolve('logGroupArn', arnValue)
      return {
        name: arnValue.expression,
        arn: arnValue.expression,
        region: this.region,
        account: '',
        metricFilters: unresolvedRead(
          'logs:DescribeMetricFilters',
          `the log group of trail ${trail.address} (${arnValue.expression}) cannot be known before apply`
        )
      }
    }
    const arn = String(arnValue).replace(/:\*$/, '')
    const group = this.byKind.logGroup.find((g) => g.identities.includes(arn))
    if (group) return this.groupState(group)
    const parsed = parseLogGroupArnText(arn)
    if (parsed) {
      const byName = this.byKind.logGroup.find((g) => g.attrs.name === parsed.name)
      if (byName) return this.groupState(byName)
      return this.groupState(undefined, parsed.name, render(arn), parsed.region)
    }
    return {
      name: render(arn),
      arn: render(arn),
      region: this.region,
      account: '',
      metricFilters: {
        ok: false,
        problem: {
          kind: 'outside-source',
          action: 'logs:DescribeMetricFilters',
          message: `trail ${trail.address} delivers to ${render(arn)}, which is not declared in the code read: ${VERIFY}.`
        }
      }
    }
  }

  /** A log group with the metric filters of the code that are on it. */
  private groupState(
    group: CodeResource | undefined,
    nameRaw?: string,
    arnText?: string,
    region?: string
  ): LogGroupState {
    const rawName = group ? group.attrs.name : nameRaw
    const nameText = display(rawName) || group?.address || ''
    const state: LogGroupState = {
      name: nameText,
      arn: group ? (new Fields(group).knownArn() ?? group.address) : (arnText ?? nameText),
      region: region && !region.includes('\uE000') ? region : this.region,
      account: '',
      metricFilters: { ok: true, value: [] }
    }
    if (group) state.location = group.location
    const filters = this.byKind.metricFilter.filter(
      (f) =>
        (rawName !== undefined && !isUnknown(rawName) && f.attrs.logGroupName === rawName) ||
        (group &&
          typeof f.attrs.logGroupName === 'string' &&
          soleToken(f.attrs.logGroupName)?.address === group.address)
    )
    // A filter whose log group cannot be evaluated is not linked to any group: where it could be the only filter, the
    // group's filters are undecided.
    const unknownGroup = this.byKind.metricFilter.filter((f) => isUnknown(f.attrs.logGroupName))
    for (const f of filters) this.usedFilters.add(f)
    if (filters.length === 0 && unknownGroup.length) {
      for (const f of unknownGroup) this.usedFilters.add(f)
      state.metricFilters = unresolvedRead(
        'logs:DescribeMetricFilters',
        `the log group of ${unknownGroup.map((f) => `${f.address} (${display(f.attrs.logGroupName)})`).join(', ')}`
      )
      return state
    }
    if (filters.length === 0) {
      if (!group) {
        state.metricFilters = {
          ok: false,
          problem: {
            kind: 'outside-source',
            action: 'logs:DescribeMetricFilters',
            message: `Log group ${nameText} is not declared in the code read and no metric filter of the code is on it: its filters are checked in the account (${VERIFY}).`
          }
        }
        return state
      }
      const outside = this.outsideIfOpaque<MetricFilterState[]>(
        'metric filter on this log group',
        'logs:DescribeMetricFilters'
      )
      if (outside) state.metricFilters = outside
      return state
    }
    state.metricFilters = { ok: true, value: filters.map((f) => this.filter(f, nameText)) }
    return state
  }

  /** Without a trail in the code: the groups the code's metric filters are on. */
  private untrailedGroups(): LogGroupState[] {
    const groups: LogGroupState[] = []
    const seen = new Set<string>()
    for (const f of this.byKind.metricFilter) {
      const raw = f.attrs.logGroupName
      if (isUnknown(raw) || raw === undefined) continue
      const key = String(raw)
      if (seen.has(key)) continue
      seen.add(key)
      const tokenAddress = soleToken(key)?.address
      const group = this.byKind.logGroup.find((g) => g.attrs.name === raw || g.address === tokenAddress)
      if (group) {
        groups.push(this.groupState(group))
      } else {
        groups.push(this.groupState(undefined, key, undefined))
      }
    }
    if (groups.length === 0 && this.byKind.metricFilter.length) {
      // Only filters whose log group is unknown: that group is undecided.
      const first = this.byKind.metricFilter[0].attrs.logGroupName
      for (const f of this.byKind.metricFilter) this.usedFilters.add(f)
      groups.push({
        name: display(first),
        arn: display(first),
        region: this.region,
        account: '',
        metricFilters: unresolvedRead(
          'logs:DescribeMetricFilters',
          `the log group of ${this.byKind.metricFilter.map((f) => `${f.address} (${display(f.attrs.logGroupName)})`).join(', ')}`
        )
      })
    }
    return groups
  }

  // ---- metric filter ----

  private filter(r: CodeResource, groupName: string): MetricFilterState {
    this.usedFilters.add(r)
    const u = new Fields(r)
    const transformations = list(r.attrs.transformations).filter(isObject)
    if (isUnknown(r.attrs.transformations)) u.unresolve('transformations', r.attrs.transformations)
    const state: MetricFilterState = {
      location: r.location,
      name: u.str('name', 'name') ?? r.address,
      // An unknown pattern is judged as an invalid one (never as the empty pattern, which matches every event).
      pattern: isUnknown(r.attrs.pattern)
        ? (u.unresolve('pattern', r.attrs.pattern), `{ unresolved: ${r.attrs.pattern.expression} }`)
        : (u.str('pattern', 'pattern') ?? ''),
      logGroupName: groupName,
      transformations: transformations.map((t) => this.transformation(r, u, t))
    }
    u.attach(state)
    return state
  }

  private transformation(r: CodeResource, u: Fields, t: { [key: string]: IacValue }): MetricTransformation {
    const value = t.metricValue
    let metricValue = ''
    if (isUnknown(value)) u.unresolve('metricValue', value)
    else if (value !== undefined && value !== null) metricValue = display(value)
    const out: MetricTransformation = {
      metricName: fieldText(u, 'metricName', t.metricName),
      metricNamespace: fieldText(u, 'metricNamespace', t.metricNamespace),
      metricValue,
      alarms: this.alarmsFor(t)
    }
    const defaultValue = t.defaultValue
    if (isUnknown(defaultValue)) u.unresolve('defaultValue', defaultValue)
    else if (defaultValue !== undefined && defaultValue !== null && defaultValue !== '')
      out.defaultValue = Number(defaultValue)
    if (isObject(t.dimensions) && Object.keys(t.dimensions).length)
      out.dimensions = Object.fromEntries(Object.entries(t.dimensions).map(([k, v]) => [k, display(v)]))
    if (typeof t.unit === 'string') out.unit = t.unit
    return out
  }

  // ---- alarm ----

  private alarmsFor(t: { [key: string]: IacValue }): Read<AlarmState[]> {
    const dimensionKeys = (v: IacValue | undefined) => (isObject(v) ? Object.keys(v).sort().join(',') : '')
    const linked = this.byKind.alarm.filter(
      (a) =>
        !isUnknown(a.attrs.metricName) &&
        !isUnknown(a.attrs.namespace) &&
        a.attrs.metricName === t.metricName &&
        a.attrs.namespace === t.metricNamespace &&
        !isUnknown(t.metricName) &&
        dimensionKeys(a.attrs.dimensions) === dimensionKeys(t.dimensions)
    )
    // An alarm whose metric cannot be evaluated is linked to no metric: where it could be the only alarm, the metric's
    // alarms are undecided.
    const unknownMetric = this.byKind.alarm.filter((a) => isUnknown(a.attrs.metricName) || isUnknown(a.attrs.namespace))
    if (linked.length === 0) {
      if (unknownMetric.length) {
        for (const a of unknownMetric) this.usedAlarms.add(a)
        return unresolvedRead(
          'cloudwatch:DescribeAlarmsForMetric',
          `the metric of ${unknownMetric.map((a) => `${a.address} (${display(a.attrs.namespace)}/${display(a.attrs.metricName)})`).join(', ')}`
        )
      }
      const outside = this.outsideIfOpaque<AlarmState[]>('alarm on this metric', 'cloudwatch:DescribeAlarmsForMetric')
      if (outside) return outside
    }
    return { ok: true, value: linked.map((a) => this.alarm(a)) }
  }

  private alarm(r: CodeResource): AlarmState {
    this.usedAlarms.add(r)
    const u = new Fields(r)
    const actions = r.attrs.alarmActions
    const actionStrings: string[] = []
    const topics: Record<string, TopicState> = {}
    for (const a of isUnknown(actions) ? [actions] : list(actions)) {
      if (!isUnknown(a)) {
        if (typeof a === 'string') actionStrings.push(a)
        continue
      }
      // An action the code cannot evaluate (an imported value, a variable given at plan time) most likely names a
      // topic kept elsewhere: judged as a topic outside the code, so the chain is undecided, never passed.
      u.unresolve('alarmActions', a)
      topics[a.expression] = this.outsideTopic(a.expression)
    }
    for (const a of actionStrings) {
      const topic = this.topicForAction(a)
      if (topic) topics[render(a)] = topic
    }
    const enabled = r.attrs.actionsEnabled
    const state: AlarmState = {
      location: r.location,
      name: u.str('name', 'name') ?? r.address,
      arn: u.knownArn() ?? r.address,
      // An unknown actions_enabled counts as disabled until it is known: never a pass on a guess.
      actionsEnabled: isUnknown(enabled) ? (u.unresolve('actionsEnabled', enabled), false) : enabled !== false,
      metricName: optionalText(r.attrs.metricName),
      namespace: optionalText(r.attrs.namespace),
      statistic: u.str('statistic', 'statistic'),
      extendedStatistic: u.str('extendedStatistic', 'extendedStatistic'),
      period: u.num('period', 'period'),
      evaluationPeriods: u.num('evaluationPeriods', 'evaluationPeriods', Number.MAX_SAFE_INTEGER),
      datapointsToAlarm: u.num('datapointsToAlarm', 'datapointsToAlarm', Number.MAX_SAFE_INTEGER),
      threshold: u.num('threshold', 'threshold'),
      comparisonOperator: u.str('comparisonOperator', 'comparisonOperator'),
      treatMissingData: u.str('treatMissingData', 'treatMissingData'),
      dimensions: isObject(r.attrs.dimensions)
        ? Object.fromEntries(Object.entries(r.attrs.dimensions).map(([k, v]) => [k, display(v)]))
        : {},
      alarmActions: [
        ...actionStrings.map(render),
        ...Object.keys(topics).filter((k) => !actionStrings.some((a) => render(a) === k))
      ],
      usesMetricMath: r.attrs.usesMetricMath === true,
      topics
    }
    if (isUnknown(r.attrs.dimensions)) u.unresolve('dimensions', r.attrs.dimensions)
    for (const k of Object.keys(state) as (keyof AlarmState)[]) if (state[k] === undefined) delete state[k]
    u.attach(state)
    return state
  }

  /** The topic an alarm action notifies, or undefined when the action is not an SNS topic. */
  private topicForAction(action: string): TopicState | undefined {
    const key = render(action)
    const cached = this.topicCache.get(key)
    if (cached) return cached
    let topic: TopicState | undefined
    const code = this.findTopic(action)
    if (code) topic = this.topicState(code, key)
    else {
      const sole = soleToken(action)
      if (sole) {
        // A reference to another resource of the code: an SNS topic only if it is one.
        const type = this.graph.types.get(sole.address)
        if (type && !/sns/i.test(type)) return undefined
      } else if (!isSnsArnText(action)) return undefined
      topic = this.outsideTopic(key)
    }
    this.topicCache.set(key, topic)
    return topic
  }

  private findTopic(ref: string): CodeResource | undefined {
    const direct = this.byKind.topic.find((t) => t.identities.includes(ref))
    if (direct) return direct
    // `arn:aws:sns:${AWS::Region}:${AWS::AccountId}:alerts` names a topic of the same stack by its name.
    const { masked, unmask } = maskTokens(ref)
    const parts = masked.split(':')
    if (parts.length !== 6 || parts[0] !== 'arn' || parts[2] !== 'sns') return undefined
    const region = soleToken(unmask(parts[3]))
    const account = soleToken(unmask(parts[4]))
    if (region?.address !== 'AWS::Region' || account?.address !== 'AWS::AccountId') return undefined
    return this.byKind.topic.find((t) => typeof t.attrs.name === 'string' && t.attrs.name === unmask(parts[5]))
  }

  private outsideTopic(key: string): TopicState {
    const problem: ReadProblem = {
      kind: 'outside-source',
      message: `Topic ${key} is not declared in the code read: its encryption, policy and subscriptions are checked in the account (${VERIFY}).`
    }
    return {
      arn: key,
      attributes: { ok: false, problem: { ...problem, action: 'sns:GetTopicAttributes' } },
      subscriptions: { ok: false, problem: { ...problem, action: 'sns:ListSubscriptionsByTopic' } }
    }
  }

  // ---- topic and subscriptions ----

  private topicState(r: CodeResource, key: string): TopicState {
    const u = new Fields(r)
    const kms = r.attrs.kmsMasterKeyId
    let policy: IacValue | undefined = r.attrs.policy
    let policyFrom = r.address
    for (const p of this.byKind.topicPolicy) {
      const targets = list(p.attrs.topics)
      if (targets.some((t) => typeof t === 'string' && r.identities.includes(t))) {
        policy = p.attrs.policy
        policyFrom = p.address
      }
    }
    const state: TopicState = {
      location: r.location,
      arn: key,
      attributes: { ok: true, value: {} },
      subscriptions: { ok: true, value: [] }
    }
    const unknownAttr = isUnknown(kms) ? kms : findUnknown(policy)
    if (unknownAttr) {
      u.unresolve(isUnknown(kms) ? 'kmsMasterKeyId' : 'policy', unknownAttr)
      state.attributes = unresolvedRead(
        'sns:GetTopicAttributes',
        `${isUnknown(kms) ? `kms_master_key_id of ${r.address}` : `the policy of ${policyFrom}`}: ${unknownAttr.expression}`
      )
    } else {
      const value: TopicState['attributes'] extends Read<infer T> ? T : never = {}
      if (typeof kms === 'string' && kms !== '') value.kmsMasterKeyId = render(kms)
      if (typeof policy === 'string' && policy !== '') value.policy = render(policy)
      else if (isObject(policy)) value.policy = JSON.stringify(toJson(policy))
      state.attributes = { ok: true, value }
    }
    state.subscriptions = this.subscriptionsOf(r)
    u.attach(state)
    return state
  }

  private subscriptionsOf(topic: CodeResource): Read<SubscriptionState[]> {
    const subs: SubscriptionState[] = []
    for (const s of list(topic.attrs.subscriptions).filter(isObject)) {
      subs.push(this.subscription(undefined, topic, s))
    }
    const linked = this.byKind.subscription.filter(
      (s) => typeof s.attrs.topicArn === 'string' && topic.identities.includes(s.attrs.topicArn)
    )
    for (const s of linked) subs.push(this.subscription(s, topic, s.attrs))
    if (subs.length === 0) {
      const unlinked = this.byKind.subscription.filter((s) => isUnknown(s.attrs.topicArn))
      if (unlinked.length) {
        return unresolvedRead(
          'sns:ListSubscriptionsByTopic',
          `the topic of ${unlinked.map((s) => `${s.address} (${display(s.attrs.topicArn)})`).join(', ')} cannot be known before apply`
        )
      }
      const outside = this.outsideIfOpaque<SubscriptionState[]>(
        'subscription to this topic',
        'sns:ListSubscriptionsByTopic'
      )
      if (outside) return outside
    }
    return { ok: true, value: subs }
  }

  private subscription(
    r: CodeResource | undefined,
    topic: CodeResource,
    attrs: Record<string, IacValue | undefined>
  ): SubscriptionState {
    const unresolved: UnresolvedExpression[] = [...(r?.unresolved ?? [])]
    const protocolRaw = attrs.protocol
    const endpointRaw = attrs.endpoint
    const protocol = typeof protocolRaw === 'string' ? protocolRaw.toLowerCase() : ''
    if (isUnknown(protocolRaw)) unresolved.push({ field: 'protocol', expression: protocolRaw.expression })
    if (isUnknown(endpointRaw)) unresolved.push({ field: 'endpoint', expression: endpointRaw.expression })
    const endpoint = display(endpointRaw)
    const decision = this.confirmation(protocol, endpointRaw, attrs.autoConfirms === true)
    if (decision.unresolved) unresolved.push({ field: 'confirmed', expression: decision.unresolved })
    const state: SubscriptionState = {
      location: r?.location ?? topic.location,
      arn: r ? r.address : `${topic.address}.Subscription`,
      protocol: protocol || display(protocolRaw),
      endpoint,
      confirmed: unresolved.length === 0 && decision.confirmed,
      note: decision.note
    }
    if (unresolved.length) state.unresolved = unresolved
    return state
  }

  /**
   * Whether a subscription declared in code will be confirmed once applied. From the SNS developer guide
   * ("Subscribing to an Amazon SNS topic", "Confirm the subscription"): email, email-json and HTTP(S) subscriptions
   * stay PendingConfirmation until the endpoint's owner confirms; SMS, mobile push (application) and Firehose need
   * no confirmation; SQS and Lambda subscriptions are confirmed at once when the queue or function is in the topic's
   * account (a cross-account endpoint's owner must confirm).
   */
  private confirmation(
    protocol: string,
    endpoint: IacValue | undefined,
    autoConfirms: boolean
  ): { confirmed: boolean; note: string; unresolved?: string } {
    switch (protocol) {
      case 'email':
      case 'email-json':
        // The task's rule for code: a mail subscription is a person's to confirm; counted, and said so.
        return { confirmed: true, note: 'confirmed by mail after apply' }
      case 'sms':
        return { confirmed: true, note: 'SMS subscriptions need no confirmation' }
      case 'application':
      case 'firehose':
        return { confirmed: true, note: `${protocol} subscriptions need no confirmation` }
      case 'http':
      case 'https':
        if (autoConfirms)
          return {
            confirmed: true,
            note: 'endpoint_auto_confirms: Terraform waits until the endpoint has confirmed, so a successful apply means confirmed'
          }
        return {
          confirmed: false,
          note: 'an HTTP(S) endpoint must confirm the SubscribeURL SNS sends it; pending until then',
          unresolved: `${protocol} subscription: confirmed only when the endpoint answers SNS's confirmation request`
        }
      case 'sqs':
      case 'lambda': {
        const sole = typeof endpoint === 'string' ? soleToken(endpoint) : undefined
        const type = sole ? this.graph.types.get(sole.address) : undefined
        const expected = protocol === 'sqs' ? /sqs|queue/i : /lambda|function/i
        if (type && expected.test(type))
          return {
            confirmed: true,
            note: `the ${protocol === 'sqs' ? 'queue' : 'function'} is created in the same configuration (same account): SNS confirms it without a message`
          }
        return {
          confirmed: false,
          note: `the ${protocol} endpoint is not created in this configuration: confirmed only when it is in the topic's account or its owner confirms`,
          unresolved: `${protocol} endpoint ${display(endpoint)}`
        }
      }
      default:
        return {
          confirmed: false,
          note: `protocol ${protocol || display(endpoint)} not judged from code`,
          unresolved: `protocol ${protocol}`
        }
    }
  }
}

/** Reads canonical attributes into state fields, recording what is unknown. */
class Fields {
  readonly unresolved: UnresolvedExpression[]
  constructor(private readonly r: CodeResource) {
    this.unresolved = [...(r.unresolved ?? [])]
  }

  value(attr: string): IacValue | undefined {
    return this.r.attrs[attr]
  }

  unresolve(field: string, v: IacValue | undefined): void {
    const expression = isUnknown(v) ? v.expression : display(v)
    if (!this.unresolved.some((x) => x.field === field && x.expression === expression))
      this.unresolved.push({ field, expression })
  }

  str(attr: string, field: string): string | undefined {
    const v = this.r.attrs[attr]
    if (v === undefined || v === null) return undefined
    if (isUnknown(v)) {
      this.unresolve(field, v)
      return undefined
    }
    return display(v)
  }

  num(attr: string, field: string, whenUnknown?: number): number | undefined {
    const v = this.r.attrs[attr]
    if (v === undefined || v === null || v === '') return undefined
    if (isUnknown(v)) {
      this.unresolve(field, v)
      return whenUnknown
    }
    const n = Number(v)
    if (Number.isNaN(n)) {
      this.unresolve(field, v)
      return whenUnknown
    }
    return n
  }

  bool(attr: string, field: string): boolean | undefined {
    const v = this.r.attrs[attr]
    if (v === undefined || v === null) return undefined
    if (isUnknown(v)) {
      this.unresolve(field, v)
      return undefined
    }
    return v === true || v === 'true'
  }

  /** The resource's ARN when the code already knows it (a plan's existing resource). */
  knownArn(): string | undefined {
    return this.r.identities.find((i) => i.startsWith('arn:') && !i.includes('\uE000'))
  }

  attach(state: { unresolved?: UnresolvedExpression[] }): void {
    if (this.unresolved.length) state.unresolved = this.unresolved
  }
}

function fieldText(u: Fields, field: string, v: IacValue | undefined): string {
  if (isUnknown(v)) {
    u.unresolve(field, v)
    return v.expression
  }
  return display(v)
}

function optionalText(v: IacValue | undefined): string | undefined {
  return v === undefined || v === null ? undefined : display(v)
}

function list(v: IacValue | undefined): IacValue[] {
  return Array.isArray(v) ? v : []
}

function unresolvedRead<T>(action: string, message: string): Read<T> {
  return {
    ok: false,
    problem: { kind: 'unresolved', action, message: `${message} (cannot be evaluated before apply)` }
  }
}

/** `arn:aws:logs:REGION:ACCOUNT:log-group:NAME` (tokens allowed in any part) → name and region as written. */
function parseLogGroupArnText(arn: string): { name: string; region: string } | undefined {
  const { masked, unmask } = maskTokens(arn)
  const parts = masked.split(':')
  if (parts.length < 7 || parts[0] !== 'arn' || parts[2] !== 'logs' || parts[5] !== 'log-group') return undefined
  const name = unmask(parts.slice(6).join(':'))
  return name ? { name, region: unmask(parts[3]) } : undefined
}

function isSnsArnText(s: string): boolean {
  const parts = maskTokens(s).masked.split(':')
  return parts.length === 6 && parts[0] === 'arn' && parts[2] === 'sns'
}
