// The built action (dist/index.js on Node 24), run the way the runner runs it, against moto server.
import { describe, it, expect, beforeAll, afterAll, beforeEach } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { startMoto, type MotoServer } from '../harness/moto.js'
import { seedChain, type ChainSpec } from '../harness/seed.js'
import { findingsOf, runAction, type ActionRun } from '../harness/action.js'
import { startAwsProxy } from '../harness/aws-proxy.js'

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

function finding(run: ActionRun, id: string) {
  const f = findingsOf(run).find((x) => x.id === id)
  if (!f) throw new Error(`no finding ${id} in ${run.outputs.findings}\n${run.stdout}\n${run.stderr}`)
  return f
}

async function verify(
  spec: ChainSpec | null,
  inputs: Record<string, string> = {},
  region = 'us-east-1',
  endpoint?: string
) {
  if (spec) await seedChain(moto, spec)
  return runAction({ inputs: { 'aws-region': region, ...inputs }, motoEndpoint: endpoint ?? moto.endpoint, region })
}

describe('verify: a compliant account', () => {
  it('passes, sets every output, writes the summary and no error annotation', async () => {
    const run = await verify({})
    expect(run.stderr).toBe('')
    expect(run.exitCode).toBe(0)
    expect(run.outputs.status).toBe('pass')
    expect(run.outputs.compliant).toBe('true')
    expect(run.outputs['log-group-name']).toBe('aws-cloudtrail-logs-management')
    expect(run.outputs['metric-filter-name']).toBe('cmk-disable-or-delete')
    expect(run.outputs['alarm-arn']).toBe('arn:aws:cloudwatch:us-east-1:123456789012:alarm:cmk-disable-or-delete-alarm')
    expect(run.outputs['topic-arn']).toBe('arn:aws:sns:us-east-1:123456789012:security-alerts')
    expect(findingsOf(run)).toHaveLength(13)
    expect(findingsOf(run).every((f) => f.status === 'pass')).toBe(true)
    expect(run.annotations.filter((a) => a.level === 'error')).toEqual([])
    expect(run.summary).toMatch(/Compliant/)
    expect(run.summary.indexOf('Compliant')).toBeLessThan(run.summary.indexOf('| Link'))
  })

  it('writes SARIF with no results, pointing at the workflow file', async () => {
    const run = await verify({}, { 'sarif-file': 'results/cmk.sarif' })
    const sarif = JSON.parse(readFileSync(path.join(run.workspace, 'results', 'cmk.sarif'), 'utf8'))
    expect(sarif.version).toBe('2.1.0')
    expect(sarif.runs[0].tool.driver.rules).toHaveLength(13)
    expect(sarif.runs[0].results).toEqual([])
  })

  it.each([
    [
      'quoted values',
      '{ ($.eventSource = "kms.amazonaws.com") && (($.eventName = "DisableKey") || ($.eventName = "ScheduleKeyDeletion")) }'
    ],
    [
      'newlines',
      '{\n  ($.eventSource = kms.amazonaws.com) &&\n  (($.eventName = DisableKey) ||\n   ($.eventName = ScheduleKeyDeletion))\n}'
    ],
    [
      'reversed clauses',
      '{ (($.eventName = ScheduleKeyDeletion) || ($.eventName = DisableKey)) && ($.eventSource = kms.amazonaws.com) }'
    ],
    [
      'the Security Hub text',
      '{($.eventSource=kms.amazonaws.com) && (($.eventName=DisableKey) || ($.eventName=ScheduleKeyDeletion))}'
    ]
  ])('passes a pattern variant with %s', async (_name, pattern) => {
    const run = await verify({ filter: { pattern } })
    expect(finding(run, 'filter.pattern').status).toBe('pass')
    expect(run.outputs.status).toBe('pass')
  })

  it('passes a multi-region trail seen from another region (shadow trail)', async () => {
    await seedChain(moto, { region: 'us-east-1' })
    const run = await runAction({
      inputs: { 'aws-region': 'eu-west-1' },
      motoEndpoint: moto.endpoint,
      region: 'eu-west-1'
    })
    expect(run.outputs.status).toBe('pass')
    expect(finding(run, 'trail.multi-region-logging').region).toBe('us-east-1')
  })

  it('passes a trail with advanced selectors for management events', async () => {
    const run = await verify({
      trail: {
        advancedEventSelectors: [
          { Name: 'management', FieldSelectors: [{ Field: 'eventCategory', Equals: ['Management'] }] }
        ]
      }
    })
    expect(run.outputs.status).toBe('pass')
  })
})

describe('verify: each link failing', () => {
  const cases: Array<[string, ChainSpec | null, string, RegExp]> = [
    ['no trail at all', { trail: false }, 'trail.multi-region-logging', /create-trail/],
    [
      'a single-region trail',
      { trail: { multiRegion: false } },
      'trail.multi-region-logging',
      /--is-multi-region-trail/
    ],
    ['a trail that is not logging', { trail: { logging: false } }, 'trail.multi-region-logging', /start-logging/],
    [
      'read-only management events',
      { trail: { eventSelectors: [{ ReadWriteType: 'ReadOnly', IncludeManagementEvents: true }] } },
      'trail.management-events',
      /put-event-selectors/
    ],
    [
      'KMS excluded',
      {
        trail: {
          eventSelectors: [
            {
              ReadWriteType: 'All',
              IncludeManagementEvents: true,
              ExcludeManagementEventSources: ['kms.amazonaws.com']
            }
          ]
        }
      },
      'trail.kms-events-included',
      /put-event-selectors/
    ],
    [
      'KMS filtered out by an advanced selector',
      {
        trail: {
          advancedEventSelectors: [
            {
              FieldSelectors: [
                { Field: 'eventCategory', Equals: ['Management'] },
                { Field: 'eventSource', NotEquals: ['kms.amazonaws.com'] }
              ]
            }
          ]
        }
      },
      'trail.kms-events-included',
      /put-event-selectors/
    ],
    [
      'no CloudWatch Logs delivery',
      { trail: { logGroup: false } },
      'trail.cloudwatch-logs',
      /--cloud-watch-logs-log-group-arn/
    ],
    ['no metric filter', { filter: false }, 'filter.pattern', /put-metric-filter/],
    [
      'DisableKeyRotation instead of DisableKey',
      {
        filter: {
          pattern:
            '{($.eventSource = kms.amazonaws.com) && (($.eventName=DisableKeyRotation)||($.eventName=ScheduleKeyDeletion)) }'
        }
      },
      'filter.pattern',
      /put-metric-filter/
    ],
    [
      'a clause missing',
      { filter: { pattern: '{ ($.eventSource = kms.amazonaws.com) && ($.eventName = DisableKey) }' } },
      'filter.pattern',
      /put-metric-filter/
    ],
    ['a metric value of 0', { filter: { value: '0' } }, 'filter.metric-value', /metricValue=1/],
    ['no alarm', { alarm: false }, 'alarm.exists', /put-metric-alarm/],
    ['an alarm needing two events', { alarm: { threshold: 2 } }, 'alarm.fires-on-one-event', /--threshold 1/],
    [
      'an alarm needing two datapoints',
      { alarm: { evaluationPeriods: 2, datapointsToAlarm: 2 } },
      'alarm.fires-on-one-event',
      /--evaluation-periods 1/
    ],
    [
      'an alarm with actions disabled',
      { alarm: { actionsEnabled: false } },
      'alarm.actions-enabled',
      /enable-alarm-actions/
    ],
    ['an alarm without an SNS action', { alarm: { alarmActions: [] } }, 'alarm.sns-action', /--alarm-actions/],
    ['a deleted topic', { topic: false }, 'topic.delivery', /create-topic/],
    [
      'a topic encrypted with alias/aws/sns',
      { topic: { kmsMasterKeyId: 'alias/aws/sns' } },
      'topic.delivery',
      /KmsMasterKeyId/
    ],
    ['no subscription', { subscriptions: [] }, 'subscription.confirmed', /aws sns subscribe/]
  ]
  it.each(cases)('fails with %s, naming the link and the fix', async (_name, spec, id, fix) => {
    const run = await verify(spec)
    expect(run.exitCode).toBe(1)
    expect(run.outputs.status).toBe('fail')
    expect(run.outputs.compliant).toBe('false')
    const f = finding(run, id)
    expect(f.status).toBe('fail')
    expect(f.remediation).toMatch(fix)
    expect(
      run.annotations.some((a) => (a.level === 'error' && a.message.includes(id)) || a.properties.title?.includes(id))
    ).toBe(true)
    expect(run.summary).toContain(id)
    expect(run.stdout).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/) // no stack trace
  })

  it('fails a pending subscription (STUB: a proxy makes moto list it as PendingConfirmation)', async () => {
    await seedChain(moto, {})
    const proxy = await startAwsProxy(moto.endpoint, {
      rewriteResponse: (request, body) =>
        request.operation === 'ListSubscriptionsByTopic'
          ? body.replace(
              /<SubscriptionArn>arn:[^<]*<\/SubscriptionArn>/g,
              '<SubscriptionArn>PendingConfirmation</SubscriptionArn>'
            )
          : body
    })
    try {
      const run = await verify(null, {}, 'us-east-1', proxy.endpoint)
      const f = finding(run, 'subscription.confirmed')
      expect(f.status).toBe('fail')
      expect(f.message).toMatch(/pending confirmation/)
    } finally {
      await proxy.close()
    }
  })

  it('makes a log group in another account manual, not a false fail', async () => {
    await seedChain(moto, {
      trail: { logGroupArnOverride: 'arn:aws:logs:us-east-1:999999999999:log-group:org-trail-logs:*' }
    })
    const run = await verify(null)
    expect(run.outputs.status).toBe('manual')
    expect(finding(run, 'filter.pattern').status).toBe('manual')
    expect(finding(run, 'filter.pattern').message).toContain('999999999999')
    expect(run.exitCode).toBe(0) // fail-on: fail does not fail the step on manual
    const strict = await verify(null, { 'fail-on': 'manual' })
    expect(strict.exitCode).toBe(1)
  })

  it('fails only the Security Hub text under pattern-policy security-hub', async () => {
    const pattern =
      '{ $.eventSource = "kms.amazonaws.com" && ($.eventName = "DisableKey" || $.eventName = "ScheduleKeyDeletion") }'
    await seedChain(moto, { filter: { pattern } })
    const semantic = await verify(null)
    expect(semantic.outputs.status).toBe('pass')
    expect(finding(semantic, 'filter.security-hub-text').status).toBe('warn')
    expect(semantic.annotations.some((a) => a.level === 'warning')).toBe(true)
    const strict = await verify(null, { 'pattern-policy': 'security-hub' })
    expect(strict.outputs.status).toBe('fail')
    expect(finding(strict, 'filter.security-hub-text').status).toBe('fail')
  })

  it('does not fail the step with fail-on never', async () => {
    const run = await verify({ alarm: false }, { 'fail-on': 'never' })
    expect(run.outputs.status).toBe('fail')
    expect(run.exitCode).toBe(0)
  })
})

describe('verify: SARIF categories and the names of the fixes', () => {
  const categoryOf = (run: ActionRun) =>
    JSON.parse(readFileSync(path.join(run.workspace, 'results', 'cmk.sarif'), 'utf8')).runs[0].automationDetails.id

  it('gives each account and region its own SARIF category, so uploads never replace each other', async () => {
    await seedChain(moto, { region: 'us-east-1' })
    const east = await verify(null, { 'sarif-file': 'results/cmk.sarif' }, 'us-east-1')
    const west = await verify(null, { 'sarif-file': 'results/cmk.sarif' }, 'eu-west-1')
    expect(categoryOf(east)).toBe('cmk-alarm/123456789012/us-east-1/')
    expect(categoryOf(west)).toBe('cmk-alarm/123456789012/eu-west-1/')
  })

  it('honours the sarif-category input, with its placeholders', async () => {
    const run = await verify({}, { 'sarif-file': 'results/cmk.sarif', 'sarif-category': 'nightly/{region}' })
    expect(categoryOf(run)).toBe('nightly/us-east-1/')
  })

  it('writes the fix commands with the names configured for enforce', async () => {
    const run = await verify(
      { alarm: false },
      {
        'alarm-name': 'kms-key-alarm',
        'metric-filter-name': 'ignored-when-a-filter-exists',
        'sns-topic-name': 'oncall'
      }
    )
    const exists = finding(run, 'alarm.exists')
    expect(exists.status).toBe('fail')
    expect(exists.remediation).toContain('--alarm-name kms-key-alarm')
    expect(finding(run, 'topic.delivery').remediation).toContain('--name oncall')
  })
})

describe('verify: bad input', () => {
  it.each([
    ['mode', 'audit', /"mode"/],
    ['aws-region', 'us_east_1', /"aws-region"/],
    ['fail-on', 'sometimes', /"fail-on"/],
    ['pattern-policy', 'regex', /"pattern-policy"/],
    ['log-group-name', 'arn:aws:logs:us-east-1:1:log-group:x', /"log-group-name"/]
  ])('refuses %s=%s with a message naming the input', async (input, value, named) => {
    // The endpoint is a closed port: a request would fail differently and slowly.
    const run = await runAction({
      inputs: { 'aws-region': 'us-east-1', [input]: value },
      motoEndpoint: 'http://127.0.0.1:9',
      region: 'us-east-1'
    })
    expect(run.exitCode).toBe(1)
    const errors = run.annotations.filter((a) => a.level === 'error')
    expect(errors).toHaveLength(1)
    expect(errors[0].message).toMatch(named)
    expect(errors[0].message).toMatch(/Example of a good value/)
  })
})

it('the bundle exists where action.yml says', () => {
  expect(existsSync(path.join(process.cwd(), 'dist', 'index.js'))).toBe(true)
})
