// The `%...%` matcher: the same answers as JavaScript's RegExp (the engine it replaces, against which the vectors were
// checked) on random expressions, and time linear in the text on the expressions that make a backtracking engine hang.
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { compileAwsRegex, toJavaScriptSyntax } from '../../src/pattern/regex.js'
import { compile, judgePattern, PatternSyntaxError, prepareEvent } from '../../src/pattern/index.js'
import { CIS_AWS_4_7 } from '../../src/controls/cis-4.7.js'

// Pieces of AWS's regex subset, Annex B corners included (legacy octal, `\c`, `{` as a literal, class escapes in ranges).
const TOKENS = [
  'a',
  'b',
  'Z',
  '1',
  ' ',
  '_',
  ':',
  '-',
  '.',
  '^',
  '$',
  '|',
  '*',
  '+',
  '?',
  '*?',
  '{2}',
  '{1,3}',
  '{,2}',
  '{2,}',
  '{0}',
  '{0,35}',
  '{3,40}',
  '{',
  '}',
  ']',
  '[ab]',
  '[^a]',
  '[a-c]',
  '[^\\s]',
  '[\\d-z]',
  '[-a]',
  '[a-]',
  '[]',
  '[^]',
  '[\\b]',
  '[\\B]',
  '[\\c1]',
  '[\\c]',
  '\\d',
  '\\D',
  '\\w',
  '\\W',
  '\\s',
  '\\S',
  '\\b',
  '\\B',
  '\\x41',
  '\\x4',
  '\\u0041',
  '\\1',
  '\\12',
  '\\400',
  '\\0',
  '\\8',
  '\\cA',
  '\\c',
  '\\-',
  '\\.',
  '\\k',
  '\\n',
  '\\t'
]
const TEXT_CHARS = ['a', 'b', 'Z', 'A', '1', '_', ' ', '\n', '\r', '\u2028', '\u00a0', '\x01', '\x08', '\n', '\\', 'c']
const TEXT_CHARS_MORE = [...TEXT_CHARS, '-', '{', '}', ']', 'é', '\x00', 'S', '2', ':', '\t']

describe('%regex% matcher', () => {
  it('answers as RegExp does, on random expressions and texts', () => {
    let compared = 0
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...TOKENS), { minLength: 1, maxLength: 7 }),
        fc.array(fc.array(fc.constantFrom(...TEXT_CHARS_MORE), { maxLength: 12 }), { minLength: 1, maxLength: 6 }),
        (tokens, texts) => {
          const body = tokens.join('')
          let reference: RegExp
          try {
            reference = new RegExp(toJavaScriptSyntax(body))
          } catch {
            expect(() => compileAwsRegex(body, 0)).toThrow(PatternSyntaxError)
            return
          }
          const regex = compileAwsRegex(body, 0)
          for (const chars of texts) {
            const text = chars.join('')
            compared++
            if (regex.test(text) !== reference.test(text)) {
              throw new Error(`%${body}% on ${JSON.stringify(text)}: RegExp says ${reference.test(text)}`)
            }
          }
        }
      ),
      { numRuns: 4000, seed: 20261129 }
    )
    expect(compared).toBeGreaterThan(4000)
  })

  it.each([
    ['a{,2}b', 'aab', true],
    ['^a{,2}b', 'aaab', false],
    ['colou?r', 'color', true],
    ['^starting|^initializing|^shutting down', 'shutting down now', true],
    ['^starting|^initializing|^shutting down', 'now shutting down', false],
    ['\\x3A', 'a:b', true],
    ['[0-9]+$', '/service/resource/12', true],
    ['[0-9]+$', '/service/resource/12x', false]
  ])('%%%s%% on %j → %s', (body, text, expected) => {
    expect(compileAwsRegex(body, 0).test(text)).toBe(expected)
  })

  it('keeps the source as written between the % signs', () => {
    expect(compileAwsRegex('a{,2}', 0).source).toBe('a{,2}')
  })

  it('keeps the error messages and positions of invalid expressions', () => {
    const error = (body: string) => {
      try {
        compileAwsRegex(body, 10)
      } catch (e) {
        return e as PatternSyntaxError
      }
      throw new Error('no error')
    }
    expect(error('a**').message).toContain('Invalid regular expression %a**%: Invalid regular expression: /a**/')
    expect(error('a**').position).toBe(10)
    expect(error('a(b').position).toBe(11)
    expect(error('a{2,1}').message).toContain('out of order')
    expect(error('x\\').position).toBe(11)
  })
})

// Expressions that take a backtracking engine exponential or polynomial time, on texts where they fail (the worst
// case: every start position is tried) or match only at the very end. `[YZ]` rather than `Z` keeps the literal
// prefilter from answering before the matcher runs.
const PATHOLOGICAL: Array<[string, (size: number) => string, boolean]> = [
  ['.*.*.*.*[YZ]', (n) => 'a'.repeat(n), false],
  ['.*.*.*.*Z', (n) => `${'a'.repeat(n - 1)}Z`, true],
  ['a*a*a*a*a*a*a*a*[bc]', (n) => 'a'.repeat(n), false],
  ['\\w*\\d*\\w*\\d*\\w*\\d*[YZ]', (n) => 'a1'.repeat(n / 2), false],
  ['[a-z]*[a-z]*[a-z]*[a-z]*[0-9]$', (n) => `${'a'.repeat(n - 1)}-`, false],
  ['x{1,1000}[yz]', (n) => 'x'.repeat(n), false],
  ['a.{1000}b', (n) => `${'a'.repeat(500)}b${'a'.repeat(n - 501)}`, false],
  ['a.{1000}b', (n) => `${'a'.repeat(n - 1)}b`, true],
  ['.{0,1000}.{0,1000}.{0,1000}.{0,1000}[YZ]', (n) => 'a'.repeat(n), false],
  ['a{1,1000}a{1,1000}a{1,1000}a{1,1000}[bc]', (n) => 'a'.repeat(n), false],
  ['a*b|a*c|a*[de]|a+a+a+[fg]', (n) => 'a'.repeat(n), false],
  [`${'a?'.repeat(20)}${'a'.repeat(20)}[YZ]`, (n) => 'a'.repeat(n), false],
  [`${'.'.repeat(1000)}[YZ]`, (n) => 'a'.repeat(n), false]
]

describe('%regex% runs in time linear in the text', () => {
  for (const [body, makeText, expected] of PATHOLOGICAL) {
    const name = body.length > 40 ? `${body.slice(0, 37)}...` : body
    it(`%${name}% over 3 KB and 1 MB → ${expected ? 'match' : 'no match'}`, () => {
      const regex = compileAwsRegex(body, 0)
      const figures: string[] = []
      for (const size of [3 * 1024, 1024 * 1024]) {
        const text = makeText(size)
        const started = performance.now()
        const result = regex.test(text)
        const elapsed = performance.now() - started
        figures.push(`${size >= 1 << 20 ? '1 MB' : '3 KB'} ${elapsed.toFixed(1)} ms`)
        expect(result).toBe(expected)
        // Only a guard against a return to backtracking (which took minutes); the figures are printed.
        expect(elapsed).toBeLessThan(2000)
      }
      process.stdout.write(`%${name}%: ${figures.join(', ')}\n`)
    })
  }

  it('a pattern of elements that cannot merge costs time in proportion to their number, still linear in the text', () => {
    // Neighbours repeating the same set merge (`.*.*` is one element); alternating ones cannot, so each is stepped on
    // every code unit: the worst case, here 250 elements over 64 KiB of text, then twice as much.
    const regex = compileAwsRegex(`${'a?b?'.repeat(125)}[YZ]`, 0)
    const times = [1, 2].map((factor) => {
      const text = 'ab'.repeat(factor * 32 * 1024)
      const started = performance.now()
      expect(regex.test(text)).toBe(false)
      return performance.now() - started
    })
    process.stdout.write(`%(a?b?)x125[YZ]%: 64 KiB ${times[0]?.toFixed(0)} ms, 128 KiB ${times[1]?.toFixed(0)} ms\n`)
    expect(times[0]).toBeLessThan(5000)
    expect(times[1]).toBeLessThan(10000)
  })

  it('a standalone pattern and a JSON value use the same matcher', () => {
    const event = prepareEvent(`{"a":"Z${'a'.repeat(3000)}"}`)
    const started = performance.now()
    expect(compile('%.*.*.*.*Z%').test(event)).toBe(true)
    expect(compile('{ $.a = %.*.*.*.*Z$% }').test(event)).toBe(false)
    expect(performance.now() - started).toBeLessThan(2000)
  })

  it.each(['%.*.*.*.*Z%', '{ $.eventName = %.*.*.*.*[YZ]% || $.eventSource = %a{1,1000}a{1,1000}[bc]% }'])(
    'pattern check (as verify judges a pattern read from an account) on %s finishes at once',
    (pattern) => {
      const started = performance.now()
      const judgement = judgePattern(pattern, CIS_AWS_4_7)
      const elapsed = performance.now() - started
      process.stdout.write(`judgePattern(${pattern}): ${elapsed.toFixed(1)} ms\n`)
      expect(judgement).toMatchObject({ valid: true, covers: false })
      expect(elapsed).toBeLessThan(2000)
    }
  )
})
