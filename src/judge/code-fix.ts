// The fix of a finding in the code's own language, for state read from code: the Terraform (HCL) or CloudFormation
// (YAML or JSON) to write, with the control's prescribed values. A pull request's reader changes code, not the account,
// so these replace the AWS CLI commands there.
import type { ControlDescriptor, ResourceNames } from '../controls/types.js'
import type { CodeFix, FindingId } from '../model/report.js'
import type { SourceLocation, StateSource } from '../model/state.js'

type Language = CodeFix['language']

/** HCL for Terraform and plans; YAML or JSON as the template is written (CDK output is JSON). */
export function languageOf(source: StateSource, location?: SourceLocation): Language {
  if (source.kind === 'terraform' || source.kind === 'terraform-plan') return 'hcl'
  const file = location?.file ?? (source.kind === 'account' ? '' : source.path)
  return /\.json$/i.test(file) ? 'json' : 'yaml'
}

/** Terraform's and CloudFormation's spelling of one setting, with the value as each writes it. */
interface Setting {
  hcl: string
  cfn: Record<string, unknown>
}

function settingsFor(id: FindingId, control: ControlDescriptor, names: ResourceNames): Setting[] | undefined {
  const a = control.alarm
  const pattern = control.patterns.cis
  switch (id) {
    case 'trail.multi-region-logging':
      return [
        { hcl: 'is_multi_region_trail = true', cfn: { IsMultiRegionTrail: true } },
        { hcl: 'enable_logging        = true', cfn: { IsLogging: true } }
      ]
    case 'trail.management-events':
    case 'trail.kms-events-included':
      return [
        {
          hcl: 'event_selector {\n  read_write_type                  = "All"\n  include_management_events        = true\n  exclude_management_event_sources = []\n}',
          cfn: { EventSelectors: [{ ReadWriteType: 'All', IncludeManagementEvents: true }] }
        }
      ]
    case 'trail.cloudwatch-logs':
      return [
        {
          hcl: 'cloud_watch_logs_group_arn = "${aws_cloudwatch_log_group.<trail_logs>.arn}:*"\ncloud_watch_logs_role_arn  = aws_iam_role.<cloudtrail_to_logs>.arn',
          cfn: {
            CloudWatchLogsLogGroupArn: { 'Fn::GetAtt': ['<TrailLogGroup>', 'Arn'] },
            CloudWatchLogsRoleArn: { 'Fn::GetAtt': ['<CloudTrailToLogsRole>', 'Arn'] }
          }
        }
      ]
    case 'filter.pattern':
    case 'filter.security-hub-text':
      return [{ hcl: `pattern = ${JSON.stringify(pattern)}`, cfn: { FilterPattern: pattern } }]
    case 'filter.metric-value':
      return [
        {
          hcl: `metric_transformation {\n  name      = ${JSON.stringify(names.metricName)}\n  namespace = ${JSON.stringify(names.metricNamespace)}\n  value     = "1"\n}`,
          cfn: {
            MetricTransformations: [
              { MetricName: names.metricName, MetricNamespace: names.metricNamespace, MetricValue: '1' }
            ]
          }
        }
      ]
    case 'alarm.exists':
      return [
        {
          hcl: [
            `resource "aws_cloudwatch_metric_alarm" "${names.alarmName.replace(/[^A-Za-z0-9_]/g, '_')}" {`,
            `  alarm_name          = ${JSON.stringify(names.alarmName)}`,
            `  metric_name         = ${JSON.stringify(names.metricName)} # the filter's metric, not its name`,
            `  namespace           = ${JSON.stringify(names.metricNamespace)}`,
            `  statistic           = "${a.statistic}"`,
            `  period              = ${a.period}`,
            `  threshold           = ${a.threshold}`,
            `  comparison_operator = "${a.comparisonOperator}"`,
            `  evaluation_periods  = ${a.evaluationPeriods}`,
            `  datapoints_to_alarm = ${a.datapointsToAlarm}`,
            `  treat_missing_data  = "${a.treatMissingData}"`,
            `  alarm_actions       = [aws_sns_topic.<topic>.arn]`,
            `}`
          ].join('\n'),
          cfn: {
            Type: 'AWS::CloudWatch::Alarm',
            Properties: {
              AlarmName: names.alarmName,
              MetricName: names.metricName,
              Namespace: names.metricNamespace,
              Statistic: a.statistic,
              Period: a.period,
              Threshold: a.threshold,
              ComparisonOperator: a.comparisonOperator,
              EvaluationPeriods: a.evaluationPeriods,
              DatapointsToAlarm: a.datapointsToAlarm,
              TreatMissingData: a.treatMissingData,
              AlarmActions: [{ Ref: '<Topic>' }]
            }
          }
        }
      ]
    case 'alarm.fires-on-one-event':
      return [
        {
          hcl: [
            `statistic           = "${a.statistic}"`,
            `threshold           = ${a.threshold}`,
            `comparison_operator = "${a.comparisonOperator}"`,
            `evaluation_periods  = ${a.evaluationPeriods}`,
            `datapoints_to_alarm = ${a.datapointsToAlarm}`,
            `treat_missing_data  = "${a.treatMissingData}"`
          ].join('\n'),
          cfn: {
            Statistic: a.statistic,
            Threshold: a.threshold,
            ComparisonOperator: a.comparisonOperator,
            EvaluationPeriods: a.evaluationPeriods,
            DatapointsToAlarm: a.datapointsToAlarm,
            TreatMissingData: a.treatMissingData
          }
        }
      ]
    case 'alarm.actions-enabled':
      return [{ hcl: 'actions_enabled = true', cfn: { ActionsEnabled: true } }]
    case 'alarm.sns-action':
      return [{ hcl: 'alarm_actions = [aws_sns_topic.<topic>.arn]', cfn: { AlarmActions: [{ Ref: '<Topic>' }] } }]
    case 'topic.delivery':
      return [
        {
          hcl: '# a customer managed key whose policy lets cloudwatch.amazonaws.com use it (never alias/aws/sns), or none\nkms_master_key_id = aws_kms_key.<alarms>.arn',
          cfn: { KmsMasterKeyId: { Ref: '<AlarmsKey>' } }
        }
      ]
    case 'subscription.confirmed':
      return [
        {
          hcl: 'resource "aws_sns_topic_subscription" "security_team" {\n  topic_arn = aws_sns_topic.<topic>.arn\n  protocol  = "email"\n  endpoint  = "<security-team@example.com>"\n}',
          cfn: {
            Type: 'AWS::SNS::Subscription',
            Properties: { TopicArn: { Ref: '<Topic>' }, Protocol: 'email', Endpoint: '<security-team@example.com>' }
          }
        }
      ]
  }
}

/** CloudFormation values as YAML (the long intrinsic forms, valid in any template). */
function toYaml(value: unknown, indent = ''): string {
  if (Array.isArray(value)) {
    return value
      .map((v) => {
        const inner = toYaml(v, `${indent}  `)
        return typeof v === 'object' && v !== null ? `${indent}- ${inner.trimStart()}` : `${indent}- ${inner.trim()}`
      })
      .join('\n')
  }
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value)
      .map(([k, v]) =>
        typeof v === 'object' && v !== null
          ? `${indent}${k}:\n${toYaml(v, `${indent}  `)}`
          : `${indent}${k}: ${toYaml(v)}`
      )
      .join('\n')
  }
  // Strings are single-quoted: a pattern holds `{`, `$`, `:` and `&`, which YAML would read otherwise.
  return typeof value === 'string' ? `'${value.replace(/'/g, "''")}'` : String(value)
}

/** The code to write for a failing finding read from code; undefined when it cannot be said in code. */
export function codeFix(
  id: FindingId,
  control: ControlDescriptor,
  names: ResourceNames,
  source: StateSource,
  location?: SourceLocation
): CodeFix | undefined {
  if (source.kind === 'account') return undefined
  const settings = settingsFor(id, control, names)
  if (!settings) return undefined
  const language = languageOf(source, location)
  const where = location?.address
    ? `${location.address}${location.file ? ` (${location.file}:${location.line})` : ''}`
    : ''
  if (language === 'hcl') {
    const body = settings.map((s) => s.hcl).join('\n')
    return { language, text: where && !body.startsWith('resource') ? `# in ${where}\n${body}` : body }
  }
  const merged = Object.assign({}, ...settings.map((s) => s.cfn)) as Record<string, unknown>
  if (language === 'json') return { language, text: JSON.stringify(merged, null, 2) }
  return { language, text: `${where && !('Type' in merged) ? `# in ${where}\n` : ''}${toYaml(merged)}` }
}
