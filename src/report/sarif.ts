// SARIF 2.1.0 for github/codeql-action/upload-sarif: every check is a rule; every failing, warning or
// undecided finding is a result located on the workflow file (the account has no source file to point at).

import { createHash } from 'node:crypto'
import { EXTRA_CHECK_IDS, FINDING_IDS, type CheckId, type Finding, type FindingStatus } from '../model/report.js'
import type { Report } from '../model/report.js'
import { toPlainLines, toSingleLine, truncate } from './redact.js'
import type { ControlDescriptor } from '../controls/types.js'
import { checkText } from '../controls/index.js'
import { controlOf } from './rules.js'

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json'
export const TOOL_NAME = 'cmk-alarm-action'

export interface SarifOptions {
  /** Repository-relative path of the workflow that ran the check, e.g. `.github/workflows/compliance.yml`. */
  workflowFile: string
  toolVersion: string
  /**
   * Distinguishes this analysis from others on the same commit (SARIF runAutomationDetails): `{account}` and
   * `{region}` are filled in per report. Default `cmk-alarm` for one report; with several, each category is made
   * unique by its account and region, so no upload replaces another in code scanning.
   */
  category?: string
  /** The control's descriptor when it is not in the registry (default: the report's registered control). */
  control?: ControlDescriptor
  /**
   * One run holding every report's results (code: one analysis of the repository, located in its files), instead
   * of one run per report (accounts and regions).
   */
  oneRun?: boolean
  /** Default: the control's Security Hub documentation. */
  informationUri?: string
}

type SarifLevel = 'error' | 'warning' | 'note'

const LEVEL: Record<Exclude<FindingStatus, 'pass'>, SarifLevel> = { fail: 'error', warn: 'warning', manual: 'note' }

const MAX_MESSAGE_CHARS = 20_000

function rule(control: ControlDescriptor, id: CheckId) {
  const r = checkText(control, id).rule
  const requirement = `${r.full} (${control.reference}.)`
  return {
    id,
    name: id
      .split(/[.-]/)
      .map((w) => w[0]!.toUpperCase() + w.slice(1))
      .join(''),
    shortDescription: { text: r.short },
    fullDescription: { text: requirement },
    help: {
      text: `${requirement}\n\nHow to fix: ${r.fix.replace(/`/g, '')}`,
      markdown: `**Requirement.** ${requirement}\n\n**How to fix.** ${r.fix}\n\nThe job summary of the run shows the exact commands for your account.`
    },
    defaultConfiguration: { level: id === 'filter.security-hub-text' ? 'warning' : 'error' },
    properties: {
      tags: control.tags,
      precision: 'very-high',
      'problem.severity': id === 'filter.security-hub-text' ? 'warning' : 'error',
      'security-severity': r.securitySeverity.toFixed(1)
    }
  }
}

/** Repository-relative, forward slashes, no leading `./` or `/`. */
function relativeUri(file: string): string {
  return file
    .trim()
    .replace(/\\/g, '/')
    .replace(/^(\.\/)+/, '')
    .replace(/^\/+/, '')
}

function messageText(f: Finding): string {
  const lines: string[] = []
  const what = f.status === 'manual' ? 'Could not be decided automatically' : f.status === 'warn' ? 'Warning' : 'Failed'
  lines.push(`${what}: ${toSingleLine(f.title)}.`)
  if (f.message) lines.push(toSingleLine(f.message))
  if (f.resource) lines.push(`Resource: ${toSingleLine(f.resource)} (${toSingleLine(f.region)})`)
  const remediation = toPlainLines(f.remediation ?? '')
    .join('\n')
    .trim()
  if (remediation) lines.push(`Remediation:\n${remediation}`)
  return truncate(lines.join('\n'), MAX_MESSAGE_CHARS)
}

/** From the check and the resource (its code address when read from code), never the line: alerts survive edits. */
function fingerprint(f: Finding): string {
  const what = f.location ? `${f.location.file}\u0000${f.location.address ?? f.resource}` : f.resource
  return createHash('sha256').update(`${f.id}\u0000${what}`).digest('hex').slice(0, 32) + ':1'
}

/** `{account}` and `{region}` of a category template, for one report. */
function fillCategory(template: string, report: Report): string {
  return template
    .replaceAll('{account}', toSingleLine(report.identity?.account || 'unknown-account'))
    .replaceAll('{region}', report.region || 'unknown-region')
}

/** One category per report, unique across the reports. */
export function sarifCategories(reports: Report[], template?: string): string[] {
  const filled = reports.map((r) => fillCategory(template ?? 'cmk-alarm', r))
  if (reports.length <= 1 || new Set(filled).size === filled.length) return filled
  return filled.map((c, i) => `${c}/${fillCategory('{account}/{region}', reports[i])}`)
}

/** SARIF 2.1.0 with one run per report (an account in a region, or a location of code). */
export function buildSarif(reports: Report | Report[], opts: SarifOptions): object {
  const all = Array.isArray(reports) ? reports : [reports]
  // One run: the reports' findings together, under the first report's control and the category as given.
  const list = opts.oneRun && all.length > 0 ? [{ ...all[0], findings: all.flatMap((r) => r.findings) }] : all
  const categories = opts.oneRun ? [opts.category ?? 'cmk-alarm'] : sarifCategories(list, opts.category)
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: list.map((report, i) => sarifRun(report, categories[i], opts))
  }
}

function sarifRun(report: Report, category: string, opts: SarifOptions): object {
  const control = controlOf(report, opts.control)
  const uri = relativeUri(opts.workflowFile)
  if (!uri) throw new Error('buildSarif: workflowFile must be a repository-relative path')
  // The chain's checks, then the extra ones the run was asked for (cross-check, fire drill).
  const ruleIds: CheckId[] = [
    ...FINDING_IDS,
    ...EXTRA_CHECK_IDS.filter((id) => report.findings.some((f) => f.id === id))
  ]
  const results = report.findings
    .filter((f): f is Finding & { status: Exclude<FindingStatus, 'pass'> } => f.status !== 'pass')
    .map((f) => ({
      ruleId: f.id,
      ruleIndex: ruleIds.indexOf(f.id),
      level: LEVEL[f.status],
      message: { text: messageText(f) },
      locations: [
        f.location
          ? {
              // Read from code: the block of the resource to change, and its address.
              physicalLocation: {
                artifactLocation: { uri: relativeUri(f.location.file) },
                region: { startLine: f.location.line, ...(f.location.endLine ? { endLine: f.location.endLine } : {}) }
              },
              ...(f.location.address
                ? { logicalLocations: [{ fullyQualifiedName: toSingleLine(f.location.address), kind: 'resource' }] }
                : {})
            }
          : {
              physicalLocation: { artifactLocation: { uri }, region: { startLine: 1 } },
              ...(f.resource ? { message: { text: truncate(toSingleLine(f.resource), 1_000) } } : {})
            }
      ],
      partialFingerprints: { primaryLocationLineHash: fingerprint(f) },
      properties: {
        status: f.status,
        ...(f.resource ? { resource: truncate(toSingleLine(f.resource), 1_000) } : {}),
        ...(f.region ? { region: toSingleLine(f.region) } : {})
      }
    }))
  return {
    tool: {
      driver: {
        name: TOOL_NAME,
        semanticVersion: opts.toolVersion,
        version: opts.toolVersion,
        informationUri: opts.informationUri ?? control.securityHub.url,
        rules: ruleIds.map((id) => rule(control, id))
      }
    },
    automationDetails: { id: `${category}/` },
    results
  }
}
