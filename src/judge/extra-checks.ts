// The checks run only when asked for (cross-check, fire drill) join the report as findings of their own, after the
// chain's: the chain, its links and the Security Hub prediction stay as they were judged, and the report's status is
// the worst of every finding (a disagreement or an unproven drill is `manual`, a failed drill `fail`).
import type { Finding, Report } from '../model/report.js'
import { overallStatus } from './chain.js'

export function withExtraFindings(report: Report, findings: Finding[]): Report {
  if (findings.length === 0) return report
  const all = [...report.findings, ...findings]
  const status = overallStatus(all)
  return { ...report, findings: all, status, compliant: status === 'pass' }
}
