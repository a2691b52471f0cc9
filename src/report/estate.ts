// The report of a run over many accounts and regions (or of the merge of matrix reports): the job summary, the action's
// outputs and the terminal report. The summary opens with one table row per account × region (status, the first
// failing link, a link to its details), then the details of each target: the single-target summary
// (src/report/summary.ts, headings one level down), open for a target that did not pass, collapsed for one that did.
// The terminal report is in estate-terminal.ts (the CLI's only). Pure: returns text; the entrypoints write it. Everything from AWS or from a report file is escaped as in summary.ts.
import type { ControlDescriptor } from '../controls/types.js'
import type { EstateRun, EstateTarget } from '../model/estate.js'
import { countTargets } from '../model/estate.js'
import type { ChainLink, Finding, OverallStatus, Report } from '../model/report.js'
import { changesForOutput, renderChangesMarkdown } from './changes.js'
import { findingToJson } from './json.js'
import {
  boundedJsonArray,
  buildChangesOutput,
  MAX_FINDINGS_OUTPUT_CHARS,
  MAX_NAME_OUTPUT_CHARS,
  OUTPUT_NAMES
} from './outputs.js'
import { escapeMarkdownCell, neutralizeWorkflowCommands, toSingleLine, truncate } from './redact.js'
import { controlOf, STATUS_ICON, STATUS_WORD } from './rules.js'
import { MAX_SUMMARY_BYTES, renderSummaryMarkdown } from './summary.js'

const cell = (s: string | undefined, max = 300): string => escapeMarkdownCell(truncate(s ?? '', max))
const bytes = (s: string): number => Buffer.byteLength(s, 'utf8')
const part = (lines: string[]): string => neutralizeWorkflowCommands(lines.join('\n') + '\n')

/** The smallest room a target's details get; below it they are left out with a note. */
const MIN_DETAILS_BYTES = 6_144
const NOTE_RESERVE_BYTES = 2_048

/** `account region`, or the region alone for the account of the step's own credentials when it was not learned. */
export function targetLabel(t: Pick<EstateTarget, 'account' | 'region'>): string {
  return t.account ? `${t.account} ${t.region}` : t.region
}

/** The anchor of a target's details: GitHub's id for the heading "Account <id>, region <region>". */
export function targetAnchor(t: Pick<EstateTarget, 'account' | 'region'>): string {
  return `account-${t.account || 'unknown'}-region-${t.region}`.toLowerCase().replace(/[^a-z0-9-]/g, '')
}

/** The first link that failed (else the first undecided), with why; undefined when every link passed. */
export function firstFailingLink(report: Report): ChainLink | undefined {
  return report.chain.find((l) => l.status === 'fail') ?? report.chain.find((l) => l.status === 'manual')
}

/** What the table says beside a target's status. */
export function targetWhy(t: EstateTarget): string {
  if (t.error) return `could not be checked: ${t.error}`
  const covered = t.coveredBy
    ? `organization trail ${t.coveredBy.trailName}, chain in account ${t.coveredBy.account}`
    : undefined
  const link = firstFailingLink(t.report)
  if (!link) return covered ? `covered by the ${covered}` : ''
  return `${link.link}: ${link.why}${covered ? ` (${covered})` : ''}`
}

export function estateHeading(
  run: EstateRun,
  control: ControlDescriptor
): { icon: string; title: string; sentence: string } {
  const c = countTargets(run.targets)
  const of = (k: number) => `${k} of ${c.targets} target${c.targets === 1 ? '' : 's'}`
  if (run.status === 'pass')
    return {
      icon: '✅',
      title: `Compliant: all ${c.targets} target${c.targets === 1 ? '' : 's'}`,
      sentence: `Every account and region checked meets ${control.reference}.`
    }
  if (run.status === 'fail')
    return {
      icon: '❌',
      title: `Not compliant: ${of(c.fail)}`,
      sentence: `In ${of(c.fail)}, ${control.verdict.failConsequence} (${control.reference}).`
    }
  return {
    icon: '⚠️',
    title: `Could not decide: ${of(c.manual)}`,
    sentence: `${of(c.manual)} could not be decided from what the run could read; nothing failed that could be checked.`
  }
}

export interface EstateSummaryExtra {
  /** Who ran the run (the step's own credentials). */
  identityLabel?: string
  /** The control's descriptor when it is not in the registry. */
  control?: ControlDescriptor
  /** e.g. "merged from 4 run reports". */
  source?: string
}

function tableRow(t: EstateTarget): string {
  const s = t.report.status
  const account = t.account ? `${cell(t.account)}${t.name ? ` (${cell(t.name, 80)})` : ''}` : '(this account)'
  const why = targetWhy(t)
  return part([
    `| ${account} | ${cell(t.region)} | ${STATUS_ICON[s]} ${STATUS_WORD[s]} | ${why ? cell(why) : '—'} | [details](#${targetAnchor(t)}) |`
  ])
}

/** Moves every markdown heading outside fenced code blocks `levels` deeper (max ######). */
export function demoteHeadings(md: string, levels = 1): string {
  let fence: string | undefined
  return md
    .split('\n')
    .map((line) => {
      const f = /^(`{3,})/.exec(line)
      if (f) {
        if (!fence) fence = f[1]
        else if (line.trim() === fence) fence = undefined
        return line
      }
      if (fence) return line
      const h = /^(#{1,6}) /.exec(line)
      return h ? `${'#'.repeat(Math.min(6, h[1].length + levels))}${line.slice(h[1].length)}` : line
    })
    .join('\n')
}

/** A passing target: its chain and notes, collapsed. A target that did not pass: its whole summary, open. */
function targetDetails(t: EstateTarget, run: EstateRun, extra: EstateSummaryExtra, maxBytes: number): string {
  const s = t.report.status
  const open = s !== 'pass'
  const head = part([
    `### Account ${t.account || 'unknown'}, region ${cell(t.region)}`,
    '',
    open ? '<details open>' : '<details>',
    `<summary>${STATUS_ICON[s]} ${STATUS_WORD[s]}${t.name ? `: ${cell(t.name, 80)}` : ''}</summary>`,
    ''
  ])
  const notes = (t.report.notes ?? []).map((n) => part([`> ${cell(n, 2_000)}`, '']))
  const changesTable = t.enforce
    ? renderChangesMarkdown({
        changes: t.enforce.changes,
        dryRun: t.enforce.dryRun,
        applied: t.enforce.applied,
        blockers: t.enforce.blockers,
        notes: t.enforce.notes,
        error: t.enforce.error
      })
    : undefined
  const tail = part(['', '</details>', ''])
  const room = maxBytes - bytes(head) - bytes(tail) - notes.reduce((n, x) => n + bytes(x), 0)
  const body = demoteHeadings(
    renderSummaryMarkdown(t.report, { mode: run.mode, changesTable, control: extra.control }, Math.max(0, room)),
    2
  )
  return head + notes.join('') + body + tail
}

export function renderEstateSummaryMarkdown(
  run: EstateRun,
  extra: EstateSummaryExtra = {},
  maxBytes = MAX_SUMMARY_BYTES
): string {
  const control = controlOf({ control: run.control }, extra.control)
  const v = estateHeading(run, control)
  const c = countTargets(run.targets)
  const facts = [
    `**Targets:** ${c.targets} (${STATUS_ICON.pass} ${c.pass} pass · ${STATUS_ICON.fail} ${c.fail} fail · ${STATUS_ICON.manual} ${c.manual} could not decide)`,
    `**Mode:** ${run.mode}`
  ]
  if (extra.identityLabel) facts.push(`**Identity:** ${cell(extra.identityLabel)}`)
  if (extra.source) facts.push(cell(extra.source))
  const head = part([`## ${v.icon} ${v.title}`, '', v.sentence, '', facts.join(' · '), ''])
  const tableHead = part([
    '| Account | Region | Status | First failing link | Details |',
    '| --- | --- | --- | --- | --- |'
  ])
  let budget = maxBytes - bytes(head) - bytes(tableHead) - NOTE_RESERVE_BYTES
  const rows: string[] = []
  for (const t of run.targets) {
    const row = tableRow(t)
    if (bytes(row) > budget) break
    rows.push(row)
    budget -= bytes(row)
  }
  const cut = run.targets.length - rows.length
  const cutNote = cut
    ? part([
        '',
        `_${cut} more targets not shown: the job summary is limited to 1 MiB. Every target is in the \`targets\` output and the report-file._`
      ])
    : ''
  budget -= bytes(cutNote)

  // Details: targets that did not pass first (they need the room), each a fair share of what is left, at least enough
  // to show its verdict, chain and first fixes; those that do not fit any more are left out with a note.
  const shown = run.targets.slice(0, rows.length)
  const details = new Map<EstateTarget, string>()
  for (const group of [
    shown.filter((t) => t.report.status !== 'pass'),
    shown.filter((t) => t.report.status === 'pass')
  ]) {
    let left = group.length
    for (const t of group) {
      const share = Math.max(MIN_DETAILS_BYTES, Math.floor(budget / left--))
      if (share > budget) break
      const d = targetDetails(t, run, extra, share)
      if (bytes(d) > budget) break
      details.set(t, d)
      budget -= bytes(d)
    }
  }
  const missing = shown.length - details.size
  const detailsNote = missing
    ? part([
        `_The details of ${missing} targets are not shown: the job summary is limited to 1 MiB. They are in the report-file._`,
        ''
      ])
    : ''
  return (
    head +
    tableHead +
    rows.join('') +
    cutNote +
    part(['']) +
    shown.flatMap((t) => details.get(t) ?? []).join('') +
    detailsNote
  )
}

// ---------------------------------------------------------------------------------------------- outputs

/** The single-account outputs, then the estate's own. */
export const ESTATE_OUTPUT_NAMES = [
  ...OUTPUT_NAMES,
  'targets',
  'target-count',
  'pass-count',
  'fail-count',
  'manual-count'
] as const

export interface TargetStatusJson {
  account: string
  region: string
  name: string | null
  status: OverallStatus
  compliant: boolean
  /** The first link that failed (else was undecided), or null. */
  firstFailingLink: string | null
  /** Why, in one line (the first failing link's why, or why the target could not be checked). */
  reason: string | null
  /** The account holding the organization chain that decided this target, or null. */
  chainAccount: string | null
}

export function targetStatuses(run: EstateRun): TargetStatusJson[] {
  return run.targets.map((t) => {
    const link = firstFailingLink(t.report)
    return {
      account: t.account,
      region: t.region,
      name: t.name ?? null,
      status: t.report.status,
      compliant: t.report.status === 'pass',
      firstFailingLink: t.error ? null : (link?.link ?? null),
      reason: t.error ? truncate(toSingleLine(t.error), 500) : link ? truncate(toSingleLine(link.why), 500) : null,
      chainAccount: t.coveredBy?.account ?? null
    }
  })
}

/** GitHub keeps at most 1 MB of outputs per job: `targets` gets 200,000 characters, as `findings` does. */
export const MAX_TARGETS_OUTPUT_CHARS = 200_000

/**
 * The outputs of a run over many targets. The single-target outputs stay: `status` and `compliant` over every target,
 * `findings` holds the findings that did not pass, each with its account, and the chain's names are set when the run
 * had one target.
 */
export function buildEstateOutputs(run: EstateRun): Record<(typeof ESTATE_OUTPUT_NAMES)[number], string> {
  const c = countTargets(run.targets)
  const one = run.targets.length === 1 ? run.targets[0].report : undefined
  return {
    status: run.status,
    compliant: run.status === 'pass' ? 'true' : 'false',
    findings: boundedJsonArray(
      run.targets.flatMap((t) =>
        t.report.findings.filter((f) => f.status !== 'pass').map((f) => ({ account: t.account, ...findingToJson(f) }))
      ),
      MAX_FINDINGS_OUTPUT_CHARS,
      ({ kept, total }) => ({
        account: '',
        ...findingToJson({
          id: 'output.cut' as Finding['id'],
          control: run.control,
          status: 'warn',
          title: 'This output was cut to its size bound',
          resource: '',
          region: '',
          message: `The findings output is bounded to ${MAX_FINDINGS_OUTPUT_CHARS.toLocaleString('en-US')} characters: ${total - kept} of ${total} findings were left out. Every finding is in the job summary and the run report file (report-file).`,
          remediation: ''
        })
      })
    ),
    'log-group-name': truncate(one?.logGroupName ?? '', MAX_NAME_OUTPUT_CHARS),
    'metric-filter-name': truncate(one?.metricFilterName ?? '', MAX_NAME_OUTPUT_CHARS),
    'alarm-arn': truncate(one?.alarmArn ?? '', MAX_NAME_OUTPUT_CHARS),
    'topic-arn': truncate(one?.topicArn ?? '', MAX_NAME_OUTPUT_CHARS),
    targets: boundedJsonArray(targetStatuses(run), MAX_TARGETS_OUTPUT_CHARS, ({ kept, total }) => ({
      account: '',
      region: '',
      name: null,
      status: 'manual' as const,
      compliant: false,
      firstFailingLink: null,
      reason: `The targets output is bounded to ${MAX_TARGETS_OUTPUT_CHARS.toLocaleString('en-US')} characters: ${total - kept} of ${total} targets were left out. Every target is in the run report file (report-file).`,
      chainAccount: null
    })),
    'target-count': String(c.targets),
    'pass-count': String(c.pass),
    'fail-count': String(c.fail),
    'manual-count': String(c.manual)
  }
}

/** Enforce's `changes` output over every target: each change with its account and region. */
export function estateChangesOutput(run: EstateRun): string {
  return buildChangesOutput(
    run.targets.flatMap((t) =>
      t.enforce
        ? changesForOutput(t.enforce.changes).map((ch) => ({ account: t.account, region: t.region, ...ch }))
        : []
    )
  )
}

// ---------------------------------------------------------------------------------------------- enforce's plan

/** Enforce over several targets: every target's plan, printed before anything is applied. */
export function renderEstatePlanText(run: EstateRun): string {
  const planned = run.targets.filter((t) => t.enforce)
  const dryRun = planned.some((t) => t.enforce!.dryRun)
  const lines = [
    `Plan for ${planned.length} target${planned.length === 1 ? '' : 's'}${dryRun ? ' (dry run: nothing will be changed)' : ' (applied next, target by target)'}:`
  ]
  for (const t of planned) {
    const e = t.enforce!
    const changes = changesForOutput(e.changes).filter((c) => c.action !== 'noop')
    const what = e.blockers.length
      ? `blocked: ${e.blockers.join(' ')}`
      : changes.length
        ? changes.map((c) => `${c.action} ${c.type} ${c.name}`).join('; ')
        : t.error
          ? `not checked: ${t.error}`
          : 'nothing to change'
    lines.push(`  ${targetLabel(t)}: ${truncate(toSingleLine(what), 2_000)}`)
  }
  return neutralizeWorkflowCommands(lines.join('\n'))
}
