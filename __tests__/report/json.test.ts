import { describe, it, expect } from '@jest/globals'
import { renderJsonReport, stringifyForLog } from '../../src/report/json.js'
import {
  MAX_FINDINGS_OUTPUT_CHARS,
  MAX_CHANGES_OUTPUT_CHARS,
  MAX_NAME_OUTPUT_CHARS,
  buildChangesOutput,
  buildOutputs
} from '../../src/report/outputs.js'
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

describe('control characters in the JSON (stringifyForLog)', () => {
  it('escapes every character a terminal may act on, and parses back to the same data', () => {
    const nasty =
      'a\u001b]8;;https://evil.example\u0007link\u001b]8;;\u0007 \u009b31m \u009d0;title\u009c \u202eevil \u2028x\u2029y \u007f'
    const text = stringifyForLog({ name: nasty }, 2)
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/)
    expect(JSON.parse(text)).toEqual({ name: nasty })
  })
})

describe('output size bounds', () => {
  const huge = (n: number) => 'x'.repeat(n)

  it('cuts long texts of a huge findings output first, keeping every finding, with a note pointing at the SARIF file', () => {
    const report = failingReport()
    report.findings = report.findings.map((f) => ({ ...f, message: huge(100_000), remediation: huge(50_000) }))
    const out = buildOutputs(report, { sarifFile: 'results/cmk.sarif' })
    expect(out.findings.length).toBeLessThanOrEqual(MAX_FINDINGS_OUTPUT_CHARS)
    const findings = JSON.parse(out.findings)
    expect(findings).toHaveLength(14)
    expect(findings.slice(0, 13).map((f: { id: string }) => f.id)).toEqual(report.findings.map((f) => f.id))
    expect(findings[0].message).toHaveLength(2_000)
    expect(findings[13]).toMatchObject({
      id: 'output.cut',
      status: 'warn',
      message:
        'The findings output is bounded to 200,000 characters: 26 texts were cut to 2,000 characters. Every finding is whole in the SARIF file results/cmk.sarif and in the job summary.'
    })
  })

  it('leaves out whole findings when cut texts are still too many, and says how many', () => {
    const report = failingReport()
    const many = Array.from({ length: 400 }, () => ({ ...report.findings[0]!, message: huge(3_000) }))
    report.findings = many
    const out = buildOutputs(report)
    expect(out.findings.length).toBeLessThanOrEqual(MAX_FINDINGS_OUTPUT_CHARS)
    const findings = JSON.parse(out.findings)
    const note = findings[findings.length - 1]
    expect(findings.length).toBeGreaterThan(50)
    expect(note.message).toContain(`${400 - (findings.length - 1)} of 400 findings were left out`)
    expect(note.message).toContain('set the sarif-file input')
  })

  it('leaves a findings output under the bound as it is', () => {
    const out = buildOutputs(failingReport())
    expect(JSON.parse(out.findings)).toHaveLength(13)
    expect(out.findings).not.toContain('output.cut')
  })

  it('bounds every name output, and the changes output', () => {
    const report = passingReport()
    report.logGroupName = huge(5_000_000)
    expect(buildOutputs(report)['log-group-name'].length).toBeLessThanOrEqual(MAX_NAME_OUTPUT_CHARS)
    const changes = Array.from({ length: 5 }, () => ({
      action: 'update' as const,
      type: 'metric-filter' as const,
      name: 'f',
      arn: '',
      before: { pattern: huge(1_000_000) },
      after: null
    }))
    const text = buildChangesOutput(changes)
    expect(text.length).toBeLessThanOrEqual(MAX_CHANGES_OUTPUT_CHARS)
    const parsed = JSON.parse(text)
    expect(parsed).toHaveLength(6)
    expect(parsed[5]).toMatchObject({ type: 'output-cut' })
  })
})
