// The run report file (`report-file`, `--report-file`, `--json` of a run over many targets): the whole run as JSON, a
// list of targets each with its account, region and status beside its findings (the JSON report of src/report/json.ts),
// and what the merge of the matrix workflow needs to rebuild the same estate (organization chains judged or not).
// Reading it back (`fromRunReportFile`) checks every field the renderers use, so a file that is not such a report is
// refused with the field at fault instead of crashing a renderer; its text is treated as hostile as AWS's.
import type { Change } from '../model/change.js'
import type { ChainElsewhere, EstateRun, EstateTarget, HeldChain, TargetEnforce } from '../model/estate.js'
import { countTargets, type EstateCounts } from '../model/estate.js'
import { FINDING_IDS, type ChainLink, type Finding, type Report } from '../model/report.js'
import { changesForOutput } from './changes.js'
import { stringifyForLog, toJsonReport, type JsonReport } from './json.js'

export const RUN_REPORT_FORMAT = 'cmk-alarm-run-report'
export const RUN_REPORT_VERSION = 1

export interface TargetJson extends JsonReport {
  account: string
  name: string | null
  /** The target could not be checked at all: why. */
  error: string | null
  coveredBy: EstateTarget['coveredBy'] | null
  chainElsewhere: ChainElsewhere[]
  heldChains: Array<Omit<HeldChain, 'report'> & { report: JsonReport }>
  enforce: (Omit<TargetEnforce, 'changes'> & { changes: Change[] }) | null
}

export interface RunReportFile {
  format: typeof RUN_REPORT_FORMAT
  version: typeof RUN_REPORT_VERSION
  tool: { name: string; version: string }
  control: string
  mode: EstateRun['mode']
  status: EstateRun['status']
  counts: EstateCounts
  targets: TargetJson[]
}

/** Subscription endpoints redacted, as in every public output (the file is meant to be uploaded as an artifact). */
function redactedChanges(changes: Change[]): Change[] {
  return changes.map((c) => {
    const out = changesForOutput([c])[0]
    return { ...c, name: out.name, after: out.after }
  })
}

export function toTargetJson(t: EstateTarget): TargetJson {
  return {
    account: t.account,
    name: t.name ?? null,
    ...toJsonReport(t.report),
    error: t.error ?? null,
    coveredBy: t.coveredBy ?? null,
    chainElsewhere: t.chainElsewhere ?? [],
    heldChains: (t.heldChains ?? []).map((h) => ({ ...h, report: toJsonReport(h.report) })),
    enforce: t.enforce ? { ...t.enforce, changes: redactedChanges(t.enforce.changes) } : null
  }
}

export function toRunReportFile(run: EstateRun, toolVersion: string): RunReportFile {
  return {
    format: RUN_REPORT_FORMAT,
    version: RUN_REPORT_VERSION,
    tool: { name: 'cmk-alarm', version: toolVersion },
    control: run.control,
    mode: run.mode,
    status: run.status,
    counts: countTargets(run.targets),
    targets: run.targets.map(toTargetJson)
  }
}

export function renderRunReportFile(run: EstateRun, toolVersion: string): string {
  return stringifyForLog(toRunReportFile(run, toolVersion), 2) + '\n'
}

// ---------------------------------------------------------------------------------------------- reading it back

/** A file that is not a run report this version can read; the message names the field at fault. */
export class RunReportError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'RunReportError'
  }
}

type Json = Record<string, unknown>

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)

class Reader {
  constructor(private readonly where: string) {}
  fail(path: string, rule: string): never {
    throw new RunReportError(`${this.where}: ${path} ${rule}`)
  }
  object(v: unknown, path: string): Json {
    if (!isObject(v)) this.fail(path, 'must be an object')
    return v
  }
  array(v: unknown, path: string): unknown[] {
    if (!Array.isArray(v)) this.fail(path, 'must be an array')
    return v
  }
  string(v: unknown, path: string): string {
    if (typeof v !== 'string') this.fail(path, 'must be a string')
    return v
  }
  optionalString(v: unknown, path: string): string | undefined {
    return v === null || v === undefined ? undefined : this.string(v, path)
  }
  oneOf<T extends string>(v: unknown, allowed: readonly T[], path: string): T {
    if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v))
      this.fail(path, `must be one of ${allowed.join(', ')}`)
    return v as T
  }
  strings(v: unknown, path: string): string[] {
    return this.array(v ?? [], path).map((s, i) => this.string(s, `${path}[${i}]`))
  }
}

const STATUSES = ['pass', 'fail', 'manual'] as const
const FINDING_STATUSES = ['pass', 'fail', 'warn', 'manual'] as const
const LINKS = ['trail', 'metric filter', 'alarm', 'topic', 'subscription'] as const

function readReport(r: Reader, value: unknown, path: string): Report {
  const j = r.object(value, path)
  const identity =
    j.identity === null || j.identity === undefined ? undefined : r.object(j.identity, `${path}.identity`)
  const sh = r.object(j.securityHub, `${path}.securityHub`)
  const status = r.oneOf(j.status, STATUSES, `${path}.status`)
  const report: Report = {
    control: r.string(j.control, `${path}.control`),
    status,
    compliant: status === 'pass',
    region: r.string(j.region, `${path}.region`),
    chain: r.array(j.chain, `${path}.chain`).map((l, i): ChainLink => {
      const link = r.object(l, `${path}.chain[${i}]`)
      return {
        link: r.oneOf(link.link, LINKS, `${path}.chain[${i}].link`),
        resource: r.string(link.resource, `${path}.chain[${i}].resource`),
        status: r.oneOf(link.status, FINDING_STATUSES, `${path}.chain[${i}].status`),
        why: r.string(link.why, `${path}.chain[${i}].why`)
      }
    }),
    findings: r.array(j.findings, `${path}.findings`).map((f, i) => readFinding(r, f, `${path}.findings[${i}]`)),
    securityHub: {
      prediction: r.oneOf(sh.prediction, ['pass', 'fail', 'unknown'] as const, `${path}.securityHub.prediction`),
      reason: r.string(sh.reason, `${path}.securityHub.reason`)
    }
  }
  if (identity) {
    report.identity = {
      account: r.string(identity.account, `${path}.identity.account`),
      arn: r.string(identity.arn, `${path}.identity.arn`)
    }
  }
  for (const key of ['logGroupName', 'metricFilterName', 'alarmArn', 'topicArn'] as const) {
    const v = r.optionalString(j[key], `${path}.${key}`)
    if (v !== undefined) report[key] = v
  }
  const notes = r.strings(j.notes, `${path}.notes`)
  if (notes.length) report.notes = notes
  return report
}

function readFinding(r: Reader, value: unknown, path: string): Finding {
  const f = r.object(value, path)
  const finding: Finding = {
    id: r.oneOf(f.id, FINDING_IDS, `${path}.id`),
    control: r.string(f.control, `${path}.control`),
    status: r.oneOf(f.status, FINDING_STATUSES, `${path}.status`),
    title: r.string(f.title, `${path}.title`),
    resource: r.string(f.resource, `${path}.resource`),
    region: r.string(f.region, `${path}.region`),
    message: r.string(f.message, `${path}.message`),
    remediation: r.string(f.remediation, `${path}.remediation`)
  }
  if (f.fix !== null && f.fix !== undefined) {
    const fix = r.object(f.fix, `${path}.fix`)
    finding.fix = {
      change: r.string(fix.change, `${path}.fix.change`),
      commands: r.string(fix.commands, `${path}.fix.commands`)
    }
  }
  return finding
}

function readChainElsewhere(r: Reader, value: unknown, path: string): ChainElsewhere {
  const e = r.object(value, path)
  const out: ChainElsewhere = {
    trailArn: r.string(e.trailArn, `${path}.trailArn`),
    trailName: r.string(e.trailName, `${path}.trailName`),
    account: r.string(e.account, `${path}.account`),
    logGroupArn: r.string(e.logGroupArn, `${path}.logGroupArn`)
  }
  const roleArn = r.optionalString(e.roleArn, `${path}.roleArn`)
  const reason = r.optionalString(e.reason, `${path}.reason`)
  if (roleArn !== undefined) out.roleArn = roleArn
  if (reason !== undefined) out.reason = reason
  return out
}

const CHANGE_ACTIONS = ['create', 'update', 'noop'] as const
const CHANGE_TYPES = ['metric-filter', 'sns-topic', 'topic-policy', 'subscription', 'alarm'] as const

function readEnforce(r: Reader, value: unknown, path: string): TargetEnforce {
  const e = r.object(value, path)
  const out: TargetEnforce = {
    changes: r.array(e.changes, `${path}.changes`).map((c, i) => {
      const o = r.object(c, `${path}.changes[${i}]`)
      return {
        action: r.oneOf(o.action, CHANGE_ACTIONS, `${path}.changes[${i}].action`),
        type: r.oneOf(o.type, CHANGE_TYPES, `${path}.changes[${i}].type`),
        name: r.string(o.name, `${path}.changes[${i}].name`),
        arn: r.string(o.arn ?? '', `${path}.changes[${i}].arn`),
        region: r.string(o.region ?? '', `${path}.changes[${i}].region`),
        reason: r.string(o.reason ?? '', `${path}.changes[${i}].reason`),
        before: o.before,
        after: o.after
      }
    }),
    dryRun: e.dryRun === true,
    applied: e.applied === true,
    blockers: r.strings(e.blockers, `${path}.blockers`),
    notes: r.strings(e.notes, `${path}.notes`)
  }
  const error = r.optionalString(e.error, `${path}.error`)
  if (error !== undefined) out.error = error
  return out
}

function readTarget(r: Reader, value: unknown, path: string): EstateTarget {
  const t = r.object(value, path)
  const account = r.string(t.account, `${path}.account`)
  if (!/^(\d{12})?$/.test(account)) r.fail(`${path}.account`, 'must be a 12-digit account id')
  const region = r.string(t.region, `${path}.region`)
  if (!/^[a-z0-9-]{1,32}$/.test(region)) r.fail(`${path}.region`, 'must be a region code')
  const target: EstateTarget = { account, region, report: readReport(r, t, path) }
  const name = r.optionalString(t.name, `${path}.name`)
  const error = r.optionalString(t.error, `${path}.error`)
  if (name) target.name = name
  if (error !== undefined) target.error = error
  if (t.coveredBy !== null && t.coveredBy !== undefined) {
    const c = r.object(t.coveredBy, `${path}.coveredBy`)
    target.coveredBy = {
      account: r.string(c.account, `${path}.coveredBy.account`),
      trailArn: r.string(c.trailArn, `${path}.coveredBy.trailArn`),
      trailName: r.string(c.trailName, `${path}.coveredBy.trailName`)
    }
  }
  const elsewhere = r
    .array(t.chainElsewhere ?? [], `${path}.chainElsewhere`)
    .map((e, i) => readChainElsewhere(r, e, `${path}.chainElsewhere[${i}]`))
  if (elsewhere.length) target.chainElsewhere = elsewhere
  const held = r.array(t.heldChains ?? [], `${path}.heldChains`).map((h, i): HeldChain => {
    const o = r.object(h, `${path}.heldChains[${i}]`)
    return {
      trailArn: r.string(o.trailArn, `${path}.heldChains[${i}].trailArn`),
      trailName: r.string(o.trailName, `${path}.heldChains[${i}].trailName`),
      account: r.string(o.account, `${path}.heldChains[${i}].account`),
      logGroupArn: r.string(o.logGroupArn, `${path}.heldChains[${i}].logGroupArn`),
      report: readReport(r, o.report, `${path}.heldChains[${i}].report`)
    }
  })
  if (held.length) target.heldChains = held
  if (t.enforce !== null && t.enforce !== undefined) target.enforce = readEnforce(r, t.enforce, `${path}.enforce`)
  return target
}

/** A run report file's targets, checked; `where` names the file in errors. */
export function fromRunReportFile(text: string, where: string): Pick<EstateRun, 'control' | 'mode' | 'targets'> {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw new RunReportError(`${where}: not JSON (${error instanceof Error ? error.message : String(error)})`)
  }
  const r = new Reader(where)
  const file = r.object(value, 'the file')
  if (file.format !== RUN_REPORT_FORMAT) {
    r.fail('format', `must be "${RUN_REPORT_FORMAT}": not a cmk-alarm run report (write one with report-file)`)
  }
  if (file.version !== RUN_REPORT_VERSION) {
    r.fail('version', `must be ${RUN_REPORT_VERSION} (this cmk-alarm reads version ${RUN_REPORT_VERSION})`)
  }
  return {
    control: r.string(file.control, 'control'),
    mode: r.oneOf(file.mode, ['verify', 'enforce'] as const, 'mode'),
    targets: r.array(file.targets, 'targets').map((t, i) => readTarget(r, t, `targets[${i}]`))
  }
}
