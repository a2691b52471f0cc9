// What discovery read from the account, with no judgement applied.
// Pure data: no AWS SDK types, so evaluation can also run on state built from other sources (an IaC plan, a fixture).

/** The outcome of one read. `unreadable` carries why, so evaluation can report `manual` instead of a false fail. */
export type Read<T> = { ok: true; value: T } | { ok: false; problem: ReadProblem }

export interface ReadProblem {
  /**
   * access-denied: IAM refused; cross-account: the resource lives in another account; not-found: it does not exist;
   * error: anything else. From code (IaC): outside-source: the resource is not in the code that was read (check it in
   * the account); unresolved: an expression that cannot be evaluated without deploying (the message shows it).
   * not-needed: not read on purpose, because it cannot change the verdict (the message says why; e.g. the alarms on
   * the metric of a filter that matches no target event).
   */
  kind: 'access-denied' | 'cross-account' | 'not-found' | 'error' | 'outside-source' | 'unresolved' | 'not-needed'
  /** The IAM action that was refused or failed, e.g. `cloudtrail:GetTrailStatus`. */
  action?: string
  message: string
}

/**
 * Where a resource is declared, for state read from code (Terraform, CloudFormation, CDK); absent for state read from
 * an account. Findings about the resource point here (annotations, SARIF, the pull-request comment).
 */
export interface SourceLocation {
  /** Repository-relative path with forward slashes, e.g. `infra/alarms.tf`. */
  file: string
  /** 1-based first and last line of the resource's block. */
  line: number
  endLine?: number
  /** Terraform address (`module.x.aws_cloudwatch_metric_alarm.y["k"]`) or CloudFormation logical id. */
  address?: string
  /** CDK construct path (`aws:cdk:path`, e.g. `Monitoring/CmkAlarm/Resource`): what a CDK user recognises. */
  constructPath?: string
}

/**
 * An expression in code that cannot be evaluated without deploying (a variable with no value, a data source, a
 * function not evaluated, `Fn::ImportValue`). `field` names the state field it feeds (`pattern`, `threshold`,
 * `alarmActions`, …): that field's value in the state is a placeholder, and findings about it must be `manual` with
 * the expression shown, never pass.
 */
export interface UnresolvedExpression {
  field: string
  /** The expression as written, e.g. `var.alarm_threshold` or `{"Fn::ImportValue":"AlertsTopicArn"}`. */
  expression: string
}

/** What the state was read from: a live account, or code before deployment. */
export type StateSource =
  | { kind: 'account' }
  | { kind: 'terraform' | 'terraform-plan' | 'cloudformation' | 'cdk'; /** repository-relative */ path: string }

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
  /** Default: a live account. */
  source?: StateSource
  /** Facts about the source a reader should see beside the findings (e.g. which parameter defaults were judged). */
  notes?: string[]
  /**
   * Read from code only, when `trails` is `outside-source` (no trail in the code read): the log groups the code's
   * metric filters are on, so their filters, alarms and topics are judged although the trail is checked elsewhere.
   */
  logGroups?: LogGroupState[]
  /** ISO time the account was read (a live account), for judging how recent its evidence is. */
  readAt?: string
}

export interface TrailState {
  /** Where it is declared, when read from code. */
  location?: SourceLocation
  /** Read from code: fields whose expression could not be evaluated (see UnresolvedExpression). */
  unresolved?: UnresolvedExpression[]
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
  /** The last error CloudTrail met delivering to CloudWatch Logs (e.g. the role could not be assumed). */
  latestCloudWatchLogsDeliveryError?: string
  /** ISO time of the last delivery to CloudWatch Logs. */
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
  /** Data events the selector records (S3 objects, Lambda functions, ...), kept by every fix. */
  dataResources?: { type: string; values: string[] }[]
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
  /** Where it is declared, when read from code. */
  location?: SourceLocation
  /** Read from code: fields whose expression could not be evaluated (see UnresolvedExpression). */
  unresolved?: UnresolvedExpression[]
  name: string
  arn: string
  region: string
  account: string
  /** `DescribeMetricFilters` for this group. */
  metricFilters: Read<MetricFilterState[]>
}

export interface MetricFilterState {
  /** Where it is declared, when read from code. */
  location?: SourceLocation
  /** Read from code: fields whose expression could not be evaluated (see UnresolvedExpression). */
  unresolved?: UnresolvedExpression[]
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
  /** Where it is declared, when read from code. */
  location?: SourceLocation
  /** Read from code: fields whose expression could not be evaluated (see UnresolvedExpression). */
  unresolved?: UnresolvedExpression[]
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
  /** The unit the alarm asks for; it then sees only datapoints published with that unit. */
  unit?: string
  dimensions: Record<string, string>
  alarmActions: string[]
  /** True when the alarm is a metric-math alarm (`Metrics` set) rather than on a single metric. */
  usesMetricMath: boolean
  /** Topics named in `alarmActions`, keyed by ARN, read in their own region. */
  topics: Record<string, TopicState>
  /**
   * `DescribeAlarmHistory` (type Action): the latest action of the alarm per topic it notified. Extra evidence only:
   * where it cannot be read the verdict rests on the configuration. Absent when not read (e.g. state from code).
   */
  history?: Read<AlarmActionHistory>
}

/** What CloudWatch recorded about the alarm's latest actions. */
export interface AlarmActionHistory {
  /** The latest recorded action per notified resource (an SNS topic ARN), newest first in the history. */
  latest: AlarmActionRecord[]
}

export interface AlarmActionRecord {
  /** ISO time of the history item. */
  timestamp: string
  /** The resource the action notified (a topic ARN), when the history names it. */
  resource?: string
  /** `Succeeded` / `Failed` as CloudWatch records it; `unknown` when the item does not say. */
  outcome: 'succeeded' | 'failed' | 'unknown'
  /** The history's own summary (e.g. "Failed to execute action arn:aws:sns:..."), and its error text when failed. */
  summary: string
  error?: string
}

export interface TopicState {
  /** Where it is declared, when read from code. */
  location?: SourceLocation
  /** Read from code: fields whose expression could not be evaluated (see UnresolvedExpression). */
  unresolved?: UnresolvedExpression[]
  arn: string
  /** `GetTopicAttributes`; not-found when the topic is gone. */
  attributes: Read<TopicAttributes>
  /** `ListSubscriptionsByTopic`. */
  subscriptions: Read<SubscriptionState[]>
  /** The key the topic is encrypted with (`kms:DescribeKey`, `kms:GetKeyPolicy`); absent when not read. */
  key?: KmsKeyState
}

export interface TopicAttributes {
  kmsMasterKeyId?: string
  /** The topic's access policy as JSON text. */
  policy?: string
  owner?: string
  /** `FifoTopic` = true: a FIFO topic. */
  fifo?: boolean
}

/** The KMS key a topic is encrypted with, as KMS describes it. */
export interface KmsKeyState {
  /** As the topic names it: key id, key ARN, alias name or alias ARN. */
  id: string
  /** `DescribeKey`. */
  metadata: Read<KmsKeyMetadata>
  /** `GetKeyPolicy` (policy name `default`); absent when DescribeKey already failed. */
  policy?: Read<string>
}

export interface KmsKeyMetadata {
  keyId: string
  arn: string
  /** `AWS` for an AWS managed key (its policy cannot be changed), `CUSTOMER` for a customer managed key. */
  keyManager: string
  /** `Enabled`, `Disabled`, `PendingDeletion`, `PendingImport`, `Unavailable`, ... */
  keyState: string
  account: string
}

export interface SubscriptionState {
  /** Where it is declared, when read from code. */
  location?: SourceLocation
  /** Read from code: fields whose expression could not be evaluated (see UnresolvedExpression). */
  unresolved?: UnresolvedExpression[]
  arn: string
  protocol: string
  endpoint: string
  /** `PendingConfirmation` is how AWS lists a subscription nobody has confirmed yet. */
  confirmed: boolean
  /** Why it counts as confirmed (or not) when that is not read from AWS, e.g. code: "confirmed by mail after apply". */
  note?: string
  /**
   * `GetSubscriptionAttributes` of a confirmed subscription: its filter policy, which can drop alarm notifications.
   * Absent when not read (state from code, or a pending subscription).
   */
  filter?: Read<SubscriptionFilter>
}

export interface SubscriptionFilter {
  /** `FilterPolicy` as JSON text; absent: the subscription receives every message. */
  policy?: string
  /** `FilterPolicyScope`: `MessageAttributes` (the default) or `MessageBody`. */
  scope?: string
}
