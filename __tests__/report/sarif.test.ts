import { describe, it, expect } from '@jest/globals'
import { FINDING_IDS } from '../../src/model/report.js'
import { buildSarif, TOOL_NAME } from '../../src/report/sarif.js'
import { ALARM_FIX, TOPIC_ARN, failingReport, finding, hostileReport, manualReport, passingReport } from './fixtures.js'

const OPTS = { workflowFile: '.github/workflows/compliance.yml', toolVersion: '0.1.0' }

/* eslint-disable @typescript-eslint/no-explicit-any */
type Json = any

/**
 * The parts of the SARIF 2.1.0 schema and of GitHub's "SARIF support for code scanning" that upload-sarif
 * enforces or relies on. Returns the problems found (empty when valid).
 */
function sarifProblems(log: Json): string[] {
  const problems: string[] = []
  const need = (ok: unknown, what: string) => {
    if (!ok) problems.push(what)
  }
  const nonEmpty = (v: unknown) => typeof v === 'string' && v.trim().length > 0
  need(log.version === '2.1.0', 'version is 2.1.0')
  need(nonEmpty(log.$schema) && /sarif-2\.1\.0/.test(log.$schema), '$schema names SARIF 2.1.0')
  need(Array.isArray(log.runs) && log.runs.length === 1, 'exactly one run')
  const run = log.runs?.[0] ?? {}
  const driver = run.tool?.driver ?? {}
  need(nonEmpty(driver.name), 'tool.driver.name')
  need(Array.isArray(driver.rules) && driver.rules.length > 0, 'tool.driver.rules')
  if (driver.semanticVersion !== undefined)
    need(/^\d+\.\d+\.\d+/.test(driver.semanticVersion), 'semanticVersion is semver')
  if (driver.informationUri !== undefined) need(/^https:\/\//.test(driver.informationUri), 'informationUri is a URL')
  const ids = new Set<string>()
  for (const [i, rule] of (driver.rules ?? []).entries()) {
    need(nonEmpty(rule.id), `rules[${i}].id`)
    need(!ids.has(rule.id), `rules[${i}].id is unique`)
    ids.add(rule.id)
    need(nonEmpty(rule.shortDescription?.text), `rules[${i}].shortDescription.text`)
    need(nonEmpty(rule.fullDescription?.text), `rules[${i}].fullDescription.text`)
    need(nonEmpty(rule.help?.text), `rules[${i}].help.text`)
    if (rule.help?.markdown !== undefined) need(nonEmpty(rule.help.markdown), `rules[${i}].help.markdown`)
    need(
      ['none', 'note', 'warning', 'error'].includes(rule.defaultConfiguration?.level),
      `rules[${i}].defaultConfiguration.level`
    )
    const sev = rule.properties?.['security-severity']
    if (sev !== undefined)
      need(/^\d+(\.\d+)?$/.test(sev) && +sev >= 0 && +sev <= 10, `rules[${i}] security-severity in 0-10`)
  }
  need(Array.isArray(run.results), 'results is an array')
  for (const [i, r] of (run.results ?? []).entries()) {
    need(nonEmpty(r.ruleId) && ids.has(r.ruleId), `results[${i}].ruleId names a rule`)
    if (r.ruleIndex !== undefined)
      need(driver.rules?.[r.ruleIndex]?.id === r.ruleId, `results[${i}].ruleIndex points at its rule`)
    need(['none', 'note', 'warning', 'error'].includes(r.level), `results[${i}].level`)
    need(nonEmpty(r.message?.text), `results[${i}].message.text`)
    need(
      Array.isArray(r.locations) && r.locations.length >= 1 && r.locations.length <= 10,
      `results[${i}] has 1-10 locations`
    )
    for (const [j, loc] of (r.locations ?? []).entries()) {
      const p = loc.physicalLocation ?? {}
      need(nonEmpty(p.artifactLocation?.uri), `results[${i}].locations[${j}] uri`)
      need(
        !/^(\/|[a-z]+:)/i.test(p.artifactLocation?.uri ?? ''),
        `results[${i}].locations[${j}] uri is repository-relative`
      )
      need(
        Number.isInteger(p.region?.startLine) && p.region.startLine >= 1,
        `results[${i}].locations[${j}] startLine >= 1`
      )
    }
    const hash = r.partialFingerprints?.primaryLocationLineHash
    if (hash !== undefined) need(nonEmpty(hash), `results[${i}] primaryLocationLineHash`)
  }
  if (run.automationDetails !== undefined) need(nonEmpty(run.automationDetails.id), 'automationDetails.id')
  return problems
}

describe('buildSarif', () => {
  it('describes every check as a rule, even when all pass, and reports no results', () => {
    const log: Json = buildSarif(passingReport(), OPTS)
    expect(sarifProblems(log)).toEqual([])
    const driver = log.runs[0].tool.driver
    expect(driver.name).toBe(TOOL_NAME)
    expect(driver.name).toBe('cmk-alarm-action')
    expect(driver.semanticVersion).toBe('0.1.0')
    expect(driver.rules.map((r: Json) => r.id)).toEqual([...FINDING_IDS])
    for (const rule of driver.rules) {
      expect(rule.properties.tags).toEqual(['security', 'CIS-AWS-4.7', 'CloudWatch.7'])
      expect(rule.help.markdown).toContain('**How to fix.**')
    }
    expect(log.runs[0].results).toEqual([])
  })

  it('rates the main chain high and the Security Hub wording low', () => {
    const rules: Json[] = (buildSarif(passingReport(), OPTS) as Json).runs[0].tool.driver.rules
    const sev = Object.fromEntries(rules.map((r) => [r.id, Number(r.properties['security-severity'])]))
    expect(sev['filter.pattern']).toBe(7.5)
    expect(sev['subscription.confirmed']).toBe(7.5)
    expect(sev['filter.security-hub-text']).toBeLessThan(4)
  })

  it('reports each failing or warning check, with the resource and the fix', () => {
    const log: Json = buildSarif(failingReport(), { ...OPTS, category: 'prod-account' })
    expect(sarifProblems(log)).toEqual([])
    const results: Json[] = log.runs[0].results
    expect(results.map((r) => [r.ruleId, r.level])).toEqual([
      ['filter.pattern', 'error'],
      ['filter.metric-value', 'error'],
      ['filter.security-hub-text', 'warning'],
      ['alarm.exists', 'error'],
      ['subscription.confirmed', 'error']
    ])
    const alarm = results.find((r) => r.ruleId === 'alarm.exists')!
    expect(alarm.message.text).toContain('No alarm watches the metric')
    expect(alarm.message.text).toContain('Resource: CISBenchmark/CMKDisableOrScheduledDeletion (us-east-1)')
    expect(alarm.message.text).toContain(ALARM_FIX)
    expect(results.find((r) => r.ruleId === 'subscription.confirmed')!.message.text).toContain(TOPIC_ARN)
    expect(alarm.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: '.github/workflows/compliance.yml' },
      region: { startLine: 1 }
    })
    expect(log.runs[0].automationDetails).toEqual({ id: 'prod-account/' })
  })

  it('reports an undecided check as a note', () => {
    const results: Json[] = (buildSarif(manualReport(), OPTS) as Json).runs[0].results
    expect(results.map((r) => [r.ruleId, r.level])).toEqual([
      ['alarm.exists', 'note'],
      ['subscription.confirmed', 'note']
    ])
    expect(results[0].message.text).toMatch(/^Could not be decided automatically/)
  })

  it('fingerprints by check and resource, so alerts neither collapse nor churn', () => {
    const r = failingReport()
    r.findings = [
      finding('alarm.exists', 'fail', { resource: 'arn:a' }),
      finding('alarm.exists', 'fail', { resource: 'arn:b' }),
      finding('alarm.actions-enabled', 'fail', { resource: 'arn:a' })
    ]
    const hashes = (buildSarif(r, OPTS) as Json).runs[0].results.map(
      (x: Json) => x.partialFingerprints.primaryLocationLineHash
    )
    expect(new Set(hashes).size).toBe(3)
    for (const h of hashes) expect(h).toMatch(/^[0-9a-f]{16,}:1$/)
    const again = (buildSarif(r, OPTS) as Json).runs[0].results.map(
      (x: Json) => x.partialFingerprints.primaryLocationLineHash
    )
    expect(again).toEqual(hashes)
  })

  it('defaults the category and makes the workflow path repository-relative', () => {
    const log: Json = buildSarif(failingReport(), { ...OPTS, workflowFile: './.github/workflows/x.yml' })
    expect(log.runs[0].automationDetails.id).toBe('cmk-alarm/')
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('.github/workflows/x.yml')
  })

  it('stays valid with hostile names', () => {
    const log: Json = buildSarif(hostileReport(), OPTS)
    expect(sarifProblems(log)).toEqual([])
    const text = JSON.stringify(log)
    expect(JSON.parse(text)).toEqual(log)
    expect(text).not.toContain('\\u001b')
  })

  it('catches what it should (the checker itself)', () => {
    const log: Json = buildSarif(failingReport(), OPTS)
    log.runs[0].results[0].ruleId = 'nope'
    log.runs[0].results[1].message.text = ''
    log.runs[0].results[2].locations[0].physicalLocation.region.startLine = 0
    expect(sarifProblems(log)).toEqual([
      'results[0].ruleId names a rule',
      'results[0].ruleIndex points at its rule',
      'results[1].message.text',
      'results[2].locations[0] startLine >= 1'
    ])
  })
})
