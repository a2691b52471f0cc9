// The control seam holds: a second control, defined only here (a descriptor for CloudTrail configuration changes, in
// the manner of CIS AWS 4.5), is judged end to end through the same code as CIS AWS 4.7 — the pattern coverage, the
// trail selectors, the link judges, the reports and the enforce planner — without touching CIS 4.7's files.
import { describe, it, expect } from '@jest/globals'
import { CIS_AWS_4_7 } from '../../src/controls/cis-4.7.js'
import type { CloudTrailRecord, ControlDescriptor } from '../../src/controls/types.js'
import { chooseMetric, chooseTarget, planChanges, type EnforceFacts } from '../../src/enforce/plan.js'
import { parseEnforceSettings } from '../../src/enforce/settings.js'
import { createContext, evaluate } from '../../src/judge/index.js'
import type { Report } from '../../src/model/report.js'
import { buildSarif } from '../../src/report/sarif.js'
import { renderSummaryMarkdown } from '../../src/report/summary.js'
import { renderTerminalReport } from '../../src/report/terminal.js'
import { ACCOUNT, compliantState } from '../judge/state-fixtures.js'

const SOURCE = 'cloudtrail.amazonaws.com'
const CALLS = ['CreateTrail', 'UpdateTrail', 'DeleteTrail', 'StartLogging', 'StopLogging']
const PATTERN = `{ ($.eventSource = ${SOURCE}) && (${CALLS.map((c) => `($.eventName = ${c})`).join(' || ')}) }`

function sample(eventName: string): CloudTrailRecord {
  return {
    eventVersion: '1.09',
    userIdentity: { type: 'IAMUser', arn: 'arn:aws:iam::111122223333:user/Alice', accountId: '111122223333' },
    eventTime: '2026-01-15T09:00:00Z',
    eventSource: SOURCE,
    eventName,
    awsRegion: 'us-east-1',
    sourceIPAddress: '192.0.2.0',
    userAgent: 'aws-cli/2.15.0',
    requestParameters: { name: 'management' },
    responseElements: null,
    readOnly: false,
    eventType: 'AwsApiCall',
    recipientAccountId: '111122223333'
  }
}

/** Only in this test: the registry (src/controls/index.ts) does not know it. */
const TRAIL_CHANGES: ControlDescriptor = {
  id: 'test-cloudtrail-changes',
  name: 'TEST CloudTrail configuration changes',
  reference: 'a test-only control',
  securityHub: { id: 'CloudWatch.5', url: 'https://example.com/cloudwatch-5' },
  tags: ['security', 'TEST-CloudTrail-changes'],
  target: {
    eventSource: SOURCE,
    eventNames: CALLS,
    description: 'CloudTrail configuration change events',
    sample,
    failure: { errorCode: 'TrailNotFoundException', errorMessage: 'Unknown trail' },
    relatedEventNames: ['DescribeTrails', 'GetTrailStatus', 'LookupEvents', 'PutEventSelectors']
  },
  patterns: { cis: PATTERN, securityHub: PATTERN.replace(/ /g, '') },
  alarm: { ...CIS_AWS_4_7.alarm, period: 60, description: 'TEST: a trail changed.' },
  defaults: {
    filterName: 'trail-changes',
    metricName: 'TrailChanges',
    metricNamespace: 'TestBenchmark',
    alarmName: 'trail-changes',
    topicName: 'trail-alarms'
  },
  verdict: { pass: 'Trail changes are alarmed', failConsequence: 'nobody would hear of a trail being stopped' },
  findings: Object.fromEntries(
    Object.entries(CIS_AWS_4_7.findings).map(([id, text]) => [
      id,
      { title: `TEST ${id}`, failTitle: `TEST ${id} fails`, rule: { ...text.rule, full: `TEST rule for ${id}.` } }
    ])
  ) as ControlDescriptor['findings'],
  extraChecks: CIS_AWS_4_7.extraChecks
}

const judge = (report: Report) => Object.fromEntries(report.findings.map((f) => [f.id, f.status]))

describe('a second control through the same code', () => {
  it('passes a chain whose filter covers its own events, with its own id and titles', () => {
    const report = evaluate(compliantState({ pattern: PATTERN }), { control: TRAIL_CHANGES, patternPolicy: 'semantic' })
    expect(report.status).toBe('pass')
    expect(report.control).toBe('test-cloudtrail-changes')
    expect(report.findings.every((f) => f.control === 'test-cloudtrail-changes')).toBe(true)
    expect(report.findings.find((f) => f.id === 'filter.pattern')?.title).toBe('TEST filter.pattern')
    const failing = evaluate(compliantState(), { control: TRAIL_CHANGES, patternPolicy: 'semantic' })
    expect(failing.findings.find((f) => f.id === 'filter.metric-value')?.title).toBe('TEST filter.metric-value')
    expect(failing.findings.find((f) => f.id === 'filter.security-hub-text')?.title).toBe(
      'TEST filter.security-hub-text fails'
    )
    expect(report.findings.find((f) => f.id === 'filter.pattern')?.message).toContain('StopLogging')
  })

  it('fails the KMS filter for its events, while CIS 4.7 passes the same account', () => {
    const state = compliantState()
    expect(evaluate(state, { patternPolicy: 'semantic' }).status).toBe('pass')
    const report = evaluate(state, { control: TRAIL_CHANGES, patternPolicy: 'semantic' })
    expect(report.status).toBe('fail')
    const pattern = report.findings.find((f) => f.id === 'filter.pattern')!
    expect(pattern.status).toBe('fail')
    expect(pattern.message).toMatch(/does not match every CreateTrail and UpdateTrail .* event/)
    expect(pattern.message).toContain('"eventSource":"cloudtrail.amazonaws.com"')
    // The fix writes this control's pattern and names, not CIS 4.7's.
    expect(pattern.fix?.commands).toContain('--filter-name cmk-filter')
    expect(pattern.fix?.commands).toContain('(($.eventName = CreateTrail) || ($.eventName = UpdateTrail)')
  })

  it('judges the trail selectors against its own event source', () => {
    const excluding = compliantState({
      pattern: PATTERN,
      trail: {
        selectors: {
          ok: true,
          value: {
            basic: [{ readWriteType: 'All', includeManagementEvents: true, excludeManagementEventSources: [SOURCE] }],
            advanced: []
          }
        }
      }
    })
    expect(
      judge(evaluate(excluding, { control: TRAIL_CHANGES, patternPolicy: 'semantic' }))['trail.kms-events-included']
    ).toBe('fail')
    expect(
      judge(
        evaluate(compliantState({ trail: excluding.trails.ok ? excluding.trails.value[0] : undefined }), {
          patternPolicy: 'semantic'
        })
      )['trail.kms-events-included']
    ).toBe('pass')
  })

  it('renders its name, verdict and rules in the summary, the terminal and SARIF', () => {
    const report = evaluate(compliantState(), { control: TRAIL_CHANGES, patternPolicy: 'semantic' })
    const summary = renderSummaryMarkdown(report, { control: TRAIL_CHANGES })
    expect(summary).toContain('nobody would hear of a trail being stopped (a test-only control)')
    expect(summary).toContain('### Security Hub CloudWatch.5 prediction')
    expect(renderTerminalReport(report, { control: TRAIL_CHANGES })).toContain(
      'NOT COMPLIANT: TEST CloudTrail configuration changes'
    )
    const sarif = buildSarif(report, { workflowFile: 'w.yml', toolVersion: '0', control: TRAIL_CHANGES }) as {
      runs: {
        tool: { driver: { rules: { id: string; fullDescription: { text: string }; properties: { tags: string[] } }[] } }
      }[]
    }
    const rule = sarif.runs[0].tool.driver.rules.find((r) => r.id === 'filter.pattern')!
    expect(rule.fullDescription.text).toBe('TEST rule for filter.pattern. (a test-only control.)')
    expect(rule.properties.tags).toContain('TEST-CloudTrail-changes')
  })

  it('plans its own filter and alarm in enforce', () => {
    const state = compliantState({ alarms: [] })
    const ctx = createContext(state, { control: TRAIL_CHANGES, patternPolicy: 'semantic' })
    const target = chooseTarget(ctx)
    if ('blocker' in target) throw new Error(target.blocker)
    const metric = chooseMetric(ctx, target)
    expect(metric).toMatchObject({ reused: false, filterName: 'trail-changes', metricNamespace: 'TestBenchmark' })
    const topicArn = `arn:aws:sns:us-east-1:${ACCOUNT}:trail-alarms`
    const facts: EnforceFacts = {
      account: ACCOUNT,
      partition: 'aws',
      metricAlarms: [],
      topic: { arn: topicArn, exists: false, subscriptions: [], tags: {} }
    }
    const plan = planChanges(
      ctx,
      target,
      metric,
      facts,
      parseEnforceSettings(() => '')
    )
    const filter = plan.changes.find((c) => c.type === 'metric-filter')!
    expect(filter).toMatchObject({
      action: 'create',
      name: 'trail-changes',
      after: { pattern: PATTERN, metricName: 'TrailChanges' }
    })
    expect(filter.reason).toContain('CreateTrail and UpdateTrail')
    const alarm = plan.changes.find((c) => c.type === 'alarm')!
    expect(alarm.after).toMatchObject({ metric: 'TestBenchmark/TrailChanges', period: 60, alarmActions: [topicArn] })
  })
})
