// Enforce, end to end: the built action (dist/index.js on Node 24) run the way the runner runs it, against moto
// server behind the test-bed proxy (__tests__/harness/aws-proxy.ts), which counts requests, injects faults, and
// gives PutMetricFilter the AWS semantics moto lacks (replace the same-named filter instead of adding a duplicate).
import { describe, it, expect, beforeAll, afterAll, beforeEach } from '@jest/globals'
import { DescribeMetricFiltersCommand } from '@aws-sdk/client-cloudwatch-logs'
import { DescribeAlarmsCommand } from '@aws-sdk/client-cloudwatch'
import {
  GetTopicAttributesCommand,
  ListSubscriptionsByTopicCommand,
  ListTopicsCommand,
  SetTopicAttributesCommand
} from '@aws-sdk/client-sns'
import { makeClients, startMoto, type MotoServer } from '../harness/moto.js'
import { seedChain, dumpAccount } from '../harness/seed.js'
import { runAction, type ActionRun } from '../harness/action.js'
import { startAwsProxy, type AwsProxy } from '../harness/aws-proxy.js'

let moto: MotoServer
let proxy: AwsProxy

beforeAll(async () => {
  moto = await startMoto()
  proxy = await startAwsProxy(moto.endpoint, { awsMetricFilterSemantics: true })
})
afterAll(async () => {
  await proxy.close()
  await moto.stop()
})
beforeEach(async () => {
  await moto.reset()
  proxy.clearFaults()
  proxy.requests.length = 0
})

const ENFORCE = {
  mode: 'enforce',
  'aws-region': 'us-east-1',
  subscriptions: 'email:secops@example.com\nsqs:arn:aws:sqs:us-east-1:123456789012:alarm-queue'
}

function enforce(inputs: Record<string, string> = {}): Promise<ActionRun> {
  return runAction({ inputs: { ...ENFORCE, ...inputs }, motoEndpoint: proxy.endpoint, region: 'us-east-1' })
}

interface ChangeOut {
  action: string
  type: string
  name: string
  arn: string
}
const changes = (run: ActionRun) => JSON.parse(run.outputs.changes) as ChangeOut[]
const acted = (run: ActionRun) =>
  changes(run)
    .filter((c) => c.action !== 'noop')
    .map((c) => `${c.action} ${c.type}`)

async function inventory() {
  const c = moto.clients({ region: 'us-east-1' })
  const filters = (await c.logs.send(new DescribeMetricFiltersCommand({}))).metricFilters ?? []
  const alarms = (await c.cloudwatch.send(new DescribeAlarmsCommand({}))).MetricAlarms ?? []
  const topics = (await c.sns.send(new ListTopicsCommand({}))).Topics ?? []
  const subscriptions = []
  for (const t of topics)
    subscriptions.push(
      ...((await c.sns.send(new ListSubscriptionsByTopicCommand({ TopicArn: t.TopicArn }))).Subscriptions ?? [])
    )
  return { filters, alarms, topics, subscriptions }
}

const TRAIL_ONLY = { filter: false, alarm: false, topic: false } as const

describe('enforce', () => {
  it('makes an account with only a trail and a log group compliant in one run; a second run changes nothing', async () => {
    await seedChain(moto, TRAIL_ONLY)
    const first = await enforce()
    expect(first.stderr).toBe('')
    expect(acted(first).sort()).toEqual([
      'create alarm',
      'create metric-filter',
      'create sns-topic',
      'create subscription',
      'create subscription',
      'update topic-policy'
    ])
    expect(first.outputs.status).toBe('pass')
    expect(first.exitCode).toBe(0)
    expect(first.summary).toContain('Changes made')
    // The email endpoint is redacted in the public output.
    expect(first.outputs.changes).not.toContain('secops@example.com')
    expect(first.outputs.changes).toContain('s***@example.com')

    const second = await enforce()
    expect(acted(second)).toEqual([])
    expect(second.outputs.status).toBe('pass')
    const inv = await inventory()
    expect(inv.filters).toHaveLength(1)
    expect(inv.alarms).toHaveLength(1)
    expect(inv.topics).toHaveLength(1)
    expect(inv.subscriptions).toHaveLength(2)
    const alarm = inv.alarms[0]
    expect(alarm).toMatchObject({
      Statistic: 'Sum',
      Period: 300,
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      EvaluationPeriods: 1,
      TreatMissingData: 'notBreaching',
      ActionsEnabled: true
    })
    expect(alarm.AlarmActions).toEqual([inv.topics[0].TopicArn])
    const policy = JSON.parse(
      (await moto.clients().sns.send(new GetTopicAttributesCommand({ TopicArn: inv.topics[0].TopicArn }))).Attributes!
        .Policy!
    )
    expect(policy.Statement.map((s: { Sid: string }) => s.Sid)).toContain('AllowCloudWatchAlarmsToPublish')
    expect(policy.Statement.length).toBeGreaterThan(1) // the default statement is kept
  })

  it('changes nothing on a compliant chain under other names, and creates no duplicates', async () => {
    await seedChain(moto, {})
    const before = await dumpAccount(moto)
    const run = await enforce({ subscriptions: '' })
    expect(acted(run)).toEqual([])
    expect(run.outputs.status).toBe('pass')
    expect(await dumpAccount(moto)).toEqual(before)
  })

  it('repairs drift of what it owns: alarm actions disabled, filter pattern edited, topic policy statement removed', async () => {
    await seedChain(moto, TRAIL_ONLY)
    await enforce()
    const c = makeClients(proxy.endpoint) // through the proxy, so editing the filter replaces it as on AWS
    const inv = await inventory()
    const topicArn = inv.topics[0].TopicArn!
    // drift 1: the alarm's actions disabled (PutMetricAlarm with ActionsEnabled false, as the console does)
    const { PutMetricAlarmCommand } = await import('@aws-sdk/client-cloudwatch')
    const a = inv.alarms[0]
    await c.cloudwatch.send(
      new PutMetricAlarmCommand({
        AlarmName: a.AlarmName,
        MetricName: a.MetricName,
        Namespace: a.Namespace,
        Statistic: 'Sum',
        Period: 300,
        EvaluationPeriods: 1,
        Threshold: 1,
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
        TreatMissingData: 'notBreaching',
        AlarmActions: [topicArn],
        ActionsEnabled: false
      })
    )
    // drift 2: the filter's pattern edited to miss ScheduleKeyDeletion
    const { PutMetricFilterCommand } = await import('@aws-sdk/client-cloudwatch-logs')
    const f = inv.filters[0]
    await c.logs.send(
      new PutMetricFilterCommand({
        logGroupName: f.logGroupName,
        filterName: f.filterName,
        filterPattern: '{ ($.eventSource = kms.amazonaws.com) && ($.eventName = DisableKey) }',
        metricTransformations: f.metricTransformations
      })
    )
    // drift 3: our topic policy statement removed
    const policy = JSON.parse(
      (await c.sns.send(new GetTopicAttributesCommand({ TopicArn: topicArn }))).Attributes!.Policy!
    )
    policy.Statement = policy.Statement.filter((s: { Sid: string }) => s.Sid !== 'AllowCloudWatchAlarmsToPublish')
    await c.sns.send(
      new SetTopicAttributesCommand({
        TopicArn: topicArn,
        AttributeName: 'Policy',
        AttributeValue: JSON.stringify(policy)
      })
    )

    const drifted = await runAction({
      inputs: { 'aws-region': 'us-east-1' },
      motoEndpoint: proxy.endpoint,
      region: 'us-east-1'
    })
    expect(drifted.outputs.status).toBe('fail')

    const run = await enforce()
    expect(acted(run).sort()).toEqual(['update alarm', 'update metric-filter', 'update topic-policy'])
    expect(run.outputs.status).toBe('pass')
    const after = await inventory()
    expect(after.filters).toHaveLength(1)
    expect(after.alarms).toHaveLength(1)
    expect(after.alarms[0].ActionsEnabled).toBe(true)
  })

  it('dry-run prints the plan and leaves the account identical', async () => {
    await seedChain(moto, TRAIL_ONLY)
    const before = await dumpAccount(moto)
    const run = await enforce({ 'dry-run': 'true' })
    expect(acted(run).length).toBeGreaterThan(0)
    expect(run.summary).toContain('dry run')
    expect(proxy.writes()).toEqual([])
    expect(await dumpAccount(moto)).toEqual(before)
  })

  it('two runs at the same time end with one filter, one alarm, one topic and no duplicate subscriptions', async () => {
    await seedChain(moto, TRAIL_ONLY)
    const [a, b] = await Promise.all([enforce(), enforce()])
    expect([a.exitCode, b.exitCode]).toEqual([0, 0])
    const inv = await inventory()
    expect(inv.filters).toHaveLength(1)
    expect(inv.alarms).toHaveLength(1)
    expect(inv.topics).toHaveLength(1)
    expect(inv.subscriptions).toHaveLength(2)
  })

  it('reports the account as it is when another run completes the chain between its read and its plan', async () => {
    // The race the test above meets by chance, made certain: this run reads an account without an alarm, then, as its
    // plan reads what it needs (the configured alarm and topic: requests issued together, after verify's), another
    // run completes the chain before they are answered. The plan then has nothing to change; the account this run
    // read is not the account it must report. (Verify reads neither: with no alarm there is no topic to read.)
    await seedChain(moto, TRAIL_ONLY)
    // An earlier run stopped after writing the filter: this run's verify finds it, and no alarm on its metric.
    proxy.addFault({ operation: 'CreateTopic', kind: 'access-denied', count: 1 })
    expect((await enforce()).exitCode).toBe(1)
    const PLAN_READS = new Set(['DescribeAlarms', 'GetTopicAttributes'])
    let other: Promise<ActionRun> | undefined
    let heldFrom = 0
    proxy.setHook(async (request, phase) => {
      if (phase !== 'request' || !PLAN_READS.has(request.operation)) return
      if (!other) {
        heldFrom = request.startedAt
        other = enforce()
        await other
      } else if (request.startedAt - heldFrom < 250) {
        // The first run's other plan reads (the second run's come after its own start-up and verify).
        await other
      }
    })
    try {
      const run = await enforce()
      expect((await other)?.outputs.status).toBe('pass')
      expect(acted(run)).toEqual([])
      expect(run.outputs.status).toBe('pass')
      expect(run.exitCode).toBe(0)
    } finally {
      proxy.setHook(undefined)
    }
  })

  it.each(['PutMetricFilter', 'CreateTopic', 'SetTopicAttributes', 'Subscribe', 'PutMetricAlarm'])(
    'converges after a failure injected at %s, deleting nothing',
    async (operation) => {
      await seedChain(moto, TRAIL_ONLY)
      proxy.addFault({ operation, kind: 'access-denied', count: 1 })
      const failed = await enforce()
      expect(failed.exitCode).toBe(1)
      expect(failed.annotations.some((a) => a.level === 'error' && /Stopped at/.test(a.message))).toBe(true)
      const rerun = await enforce()
      expect(rerun.outputs.status).toBe('pass')
      const inv = await inventory()
      expect([inv.filters.length, inv.alarms.length, inv.topics.length, inv.subscriptions.length]).toEqual([1, 1, 1, 2])
      expect(proxy.requests.some((r) => r.operation.startsWith('Delete') && r.operation !== 'DeleteMetricFilter')).toBe(
        false
      )
    }
  )

  it('fails clearly with zero write calls when no trail qualifies', async () => {
    await seedChain(moto, { ...TRAIL_ONLY, trail: { multiRegion: false } })
    const run = await enforce()
    expect(run.exitCode).toBe(1)
    expect(
      run.annotations.some(
        (a) => a.level === 'error' && /Enforce changed nothing: No multi-region trail/.test(a.message)
      )
    ).toBe(true)
    expect(proxy.writes()).toEqual([])
  })

  it('leaves alone an alarm of the same name that it did not create', async () => {
    await seedChain(moto, {
      filter: false,
      topic: false,
      alarm: { name: 'cmk-disable-or-scheduled-deletion', actionsEnabled: false, alarmActions: [] }
    })
    const run = await enforce()
    expect(run.exitCode).toBe(1)
    expect(
      run.annotations.some((a) => a.level === 'error' && /was not created by cmk-alarm-action/.test(a.message))
    ).toBe(true)
    expect(proxy.writes()).toEqual([])
  })

  it('encrypts a topic it creates with sns-kms-key-id and shows the key-policy statement CloudWatch needs', async () => {
    await seedChain(moto, TRAIL_ONLY)
    const key = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab'
    const run = await enforce({ 'sns-kms-key-id': key })
    const topicArn = (await inventory()).topics[0].TopicArn!
    const attributes = (await moto.clients().sns.send(new GetTopicAttributesCommand({ TopicArn: topicArn })))
      .Attributes!
    expect(attributes.KmsMasterKeyId).toBe(key)
    expect(
      run.annotations.some(
        (a) =>
          a.level === 'notice' &&
          a.message.includes('cloudwatch.amazonaws.com') &&
          a.message.includes('kms:GenerateDataKey*')
      )
    ).toBe(true)
    expect(run.summary).toContain('kms:GenerateDataKey*')
  })

  it('says an email subscription stays pending until confirmed (STUB: moto auto-confirms, so only the notice is checked)', async () => {
    await seedChain(moto, TRAIL_ONLY)
    const run = await enforce({ subscriptions: 'email:secops@example.com' })
    expect(
      run.annotations.some((a) => a.level === 'notice' && /pending until its owner confirms/.test(a.message))
    ).toBe(true)
  })
})

describe('enforce never harms what is not its own', () => {
  const errors = (run: ActionRun) => run.annotations.filter((a) => a.level === 'error').map((a) => a.message)

  it("leaves alone another team's filter of the configured name that publishes another metric (zero writes)", async () => {
    await seedChain(moto, {
      filter: {
        name: 'cmk-disable-or-scheduled-deletion',
        pattern: '{ $.eventName = ConsoleLogin }',
        metricName: 'ConsoleLogins',
        namespace: 'TeamB'
      },
      alarm: false,
      topic: false
    })
    const before = await dumpAccount(moto)
    const run = await enforce()
    expect(run.exitCode).toBe(1)
    expect(errors(run).join('\n')).toContain(
      'Enforce changed nothing: A metric filter named cmk-disable-or-scheduled-deletion exists on aws-cloudtrail-logs-management and publishes TeamB/ConsoleLogins, not CISBenchmark/CMKDisableOrScheduledDeletion: it belongs to someone else and is left alone.'
    )
    expect(proxy.writes()).toEqual([])
    expect(await dumpAccount(moto)).toEqual(before)
  })

  it('repairs a chain that lacks only a subscription in place: its topic gets the subscription, nothing is built beside it', async () => {
    const seeded = await seedChain(moto, { subscriptions: [] })
    const run = await enforce({ subscriptions: 'email:secops@example.com' })
    expect(run.stderr).toBe('')
    expect(acted(run)).toEqual(['create subscription'])
    expect(proxy.writes().map((w) => w.operation)).toEqual(['Subscribe'])
    const inv = await inventory()
    expect(inv.topics.map((t) => t.TopicArn)).toEqual([seeded.topicArn])
    expect(inv.alarms.map((a) => a.AlarmName)).toEqual([seeded.alarmName])
    expect(inv.subscriptions.map((s) => [s.TopicArn, s.Endpoint])).toEqual([[seeded.topicArn, 'secops@example.com']])
    expect(run.outputs.status).toBe('pass') // moto confirms email subscriptions at once (AWS waits for the owner)
  })

  it('stops on such a chain without subscriptions, saying to set them (zero writes)', async () => {
    const seeded = await seedChain(moto, { subscriptions: [] })
    const run = await enforce({ subscriptions: '' })
    expect(run.exitCode).toBe(1)
    expect(errors(run).join('\n')).toContain(
      `The chain is complete except for a confirmed subscription: alarm ${seeded.alarmName} notifies topic ${seeded.topicArn}, which nobody confirmed. Set subscriptions`
    )
    expect(proxy.writes()).toEqual([])
  })

  it('a dry run on a non-compliant account fails the step under fail-on: fail, saying what the apply would change', async () => {
    await seedChain(moto, TRAIL_ONLY)
    const run = await enforce({ 'dry-run': 'true', subscriptions: 'email:secops@example.com' })
    expect(run.exitCode).toBe(1)
    expect(errors(run)).toContain(
      'The account does not meet CIS AWS 4.7 / Security Hub CloudWatch.7: see the job summary for the fix. Dry run, nothing was changed; the apply would create metric-filter cmk-disable-or-scheduled-deletion, create sns-topic cis-security-alarms, update topic-policy cis-security-alarms, create subscription email:s***@example.com, create alarm cmk-disable-or-scheduled-deletion.'
    )
    expect(proxy.writes()).toEqual([])
    const never = await enforce({ 'dry-run': 'true', 'fail-on': 'never' })
    expect(never.exitCode).toBe(0)
  })
})
