// Self-test of the integration-test harness: moto lifecycle, the seeded chain, dumpAccount, the runner emulation.
import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { DescribeTrailsCommand, GetEventSelectorsCommand, GetTrailStatusCommand } from '@aws-sdk/client-cloudtrail'
import { DescribeAlarmsCommand, DescribeAlarmsForMetricCommand, SetAlarmStateCommand } from '@aws-sdk/client-cloudwatch'
import { DescribeLogGroupsCommand, DescribeMetricFiltersCommand } from '@aws-sdk/client-cloudwatch-logs'
import { GetTopicAttributesCommand, ListSubscriptionsByTopicCommand, ListTopicsCommand } from '@aws-sdk/client-sns'
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts'
import { startMoto, type MotoServer } from '../harness/moto.js'
import { CIS_PATTERN, dumpAccount, seedChain } from '../harness/seed.js'
import {
  ACTION_BUNDLE,
  ACTION_YML,
  actionInputDefaults,
  annotationsOf,
  parseActionInputs,
  inputEnvName,
  parseFileCommand,
  parseWorkflowCommands,
  runAction,
  runCli
} from '../harness/action.js'

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures')

let moto: MotoServer

beforeAll(async () => {
  moto = await startMoto()
})

afterAll(async () => {
  await moto?.stop()
})

describe('moto server', () => {
  it('answers STS and resets', async () => {
    const { sts } = moto.clients()
    const id = await sts.send(new GetCallerIdentityCommand({}))
    expect(id.Account).toBe('123456789012')
    const other = await moto.clients({ account: '222222222222' }).sts.send(new GetCallerIdentityCommand({}))
    expect(other.Account).toBe('222222222222')
    await moto.reset()
  })
})

describe('seedChain (default compliant chain)', () => {
  it('creates every link and links them', async () => {
    await moto.reset()
    const chain = await seedChain(moto)
    const { cloudtrail, logs, cloudwatch, sns } = moto.clients()

    expect(chain).toMatchObject({
      account: '123456789012',
      region: 'us-east-1',
      trailName: 'management-trail',
      logGroupName: 'aws-cloudtrail-logs-management',
      logGroupArn: 'arn:aws:logs:us-east-1:123456789012:log-group:aws-cloudtrail-logs-management:*',
      filterName: 'cmk-disable-or-delete',
      metricName: 'CMKDisableOrDelete',
      namespace: 'CISBenchmark',
      alarmName: 'cmk-disable-or-delete-alarm',
      topicArn: 'arn:aws:sns:us-east-1:123456789012:security-alerts'
    })

    // trail -> log group
    const trails = (await cloudtrail.send(new DescribeTrailsCommand({}))).trailList ?? []
    expect(trails).toHaveLength(1)
    expect(trails[0]).toMatchObject({
      Name: 'management-trail',
      TrailARN: chain.trailArn,
      IsMultiRegionTrail: true,
      IsOrganizationTrail: false,
      HomeRegion: 'us-east-1',
      CloudWatchLogsLogGroupArn: chain.logGroupArn,
      CloudWatchLogsRoleArn: 'arn:aws:iam::123456789012:role/CloudTrail_CloudWatchLogs_Role'
    })
    expect((await cloudtrail.send(new GetTrailStatusCommand({ Name: chain.trailArn }))).IsLogging).toBe(true)
    const selectors = await cloudtrail.send(new GetEventSelectorsCommand({ TrailName: 'management-trail' }))
    expect(selectors.EventSelectors).toEqual([
      expect.objectContaining({ ReadWriteType: 'All', IncludeManagementEvents: true })
    ])

    // log group exists, its ARN is the one the trail points at
    const groups = (await logs.send(new DescribeLogGroupsCommand({ logGroupNamePrefix: chain.logGroupName }))).logGroups
    expect(groups?.map((g) => g.arn)).toEqual([chain.logGroupArn])

    // metric filter on the group
    const filters = (await logs.send(new DescribeMetricFiltersCommand({ logGroupName: chain.logGroupName })))
      .metricFilters
    expect(filters).toHaveLength(1)
    expect(filters?.[0]).toMatchObject({
      filterName: 'cmk-disable-or-delete',
      filterPattern: CIS_PATTERN,
      metricTransformations: [{ metricName: 'CMKDisableOrDelete', metricNamespace: 'CISBenchmark', metricValue: '1' }]
    })

    // alarm on the metric, acting on the topic
    const alarms = await cloudwatch.send(
      new DescribeAlarmsForMetricCommand({ MetricName: 'CMKDisableOrDelete', Namespace: 'CISBenchmark' })
    )
    expect(alarms.MetricAlarms).toHaveLength(1)
    expect(alarms.MetricAlarms?.[0]).toMatchObject({
      AlarmName: 'cmk-disable-or-delete-alarm',
      AlarmArn: chain.alarmArn,
      Statistic: 'Sum',
      Period: 300,
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      EvaluationPeriods: 1,
      ActionsEnabled: true,
      TreatMissingData: 'notBreaching',
      AlarmActions: [chain.topicArn]
    })

    // topic -> subscription (moto auto-confirms)
    const subs = (await sns.send(new ListSubscriptionsByTopicCommand({ TopicArn: chain.topicArn }))).Subscriptions
    expect(subs).toEqual([
      expect.objectContaining({
        Protocol: 'email',
        Endpoint: 'secops@example.com',
        SubscriptionArn: chain.subscriptionArns[0]
      })
    ])
    expect(chain.subscriptionArns[0]).toMatch(/^arn:aws:sns:us-east-1:123456789012:security-alerts:/)
  })

  it('makes the multi-region trail visible from another region as a shadow trail', async () => {
    await moto.reset()
    const chain = await seedChain(moto)
    const { cloudtrail } = moto.clients({ region: 'eu-west-1' })
    const shadow = (await cloudtrail.send(new DescribeTrailsCommand({ includeShadowTrails: true }))).trailList
    expect(shadow).toEqual([expect.objectContaining({ TrailARN: chain.trailArn, HomeRegion: 'us-east-1' })])
    const own = (await cloudtrail.send(new DescribeTrailsCommand({ includeShadowTrails: false }))).trailList
    expect(own ?? []).toEqual([])
    expect((await cloudtrail.send(new GetTrailStatusCommand({ Name: chain.trailArn }))).IsLogging).toBe(true)
  })

  it('seeds another account only through the header', async () => {
    await moto.reset()
    const chain = await seedChain(moto, { account: '222222222222' })
    expect(chain.trailArn).toBe('arn:aws:cloudtrail:us-east-1:222222222222:trail/management-trail')
    expect(chain.topicArn).toBe('arn:aws:sns:us-east-1:222222222222:security-alerts')
    expect(chain.logGroupArn).toBe('arn:aws:logs:us-east-1:222222222222:log-group:aws-cloudtrail-logs-management:*')

    const other = moto.clients({ account: '222222222222' })
    expect((await other.cloudtrail.send(new DescribeTrailsCommand({}))).trailList).toHaveLength(1)
    expect((await other.cloudwatch.send(new DescribeAlarmsCommand({}))).MetricAlarms).toHaveLength(1)
    expect((await other.sns.send(new ListTopicsCommand({}))).Topics).toHaveLength(1)

    const def = moto.clients()
    expect((await def.cloudtrail.send(new DescribeTrailsCommand({}))).trailList ?? []).toHaveLength(0)
    expect((await def.logs.send(new DescribeLogGroupsCommand({}))).logGroups ?? []).toHaveLength(0)
    expect((await def.logs.send(new DescribeMetricFiltersCommand({}))).metricFilters ?? []).toHaveLength(0)
    expect((await def.cloudwatch.send(new DescribeAlarmsCommand({}))).MetricAlarms ?? []).toHaveLength(0)
    expect((await def.sns.send(new ListTopicsCommand({}))).Topics ?? []).toHaveLength(0)
  })

  it('breaks single links on request', async () => {
    await moto.reset()
    const chain = await seedChain(moto, {
      trail: { logGroup: false, logging: false, multiRegion: false },
      filter: false,
      alarm: { threshold: 5, actionsEnabled: false },
      topic: { kmsMasterKeyId: 'alias/aws/sns' },
      subscriptions: []
    })
    const { cloudtrail, logs, cloudwatch, sns } = moto.clients()
    const [trail] = (await cloudtrail.send(new DescribeTrailsCommand({}))).trailList ?? []
    expect(trail.CloudWatchLogsLogGroupArn).toBeUndefined()
    expect(trail.IsMultiRegionTrail).toBe(false)
    expect((await cloudtrail.send(new GetTrailStatusCommand({ Name: trail.Name }))).IsLogging).toBe(false)
    expect((await logs.send(new DescribeMetricFiltersCommand({}))).metricFilters ?? []).toEqual([])
    const [alarm] = (await cloudwatch.send(new DescribeAlarmsCommand({}))).MetricAlarms ?? []
    expect(alarm).toMatchObject({ Threshold: 5, ActionsEnabled: false, MetricName: 'CMKDisableOrDelete' })
    const attrs = await sns.send(new GetTopicAttributesCommand({ TopicArn: chain.topicArn }))
    expect(attrs.Attributes?.KmsMasterKeyId).toBe('alias/aws/sns')
    expect(chain.subscriptionArns).toEqual([])
  })
})

describe('seedChain placement options', () => {
  it('moves the log group (and so filter, alarm, topic) to another region, with advanced selectors', async () => {
    await moto.reset()
    const chain = await seedChain(moto, {
      logGroup: { region: 'eu-west-1' },
      trail: {
        advancedEventSelectors: [{ Name: 'mgmt', FieldSelectors: [{ Field: 'eventCategory', Equals: ['Management'] }] }]
      }
    })
    expect(chain.trailLogGroupArn).toBe(
      'arn:aws:logs:eu-west-1:123456789012:log-group:aws-cloudtrail-logs-management:*'
    )
    expect(chain.topicArn).toBe('arn:aws:sns:eu-west-1:123456789012:security-alerts')
    expect(chain.alarmRegion).toBe('eu-west-1')
    const eu = moto.clients({ region: 'eu-west-1' })
    expect((await eu.logs.send(new DescribeMetricFiltersCommand({}))).metricFilters).toHaveLength(1)
    expect((await eu.cloudwatch.send(new DescribeAlarmsCommand({}))).MetricAlarms).toHaveLength(1)
    const us = moto.clients()
    expect((await us.logs.send(new DescribeLogGroupsCommand({}))).logGroups ?? []).toEqual([])
    const sel = await us.cloudtrail.send(new GetEventSelectorsCommand({ TrailName: chain.trailName }))
    expect(sel.EventSelectors ?? []).toEqual([])
    expect(sel.AdvancedEventSelectors).toEqual([
      expect.objectContaining({ Name: 'mgmt', FieldSelectors: [expect.objectContaining({ Field: 'eventCategory' })] })
    ])
  })

  it('points the trail at a group in another account, and leaves selectors empty on request', async () => {
    await moto.reset()
    const foreign = 'arn:aws:logs:us-east-1:999999999999:log-group:org-trail:*'
    const chain = await seedChain(moto, {
      trail: { logGroupArnOverride: foreign, eventSelectors: false, organization: true },
      logGroup: false,
      alarm: { alarmActions: [] },
      topic: false
    })
    const { cloudtrail, cloudwatch, sns } = moto.clients()
    const [trail] = (await cloudtrail.send(new DescribeTrailsCommand({}))).trailList ?? []
    expect(trail).toMatchObject({ CloudWatchLogsLogGroupArn: foreign, IsOrganizationTrail: true })
    expect(
      (await cloudtrail.send(new GetEventSelectorsCommand({ TrailName: trail.Name }))).EventSelectors ?? []
    ).toEqual([])
    expect(chain.logGroupCreated).toBe(false)
    expect(chain.topicArn).toBeUndefined()
    const [alarm] = (await cloudwatch.send(new DescribeAlarmsCommand({}))).MetricAlarms ?? []
    expect(alarm.AlarmActions ?? []).toEqual([])
    expect((await sns.send(new ListTopicsCommand({}))).Topics ?? []).toEqual([])
  })
})

describe('dumpAccount', () => {
  it('is stable across calls and sees a change', async () => {
    await moto.reset()
    await seedChain(moto)
    await seedChain(moto, { account: '222222222222', region: 'eu-west-1' })
    const opts = { regions: ['us-east-1', 'eu-west-1'], accounts: ['123456789012', '222222222222'] }
    const first = await dumpAccount(moto, opts)
    const second = await dumpAccount(moto, opts)
    expect(second).toEqual(first)
    expect(JSON.stringify(second)).toBe(JSON.stringify(first))
    const home = first['123456789012']['us-east-1'] as Record<string, unknown[]>
    expect(home.trails).toHaveLength(1)
    expect(home.logGroups).toHaveLength(1)
    expect(home.metricFilters).toHaveLength(1)
    expect(home.metricAlarms).toHaveLength(1)
    expect(home.topics).toHaveLength(1)
    expect(home.subscriptions).toHaveLength(1)
    expect(JSON.stringify(home)).not.toMatch(/StateValue|StartLoggingTime/)
    const away = first['222222222222']['eu-west-1'] as Record<string, unknown[]>
    expect(away.trails).toHaveLength(1)
    expect((first['123456789012']['eu-west-1'] as Record<string, unknown[]>).trails).toHaveLength(0)

    // Alarm state is not configuration: a state change leaves the dump alone.
    await moto
      .clients()
      .cloudwatch.send(
        new SetAlarmStateCommand({ AlarmName: 'cmk-disable-or-delete-alarm', StateValue: 'ALARM', StateReason: 'test' })
      )
    expect(await dumpAccount(moto, opts)).toEqual(first)

    // A write shows up.
    await seedChain(moto, { trail: false, logGroup: false, filter: false, topic: false, alarm: { name: 'extra' } })
    expect(await dumpAccount(moto, opts)).not.toEqual(first)
  })
})

describe('workflow-command and file-command parsers', () => {
  it('parses workflow commands with escaped properties and messages', () => {
    const stdout = [
      'plain log line',
      '::add-mask::s3cr%25t',
      '::error title=Missing alarm%3A CIS 4.7,file=src/a.ts,line=3::mode must be one of audit%2C enforce%0Asecond line',
      '::warning::50%25 done%0D%0Aok',
      '::notice title=a%2Cb::note',
      '::debug::dbg',
      '::stop-commands::tok123',
      '::error::not a command while stopped',
      '::tok123::',
      '::group::Discovery',
      '::endgroup::',
      '  ::error::indented lines are not commands',
      '::set-output name=x::1'
    ].join('\n')
    const commands = parseWorkflowCommands(stdout)
    expect(commands.map((c) => c.command)).toEqual([
      'add-mask',
      'error',
      'warning',
      'notice',
      'debug',
      'group',
      'endgroup',
      'set-output'
    ])
    expect(commands[0].message).toBe('s3cr%t')
    expect(commands[1]).toEqual({
      command: 'error',
      properties: { title: 'Missing alarm: CIS 4.7', file: 'src/a.ts', line: '3' },
      // messages only escape % CR LF (a literal %2C stays), like the runner
      message: 'mode must be one of audit%2C enforce\nsecond line'
    })
    expect(commands[2].message).toBe('50% done\r\nok')
    expect(commands[3].properties).toEqual({ title: 'a,b' })
    expect(commands[7]).toEqual({ command: 'set-output', properties: { name: 'x' }, message: '1' })
    expect(annotationsOf(commands).map((a) => [a.level, a.message])).toEqual([
      ['error', 'mode must be one of audit%2C enforce\nsecond line'],
      ['warning', '50% done\r\nok'],
      ['notice', 'note']
    ])
  })

  it('parses GITHUB_OUTPUT heredocs and name=value lines', () => {
    const text =
      'compliant<<ghadelimiter_1b7c\nfalse\nghadelimiter_1b7c\n' +
      'report<<ghadelimiter_9f\n{\n  "a": "x=y<<z"\n}\n\nghadelimiter_9f\n' +
      'empty<<D\nD\n' +
      'simple=a=b\n' +
      'compliant=true\n'
    expect(parseFileCommand(text)).toEqual({
      compliant: 'true',
      report: '{\n  "a": "x=y<<z"\n}\n',
      empty: '',
      simple: 'a=b'
    })
    expect(() => parseFileCommand('x<<EOF\nnever closed\n')).toThrow(/unterminated/)
  })

  it('reads input defaults from action.yml like the runner', () => {
    const yml = [
      'name: x',
      'inputs:',
      '  mode:',
      "    description: 'a: b'",
      "    default: 'verify'",
      '  aws-region:',
      '    description: >-',
      '      default: not this one',
      '    required: false',
      '  "quoted name":',
      '    default: "a\\tb"',
      '  plain:',
      '    default: semantic # comment',
      '  apostrophe:',
      "    default: 'it''s'",
      'outputs:',
      '  status:',
      "    default: 'nope'"
    ].join('\n')
    expect(parseActionInputs(yml)).toEqual({
      mode: 'verify',
      'aws-region': '',
      'quoted name': 'a\tb',
      plain: 'semantic',
      apostrophe: "it's"
    })
    if (existsSync(ACTION_YML)) expect(Object.keys(actionInputDefaults())).toContain('mode')
  })

  it('names inputs like @actions/core', () => {
    expect(inputEnvName('log-group-name')).toBe('INPUT_LOG-GROUP-NAME')
    expect(inputEnvName('aws region')).toBe('INPUT_AWS_REGION')
  })
})

const haveBundle = existsSync(ACTION_BUNDLE)
const itWithBundle = haveBundle ? it : it.skip

describe('runAction', () => {
  itWithBundle(
    `rejects an invalid mode input with an ::error naming it${haveBundle ? '' : ' (skipped: dist/index.js not built; run npm run bundle)'}`,
    async () => {
      const run = await runAction({
        inputs: { mode: 'bogus', 'aws-region': 'us-east-1' },
        motoEndpoint: moto.endpoint,
        region: 'us-east-1',
        timeoutMs: 30_000
      })
      expect(run.exitCode).not.toBe(0)
      const errors = run.annotations.filter((a) => a.level === 'error')
      expect(errors.length).toBeGreaterThan(0)
      expect(errors.map((e) => `${e.properties.title ?? ''} ${e.message}`).join('\n')).toMatch(/mode/)
      expect(run.env['INPUT_MODE']).toBe('bogus')
      expect(run.env['INPUT_AWS-REGION']).toBe('us-east-1')
    }
  )
})

describe('runAction / runCli plumbing (fake bundles using the real @actions/core)', () => {
  const script = path.join(fixtures, 'fake-action.mjs')

  it('passes inputs, a clean runner env, and collects outputs, summary, commands', async () => {
    const run = await runAction({
      script,
      inputs: { mode: 'audit', 'log-group-name': 'aws-cloudtrail-logs-management' },
      applyDefaults: false,
      motoEndpoint: moto.endpoint,
      region: 'eu-west-1'
    })
    expect(run.stderr).toBe('')
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toMatchObject({
      mode: 'audit',
      'log-group-name': 'aws-cloudtrail-logs-management',
      multiline: 'line 1\nline 2',
      endpoint: moto.endpoint,
      cwd: run.workspace
    })
    expect(run.outputs.node).toMatch(/^v24\./)
    expect(JSON.parse(run.outputs['env-leak'])).toEqual(
      [
        'AWS_ACCESS_KEY_ID',
        'AWS_CONFIG_FILE',
        'AWS_DEFAULT_REGION',
        'AWS_EC2_METADATA_DISABLED',
        'AWS_ENDPOINT_URL',
        'AWS_REGION',
        'AWS_SECRET_ACCESS_KEY',
        'AWS_SHARED_CREDENTIALS_FILE',
        'INPUT_LOG-GROUP-NAME',
        'INPUT_MODE',
        ...Object.keys(run.env).filter((k) => k.startsWith('GITHUB_'))
      ].sort()
    )
    expect(run.env).toMatchObject({
      GITHUB_ACTIONS: 'true',
      GITHUB_REPOSITORY: 'octo-org/infra',
      GITHUB_EVENT_NAME: 'schedule',
      GITHUB_WORKFLOW_REF: 'octo-org/infra/.github/workflows/compliance.yml@refs/heads/main'
    })
    expect(run.summary).toMatch(/<h1>Report<\/h1>/)
    expect(run.masks).toEqual(['super-secret-value'])
    expect(run.annotations).toEqual([
      { level: 'warning', message: 'careful: a, b: c', properties: { title: 'Heads up: 50%' } }
    ])
    expect(run.exportedEnv).toEqual({ EXPORTED: 'yes' })
    expect(run.state).toEqual({ saved: 'state-value' })
  })

  it('sets INPUT_* defaults from action.yml for inputs not given', async () => {
    const run = await runAction({ script, inputs: { 'log-group-name': 'x' } })
    const defaults = actionInputDefaults()
    for (const [name, value] of Object.entries(defaults)) {
      expect(run.env[inputEnvName(name)]).toBe(name === 'log-group-name' ? 'x' : value)
    }
    expect(run.outputs.mode).toBe(defaults.mode ?? '')
  })

  it('reports failure (setFailed -> exit 1 and ::error)', async () => {
    const run = await runAction({ script, inputs: { mode: 'fail' } })
    expect(run.exitCode).toBe(1)
    expect(run.annotations.filter((a) => a.level === 'error')).toEqual([
      { level: 'error', message: 'mode "fail" failed\nsecond line', properties: {} }
    ])
  })

  it('kills a hanging run and throws with its output', async () => {
    await expect(runAction({ script, inputs: { mode: 'hang' }, timeoutMs: 1500 })).rejects.toThrow(
      /timed out after 1500 ms[\s\S]*mode=hang/
    )
  })

  it('runs the CLI with args, stdin and a clean env', async () => {
    const run = await runCli(['audit', '--format', 'json'], {
      script: path.join(fixtures, 'fake-cli.mjs'),
      stdin: 'piped input',
      motoEndpoint: moto.endpoint,
      region: 'us-east-1',
      env: { AWS_ACCESS_KEY_ID: undefined, AWS_PROFILE: 'ci' }
    })
    expect(run.exitCode).toBe(3)
    expect(run.stderr).toBe('some diagnostics\n')
    const echoed = JSON.parse(run.stdout)
    expect(echoed).toMatchObject({ args: ['audit', '--format', 'json'], stdin: 'piped input', endpoint: moto.endpoint })
    expect(echoed.env).toEqual([
      'AWS_CONFIG_FILE',
      'AWS_DEFAULT_REGION',
      'AWS_EC2_METADATA_DISABLED',
      'AWS_ENDPOINT_URL',
      'AWS_PROFILE',
      'AWS_REGION',
      'AWS_SECRET_ACCESS_KEY',
      'AWS_SHARED_CREDENTIALS_FILE'
    ])
  })
})
