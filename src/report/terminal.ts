// The CLI report: plain text, verdict first, then the chain, then what to fix with the commands indented.
// Pure: returns the text, the CLI prints it. Everything from AWS is put on one line with control characters
// (ANSI escapes included) removed, and the result is safe to print in a GitHub Actions log.

import type { Finding, FindingStatus, Report } from '../model/report.js'
import { neutralizeWorkflowCommands, toPlainLines, toSingleLine, truncate } from './redact.js'
import type { ControlDescriptor } from '../controls/types.js'
import { controlOf, verdictOf } from './rules.js'

export interface TerminalOptions {
  /** ANSI colours; off unless asked for. */
  color?: boolean
  /** The control's descriptor when it is not in the registry. */
  control?: ControlDescriptor
}

const ANSI = { red: 31, green: 32, yellow: 33, cyan: 36, dim: 2, bold: 1 } as const
type Style = keyof typeof ANSI

const MAX_FIELD_CHARS = 2_000
const MAX_REMEDIATION_CHARS = 20_000

const MARK: Record<FindingStatus, string> = { pass: 'PASS', fail: 'FAIL', warn: 'WARN', manual: '????' }
const MARK_STYLE: Record<FindingStatus, Style> = { pass: 'green', fail: 'red', warn: 'yellow', manual: 'yellow' }

const one = (s: string | undefined): string => truncate(toSingleLine(s ?? ''), MAX_FIELD_CHARS)

export function renderTerminalReport(report: Report, opts: TerminalOptions = {}): string {
  const paint = (style: Style, s: string): string => (opts.color ? `\u001b[${ANSI[style]}m${s}\u001b[0m` : s)
  const mark = (s: FindingStatus): string => paint(MARK_STYLE[s], `[${MARK[s]}]`)
  const out: string[] = []

  const control = controlOf(report, opts.control)
  const v = verdictOf(report, control)
  const verdictStyle: Style = report.status === 'pass' ? 'green' : report.status === 'fail' ? 'red' : 'yellow'
  out.push(paint('bold', paint(verdictStyle, `${v.heading.toUpperCase()}: ${control.name}`)))
  out.push(v.sentence)
  out.push(`Region: ${one(report.region)}`)
  if (report.identity) out.push(`Identity: ${one(report.identity.arn)} (account ${one(report.identity.account)})`)

  out.push('', paint('bold', 'Chain'))
  if (report.chain.length === 0) out.push('  (no trail delivers KMS events to CloudWatch Logs)')
  const width = Math.max(0, ...report.chain.map((l) => l.link.length))
  for (const l of report.chain) {
    out.push(`  ${mark(l.status)} ${one(l.link).padEnd(width)}  ${one(l.resource) || '(none)'}`)
    if (l.why) out.push(`         ${' '.repeat(width)}  ${paint('dim', one(l.why))}`)
  }

  const toFix = [
    ...report.findings.filter((f) => f.status === 'fail'),
    ...report.findings.filter((f) => f.status === 'manual')
  ]
  if (toFix.length > 0) {
    const fails = toFix.some((f) => f.status === 'fail')
    const manual = toFix.some((f) => f.status === 'manual')
    out.push('', paint('bold', fails ? (manual ? 'To fix, and to check by hand' : 'To fix') : 'To check by hand'))
    const firstWith = new Map<string, Finding>()
    for (const f of toFix) {
      const key = f.remediation.trim()
      const shownBy = key ? firstWith.get(key) : undefined
      if (key && !shownBy) firstWith.set(key, f)
      out.push(...fixLines(f, mark, paint, shownBy))
    }
  }

  const warnings = report.findings.filter((f) => f.status === 'warn')
  if (warnings.length > 0) {
    out.push('', paint('bold', 'Warnings'))
    for (const f of warnings) {
      out.push(`  ${mark('warn')} ${one(f.id)}: ${one(f.title)}`)
      if (f.message) out.push(`         ${one(f.message)}`)
    }
  }

  const sh = report.securityHub
  out.push(
    '',
    `${paint('bold', `Security Hub ${control.securityHub.id} prediction:`)} ${sh.prediction.toUpperCase()}: ${one(sh.reason)}`
  )
  const count = (s: FindingStatus) => report.findings.filter((f) => f.status === s).length
  const counts = `${count('pass')} passed, ${count('fail')} failed, ${count('warn')} warning${count('warn') === 1 ? '' : 's'}, ${count('manual')} undecided`
  out.push(`Checks: ${counts}`)

  return neutralizeWorkflowCommands(out.join('\n') + '\n')
}

function fixLines(
  f: Finding,
  mark: (s: FindingStatus) => string,
  paint: (style: Style, s: string) => string,
  shownBy?: Finding
): string[] {
  const lines = [`  ${mark(f.status)} ${one(f.id)}: ${one(f.title)}`]
  if (f.status === 'manual') lines.push('         Could not be decided automatically; check it by hand.')
  if (f.resource) lines.push(`         Resource: ${one(f.resource)}`)
  if (f.message) lines.push(`         ${one(f.message)}`)
  const remediation = toPlainLines(truncate(f.remediation ?? '', MAX_REMEDIATION_CHARS))
  while (remediation.length && !remediation[remediation.length - 1]!.trim()) remediation.pop()
  while (remediation.length && !remediation[0]!.trim()) remediation.shift()
  if (remediation.length && shownBy) {
    lines.push(`         Fix: the commands for ${one(shownBy.id)} above.`)
  } else if (remediation.length) {
    lines.push('         Fix:')
    for (const l of remediation) lines.push(paint('cyan', `           ${l}`))
  }
  return lines
}
