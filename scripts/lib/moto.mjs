// The moto server and the CIS AWS 4.7 chain in it, for the scripts that need an account to run against (the demo,
// the self-test's seeding, the benchmarks). The tests have their own TypeScript harness (__tests__/harness/).
import { spawn } from 'node:child_process'
import net from 'node:net'
import {
  CloudTrailClient,
  CreateTrailCommand,
  PutEventSelectorsCommand,
  StartLoggingCommand
} from '@aws-sdk/client-cloudtrail'
import { CloudWatchClient, PutMetricAlarmCommand } from '@aws-sdk/client-cloudwatch'
import { CloudWatchLogsClient, CreateLogGroupCommand, PutMetricFilterCommand } from '@aws-sdk/client-cloudwatch-logs'
import { CreateTopicCommand, SNSClient, SubscribeCommand } from '@aws-sdk/client-sns'
import { ensureMotoVenv } from '../moto-venv.mjs'

/** moto's default account: requests without the x-moto-account-id header act in it. */
export const MOTO_DEFAULT_ACCOUNT = '123456789012'

export const CIS_PATTERN =
  '{($.eventSource = kms.amazonaws.com) && (($.eventName=DisableKey)||($.eventName=ScheduleKeyDeletion)) }'

/** The names the CIS benchmark's own remediation uses. */
export const CIS_NAMES = {
  trail: 'management-events',
  group: 'aws-cloudtrail-logs-management',
  filter: 'cmk-disable-or-scheduled-deletion',
  metric: 'CMKDisableOrScheduledDeletion',
  namespace: 'CISBenchmark',
  alarm: 'cmk-disable-or-scheduled-deletion',
  topic: 'cis-security-alarms'
}

/** Names unlike the ones enforce creates (an account's own chain), so enforce reuses what it may and adds the rest. */
export const OWN_NAMES = {
  trail: 'management-events',
  group: 'aws-cloudtrail-logs-management',
  filter: 'kms-key-disabled-or-deleted',
  metric: 'KmsKeyDisabledOrDeleted',
  namespace: 'Security',
  alarm: 'kms-key-disabled-or-deleted',
  topic: 'security-alerts'
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

/**
 * Starts a moto server on a free loopback port (installing it first if need be). It exits as soon as this process is
 * gone (its stdin pipe closes), however this process ends.
 */
export async function startMoto() {
  const python = ensureMotoVenv()
  const port = await freePort()
  const launcher = [
    'import os, runpy, sys, threading',
    'def _watch():',
    '    try:',
    '        while sys.stdin.buffer.read(65536):',
    '            pass',
    '    finally:',
    '        os._exit(0)',
    'threading.Thread(target=_watch, daemon=True).start()',
    "sys.argv = ['moto.server'] + sys.argv[1:]",
    "runpy.run_module('moto.server', run_name='__main__', alter_sys=True)"
  ].join('\n')
  const child = spawn(python, ['-c', launcher, '-H', '127.0.0.1', '-p', String(port)], {
    stdio: ['pipe', 'ignore', 'ignore']
  })
  const endpoint = `http://127.0.0.1:${port}`
  for (let i = 0; i < 200; i++) {
    try {
      const res = await fetch(`${endpoint}/moto-api/data.json`)
      await res.arrayBuffer()
      if (res.ok) return { endpoint, stop: () => child.kill('SIGTERM') }
    } catch {
      /* not up yet */
    }
    await sleep(100)
  }
  child.kill('SIGKILL')
  throw new Error('moto did not start')
}

/** SDK clients acting in `account` of the moto server at `endpoint` (moto's x-moto-account-id header). */
export function motoClients({ endpoint, account = MOTO_DEFAULT_ACCOUNT, region, credentials }) {
  const config = {
    region,
    endpoint,
    credentials: credentials ?? { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'moto' }
  }
  const inAccount = (client) => {
    if (account === MOTO_DEFAULT_ACCOUNT) return client
    client.middlewareStack.add(
      (next) => async (args) => {
        if (args.request?.headers) args.request.headers['x-moto-account-id'] = account
        return next(args)
      },
      { step: 'build', name: 'motoAccountHeader' }
    )
    return client
  }
  return {
    trails: inAccount(new CloudTrailClient(config)),
    logs: inAccount(new CloudWatchLogsClient(config)),
    cloudwatch: inAccount(new CloudWatchClient(config)),
    sns: inAccount(new SNSClient(config))
  }
}

/**
 * Seeds the chain in one moto account: a multi-region trail (with its S3 bucket) logging management events into a
 * log group, a metric filter with `pattern` on it, an alarm on its metric that fires on one event, an SNS topic and
 * an email subscription (moto confirms it at once). `leaveOut` ('filter', 'alarm' or 'subscription') leaves that
 * link out. Returns the topic's ARN and a line per link seeded.
 */
export async function seedChain({
  endpoint,
  account = MOTO_DEFAULT_ACCOUNT,
  region,
  credentials,
  pattern = CIS_PATTERN,
  names = CIS_NAMES,
  leaveOut,
  email = 'secops@example.com'
}) {
  const { trails, logs, cloudwatch, sns } = motoClients({ endpoint, account, region, credentials })
  const bucket = `aws-cloudtrail-logs-${account}-${region}`
  // moto's S3 takes an unsigned PUT.
  const headers = account === MOTO_DEFAULT_ACCOUNT ? {} : { 'x-moto-account-id': account }
  const created = await fetch(new URL(`/${bucket}`, endpoint), { method: 'PUT', headers })
  if (!created.ok) throw new Error(`creating bucket ${bucket}: HTTP ${created.status}`)
  await logs.send(new CreateLogGroupCommand({ logGroupName: names.group }))
  await trails.send(
    new CreateTrailCommand({
      Name: names.trail,
      S3BucketName: bucket,
      IsMultiRegionTrail: true,
      IncludeGlobalServiceEvents: true,
      CloudWatchLogsLogGroupArn: `arn:aws:logs:${region}:${account}:log-group:${names.group}:*`,
      CloudWatchLogsRoleArn: `arn:aws:iam::${account}:role/CloudTrail_CloudWatchLogs_Role`
    })
  )
  // moto leaves a new trail without event selectors (AWS would default to all management events): put them.
  await trails.send(
    new PutEventSelectorsCommand({
      TrailName: names.trail,
      EventSelectors: [{ ReadWriteType: 'All', IncludeManagementEvents: true }]
    })
  )
  await trails.send(new StartLoggingCommand({ Name: names.trail }))
  const seeded = [`multi-region trail "${names.trail}", logging, delivering to ${names.group}`]

  if (leaveOut !== 'filter') {
    await logs.send(
      new PutMetricFilterCommand({
        logGroupName: names.group,
        filterName: names.filter,
        filterPattern: pattern,
        metricTransformations: [{ metricName: names.metric, metricNamespace: names.namespace, metricValue: '1' }]
      })
    )
    seeded.push(`metric filter "${names.filter}": ${pattern}`)
  }
  const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: names.topic }))
  if (leaveOut !== 'alarm') {
    await cloudwatch.send(
      new PutMetricAlarmCommand({
        AlarmName: names.alarm,
        MetricName: names.metric,
        Namespace: names.namespace,
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
    seeded.push(`alarm "${names.alarm}" (>= 1 in 300 s) → SNS topic "${names.topic}"`)
  }
  if (leaveOut !== 'subscription') {
    await sns.send(new SubscribeCommand({ TopicArn, Protocol: 'email', Endpoint: email }))
    seeded.push(`confirmed email subscription to "${names.topic}"`)
  }
  return { topicArn: TopicArn, seeded }
}
