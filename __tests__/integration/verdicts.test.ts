// Verdicts you can bet on: chains AWS would never deliver a notification through are never called compliant. Each
// case runs the built action (as the runner runs it) against moto; where moto lacks the AWS behaviour, the test proxy
// answers in its place, and the test says so in its name (STUB).
import { describe, it, expect, beforeAll, afterAll, beforeEach } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { PutEventSelectorsCommand } from '@aws-sdk/client-cloudtrail'
import { startMoto, type MotoServer } from '../harness/moto.js'
import { seedChain, seedKey, type ChainSpec } from '../harness/seed.js'
import { findingsOf, runAction, runCli, type ActionRun } from '../harness/action.js'
import { startAwsProxy, type AwsProxyOptions } from '../harness/aws-proxy.js'

let moto: MotoServer

beforeAll(async () => {
  moto = await startMoto()
})
afterAll(async () => {
  await moto.stop()
})
beforeEach(async () => {
  await moto.reset()
})

const ACCOUNT = '123456789012'
const TOPIC_ARN = `arn:aws:sns:us-east-1:${ACCOUNT}:security-alerts`
const ALARM_ARN = `arn:aws:cloudwatch:us-east-1:${ACCOUNT}:alarm:cmk-disable-or-delete-alarm`

function finding(run: ActionRun, id: string) {
  const f = findingsOf(run).find((x) => x.id === id)
  if (!f) throw new Error(`no finding ${id} in ${run.outputs.findings}\n${run.stdout}\n${run.stderr}`)
  return f
}

async function verify(
  inputs: Record<string, string> = {},
  endpoint = moto.endpoint,
  env?: Record<string, string | undefined>
) {
  return runAction({
    inputs: { 'aws-region': 'us-east-1', ...inputs },
    motoEndpoint: endpoint,
    region: 'us-east-1',
    env
  })
}

/** Seeds `spec`, runs verify (through a proxy when `proxy` is given), and closes the proxy. */
async function verifySeeded(spec: ChainSpec, proxy?: AwsProxyOptions, inputs: Record<string, string> = {}) {
  await seedChain(moto, spec)
  if (!proxy) return verify(inputs)
  const p = await startAwsProxy(moto.endpoint, proxy)
  try {
    return await verify(inputs, p.endpoint)
  } finally {
    await p.close()
  }
}

/** The run is not compliant because of `id`, which says `message`. */
function expectFails(run: ActionRun, id: string, message: RegExp) {
  const f = finding(run, id)
  expect({ id, status: f.status }).toEqual({ id, status: 'fail' })
  expect(f.message).toMatch(message)
  expect(run.outputs.status).toBe('fail')
  expect(run.outputs.compliant).toBe('false')
  expect(run.exitCode).toBe(1)
}

function expectCompliant(run: ActionRun) {
  const notPassing = findingsOf(run).filter((f) => f.status !== 'pass' && f.status !== 'warn')
  expect(notPassing).toEqual([])
  expect(run.outputs.status).toBe('pass')
  expect(run.exitCode).toBe(0)
}

describe('alarm semantics: alarm.fires-on-one-event means it', () => {
  it.each<[string, ChainSpec, RegExp]>([
    ['TreatMissingData breaching', { alarm: { treatMissingData: 'breaching' } }, /breaching.*sits in ALARM/],
    ['TreatMissingData ignore', { alarm: { treatMissingData: 'ignore' } }, /ignore.*stays in ALARM/],
    ['a default value of 1 with Sum >= 1', { filter: { defaultValue: 1 } }, /default value 1.*stays in ALARM/],
    [
      'SampleCount with a default value',
      { filter: { defaultValue: 0 }, alarm: { statistic: 'SampleCount' } },
      /default value 0.*stays in ALARM/
    ],
    [
      'a default of 0 with a threshold 0 already meets',
      { filter: { defaultValue: 0 }, alarm: { threshold: 0 } },
      /datapoint of 0, which already breaches/
    ],
    ['a unit the filter does not publish', { alarm: { unit: 'Count' } }, /unit Count; the filter publishes None/],
    [
      'dimensions the filter does not publish',
      { alarm: { dimensions: [{ Name: 'user', Value: 'alice' }] } },
      /never publishes/
    ],
    [
      'no dimensions where the filter publishes some',
      { filter: { dimensions: { user: '$.userIdentity.arn' } } },
      /watches the metric without dimensions, which never gets data/
    ],
    [
      'Average with a default value of 0',
      { filter: { defaultValue: 0 }, alarm: { statistic: 'Average' } },
      /does not breach/
    ],
    [
      'p99 with a default value of 0',
      { filter: { defaultValue: 0 }, alarm: { extendedStatistic: 'p99' } },
      /minimum and maximum are equal/
    ]
  ])('fails %s', async (_name, spec, message) => {
    const run = await verifySeeded(spec)
    expectFails(run, 'alarm.fires-on-one-event', message)
    expect(finding(run, 'alarm.fires-on-one-event').remediation).toMatch(/put-metric-alarm/)
  })

  it('passes the same alarm without those settings, and says what TreatMissingData does', async () => {
    const run = await verifySeeded({ filter: { unit: 'Count' }, alarm: { unit: 'Count', treatMissingData: 'missing' } })
    expectCompliant(run)
    expect(finding(run, 'alarm.fires-on-one-event').message).toMatch(/INSUFFICIENT_DATA.*each event moves it to ALARM/)
  })

  it('warns, without failing, about a period over an hour', async () => {
    const run = await verifySeeded({ alarm: { period: 7200 } })
    expect(finding(run, 'alarm.fires-on-one-event').status).toBe('warn')
    expect(finding(run, 'alarm.fires-on-one-event').message).toMatch(/7200 s.*nobody is told/)
    expect(run.outputs.status).toBe('pass')
    expect(
      run.annotations.some(
        (a) => a.level === 'warning' && /alarm.fires-on-one-event/.test(a.message + (a.properties.title ?? ''))
      )
    ).toBe(true)
  })
})

describe('topic policy: evaluated, not pattern-matched', () => {
  const policy = (...statements: object[]) => ({ Version: '2012-10-17', Statement: statements })
  const enforceStatement = {
    Sid: 'AllowCloudWatchAlarmsToPublish',
    Effect: 'Allow',
    Principal: { Service: 'cloudwatch.amazonaws.com' },
    Action: 'SNS:Publish',
    Resource: TOPIC_ARN,
    Condition: {
      StringEquals: { 'AWS:SourceAccount': ACCOUNT },
      ArnLike: { 'AWS:SourceArn': `arn:aws:cloudwatch:*:${ACCOUNT}:alarm:*` }
    }
  }

  it.each<[string, object, RegExp]>([
    [
      'a Deny with NotPrincipal and an action wildcard',
      policy(enforceStatement, {
        Effect: 'Deny',
        NotPrincipal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
        Action: 'sns:Pub*',
        Resource: '*'
      }),
      /denies SNS:Publish to CloudWatch/
    ],
    [
      'a Deny of everything but Subscribe (NotAction)',
      policy(enforceStatement, { Effect: 'Deny', Principal: '*', NotAction: 'sns:Subscribe', Resource: TOPIC_ARN }),
      /denies SNS:Publish/
    ],
    [
      'only another service allowed',
      policy({ Effect: 'Allow', Principal: { Service: 'events.amazonaws.com' }, Action: 'sns:*', Resource: TOPIC_ARN }),
      /No statement of the topic policy lets CloudWatch publish/
    ],
    [
      'CloudWatch allowed only for alarms of another account',
      policy({ ...enforceStatement, Condition: { StringEquals: { 'aws:SourceAccount': '999999999999' } } }),
      /No statement/
    ]
  ])('fails %s', async (_name, topicPolicy, message) => {
    const run = await verifySeeded({ topic: { policy: topicPolicy } })
    expectFails(run, 'topic.delivery', message)
    expect(finding(run, 'topic.delivery').remediation).toMatch(/set-topic-attributes .*--attribute-name Policy/)
  })

  it('is manual when a Deny depends on a condition the check cannot know', async () => {
    const run = await verifySeeded({
      topic: {
        policy: policy(enforceStatement, {
          Effect: 'Deny',
          Principal: '*',
          Action: 'sns:Publish',
          Resource: '*',
          Condition: { NotIpAddress: { 'aws:SourceIp': '192.0.2.0/24' } }
        })
      }
    })
    expect(finding(run, 'topic.delivery').status).toBe('manual')
    expect(finding(run, 'topic.delivery').message).toMatch(/aws:SourceIp/)
    expect(run.outputs.status).toBe('manual')
  })

  it("passes the statement enforce writes, and moto's default policy for a same-account alarm", async () => {
    expectCompliant(await verifySeeded({ topic: { policy: policy(enforceStatement) } }))
    await moto.reset()
    const run = await verifySeeded({})
    expectCompliant(run)
    expect(finding(run, 'topic.delivery').message).toContain(`aws:SourceArn = ${ALARM_ARN}`)
  })
})

describe("the topic's key is read", () => {
  const cloudWatchMayUse = (account = ACCOUNT) => ({
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${account}:root` }, Action: 'kms:*', Resource: '*' },
      {
        Effect: 'Allow',
        Principal: { Service: 'cloudwatch.amazonaws.com' },
        Action: ['kms:Decrypt', 'kms:GenerateDataKey*'],
        Resource: '*'
      }
    ]
  })

  it('fails a customer key whose policy does not let CloudWatch use it, with the statement to add', async () => {
    const key = await seedKey(moto)
    const run = await verifySeeded({ topic: { kmsMasterKeyId: key.arn } })
    expectFails(run, 'topic.delivery', /does not let CloudWatch use the key/)
    const f = finding(run, 'topic.delivery')
    expect(f.message).toContain('"Service": "cloudwatch.amazonaws.com"')
    expect(f.remediation).toMatch(/aws kms put-key-policy .*--key-id /)
  })

  it('passes a customer key whose policy lets CloudWatch use it', async () => {
    const key = await seedKey(moto, { policy: cloudWatchMayUse() })
    const run = await verifySeeded({ topic: { kmsMasterKeyId: key.keyId } })
    expectCompliant(run)
    expect(finding(run, 'topic.delivery').message).toMatch(/customer managed key, enabled/)
  })

  it.each<['Disabled' | 'PendingDeletion', RegExp]>([
    ['Disabled', /is Disabled/],
    ['PendingDeletion', /is PendingDeletion/]
  ])('fails a %s key, with the command that enables it', async (state, message) => {
    const key = await seedKey(moto, { policy: cloudWatchMayUse(), state })
    const run = await verifySeeded({ topic: { kmsMasterKeyId: key.arn } })
    expectFails(run, 'topic.delivery', message)
    expect(finding(run, 'topic.delivery').remediation).toContain('aws kms enable-key')
  })

  it('fails an AWS managed key given by ARN (STUB: the proxy answers DescribeKey with KeyManager AWS, which moto cannot create)', async () => {
    const key = await seedKey(moto, { policy: cloudWatchMayUse() })
    const run = await verifySeeded(
      { topic: { kmsMasterKeyId: key.arn } },
      {
        rewriteResponse: (request, body) =>
          request.operation === 'DescribeKey' ? body.replace('"KeyManager": "CUSTOMER"', '"KeyManager": "AWS"') : body
      }
    )
    expectFails(run, 'topic.delivery', /AWS managed key \(KeyManager AWS\)/)
  })

  it('fails a key that does not exist', async () => {
    const run = await verifySeeded({
      topic: { kmsMasterKeyId: `arn:aws:kms:us-east-1:${ACCOUNT}:key/11111111-2222-3333-4444-555555555555` }
    })
    expectFails(run, 'topic.delivery', /does not exist/)
  })
})

describe('topic region and kind', () => {
  it('fails a topic in another region than the alarm', async () => {
    const run = await verifySeeded({ topic: { region: 'us-west-2' } })
    expectFails(run, 'topic.delivery', /topic is in us-west-2 and the alarm in us-east-1/)
  })

  it('fails a FIFO topic', async () => {
    const run = await verifySeeded({
      topic: { name: 'security-alerts.fifo', fifo: true },
      subscriptions: [{ protocol: 'sqs', endpoint: `arn:aws:sqs:us-east-1:${ACCOUNT}:alerts.fifo` }]
    })
    expectFails(run, 'topic.delivery', /FIFO topic.*message group id/)
  })
})

describe('subscription filter policies', () => {
  it.each<[string, object, 'MessageAttributes' | 'MessageBody' | undefined, RegExp]>([
    ['an attribute CloudWatch never sends', { severity: ['high'] }, undefined, /drops alarm notifications/],
    ['a body field with another value', { NewStateValue: ['OK'] }, 'MessageBody', /drops alarm notifications/]
  ])('fails a confirmed subscription whose filter needs %s', async (_name, filterPolicy, scope, message) => {
    const run = await verifySeeded({
      subscriptions: [{ protocol: 'email', endpoint: 'secops@example.com', filterPolicy, filterPolicyScope: scope }]
    })
    expectFails(run, 'subscription.confirmed', message)
    expect(finding(run, 'subscription.confirmed').remediation).toContain('--attribute-name FilterPolicy')
  })

  it.each<[string, object, 'MessageAttributes' | 'MessageBody' | undefined]>([
    ['an attribute that must be absent', { severity: [{ exists: false }] }, undefined],
    [
      'the alarm state in the body',
      { NewStateValue: ['ALARM'], Trigger: { MetricName: [{ prefix: 'CMK' }] } },
      'MessageBody'
    ]
  ])('passes a filter policy that lets the notification through: %s', async (_name, filterPolicy, scope) => {
    const run = await verifySeeded({
      subscriptions: [{ protocol: 'email', endpoint: 'secops@example.com', filterPolicy, filterPolicyScope: scope }]
    })
    expectCompliant(run)
    expect(finding(run, 'subscription.confirmed').message).toMatch(
      /with a filter policy that lets alarm notifications through/
    )
  })
})

describe('evidence from the account itself', () => {
  const trailStatus = (fields: Record<string, unknown>): AwsProxyOptions => ({
    rewriteResponse: (request, body) =>
      request.operation === 'GetTrailStatus' ? JSON.stringify({ ...JSON.parse(body), ...fields }) : body
  })

  it('fails a trail whose CloudWatch Logs delivery fails (STUB: the proxy adds LatestCloudWatchLogsDeliveryError, which moto never reports)', async () => {
    const run = await verifySeeded(
      {},
      trailStatus({
        LatestCloudWatchLogsDeliveryError: 'AccessDeniedException',
        LatestCloudWatchLogsDeliveryTime: 1767225600
      })
    )
    expectFails(run, 'trail.cloudwatch-logs', /delivery error: AccessDeniedException.*never reach the metric filter/)
    expect(finding(run, 'trail.cloudwatch-logs').remediation).toMatch(
      /get-role --role-name CloudTrail_CloudWatchLogs_Role/
    )
  })

  it('warns about a logging trail that has not delivered for days (STUB: LatestCloudWatchLogsDeliveryTime, which moto never reports)', async () => {
    const run = await verifySeeded({}, trailStatus({ LatestCloudWatchLogsDeliveryTime: Date.now() / 1000 - 3 * 86400 }))
    expect(finding(run, 'trail.cloudwatch-logs').status).toBe('warn')
    expect(finding(run, 'trail.cloudwatch-logs').message).toMatch(/last delivered there 7\d hours ago/)
    expect(run.outputs.status).toBe('pass')
  })

  const history = (summary: string, data: object): AwsProxyOptions => ({
    stubResponse: (request) =>
      request.operation === 'DescribeAlarmHistory'
        ? {
            body: JSON.stringify({
              AlarmHistoryItems: [
                {
                  AlarmName: 'cmk-disable-or-delete-alarm',
                  AlarmType: 'MetricAlarm',
                  Timestamp: 1767225600,
                  HistoryItemType: 'Action',
                  HistorySummary: summary,
                  HistoryData: JSON.stringify(data)
                }
              ]
            }),
            headers: { 'content-type': 'application/x-amz-json-1.0' }
          }
        : undefined
  })

  it("fails when the alarm's last notification failed, with AWS's message (STUB: DescribeAlarmHistory, which moto answers 500)", async () => {
    const error = `CloudWatch Alarms does not have authorization to access the SNS topic encryption key.`
    const run = await verifySeeded(
      {},
      history(`Failed to execute action ${TOPIC_ARN}. Received error: "${error}"`, {
        actionState: 'Failed',
        notificationResource: TOPIC_ARN,
        stateUpdateTimestamp: 1767225600000,
        error
      })
    )
    expectFails(run, 'topic.delivery', /last notification to this topic failed .*does not have authorization/)
    expect(finding(run, 'topic.delivery').remediation).toContain('set-alarm-state')
  })

  it('says the last notification was delivered (STUB: DescribeAlarmHistory)', async () => {
    const run = await verifySeeded(
      {},
      history(`Successfully executed action ${TOPIC_ARN}`, {
        actionState: 'Succeeded',
        notificationResource: TOPIC_ARN
      })
    )
    expectCompliant(run)
    expect(finding(run, 'topic.delivery').message).toMatch(/last notification to this topic was delivered/)
  })

  it('rests on the configuration, with a note, where the history cannot be read (moto answers 500; and refused)', async () => {
    const run = await verifySeeded({})
    expectCompliant(run)
    expect(finding(run, 'topic.delivery').message).toMatch(/alarm history could not be read.*configuration alone/)
    await moto.reset()
    const p = await startAwsProxy(moto.endpoint)
    p.addFault({ operation: 'DescribeAlarmHistory', kind: 'access-denied', count: Infinity })
    try {
      await seedChain(moto, {})
      const refused = await verify({}, p.endpoint)
      expectCompliant(refused)
      expect(finding(refused, 'topic.delivery').message).toMatch(/cloudwatch:DescribeAlarmHistory was refused/)
    } finally {
      await p.close()
    }
  })
})

describe('answers that are not answers', () => {
  const answer = (operation: string, body: string, contentType?: string): AwsProxyOptions => ({
    stubResponse: (request) => {
      if (request.operation !== operation) return undefined
      return contentType ? { body, headers: { 'content-type': contentType } } : { body }
    }
  })

  it.each<[string, string, AwsProxyOptions, string]>([
    [
      '{} for GetEventSelectors',
      'cloudtrail:GetEventSelectors',
      answer('GetEventSelectors', '{}'),
      'trail.management-events'
    ],
    [
      'an empty body for GetTopicAttributes',
      'sns:GetTopicAttributes',
      answer('GetTopicAttributes', ''),
      'topic.delivery'
    ],
    [
      'an error document for GetTopicAttributes',
      'sns:GetTopicAttributes',
      answer(
        'GetTopicAttributes',
        '<ErrorResponse><Error><Code>InternalError</Code><Message>try again</Message></Error></ErrorResponse>'
      ),
      'topic.delivery'
    ],
    [
      'HTML for DescribeMetricFilters',
      'logs:DescribeMetricFilters',
      answer('DescribeMetricFilters', '<!doctype html><html><body>Service Unavailable</body></html>', 'text/html'),
      'filter.pattern'
    ],
    [
      '{} for DescribeAlarmsForMetric',
      'cloudwatch:DescribeAlarmsForMetric',
      answer('DescribeAlarmsForMetric', '{}'),
      'alarm.exists'
    ],
    [
      'an empty subscription list element missing',
      'sns:ListSubscriptionsByTopic',
      answer('ListSubscriptionsByTopic', '<ListSubscriptionsByTopicResponse></ListSubscriptionsByTopicResponse>'),
      'subscription.confirmed'
    ]
  ])(
    'is manual naming the call, never a pass: %s (STUB: the proxy answers 200 with it)',
    async (_name, call, proxy, id) => {
      const run = await verifySeeded({}, proxy)
      const f = finding(run, id)
      expect(f.status).toBe('manual')
      expect(f.message).toContain(call)
      expect(run.outputs.status).toBe('manual')
      expect(run.outputs.compliant).toBe('false')
    }
  )

  it('fails the step without any credentials, whatever fail-on says, naming the sources tried', async () => {
    await seedChain(moto, {})
    const run = await verify({ 'fail-on': 'never' }, moto.endpoint, {
      AWS_ACCESS_KEY_ID: undefined,
      AWS_SECRET_ACCESS_KEY: undefined
    })
    expect(run.exitCode).toBe(1)
    const errors = run.annotations.filter((a) => a.level === 'error')
    expect(errors).toHaveLength(1)
    expect(errors[0].message).toMatch(/^No AWS credentials/)
    expect(errors[0].message).toContain('AWS_ACCESS_KEY_ID is not set')
    expect(errors[0].message).toContain('EC2 instance metadata (IMDS): disabled')
    expect(errors[0].message).toContain('role-to-assume: arn:aws:iam::123456789012:role/cmk-alarm-verify')
    expect(run.outputs.status).toBeUndefined()
  })

  it('fails the CLI without any credentials with exit 1, even with --fail-on never', async () => {
    const cli = await runCli(['verify', '--region', 'us-east-1', '--fail-on', 'never'], {
      motoEndpoint: moto.endpoint,
      region: 'us-east-1',
      env: { AWS_ACCESS_KEY_ID: undefined, AWS_SECRET_ACCESS_KEY: undefined }
    })
    expect(cli.exitCode).toBe(1)
    expect(cli.stderr).toMatch(/No AWS credentials/)
    expect(cli.stderr).toContain('AWS_PROFILE')
  })

  it('predicts "unknown" for Security Hub where the pattern could not be read', async () => {
    await seedChain(moto, {})
    const p = await startAwsProxy(moto.endpoint)
    p.addFault({ operation: 'DescribeMetricFilters', kind: 'access-denied', count: Infinity })
    try {
      const run = await verify({}, p.endpoint)
      expect(finding(run, 'filter.pattern').status).toBe('manual')
      expect(run.summary).toMatch(/Unknown\*\*: The metric filter pattern could not be read/)
    } finally {
      await p.close()
    }
  })
})

describe('fixes that do no harm', () => {
  /** The JSON after `flag` in a fix command: the single-quoted argument, as bash reads it. */
  const argumentOf = (commands: string, flag: string): unknown => {
    const match = new RegExp(`${flag} ('(?:[^']|'\\\\'')*')`).exec(commands)
    if (!match) throw new Error(`no ${flag} in ${commands}`)
    const out = spawnSync('bash', ['-c', `printf '%s' ${match[1]}`], { encoding: 'utf8' })
    return JSON.parse(out.stdout)
  }

  it("keeps the trail's data-event selectors and removes only the KMS exclusion; applied, the trail passes", async () => {
    const dataEvents = { Type: 'AWS::S3::Object', Values: ['arn:aws:s3:::audit-bucket/'] }
    await seedChain(moto, {
      trail: {
        eventSelectors: [
          {
            ReadWriteType: 'All',
            IncludeManagementEvents: true,
            DataResources: [dataEvents],
            ExcludeManagementEventSources: ['kms.amazonaws.com', 'rdsdata.amazonaws.com']
          }
        ]
      }
    })
    const run = await verify()
    expectFails(run, 'trail.kms-events-included', /ExcludeManagementEventSources contains kms.amazonaws.com/)
    const selectors = argumentOf(finding(run, 'trail.kms-events-included').remediation, '--event-selectors')
    expect(selectors).toEqual([
      {
        ReadWriteType: 'All',
        IncludeManagementEvents: true,
        DataResources: [dataEvents],
        ExcludeManagementEventSources: ['rdsdata.amazonaws.com']
      }
    ])
    await moto
      .clients()
      .cloudtrail.send(
        new PutEventSelectorsCommand({ TrailName: 'management-trail', EventSelectors: selectors as never })
      )
    expectCompliant(await verify())
  })

  it('removes only the KMS filter of advanced selectors, keeping the data-event selector', async () => {
    const data = {
      Name: 'S3 writes',
      FieldSelectors: [
        { Field: 'eventCategory', Equals: ['Data'] },
        { Field: 'resources.type', Equals: ['AWS::S3::Object'] }
      ]
    }
    await seedChain(moto, {
      trail: {
        advancedEventSelectors: [
          {
            Name: 'Management',
            FieldSelectors: [
              { Field: 'eventCategory', Equals: ['Management'] },
              { Field: 'eventSource', NotEquals: ['kms.amazonaws.com', 'rdsdata.amazonaws.com'] }
            ]
          },
          data
        ]
      }
    })
    const run = await verify()
    const selectors = argumentOf(finding(run, 'trail.kms-events-included').remediation, '--advanced-event-selectors')
    expect(selectors).toEqual([
      {
        Name: 'Management',
        FieldSelectors: [
          { Field: 'eventCategory', Equals: ['Management'] },
          { Field: 'eventSource', NotEquals: ['rdsdata.amazonaws.com'] }
        ]
      },
      data
    ])
  })

  it('gives an empty account a trail fix that delivers to CloudWatch Logs, every argument quoted for bash', async () => {
    const run = await verifySeeded({ trail: false })
    const fix = finding(run, 'trail.multi-region-logging').remediation
    for (const part of [
      'aws logs create-log-group',
      'aws iam create-role --role-name CloudTrail_CloudWatchLogs_Role',
      '"Service":"cloudtrail.amazonaws.com"',
      'logs:PutLogEvents',
      `--cloud-watch-logs-log-group-arn 'arn:aws:logs:us-east-1:${ACCOUNT}:log-group:aws-cloudtrail-logs:*'`,
      `--cloud-watch-logs-role-arn arn:aws:iam::${ACCOUNT}:role/CloudTrail_CloudWatchLogs_Role`,
      "--s3-bucket-name '<bucket>'",
      'aws cloudtrail start-logging'
    ])
      expect(fix).toContain(part)
    expect(spawnSync('bash', ['-n', '-c', fix]).status).toBe(0)
  })
})
