// Values read from infrastructure code, before deployment.
//
// A value is plain JSON data, or `Unknown` when the code cannot be evaluated without deploying (a variable with no
// value, a data source, `Fn::ImportValue`): it keeps the expression so the report can show it. What is known to be a
// reference to another resource of the same code, but whose value only exists after apply (an ARN, a generated name),
// is kept inside strings as a *token*, so a link survives string templates (`"${aws_cloudwatch_log_group.x.arn}:*"`,
// `!Sub arn:aws:sns:${AWS::Region}:${AWS::AccountId}:alerts`) and can be followed by comparing text.

export type IacValue = string | number | boolean | null | Unknown | IacValue[] | { [key: string]: IacValue }

/** A value that cannot be known statically; `expression` is the code that produced it, as written. */
export class Unknown {
  constructor(
    readonly expression: string,
    /** Why it is unknown, e.g. "variable alarm_threshold has no default and no value in a .tfvars file". */
    readonly reason: string,
    /** An evaluation error (a missing attribute, an index out of range): Terraform's `try` skips these, not unknowns. */
    readonly isError = false
  ) {}
}

export const isUnknown = (v: unknown): v is Unknown => v instanceof Unknown

export function isObject(v: IacValue | undefined): v is { [key: string]: IacValue } {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Unknown)
}

/** The first unknown inside a value (a list or object can be partly unknown), if any. */
export function findUnknown(v: IacValue | undefined): Unknown | undefined {
  if (v instanceof Unknown) return v
  if (Array.isArray(v)) {
    for (const item of v) {
      const u = findUnknown(item)
      if (u) return u
    }
  } else if (isObject(v)) {
    for (const item of Object.values(v)) {
      const u = findUnknown(item)
      if (u) return u
    }
  }
  return undefined
}

// Tokens use Unicode private-use characters, which neither Terraform nor CloudFormation code contains.
const OPEN = '\uE000'
const SEP = '\uE002'
const CLOSE = '\uE001'
const TOKEN = /\uE000([^\uE000\uE001\uE002]*)\uE002([^\uE000\uE001\uE002]*)\uE002([^\uE000\uE001\uE002]*)\uE001/g

export interface TokenParts {
  /** The resource the value belongs to: a Terraform address or a CloudFormation logical id (or pseudo parameter). */
  address: string
  /** Which of its values: `arn`, `name`, `Ref`, `Arn`, … */
  attribute: string
  /** How a user of the format writes it: `aws_sns_topic.alerts.arn`, `!Ref AlertsTopic`, `AWS::AccountId`. */
  display: string
}

/** A reference, known before deploy only by what it refers to. */
export function token(address: string, attribute: string, display: string): string {
  return `${OPEN}${address}${SEP}${attribute}${SEP}${display}${CLOSE}`
}

export function hasToken(s: string): boolean {
  return s.includes(OPEN)
}

/** The tokens inside a string, in order. */
export function tokensIn(s: string): TokenParts[] {
  return [...s.matchAll(TOKEN)].map((m) => ({ address: m[1], attribute: m[2], display: m[3] }))
}

/** The token when the whole string is one token. */
export function soleToken(s: string): TokenParts | undefined {
  const all = tokensIn(s)
  if (all.length !== 1) return undefined
  return s === token(all[0].address, all[0].attribute, all[0].display) ? all[0] : undefined
}

/** The string as a user reads it: a sole token is its display, an embedded one is `${display}`. */
export function render(s: string): string {
  const sole = soleToken(s)
  if (sole) return sole.display
  return s.replace(TOKEN, (_m, _a, _b, display: string) => '${' + display + '}')
}

/** Replaces each token by a placeholder without `:` or `/`, so ARN text can be split on them. */
export function maskTokens(s: string): { masked: string; unmask: (part: string) => string } {
  const found: string[] = []
  const masked = s.replace(TOKEN, (m) => {
    found.push(m)
    return `${OPEN}${found.length - 1}${CLOSE}`
  })
  const unmask = (part: string) => part.replace(/\uE000(\d+)\uE001/g, (_m, i: string) => found[Number(i)])
  return { masked, unmask }
}

/** A value rendered for a person (tokens as their display, unknowns as their expression). */
export function display(v: IacValue | undefined): string {
  if (v === undefined) return ''
  if (v instanceof Unknown) return v.expression
  if (typeof v === 'string') return render(v)
  return JSON.stringify(toJson(v))
}

/** Plain JSON with tokens rendered and unknowns as their expression (for policies kept as text). */
export function toJson(v: IacValue): unknown {
  if (v instanceof Unknown) return '${' + v.expression + '}'
  if (typeof v === 'string') return render(v)
  if (Array.isArray(v)) return v.map(toJson)
  if (isObject(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toJson(x)]))
  return v
}
