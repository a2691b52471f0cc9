// Evaluation of Terraform expressions, as far as they can be evaluated without a plan: literals, templates,
// operators, conditionals, `for` expressions, splats, references (through the Env the configuration supplies) and the
// common built-in functions. Anything else is `Unknown`, carrying the expression as written; nothing is guessed.
import type { Expr } from './hcl.js'
import { Unknown, findUnknown, hasToken, isObject, isUnknown, toJson, type IacValue } from '../value.js'

/** A value computed on demand: a resource, a module, `var`, `local`. */
export interface Lazy {
  readonly lazy: true
  get(key: string | number, text: string): Val
  /** The keys (a resource's instance keys); Unknown when they cannot be known. */
  keys(): (string | number)[] | Unknown
  /** The whole value, e.g. for `values(aws_x.y)` or `jsonencode(local.x)`. */
  value(): IacValue
}

export type Val = IacValue | Lazy

export const isLazy = (v: unknown): v is Lazy => typeof v === 'object' && v !== null && (v as Lazy).lazy === true

export interface Env {
  /** A root name: `var`, `local`, `each`, `aws_sns_topic`, a `for` variable… */
  lookup(name: string, text: string): Val
}

/** An Env with extra names bound (a `for` expression's variables). */
export function bind(env: Env, names: Record<string, Val>): Env {
  return { lookup: (name, text) => (name in names ? names[name] : env.lookup(name, text)) }
}

export function materialize(v: Val): IacValue {
  if (isLazy(v)) return v.value()
  if (Array.isArray(v)) return v.map(materialize)
  if (isObject(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, materialize(x as Val)]))
  return v
}

const error = (text: string, reason: string) => new Unknown(text, reason, true)

/** Evaluates an expression; an unknown result carries this expression's text and the innermost reason. */
export function evaluate(e: Expr, env: Env): Val {
  const v = evaluateInner(e, env)
  if (isUnknown(v) && v.expression !== e.text) return new Unknown(e.text, v.reason, v.isError)
  return v
}

/** Evaluates to a fully materialized value. */
export function evaluateValue(e: Expr, env: Env): IacValue {
  return materialize(evaluate(e, env))
}

function evaluateInner(e: Expr, env: Env): Val {
  switch (e.k) {
    case 'literal':
      return e.value
    case 'template': {
      if (e.parts.length === 1 && typeof e.parts[0] !== 'string') {
        // "${x}" alone yields x itself, not its string form (Terraform keeps the type).
        return evaluate(e.parts[0].expr, env)
      }
      let out = ''
      for (const p of e.parts) {
        if (typeof p === 'string') {
          out += p
          continue
        }
        const v = materialize(evaluate(p.expr, env))
        if (isUnknown(v)) return v
        const s = asString(v)
        if (s === undefined) return error(e.text, `${p.expr.text} is not a string`)
        out += s
      }
      return out
    }
    case 'tuple':
      return e.items.map((x) => evaluate(x, env)) as IacValue[]
    case 'object': {
      const out: Record<string, IacValue> = {}
      for (const item of e.items) {
        const key = materialize(evaluate(item.key, env))
        if (isUnknown(key)) return key
        out[String(key)] = evaluate(item.value, env) as IacValue
      }
      return out
    }
    case 'variable':
      return env.lookup(e.name, e.text)
    case 'getattr':
      return getAttr(evaluate(e.target, env), e.name, e.text)
    case 'index': {
      const key = materialize(evaluate(e.index, env))
      if (isUnknown(key)) return key
      return index(evaluate(e.target, env), key, e.text)
    }
    case 'splat': {
      const target = evaluate(e.target, env)
      if (isUnknown(target)) return target
      let items: Val[]
      if (isLazy(target)) {
        const keys = target.keys()
        if (isUnknown(keys)) return keys
        items = keys.map((k) => target.get(k, e.text))
      } else if (Array.isArray(target)) items = target
      else if (target === null) items = []
      else items = [target]
      return items.map((item) => {
        let v: Val = item
        for (const step of e.steps) {
          if ('attr' in step) v = getAttr(v, step.attr, e.text)
          else {
            const k = materialize(evaluate(step.index, env))
            v = isUnknown(k) ? k : index(v, k, e.text)
          }
        }
        return v
      }) as IacValue[]
    }
    case 'call':
      return callFunction(e, env)
    case 'conditional': {
      const c = materialize(evaluate(e.condition, env))
      if (isUnknown(c)) return c
      if (hasTokenDeep(c)) return new Unknown(e.text, 'the condition depends on a value known only after apply')
      return evaluate(truthy(c) ? e.then : e.else, env)
    }
    case 'unary': {
      const v = materialize(evaluate(e.operand, env))
      if (isUnknown(v)) return v
      if (e.op === '!') return !truthy(v)
      return -Number(v)
    }
    case 'binary':
      return binary(e.op, evaluate(e.left, env), evaluate(e.right, env), e.text)
    case 'for':
      return forExpression(e, env)
    case 'unsupported':
      return new Unknown(e.text, `${e.what} is not evaluated`)
  }
}

function asString(v: IacValue): string | undefined {
  if (typeof v === 'string') return v
  if (typeof v === 'number' || typeof v === 'boolean') return String(v)
  return undefined
}

function truthy(v: IacValue): boolean {
  return v === true || v === 'true'
}

function hasTokenDeep(v: IacValue): boolean {
  if (typeof v === 'string') return hasToken(v)
  if (Array.isArray(v)) return v.some(hasTokenDeep)
  if (isObject(v)) return Object.values(v).some(hasTokenDeep)
  return false
}

export function getAttr(v: Val, name: string, text: string): Val {
  if (isUnknown(v)) return v
  if (isLazy(v)) return v.get(name, text)
  if (isObject(v)) return name in v ? (v[name] as Val) : error(text, `no attribute ${name}`)
  return error(text, `cannot read attribute ${name} of ${JSON.stringify(toJson(v as IacValue))}`)
}

export function index(v: Val, key: IacValue, text: string): Val {
  if (isUnknown(v)) return v
  if (isLazy(v)) return v.get(typeof key === 'number' ? key : String(key), text)
  if (Array.isArray(v)) {
    const i = Number(key)
    return Number.isInteger(i) && i >= 0 && i < v.length
      ? (v[i] as Val)
      : error(text, `index ${String(key)} out of range`)
  }
  if (isObject(v)) return String(key) in v ? (v[String(key)] as Val) : error(text, `no key ${String(key)}`)
  return error(text, 'cannot index this value')
}

function binary(op: string, leftVal: Val, rightVal: Val, text: string): Val {
  const left = materialize(leftVal)
  const right = materialize(rightVal)
  if (op === '&&' || op === '||') {
    // Short-circuit on a known side, as Terraform would decide the same.
    if (!isUnknown(left) && op === '&&' && !truthy(left)) return false
    if (!isUnknown(left) && op === '||' && truthy(left)) return true
  }
  if (isUnknown(left)) return left
  if (isUnknown(right)) return right
  if (hasTokenDeep(left) || hasTokenDeep(right)) return new Unknown(text, 'compares a value known only after apply')
  switch (op) {
    case '==':
      return JSON.stringify(left) === JSON.stringify(right)
    case '!=':
      return JSON.stringify(left) !== JSON.stringify(right)
    case '&&':
    case '||':
      return truthy(right)
    case '+':
      return Number(left) + Number(right)
    case '-':
      return Number(left) - Number(right)
    case '*':
      return Number(left) * Number(right)
    case '/':
      return Number(left) / Number(right)
    case '%':
      return Number(left) % Number(right)
    case '>':
      return Number(left) > Number(right)
    case '>=':
      return Number(left) >= Number(right)
    case '<':
      return Number(left) < Number(right)
    case '<=':
      return Number(left) <= Number(right)
    default:
      return new Unknown(text, `operator ${op} is not evaluated`)
  }
}

/** The (key, value) pairs of a collection, for `for` expressions, `for_each` and functions. */
export function entries(v: Val, text: string): [string | number, Val][] | Unknown {
  if (isUnknown(v)) return v
  if (isLazy(v)) {
    const keys = v.keys()
    if (isUnknown(keys)) return keys
    return keys.map((k) => [k, v.get(k, text)])
  }
  if (Array.isArray(v)) return v.map((x, i) => [i, x as Val])
  if (isObject(v)) return Object.entries(v).map(([k, x]) => [k, x as Val])
  if (v === null) return error(text, 'null is not a collection')
  return error(text, 'not a collection')
}

function forExpression(e: Extract<Expr, { k: 'for' }>, env: Env): Val {
  const items = entries(evaluate(e.collection, env), e.text)
  if (isUnknown(items)) return items
  const list: Val[] = []
  const object: Record<string, Val> = {}
  const groups: Record<string, Val[]> = {}
  for (const [k, v] of items) {
    const names: Record<string, Val> = { [e.valueVar]: v }
    if (e.keyVar) names[e.keyVar] = k
    const inner = bind(env, names)
    if (e.condition) {
      const c = materialize(evaluate(e.condition, inner))
      if (isUnknown(c)) return c
      if (!truthy(c)) continue
    }
    const value = evaluate(e.valueExpr, inner)
    if (!e.keyExpr) {
      list.push(value)
      continue
    }
    const key = materialize(evaluate(e.keyExpr, inner))
    if (isUnknown(key)) return key
    if (e.grouping) (groups[String(key)] ??= []).push(value)
    else object[String(key)] = value
  }
  if (!e.keyExpr) return list as IacValue[]
  return (e.grouping ? groups : object) as IacValue
}

// ---- functions ----

type Fn = (args: IacValue[], text: string) => IacValue

const str = (v: IacValue) => (typeof v === 'string' ? v : (asString(v) ?? JSON.stringify(toJson(v))))
const listOf = (v: IacValue): IacValue[] => (Array.isArray(v) ? v : isObject(v) ? Object.values(v) : [])

const FUNCTIONS: Record<string, Fn> = {
  upper: ([s]) => str(s).toUpperCase(),
  lower: ([s]) => str(s).toLowerCase(),
  trimspace: ([s]) => str(s).trim(),
  chomp: ([s]) => str(s).replace(/(\r?\n)+$/, ''),
  trimprefix: ([s, p]) => (str(s).startsWith(str(p)) ? str(s).slice(str(p).length) : str(s)),
  trimsuffix: ([s, p]) => (str(s).endsWith(str(p)) ? str(s).slice(0, str(s).length - str(p).length) : str(s)),
  trim: ([s, chars]) => {
    const set = new Set(str(chars))
    let a = str(s)
    while (a && set.has(a[0])) a = a.slice(1)
    while (a && set.has(a[a.length - 1])) a = a.slice(0, -1)
    return a
  },
  title: ([s]) => str(s).replace(/\b\w/g, (c) => c.toUpperCase()),
  replace: ([s, search, replacement]) => {
    const pattern = str(search)
    if (pattern.length > 1 && pattern.startsWith('/') && pattern.endsWith('/'))
      return str(s).replace(new RegExp(pattern.slice(1, -1), 'g'), str(replacement).replace(/\$\{(\w+)\}/g, '$<$1>'))
    return str(s).split(pattern).join(str(replacement))
  },
  substr: ([s, offset, length]) => {
    const chars = [...str(s)]
    const start = Number(offset) < 0 ? chars.length + Number(offset) : Number(offset)
    return chars.slice(start, Number(length) < 0 ? undefined : start + Number(length)).join('')
  },
  startswith: ([s, p]) => str(s).startsWith(str(p)),
  endswith: ([s, p]) => str(s).endsWith(str(p)),
  strcontains: ([s, p]) => str(s).includes(str(p)),
  join: ([sep, ...lists]) => lists.flatMap(listOf).map(str).join(str(sep)),
  split: ([sep, s]) => str(s).split(str(sep)),
  format: ([f, ...args], text) => format(str(f), args, text),
  concat: (lists) => lists.flatMap(listOf),
  flatten: ([l]) => {
    const flat = (v: IacValue): IacValue[] => (Array.isArray(v) ? v.flatMap(flat) : [v])
    return flat(l)
  },
  distinct: ([l]) => {
    const seen = new Set<string>()
    return listOf(l).filter((x) => !seen.has(JSON.stringify(x)) && !!seen.add(JSON.stringify(x)))
  },
  compact: ([l]) => listOf(l).filter((x) => x !== null && x !== ''),
  contains: ([l, v]) => listOf(l).some((x) => JSON.stringify(x) === JSON.stringify(v)),
  element: ([l, i]) => {
    const items = listOf(l)
    return items.length ? items[Number(i) % items.length] : null
  },
  index: ([l, v]) => listOf(l).findIndex((x) => JSON.stringify(x) === JSON.stringify(v)),
  keys: ([m]) => (isObject(m) ? Object.keys(m).sort() : []),
  values: ([m]) =>
    isObject(m)
      ? Object.keys(m)
          .sort()
          .map((k) => m[k])
      : listOf(m),
  length: ([v]) => (typeof v === 'string' ? [...v].length : listOf(v).length),
  lookup: ([m, k, d], text) =>
    isObject(m) && str(k) in m ? m[str(k)] : d !== undefined ? d : error(text, `no key ${str(k)}`),
  merge: (maps) => Object.assign({}, ...maps.filter(isObject)),
  coalesce: (args, text) => args.find((x) => x !== null && x !== '') ?? error(text, 'no non-empty argument'),
  coalescelist: (args) => args.find((x) => Array.isArray(x) && x.length > 0) ?? [],
  one: ([l], text) => {
    const items = listOf(l)
    return items.length === 0 ? null : items.length === 1 ? items[0] : error(text, 'more than one element')
  },
  toset: ([l]) => FUNCTIONS.distinct([l], ''),
  tolist: ([l]) => listOf(l),
  tomap: ([m]) => m,
  tostring: ([v]) => (v === null ? null : str(v)),
  tonumber: ([v]) => (v === null ? null : Number(v)),
  tobool: ([v]) => (v === null ? null : v === true || v === 'true'),
  range: (args) => {
    const [start, end, step] =
      args.length === 1 ? [0, Number(args[0]), 1] : [Number(args[0]), Number(args[1]), Number(args[2] ?? 1)]
    const out: number[] = []
    for (let i = start; step > 0 ? i < end : i > end; i += step) out.push(i)
    return out
  },
  zipmap: ([k, v]) => Object.fromEntries(listOf(k).map((key, i) => [str(key), listOf(v)[i]])),
  slice: ([l, a, b]) => listOf(l).slice(Number(a), Number(b)),
  reverse: ([l]) => [...listOf(l)].reverse(),
  sort: ([l]) => listOf(l).map(str).sort(),
  min: (args) => Math.min(...args.flatMap((x) => (Array.isArray(x) ? x : [x])).map(Number)),
  max: (args) => Math.max(...args.flatMap((x) => (Array.isArray(x) ? x : [x])).map(Number)),
  jsonencode: ([v]) => JSON.stringify(rawJson(v)),
  jsondecode: ([s], text) => {
    try {
      return JSON.parse(str(s)) as IacValue
    } catch {
      return error(text, 'not JSON')
    }
  }
}

/**
 * JSON as Terraform's jsonencode writes it (object keys sorted), tokens kept inside strings so a reference in a
 * policy survives until the state is built.
 */
function rawJson(v: IacValue): unknown {
  if (Array.isArray(v)) return v.map(rawJson)
  if (isObject(v))
    return Object.fromEntries(
      Object.keys(v)
        .sort()
        .map((k) => [k, rawJson(v[k])])
    )
  return v
}

function format(f: string, args: IacValue[], text: string): IacValue {
  let i = 0
  let failed: Unknown | undefined
  const out = f.replace(
    /%(%|([-+# 0]*)(\d*)(?:\.\d+)?([sdvqft]))/g,
    (_m, spec: string, flags = '', width = '', verb = '') => {
      if (spec === '%') return '%'
      const v = args[i++]
      if (v === undefined) {
        failed = error(text, 'too few arguments')
        return ''
      }
      let s: string
      if (verb === 'd') s = String(Math.trunc(Number(v)))
      else if (verb === 'q') s = JSON.stringify(str(v))
      else if (verb === 'f') s = String(Number(v))
      else if (verb === 't') s = String(v === true)
      else s = str(v)
      const w = Number(width || 0)
      if (s.length < w) {
        if (flags.includes('-')) s = s.padEnd(w)
        else if (flags.includes('0') && verb === 'd')
          s = s.startsWith('-') ? `-${s.slice(1).padStart(w - 1, '0')}` : s.padStart(w, '0')
        else s = s.padStart(w)
      }
      return s
    }
  )
  return failed ?? out
}

function callFunction(e: Extract<Expr, { k: 'call' }>, env: Env): Val {
  const name = e.name.replace(/^provider::[^:]+::/, '')
  if (name === 'try' || name === 'can') {
    for (const arg of e.args) {
      const v = materialize(evaluate(arg, env))
      const u = findUnknown(v)
      if (!u) return name === 'can' ? true : v
      if (!u.isError) return new Unknown(e.text, u.reason)
    }
    return name === 'can' ? false : error(e.text, 'no argument of try succeeded')
  }
  const fn = FUNCTIONS[name]
  if (!fn) return new Unknown(e.text, `function ${e.name} is not evaluated`)
  let args = e.args.map((a) => materialize(evaluate(a, env)))
  if (e.expandLast && args.length) {
    const last = args[args.length - 1]
    if (isUnknown(last)) return last
    args = [...args.slice(0, -1), ...listOf(last)]
  }
  // Functions that only collect values may hold unknown elements; the others need every argument known.
  const collecting = new Set(['concat', 'flatten', 'compact', 'merge', 'tolist', 'toset', 'tomap', 'coalescelist'])
  const unknownArg =
    args.find((a) => isUnknown(a)) ?? (collecting.has(name) ? undefined : args.map(findUnknown).find(Boolean))
  if (unknownArg) return new Unknown(e.text, unknownArg.reason, unknownArg.isError)
  if (name !== 'jsonencode' && !collecting.has(name) && name !== 'lookup' && args.some(hasTokenDeep)) {
    // Text functions over a value known only after apply (an ARN) would change the token itself.
    if (!['join', 'format', 'coalesce', 'element', 'one', 'tostring', 'length', 'keys', 'values'].includes(name))
      return new Unknown(e.text, `${e.name} of a value known only after apply`)
  }
  try {
    return fn(args, e.text)
  } catch (err) {
    return error(e.text, `${e.name}: ${(err as Error).message}`)
  }
}
