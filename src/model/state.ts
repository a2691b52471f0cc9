// What discovery read from the account, with no judgement applied.
// Pure data: no AWS SDK types, so evaluation can also run on state built from other sources (an IaC plan, a fixture).

/** The outcome of one read. `unreadable` carries why, so evaluation can report `manual` instead of a false fail. */
export type Read<T> = { ok: true; value: T } | { ok: false; problem: ReadProblem }

export interface ReadProblem {
  /** access-denied: IAM refused; cross-account: the resource lives in another account; error: anything else. */
  kind: 'access-denied' | 'cross-account' | 'not-found' | 'error'
  /** The IAM action that was refused or failed, e.g. `cloudtrail:GetTrailStatus`. */
  action?: string
  message: string
}

export interface Identity {
  account: string
  arn: string
}

export interface AccountState {
  /** The region the run was pointed at (`aws-region`). */
  region: string
  identity?: Identity
  /** `DescribeTrails` with shadow trails, seen from `region`. */
  trails: Read<TrailState[]>
}

export interface TrailState {
  name: string
  arn: string
  homeRegion: string
  /** The account that owns the trail (from its ARN). */
  account: string
  isMultiRegion: boolean
  isOrganizationTrail: boolean
  /** `GetTrailStatus` in the home region. */
  status: Read<TrailStatus>
  /** `GetEventSelectors` in the home region. */
  selectors: Read<EventSelectors>
  /** `CloudWatchLogsLogGroupArn` as DescribeTrails gives it (with or without the trailing `:*`). */
  logGroupArn?: string
  cloudWatchLogsRoleArn?: string
  /** The log group the trail delivers to, read in its own region and account; absent when the trail has none. */
  logGroup?: LogGroupState
}

export interface TrailStatus {
  isLogging: boolean
  latestCloudWatchLogsDeliveryError?: string
  latestCloudWatchLogsDeliveryTime?: string
}

export interface EventSelectors {
  basic: BasicEventSelector[]
  advanced: AdvancedEventSelector[]
}

export interface BasicEventSelector {
  readWriteType?: 'ReadOnly' | 'WriteOnly' | 'All'
  includeManagementEvents?: boolean
  excludeManagementEventSources: string[]
}

export interface AdvancedEventSelector {
  name?: string
  fieldSelectors: AdvancedFieldSelector[]
}

export interface AdvancedFieldSelector {
  field: string
  equals?: string[]
  notEquals?: string[]
  startsWith?: string[]
  notStartsWith?: string[]
  endsWith?: string[]
  notEndsWith?: string[]
}

export interface LogGroupState {
  name: string
  arn: string
  region: string
  account: string
  /** `DescribeMetricFilters` for this group. */
  metricFilters: Read<MetricFilterState[]>
}

export interface MetricFilterState {
  name: string
  pattern: string
  logGroupName: string
  transformations: MetricTransformation[]
}

export interface MetricTransformation {
  metricName: string
  metricNamespace: string
  /** As CloudWatch Logs stores it: a number as text, or a `$.field` reference. */
  metricValue: string
  defaultValue?: number
  dimensions?: Record<string, string>
  unit?: string
  /** `DescribeAlarmsForMetric` for this metric, in the log group's region. */
  alarms: Read<AlarmState[]>
}

export interface AlarmState {
  name: string
  arn: string
  actionsEnabled: boolean
  metricName?: string
  namespace?: string
  statistic?: string
  extendedStatistic?: string
  period?: number
  evaluationPeriods?: number
  datapointsToAlarm?: number
  threshold?: number
  comparisonOperator?: string
  treatMissingData?: string
  dimensions: Record<string, string>
  alarmActions: string[]
  /** True when the alarm is a metric-math alarm (`Metrics` set) rather than on a single metric. */
  usesMetricMath: boolean
  /** Topics named in `alarmActions`, keyed by ARN, read in their own region. */
  topics: Record<string, TopicState>
}

export interface TopicState {
  arn: string
  /** `GetTopicAttributes`; not-found when the topic is gone. */
  attributes: Read<TopicAttributes>
  /** `ListSubscriptionsByTopic`. */
  subscriptions: Read<SubscriptionState[]>
}

export interface TopicAttributes {
  kmsMasterKeyId?: string
  /** The topic's access policy as JSON text. */
  policy?: string
  owner?: string
}

export interface SubscriptionState {
  arn: string
  protocol: string
  endpoint: string
  /** `PendingConfirmation` is how AWS lists a subscription nobody has confirmed yet. */
  confirmed: boolean
}
