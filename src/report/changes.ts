// Enforce's changes, for the `changes` output and the job summary. Subscription endpoints are redacted: both are
// public in a public repository. A subscription's name is redacted where the plan makes it (src/enforce/plan.ts), so
// every renderer shows the same; its `after` holds the endpoint whole for apply, and is redacted here.
import type { Change } from '../model/change.js'
import type { TargetEnforce } from '../model/estate.js'
import { codeFence, escapeMarkdownCell, redactEndpoint } from './redact.js'

export interface ChangeOut {
  action: Change['action']
  type: Change['type']
  name: string
  arn: string
  before: unknown
  after: unknown
}

function redactSubscription(change: Change): Pick<Change, 'name' | 'after'> {
  if (change.type !== 'subscription' || !change.after) return { name: change.name, after: change.after }
  const { protocol, endpoint } = change.after as { protocol: string; endpoint: string }
  return { name: change.name, after: { protocol, endpoint: redactEndpoint(protocol, endpoint) } }
}

export function changesForOutput(changes: Change[]): ChangeOut[] {
  return changes.map((c) => {
    const { name, after } = redactSubscription(c)
    return {
      action: c.action,
      type: c.type,
      name,
      arn: c.type === 'subscription' ? '' : c.arn,
      before: c.before,
      after
    }
  })
}

const ICON: Record<Change['action'], string> = { create: '➕ create', update: '✏️ update', noop: '✔️ keep' }

/** A markdown section: the plan (dry-run) or the changes made, then blockers and notes. */
export function renderChangesMarkdown(opts: TargetEnforce): string {
  const lines: string[] = []
  if (opts.blockers.length > 0) {
    lines.push('**Nothing was changed:**', '', ...opts.blockers.map((b) => `- ${escapeMarkdownCell(b)}`), '')
  }
  if (opts.changes.length > 0) {
    const changed = opts.changes.some((c) => c.action !== 'noop')
    lines.push(
      opts.dryRun
        ? '**Plan (dry run: nothing was changed)**'
        : !changed
          ? '**Nothing to change**: every resource of the chain is as it should be.'
          : opts.applied
            ? '**Changes made**'
            : '**Plan**',
      ''
    )
    lines.push('| Action | Type | Name | Why |', '| --- | --- | --- | --- |')
    for (const c of opts.changes) {
      const { name } = redactSubscription(c)
      lines.push(`| ${ICON[c.action]} | ${c.type} | ${escapeMarkdownCell(name)} | ${escapeMarkdownCell(c.reason)} |`)
    }
    lines.push('')
  }
  if (opts.error) lines.push(`**Stopped:** ${escapeMarkdownCell(opts.error)}`, '')
  for (const note of opts.notes) {
    // A note may end with a JSON policy statement after its first line: shown as a code block, not flattened.
    const [first, ...rest] = note.split('\n')
    lines.push(`> ${escapeMarkdownCell(first)}`, '')
    if (rest.length > 0) {
      const code = rest.join('\n')
      const fence = codeFence(code)
      lines.push(`${fence}json`, code, fence, '')
    }
  }
  return lines.join('\n')
}
