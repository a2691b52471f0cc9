// CloudFormation templates (YAML and JSON, checked with cfn-lint) and CDK synth output (scripts/iac-cdk-fixtures.mjs,
// aws-cdk-lib 2), judged by the same judges as a live account: statuses, and the logical id (and for CDK the
// construct path) each failing finding points at.
import { describe, expect, it } from '@jest/globals'
import { FIXTURES, judge, lineOf, locationOf, notPassing, read, statusOf } from './helpers.js'

const CFN = `${FIXTURES}/cloudformation`
const CDK = `${FIXTURES}/cdk/cdk.out`

const NO_ALARM = [
  'alarm.exists=fail',
  'alarm.fires-on-one-event=fail',
  'alarm.actions-enabled=fail',
  'alarm.sns-action=fail',
  'topic.delivery=fail',
  'subscription.confirmed=fail'
]

interface Case {
  file: string
  status: 'pass' | 'fail' | 'manual'
  notPassing: string[]
  /** Failing finding id → the logical id of the resource it points at. */
  blamed?: Record<string, string>
}

const CASES: Case[] = [
  { file: 'compliant.yaml', status: 'pass', notPassing: [] },
  // Long forms, Fn::Join ARNs, FindInMap, an inline subscription, a customer managed key, Security Hub's text.
  { file: 'compliant-long-form.json', status: 'pass', notPassing: [] },
  {
    file: 'broken-trail-single-region.yaml',
    status: 'fail',
    notPassing: ['trail.multi-region-logging=fail'],
    blamed: { 'trail.multi-region-logging': 'ManagementTrail' }
  },
  {
    file: 'broken-trail-logging-off.yaml',
    status: 'fail',
    notPassing: ['trail.multi-region-logging=fail'],
    blamed: { 'trail.multi-region-logging': 'ManagementTrail' }
  },
  {
    file: 'broken-trail-write-only-data.yaml',
    status: 'fail',
    notPassing: ['trail.management-events=fail', 'trail.kms-events-included=fail'],
    blamed: { 'trail.management-events': 'ManagementTrail' }
  },
  {
    file: 'broken-trail-excludes-kms.yaml',
    status: 'fail',
    notPassing: ['trail.kms-events-included=fail'],
    blamed: { 'trail.kms-events-included': 'ManagementTrail' }
  },
  {
    file: 'broken-trail-no-cloudwatch.yaml',
    status: 'fail',
    notPassing: [
      'trail.cloudwatch-logs=fail',
      'filter.pattern=fail',
      'filter.metric-value=fail',
      'filter.security-hub-text=warn',
      ...NO_ALARM
    ],
    blamed: { 'trail.cloudwatch-logs': 'ManagementTrail' }
  },
  {
    file: 'broken-filter-typo.yaml',
    status: 'fail',
    notPassing: ['filter.pattern=fail', 'filter.security-hub-text=warn'],
    blamed: { 'filter.pattern': 'CmkDisableOrDeleteFilter' }
  },
  {
    file: 'broken-filter-metric-value-zero.yaml',
    status: 'fail',
    notPassing: ['filter.metric-value=fail', 'alarm.fires-on-one-event=fail'],
    blamed: { 'filter.metric-value': 'CmkDisableOrDeleteFilter' }
  },
  {
    file: 'broken-alarm-other-namespace.yaml',
    status: 'fail',
    notPassing: NO_ALARM,
    blamed: { 'alarm.exists': 'CmkDisableOrDeleteFilter' }
  },
  {
    file: 'broken-alarm-two-events.yaml',
    status: 'fail',
    notPassing: ['alarm.fires-on-one-event=fail'],
    blamed: { 'alarm.fires-on-one-event': 'CmkDisableOrDeleteAlarm' }
  },
  {
    // The threshold is a parameter whose default is 2.
    file: 'broken-alarm-threshold-parameter.yaml',
    status: 'fail',
    notPassing: ['alarm.fires-on-one-event=fail'],
    blamed: { 'alarm.fires-on-one-event': 'CmkDisableOrDeleteAlarm' }
  },
  {
    file: 'broken-alarm-actions-disabled.yaml',
    status: 'fail',
    notPassing: ['alarm.actions-enabled=fail'],
    blamed: { 'alarm.actions-enabled': 'CmkDisableOrDeleteAlarm' }
  },
  {
    file: 'broken-alarm-no-alarm-actions.yaml',
    status: 'fail',
    notPassing: ['alarm.sns-action=fail', 'topic.delivery=fail', 'subscription.confirmed=fail'],
    blamed: { 'alarm.sns-action': 'CmkDisableOrDeleteAlarm' }
  },
  {
    file: 'broken-topic-aws-managed-key.yaml',
    status: 'fail',
    notPassing: ['topic.delivery=fail'],
    blamed: { 'topic.delivery': 'SecurityAlertsTopic' }
  },
  {
    file: 'broken-subscription-none.yaml',
    status: 'fail',
    notPassing: ['subscription.confirmed=fail'],
    blamed: { 'subscription.confirmed': 'SecurityAlertsTopic' }
  },
  {
    file: 'manual-imported-topic.yaml',
    status: 'manual',
    // The alarm's action is an imported value: whether it is an SNS topic at all is known only after the deploy.
    notPassing: ['alarm.sns-action=manual', 'topic.delivery=manual', 'subscription.confirmed=manual']
  },
  {
    // The alarm exists only where a condition on the account id holds: undecided, never passed.
    file: 'manual-condition.yaml',
    status: 'manual',
    notPassing: [
      'alarm.exists=manual',
      'alarm.fires-on-one-event=manual',
      'alarm.actions-enabled=manual',
      'alarm.sns-action=manual',
      'topic.delivery=manual',
      'subscription.confirmed=manual'
    ]
  },
  {
    file: 'manual-no-trail.yaml',
    status: 'manual',
    notPassing: [
      'trail.multi-region-logging=manual',
      'trail.management-events=manual',
      'trail.kms-events-included=manual',
      'trail.cloudwatch-logs=manual'
    ]
  }
]

describe('CloudFormation fixtures', () => {
  for (const c of CASES) {
    it(`${c.file}: ${c.status}${c.notPassing.length ? `, ${c.notPassing.join(' ')}` : ''}`, async () => {
      const path = `${CFN}/${c.file}`
      const { states, problems } = await read(path)
      expect(problems).toEqual([])
      expect(states).toHaveLength(1)
      expect(states[0].source).toEqual({ kind: 'cloudformation', path })
      const report = judge(states[0])
      expect(notPassing(report)).toEqual(c.notPassing)
      expect(report.status).toBe(c.status)
      for (const [id, logicalId] of Object.entries(c.blamed ?? {})) {
        const finding = report.findings.find((f) => f.id === id)!
        expect(finding.location).toEqual(locationOf(states[0], finding))
        const location = finding.location
        expect(location).toMatchObject({ file: path, line: lineOf(path, `  ${logicalId}:`), address: logicalId })
      }
    })
  }

  it('notes the parameter defaults it judged with', async () => {
    const { states } = await read(`${CFN}/broken-alarm-threshold-parameter.yaml`)
    expect(states[0].notes).toContain(
      'Judged with the default of parameter AlarmThreshold (2); the deploy may override it.'
    )
  })

  it('links Ref of a log group (its name), GetAtt Arn of the group and Ref of a topic (its ARN)', async () => {
    const { states } = await read(`${CFN}/compliant.yaml`)
    const report = judge(states[0])
    expect(report.logGroupName).toBe('aws-cloudtrail-logs-management')
    expect(report.topicArn).toBe('!Ref SecurityAlertsTopic')
    expect(statusOf(report, 'topic.delivery')).toBe('pass')
    // The topic policy (AWS::SNS::TopicPolicy) is the one read, as JSON text with the references rendered.
    const trail = states[0].trails.ok ? states[0].trails.value[0] : undefined
    const f = trail?.logGroup?.metricFilters.ok ? trail.logGroup.metricFilters.value[0] : undefined
    const a = f?.transformations[0].alarms.ok ? f.transformations[0].alarms.value[0] : undefined
    const attrs = a && Object.values(a.topics)[0].attributes
    expect(attrs?.ok && JSON.parse(attrs.value.policy!).Statement[0].Sid).toBe('AllowCloudWatchAlarmsToPublish')
  })

  it('reports an imported topic with the expression, as outside the template', async () => {
    const { states } = await read(`${CFN}/manual-imported-topic.yaml`)
    const report = judge(states[0])
    const trail = states[0].trails.ok ? states[0].trails.value[0] : undefined
    const f = trail?.logGroup?.metricFilters.ok ? trail.logGroup.metricFilters.value[0] : undefined
    const a = f?.transformations[0].alarms.ok ? f.transformations[0].alarms.value[0] : undefined
    expect(a?.unresolved).toEqual([{ field: 'alarmActions', expression: '!ImportValue SecurityAlertsTopicArn' }])
    expect(report.findings.find((x) => x.id === 'topic.delivery')!.message).toContain(
      'Topic !ImportValue SecurityAlertsTopicArn is not declared in the code read'
    )
  })
})

describe('CDK synth output', () => {
  const stacks: [string, string, string[], Record<string, string>][] = [
    ['CompliantStack', 'pass', [], {}],
    // metric() defaults to Average; with defaultValue 0 one event averages below the threshold.
    ['AverageStatisticStack', 'fail', ['alarm.fires-on-one-event=fail'], { 'alarm.fires-on-one-event': 'CmkAlarm' }],
    ['AwsManagedKeyStack', 'fail', ['topic.delivery=fail'], { 'topic.delivery': 'Alerts' }],
    ['SingleRegionStack', 'fail', ['trail.multi-region-logging=fail'], { 'trail.multi-region-logging': 'Trail' }],
    ['NoSubscriptionStack', 'fail', ['subscription.confirmed=fail'], { 'subscription.confirmed': 'Alerts' }]
  ]

  it('reads every stack of cdk.out as CDK, one state per template', async () => {
    const { states, problems } = await read(CDK)
    expect(problems).toEqual([])
    expect(states.map((s) => s.source)).toEqual(
      stacks
        .map(([name]) => ({ kind: 'cdk', path: `${CDK}/${name}.template.json` }))
        .sort((a, b) => a.path.localeCompare(b.path))
    )
  })

  for (const [stack, status, expected, blamed] of stacks) {
    it(`${stack}: ${status}${expected.length ? `, ${expected.join(' ')}` : ''}`, async () => {
      const path = `${CDK}/${stack}.template.json`
      const { states } = await read(path)
      const report = judge(states[0])
      expect(notPassing(report)).toEqual(expected)
      expect(report.status).toBe(status)
      for (const [id, construct] of Object.entries(blamed)) {
        const finding = report.findings.find((f) => f.id === id)!
        expect(finding.location).toEqual(locationOf(states[0], finding))
        const location = finding.location!
        // The hashed logical id is where the template declares it; the construct path is what a CDK user knows.
        expect(location.constructPath).toBe(`${stack}/${construct}/Resource`)
        expect(location.file).toBe(path)
        expect(location.line).toBe(lineOf(path, `"${location.address}": {`))
        expect(location.address).toMatch(new RegExp(`^${construct}[0-9A-F]{8}$`))
      }
    })
  }
})
