// The demo (run by scripts/demo.mjs): installs the moto server, starts it on a loopback port, seeds a realistic account and runs
// verify, enforce, verify on it with the CLI, printing each report. Nothing leaves this machine.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  CloudTrailClient,
  CreateTrailCommand,
  PutEventSelectorsCommand,
  StartLoggingCommand
} from '@aws-sdk/client-cloudtrail'
import { CloudWatchLogsClient, CreateLogGroupCommand, PutMetricFilterCommand } from '@aws-sdk/client-cloudwatch-logs'
import { CloudWatchClient, PutMetricAlarmCommand } from '@aws-sdk/client-cloudwatch'
import { SNSClient, CreateTopicCommand, SubscribeCommand } from '@aws-sdk/client-sns'
import { ensureMotoVenv } from './moto-venv.mjs'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const region = 'us-east-1'
const account = '123456789012'

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
    server.on('error', reject)
  })
}

async function waitFor(url, ms = 20000) {
  const until = Date.now() + ms
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`moto did not answer at ${url}`)
}

const python = ensureMotoVenv()
if (!existsSync(path.join(root, 'dist', 'cli', 'index.js'))) {
  spawnSync(process.execPath, [path.join(root, 'scripts', 'bundle.mjs')], { stdio: 'inherit' })
}
const port = await freePort()
const moto = spawn(python, ['-m', 'moto.server', '-H', '127.0.0.1', '-p', String(port)], { stdio: 'ignore' })
process.on('exit', () => moto.kill())
const endpoint = `http://127.0.0.1:${port}`
await waitFor(`${endpoint}/moto-api/data.json`)

const config = { region, endpoint, credentials: { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'demo' } }
const logs = new CloudWatchLogsClient(config)
const trail = new CloudTrailClient(config)
const cloudwatch = new CloudWatchClient(config)
const sns = new SNSClient(config)

console.log(`Seeding a realistic account ${account} in ${region} (moto at ${endpoint}):`)
const group = 'aws-cloudtrail-logs-management'
await fetch(`${endpoint}/org-cloudtrail-logs-${account}`, { method: 'PUT' })
await logs.send(new CreateLogGroupCommand({ logGroupName: group }))
await trail.send(
  new CreateTrailCommand({
    Name: 'management-events',
    S3BucketName: `org-cloudtrail-logs-${account}`,
    IsMultiRegionTrail: true,
    CloudWatchLogsLogGroupArn: `arn:aws:logs:${region}:${account}:log-group:${group}:*`,
    CloudWatchLogsRoleArn: `arn:aws:iam::${account}:role/CloudTrailToCloudWatchLogs`
  })
)
await trail.send(
  new PutEventSelectorsCommand({
    TrailName: 'management-events',
    EventSelectors: [{ ReadWriteType: 'All', IncludeManagementEvents: true }]
  })
)
await trail.send(new StartLoggingCommand({ Name: 'management-events' }))
console.log('  - multi-region trail "management-events", logging, delivering to', group)
// A filter a regex checker accepts, but that misses failed attempts: it only counts calls without an errorCode.
const pattern =
  '{ ($.eventSource = kms.amazonaws.com) && (($.eventName = DisableKey) || ($.eventName = ScheduleKeyDeletion)) && ($.errorCode NOT EXISTS) }'
await logs.send(
  new PutMetricFilterCommand({
    logGroupName: group,
    filterName: 'kms-key-disabled-or-deleted',
    filterPattern: pattern,
    metricTransformations: [{ metricName: 'KmsKeyDisabledOrDeleted', metricNamespace: 'Security', metricValue: '1' }]
  })
)
console.log(`  - metric filter "kms-key-disabled-or-deleted": ${pattern}`)
const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: 'security-alerts' }))
await sns.send(new SubscribeCommand({ TopicArn, Protocol: 'email', Endpoint: 'secops@example.com' }))
await cloudwatch.send(
  new PutMetricAlarmCommand({
    AlarmName: 'kms-key-disabled-or-deleted',
    MetricName: 'KmsKeyDisabledOrDeleted',
    Namespace: 'Security',
    Statistic: 'Sum',
    Period: 300,
    EvaluationPeriods: 1,
    Threshold: 1,
    ComparisonOperator: 'GreaterThanOrEqualToThreshold',
    AlarmActions: [TopicArn]
  })
)
console.log('  - alarm "kms-key-disabled-or-deleted" → SNS topic "security-alerts" with an email subscription\n')

const env = {
  ...process.env,
  AWS_ENDPOINT_URL: endpoint,
  AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
  AWS_SECRET_ACCESS_KEY: 'demo',
  AWS_EC2_METADATA_DISABLED: 'true'
}
delete env.AWS_PROFILE
const cli = (args) => {
  console.log(`\n$ cmk-alarm ${args.join(' ')}\n`)
  const result = spawnSync(process.execPath, [path.join(root, 'dist', 'cli', 'index.js'), ...args], {
    env,
    stdio: 'inherit'
  })
  console.log(`(exit code ${result.status}: 0 compliant, 1 not compliant, 3 could not decide)`)
}
cli(['verify', '--region', region])
cli([
  'enforce',
  '--region',
  region,
  '--subscription',
  'email:secops@example.com',
  '--subscription',
  `sqs:arn:aws:sqs:${region}:${account}:security-events`
])
cli(['verify', '--region', region])
console.log(
  '\n(The local emulator confirms email subscriptions at once; on AWS the email one stays pending until someone confirms it.)'
)
moto.kill()
