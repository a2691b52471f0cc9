// Workflow annotations: one error per failing check, one warning per undecided check (the ones that only wait on
// another are left to it) and per warning, most important first, at most 10 of each level (GitHub drops the rest),
// counting the step's own failure message among the errors. A finding read from code points at its file and lines.
// Pure: the entrypoint issues them with core.error / core.warning / core.notice, which escape %, \r and \n in the
// message (and also : and , in the title and file), so a hostile name cannot start a new workflow command line.

import type { Finding, Report } from '../model/report.js'
import { neutralizeWorkflowCommands, toSingleLine, truncate } from './redact.js'

export type AnnotationLevel = 'error' | 'warning' | 'notice'

export interface Annotation {
  level: AnnotationLevel
  title: string
  message: string
  file?: string
  startLine?: number
  endLine?: number
}

export interface AnnotationOptions {
  /** The step will also fail with a message of its own (core.setFailed is an error annotation too). */
  stepFails?: boolean
}

/** GitHub shows at most 10 annotations of each level per step. */
export const MAX_ANNOTATIONS_PER_LEVEL = 10
const MAX_TITLE_CHARS = 200
const MAX_MESSAGE_CHARS = 4_000

function titleOf(f: Finding): string {
  return truncate(toSingleLine(`${f.id}: ${f.title}`), MAX_TITLE_CHARS)
}

function messageOf(f: Finding): string {
  const parts: string[] = []
  if (f.status === 'manual') parts.push('Could not be decided automatically; check it by hand.')
  if (f.message) parts.push(toSingleLine(f.message))
  if (f.resource) parts.push(`Resource: ${toSingleLine(f.resource)}`)
  if (f.status !== 'manual' && f.remediation.trim()) parts.push('The fix is in the job summary.')
  return truncate(parts.join(' '), MAX_MESSAGE_CHARS)
}

/** Keeps the first `max`; when there are more, keeps `max - 1` and adds one that counts the rest. */
function capped(
  items: Annotation[],
  level: AnnotationLevel,
  what: string,
  workflowFile?: string,
  max = MAX_ANNOTATIONS_PER_LEVEL
): Annotation[] {
  if (items.length <= max) return items
  const kept = items.slice(0, max - 1)
  const rest = items.length - kept.length
  const more: Annotation = {
    level,
    title: `and ${rest} more ${what}`,
    message: `${rest} more ${what} (${items
      .slice(kept.length)
      .map((a) => a.title.split(':')[0])
      .join(', ')}), see the job summary.`
  }
  if (workflowFile) more.file = workflowFile
  return [...kept, more]
}

/** The annotations of one report, or of several (code locations, accounts) capped together. */
export function buildAnnotations(
  reports: Report | Report[],
  workflowFile?: string,
  opts: AnnotationOptions = {}
): Annotation[] {
  const findings = (Array.isArray(reports) ? reports : [reports]).flatMap((r) => r.findings)
  const make = (level: AnnotationLevel, f: Finding): Annotation => {
    const a: Annotation = {
      level,
      // Also safe to print to the log by other means than @actions/core.
      title: neutralizeWorkflowCommands(titleOf(f)),
      message: neutralizeWorkflowCommands(messageOf(f))
    }
    if (f.location) {
      a.file = f.location.file
      a.startLine = f.location.line
      if (f.location.endLine) a.endLine = f.location.endLine
    } else if (workflowFile) a.file = workflowFile
    return a
  }
  const errors = findings.filter((f) => f.status === 'fail').map((f) => make('error', f))
  const warnings = [
    ...findings.filter((f) => f.status === 'manual' && !f.dependsOn),
    ...findings.filter((f) => f.status === 'warn')
  ].map((f) => make('warning', f))
  const errorRoom = MAX_ANNOTATIONS_PER_LEVEL - (opts.stepFails ? 1 : 0)
  return [
    ...capped(errors, 'error', 'failing checks', workflowFile, errorRoom),
    ...capped(warnings, 'warning', 'warnings', workflowFile)
  ]
}
