import { PatternSyntaxError } from './errors.js'

/**
 * AWS filter-pattern regexes (`%...%`, spec §4): a restricted character set, no groups, searched (not anchored)
 * against the value.
 *
 * They are run by a matcher of our own that takes time linear in the text whatever the expression: a backtracking
 * engine (JavaScript's RegExp) spends minutes on an 11-character `%.*.*.*.*Z%` over a 3 KB event. Without groups,
 * every alternative of `a|b|…` is a plain sequence of character sets, each repeated `{min,max}` times, and of
 * anchors. Neighbours repeating the same set merge (`.*.*.*` is `.*`), and the sequence is matched left to right in
 * one pass, each element keeping the positions where it could have started in a form that costs O(1) per code unit
 * (see Kind): a test costs O(text × elements), and elements stop being stepped once no match is under way.
 * re2js (an RE2 port) was measured first: its lazy DFA blows up on `%a.{1000}b%` and its NFA fallback took 8 s on
 * 1 MB, and it would add 260 KB to the action's bundle.
 *
 * The syntax is JavaScript's (Annex B, no flags), which is what the previous engine used and what the test vectors
 * were checked against: `new RegExp` still validates the expression, so its error messages are unchanged, but it never
 * runs. `__tests__/pattern/regex.test.ts` compares this matcher with RegExp on thousands of random expressions.
 */

// Letters, digits, the documented symbols `: _ # = @ / ; , -`, space (used in the docs' own examples)
// and the operators `^ $ ? [ ] { } | \ * + .`.
const ALLOWED = /^[A-Za-z0-9:_#=@/;,\- ^$?[\]{}|\\*+.]$/

/** A compiled `%...%` expression: `test` searches the text, in time linear in its length. */
export class AwsRegex {
  /**
   * @param source the expression as written between the % signs
   * @param alternatives one matcher per alternative of the top-level `|`
   */
  constructor(
    readonly source: string,
    private readonly alternatives: readonly SequenceMatcher[]
  ) {}

  test(text: string): boolean {
    for (const alternative of this.alternatives) if (alternative.test(text)) return true
    return false
  }
}

/** Compiles the body of `%body%`; `position` is the offset of the body's first character in the pattern. */
export function compileAwsRegex(body: string, position: number): AwsRegex {
  const translated = toJavaScriptSyntax(body, position)
  try {
    // Validation only: the syntax (and so every error message) stays JavaScript's; the RegExp is never run.
    new RegExp(translated)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new PatternSyntaxError(
      `Invalid regular expression %${body}%: ${reason}`,
      position,
      'a valid regular expression'
    )
  }
  const alternatives = new RegexParser(translated).parse().map((nodes) => new SequenceMatcher(nodes))
  return new AwsRegex(body, alternatives)
}

/** Checks AWS's character set and writes the expression in JavaScript's syntax (`{,n}` becomes `{0,n}`). */
export function toJavaScriptSyntax(body: string, position = 0): string {
  if (body.length === 0) {
    throw new PatternSyntaxError('Empty regular expression', position, 'a regular expression between the % signs')
  }
  let translated = ''
  let inClass = false
  for (let i = 0; i < body.length; i++) {
    const char = body[i] as string
    if (!ALLOWED.test(char)) throw invalidCharacter(body, i, position)
    if (char === '\\') {
      const next = body[i + 1]
      if (next === undefined) {
        throw new PatternSyntaxError(
          'Regular expression ends with a lone backslash',
          position + i,
          'a character after "\\"'
        )
      }
      // `\(` is rejected by AWS too (spec §4, AWS-OBS): escapes do not widen the character set.
      if (!ALLOWED.test(next)) throw invalidCharacter(body, i + 1, position)
      translated += char + next
      i++
      continue
    }
    if (char === '[' && !inClass) inClass = true
    else if (char === ']' && inClass && body[i - 1] !== '[' && !(body[i - 1] === '^' && body[i - 2] === '['))
      inClass = false
    // AWS allows `{,n}`; JavaScript would read it as literal text.
    if (!inClass && char === '{' && body[i + 1] === ',') {
      translated += '{0'
      continue
    }
    translated += char
  }
  return translated
}

function invalidCharacter(body: string, index: number, position: number): PatternSyntaxError {
  const char = body[index] as string
  const hint =
    char === '(' || char === ')' ? ' (groups are not supported; use \\x28 or \\x29 for a literal parenthesis)' : ''
  return new PatternSyntaxError(
    `Invalid character(s) in term '%${body}%': '${char}' is not allowed in a regular expression${hint}`,
    position + index,
    'letters, digits, space, : _ # = @ / ; , - or a regex operator ^ $ ? [ ] { } | \\ * + .'
  )
}

// ---------------------------------------------------------------- character sets (UTF-16 code units, as RegExp without the u flag)

const MAX_CODE = 0xffff

/** A set of code units, as sorted disjoint inclusive ranges, with a table for ASCII. */
class CharSet {
  private readonly ascii = new Uint8Array(128)

  /** @param ranges `[from0, to0, from1, to1, …]`, sorted, disjoint, not adjacent */
  constructor(readonly ranges: readonly number[]) {
    for (let i = 0; i < ranges.length; i += 2) {
      for (let code = ranges[i] as number; code <= Math.min(ranges[i + 1] as number, 127); code++) this.ascii[code] = 1
    }
  }

  has(code: number): boolean {
    if (code < 128) return this.ascii[code] === 1
    const ranges = this.ranges
    for (let i = 0; i < ranges.length; i += 2) {
      if (code < (ranges[i] as number)) return false
      if (code <= (ranges[i + 1] as number)) return true
    }
    return false
  }

  /** The one code unit the set holds, or -1. */
  single(): number {
    return this.ranges.length === 2 && this.ranges[0] === this.ranges[1] ? (this.ranges[0] as number) : -1
  }
}

function charSet(pairs: Array<readonly [number, number]>): CharSet {
  const sorted = [...pairs].sort((a, b) => a[0] - b[0])
  const ranges: number[] = []
  for (const [from, to] of sorted) {
    const last = ranges.length - 1
    if (last > 0 && from <= (ranges[last] as number) + 1) ranges[last] = Math.max(ranges[last] as number, to)
    else ranges.push(from, to)
  }
  return new CharSet(ranges)
}

function complement(set: CharSet): CharSet {
  const pairs: Array<[number, number]> = []
  let next = 0
  for (let i = 0; i < set.ranges.length; i += 2) {
    if ((set.ranges[i] as number) > next) pairs.push([next, (set.ranges[i] as number) - 1])
    next = (set.ranges[i + 1] as number) + 1
  }
  if (next <= MAX_CODE) pairs.push([next, MAX_CODE])
  return charSet(pairs)
}

const single = (code: number): CharSet => charSet([[code, code]])
const DIGIT = charSet([[0x30, 0x39]])
const WORD = charSet([
  [0x30, 0x39],
  [0x41, 0x5a],
  [0x5f, 0x5f],
  [0x61, 0x7a]
])
// JavaScript's \s: WhiteSpace and LineTerminator.
const SPACE = charSet(
  [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]
    .map((code): [number, number] => [code, code])
    .concat([[0x2000, 0x200a]])
)
// `.` is any code unit but a line terminator.
const DOT = complement(charSet([0x0a, 0x0d, 0x2028, 0x2029].map((code): [number, number] => [code, code])))
const CLASS_ESCAPES: Record<string, CharSet> = {
  d: DIGIT,
  D: complement(DIGIT),
  w: WORD,
  W: complement(WORD),
  s: SPACE,
  S: complement(SPACE)
}
const CONTROL_ESCAPES: Record<string, number> = { f: 0x0c, n: 0x0a, r: 0x0d, t: 0x09, v: 0x0b }

// ---------------------------------------------------------------- parser (JavaScript's Annex B syntax, no groups)

type Assertion = 'start' | 'end' | 'word-boundary' | 'not-word-boundary'

/** One element of an alternative: a character set repeated min..max times, or a zero-width assertion. */
type RegexNode = { type: 'repeat'; set: CharSet; min: number; max: number } | { type: 'assert'; assertion: Assertion }

const QUANTIFIER = /\{(\d+)(?:(,)(\d*))?\}/y

/** Parses an expression RegExp has accepted, so it only has to understand valid syntax. */
class RegexParser {
  private pos = 0

  constructor(private readonly src: string) {}

  /** The alternatives of the top-level `|`, each a sequence of nodes. */
  parse(): RegexNode[][] {
    const alternatives: RegexNode[][] = [[]]
    while (this.pos < this.src.length) {
      if (this.src[this.pos] === '|') {
        this.pos++
        alternatives.push([])
        continue
      }
      ;(alternatives[alternatives.length - 1] as RegexNode[]).push(this.parseTerm())
    }
    return alternatives
  }

  private parseTerm(): RegexNode {
    const char = this.src[this.pos]
    const next = this.src[this.pos + 1]
    if (char === '^' || char === '$') {
      this.pos++
      return { type: 'assert', assertion: char === '^' ? 'start' : 'end' }
    }
    if (char === '\\' && (next === 'b' || next === 'B')) {
      this.pos += 2
      return { type: 'assert', assertion: next === 'b' ? 'word-boundary' : 'not-word-boundary' }
    }
    const set = this.parseAtom()
    const [min, max] = this.parseQuantifier()
    return { type: 'repeat', set, min, max }
  }

  private parseAtom(): CharSet {
    const char = this.src[this.pos] as string
    if (char === '.') {
      this.pos++
      return DOT
    }
    if (char === '[') return this.parseClass()
    if (char === '\\') {
      const escape = CLASS_ESCAPES[this.src[this.pos + 1] as string]
      if (escape !== undefined) {
        this.pos += 2
        return escape
      }
      return single(this.parseCharacterEscape(false))
    }
    // Any other character, `{`, `}` and `]` included, stands for itself (a `{` that is a quantifier was read as one).
    this.pos++
    return single(char.charCodeAt(0))
  }

  /** `* + ? {n} {n,} {n,m}`, optionally lazy (which does not change whether there is a match); none is {1,1}. */
  private parseQuantifier(): [number, number] {
    const char = this.src[this.pos]
    let bounds: [number, number] | undefined
    if (char === '*') bounds = [0, Infinity]
    else if (char === '+') bounds = [1, Infinity]
    else if (char === '?') bounds = [0, 1]
    if (bounds !== undefined) {
      this.pos++
    } else if (char === '{') {
      QUANTIFIER.lastIndex = this.pos
      const match = QUANTIFIER.exec(this.src)
      if (match === null) return [1, 1]
      this.pos += match[0].length
      const min = Number(match[1])
      bounds = [min, match[2] === undefined ? min : match[3] === '' ? Infinity : Number(match[3])]
    } else {
      return [1, 1]
    }
    if (this.src[this.pos] === '?') this.pos++
    return bounds
  }

  private parseClass(): CharSet {
    this.pos++ // [
    const negated = this.src[this.pos] === '^'
    if (negated) this.pos++
    const pairs: Array<readonly [number, number]> = []
    const add = (atom: CharSet | number): void => {
      if (typeof atom === 'number') pairs.push([atom, atom])
      else
        for (let i = 0; i < atom.ranges.length; i += 2)
          pairs.push([atom.ranges[i] as number, atom.ranges[i + 1] as number])
    }
    while (this.src[this.pos] !== ']') {
      const first = this.parseClassAtom()
      if (this.src[this.pos] === '-' && this.src[this.pos + 1] !== ']') {
        this.pos++
        const last = this.parseClassAtom()
        // Annex B: next to a class escape such as \d, `-` is a plain hyphen.
        if (typeof first === 'number' && typeof last === 'number') pairs.push([first, last])
        else [first, 0x2d, last].forEach(add)
        continue
      }
      add(first)
    }
    this.pos++ // ]
    const set = charSet(pairs)
    return negated ? complement(set) : set
  }

  private parseClassAtom(): CharSet | number {
    const char = this.src[this.pos] as string
    if (char !== '\\') {
      this.pos++
      return char.charCodeAt(0)
    }
    const escape = CLASS_ESCAPES[this.src[this.pos + 1] as string]
    if (escape !== undefined) {
      this.pos += 2
      return escape
    }
    return this.parseCharacterEscape(true)
  }

  /** The escape at the backslash under the cursor, as one code unit (Annex B's lenient forms included). */
  private parseCharacterEscape(inClass: boolean): number {
    const src = this.src
    const next = src[this.pos + 1] as string
    const control = CONTROL_ESCAPES[next]
    if (control !== undefined) {
      this.pos += 2
      return control
    }
    if (next === 'b' && inClass) {
      this.pos += 2
      return 0x08
    }
    if (next === 'c') {
      const letter = src[this.pos + 2] ?? ''
      if (/[A-Za-z]/.test(letter) || (inClass && /[0-9_]/.test(letter))) {
        this.pos += 3
        return letter.charCodeAt(0) % 32
      }
      // `\c` without a control letter is a backslash; the `c` is read next as itself.
      this.pos++
      return 0x5c
    }
    if (next === 'x' || next === 'u') {
      const digits = next === 'x' ? 2 : 4
      const hex = src.slice(this.pos + 2, this.pos + 2 + digits)
      if (hex.length === digits && /^[0-9A-Fa-f]+$/.test(hex)) {
        this.pos += 2 + digits
        return parseInt(hex, 16)
      }
    }
    if (next >= '0' && next <= '7') {
      // There are no groups, so `\1` is not a back-reference but a legacy octal escape, up to \377.
      let value = Number(next)
      let length = 1
      const isOctal = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '7'
      if (isOctal(src[this.pos + 2])) {
        value = value * 8 + Number(src[this.pos + 2])
        length = 2
        if (Number(next) <= 3 && isOctal(src[this.pos + 3])) {
          value = value * 8 + Number(src[this.pos + 3])
          length = 3
        }
      }
      this.pos += 1 + length
      return value
    }
    // Any other escaped character stands for itself (`\8`, `\k`, `\-`, `\B` in a class, `\x` without hex digits…).
    this.pos += 2
    return next.charCodeAt(0)
  }
}

// ---------------------------------------------------------------- matcher

/**
 * How each element of a sequence keeps the positions where it could have started (its "starts"), all of them with
 * every code unit read since in the element's set. At each position t the element first takes in the code unit before
 * t, then learns whether the elements before it can end at t (a new start), and tells whether it can end at t.
 */
const enum Kind {
  /** `x*`, `x+`, `x{n,}`: the oldest start never expires, so it is the only one kept. */
  Unbounded,
  /** `x?`, `x{n,m}` with m ≤ 30: the starts as a bit mask, bit k set when one is k code units back. */
  Short,
  /** `x{n,m}` with a larger m: a queue of starts, the expired ones dropped at the front. */
  Long,
  /** A run of sets each taken exactly once (`abc`, `a.[0-9]`), at most 31: bit j set when the run's first j+1 sets
   * match the code units just read (shift-and). */
  Run,
  /** `^`, `$`, `\b`, `\B`. */
  Assert
}

const SHORT_MAX = 30
const RUN_MAX = 31

/** One alternative: its elements run side by side in one pass over the text (a search, not anchored). */
class SequenceMatcher {
  private readonly kinds: Uint8Array
  private readonly sets: CharSet[] = []
  private readonly mins: Int32Array
  private readonly maxes: Int32Array
  /** Per Run: the mask of each ASCII code unit (bit j set when the run's set j holds it). */
  private readonly runMasks: Int32Array[] = []
  private readonly runSets: CharSet[][] = []
  private readonly runLastBits: number[] = []
  private readonly assertions: Assertion[] = []
  /** Text every match contains: a text without it is rejected by one native `includes`. */
  private readonly literal: string
  private readonly anchoredAtStart: boolean

  constructor(nodes: RegexNode[]) {
    const kinds: Kind[] = []
    const mins: number[] = []
    const maxes: number[] = []
    const add = (
      kind: Kind,
      parts: { set?: CharSet; min?: number; max?: number; runSets?: CharSet[]; assertion?: Assertion }
    ): void => {
      kinds.push(kind)
      this.sets.push(parts.set ?? DOT)
      mins.push(parts.min ?? 0)
      maxes.push(parts.max ?? 0)
      const runSets = parts.runSets ?? []
      this.runSets.push(runSets)
      this.runMasks.push(Int32Array.from({ length: 128 }, (_, code) => runMask(runSets, code)))
      this.runLastBits.push(runSets.length === 0 ? 0 : 1 << (runSets.length - 1))
      this.assertions.push(parts.assertion ?? 'start')
    }
    let run: CharSet[] = []
    const endRun = (): void => {
      if (run.length > 0) add(Kind.Run, { runSets: run })
      run = []
    }
    for (const node of mergeRepeats(nodes)) {
      if (node.type === 'repeat' && node.min === 1 && node.max === 1) {
        run.push(node.set)
        if (run.length === RUN_MAX) endRun()
        continue
      }
      endRun()
      if (node.type === 'assert') add(Kind.Assert, { assertion: node.assertion })
      else {
        const kind = node.max === Infinity ? Kind.Unbounded : node.max <= SHORT_MAX ? Kind.Short : Kind.Long
        add(kind, { set: node.set, min: node.min, max: node.max })
      }
    }
    endRun()
    this.kinds = Uint8Array.from(kinds)
    // Counts past 2^31 - 1 are as unreachable as infinity for a string's positions.
    this.mins = Int32Array.from(mins, (min) => Math.min(min, 0x7fffffff))
    this.maxes = Int32Array.from(maxes, (max) => Math.min(max, 0x7fffffff))
    this.literal = requiredLiteral(nodes)
    this.anchoredAtStart = nodes[0]?.type === 'assert' && nodes[0].assertion === 'start'
  }

  test(text: string): boolean {
    const count = this.kinds.length
    if (count === 0) return true
    if (this.literal !== '' && !text.includes(this.literal)) return false
    const { kinds, sets, mins, maxes, runMasks, runSets, runLastBits, assertions } = this
    // Per element: Unbounded: its start or -1; Short: its mask; Run: its bits. `pending`: a Run's start at t - 1.
    const state = new Int32Array(count)
    const pending = new Uint8Array(count)
    const queues = Array.from(kinds, (kind) => (kind === Kind.Long ? new StartQueue() : undefined))
    for (let i = 0; i < count; i++) if (kinds[i] === Kind.Unbounded) state[i] = -1
    const length = text.length
    // Elements after lastBusy held no start at the previous position: once the chain breaks past it, stop there.
    let lastBusy = -1
    for (let t = 0; t <= length; t++) {
      const code = t > 0 ? text.charCodeAt(t - 1) : -1
      let ready = true
      let busy = -1
      for (let i = 0; i < count; i++) {
        switch (kinds[i]) {
          case Kind.Unbounded: {
            let start = state[i] as number
            if (start >= 0 && t > 0 && !(sets[i] as CharSet).has(code)) start = -1
            if (ready && start < 0) start = t
            state[i] = start
            ready = start >= 0 && start <= t - (mins[i] as number)
            if (start >= 0) busy = i
            break
          }
          case Kind.Short: {
            let mask = state[i] as number
            if (mask !== 0 && t > 0) {
              mask = (sets[i] as CharSet).has(code) ? (mask << 1) & ((2 << (maxes[i] as number)) - 1) : 0
            }
            if (ready) mask |= 1
            state[i] = mask
            ready = mask >>> (mins[i] as number) !== 0
            if (mask !== 0) busy = i
            break
          }
          case Kind.Long: {
            const queue = queues[i] as StartQueue
            if (!queue.empty() && t > 0 && !(sets[i] as CharSet).has(code)) queue.clear()
            if (ready) queue.push(t)
            queue.dropBefore(t - (maxes[i] as number))
            ready = !queue.empty() && queue.oldest() <= t - (mins[i] as number)
            if (!queue.empty()) busy = i
            break
          }
          case Kind.Run: {
            let bits = state[i] as number
            if (t > 0 && (bits !== 0 || pending[i] === 1)) {
              const mask = code < 128 ? (runMasks[i] as Int32Array)[code] : runMask(runSets[i] as CharSet[], code)
              bits = ((bits << 1) | (pending[i] as number)) & (mask as number)
              state[i] = bits
            }
            pending[i] = ready ? 1 : 0
            ready = (bits & (runLastBits[i] as number)) !== 0
            if (bits !== 0 || pending[i] === 1) busy = i
            break
          }
          default:
            ready = ready && holds(assertions[i] as Assertion, text, t)
        }
        if (!ready && i >= lastBusy) break
      }
      if (ready) return true
      if (busy < 0 && this.anchoredAtStart) return false
      lastBusy = busy
    }
    return false
  }
}

/**
 * Joins neighbours that repeat the same set: `x{a,b}x{c,d}` is `x{a+c,b+d}`, so `.*.*.*`, `a?a?a?…` or `....` cost one
 * element, not one each.
 */
function mergeRepeats(nodes: RegexNode[]): RegexNode[] {
  const merged: RegexNode[] = []
  for (const node of nodes) {
    const last = merged[merged.length - 1]
    if (node.type === 'repeat' && last?.type === 'repeat' && sameSet(last.set, node.set)) {
      merged[merged.length - 1] = { ...last, min: last.min + node.min, max: last.max + node.max }
    } else {
      merged.push(node)
    }
  }
  return merged
}

function sameSet(a: CharSet, b: CharSet): boolean {
  return a === b || (a.ranges.length === b.ranges.length && a.ranges.every((bound, i) => bound === b.ranges[i]))
}

/** The longest run of single characters each taken exactly once: every match contains it. */
function requiredLiteral(nodes: RegexNode[]): string {
  let literal = ''
  let best = ''
  for (const node of nodes) {
    const code = node.type === 'repeat' && node.min === 1 && node.max === 1 ? node.set.single() : -1
    literal = code < 0 ? '' : literal + String.fromCharCode(code)
    if (literal.length > best.length) best = literal
  }
  return best
}

function runMask(sets: readonly CharSet[], code: number): number {
  let mask = 0
  for (let j = 0; j < sets.length; j++) if ((sets[j] as CharSet).has(code)) mask |= 1 << j
  return mask
}

function holds(assertion: Assertion, text: string, t: number): boolean {
  if (assertion === 'start') return t === 0
  if (assertion === 'end') return t === text.length
  const before = t > 0 && WORD.has(text.charCodeAt(t - 1))
  const after = t < text.length && WORD.has(text.charCodeAt(t))
  return (before !== after) === (assertion === 'word-boundary')
}

/** The starts of a Long element, oldest first; each is added and dropped once, so a step is O(1) amortised. */
class StartQueue {
  private starts = new Int32Array(64)
  private head = 0
  private tail = 0

  empty(): boolean {
    return this.head === this.tail
  }

  oldest(): number {
    return this.starts[this.head] as number
  }

  clear(): void {
    this.head = 0
    this.tail = 0
  }

  push(start: number): void {
    if (this.tail === this.starts.length) {
      // Reuse the dropped front when it is most of the buffer, else grow.
      const live = this.starts.subarray(this.head, this.tail)
      const target = live.length * 2 > this.starts.length ? new Int32Array(this.starts.length * 2) : this.starts
      target.set(live)
      this.starts = target
      this.tail -= this.head
      this.head = 0
    }
    this.starts[this.tail++] = start
  }

  dropBefore(position: number): void {
    while (this.head < this.tail && (this.starts[this.head] as number) < position) this.head++
    if (this.head === this.tail) this.clear()
  }
}
