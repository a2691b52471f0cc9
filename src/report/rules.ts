// The words every renderer shares: status icons and words, and the verdict of a report. What each check requires
// (the SARIF rules) lives in the control's descriptor (src/controls).
import { controlById, DEFAULT_CONTROL } from '../controls/index.js'
import type { ControlDescriptor } from '../controls/types.js'
import type { FindingStatus, OverallStatus, Report } from '../model/report.js'

/**
 * The descriptor of the control a report is about: the one given (a control outside the registry, e.g. in tests),
 * else the registered one of that id, else the default.
 */
export function controlOf(report: Pick<Report, 'control'>, given?: ControlDescriptor): ControlDescriptor {
  return given ?? controlById(report.control) ?? DEFAULT_CONTROL
}

export const STATUS_ICON: Record<FindingStatus, string> = {
  pass: '✅',
  fail: '❌',
  warn: '⚠️',
  manual: '❔'
}

export const STATUS_WORD: Record<FindingStatus, string> = {
  pass: 'pass',
  fail: 'fail',
  warn: 'warning',
  manual: 'could not decide'
}

export interface Verdict {
  icon: string
  heading: string
  sentence: string
}

export function verdictOf(report: Report, control: ControlDescriptor = controlOf(report)): Verdict {
  const count = (s: FindingStatus) => report.findings.filter((f) => f.status === s).length
  const checks = (n: number) => `${n} check${n === 1 ? '' : 's'}`
  const byStatus: Record<OverallStatus, () => Verdict> = {
    pass: () => ({
      icon: '✅',
      heading: 'Compliant',
      sentence: `${control.verdict.pass} (${control.reference}).`
    }),
    fail: () => ({
      icon: '❌',
      heading: 'Not compliant',
      sentence: `${checks(count('fail'))} failed: ${control.verdict.failConsequence} (${control.reference}).`
    }),
    manual: () => ({
      icon: '⚠️',
      heading: 'Could not decide',
      sentence: `${checks(count('manual'))} could not be decided from what this identity can read; nothing failed that could be checked.`
    })
  }
  return byStatus[report.status]()
}
