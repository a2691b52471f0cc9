import type { AwsRegex } from './regex.js'

/**
 * Syntax tree of a CloudWatch Logs filter pattern (spec: shared/reference/filter-pattern-syntax.md).
 * Every node keeps `position`, the 0-based offset of its first character in the pattern text.
 */

export type FilterPattern = JsonPattern | TermPattern | DelimitedPattern

export type PatternKind = FilterPattern['kind']

// ---------------------------------------------------------------- JSON patterns (spec §2)

export interface JsonPattern {
  kind: 'json'
  expression: JsonExpression
}

export type JsonExpression = JsonAnd | JsonOr | JsonCondition

export interface JsonAnd {
  type: 'and'
  operands: JsonExpression[]
  position: number
}

export interface JsonOr {
  type: 'or'
  operands: JsonExpression[]
  position: number
}

/** One step of a selector such as `$.a.b[0]`, `$.a[*]`, `$.*` or `$.['cluster.name']`. */
export type SelectorStep =
  | { type: 'property'; name: string }
  | { type: 'index'; index: number }
  | { type: 'any-property' }
  | { type: 'any-index' }

export interface Selector {
  /** Source text, e.g. `$.userIdentity.type`. */
  text: string
  steps: SelectorStep[]
  position: number
}

export type ComparisonOperator = '=' | '!=' | '<' | '>' | '<=' | '>='

/**
 * Right-hand side of a comparison. `string` covers quoted strings and bare words (both may hold `*`
 * wildcards); `number` is a bare numeric literal, which compares numerically with JSON numbers but
 * textually (by its source text) with JSON strings (spec §2.4).
 */
export type Operand =
  | { type: 'string'; value: string; quoted: boolean; position: number }
  | { type: 'number'; value: number; text: string; position: number }
  | { type: 'regex'; source: string; regex: AwsRegex; position: number }

export type JsonCondition =
  | { type: 'compare'; selector: Selector; operator: ComparisonOperator; operand: Operand; position: number }
  | { type: 'is'; selector: Selector; value: 'TRUE' | 'FALSE' | 'NULL'; position: number }
  | { type: 'not-exists'; selector: Selector; position: number }

// ---------------------------------------------------------------- term patterns (spec §3)

export interface Term {
  /** `required` = plain term, `optional` = `?term`, `excluded` = `-term`. */
  mode: 'required' | 'optional' | 'excluded'
  text: string
  quoted: boolean
  position: number
}

export interface TermPattern {
  kind: 'terms'
  /** Empty (with no regex) means the pattern matches every event: `""` or `" "`. */
  terms: Term[]
  /** A standalone `%regex%` pattern; then `terms` is empty. */
  regex?: { source: string; regex: AwsRegex; position: number }
}

// ---------------------------------------------------------------- space-delimited patterns (spec §5)

export interface FieldCondition {
  type: 'field-compare'
  field: string
  operator: ComparisonOperator
  operand: Operand
  position: number
}

export type FieldExpression =
  | FieldCondition
  | { type: 'and'; operands: FieldExpression[]; position: number }
  | { type: 'or'; operands: FieldExpression[]; position: number }

export type Slot =
  | { type: 'ellipsis'; position: number }
  /** `name` is absent for an empty slot such as the trailing one in `[..., status_code=4*,]`. */
  | { type: 'field'; name?: string; condition?: FieldExpression; position: number }

export interface DelimitedPattern {
  kind: 'space-delimited'
  slots: Slot[]
}
