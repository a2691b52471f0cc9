// The action's outputs. Pure: the entrypoint calls core.setOutput for each.
//
// Every output has a size bound. GitHub keeps at most 1 MB of outputs per job (counted in UTF-16), and a value that
// comes from AWS has no size of its own: `findings` is cut at 200,000 characters and `changes` at 100,000 (long texts
// first, then whole entries, with a last entry saying so and where the whole report is); a name or ARN output at
// 2,048 characters.

import type { Report } from '../model/report.js'
import { findingToJson, stringifyForLog, type JsonReport } from './json.js'
import { truncate } from './redact.js'
import type { ChangeOut } from './changes.js'

export const OUTPUT_NAMES = [
  'status',
  'compliant',
  'findings',
  'log-group-name',
  'metric-filter-name',
  'alarm-arn',
  'topic-arn'
] as const
export type OutputName = (typeof OUTPUT_NAMES)[number]

export const MAX_FINDINGS_OUTPUT_CHARS = 200_000
export const MAX_CHANGES_OUTPUT_CHARS = 100_000
/** Longer than any AWS name or ARN. */
export const MAX_NAME_OUTPUT_CHARS = 2_048
/** When an output is cut, each of its texts is first cut to this. */
const MAX_TEXT_CHARS_WHEN_CUT = 2_000

export interface OutputOptions {
  /** The SARIF file asked for (`sarif-file`), which a cut output points at. */
  sarifFile?: string
}

/** Where the whole report is, for the note of a cut output. */
function wholeReportAt(opts: OutputOptions): string {
  return opts.sarifFile
    ? `Every finding is whole in the SARIF file ${opts.sarifFile} and in the job summary.`
    : 'Every finding is in the job summary; set the sarif-file input for a file with all of them (the CLI: --json).'
}

export function buildOutputs(report: Report, opts: OutputOptions = {}): Record<OutputName, string> {
  const name = (s: string | undefined) => truncate(s ?? '', MAX_NAME_OUTPUT_CHARS)
  return {
    status: report.status,
    compliant: report.compliant ? 'true' : 'false',
    // One line; `fromJSON(steps.x.outputs.findings)` gives the array back.
    findings: boundedJsonArray(
      report.findings.map(findingToJson),
      MAX_FINDINGS_OUTPUT_CHARS,
      ({ kept, total, textsCut }): JsonReport['findings'][number] => ({
        id: 'output.cut' as JsonReport['findings'][number]['id'],
        status: 'warn',
        title: 'This output was cut to its size bound',
        resource: '',
        region: report.region,
        message: `The findings output is bounded to ${MAX_FINDINGS_OUTPUT_CHARS.toLocaleString('en-US')} characters: ${cutWhat(kept, total, textsCut, 'findings')}. ${wholeReportAt(opts)}`,
        remediation: '',
        control: report.control,
        fix: null,
        location: null
      })
    ),
    'log-group-name': name(report.logGroupName),
    'metric-filter-name': name(report.metricFilterName),
    'alarm-arn': name(report.alarmArn),
    'topic-arn': name(report.topicArn)
  }
}

/** The `changes` output of enforce, bounded like `findings`. */
export function buildChangesOutput(changes: ChangeOut[]): string {
  return boundedJsonArray(changes, MAX_CHANGES_OUTPUT_CHARS, ({ kept, total, textsCut }): ChangeOut => ({
    action: 'noop',
    type: 'output-cut' as ChangeOut['type'],
    name: '',
    arn: '',
    before: null,
    after: `The changes output is bounded to ${MAX_CHANGES_OUTPUT_CHARS.toLocaleString('en-US')} characters: ${cutWhat(kept, total, textsCut, 'changes')}. Every change is in the job summary.`
  }))
}

function cutWhat(kept: number, total: number, textsCut: number, what: string): string {
  const parts: string[] = []
  if (textsCut > 0)
    parts.push(
      `${textsCut} text${textsCut === 1 ? ' was' : 's were'} cut to ${MAX_TEXT_CHARS_WHEN_CUT.toLocaleString('en-US')} characters`
    )
  if (kept < total) parts.push(`${total - kept} of ${total} ${what} were left out`)
  return parts.join(', and ')
}

/** Every string in `value` cut to `max` characters; returns the copy and how many strings were cut. */
function cutStrings(value: unknown, max: number): { value: unknown; cut: number } {
  if (typeof value === 'string') {
    const cut = truncate(value, max)
    return { value: cut, cut: cut === value ? 0 : 1 }
  }
  if (Array.isArray(value)) {
    let cut = 0
    const out = value.map((v) => {
      const r = cutStrings(v, max)
      cut += r.cut
      return r.value
    })
    return { value: out, cut }
  }
  if (value && typeof value === 'object') {
    let cut = 0
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value)) {
      const r = cutStrings(v, max)
      cut += r.cut
      out[k] = r.value
    }
    return { value: out, cut }
  }
  return { value, cut: 0 }
}

/**
 * `items` as one line of JSON (stringifyForLog) of at most `maxChars` characters: whole when it fits; else with every
 * text cut, as many items as then fit, and `note` last, saying what was cut.
 */
export function boundedJsonArray<T>(
  items: T[],
  maxChars: number,
  note: (cut: { kept: number; total: number; textsCut: number }) => T
): string {
  const whole = stringifyForLog(items)
  if (whole.length <= maxChars) return whole
  let textsCut = 0
  const shortened = items.map((item) => {
    const r = cutStrings(item, MAX_TEXT_CHARS_WHEN_CUT)
    textsCut += r.cut
    return r.value as T
  })
  // Room for the note, counted with the largest numbers it can hold.
  const noteChars = stringifyForLog(note({ kept: items.length, total: items.length, textsCut })).length + 1
  const kept: T[] = []
  let used = 2
  for (const item of shortened) {
    const size = stringifyForLog(item).length + 1
    if (used + size + noteChars > maxChars) break
    kept.push(item)
    used += size
  }
  return stringifyForLog([...kept, note({ kept: kept.length, total: items.length, textsCut })])
}
