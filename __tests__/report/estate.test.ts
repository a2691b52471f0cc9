// The estate renderers: the job summary (table first, then each target's details), the outputs, the run report file
// and reading it back, and the CLI's report.
import { describe, it, expect } from '@jest/globals'
import type { EstateRun, EstateTarget } from '../../src/model/estate.js'
import { MAX_SUMMARY_BYTES } from '../../src/report/summary.js'
import {
  buildEstateOutputs,
  demoteHeadings,
  renderEstatePlanText,
  renderEstateSummaryMarkdown
} from '../../src/report/estate.js'
import { fromRunReportFile, renderRunReportFile, RunReportError } from '../../src/report/estate-json.js'
import { renderEstateTerminal } from '../../src/report/estate-terminal.js'
import { HOSTILE, failingReport, hostileReport, manualReport, passingReport } from './fixtures.js'
import { cellsOf, expectNoWorkflowCommands, tablesOf } from './helpers.js'
import type { Report } from '../../src/model/report.js'

const target = (account: string, report: Report, more: Partial<EstateTarget> = {}): EstateTarget => ({
  account,
  region: 'us-east-1',
  report: { ...report, identity: { account, arn: `arn:aws:sts::${account}:assumed-role/cmk-alarm-verify/s` } },
  ...more
})

const run = (targets: EstateTarget[]): EstateRun => ({
  control: 'cis-aws-4.7',
  mode: 'verify',
  status: targets.some((t) => t.report.status === 'fail')
    ? 'fail'
    : targets.some((t) => t.report.status === 'manual')
      ? 'manual'
      : 'pass',
  targets
})

const estate = run([
  target('111111111111', passingReport(), { name: 'prod' }),
  target('222222222222', failingReport()),
  target('333333333333', manualReport(), { error: 'Could not assume arn:aws:iam::333333333333:role/r: AccessDenied' })
])

describe('the estate summary', () => {
  const md = renderEstateSummaryMarkdown(estate, { identityLabel: 'arn:aws:sts::123456789012:assumed-role/hub/s' })

  it('opens with the verdict, then one row per account and region', () => {
    expect(md.split('\n')[0]).toBe('## ❌ Not compliant: 1 of 3 targets')
    const [table] = tablesOf(md)
    expect(cellsOf(table[0])).toEqual(['Account', 'Region', 'Status', 'First failing link', 'Details'])
    expect(table.slice(2).map((r) => cellsOf(r).slice(0, 3))).toEqual([
      ['111111111111 (prod)', 'us-east-1', '✅ pass'],
      ['222222222222', 'us-east-1', '❌ fail'],
      ['333333333333', 'us-east-1', '❔ could not decide']
    ])
    expect(cellsOf(table[3])[3]).toMatch(/^metric filter: /)
    expect(cellsOf(table[4])[3]).toBe(
      'could not be checked: Could not assume arn:aws:iam::333333333333:role/r: AccessDenied'
    )
    expect(cellsOf(table[2])[4]).toBe('[details](#account-111111111111-region-us-east-1)')
  })

  it('then each target: collapsed when it passed, open otherwise, its headings below its own', () => {
    expect(md).toContain('### Account 111111111111, region us-east-1\n\n<details>\n<summary>✅ pass: prod</summary>')
    expect(md).toContain('### Account 222222222222, region us-east-1\n\n<details open>\n<summary>❌ fail</summary>')
    expect(md).toContain('#### ❌ Not compliant')
    expect(md).not.toMatch(/^## (?!❌ Not compliant: 1 of 3)/m)
    expect(md.indexOf('### Account 111111111111')).toBeGreaterThan(md.indexOf('| 333333333333 |'))
    expectNoWorkflowCommands(md)
  })

  it('escapes hostile names and keeps every row of the table whole', () => {
    const hostile = renderEstateSummaryMarkdown(run([target('111111111111', hostileReport(), { name: HOSTILE })]))
    const [table] = tablesOf(hostile)
    expect(table).toHaveLength(3)
    expect(cellsOf(table[2])).toHaveLength(5)
    // Outside the fenced code blocks (where HTML is shown as text, never rendered).
    const outsideCode = hostile.replace(/^(`{3,})bash\n[\s\S]*?\n\1$/gm, '')
    expect(outsideCode).not.toMatch(/<img|<script/i)
    expect(hostile).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expectNoWorkflowCommands(hostile)
  })

  it('stays within the 1 MiB GitHub takes, failing targets first, and says what it left out', () => {
    const many = run(
      Array.from({ length: 3000 }, (_, i) =>
        target(String(100000000000 + i), i % 2 ? failingReport() : passingReport())
      )
    )
    const big = renderEstateSummaryMarkdown(many)
    expect(Buffer.byteLength(big)).toBeLessThanOrEqual(MAX_SUMMARY_BYTES)
    expect(tablesOf(big)[0].length - 2).toBe(3000)
    expect(big).toMatch(/_The details of \d+ targets are not shown: the job summary is limited to 1 MiB/)
    // The room went to targets that did not pass.
    const shown = [...big.matchAll(/^### Account (\d+),/gm)].map((m) => Number(m[1]) % 2)
    expect(shown.length).toBeGreaterThan(10)
    expect(shown.every((odd) => odd === 1)).toBe(true)
  })
})

describe('demoteHeadings', () => {
  it('moves headings down but leaves fenced code alone', () => {
    const md = '## A\ntext\n```bash\n# a comment\n```\n#### B\n````\n```\n# x\n```\n````\n'
    expect(demoteHeadings(md, 2)).toBe('#### A\ntext\n```bash\n# a comment\n```\n###### B\n````\n```\n# x\n```\n````\n')
  })
})

describe('the estate outputs', () => {
  it('count the targets and list their statuses; findings that did not pass carry their account', () => {
    const out = buildEstateOutputs(estate)
    expect([
      out.status,
      out.compliant,
      out['target-count'],
      out['pass-count'],
      out['fail-count'],
      out['manual-count']
    ]).toEqual(['fail', 'false', '3', '1', '1', '1'])
    expect(JSON.parse(out.targets)).toEqual([
      {
        account: '111111111111',
        region: 'us-east-1',
        name: 'prod',
        status: 'pass',
        compliant: true,
        firstFailingLink: null,
        reason: null,
        chainAccount: null
      },
      expect.objectContaining({ account: '222222222222', status: 'fail', firstFailingLink: 'metric filter' }),
      expect.objectContaining({ account: '333333333333', status: 'manual', firstFailingLink: null })
    ])
    const findings = JSON.parse(out.findings) as Array<{ account: string; status: string }>
    expect(new Set(findings.map((f) => f.account))).toEqual(new Set(['222222222222', '333333333333']))
    expect(findings.every((f) => f.status !== 'pass')).toBe(true)
    expect(out['log-group-name']).toBe('')
  })
})

describe('the run report file', () => {
  it('reads back to the same targets', () => {
    const text = renderRunReportFile(estate, '9.9.9')
    const back = fromRunReportFile(text, 'r.json')
    expect(back.control).toBe('cis-aws-4.7')
    expect(back.targets.map((t) => [t.account, t.name, t.error])).toEqual([
      ['111111111111', 'prod', undefined],
      ['222222222222', undefined, undefined],
      ['333333333333', undefined, 'Could not assume arn:aws:iam::333333333333:role/r: AccessDenied']
    ])
    for (const [i, t] of back.targets.entries()) {
      const { compliant, ...rest } = t.report
      expect(compliant).toBe(estate.targets[i].report.compliant)
      expect(rest).toEqual(
        expect.objectContaining({
          status: estate.targets[i].report.status,
          findings: estate.targets[i].report.findings,
          chain: estate.targets[i].report.chain
        })
      )
    }
  })

  it('refuses what it cannot render, naming the file and the field', () => {
    const file = JSON.parse(renderRunReportFile(estate, '9.9.9'))
    file.targets[1].findings[0].status = 'great'
    expect(() => fromRunReportFile(JSON.stringify(file), 'r.json')).toThrow(
      new RunReportError('r.json: targets[1].findings[0].status must be one of pass, fail, warn, manual')
    )
    file.targets[1].findings[0].status = 'fail'
    file.targets[0].account = '<b>1</b>'
    expect(() => fromRunReportFile(JSON.stringify(file), 'r.json')).toThrow(
      'targets[0].account must be a 12-digit account id'
    )
    expect(() => fromRunReportFile('not json', 'x.json')).toThrow(/^x\.json: not JSON/)
  })
})

describe('the CLI report and the plan', () => {
  it('prints one line per target, then the report of each that did not pass', () => {
    const text = renderEstateTerminal(estate)
    const lines = text.split('\n')
    expect(lines[0]).toBe('NOT COMPLIANT: 1 OF 3 TARGETS (CIS AWS 4.7 / Security Hub CloudWatch.7)')
    expect(lines.slice(3, 6)).toEqual([
      '  [PASS] 111111111111 us-east-1',
      '  [FAIL] 222222222222 us-east-1  metric filter: No filter matches DisableKey and ScheduleKeyDeletion',
      '  [????] 333333333333 us-east-1  could not be checked: Could not assume arn:aws:iam::333333333333:role/r: AccessDenied'
    ])
    expect(text).toContain('Targets: 3: 1 passed, 1 failed, 1 undecided')
    expect(text).toContain('=== 222222222222 us-east-1 ===')
    expect(text).not.toContain('=== 111111111111 us-east-1 ===')
    expectNoWorkflowCommands(text)
  })

  it('prints every target’s plan', () => {
    const planned = run([
      target('111111111111', passingReport(), {
        enforce: { changes: [], dryRun: true, applied: false, blockers: [], notes: [] }
      }),
      target('222222222222', failingReport(), {
        enforce: {
          changes: [
            {
              action: 'create',
              type: 'subscription',
              name: 'email:s***@example.com',
              arn: '',
              region: 'us-east-1',
              before: null,
              after: { protocol: 'email', endpoint: 'secops@example.com' },
              reason: 'wanted'
            }
          ],
          dryRun: true,
          applied: false,
          blockers: [],
          notes: []
        }
      })
    ])
    expect(renderEstatePlanText(planned)).toBe(
      [
        'Plan for 2 targets (dry run: nothing will be changed):',
        '  111111111111 us-east-1: nothing to change',
        '  222222222222 us-east-1: create subscription email:s***@example.com'
      ].join('\n')
    )
  })
})
