// Evaluation of one request against one resource-based policy (an SNS topic policy, a KMS key policy), the way IAM
// documents it, with a third answer for what cannot be decided from what the check knows.
//
// AWS behaviour this rests on (IAM User Guide):
//  - Policy evaluation logic (reference_policies_evaluation-logic.html): an explicit Deny in any statement wins; else an
//    Allow is needed; else the request is implicitly denied.
//  - Principal / NotPrincipal (reference_policies_elements_principal.html, ..._notprincipal.html): `"*"` and
//    `{"AWS": "*"}` both mean everyone; a service is named `{"Service": "cloudwatch.amazonaws.com"}`; an account is
//    its id or `arn:aws:iam::<id>:root`. NotPrincipal matches every principal it does not list.
//  - Action / NotAction (..._action.html, ..._notaction.html): `service:Action`, case-insensitive, with `*` and `?`
//    wildcards (`sns:Pub*`, `sns:*`, `*`). Resource / NotResource likewise, case-sensitive.
//  - Condition (..._condition.html, ..._condition_operators.html): all operators of a block must hold (AND); for one
//    key, any of the values may match (OR); `...IfExists` holds when the key is absent; `Null` tests presence;
//    `ForAnyValue:` / `ForAllValues:` set operators over multivalued keys.
// Decision: a condition on a key the check does not know, an operator it does not implement, or a policy variable
// makes its statement `unknown`; an `unknown` Deny or, without a deciding Allow, an `unknown` Allow leaves the request
// `undecided`, which the judges report as `manual`, never as a pass.

export type Tri = 'yes' | 'no' | 'unknown'

export interface PolicyRequest {
  /** The caller: a service principal (e.g. `cloudwatch.amazonaws.com`) or an IAM principal (an account root ARN). */
  principal: { service: string } | { arn: string; account: string }
  /** `service:Action`, e.g. `sns:Publish`. */
  action: string
  /** The resource's ARN; undefined when it is not known (state read from code before deploy). */
  resource?: string
  /** When `resource` is not known: the text the code names it by; a Resource of exactly that text is the resource. */
  resourceText?: string
  /**
   * `${...}` tokens that stand for themselves here (e.g. CloudFormation's `${AWS::AccountId}` in a template, where the
   * context carries the same token): compared as text, not treated as unknown policy variables.
   */
  literalTokens?: string[]
  /** Condition keys the caller sends, with their values (keys are matched case-insensitively). */
  context: Record<string, string | string[]>
  /** Condition keys known to be absent from this request. Any other key not in `context` is unknown. */
  absent?: string[]
}

export type PolicyDecisionKind = 'allowed' | 'denied' | 'implicit-deny' | 'undecided'

export interface PolicyDecision {
  decision: PolicyDecisionKind
  /** The statements that decided it (Sid, or `#<index>`). */
  statements: string[]
  /** Why it could not be decided, when `undecided`. */
  unknowns: string[]
  /** `undecided` because a Deny might apply (not only because an Allow might). */
  undecidedDeny?: boolean
}

interface Statement {
  Sid?: unknown
  Effect?: unknown
  Principal?: unknown
  NotPrincipal?: unknown
  Action?: unknown
  NotAction?: unknown
  Resource?: unknown
  NotResource?: unknown
  Condition?: unknown
}

/** Parses a policy document; undefined when it is not a JSON object with statements. */
export function parsePolicyStatements(policy: string | object): Statement[] | undefined {
  let doc: unknown = policy
  if (typeof policy === 'string') {
    try {
      doc = JSON.parse(policy)
    } catch {
      return undefined
    }
  }
  if (!doc || typeof doc !== 'object') return undefined
  const s = (doc as { Statement?: unknown }).Statement
  const list = Array.isArray(s) ? s : s && typeof s === 'object' ? [s] : undefined
  return list?.filter((x): x is Statement => !!x && typeof x === 'object')
}

const list = (v: unknown): unknown[] => (v === undefined ? [] : Array.isArray(v) ? v : [v])

/** `*` matches any run of characters, `?` any one character. */
export function wildcardMatch(pattern: string, value: string, ignoreCase = false): boolean {
  const escaped = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.')
  return new RegExp(`^${escaped}$`, ignoreCase ? 'is' : 's').test(value)
}

function principalMatches(principal: unknown, request: PolicyRequest): boolean {
  if (principal === '*') return true
  if (!principal || typeof principal !== 'object') return false
  const p = principal as Record<string, unknown>
  const aws = list(p.AWS).filter((v): v is string => typeof v === 'string')
  if (aws.includes('*')) return true
  if ('service' in request.principal) {
    const service = request.principal.service
    return list(p.Service).some((v) => typeof v === 'string' && v.toLowerCase() === service.toLowerCase())
  }
  const { arn, account } = request.principal
  return aws.some((v) => v === arn || v === account || new RegExp(`^arn:[^:]+:iam::${account}:root$`).test(v))
}

function actionMatches(patterns: unknown, action: string): boolean {
  return list(patterns).some((p) => typeof p === 'string' && wildcardMatch(p, action, true))
}

/** An unknown resource matches only `*`; any other pattern cannot be decided. */
function resourceMatches(patterns: unknown, resource: string | undefined, resourceText?: string): Tri {
  const values = list(patterns).filter((p): p is string => typeof p === 'string')
  if (resource === undefined) return values.some((v) => v === '*' || v === resourceText) ? 'yes' : 'unknown'
  return values.some((p) => wildcardMatch(p, resource)) ? 'yes' : 'no'
}

// ---------------------------------------------------------------------------------------------- conditions

type Compare = (policyValue: string, contextValue: string) => boolean | undefined

const number = (s: string): number | undefined =>
  s.trim() !== '' && Number.isFinite(Number(s)) ? Number(s) : undefined
const date = (s: string): number | undefined => {
  const n = number(s)
  if (n !== undefined) return n * 1000
  const t = Date.parse(s)
  return Number.isNaN(t) ? undefined : t
}
const numeric =
  (f: (a: number, b: number) => boolean): Compare =>
  (p, c) => {
    const a = number(c)
    const b = number(p)
    return a === undefined || b === undefined ? undefined : f(a, b)
  }
const dated =
  (f: (a: number, b: number) => boolean): Compare =>
  (p, c) => {
    const a = date(c)
    const b = date(p)
    return a === undefined || b === undefined ? undefined : f(a, b)
  }

/** Positive operators (their negations are in NEGATED). */
const OPERATORS: Record<string, Compare> = {
  stringequals: (p, c) => p === c,
  stringequalsignorecase: (p, c) => p.toLowerCase() === c.toLowerCase(),
  stringlike: (p, c) => wildcardMatch(p, c),
  arnequals: (p, c) => wildcardMatch(p, c),
  arnlike: (p, c) => wildcardMatch(p, c),
  numericequals: numeric((a, b) => a === b),
  numericlessthan: numeric((a, b) => a < b),
  numericlessthanequals: numeric((a, b) => a <= b),
  numericgreaterthan: numeric((a, b) => a > b),
  numericgreaterthanequals: numeric((a, b) => a >= b),
  dateequals: dated((a, b) => a === b),
  datelessthan: dated((a, b) => a < b),
  datelessthanequals: dated((a, b) => a <= b),
  dategreaterthan: dated((a, b) => a > b),
  dategreaterthanequals: dated((a, b) => a >= b),
  bool: (p, c) => p.toLowerCase() === c.toLowerCase()
}
const NEGATED: Record<string, string> = {
  stringnotequals: 'stringequals',
  stringnotequalsignorecase: 'stringequalsignorecase',
  stringnotlike: 'stringlike',
  arnnotequals: 'arnequals',
  arnnotlike: 'arnlike',
  numericnotequals: 'numericequals',
  datenotequals: 'dateequals'
}

function lookup(request: PolicyRequest, key: string): { values: string[] } | 'absent' | 'unknown' {
  const k = key.toLowerCase()
  for (const [name, value] of Object.entries(request.context)) {
    if (name.toLowerCase() === k) return { values: list(value).map(String) }
  }
  return (request.absent ?? []).some((a) => a.toLowerCase() === k) ? 'absent' : 'unknown'
}

function and(results: Tri[]): Tri {
  if (results.includes('no')) return 'no'
  return results.includes('unknown') ? 'unknown' : 'yes'
}

/** One operator on one key against the request. */
function evaluateCondition(operatorName: string, key: string, raw: unknown, request: PolicyRequest): Tri {
  let op = operatorName
  let set: 'any' | 'all' | undefined
  const prefix = /^(ForAnyValue|ForAllValues):(.+)$/i.exec(op)
  if (prefix) {
    set = prefix[1].toLowerCase() === 'foranyvalue' ? 'any' : 'all'
    op = prefix[2]
  }
  const ifExists = /IfExists$/i.test(op)
  if (ifExists) op = op.replace(/IfExists$/i, '')
  const lower = op.toLowerCase()
  const policyValues = list(raw).map((v) => String(v))
  const literal = (v: string) => (request.literalTokens ?? []).reduce((text, t) => text.split(t).join(''), v)
  // A policy variable (`${aws:username}`, ...): its value is not known here.
  if (policyValues.some((v) => literal(v).includes('${'))) return 'unknown'
  const found = lookup(request, key)

  if (lower === 'null') {
    if (found === 'unknown') return 'unknown'
    const absent = found === 'absent'
    return policyValues.some((v) => (v.toLowerCase() === 'true') === absent) ? 'yes' : 'no'
  }
  const negatedOf = NEGATED[lower]
  const compare = OPERATORS[negatedOf ?? lower]
  if (!compare) return 'unknown' // an operator this evaluator does not implement (e.g. IpAddress, BinaryEquals)
  if (found === 'unknown') return 'unknown'
  if (found === 'absent') {
    // IAM: ...IfExists holds when the key is absent; ForAllValues holds over an empty set; otherwise a positive
    // operator is false and a negated one true (the values cannot match).
    if (ifExists || set === 'all') return 'yes'
    if (set === 'any') return 'no'
    return negatedOf ? 'yes' : 'no'
  }
  const matchOne = (contextValue: string): Tri => {
    const results = policyValues.map((p) => compare(p, contextValue))
    if (results.includes(true)) return negatedOf ? 'no' : 'yes'
    if (results.includes(undefined)) return 'unknown'
    return negatedOf ? 'yes' : 'no'
  }
  const perValue = found.values.map(matchOne)
  if (set === 'all') return and(perValue)
  // Single-valued keys and ForAnyValue: any context value satisfying the operator.
  if (perValue.includes('yes')) return 'yes'
  return perValue.includes('unknown') ? 'unknown' : 'no'
}

function conditionsHold(condition: unknown, request: PolicyRequest): { result: Tri; unknowns: string[] } {
  if (condition === undefined) return { result: 'yes', unknowns: [] }
  if (!condition || typeof condition !== 'object') return { result: 'unknown', unknowns: ['a malformed Condition'] }
  const results: Tri[] = []
  const unknowns: string[] = []
  for (const [operator, block] of Object.entries(condition as Record<string, unknown>)) {
    if (!block || typeof block !== 'object') {
      results.push('unknown')
      unknowns.push(`${operator} (malformed)`)
      continue
    }
    for (const [key, values] of Object.entries(block as Record<string, unknown>)) {
      const r = evaluateCondition(operator, key, values, request)
      results.push(r)
      if (r === 'unknown') unknowns.push(`${operator} on ${key}`)
    }
  }
  return { result: and(results), unknowns }
}

/** Whether the statement applies to the request: principal, action and resource, then its conditions. */
export function statementApplies(s: Statement, request: PolicyRequest): { result: Tri; unknowns: string[] } {
  const principal =
    s.Principal !== undefined
      ? principalMatches(s.Principal, request)
      : s.NotPrincipal !== undefined
        ? !principalMatches(s.NotPrincipal, request)
        : false
  const action =
    s.Action !== undefined
      ? actionMatches(s.Action, request.action)
      : s.NotAction !== undefined
        ? !actionMatches(s.NotAction, request.action)
        : false
  const resource: Tri =
    s.Resource !== undefined
      ? resourceMatches(s.Resource, request.resource, request.resourceText)
      : s.NotResource !== undefined
        ? ({ yes: 'no', no: 'yes', unknown: 'unknown' } as const)[
            resourceMatches(s.NotResource, request.resource, request.resourceText)
          ]
        : 'yes'
  if (!principal || !action || resource === 'no') return { result: 'no', unknowns: [] }
  const conditions = conditionsHold(s.Condition, request)
  if (resource === 'unknown') {
    return {
      result: conditions.result === 'no' ? 'no' : 'unknown',
      unknowns: ['its Resource (the topic ARN is not known before deploy)', ...conditions.unknowns]
    }
  }
  return conditions
}

/** Evaluates `request` against the policy. An unreadable policy is undecided. */
export function evaluatePolicy(policy: string | object, request: PolicyRequest): PolicyDecision {
  const statements = parsePolicyStatements(policy)
  if (!statements) return { decision: 'undecided', statements: [], unknowns: ['the policy is not a JSON policy'] }
  const named = (s: Statement, i: number) => (typeof s.Sid === 'string' && s.Sid ? s.Sid : `#${i + 1}`)
  const deny = { yes: [] as string[], unknown: [] as string[] }
  const allow = { yes: [] as string[], unknown: [] as string[] }
  const unknowns: string[] = []
  statements.forEach((s, i) => {
    const effect = s.Effect === 'Deny' ? deny : s.Effect === 'Allow' ? allow : undefined
    if (!effect) return
    const { result, unknowns: why } = statementApplies(s, request)
    if (result === 'yes') effect.yes.push(named(s, i))
    if (result === 'unknown') {
      effect.unknown.push(named(s, i))
      unknowns.push(...why.map((w) => `statement ${named(s, i)} (${String(s.Effect)}): ${w}`))
    }
  })
  if (deny.yes.length) return { decision: 'denied', statements: deny.yes, unknowns: [] }
  if (deny.unknown.length) return { decision: 'undecided', statements: deny.unknown, unknowns, undecidedDeny: true }
  if (allow.yes.length) return { decision: 'allowed', statements: allow.yes, unknowns: [] }
  if (allow.unknown.length) return { decision: 'undecided', statements: allow.unknown, unknowns }
  return { decision: 'implicit-deny', statements: [], unknowns: [] }
}
