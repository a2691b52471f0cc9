// The sticky pull-request comment of an IaC check: one comment per pull request, found again by a hidden marker and
// updated in place, showing each location of code's chain link by link, where the code is, and each fix in the code's
// own language. Pure: returns markdown; src/github/pr-comment.ts posts it.
//
// Everything read from code goes through escapeMarkdownCell (one line, no HTML, no links) or into a code block whose
// fence the content cannot close.
import type { ControlDescriptor } from '../controls/types.js'
import type { ChainLink, Finding, Report, RunReport } from '../model/report.js'
import type { SourceLocation } from '../model/state.js'
import { codeFence, escapeMarkdownCell, toPlainLines, toSingleLine, truncate } from './redact.js'
import { STATUS_ICON, STATUS_WORD, controlOf } from './rules.js'

/** The hidden line that marks the comment as this action's, so the next run updates it instead of adding one. */
export const PR_COMMENT_MARKER = '<!-- cmk-alarm-action:iac -->'
/** GitHub refuses a comment body over 65,536 characters. */
export const MAX_COMMENT_CHARS = 65_536
const NOTE_RESERVE = 1_000

export interface PrCommentOptions {
  control?: ControlDescriptor
  /** The commit the code was read at. */
  sha?: string
  /** A link to the run, where the job summary has everything. */
  runUrl?: string
  /** Default MAX_COMMENT_CHARS (the job summary takes more). */
  maxChars?: number
  /** Files that could not be read, listed after the locations. */
  problems?: { file: string; line?: number; message: string }[]
}

const cell = (s: string | undefined, max = 300) => escapeMarkdownCell(truncate(s ?? '', max))
/**
 * A code span safe in a table cell: one line, no backtick to close it early, `|` escaped (GFM splits table cells
 * before it reads code spans). Inside a code span nothing else is interpreted, so nothing else is escaped.
 */
const code = (s: string, max = 200) => `\`${toSingleLine(truncate(s, max)).replace(/`/g, "'").replace(/\|/g, '\\|')}\``

/** `aws_sns_topic.alerts` at `infra/sns.tf:3` (and the CDK construct path when there is one). */
export function describeLocation(location: SourceLocation | undefined): string {
  if (!location) return '—'
  const where = `${location.file}:${location.line}${location.endLine && location.endLine !== location.line ? `-${location.endLine}` : ''}`
  const name = location.address ? `${code(location.address)} ` : ''
  const construct = location.constructPath ? ` (CDK ${code(location.constructPath)})` : ''
  return `${name}${cell(where)}${construct}`
}

const LINK_IDS: Record<ChainLink['link'], string> = {
  trail: 'trail.',
  'metric filter': 'filter.',
  alarm: 'alarm.',
  topic: 'topic.',
  subscription: 'subscription.'
}

function linkLocation(report: Report, link: ChainLink): SourceLocation | undefined {
  const mine = report.findings.filter((f) => f.id.startsWith(LINK_IDS[link.link]))
  return (mine.find((f) => f.status === link.status && f.location) ?? mine.find((f) => f.location))?.location
}

function sourceLabel(report: Report): string {
  const source = report.source
  if (!source || source.kind === 'account') return `the account in ${report.region}`
  const kind = {
    terraform: 'Terraform',
    'terraform-plan': 'Terraform plan',
    cloudformation: 'CloudFormation',
    cdk: 'CDK'
  }[source.kind]
  return `${code(source.path)} (${kind})`
}

function fixBlock(f: Finding): string[] {
  const lines = [
    '<details>',
    `<summary>${STATUS_ICON[f.status]} <b>${cell(f.id)}</b>: ${cell(f.title)}</summary>`,
    '',
    cell(f.message, 1_500),
    ''
  ]
  if (f.location) lines.push(`Where: ${describeLocation(f.location)}`, '')
  const code = f.fix?.code
  const text = toPlainLines(code?.text ?? f.remediation)
    .join('\n')
    .trim()
  if (text) {
    const fence = codeFence(text)
    lines.push(
      f.fix?.change ? cell(f.fix.change, 500) : 'To fix it:',
      '',
      `${fence}${code?.language ?? 'bash'}`,
      text,
      fence,
      ''
    )
  }
  lines.push('</details>', '')
  return lines
}

function reportSection(report: Report): string {
  const icon = report.status === 'pass' ? '✅' : report.status === 'fail' ? '❌' : '❔'
  const lines = [`### ${icon} ${sourceLabel(report)}`, '']
  lines.push('| Link | Where | Verdict | Why |', '| --- | --- | --- | --- |')
  for (const link of report.chain) {
    lines.push(
      `| ${link.link} | ${describeLocation(linkLocation(report, link))} | ${STATUS_ICON[link.status]} ${STATUS_WORD[link.status]} | ${cell(link.why, 400)} |`
    )
  }
  lines.push('')
  const toFix = [
    ...report.findings.filter((f) => f.status === 'fail'),
    ...report.findings.filter((f) => f.status === 'manual')
  ]
  const warnings = report.findings.filter((f) => f.status === 'warn')
  for (const f of [...toFix, ...warnings]) lines.push(...fixBlock(f))
  for (const note of report.notes ?? []) lines.push(`> ${cell(note, 1_000)}`, '')
  return lines.join('\n')
}

export function renderPrComment(run: RunReport, opts: PrCommentOptions = {}): string {
  const control = run.reports[0] ? controlOf(run.reports[0], opts.control) : undefined
  const name = control?.name ?? 'cmk-alarm'
  const failing = run.reports.filter((r) => r.status !== 'pass').length
  const head =
    run.status === 'pass'
      ? `## ✅ ${name}: met in the code`
      : run.status === 'fail'
        ? `## ❌ ${name}: not met in ${failing} of ${run.reports.length} location${run.reports.length === 1 ? '' : 's'} of code`
        : `## ❔ ${name}: could not be decided from the code alone`
  const lead =
    run.reports.length === 0
      ? 'No Terraform, plan, CloudFormation or CDK code with the resources of this control was found.'
      : run.status === 'pass'
        ? `${control?.verdict.pass ?? 'The chain holds'} — as far as the code shows; run the check against the account after deploy.`
        : 'Each location below shows the chain link by link; open a failing check for the code to change.'
  const footer = [
    opts.sha ? `commit \`${cell(opts.sha.slice(0, 12))}\`` : '',
    opts.runUrl && /^https:\/\//.test(opts.runUrl) ? `[the run](${opts.runUrl.replace(/[()\s]/g, '')})` : ''
  ].filter(Boolean)
  const tail = `\n_Updated by cmk-alarm-action${footer.length ? ` for ${footer.join(' · ')}` : ''}._\n`
  const open = `${PR_COMMENT_MARKER}\n${head}\n\n${lead}\n\n`
  const problems = (opts.problems ?? []).map(
    (p) => `- ${cell(p.file, 300)}${p.line ? `:${p.line}` : ''}: ${cell(p.message, 500)}`
  )
  const sections = [
    ...run.reports.map(reportSection),
    ...(problems.length ? [['### ⚠️ Files that could not be read', '', ...problems, ''].join('\n')] : [])
  ]
  const max = opts.maxChars ?? MAX_COMMENT_CHARS
  let body = open
  let omitted = 0
  for (const section of sections) {
    if (body.length + section.length + tail.length + NOTE_RESERVE > max) omitted++
    else body += `${section}\n`
  }
  if (omitted > 0)
    body += `_${omitted} more location${omitted === 1 ? '' : 's'} not shown: GitHub limits a comment's size. The job summary has them all._\n`
  return body + tail
}
