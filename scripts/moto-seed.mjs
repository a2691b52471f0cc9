// Seeds a running moto server (AWS_ENDPOINT_URL) with the CIS AWS 4.7 chain, for the self-test workflow
// (.github/workflows/self-test.yml) and for trying the action by hand:
//
//   node scripts/moto-seed.mjs [--account 123456789012] [--region us-east-1] [--break subscription|alarm|filter]
//
// It builds a multi-region trail (with its S3 bucket) that logs management events into a CloudWatch Logs group, the
// CIS metric filter on that group, an alarm on its metric that fires on one event, an SNS topic and an email
// subscription (moto confirms it at once). `--break` leaves one link out, so the account does not meet the control:
// `subscription` (a topic nobody is subscribed to), `alarm` (no alarm on the metric) or `filter` (no metric filter).
// `--account` seeds another moto account (moto's `x-moto-account-id` header); reach it with `role-chaining`.
// Only talks to AWS_ENDPOINT_URL, which must be a loopback address: this never touches a real AWS account.
import {
  CloudTrailClient,
  CreateTrailCommand,
  PutEventSelectorsCommand,
  StartLoggingCommand
} from '@aws-sdk/client-cloudtrail'
import { CloudWatchClient, PutMetricAlarmCommand } from '@aws-sdk/client-cloudwatch'
import { CloudWatchLogsClient, CreateLogGroupCommand, PutMetricFilterCommand } from '@aws-sdk/client-cloudwatch-logs'
import { CreateTopicCommand, SNSClient, SubscribeCommand } from '@aws-sdk/client-sns'

const CIS_PATTERN =
  '{($.eventSource = kms.amazonaws.com) && (($.eventName=DisableKey)||($.eventName=ScheduleKeyDeletion)) }'
const BREAKS = new Set(['subscription', 'alarm', 'filter'])

function usage(message) {
  console.error(
    `moto-seed: ${message}\nUsage: node scripts/moto-seed.mjs [--account 12-digits] [--region R] [--break subscription|alarm|filter]`
  )
  process.exit(2)
}

const options = { account: '123456789012', region: 'us-east-1', break: undefined }
const args = process.argv.slice(2)
for (let i = 0; i < args.length; i += 2) {
  const name = args[i].replace(/^--/, '')
  if (!(name in options) || args[i + 1] === undefined) usage(`bad argument ${args[i]}`)
  options[name] = args[i + 1]
}
if (!/^\d{12}$/.test(options.account)) usage('--account must be 12 digits')
if (!/^[a-z]{2}(-[a-z]+)+-\d$/.test(options.region)) usage('--region must be a region code such as us-east-1')
if (options.break !== undefined && !BREAKS.has(options.break)) usage(`--break must be one of ${[...BREAKS].join(', ')}`)

const endpoint = process.env.AWS_ENDPOINT_URL
if (!endpoint) usage('set AWS_ENDPOINT_URL to the moto server, e.g. http://127.0.0.1:5000')
const host = new URL(endpoint).hostname
if (!['127.0.0.1', 'localhost', '[::1]', '::1'].includes(host)) {
  usage(`AWS_ENDPOINT_URL must be a loopback address (moto), not ${host}`)
}

const { account, region } = options
const config = {
  region,
  endpoint,
  credentials: {
    accessKeyId: process.env.AWS_ACCESS_KEY_ID ?? 'AKIAIOSFODNN7EXAMPLE',
    secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY ?? 'moto'
  }
}
/** moto acts as `account` for requests carrying this header (none: moto's default account, 123456789012). */
const DEFAULT_ACCOUNT = '123456789012'
const accountHeader = account === DEFAULT_ACCOUNT ? {} : { 'x-moto-account-id': account }
function inAccount(client) {
  if (account === DEFAULT_ACCOUNT) return client
  client.middlewareStack.add(
    (next) => async (args) => {
      if (args.request?.headers) args.request.headers['x-moto-account-id'] = account
      return next(args)
    },
    { step: 'build', name: 'motoAccountHeader' }
  )
  return client
}
const trails = inAccount(new CloudTrailClient(config))
const logs = inAccount(new CloudWatchLogsClient(config))
const cloudwatch = inAccount(new CloudWatchClient(config))
const sns = inAccount(new SNSClient(config))

const trailName = 'management-events'
const group = 'aws-cloudtrail-logs-management'
const bucket = `aws-cloudtrail-logs-${account}-${region}`
// Names unlike the ones enforce creates (an account's own chain), so enforce reuses what it may and adds the rest.
const metric = { metricName: 'KmsKeyDisabledOrDeleted', metricNamespace: 'Security' }
const filterName = 'kms-key-disabled-or-deleted'
const alarmName = 'kms-key-disabled-or-deleted'

// The trail's bucket: moto's S3 takes an unsigned PUT.
const created = await fetch(new URL(`/${bucket}`, endpoint), { method: 'PUT', headers: accountHeader })
if (!created.ok) throw new Error(`creating bucket ${bucket}: HTTP ${created.status}`)
await logs.send(new CreateLogGroupCommand({ logGroupName: group }))
await trails.send(
  new CreateTrailCommand({
    Name: trailName,
    S3BucketName: bucket,
    IsMultiRegionTrail: true,
    IncludeGlobalServiceEvents: true,
    CloudWatchLogsLogGroupArn: `arn:aws:logs:${region}:${account}:log-group:${group}:*`,
    CloudWatchLogsRoleArn: `arn:aws:iam::${account}:role/CloudTrail_CloudWatchLogs_Role`
  })
)
// moto leaves a new trail without event selectors (AWS would default to all management events): put them.
await trails.send(
  new PutEventSelectorsCommand({
    TrailName: trailName,
    EventSelectors: [{ ReadWriteType: 'All', IncludeManagementEvents: true }]
  })
)
await trails.send(new StartLoggingCommand({ Name: trailName }))
const seeded = [`multi-region trail ${trailName} -> log group ${group}`]

if (options.break !== 'filter') {
  await logs.send(
    new PutMetricFilterCommand({
      logGroupName: group,
      filterName,
      filterPattern: CIS_PATTERN,
      metricTransformations: [{ ...metric, metricValue: '1' }]
    })
  )
  seeded.push('metric filter (CIS pattern)')
}
const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: 'security-alerts' }))
if (options.break !== 'alarm') {
  await cloudwatch.send(
    new PutMetricAlarmCommand({
      AlarmName: alarmName,
      MetricName: metric.metricName,
      Namespace: metric.metricNamespace,
      Statistic: 'Sum',
      Period: 300,
      EvaluationPeriods: 1,
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      TreatMissingData: 'notBreaching',
      ActionsEnabled: true,
      AlarmActions: [TopicArn]
    })
  )
  seeded.push('alarm (>= 1 in 300 s)')
}
seeded.push(`SNS topic ${TopicArn}`)
if (options.break !== 'subscription') {
  await sns.send(new SubscribeCommand({ TopicArn, Protocol: 'email', Endpoint: 'secops@example.com' }))
  seeded.push('confirmed email subscription')
}
console.log(`Seeded account ${account} in ${region} at ${endpoint}: ${seeded.join(', ')}`)
console.log(options.break ? `Left out on purpose: the ${options.break}.` : 'The chain is complete (compliant).')
