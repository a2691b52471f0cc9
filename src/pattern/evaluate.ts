import type {
  ComparisonOperator,
  DelimitedPattern,
  FieldExpression,
  FilterPattern,
  JsonCondition,
  JsonExpression,
  JsonPattern,
  Operand,
  PatternKind,
  SelectorStep,
  Slot,
  TermPattern
} from './ast.js'
import { compileGlob, type GlobMode, type TextMatcher } from './glob.js'
import { LexicalNumber, parseLexicalJson, type LexicalValue } from './json-lexical.js'
import { parse } from './parser.js'

/**
 * Decides whether a filter pattern matches one log event message, as CloudWatch Logs would.
 * Events are prepared once (lazy JSON parse, lazy field split) and can be tested against many patterns.
 */

export interface CompileOptions {
  /** How `*` inside string values behaves; default 'aws-quirk' (spec §2.5). */
  globMode?: GlobMode
}

export interface CompiledPattern {
  readonly pattern: FilterPattern
  readonly kind: PatternKind
  /** True when the pattern matches the event. */
  readonly test: (event: PreparedEvent) => boolean
}

const NOT_JSON = Symbol('not JSON')
const NUMERIC_TEXT = /^[+-]?\d+(\.\d+)?([eE][+-]?\d+)?$/

/** One log event message, parsed at most once whatever the number of patterns it is tested against. */
export class PreparedEvent {
  private jsonValue: unknown = undefined
  private jsonParsed = false
  private lexical: LexicalValue | typeof NOT_JSON | undefined
  private fieldList: string[] | undefined
  private backslash: boolean | undefined

  /**
   * @param message the log event message exactly as CloudWatch Logs receives it
   * @param parsed the message already parsed (when the caller produced `message` with JSON.stringify);
   *   then number texts are JSON.stringify's, so no lexical re-parse is ever needed
   */
  constructor(
    readonly message: string,
    parsed?: unknown
  ) {
    if (parsed !== undefined) {
      this.jsonParsed = true
      this.jsonValue = isObject(parsed) ? parsed : NOT_JSON
      this.lexical = NOT_JSON
    }
  }

  /** The message as a JSON object, or undefined when it is not one (JSON patterns never match then, spec §2.4). */
  json(): Record<string, unknown> | undefined {
    if (!this.jsonParsed) {
      this.jsonParsed = true
      this.jsonValue = NOT_JSON
      // Only an object counts as a JSON log event; text before the `{` makes it plain text [INFER, spec §2.4].
      if (firstNonSpace(this.message) === '{') {
        try {
          const value: unknown = JSON.parse(this.message)
          if (isObject(value)) this.jsonValue = value
        } catch {
          // not JSON
        }
      }
    }
    return this.jsonValue === NOT_JSON ? undefined : (this.jsonValue as Record<string, unknown>)
  }

  /** The JSON tree with number source texts kept, or undefined when not needed/available. */
  lexicalJson(): LexicalValue | undefined {
    if (this.lexical === undefined)
      this.lexical = this.json() === undefined ? NOT_JSON : (parseLexicalJson(this.message) ?? NOT_JSON)
    return this.lexical === NOT_JSON ? undefined : this.lexical
  }

  /** Space-delimited fields (spec §5.1), brackets and quotes stripped. */
  fields(): string[] {
    this.fieldList ??= splitFields(this.message)
    return this.fieldList
  }

  /** Without any backslash every JSON string appears verbatim in the text, which the literal prefilter relies on. */
  hasBackslash(): boolean {
    this.backslash ??= this.message.includes('\\')
    return this.backslash
  }
}

export function prepareEvent(message: string, parsed?: unknown): PreparedEvent {
  return new PreparedEvent(message, parsed)
}

export function compile(pattern: FilterPattern | string, options: CompileOptions = {}): CompiledPattern {
  const ast = typeof pattern === 'string' ? parse(pattern) : pattern
  const globMode = options.globMode ?? 'aws-quirk'
  let test: (event: PreparedEvent) => boolean
  if (ast.kind === 'json') test = compileJsonPattern(ast, globMode)
  else if (ast.kind === 'terms') test = compileTermPattern(ast)
  else test = compileDelimitedPattern(ast, globMode)
  return { pattern: ast, kind: ast.kind, test }
}

export function matches(compiled: CompiledPattern, event: PreparedEvent): boolean {
  return compiled.test(event)
}

/** Convenience for one-off checks; parses and compiles the pattern each call unless given a CompiledPattern. */
export function matchesMessage(pattern: string | FilterPattern | CompiledPattern, message: string): boolean {
  const compiled = typeof pattern === 'object' && 'test' in pattern ? pattern : compile(pattern)
  return compiled.test(new PreparedEvent(message))
}

// ---------------------------------------------------------------- JSON patterns

type EventTest = (event: PreparedEvent) => boolean

function compileJsonPattern(pattern: JsonPattern, globMode: GlobMode): EventTest {
  const evaluate = compileJsonExpression(pattern.expression, globMode)
  const prefilter = literalPrefilter(pattern.expression)
  return (event) => {
    // Cheap rejection before any JSON parse: a required literal is absent from an escape-free message.
    if (prefilter !== undefined && !prefilter(event.message) && !event.hasBackslash()) return false
    const root = event.json()
    return root !== undefined && evaluate(root, event)
  }
}

type JsonTest = (root: Record<string, unknown>, event: PreparedEvent) => boolean

function compileJsonExpression(expression: JsonExpression, globMode: GlobMode): JsonTest {
  if (expression.type === 'and') {
    const operands = expression.operands.map((operand) => compileJsonExpression(operand, globMode))
    return (root, event) => operands.every((operand) => operand(root, event))
  }
  if (expression.type === 'or') {
    const operands = expression.operands.map((operand) => compileJsonExpression(operand, globMode))
    return (root, event) => operands.some((operand) => operand(root, event))
  }
  return compileJsonCondition(expression, globMode)
}

function compileJsonCondition(condition: JsonCondition, globMode: GlobMode): JsonTest {
  const steps = condition.selector.steps
  if (condition.type === 'not-exists') return (root) => selectValues(root, steps).length === 0
  if (condition.type === 'is') {
    const wanted = condition.value === 'TRUE' ? true : condition.value === 'FALSE' ? false : null
    // IS NULL is only true for an explicit null, not for a missing key (spec §2.4, DOC-OLD).
    return (root) => selectValues(root, steps).some((value) => value === wanted)
  }
  const test = compileValueTest(condition.operator, condition.operand, globMode)
  return (root, event) => {
    const values = selectValues(root, steps)
    if (values.length === 0) return false
    if (test.needsNumberText && values.some((value) => typeof value === 'number')) {
      // Re-select in the lexical tree so numbers carry their source text (`12.0` stays "12.0").
      const lexical = event.lexicalJson()
      if (lexical !== undefined) return selectValues(lexical, steps).some(test.lexical)
      return values.some((value) =>
        test.lexical(typeof value === 'number' ? new LexicalNumber(value, String(value)) : (value as LexicalValue))
      )
    }
    return values.some(test.plain)
  }
}

/** Wildcard selectors are existential: the condition holds when any selected value satisfies it (spec §2.4). */
export function selectValues(root: unknown, steps: SelectorStep[]): unknown[] {
  let current: unknown[] = [root]
  for (const step of steps) {
    const next: unknown[] = []
    for (const value of current) {
      if (step.type === 'property') {
        if (isObject(value) && Object.hasOwn(value, step.name)) next.push(value[step.name])
      } else if (step.type === 'index') {
        if (Array.isArray(value) && step.index < value.length) next.push(value[step.index])
      } else if (step.type === 'any-property') {
        if (isObject(value)) next.push(...Object.values(value))
      } else if (Array.isArray(value)) {
        next.push(...value)
      }
    }
    if (next.length === 0) return next
    current = next
  }
  return current
}

interface ValueTest {
  plain: (value: unknown) => boolean
  lexical: (value: unknown) => boolean
  needsNumberText: boolean
}

/**
 * One comparison against one selected value (spec §2.4 table). Objects, arrays, booleans and null never
 * satisfy a comparison, not even `!=` (DOC-OLD: `$.users != 1` fails on an array).
 */
function compileValueTest(operator: ComparisonOperator, operand: Operand, globMode: GlobMode): ValueTest {
  if (operand.type === 'number') {
    const compareNumber = numericComparison(operator, operand.value)
    const literalText = operand.text
    const textEqual = (text: string): boolean => text === literalText
    const plain = (value: unknown): boolean => {
      if (typeof value === 'number') return compareNumber(value)
      // A JSON string is compared with the literal's text: "111.111.111.111" != 111 matched (spec §2.4 AWS-OBS).
      if (typeof value === 'string')
        return operator === '=' ? textEqual(value) : operator === '!=' ? !textEqual(value) : false
      return false
    }
    const lexical = (value: unknown): boolean =>
      value instanceof LexicalNumber ? compareNumber(value.value) : plain(value)
    return { plain, lexical, needsNumberText: false }
  }
  const matchText: TextMatcher =
    operand.type === 'regex' ? (text) => operand.regex.test(text) : compileGlob(operand.value, globMode)
  const negate = operator === '!='
  const onText = (text: string): boolean => matchText(text) !== negate
  return {
    plain: (value) => typeof value === 'string' && onText(value),
    // Numbers are matched by their text: `$.someInt = 1*` matched 123 (spec §2.4 AWS-OBS).
    lexical: (value) =>
      typeof value === 'string' ? onText(value) : value instanceof LexicalNumber ? onText(value.text) : false,
    needsNumberText: true
  }
}

function numericComparison(operator: ComparisonOperator, literal: number): (value: number) => boolean {
  switch (operator) {
    case '=':
      return (value) => value === literal
    case '!=':
      return (value) => value !== literal
    case '<':
      return (value) => value < literal
    case '>':
      return (value) => value > literal
    case '<=':
      return (value) => value <= literal
    default:
      return (value) => value >= literal
  }
}

/**
 * A necessary condition on the raw text: for `$.x = "lit*eral"` every wildcard-free piece of the value
 * must occur in the message. Sound only for messages without backslashes (no JSON escapes).
 */
function literalPrefilter(expression: JsonExpression): ((message: string) => boolean) | undefined {
  if (expression.type === 'and' || expression.type === 'or') {
    const parts = expression.operands.map(literalPrefilter)
    if (expression.type === 'or') {
      if (parts.some((part) => part === undefined)) return undefined
      const alternatives = parts as Array<(message: string) => boolean>
      return (message) => alternatives.some((part) => part(message))
    }
    const required = parts.filter((part): part is (message: string) => boolean => part !== undefined)
    if (required.length === 0) return undefined
    return (message) => required.every((part) => part(message))
  }
  if (expression.type !== 'compare' || expression.operator !== '=' || expression.operand.type !== 'string')
    return undefined
  const pieces = expression.operand.value.split('*').filter((piece) => piece !== '')
  if (pieces.length === 0) return undefined
  return (message) => pieces.every((piece) => message.includes(piece))
}

// ---------------------------------------------------------------- term patterns

function compileTermPattern(pattern: TermPattern): EventTest {
  if (pattern.regex !== undefined) {
    const regex = pattern.regex.regex
    return (event) => regex.test(event.message)
  }
  // A phrase of only whitespace matches everything: `" "` (spec §3.2 DOC).
  const contains = (text: string) => (message: string) => text.trim() === '' || message.includes(text)
  const required = pattern.terms.filter((term) => term.mode === 'required').map((term) => contains(term.text))
  const excluded = pattern.terms.filter((term) => term.mode === 'excluded').map((term) => contains(term.text))
  const optional = pattern.terms.filter((term) => term.mode === 'optional').map((term) => contains(term.text))
  if (required.length > 0 || excluded.length > 0) {
    // "If you combine ? with other filter patterns, all question mark terms will be ignored" (spec §3.2 DOC).
    return ({ message }) => required.every((term) => term(message)) && !excluded.some((term) => term(message))
  }
  if (optional.length > 0) return ({ message }) => optional.some((term) => term(message))
  return () => true
}

// ---------------------------------------------------------------- space-delimited patterns

/** Splits a message into space-delimited fields; `[...]` and `"..."` are single fields, delimiters stripped (spec §5.1). */
export function splitFields(message: string): string[] {
  const fields: string[] = []
  const length = message.length
  let i = 0
  while (i < length) {
    while (i < length && isSpace(message.charCodeAt(i))) i++
    if (i >= length) break
    const open = message[i]
    const close = open === '[' ? ']' : open === '"' ? '"' : undefined
    const end = close === undefined ? -1 : message.indexOf(close, i + 1)
    let field: string
    if (end > 0) {
      field = message.slice(i + 1, end)
      i = end + 1
    } else {
      field = ''
    }
    // Text glued to a closing bracket (or a whole plain token) runs to the next space [INFER].
    const start = i
    while (i < length && !isSpace(message.charCodeAt(i))) i++
    fields.push(field + message.slice(start, i))
  }
  return fields
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d
}

interface SlotAlignment {
  /** For each slot that is not `...`, the index of the field it takes. */
  fieldIndexes: number[]
  slots: Array<Extract<Slot, { type: 'field' }>>
}

/**
 * Maps slots to fields (spec §5.3): without `...` slots take fields from the left and surplus fields are
 * ignored (the doc's `[w1=ERROR, w2]` matches longer lines); with `...` the slots before it align left and
 * the slots after it align right. Too few fields means no match.
 */
function alignSlots(pattern: DelimitedPattern, fieldCount: number): SlotAlignment | undefined {
  const ellipsis = pattern.slots.findIndex((slot) => slot.type === 'ellipsis')
  const slots = pattern.slots.filter((slot): slot is Extract<Slot, { type: 'field' }> => slot.type === 'field')
  if (fieldCount < slots.length) return undefined
  const fieldIndexes: number[] = []
  if (ellipsis < 0) {
    slots.forEach((_, index) => fieldIndexes.push(index))
  } else {
    const tail = pattern.slots.length - ellipsis - 1
    for (let index = 0; index < ellipsis; index++) fieldIndexes.push(index)
    for (let index = 0; index < tail; index++) fieldIndexes.push(fieldCount - tail + index)
  }
  return { fieldIndexes, slots }
}

function compileDelimitedPattern(pattern: DelimitedPattern, globMode: GlobMode): EventTest {
  const conditions = pattern.slots
    .filter((slot): slot is Extract<Slot, { type: 'field' }> => slot.type === 'field')
    .map((slot) => (slot.condition === undefined ? undefined : compileFieldExpression(slot.condition, globMode)))
  return (event) => {
    const fields = event.fields()
    const alignment = alignSlots(pattern, fields.length)
    if (alignment === undefined) return false
    return conditions.every(
      (condition, index) =>
        condition === undefined || condition(fields[alignment.fieldIndexes[index] as number] as string)
    )
  }
}

function compileFieldExpression(expression: FieldExpression, globMode: GlobMode): (field: string) => boolean {
  if (expression.type === 'and' || expression.type === 'or') {
    const operands = expression.operands.map((operand) => compileFieldExpression(operand, globMode))
    return expression.type === 'and'
      ? (field) => operands.every((operand) => operand(field))
      : (field) => operands.some((operand) => operand(field))
  }
  const { operator, operand } = expression
  if (operand.type === 'number') {
    const compareNumber = numericComparison(operator, operand.value)
    // Fields are text; a numeric-looking field compares numerically, any other only by text for = and != [INFER].
    return (field) => {
      if (NUMERIC_TEXT.test(field)) return compareNumber(Number(field))
      if (operator === '=') return field === operand.text
      if (operator === '!=') return field !== operand.text
      return false
    }
  }
  const matchText: TextMatcher =
    operand.type === 'regex' ? (text) => operand.regex.test(text) : compileGlob(operand.value, globMode)
  const negate = operator === '!='
  return (field) => matchText(field) !== negate
}

/**
 * TestMetricFilter's `extractedValues` (spec §5.4): named slots as `$name`, other fields as `$<1-based index>`.
 * Empty for term and JSON patterns. Undefined when the pattern does not match.
 */
export function extractValues(compiled: CompiledPattern, event: PreparedEvent): Record<string, string> | undefined {
  if (!compiled.test(event)) return undefined
  const pattern = compiled.pattern
  if (pattern.kind !== 'space-delimited') return {}
  const fields = event.fields()
  const alignment = alignSlots(pattern, fields.length)
  if (alignment === undefined) return undefined
  const values: Record<string, string> = {}
  const named = new Map<number, string>()
  alignment.slots.forEach((slot, index) => {
    if (slot.name !== undefined) named.set(alignment.fieldIndexes[index] as number, slot.name)
  })
  const ellipsis = pattern.slots.some((slot) => slot.type === 'ellipsis')
  const covered = ellipsis || pattern.slots.length === 0 ? fields.length : alignment.slots.length
  for (let index = 0; index < covered; index++) {
    const name = named.get(index)
    values[name === undefined ? `$${index + 1}` : `$${name}`] = fields[index] as string
  }
  return values
}

// ---------------------------------------------------------------- helpers

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof LexicalNumber)
}

function firstNonSpace(text: string): string | undefined {
  for (let i = 0; i < text.length; i++) {
    if (!isSpace(text.charCodeAt(i))) return text[i]
  }
  return undefined
}
