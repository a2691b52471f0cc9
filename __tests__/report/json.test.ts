import { describe, it, expect } from '@jest/globals'
import { renderJsonReport } from '../../src/report/json.js'
import { buildOutputs } from '../../src/report/outputs.js'
import {
  ALARM_ARN,
  FILTER_NAME,
  LOG_GROUP,
  TOPIC_ARN,
  failingReport,
  hostileReport,
  manualReport,
  passingReport
} from './fixtures.js'
import { expectNoWorkflowCommands } from './helpers.js'

describe('renderJsonReport', () => {
  it('writes the whole report, keys in a fixed order, indented by 2', () => {
    const text = renderJsonReport(passingReport())
    const json = JSON.parse(text)
    expect(Object.keys(json)).toEqual([
      'status',
      'compliant',
      'region',
      'identity',
      'logGroupName',
      'metricFilterName',
      'alarmArn',
      'topicArn',
      'securityHub',
      'chain',
      'findings',
      'control',
      'source',
      'notes'
    ])
    expect(json).toMatchObject({
      status: 'pass',
      compliant: true,
      region: 'us-east-1',
      identity: { account: '123456789012' },
      logGroupName: LOG_GROUP,
      metricFilterName: FILTER_NAME,
      alarmArn: ALARM_ARN,
      topicArn: TOPIC_ARN,
      securityHub: { prediction: 'pass' }
    })
    expect(json.findings).toHaveLength(13)
    expect(Object.keys(json.findings[0])).toEqual([
      'id',
      'status',
      'title',
      'resource',
      'region',
      'message',
      'remediation',
      'control',
      'fix',
      'location'
    ])
    expect(text.startsWith('{\n  "status": "pass",\n  "compliant": true,')).toBe(true)
    expect(text.endsWith('}\n')).toBe(true)
  })

  it('writes null for what is unknown', () => {
    const json = JSON.parse(renderJsonReport(manualReport()))
    expect(json).toMatchObject({ status: 'manual', compliant: false, identity: null, alarmArn: null, topicArn: null })
  })

  it('keeps hostile names exact when parsed, yet safe to print in an Actions log', () => {
    const report = hostileReport()
    const text = renderJsonReport(report)
    expectNoWorkflowCommands(text)
    const json = JSON.parse(text)
    expect(json.findings[4].message).toBe(report.findings[4]!.message)
    expect(json.logGroupName).toBe(report.logGroupName)
  })
})

describe('buildOutputs', () => {
  it('gives every output of a compliant run', () => {
    const out = buildOutputs(passingReport())
    expect(out).toMatchObject({
      status: 'pass',
      compliant: 'true',
      'log-group-name': LOG_GROUP,
      'metric-filter-name': FILTER_NAME,
      'alarm-arn': ALARM_ARN,
      'topic-arn': TOPIC_ARN
    })
    expect(JSON.parse(out.findings)).toHaveLength(13)
    expect(out.findings).not.toContain('\n')
  })

  it('gives empty strings for what is unknown', () => {
    const out = buildOutputs(failingReport())
    expect(out.status).toBe('fail')
    expect(out.compliant).toBe('false')
    expect(out['metric-filter-name']).toBe('')
    expect(out['alarm-arn']).toBe('')
    const findings = JSON.parse(out.findings)
    expect(findings.filter((f: { status: string }) => f.status === 'fail').map((f: { id: string }) => f.id)).toEqual([
      'filter.pattern',
      'filter.metric-value',
      'alarm.exists',
      'subscription.confirmed'
    ])
    expect(Object.values(out).every((v) => typeof v === 'string')).toBe(true)
  })

  it('keeps the findings output one line and exact for hostile names', () => {
    const report = hostileReport()
    const out = buildOutputs(report)
    expect(out.findings).not.toMatch(/[\r\n]/)
    expect(out.findings).not.toContain('##[')
    expect(JSON.parse(out.findings)[0].title).toBe(report.findings[0]!.title)
  })
})
