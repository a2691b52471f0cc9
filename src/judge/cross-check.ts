// AWS's own filter evaluator as a second opinion (cross-check), the pure part: which events to send, the engine's
// answer for each, the comparison with AWS's answer event by event, and the finding. Sending them is src/cross-check.ts.
//
// The events are the ones the coverage judgement rests on: realistic records of every target call (IAM user, assumed
// role, root, AWS service, refused calls, other Regions, keys in another order), the counter-example or over-broad
// example the judgement found, and other calls of the same and other services, which the pattern must not match. A
// disagreement is never settled here in either direction: it is a finding of its own, with the event and both answers.
import type { ControlDescriptor } from '../controls/types.js'
import type { Finding, FindingStatus, Fix } from '../model/report.js'
import type { ReadProblem } from '../model/state.js'
import {
  labelledTargetVariants,
  OTHER_SERVICE_EVENTS,
  otherEvent,
  type CloudTrailRecord
} from '../pattern/cloudtrail-samples.js'
import { PatternSyntaxError } from '../pattern/errors.js'
import { compile, parse, PreparedEvent, type PatternJudgement } from '../pattern/index.js'
import { problemText } from './context.js'
import { shellQuote } from './remediation.js'

/** AWS's TestMetricFilter takes at most 50 messages per request; the cross-check sends one request. */
export const MAX_CROSS_CHECK_EVENTS = 50

export interface CrossCheckEvent {
  /** What the event is, e.g. "DisableKey, assumed role" or "the counter-example the engine found". */
  label: string
  /** The log event message, exactly as sent to AWS and given to the engine. */
  message: string
  /** Whether the control wants it counted (a target call), for the report's counts. */
  target: boolean
}

/** One side's answer for one event: matched, not matched, or the pattern was not accepted at all. */
export type Answer = 'match' | 'no match' | 'invalid pattern'

/** What AWS said about the pattern and the events, as src/cross-check.ts read it. */
export type AwsAnswer =
  | { kind: 'matches'; matched: boolean[] }
  | { kind: 'invalid-pattern'; message: string }
  /** AWS could not be asked, or its answer could not be read (refused, failed, time budget, an unknown event). */
  | { kind: 'unanswered'; problem: ReadProblem }

export interface ComparedEvent extends CrossCheckEvent {
  engine: Answer
  aws: Answer
}

export interface CrossCheckResult {
  pattern: string
  /** The filter the pattern belongs to, as findings name it (its log group ARN and name). */
  resource: string
  region: string
  /** The engine's verdict on the whole pattern, when it rejects it. */
  engineError?: string
  /** AWS's message, when it rejects the pattern. */
  awsError?: string
  /** Every event sent, with both answers; empty when AWS could not be asked. */
  events: ComparedEvent[]
  /** The events where the answers differ. */
  disagreements: ComparedEvent[]
  /** Set when AWS could not be asked or answered unreadably. */
  problem?: ReadProblem
}

/**
 * The events the cross-check sends, at most MAX_CROSS_CHECK_EVENTS, each message once (labels of duplicates are
 * joined): the target calls' variants first, then what the judgement found, then the calls it must not match.
 */
export function crossCheckEvents(
  control: Pick<ControlDescriptor, 'target'>,
  judgement?: PatternJudgement
): CrossCheckEvent[] {
  const target = control.target
  const events: CrossCheckEvent[] = []
  const byMessage = new Map<string, CrossCheckEvent>()
  const add = (label: string, message: string, isTarget: boolean) => {
    const seen = byMessage.get(message)
    if (seen) {
      if (!seen.label.split('; ').includes(label)) seen.label = `${seen.label}; ${label}`
      return
    }
    if (events.length >= MAX_CROSS_CHECK_EVENTS) return
    const event = { label, message, target: isTarget }
    byMessage.set(message, event)
    events.push(event)
  }
  const record = (r: CloudTrailRecord) => JSON.stringify(r)
  for (const name of target.eventNames) {
    for (const v of labelledTargetVariants(target, name)) add(`${name}, ${v.label}`, record(v.record), true)
  }
  if (judgement?.counterexample) add('the counter-example the engine found', judgement.counterexample, true)
  if (judgement?.broadExample) add('the over-broad example the engine found', judgement.broadExample, false)
  for (const name of target.relatedEventNames) {
    add(`${name} (another call of ${target.eventSource})`, record(otherEvent(target, target.eventSource, name)), false)
  }
  for (const [source, name] of OTHER_SERVICE_EVENTS) {
    add(`${source} ${name} (another service)`, record(otherEvent(target, source, name)), false)
  }
  return events
}

/** The engine's answer for each event, or its reason to reject the pattern. */
export function engineAnswers(pattern: string, events: CrossCheckEvent[]): { answers: Answer[]; error?: string } {
  let compiled
  try {
    compiled = compile(parse(pattern))
  } catch (error) {
    if (!(error instanceof PatternSyntaxError)) throw error
    return { answers: events.map(() => 'invalid pattern'), error: error.message }
  }
  return { answers: events.map((e) => (compiled.test(new PreparedEvent(e.message)) ? 'match' : 'no match')) }
}

/** The comparison of the engine's answers with AWS's, event by event. */
export function compareWithAws(
  where: { pattern: string; resource: string; region: string },
  events: CrossCheckEvent[],
  aws: AwsAnswer
): CrossCheckResult {
  const engine = engineAnswers(where.pattern, events)
  const result: CrossCheckResult = { ...where, events: [], disagreements: [] }
  if (engine.error !== undefined) result.engineError = engine.error
  if (aws.kind === 'unanswered') {
    result.problem = aws.problem
    return result
  }
  if (aws.kind === 'invalid-pattern') result.awsError = aws.message
  result.events = events.map((e, i) => ({
    ...e,
    engine: engine.answers[i]!,
    aws: aws.kind === 'invalid-pattern' ? 'invalid pattern' : aws.matched[i] ? 'match' : 'no match'
  }))
  result.disagreements = result.events.filter((e) => e.engine !== e.aws)
  return result
}

/**
 * AWS's list of matches as one answer per event sent. A match is tied to its event by the message AWS returns (the
 * messages sent are distinct); a match without a message, or with one that was not sent, makes the answer unreadable
 * (the base of `eventNumber` is not documented, so it is never guessed).
 */
export function matchedByMessage(
  events: CrossCheckEvent[],
  matches: Array<{ eventNumber?: number; eventMessage?: string }>
): { ok: true; matched: boolean[] } | { ok: false; message: string } {
  const index = new Map(events.map((e, i) => [e.message, i]))
  const matched = events.map(() => false)
  for (const m of matches) {
    const i = m.eventMessage === undefined ? undefined : index.get(m.eventMessage)
    if (i === undefined) {
      return {
        ok: false,
        message: `logs:TestMetricFilter answered with a match that names no event sent (eventNumber ${m.eventNumber ?? 'none'}${m.eventMessage === undefined ? ', no eventMessage' : ''}), so its answer cannot be compared event by event`
      }
    }
    matched[i] = true
  }
  return { ok: true, matched }
}

const MAX_LISTED = 10

function sayAnswer(a: Answer, who: string): string {
  return a === 'invalid pattern' ? `${who} rejects the pattern` : `${who}: ${a}`
}

/** The cross-check as a finding of its own (`cross-check.agreement`), beside the chain's checks. */
export function crossCheckFinding(control: ControlDescriptor, result: CrossCheckResult): Finding {
  const text = control.extraChecks['cross-check.agreement']
  const base = {
    id: 'cross-check.agreement' as const,
    control: control.id,
    resource: result.resource,
    region: result.region
  }
  // The title states the rule, or the problem when the two disagree.
  const finding = (status: FindingStatus, message: string, fix?: Fix, problem = false): Finding => ({
    ...base,
    status,
    title: problem ? text.failTitle : text.title,
    message,
    remediation: fix?.commands ?? '',
    ...(fix ? { fix } : {})
  })
  if (result.problem) {
    const p = result.problem
    return {
      ...finding(
        'manual',
        `${problemText(p)} The engine's verdict on the pattern stands unchecked by AWS.`,
        p.kind === 'access-denied'
          ? {
              change: `Grant ${p.action ?? 'logs:TestMetricFilter'} to the identity running the check (policies/cross-check.json).`,
              commands: `# grant the identity running this check the IAM action ${p.action ?? 'logs:TestMetricFilter'} (policies/cross-check.json)`
            }
          : {
              change: 'Run the cross-check again.',
              commands: `# ${p.action ?? 'logs:TestMetricFilter'} did not complete; run the check again, or raise timeout-seconds`
            }
      )
    }
  }
  const events = result.events
  if (result.disagreements.length === 0) {
    if (result.engineError !== undefined) {
      return finding(
        'pass',
        `AWS's filter evaluator (logs:TestMetricFilter) rejects the pattern too (${result.awsError ?? 'InvalidParameterException'}), as the engine does (${result.engineError}).`
      )
    }
    const targets = events.filter((e) => e.target)
    const others = events.filter((e) => !e.target)
    const count = (list: ComparedEvent[], a: Answer) => list.filter((e) => e.engine === a).length
    return finding(
      'pass',
      `AWS's filter evaluator (logs:TestMetricFilter) gives the engine's answer for all ${events.length} events: ` +
        `${count(targets, 'match')} of the ${targets.length} ${control.target.eventNames.join(' and ')} events matched ` +
        `(${[...new Set(targets.map((e) => e.label.replace(/^[^,]+, /, '')))].slice(0, 8).join(', ')}), ` +
        `${count(others, 'match')} of the ${others.length} other calls matched.`
    )
  }
  const listed = result.disagreements.slice(0, MAX_LISTED)
  const more = result.disagreements.length - listed.length
  const lines = listed.map((e) => `${e.label}: ${sayAnswer(e.aws, 'AWS')}, ${sayAnswer(e.engine, 'the engine')}`)
  const why =
    result.awsError !== undefined && result.engineError === undefined
      ? ` AWS rejects the pattern (${result.awsError}); the engine reads it.`
      : result.engineError !== undefined && result.awsError === undefined
        ? ` The engine rejects the pattern (${result.engineError}); AWS accepts it.`
        : ''
  return finding(
    'manual',
    `AWS's filter evaluator (logs:TestMetricFilter) and this tool's engine disagree on ${result.disagreements.length} of ${events.length} events.${why} ` +
      `${lines.join('; ')}${more > 0 ? `; and ${more} more` : ''}. The verdicts that rest on the pattern (filter.pattern) are the engine's: decide which answer is right before relying on them.`,
    reproduce(result, listed),
    true
  )
}

/** The AWS CLI command that asks AWS again about the events in dispute, with each event in full. */
function reproduce(result: CrossCheckResult, events: ComparedEvent[]): Fix {
  const q = shellQuote
  const lines = [
    `# ${events.length} event${events.length === 1 ? '' : 's'} in dispute; AWS's answer for each (its eventMessage in "matches"):`,
    `aws logs test-metric-filter --region ${q(result.region)} \\`,
    `  --filter-pattern ${q(result.pattern)} \\`,
    `  --log-event-messages \\`,
    ...events.map((e, i) => `    ${q(e.message)}${i < events.length - 1 ? ' \\' : ''}`),
    '# then compare with this tool: cmk-alarm pattern test --pattern PATTERN --events FILE --json (or scripts/cross-check.mjs)'
  ]
  return {
    change:
      "Decide which answer is right for the events in dispute (AWS's evaluator is what the metric filter runs), and report the disagreement to the maintainers of cmk-alarm.",
    commands: lines.join('\n')
  }
}
