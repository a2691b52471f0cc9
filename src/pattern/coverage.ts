import type { FilterPattern, JsonCondition, JsonExpression, Operand, SelectorStep, Term, TermPattern } from './ast.js'
import {
  OTHER_SERVICE_EVENTS,
  otherEvent,
  targetVariants,
  type CloudTrailRecord,
  type EventTarget
} from './cloudtrail-samples.js'
import { PatternSyntaxError } from './errors.js'
import { compile, PreparedEvent, selectValues, type CompiledPattern } from './evaluate.js'
import { parse } from './parser.js'

/**
 * Judges a metric filter pattern against a control's target events: does it match every CloudTrail event with the
 * target's eventSource and one of its eventNames (for CIS AWS 4.7: kms.amazonaws.com, DisableKey or
 * ScheduleKeyDeletion), whatever else the event holds? Decided by reasoning over the pattern, then confirmed with
 * concrete events.
 */
export interface PatternJudgement {
  valid: boolean
  kind?: 'json' | 'terms' | 'space-delimited'
  error?: { message: string; position: number; expected: string }
  covers: boolean
  /** A CloudTrail event (JSON text) the pattern misses. */
  counterexample?: string
  broad: boolean
  /** An event (JSON text) outside the two calls that it matches. */
  broadExample?: string
  prescribedText: boolean
  prescribedForm?: 'cis' | 'security-hub'
  /** One sentence a user can read, e.g. why it does not cover. */
  explanation: string
}

/** What the judgement needs of a control: its target events and its prescribed pattern texts. */
export interface PatternControl {
  target: EventTarget
  patterns: { cis: string; securityHub: string }
}

export function judgePattern(text: string, control: PatternControl): PatternJudgement {
  const target = control.target
  let pattern: FilterPattern
  try {
    pattern = parse(text)
  } catch (error) {
    if (!(error instanceof PatternSyntaxError)) throw error
    return {
      valid: false,
      error: { message: error.message, position: error.position, expected: error.expected },
      covers: false,
      broad: false,
      prescribedText: false,
      explanation: `The pattern is not valid: ${error.message}.`
    }
  }
  const compiled = compile(pattern)
  const coverage = judgeCoverage(pattern, compiled, target)
  const breadth = findBroadExample(pattern, compiled, target)
  const form = prescribedForm(text, control.patterns)
  const judgement: PatternJudgement = {
    valid: true,
    kind: pattern.kind,
    covers: coverage.covers,
    broad: breadth !== undefined,
    prescribedText: form !== undefined,
    explanation: ''
  }
  if (coverage.counterexample !== undefined) judgement.counterexample = JSON.stringify(coverage.counterexample)
  if (breadth !== undefined) judgement.broadExample = JSON.stringify(breadth.record)
  if (form !== undefined) judgement.prescribedForm = form
  judgement.explanation = !coverage.covers
    ? coverage.reason
    : breadth !== undefined
      ? `It matches every ${namesPhrase(target)} event, but also ${describeEvent(breadth.record)}, so the alarm also fires on other activity.`
      : `It matches every ${target.description.replace(/events$/, 'event')} and none of the other calls tried.`
  return judgement
}

/**
 * The prescribed texts are the CIS literal and the Security Hub remediation text. Security Hub "fails if the
 * exact metric filters prescribed by CIS are not used" and whether it ignores whitespace is undocumented
 * (anchors-checkers §2); we compare whitespace-insensitively, so variants A-D and F-H of spec §9 count and
 * the quoted form E does not. Both texts are equal once whitespace is removed; the form says which one is
 * written exactly (any other spacing is reported as the CIS form).
 */
function prescribedForm(text: string, prescribed: PatternControl['patterns']): 'cis' | 'security-hub' | undefined {
  if (text === prescribed.securityHub) return 'security-hub'
  return stripWhitespace(text) === stripWhitespace(prescribed.cis) ? 'cis' : undefined
}

/** "DisableKey and ScheduleKeyDeletion", "A, B and C". */
function namesPhrase(target: EventTarget): string {
  const names = [...target.eventNames]
  const last = names.pop()
  return names.length > 0 ? `${names.join(', ')} and ${last}` : (last ?? '')
}

function stripWhitespace(text: string): string {
  return text.replace(/[ \t\r\n]+/g, '')
}

// ---------------------------------------------------------------- shared helpers

function prepare(record: CloudTrailRecord): PreparedEvent {
  return new PreparedEvent(JSON.stringify(record), record)
}

function misses(compiled: CompiledPattern, record: CloudTrailRecord): boolean {
  return !compiled.test(prepare(record))
}

function describeEvent(record: CloudTrailRecord): string {
  return `${String(record.eventSource)} ${String(record.eventName)} events`
}

interface Coverage {
  covers: boolean
  counterexample?: CloudTrailRecord
  reason: string
}

function judgeCoverage(pattern: FilterPattern, compiled: CompiledPattern, events: EventTarget): Coverage {
  const symbolic =
    pattern.kind === 'json'
      ? jsonCoverage(pattern.expression, events)
      : pattern.kind === 'terms'
        ? termCoverage(pattern, events)
        : delimitedCoverage(pattern.slots, events)
  // Whatever the reasoning says, a realistic event the pattern misses settles it.
  for (const target of events.eventNames) {
    const missed = targetVariants(events, target).find((record) => misses(compiled, record))
    if (missed !== undefined) {
      const failing = symbolic.failures.find((failure) => failure.target === target)
      return {
        covers: false,
        counterexample: missed,
        reason: failing?.reason ?? `It misses some ${target} events, for example the one shown.`
      }
    }
  }
  const failure = symbolic.failures[0]
  if (failure === undefined) return { covers: true, reason: '' }
  const constructed = failure.construct?.()
  if (constructed !== undefined && misses(compiled, constructed)) {
    return { covers: false, counterexample: constructed, reason: failure.reason }
  }
  return { covers: false, reason: `${failure.reason.replace(/\.$/, '')} (no concrete event was built to show it).` }
}

interface CoverageFailure {
  /** The target call (eventName) the pattern may miss. */
  target: string
  reason: string
  /** Builds an event of the target call that the pattern should miss; verified by the caller. */
  construct?: () => CloudTrailRecord | undefined
}

interface SymbolicCoverage {
  failures: CoverageFailure[]
}

// ---------------------------------------------------------------- JSON patterns: reasoning over atoms

/**
 * How a condition behaves on an event whose eventSource and eventName are fixed and whose other fields are
 * chosen by an adversary. The pattern language has no negation operator, so a formula is monotone in its
 * conditions: the adversary makes every condition it controls false (to miss) or true (to match).
 */
type Adversary = 'falsify' | 'satisfy'

function conditionValue(condition: JsonCondition, source: string, name: string, adversary: Adversary): boolean {
  const steps = condition.selector.steps
  const first = steps[0] as SelectorStep
  const known = { eventSource: source, eventName: name }
  const determined = first.type === 'property' && (first.name === 'eventSource' || first.name === 'eventName')
  const onKnown = evaluateCondition(condition, known)
  if (determined) return onKnown
  if (first.type === 'any-property') {
    // `$.*...` also sees eventSource and eventName: existential conditions they satisfy hold whatever else.
    if (condition.type === 'not-exists') return selectValues(known, steps).length === 0 && adversary === 'satisfy'
    if (onKnown) return true
  }
  return adversary === 'satisfy'
}

function evaluateCondition(condition: JsonCondition, root: Record<string, unknown>): boolean {
  const compiled = compile({ kind: 'json', expression: condition })
  return compiled.test(new PreparedEvent(JSON.stringify(root), root))
}

function formulaValue(expression: JsonExpression, source: string, name: string, adversary: Adversary): boolean {
  if (expression.type === 'and')
    return expression.operands.every((operand) => formulaValue(operand, source, name, adversary))
  if (expression.type === 'or')
    return expression.operands.some((operand) => formulaValue(operand, source, name, adversary))
  return conditionValue(expression, source, name, adversary)
}

function conditionsOf(expression: JsonExpression): JsonCondition[] {
  return expression.type === 'and' || expression.type === 'or'
    ? expression.operands.flatMap(conditionsOf)
    : [expression]
}

function isOnTargetFields(condition: JsonCondition): boolean {
  const first = condition.selector.steps[0] as SelectorStep
  return first.type === 'property' && (first.name === 'eventSource' || first.name === 'eventName')
}

function jsonCoverage(expression: JsonExpression, events: EventTarget): SymbolicCoverage {
  const failures: CoverageFailure[] = []
  const others = [
    ...new Set(
      conditionsOf(expression)
        .filter((c) => !isOnTargetFields(c))
        .map((c) => c.selector.text)
    )
  ]
  const source = events.eventSource
  for (const target of events.eventNames) {
    if (formulaValue(expression, source, target, 'falsify')) continue
    const possible = formulaValue(expression, source, target, 'satisfy')
    failures.push({
      target,
      reason: possible
        ? `It misses ${target} events unless ${others.join(', ')} also meet${others.length === 1 ? 's' : ''} its conditions, which CloudTrail does not guarantee.`
        : `It never matches ${target} events from ${source}.`,
      construct: () => falsifyOtherConditions(expression, events.sample(target))
    })
  }
  return { failures }
}

/** Changes a record so that every condition on a field other than eventSource/eventName is false. */
function falsifyOtherConditions(expression: JsonExpression, record: CloudTrailRecord): CloudTrailRecord {
  const conditions = conditionsOf(expression).filter((condition) => !isOnTargetFields(condition))
  const mustExist = conditions.filter((c) => c.type === 'not-exists').map((c) => concretePrefix(c.selector.steps))
  for (const path of mustExist) {
    if (path.length > 0 && selectValues(record, path).length === 0) setPath(record, path, 'counterexample')
  }
  for (const condition of conditions) {
    if (condition.type === 'not-exists') continue
    const path = concretePrefix(condition.selector.steps)
    if (path.length === 0) {
      // `$.* ...`: remove the top-level fields (other than the two targets) that satisfy it.
      for (const key of Object.keys(record)) {
        if (key === 'eventSource' || key === 'eventName') continue
        if (evaluateCondition(condition, { [key]: record[key] })) delete record[key]
      }
      continue
    }
    const needed = mustExist.some((other) => isPrefix(path, other))
    if (needed) {
      const current = selectValues(record, path)[0]
      // An object never satisfies a comparison or IS (spec §2.4), and keeps the deeper keys in place.
      if (typeof current !== 'object' || current === null) setPath(record, path, {})
    } else {
      deletePath(record, path)
    }
  }
  return record
}

/** The selector's steps up to its first wildcard. */
function concretePrefix(steps: SelectorStep[]): SelectorStep[] {
  const wildcard = steps.findIndex((step) => step.type === 'any-property' || step.type === 'any-index')
  return wildcard < 0 ? steps : steps.slice(0, wildcard)
}

function isPrefix(prefix: SelectorStep[], path: SelectorStep[]): boolean {
  return (
    prefix.length <= path.length && prefix.every((step, index) => JSON.stringify(step) === JSON.stringify(path[index]))
  )
}

function setPath(root: CloudTrailRecord, path: SelectorStep[], value: unknown): void {
  let container: unknown = root
  path.forEach((step, index) => {
    const last = index === path.length - 1
    const nextStep = path[index + 1]
    const fresh = (): unknown => (last ? value : nextStep?.type === 'index' || nextStep?.type === 'any-index' ? [] : {})
    if (step.type === 'property' && typeof container === 'object' && container !== null && !Array.isArray(container)) {
      const object = container as Record<string, unknown>
      if (last || typeof object[step.name] !== 'object' || object[step.name] === null) object[step.name] = fresh()
      container = object[step.name]
    } else if (step.type === 'index' && Array.isArray(container)) {
      while (container.length <= step.index) container.push(null)
      if (last || typeof container[step.index] !== 'object' || container[step.index] === null)
        container[step.index] = fresh()
      container = container[step.index]
    }
  })
}

function deletePath(root: CloudTrailRecord, path: SelectorStep[]): void {
  const parent = selectValues(root, path.slice(0, -1))[0]
  const last = path[path.length - 1] as SelectorStep
  if (last.type === 'property' && typeof parent === 'object' && parent !== null && !Array.isArray(parent)) {
    delete (parent as Record<string, unknown>)[last.name]
  } else if (last.type === 'index' && Array.isArray(parent)) {
    parent.splice(last.index)
  }
}

// ---------------------------------------------------------------- JSON patterns: breadth

/** Candidate (eventSource, eventName) pairs outside the two targets, realistic ones first. */
function otherCalls(pattern: FilterPattern, events: EventTarget): Array<[string, string]> {
  const calls: Array<[string, string]> = events.relatedEventNames.map((name) => [events.eventSource, name])
  calls.push(...OTHER_SERVICE_EVENTS)
  // Values taken from the pattern itself reach events the realistic lists miss (e.g. `kms*`, a missing source clause).
  const sources = [...derivedValues(pattern, 'eventSource'), 's3.amazonaws.com']
  const names = [...derivedValues(pattern, 'eventName'), ...events.eventNames, 'DescribeKey']
  for (const source of sources) for (const name of names) calls.push([source, name])
  return calls.filter(([source, name]) => !(source === events.eventSource && events.eventNames.includes(name)))
}

function derivedValues(pattern: FilterPattern, field: 'eventSource' | 'eventName'): string[] {
  if (pattern.kind !== 'json') return []
  const values = new Set<string>()
  for (const condition of conditionsOf(pattern.expression)) {
    const first = condition.selector.steps[0]
    if (condition.type !== 'compare' || first?.type !== 'property' || first.name !== field) continue
    const operand = condition.operand
    if (operand.type === 'string') {
      values.add(operand.value.replaceAll('*', '-example'))
      values.add(operand.value.replaceAll('*', ''))
      values.add(`${operand.value.replaceAll('*', '')}-example`)
    } else if (operand.type === 'number') {
      values.add(operand.text)
    }
  }
  return [...values].filter((value) => value !== '')
}

interface BroadExample {
  record: CloudTrailRecord
}

function findBroadExample(
  pattern: FilterPattern,
  compiled: CompiledPattern,
  events: EventTarget
): BroadExample | undefined {
  for (const [source, name] of otherCalls(pattern, events)) {
    if (pattern.kind === 'json' && !formulaValue(pattern.expression, source, name, 'satisfy')) continue
    const base = otherEvent(events, source, name)
    if (compiled.test(prepare(base))) return { record: base }
    const built =
      pattern.kind === 'json'
        ? satisfyingRecords(pattern.expression, events, source, name)
        : pattern.kind === 'terms'
          ? termInjections(pattern, base)
          : []
    const found = built.find((record) => compiled.test(prepare(record)))
    if (found !== undefined) return { record: found }
  }
  return undefined
}

/** Records of the given call built to satisfy one conjunction of the pattern's DNF at a time (bounded). */
function satisfyingRecords(
  expression: JsonExpression,
  events: EventTarget,
  source: string,
  name: string
): CloudTrailRecord[] {
  return disjuncts(expression, 16).map((conjunction) => {
    const record = otherEvent(events, source, name)
    for (const condition of conjunction) {
      if (isOnTargetFields(condition)) continue
      applySatisfying(record, condition)
    }
    return record
  })
}

function disjuncts(expression: JsonExpression, limit: number): JsonCondition[][] {
  if (expression.type === 'or')
    return expression.operands.flatMap((operand) => disjuncts(operand, limit)).slice(0, limit)
  if (expression.type === 'and') {
    let result: JsonCondition[][] = [[]]
    for (const operand of expression.operands) {
      const options = disjuncts(operand, limit)
      result = result.flatMap((prefix) => options.map((option) => [...prefix, ...option])).slice(0, limit)
    }
    return result
  }
  return [[expression]]
}

function applySatisfying(record: CloudTrailRecord, condition: JsonCondition): void {
  const steps = condition.selector.steps.map((step): SelectorStep =>
    step.type === 'any-index'
      ? { type: 'index', index: 0 }
      : step.type === 'any-property'
        ? { type: 'property', name: 'x' }
        : step
  )
  if (condition.type === 'not-exists') return deletePath(record, steps)
  if (condition.type === 'is') {
    return setPath(record, steps, condition.value === 'TRUE' ? true : condition.value === 'FALSE' ? false : null)
  }
  const value = satisfyingValue(condition.operator, condition.operand)
  if (value !== undefined) setPath(record, steps, value)
}

function satisfyingValue(operator: string, operand: Operand): unknown {
  if (operand.type === 'number') {
    const offset = operator === '<' ? -1 : operator === '>' || operator === '!=' ? 1 : 0
    return operand.value + offset
  }
  if (operand.type === 'regex') return operator === '!=' && !operand.regex.test('') ? '' : undefined
  const plain = operand.value.replaceAll('*', '')
  return operator === '=' ? plain : `not-${plain}`
}

// ---------------------------------------------------------------- term patterns

/**
 * Text every target event is sure to contain: CloudTrail delivers compact JSON, but the order and
 * neighbours of members are not guaranteed, so only each member on its own counts.
 */
function guaranteedText(events: EventTarget, target: string): string[] {
  return [`"eventSource":"${events.eventSource}"`, `"eventName":"${target}"`, '{', '}']
}

function isGuaranteed(term: Term, events: EventTarget, target: string): boolean {
  return term.text.trim() === '' || guaranteedText(events, target).some((text) => text.includes(term.text))
}

function termCoverage(pattern: TermPattern, events: EventTarget): SymbolicCoverage {
  const failures: CoverageFailure[] = []
  for (const target of events.eventNames) {
    const reason = termFailure(pattern, events, target)
    if (reason !== undefined) {
      failures.push({ target, reason, construct: () => termCounterexample(pattern, events, target) })
    }
  }
  return { failures }
}

function termFailure(pattern: TermPattern, events: EventTarget, target: string): string | undefined {
  if (pattern.regex !== undefined) {
    const source = pattern.regex.source
    // Without anchors, a match inside a member that is always present is a match in the whole message.
    const anchored = /\^|\$|\\[bB]/.test(source.replace(/\[[^\]]*\]/g, ''))
    const proven = !anchored && guaranteedText(events, target).some((text) => pattern.regex?.regex.test(text))
    return proven ? undefined : `The regular expression %${source}% is not certain to match every ${target} event.`
  }
  const excluded = pattern.terms.find((term) => term.mode === 'excluded')
  if (excluded !== undefined) {
    return `The excluded term -${excluded.text} can appear anywhere in a ${target} event (for example in its user agent), and then the event is missed.`
  }
  const required = pattern.terms.filter((term) => term.mode === 'required')
  if (required.length > 0) {
    const missing = required.find((term) => !isGuaranteed(term, events, target))
    return missing === undefined
      ? undefined
      : `Terms are matched as text and all of them are required, but '${missing.text}' is not in every ${target} event.`
  }
  const optional = pattern.terms.filter((term) => term.mode === 'optional')
  if (optional.length === 0 || optional.some((term) => isGuaranteed(term, events, target))) return undefined
  return `None of the ?-terms is certain to appear in a ${target} event.`
}

function termCounterexample(pattern: TermPattern, events: EventTarget, target: string): CloudTrailRecord | undefined {
  const excluded = pattern.terms.find((term) => term.mode === 'excluded')
  const record = events.sample(target)
  if (excluded !== undefined) {
    record.userAgent = `aws-cli/2.15.0 ${excluded.text}`
    return record
  }
  // Remove every occurrence of the terms that are not guaranteed, keeping eventSource and eventName.
  const avoid = pattern.terms
    .filter((term) => term.mode !== 'excluded' && !isGuaranteed(term, events, target))
    .map((t) => t.text)
  return scrub(record, avoid)
}

function scrub(record: CloudTrailRecord, avoid: string[]): CloudTrailRecord {
  const clean = (value: unknown): unknown => {
    if (typeof value === 'string') return avoid.some((text) => value.includes(text)) ? '' : value
    if (Array.isArray(value)) return value.map(clean)
    if (typeof value === 'object' && value !== null) {
      const result: Record<string, unknown> = {}
      for (const [key, inner] of Object.entries(value)) {
        if (!avoid.some((text) => key.includes(text))) result[key] = clean(inner)
      }
      return result
    }
    return value
  }
  const { eventSource, eventName, ...rest } = record
  // eventName first and eventSource last so no term spans the two members.
  return { eventName, ...(clean(rest) as CloudTrailRecord), eventSource }
}

/** Non-target records with the pattern's terms written into the user agent, as any caller can do. */
function termInjections(pattern: TermPattern, base: CloudTrailRecord): CloudTrailRecord[] {
  const wanted = pattern.terms.filter((term) => term.mode === 'required')
  const optional = pattern.terms.filter((term) => term.mode === 'optional')
  const sets =
    wanted.length > 0 || pattern.terms.some((term) => term.mode === 'excluded')
      ? [wanted]
      : optional.map((term) => [term])
  return sets.map((terms) => ({ ...base, userAgent: ['aws-cli/2.15.0', ...terms.map((term) => term.text)].join(' ') }))
}

// ---------------------------------------------------------------- space-delimited patterns

/**
 * Fields of a CloudTrail record are fragments of its JSON cut at spaces inside string values, which a caller
 * controls; only a pattern that asks for at most one field and tests none is certain to match.
 */
function delimitedCoverage(
  slots: Extract<FilterPattern, { kind: 'space-delimited' }>['slots'],
  events: EventTarget
): SymbolicCoverage {
  const tested = slots.some((slot) => slot.type === 'field' && slot.condition !== undefined)
  const fieldsNeeded = slots.filter((slot) => slot.type === 'field').length
  if (!tested && fieldsNeeded <= 1) return { failures: [] }
  return {
    failures: events.eventNames.map((target) => ({
      target,
      reason: `A space-delimited pattern cuts the JSON record at spaces inside its values, so it is not certain to match every ${target} event.`,
      construct: () => {
        // The same record with no space anywhere is a single field.
        const record = JSON.parse(JSON.stringify(events.sample(target)).replaceAll(' ', '_')) as CloudTrailRecord
        return record
      }
    }))
  }
}
