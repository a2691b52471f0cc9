// The seven Terraform resource types of the chain → canonical attributes (see graph.ts), with the AWS provider's
// defaults. Shared by the HCL reader and the plan reader: both give a resource's attributes in the same shape (nested
// blocks as lists of objects).
import type { SourceLocation } from '../../../model/state.js'
import type { ChainKind, CodeResource } from '../graph.js'
import { isObject, isUnknown, token, type IacValue } from '../value.js'

export const CHAIN_TYPES: Record<string, ChainKind> = {
  aws_cloudtrail: 'trail',
  aws_cloudwatch_log_group: 'logGroup',
  aws_cloudwatch_log_metric_filter: 'metricFilter',
  aws_cloudwatch_metric_alarm: 'alarm',
  aws_sns_topic: 'topic',
  aws_sns_topic_policy: 'topicPolicy',
  aws_sns_topic_subscription: 'subscription'
}

/**
 * What the provider sets `id` to, by type: a metric filter's id is its *name* (not its metric name), so
 * `metric_name = aws_cloudwatch_log_metric_filter.x.id` only links when the two names are equal.
 */
export const ID_ATTRIBUTE: Record<string, string> = {
  aws_cloudwatch_log_metric_filter: 'name',
  aws_cloudwatch_log_group: 'name',
  aws_cloudwatch_metric_alarm: 'alarm_name',
  aws_sns_topic: 'arn',
  aws_sns_topic_subscription: 'arn',
  aws_sns_topic_policy: 'arn',
  aws_cloudtrail: 'arn',
  aws_sqs_queue: 'url',
  aws_lambda_function: 'function_name'
}

/** A value of a resource known only after apply, as a token shown the way a Terraform user writes it. */
export function resourceToken(address: string, attribute: string): string {
  return token(address, attribute, `${address}.${attribute}`)
}

type Values = Record<string, IacValue | undefined>

/** Unset, in a plan's values too (`null`, or `""` for an optional string the provider fills with empty text). */
function set(v: IacValue | undefined): IacValue | undefined {
  return v === null || v === '' ? undefined : v
}

function blocks(v: IacValue | undefined, fn: (b: Values) => Values): IacValue | undefined {
  if (v === undefined || v === null) return []
  if (isUnknown(v)) return v
  if (!Array.isArray(v)) return isObject(v) ? [clean(fn(v))] : []
  return v.map((b) => (isUnknown(b) ? b : isObject(b) ? clean(fn(b)) : {}))
}

function clean(v: Values): IacValue {
  return Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined)) as IacValue
}

function positive(v: IacValue | undefined): IacValue | undefined {
  // The plan shows 0 for an unset datapoints_to_alarm; CloudWatch then uses evaluation_periods.
  return v === 0 ? undefined : set(v)
}

/** Canonical attributes of one Terraform resource of the chain; `undefined` for any other type. */
export function chainResource(
  type: string,
  address: string,
  values: Values,
  location: SourceLocation,
  identities: string[]
): CodeResource | undefined {
  const kind = CHAIN_TYPES[type]
  if (!kind) return undefined
  const v = values
  let attrs: Values
  switch (kind) {
    case 'trail':
      attrs = {
        name: set(v.name),
        isMultiRegion: v.is_multi_region_trail ?? false,
        isLogging: v.enable_logging ?? true,
        isOrganization: v.is_organization_trail ?? false,
        logGroupArn: set(v.cloud_watch_logs_group_arn),
        roleArn: set(v.cloud_watch_logs_role_arn),
        basicSelectors: blocks(v.event_selector, (s) => ({
          readWriteType: set(s.read_write_type) ?? 'All',
          includeManagementEvents: s.include_management_events ?? true,
          excludeManagementEventSources: s.exclude_management_event_sources ?? []
        })),
        advancedSelectors: blocks(v.advanced_event_selector, (s) => ({
          name: set(s.name),
          fieldSelectors: blocks(s.field_selector, (f) => ({
            field: f.field,
            equals: f.equals ?? [],
            notEquals: f.not_equals ?? [],
            startsWith: f.starts_with ?? [],
            notStartsWith: f.not_starts_with ?? [],
            endsWith: f.ends_with ?? [],
            notEndsWith: f.not_ends_with ?? []
          }))
        }))
      }
      break
    case 'logGroup':
      attrs = { name: set(v.name) ?? resourceToken(address, 'name') }
      break
    case 'metricFilter':
      attrs = {
        name: set(v.name),
        // The provider trims the pattern's surrounding whitespace before sending it (a heredoc's last newline), as
        // the plans show.
        pattern: typeof v.pattern === 'string' ? v.pattern.trim() : (v.pattern ?? ''),
        logGroupName: set(v.log_group_name),
        transformations: blocks(v.metric_transformation, (t) => ({
          metricName: t.name,
          metricNamespace: t.namespace,
          metricValue: t.value,
          defaultValue: set(t.default_value),
          unit: set(t.unit),
          dimensions: set(t.dimensions)
        }))
      }
      break
    case 'alarm':
      attrs = {
        name: set(v.alarm_name),
        actionsEnabled: v.actions_enabled ?? true,
        metricName: set(v.metric_name),
        namespace: set(v.namespace),
        statistic: set(v.statistic),
        extendedStatistic: set(v.extended_statistic),
        period: set(v.period),
        evaluationPeriods: set(v.evaluation_periods),
        datapointsToAlarm: positive(v.datapoints_to_alarm),
        threshold: set(v.threshold),
        comparisonOperator: set(v.comparison_operator),
        treatMissingData: set(v.treat_missing_data) ?? 'missing',
        dimensions: set(v.dimensions),
        alarmActions: v.alarm_actions ?? [],
        usesMetricMath: Array.isArray(v.metric_query) && v.metric_query.length > 0
      }
      break
    case 'topic':
      attrs = {
        name: set(v.name) ?? resourceToken(address, 'name'),
        kmsMasterKeyId: set(v.kms_master_key_id),
        policy: set(v.policy)
      }
      break
    case 'topicPolicy':
      attrs = { topics: [v.arn ?? null], policy: set(v.policy) }
      break
    case 'subscription':
      attrs = {
        topicArn: v.topic_arn,
        protocol: v.protocol,
        endpoint: v.endpoint,
        autoConfirms: v.endpoint_auto_confirms === true
      }
      break
  }
  return { kind, address, type, location, attrs, identities }
}
