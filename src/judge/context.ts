// What every link judge works with: the control, the state, the options, and one chain through the state.
import { DEFAULT_CONTROL } from '../controls/index.js'
import type { ControlDescriptor, ResourceNames } from '../controls/types.js'
import type { ChainFinding, FindingId, FindingStatus, Fix } from '../model/report.js'
import type {
  AccountState,
  AlarmState,
  LogGroupState,
  MetricFilterState,
  MetricTransformation,
  ReadProblem,
  SourceLocation,
  TopicState,
  TrailState
} from '../model/state.js'
import { judgePattern, type PatternJudgement } from '../pattern/index.js'
import { codeFix } from './code-fix.js'

export interface JudgeOptions {
  /** Default: the registry's default control (CIS AWS 4.7). */
  control?: ControlDescriptor
  /** `security-hub` also requires the exact text Security Hub accepts. */
  patternPolicy: 'semantic' | 'security-hub'
  /** Names the fix commands use for resources that do not exist yet (enforce's inputs); default the control's. */
  names?: Partial<ResourceNames>
}

export interface JudgeContext {
  control: ControlDescriptor
  state: AccountState
  patternPolicy: JudgeOptions['patternPolicy']
  names: ResourceNames
  /** The pattern's judgement against the control, computed once per distinct pattern text. */
  pattern(text: string): PatternJudgement
}

export function createContext(state: AccountState, options: JudgeOptions): JudgeContext {
  const control = options.control ?? DEFAULT_CONTROL
  const cache = new Map<string, PatternJudgement>()
  return {
    control,
    state,
    patternPolicy: options.patternPolicy,
    names: { ...control.defaults, ...definedOnly(options.names ?? {}) },
    pattern(text) {
      let judgement = cache.get(text)
      if (!judgement) {
        judgement = judgePattern(text, control)
        cache.set(text, judgement)
      }
      return judgement
    }
  }
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>
}

/** One path through the state: trail → its log group → a filter and its metric → an alarm → a topic, as far as it goes. */
export interface Chain {
  trail?: TrailState
  group?: LogGroupState
  filter?: MetricFilterState
  transformation?: MetricTransformation
  alarm?: AlarmState
  topic?: TopicState
}

/** A link judge's verdict on one check; the chain judge turns it into a Finding. */
export interface Verdict {
  id: FindingId
  status: FindingStatus
  resource: string
  region: string
  message: string
  /** Ignored when the check passes. */
  fix?: Fix
  /** A more precise title of the problem than the control's (e.g. which event a filter misses). */
  title?: string
  /** Failing only because an earlier link is missing: undecided (manual) when that link could not be decided. */
  absent?: boolean
  location?: SourceLocation
}

export function toFinding(ctx: JudgeContext, v: Verdict): ChainFinding {
  const fix = v.status === 'pass' ? undefined : withCode(ctx, v)
  const finding: ChainFinding = {
    id: v.id,
    control: ctx.control.id,
    status: v.status,
    // A failing or warning check's title states the problem; a passing (or undecided) one's, the rule.
    title:
      v.status === 'fail' || v.status === 'warn'
        ? (v.title ?? ctx.control.findings[v.id].failTitle)
        : ctx.control.findings[v.id].title,
    resource: v.resource,
    region: v.region,
    message: v.message,
    remediation: fix?.code?.text ?? fix?.commands ?? ''
  }
  if (fix) finding.fix = fix
  if (v.location) finding.location = v.location
  return finding
}

/**
 * Read from code, a check that fails or warns is fixed in the code: its fix carries the Terraform or CloudFormation
 * to write, and that is what the finding's remediation shows. (An undecided check keeps its fix: what to check.)
 */
function withCode(ctx: JudgeContext, v: Verdict): Fix | undefined {
  const source = ctx.state.source
  if (!v.fix || !source || source.kind === 'account' || v.status === 'manual') return v.fix
  const code = codeFix(v.id, ctx.control, ctx.names, source, v.location)
  return code ? { ...v.fix, code } : v.fix
}

export function problemText(p: ReadProblem): string {
  if (p.kind === 'access-denied') {
    return `Could not decide: ${p.message}. Grant ${p.action} to the identity running the check.`
  }
  // Left unread on purpose: the message says why it cannot matter.
  if (p.kind === 'not-needed') return p.message
  return `Could not decide: ${p.message}`
}

export function filterResource(group: LogGroupState, filter: MetricFilterState): string {
  return `${group.arn}:metric-filter:${filter.name}`
}

/** The region of an ARN (its fourth field), or the fallback. */
export function regionOfArn(arn: string, fallback: string): string {
  return arn.split(':')[3] || fallback
}
