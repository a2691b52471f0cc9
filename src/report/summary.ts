// The GitHub job summary: verdict first, then the chain, what to fix, warnings, the Security Hub prediction and
// every finding. Pure: returns markdown, the entrypoint writes it.
//
// Everything from AWS goes through escapeMarkdownCell (no HTML, no links, no table breaks, one line) or into a
// code block whose fence the content cannot close; the whole text then goes through neutralizeWorkflowCommands
// so no line of it is a workflow command even if someone prints it to the log.

import type { ChainLink, Finding, Report } from '../model/report.js'
import { codeFence, escapeMarkdownCell, neutralizeWorkflowCommands, toPlainLines, truncate } from './redact.js'
import type { ControlDescriptor } from '../controls/types.js'
import { controlOf, STATUS_ICON, STATUS_WORD, verdictOf } from './rules.js'

/** GitHub refuses a step summary over 1 MiB. */
export const MAX_SUMMARY_BYTES = 1024 * 1024

const MAX_CELL_CHARS = 1_000
const MAX_MESSAGE_CHARS = 4_000
const MAX_REMEDIATION_CHARS = 20_000
/** Room kept for the notes that say something was left out. */
const NOTE_RESERVE_BYTES = 2_048

export interface SummaryExtra {
  mode?: 'verify' | 'enforce'
  /** Markdown made by this action (not from AWS), shown as is under "Changes". */
  changesTable?: string
  /** Who ran the checks, e.g. the assumed role; falls back to the report's identity. */
  identityLabel?: string
  /** The control's descriptor when it is not in the registry. */
  control?: ControlDescriptor
  /** Markdown made by this action (src/report/drill.ts), shown right under the verdict: what the fire drill did. */
  drillSection?: string
}

const cell = (s: string | undefined, max = MAX_CELL_CHARS): string => escapeMarkdownCell(truncate(s ?? '', max))
/** A cell that shows a dash rather than nothing. */
const filled = (s: string | undefined): string => (s?.trim() ? cell(s) : '—')
const text = (s: string | undefined): string => escapeMarkdownCell(truncate(s ?? '', MAX_MESSAGE_CHARS))
const bytes = (s: string): number => Buffer.byteLength(s, 'utf8')
/** A part of the document: whole lines, made safe for the log, ending with a newline. */
const part = (lines: string[]): string => neutralizeWorkflowCommands(lines.join('\n') + '\n')

function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`
}

function tableHead(headers: string[]): string[] {
  return [row(headers), row(headers.map(() => '---'))]
}

function status(s: Finding['status']): string {
  return `${STATUS_ICON[s]} ${STATUS_WORD[s]}`
}

/** The one thing that decides an undecided run: the fix of the first check that could not be decided by itself. */
export function nextStep(report: Report): string | undefined {
  if (report.status !== 'manual') return undefined
  const root = report.findings.find((f) => f.status === 'manual' && !f.dependsOn)
  return root?.fix?.change ?? root?.message
}

function headPart(report: Report, extra: SummaryExtra): string {
  const v = verdictOf(report, controlOf(report, extra.control))
  const facts = [`**Region:** ${cell(report.region)}`]
  const identity =
    extra.identityLabel ?? (report.identity ? `${report.identity.arn} (account ${report.identity.account})` : '')
  if (identity) facts.push(`**Identity:** ${cell(identity)}`)
  if (extra.mode) facts.push(`**Mode:** ${extra.mode}`)
  const next = nextStep(report)
  const lead = next ? [`**To decide it:** ${text(next)}`, ''] : []
  return part([`## ${v.icon} ${v.heading}`, '', v.sentence, '', ...lead, facts.join(' · '), ''])
}

function chainPart(chain: ChainLink[]): string {
  const lines = ['### The chain', '']
  if (chain.length === 0) {
    lines.push('No part of the chain was found: no trail delivers KMS events to CloudWatch Logs.', '')
  } else {
    // Short names keep the table within GitHub's width; the full ARNs are in the fixes and in "All findings".
    lines.push(...tableHead(['Link', 'Resource', 'Verdict', 'Why']))
    for (const l of chain) {
      lines.push(row([cell(l.link), filled(l.name ?? l.resource), status(l.status), cell(truncate(l.why, 240) || '—')]))
    }
    lines.push('')
  }
  return part(lines)
}

/** `shownBy`: the check whose block already shows the same commands. */
function fixBlock(f: Finding, shownBy?: Finding): string {
  const lines = [`#### ${STATUS_ICON[f.status]} ${cell(f.id)}: ${cell(f.title)}`, '']
  if (f.status === 'manual') lines.push('This check could not be decided automatically; check it by hand.', '')
  if (f.resource) lines.push(`**Resource:** ${cell(f.resource)}`, '')
  if (f.message) lines.push(text(f.message), '')
  const remediation = toPlainLines(truncate(f.remediation ?? '', MAX_REMEDIATION_CHARS))
    .join('\n')
    .trim()
  if (remediation && shownBy) {
    lines.push(`The commands for ${cell(shownBy.id)} above fix this too.`, '')
  } else if (remediation) {
    const fence = codeFence(remediation)
    lines.push('To fix it:', '', `${fence}${f.fix?.code?.language ?? 'bash'}`, remediation, fence, '')
  }
  return part(lines)
}

function warningItem(f: Finding): string {
  const resource = f.resource ? ` (${cell(f.resource)})` : ''
  return part([`- ${STATUS_ICON.warn} **${cell(f.id)}** ${cell(f.title)}${resource}: ${text(f.message)}`])
}

function securityHubPart(report: Report, control: ControlDescriptor): string {
  const p = report.securityHub.prediction
  const label = { pass: '✅ **Pass**', fail: '❌ **Fail**', unknown: '❔ **Unknown**' }[p]
  return part([
    `### Security Hub ${control.securityHub.id} prediction`,
    '',
    `${label}: ${text(report.securityHub.reason)}`,
    ''
  ])
}

function detailsRow(f: Finding): string {
  return part([row([cell(f.id), status(f.status), filled(f.title), filled(f.resource), filled(f.message)])])
}

/** Takes items in order while they fit in `budget` bytes. */
function fill(items: string[], budget: number): { taken: string[]; omitted: number; used: number } {
  const taken: string[] = []
  let used = 0
  for (const item of items) {
    const size = bytes(item)
    if (used + size > budget) break
    taken.push(item)
    used += size
  }
  return { taken, omitted: items.length - taken.length, used }
}

const omittedNote = (n: number, what: string): string =>
  part([
    `_${n} more ${what} not shown: the job summary is limited to 1 MiB. All findings are in the \`findings\` output._`,
    ''
  ])

export function renderSummaryMarkdown(report: Report, extra: SummaryExtra = {}, maxBytes = MAX_SUMMARY_BYTES): string {
  const head = headPart(report, extra)
  const chain = chainPart(report.chain)
  const securityHub = securityHubPart(report, controlOf(report, extra.control))
  const drill = extra.drillSection?.trim() ? part([extra.drillSection.trim(), '']) : ''
  let budget = maxBytes - bytes(head) - bytes(drill) - bytes(chain) - bytes(securityHub) - NOTE_RESERVE_BYTES

  let changes = ''
  if (extra.changesTable?.trim()) {
    const candidate = part(['### Changes', '', extra.changesTable.trim(), ''])
    if (bytes(candidate) <= budget) {
      changes = candidate
      budget -= bytes(candidate)
    }
  }

  // Failures first, then checks that could not be decided by themselves; the ones that only wait on those are one
  // line, not a block each.
  const toFix = [
    ...report.findings.filter((f) => f.status === 'fail'),
    ...report.findings.filter((f) => f.status === 'manual' && !f.dependsOn)
  ]
  const waiting = report.findings.filter((f) => f.status === 'manual' && f.dependsOn)
  let fixSection = ''
  if (toFix.length > 0) {
    const title = part(['### What to fix', ''])
    const firstWith = new Map<string, Finding>()
    const rendered = toFix.map((f) => {
      const key = f.remediation.trim()
      const shownBy = key ? firstWith.get(key) : undefined
      if (key && !shownBy) firstWith.set(key, f)
      return fixBlock(f, shownBy)
    })
    if (waiting.length > 0) {
      const on = [...new Set(waiting.map((f) => f.dependsOn))].map((id) => cell(id)).join(', ')
      rendered.push(
        part([
          `_${waiting.length} more check${waiting.length === 1 ? '' : 's'} (${waiting.map((f) => cell(f.id)).join(', ')}) will be decided once ${on} is: they depend on it._`,
          ''
        ])
      )
    }
    const blocks = fill(rendered, budget - bytes(title))
    fixSection = title + blocks.taken.join('') + (blocks.omitted ? omittedNote(blocks.omitted, 'checks to fix') : '')
    budget -= bytes(title) + blocks.used
  }

  const warnings = report.findings.filter((f) => f.status === 'warn')
  let warningSection = ''
  if (warnings.length > 0) {
    const title = part(['### Warnings', ''])
    const items = fill(warnings.map(warningItem), budget - bytes(title))
    warningSection =
      title + items.taken.join('') + part(['']) + (items.omitted ? omittedNote(items.omitted, 'warnings') : '')
    budget -= bytes(title) + items.used
  }

  const detailsOpen = part([
    '<details>',
    `<summary>All findings (${report.findings.length})</summary>`,
    '',
    ...tableHead(['Check', 'Verdict', 'Title', 'Resource', 'Message'])
  ])
  const detailsClose = part(['', '</details>'])
  const rows = fill(report.findings.map(detailsRow), budget - bytes(detailsOpen) - bytes(detailsClose))
  const details =
    detailsOpen +
    rows.taken.join('') +
    (rows.omitted ? part(['']) + omittedNote(rows.omitted, 'findings').replace(/\n$/, '') : '') +
    detailsClose

  return head + drill + chain + changes + fixSection + warningSection + securityHub + details
}

/**
 * The summary of a step that stopped before it could check anything (a bad input, no OIDC permission, no
 * credentials): the reason, as the step's failure message says it, so the summary page is never empty.
 */
export function renderFailureSummary(message: string, what = 'cmk-alarm-action could not run the check'): string {
  const body = toPlainLines(truncate(message, MAX_REMEDIATION_CHARS)).join('\n').trim()
  const fence = codeFence(body)
  return part([`## ❌ ${what}`, '', 'Nothing was checked or changed. The reason:', '', `${fence}text`, body, fence, ''])
}
