import type {
  ComparisonOperator,
  DelimitedPattern,
  FieldCondition,
  FieldExpression,
  FilterPattern,
  JsonCondition,
  JsonExpression,
  JsonPattern,
  Operand,
  Selector,
  SelectorStep,
  Slot,
  Term,
  TermPattern
} from './ast.js'
import { PatternSyntaxError } from './errors.js'
import { compileAwsRegex } from './regex.js'

/** AWS limits (spec §1, §2.4, §4, §6). */
export const LIMITS = {
  maxPatternLength: 1024,
  maxRegexesPerPattern: 2,
  maxWildcardSelectorsPerPattern: 3,
  maxWildcardsPerSelector: 1
} as const

const NUMBER_LITERAL = /^[+-]?\d+(\.\d+)?([eE][+-]?\d+)?$/
const WHITESPACE = new Set([' ', '\t', '\r', '\n'])
const NAME_CHAR = /^[A-Za-z0-9_-]$/
const TERM_CHAR = /^[A-Za-z0-9_]$/
// Unquoted values AWS accepts in JSON patterns (spec §2.3: documented [A-Za-z0-9_] plus the observed . * + -).
const JSON_BARE_CHAR = /^[A-Za-z0-9_.*+-]$/
// Space-delimited values are compared to log fields such as paths and times, so `/` and `:` are accepted too [INFER].
const DELIMITED_BARE_CHAR = /^[A-Za-z0-9_.*+\-/:]$/

/**
 * Parses a CloudWatch Logs filter pattern. Throws PatternSyntaxError (never anything else) when AWS
 * would reject it with InvalidParameterException.
 */
export function parse(text: string): FilterPattern {
  if (text.length > LIMITS.maxPatternLength && Array.from(text).length > LIMITS.maxPatternLength) {
    throw new PatternSyntaxError(
      `Filter pattern is longer than ${LIMITS.maxPatternLength} characters`,
      LIMITS.maxPatternLength,
      `at most ${LIMITS.maxPatternLength} characters`
    )
  }
  const first = text[0]
  if (first === '{') return new JsonParser(text).parsePattern()
  if (first === '[') return new DelimitedParser(text).parsePattern()
  if (first === '%') return parseStandaloneRegex(text)
  const trimmed = text.trimStart()
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    // AWS rejected ' {$.ThisFlag IS TRUE} ' (spec §1, AWS-OBS): the bracket must be the first character.
    throw new PatternSyntaxError(
      'Invalid metric filter pattern: whitespace before the opening bracket',
      0,
      `'${trimmed[0]}' as the first character`
    )
  }
  return parseTerms(text)
}

// ---------------------------------------------------------------- shared scanner

class Scanner {
  pos = 0
  regexCount = 0

  constructor(readonly text: string) {}

  get atEnd(): boolean {
    return this.pos >= this.text.length
  }

  peek(offset = 0): string | undefined {
    return this.text[this.pos + offset]
  }

  startsWith(literal: string): boolean {
    return this.text.startsWith(literal, this.pos)
  }

  /** Skips whitespace; returns how many characters were skipped. */
  skipWhitespace(): number {
    const start = this.pos
    while (!this.atEnd && WHITESPACE.has(this.text[this.pos] as string)) this.pos++
    return this.pos - start
  }

  fail(message: string, expected: string, position = this.pos): never {
    throw new PatternSyntaxError(message, position, expected)
  }

  describeHere(): string {
    if (this.atEnd) return 'end of pattern'
    return `'${this.text.slice(this.pos, this.pos + 12)}'`
  }

  expect(literal: string, expected = `'${literal}'`): void {
    if (!this.startsWith(literal)) this.fail(`Unexpected ${this.describeHere()}`, expected)
    this.pos += literal.length
  }

  /** Reads `%body%`; the scanner is on the opening `%`. */
  readRegex(): Extract<Operand, { type: 'regex' }> {
    const position = this.pos
    const close = this.text.indexOf('%', position + 1)
    if (close < 0) this.fail('Unterminated regular expression', "a closing '%'", this.text.length)
    this.regexCount++
    if (this.regexCount > LIMITS.maxRegexesPerPattern) {
      this.fail(
        `A filter pattern may contain at most ${LIMITS.maxRegexesPerPattern} regular expressions`,
        'no further regular expression',
        position
      )
    }
    const source = this.text.slice(position + 1, close)
    const regex = compileAwsRegex(source, position + 1)
    this.pos = close + 1
    return { type: 'regex', source, regex, position }
  }

  /** Reads `"..."`; `\"` and `\\` are unescaped (spec §2.3, AWS handling unverified). */
  readQuoted(): { value: string; position: number } {
    const position = this.pos
    this.pos++
    let value = ''
    while (!this.atEnd) {
      const char = this.text[this.pos] as string
      if (char === '"') {
        this.pos++
        return { value, position }
      }
      if (char === '\\' && (this.peek(1) === '"' || this.peek(1) === '\\')) {
        value += this.peek(1)
        this.pos += 2
        continue
      }
      value += char
      this.pos++
    }
    return this.fail('Unterminated quoted string', "a closing '\"'", this.text.length)
  }

  /** Reads a term-pattern phrase `"..."`; it has no escapes (spec §3.1). */
  readQuotedPhrase(): { value: string } {
    const open = this.pos
    const close = this.text.indexOf('"', open + 1)
    if (close < 0) this.fail('Unterminated quoted phrase', "a closing '\"'", this.text.length)
    this.pos = close + 1
    return { value: this.text.slice(open + 1, close) }
  }

  /** Reads an unquoted value up to a delimiter and checks its characters. */
  readBareWord(isDelimiter: (char: string) => boolean, allowed: RegExp): { word: string; position: number } {
    const position = this.pos
    while (!this.atEnd && !isDelimiter(this.text[this.pos] as string)) this.pos++
    const word = this.text.slice(position, this.pos)
    if (word === '') this.fail(`Unexpected ${this.describeHere()}`, 'a value', position)
    for (let i = 0; i < word.length; i++) {
      if (!allowed.test(word[i] as string)) {
        // The real AWS error text (spec §2.3): "Invalid character(s) in term '<term>'".
        this.fail(
          `Invalid character(s) in term '${word}'`,
          'letters, digits, _ . * + - in an unquoted value (put other characters in double quotes)',
          position + i
        )
      }
    }
    return { word, position }
  }

  readOperator(): ComparisonOperator | undefined {
    for (const operator of ['!=', '<=', '>=', '=', '<', '>'] as const) {
      if (this.startsWith(operator)) {
        this.pos += operator.length
        return operator
      }
    }
    return undefined
  }

  /** The value after an operator, classified as spec §2.1 says. */
  readOperand(operator: ComparisonOperator, isDelimiter: (char: string) => boolean, allowed: RegExp): Operand {
    const numericOnly = operator !== '=' && operator !== '!='
    const char = this.peek()
    if (char === '%') {
      if (numericOnly) this.fail(`'${operator}' cannot be used with a regular expression`, 'a number')
      return this.readRegex()
    }
    if (char === '"') {
      if (numericOnly) {
        // AWS rejects `{ $.someString > "123" }` (spec §2.1, AWS-OBS).
        this.fail(`'${operator}' needs an unquoted number`, 'a number')
      }
      const { value, position } = this.readQuoted()
      return { type: 'string', value, quoted: true, position }
    }
    const { word, position } = this.readBareWord(isDelimiter, allowed)
    if (NUMBER_LITERAL.test(word)) return { type: 'number', value: Number(word), text: word, position }
    if (numericOnly)
      this.fail(`Invalid character(s) in term '${word}': '${operator}' needs a number`, 'a number', position)
    return { type: 'string', value: word, quoted: false, position }
  }
}

// ---------------------------------------------------------------- JSON patterns (spec §2)

const isJsonValueDelimiter = (char: string): boolean =>
  WHITESPACE.has(char) || char === ')' || char === '}' || char === '(' || char === '&' || char === '|'

class JsonParser extends Scanner {
  private wildcardSelectors = 0

  parsePattern(): JsonPattern {
    this.expect('{')
    this.skipWhitespace()
    const expression = this.parseOr()
    this.skipWhitespace()
    if (this.atEnd) {
      // The real AWS message (spec §1): "If a filter pattern starts with '{' it must end with '}'".
      this.fail("If a filter pattern starts with '{' it must end with '}'", "'&&', '||' or '}'")
    }
    this.expect('}', "'&&', '||' or '}'")
    if (!this.atEnd) this.fail(`Unexpected ${this.describeHere()} after the closing '}'`, 'end of pattern')
    return { kind: 'json', expression }
  }

  private parseOr(): JsonExpression {
    const position = this.pos
    const operands = [this.parseAnd()]
    while (this.lookAheadFor('||')) {
      this.skipWhitespace()
      this.pos += 2
      this.skipWhitespace()
      operands.push(this.parseAnd())
    }
    return operands.length === 1 ? (operands[0] as JsonExpression) : { type: 'or', operands, position }
  }

  private parseAnd(): JsonExpression {
    const position = this.pos
    const operands = [this.parseUnary()]
    while (this.lookAheadFor('&&')) {
      this.skipWhitespace()
      this.pos += 2
      this.skipWhitespace()
      operands.push(this.parseUnary())
    }
    return operands.length === 1 ? (operands[0] as JsonExpression) : { type: 'and', operands, position }
  }

  /** True when `literal` follows after optional whitespace (the scanner does not move). */
  private lookAheadFor(literal: string): boolean {
    let at = this.pos
    while (at < this.text.length && WHITESPACE.has(this.text[at] as string)) at++
    return this.text.startsWith(literal, at)
  }

  private parseUnary(): JsonExpression {
    this.skipWhitespace()
    if (this.peek() === '(') {
      this.pos++
      this.skipWhitespace()
      const inner = this.parseOr()
      this.skipWhitespace()
      this.expect(')', "'&&', '||' or ')'")
      return inner
    }
    return this.parseCondition()
  }

  private parseCondition(): JsonCondition {
    const position = this.pos
    if (this.peek() !== '$') this.fail(`Unexpected ${this.describeHere()}`, "a selector starting with '$.' or '('")
    const selector = this.parseSelector()
    const spaces = this.skipWhitespace()
    if (this.startsWith('IS') && spaces > 0) {
      this.pos += 2
      if (this.skipWhitespace() === 0) this.fail(`Unexpected ${this.describeHere()}`, "a space after 'IS'")
      if (this.startsWith('NOT')) {
        this.fail(
          "'IS NOT' is not supported by CloudWatch Logs (use NOT EXISTS, or != for values)",
          'TRUE, FALSE or NULL'
        )
      }
      for (const value of ['TRUE', 'FALSE', 'NULL'] as const) {
        if (this.startsWith(value)) {
          this.pos += value.length
          this.expectKeywordEnd()
          return { type: 'is', selector, value, position }
        }
      }
      this.fail(`Unexpected ${this.describeHere()}`, 'TRUE, FALSE or NULL')
    }
    if (this.startsWith('NOT') && spaces > 0) {
      this.pos += 3
      if (this.skipWhitespace() === 0) this.fail(`Unexpected ${this.describeHere()}`, "a space after 'NOT'")
      this.expect('EXISTS', "'EXISTS'")
      this.expectKeywordEnd()
      return { type: 'not-exists', selector, position }
    }
    if (this.startsWith('EXISTS')) {
      this.fail(
        "'EXISTS' is not supported by CloudWatch Logs (use NOT EXISTS, or = * for a present value)",
        'an operator'
      )
    }
    const operator = this.readOperator()
    if (operator === undefined) {
      this.fail(`Unexpected ${this.describeHere()}`, 'an operator (=, !=, <, >, <=, >=), IS or NOT EXISTS')
    }
    this.skipWhitespace()
    if (this.atEnd) this.fail('Unexpected end of pattern', 'a value')
    const operand = this.readOperand(operator, isJsonValueDelimiter, JSON_BARE_CHAR)
    return { type: 'compare', selector, operator, operand, position }
  }

  private expectKeywordEnd(): void {
    const next = this.peek()
    if (next !== undefined && !isJsonValueDelimiter(next)) {
      this.fail(`Unexpected ${this.describeHere()}`, "whitespace, ')', '}', '&&' or '||'")
    }
  }

  private parseSelector(): Selector {
    const position = this.pos
    this.pos++ // '$'
    if (this.peek() !== '.') this.fail(`Unexpected ${this.describeHere()}`, "'.' after '$' (selectors start with '$.')")
    const steps: SelectorStep[] = []
    let wildcards = 0
    for (;;) {
      const char = this.peek()
      if (char === '.') {
        this.pos++
        steps.push(this.parseDotStep())
      } else if (char === '[') {
        this.pos++
        if (this.peek() === '*') {
          this.pos++
          steps.push({ type: 'any-index' })
        } else {
          const start = this.pos
          while (!this.atEnd && /[0-9]/.test(this.peek() as string)) this.pos++
          if (start === this.pos) this.fail(`Unexpected ${this.describeHere()}`, "an array index or '*'")
          steps.push({ type: 'index', index: Number(this.text.slice(start, this.pos)) })
        }
        this.expect(']')
      } else {
        break
      }
      const last = steps[steps.length - 1] as SelectorStep
      if (last.type === 'any-index' || last.type === 'any-property') {
        wildcards++
        if (wildcards > LIMITS.maxWildcardsPerSelector) {
          this.fail('A selector may contain at most one wildcard', 'a selector with a single * or [*]', position)
        }
      }
    }
    if (wildcards > 0) {
      this.wildcardSelectors++
      if (this.wildcardSelectors > LIMITS.maxWildcardSelectorsPerPattern) {
        this.fail(
          `A filter pattern may contain at most ${LIMITS.maxWildcardSelectorsPerPattern} wildcard selectors`,
          'a selector without wildcards',
          position
        )
      }
    }
    return { text: this.text.slice(position, this.pos), steps, position }
  }

  private parseDotStep(): SelectorStep {
    const char = this.peek()
    if (char === '*') {
      this.pos++
      return { type: 'any-property' }
    }
    if (char === '[') {
      this.pos++
      this.expect("'", "a quote in $.['key']")
      const close = this.text.indexOf("'", this.pos)
      if (close < 0) this.fail('Unterminated bracketed key', "a closing quote in $.['key']", this.text.length)
      const name = this.text.slice(this.pos, close)
      this.pos = close + 1
      this.expect(']')
      return { type: 'property', name }
    }
    const start = this.pos
    while (!this.atEnd && NAME_CHAR.test(this.peek() as string)) this.pos++
    if (start === this.pos) this.fail(`Unexpected ${this.describeHere()}`, "a property name, '*' or ['key'] after '.'")
    return { type: 'property', name: this.text.slice(start, this.pos) }
  }
}

// ---------------------------------------------------------------- term patterns (spec §3)

function parseTerms(text: string): TermPattern {
  const scanner = new Scanner(text)
  const terms: Term[] = []
  for (;;) {
    scanner.skipWhitespace()
    if (scanner.atEnd) break
    const position = scanner.pos
    let mode: Term['mode'] = 'required'
    if (scanner.peek() === '?') mode = 'optional'
    else if (scanner.peek() === '-') mode = 'excluded'
    if (mode !== 'required') scanner.pos++
    const char = scanner.peek()
    if (char === '"') {
      const { value } = scanner.readQuotedPhrase()
      terms.push({ mode, text: value, quoted: true, position })
    } else if (char !== undefined && TERM_CHAR.test(char)) {
      const start = scanner.pos
      while (!scanner.atEnd && TERM_CHAR.test(scanner.peek() as string)) scanner.pos++
      terms.push({ mode, text: text.slice(start, scanner.pos), quoted: false, position })
    } else if (char === '%') {
      scanner.fail('A regular expression must be the whole filter pattern', 'a term or a quoted phrase')
    } else {
      const word = text.slice(scanner.pos).split(/[ \t\r\n]/)[0] ?? ''
      scanner.fail(
        word === '' ? `Unexpected ${scanner.describeHere()}` : `Invalid character(s) in term '${word}'`,
        'a term of letters, digits and _ (put other characters in double quotes)'
      )
    }
    const next = scanner.peek()
    if (next !== undefined && !WHITESPACE.has(next)) {
      const word = text.slice(position).split(/[ \t\r\n]/)[0] ?? ''
      scanner.fail(
        `Invalid character(s) in term '${word}'`,
        'whitespace between terms (put terms with other characters in double quotes)'
      )
    }
  }
  return { kind: 'terms', terms }
}

function parseStandaloneRegex(text: string): TermPattern {
  const scanner = new Scanner(text)
  const regex = scanner.readRegex()
  if (!scanner.atEnd) {
    scanner.fail('A regular expression must be the whole filter pattern', 'end of pattern after the closing %')
  }
  return { kind: 'terms', terms: [], regex: { source: regex.source, regex: regex.regex, position: regex.position } }
}

// ---------------------------------------------------------------- space-delimited patterns (spec §5)

const isDelimitedValueDelimiter = (char: string): boolean =>
  WHITESPACE.has(char) || char === ',' || char === ']' || char === '&' || char === '|'

class DelimitedParser extends Scanner {
  parsePattern(): DelimitedPattern {
    this.expect('[')
    const slots: Slot[] = []
    this.skipWhitespace()
    if (this.peek() === ']') {
      this.pos++
    } else {
      let ellipses = 0
      for (;;) {
        this.skipWhitespace()
        const slot = this.parseSlot()
        if (slot.type === 'ellipsis' && ++ellipses > 1) {
          this.fail("A space-delimited pattern may contain '...' only once", 'a field name', slot.position)
        }
        slots.push(slot)
        this.skipWhitespace()
        if (this.peek() === ',') {
          this.pos++
          continue
        }
        if (this.atEnd) this.fail("If a filter pattern starts with '[' it must end with ']'", "',' or ']'")
        this.expect(']', "',' or ']'")
        break
      }
    }
    if (!this.atEnd) this.fail(`Unexpected ${this.describeHere()} after the closing ']'`, 'end of pattern')
    return { kind: 'space-delimited', slots }
  }

  private parseSlot(): Slot {
    const position = this.pos
    if (this.startsWith('...')) {
      this.pos += 3
      return { type: 'ellipsis', position }
    }
    if (this.peek() === ',' || this.peek() === ']') return { type: 'field', position }
    const name = this.readFieldName()
    this.skipWhitespace()
    if (this.peek() === ',' || this.peek() === ']' || this.atEnd) return { type: 'field', name, position }
    const condition = this.parseSlotOr(name, position)
    const other = fieldsOf(condition).find((field) => field !== name)
    if (other !== undefined) {
      this.fail(`Conditions in a slot must all test that slot's field '${name}', not '${other}'`, `'${name}'`, position)
    }
    return { type: 'field', name, condition, position }
  }

  private readFieldName(): string {
    const start = this.pos
    while (!this.atEnd && NAME_CHAR.test(this.peek() as string)) this.pos++
    if (start === this.pos) this.fail(`Unexpected ${this.describeHere()}`, "a field name, '...' or ']'")
    return this.text.slice(start, this.pos)
  }

  private parseSlotOr(name: string, namePosition: number): FieldExpression {
    const operands = [this.parseSlotAnd(name, namePosition)]
    while (this.skipWhitespace() >= 0 && this.startsWith('||')) {
      this.pos += 2
      this.skipWhitespace()
      operands.push(this.parseSlotAnd(this.readFieldName(), this.pos))
    }
    return operands.length === 1 ? (operands[0] as FieldExpression) : { type: 'or', operands, position: namePosition }
  }

  private parseSlotAnd(name: string, namePosition: number): FieldExpression {
    const operands: FieldExpression[] = [this.parseFieldCondition(name, namePosition)]
    while (this.skipWhitespace() >= 0 && this.startsWith('&&')) {
      this.pos += 2
      this.skipWhitespace()
      const start = this.pos
      operands.push(this.parseFieldCondition(this.readFieldName(), start))
    }
    return operands.length === 1 ? (operands[0] as FieldExpression) : { type: 'and', operands, position: namePosition }
  }

  /** `name op value`; the name has been read already. Conditions in a slot test that slot's own field (spec §5.2). */
  private parseFieldCondition(field: string, position: number): FieldCondition {
    this.skipWhitespace()
    const operator = this.readOperator()
    if (operator === undefined)
      this.fail(`Unexpected ${this.describeHere()}`, "an operator (=, !=, <, >, <=, >=), ',' or ']'")
    this.skipWhitespace()
    if (this.atEnd) this.fail('Unexpected end of pattern', 'a value')
    const operand = this.readOperand(operator, isDelimitedValueDelimiter, DELIMITED_BARE_CHAR)
    return { type: 'field-compare', field, operator, operand, position }
  }
}

/** The field names a slot's conditions test (all must be the slot's own name; cross-field conditions are not supported). */
function fieldsOf(expression: FieldExpression): string[] {
  if (expression.type === 'field-compare') return [expression.field]
  return expression.operands.flatMap(fieldsOf)
}
