import { describe, it, expect } from '@jest/globals'
import { renderTerminalReport } from '../../src/report/terminal.js'
import { ALARM_FIX, TRAIL_ARN, failingReport, hostileReport, manualReport, passingReport } from './fixtures.js'
import { expectNoWorkflowCommands, lines } from './helpers.js'

describe('renderTerminalReport', () => {
  it('starts with the verdict, then the chain, with no colour by default', () => {
    const out = renderTerminalReport(passingReport())
    const l = lines(out)
    expect(l[0]).toBe('COMPLIANT: CIS AWS 4.7 / Security Hub CloudWatch.7')
    expect(l[2]).toBe('Region: us-east-1')
    expect(out).toContain(`\nChain\n  [PASS] trail          ${TRAIL_ARN}\n`)
    expect(out).toContain('  [PASS] subscription   s***@example.com')
    expect(out).not.toContain('To fix')
    expect(out).toContain('Security Hub CloudWatch.7 prediction: PASS: ')
    expect(out).toContain('Checks: 13 passed, 0 failed, 0 warnings, 0 undecided')
    expect(out).not.toContain('\u001b')
  })

  it('lists failures with their commands indented', () => {
    const out = renderTerminalReport(failingReport(), { color: false })
    expect(lines(out)[0]).toBe('NOT COMPLIANT: CIS AWS 4.7 / Security Hub CloudWatch.7')
    expect(out).toContain('  [FAIL] metric filter  aws-cloudtrail-logs-org\n')
    const indented = ALARM_FIX.split('\n')
      .map((l) => `           ${l}`)
      .join('\n')
    expect(out).toContain(
      `  [FAIL] alarm.exists: Alarm on the filter metric\n         Resource: CISBenchmark/CMKDisableOrScheduledDeletion\n`
    )
    expect(out).toContain(`         Fix:\n${indented}\n`)
    // The same commands are shown once.
    expect(out).toContain('  [FAIL] filter.metric-value: Metric filter counts each event\n')
    expect(out).toContain('         Fix: the commands for filter.pattern above.\n')
    expect(out).toContain('  [FAIL] alarm          (none)\n')
    expect(out).toContain('Checks: 8 passed, 4 failed, 1 warning, 0 undecided')
    expect(out).toContain('Warnings\n  [WARN] filter.security-hub-text: Security Hub recognises the pattern')
    expect(out.indexOf('Chain')).toBeLessThan(out.indexOf('To fix'))
    expect(out.indexOf('To fix')).toBeLessThan(out.indexOf('Warnings'))
  })

  it('says what could not be decided', () => {
    const out = renderTerminalReport(manualReport())
    expect(lines(out)[0]).toBe('COULD NOT DECIDE: CIS AWS 4.7 / Security Hub CloudWatch.7')
    expect(out).toContain('\nTo check by hand\n')
    expect(out).not.toContain('To fix')
    expect(out).toContain(
      '  [????] alarm.exists: Alarm on the filter metric\n         Could not be decided automatically'
    )
    expect(out).toContain('prediction: UNKNOWN: The alarms could not be read.')
  })

  it('colours when asked', () => {
    const out = renderTerminalReport(failingReport(), { color: true })
    expect(out).toContain('\u001b[31m[FAIL]\u001b[0m')
    expect(out).toContain('\u001b[32m[PASS]\u001b[0m')
  })

  it('prints hostile names inert: one line each, no escape sequences, no workflow commands', () => {
    for (const color of [false, true]) {
      const out = renderTerminalReport(hostileReport(), { color })
      expect(out).not.toContain('\u001b[31mred')
      expect(out).not.toContain('\u202e')
      expectNoWorkflowCommands(out)
      if (!color) expect(out).not.toContain('\u001b')
    }
    // The chain keeps one line per link plus one for its reason.
    const out = renderTerminalReport(hostileReport())
    const chain = lines(out.slice(out.indexOf('\nChain\n') + 7, out.indexOf('\n\nTo fix')))
    expect(chain).toHaveLength(10)
  })
})
