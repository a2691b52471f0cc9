import { describe, it, expect } from '@jest/globals'
import { MAX_SUMMARY_BYTES, renderSummaryMarkdown } from '../../src/report/summary.js'
import {
  ALARM_FIX,
  FILTER_FIX,
  SUBSCRIBE_FIX,
  TOPIC_ARN,
  TRAIL_ARN,
  failingReport,
  finding,
  hostileReport,
  manualReport,
  passingReport
} from './fixtures.js'
import { cellsOf, expectNoWorkflowCommands, lines, tablesOf } from './helpers.js'

/** Index of the first line starting with `prefix`, or -1. */
const lineIndex = (md: string, prefix: string): number => lines(md).findIndex((l) => l.startsWith(prefix))

describe('renderSummaryMarkdown: a compliant account', () => {
  const md = renderSummaryMarkdown(passingReport())

  it('opens with the verdict, region and identity', () => {
    const [first, , sentence, , facts] = lines(md)
    expect(first).toBe('## ✅ Compliant')
    expect(sentence).toMatch(/confirmed subscription/)
    expect(facts).toContain('**Region:** us-east-1')
    expect(facts).toContain(
      '**Identity:** arn:aws:sts::123456789012:assumed-role/compliance-reader/gha (account 123456789012)'
    )
  })

  it('shows the chain as a Link / Resource / Verdict / Why table', () => {
    const [chain] = tablesOf(md)
    expect(cellsOf(chain![0]!)).toEqual(['Link', 'Resource', 'Verdict', 'Why'])
    expect(chain).toHaveLength(2 + 5)
    expect(cellsOf(chain![2]!)).toEqual([
      'trail',
      TRAIL_ARN,
      '✅ pass',
      'Multi-Region, logging, management events to CloudWatch Logs'
    ])
    expect(chain!.slice(2).map((r) => cellsOf(r)[0])).toEqual([
      'trail',
      'metric filter',
      'alarm',
      'topic',
      'subscription'
    ])
  })

  it('has nothing to fix and no warnings', () => {
    expect(md).not.toContain('### What to fix')
    expect(md).not.toContain('### Warnings')
    expect(md).not.toContain('```')
  })

  it('predicts Security Hub and lists every finding in a collapsed section', () => {
    expect(md).toContain('### Security Hub CloudWatch.7 prediction\n\n✅ **Pass**: The filter pattern is the CIS text')
    expect(md).toContain('<details>\n<summary>All findings (13)</summary>')
    const details = tablesOf(md)[1]!
    expect(cellsOf(details[0]!)).toEqual(['Check', 'Verdict', 'Title', 'Resource', 'Message'])
    expect(details).toHaveLength(2 + 13)
    expect(md.trimEnd().endsWith('</details>')).toBe(true)
  })
})

describe('renderSummaryMarkdown: a non-compliant account', () => {
  const md = renderSummaryMarkdown(failingReport(), {
    mode: 'verify',
    changesTable: '| Resource | Change |\n| --- | --- |\n| alarm | would create |'
  })

  it('says how many checks failed before anything else', () => {
    expect(lines(md)[0]).toBe('## ❌ Not compliant')
    expect(lines(md)[2]).toMatch(/^4 checks failed: nobody would be notified when a KMS key is disabled/)
    expect(lines(md)[4]).toContain('**Mode:** verify')
  })

  it('keeps the sections in order: verdict, chain, changes, fixes, warnings, Security Hub, details', () => {
    const order = [
      '## ❌ Not compliant',
      '### The chain',
      '### Changes',
      '### What to fix',
      '### Warnings',
      '### Security Hub CloudWatch.7 prediction',
      '<details>'
    ].map((h) => lineIndex(md, h))
    expect(order.every((i) => i >= 0)).toBe(true)
    expect([...order].sort((a, b) => a - b)).toEqual(order)
  })

  it('marks the broken links of the chain', () => {
    const chain = tablesOf(md)[0]!
    expect(chain.slice(2).map((r) => cellsOf(r)[2])).toEqual(['✅ pass', '❌ fail', '❌ fail', '✅ pass', '❌ fail'])
    // No alarm, so no resource: a dash rather than an empty cell.
    expect(cellsOf(chain[4]!)).toEqual(['alarm', '—', '❌ fail', 'No alarm: there is no metric'])
  })

  it('gives each failure its message and its commands in a bash block', () => {
    for (const [id, fix] of [
      ['filter.pattern', FILTER_FIX],
      ['alarm.exists', ALARM_FIX],
      ['subscription.confirmed', SUBSCRIBE_FIX]
    ]) {
      expect(md).toContain(`#### ❌ ${id}: `)
      const heading = md.indexOf(`#### ❌ ${id}: `)
      const next = md.indexOf('\n#### ', heading + 1)
      const block = md.slice(heading, next === -1 ? undefined : next)
      expect(block).toContain('```bash\n' + fix + '\n```')
    }
    expect(md).toContain('The commands for filter.pattern above fix this too.')
    expect(md.split(FILTER_FIX)).toHaveLength(2)
    expect(md).toContain('**Resource:** ' + TOPIC_ARN)
    expect(md).toContain('The topic has 1 subscription, pending confirmation: s\\*\\*\\*@example.com.')
  })

  it('lists the warnings', () => {
    expect(md).toContain('- ⚠️ **filter.security-hub-text** Security Hub recognises the pattern')
    expect(md).toContain('Security Hub will not find a CIS pattern on this log group.')
  })

  it('predicts the Security Hub failure', () => {
    expect(md).toContain('❌ **Fail**: No metric filter with the CIS pattern on the trail log group.')
  })

  it('includes the changes table as given', () => {
    expect(md).toContain('### Changes\n\n| Resource | Change |\n| --- | --- |\n| alarm | would create |')
  })
})

describe('renderSummaryMarkdown: an account that could not be decided', () => {
  const md = renderSummaryMarkdown(manualReport(), { identityLabel: 'role/compliance-reader' })

  it('says it could not decide, and why, without an identity it was not given', () => {
    expect(lines(md)[0]).toBe('## ⚠️ Could not decide')
    expect(lines(md)[2]).toMatch(/^2 checks could not be decided/)
    expect(md).toContain('**Identity:** role/compliance-reader')
  })

  it('lists the undecided checks as things to check by hand', () => {
    expect(md).toContain('#### ❔ alarm.exists: Alarm on the filter metric')
    expect(md).toContain('This check could not be decided automatically; check it by hand.')
    expect(md).toContain('cloudwatch:DescribeAlarms was denied')
    expect(md).toContain('❔ **Unknown**: The alarms could not be read.')
  })
})

describe('renderSummaryMarkdown: hostile names', () => {
  const md = renderSummaryMarkdown(hostileReport(), { mode: 'enforce' })

  it('keeps every table row at its number of columns', () => {
    const tables = tablesOf(md)
    expect(tables).toHaveLength(2)
    const [chain, details] = tables
    expect(chain).toHaveLength(2 + 5)
    for (const row of chain!) expect(cellsOf(row)).toHaveLength(4)
    expect(details).toHaveLength(2 + 13)
    for (const row of details!) expect(cellsOf(row)).toHaveLength(5)
  })

  /** The document without its fenced code blocks (where HTML is shown as text, never rendered). */
  const outsideCode = md.replace(/^(`{3,})bash\n[\s\S]*?\n\1$/gm, '')

  it('lets no HTML through', () => {
    expect(outsideCode.length).toBeLessThan(md.length)
    expect(outsideCode).not.toContain('<img')
    expect(outsideCode).not.toContain('<script')
    expect(md).toContain('&lt;img src=x onerror=alert(1)&gt;')
    // Only the details element this renderer opens and closes.
    expect(outsideCode.match(/<\/?details>/g)).toEqual(['<details>', '</details>'])
    expect(outsideCode.match(/<\/?summary>/g)).toEqual(['<summary>', '</summary>'])
  })

  it('lets no link, terminal escape or bidi override through outside code blocks', () => {
    expect(outsideCode).not.toMatch(/[^\\]\[link\]\(/)
    expect(md).not.toMatch(/[\u001b\u202e]/)
  })

  it('fences each remediation so the content cannot close it', () => {
    const all = lines(md)
    const opens = all.map((l, i) => [l, i] as const).filter(([l]) => /^`{3,}bash$/.test(l))
    // filter.metric-value has the same commands as filter.pattern, shown once.
    expect(opens.length).toBe(3)
    for (const [open, i] of opens) {
      const fence = open.replace('bash', '')
      expect(fence.length).toBeGreaterThan(4)
      const close = all.findIndex((l, j) => j > i && /^`{3,}\s*$/.test(l) && l.trim().length >= fence.length)
      const body = all.slice(i + 1, close).join('\n')
      expect(body).toContain("aws logs describe-log-groups --log-group-name-prefix 'evil|name")
      expect(body).toContain('````')
      expect(all[close]).toBe(fence)
    }
  })

  it('has no line a runner would take for a workflow command', () => {
    expectNoWorkflowCommands(md)
  })
})

describe('renderSummaryMarkdown: size', () => {
  it('stays under 1 MiB, cutting the details with a note', () => {
    const r = failingReport()
    const long = 'x'.repeat(900)
    r.findings = Array.from({ length: 3000 }, (_, i) =>
      finding('filter.security-hub-text', i < 1500 ? 'pass' : 'warn', { resource: `${i}${long}`, message: long })
    )
    r.findings.unshift(finding('alarm.exists', 'fail', { remediation: ALARM_FIX }))
    const md = renderSummaryMarkdown(r)
    expect(Buffer.byteLength(md, 'utf8')).toBeLessThanOrEqual(MAX_SUMMARY_BYTES)
    expect(md).toContain('#### ❌ alarm.exists')
    expect(md).toContain('### Security Hub CloudWatch.7 prediction')
    expect(md).toMatch(/_\d+ more (warnings|findings) not shown: the job summary is limited to 1 MiB/)
    expect(md.trimEnd().endsWith('</details>')).toBe(true)
  })

  it('honours a smaller limit', () => {
    const md = renderSummaryMarkdown(failingReport(), {}, 6_000)
    expect(Buffer.byteLength(md, 'utf8')).toBeLessThanOrEqual(6_000)
    expect(md).toContain('## ❌ Not compliant')
    expect(md).toMatch(/more (checks to fix|warnings|findings) not shown/)
  })
})
