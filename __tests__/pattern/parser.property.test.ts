// Property tests: on any input the parser returns a pattern or throws PatternSyntaxError, quickly;
// and whatever parses can be evaluated without throwing.
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { CIS_AWS_4_7 } from '../../src/controls/cis-4.7.js'
import { compile, judgePattern, parse, PatternSyntaxError, prepareEvent } from '../../src/pattern/index.js'

const VALID = [
  '{($.eventSource = kms.amazonaws.com) && (($.eventName=DisableKey)||($.eventName=ScheduleKeyDeletion)) }',
  '{ $.a[0].b[*] != "x*y" || ($.c >= -1.5e3 && $.d IS NULL) || $.e NOT EXISTS || $.* = %a{,2}b% }',
  "{ $.['cluster.name'] = c && $.f IS TRUE }",
  '?ERROR ?WARN -DEBUG "[ERROR] x" REQUEST',
  '[ip, user, ..., request=*.html*, status_code = 404 || status_code = 410, bytes > 1000,]',
  '%^start|^stop [0-9]+$%'
]
const ALPHABET = [
  ...'{}[]()$.*,=!<>&|%"\' ?-_\\\n\tab019eE+',
  'IS ',
  'NOT ',
  'EXISTS',
  'TRUE',
  'NULL',
  '&&',
  '||',
  '...',
  '$.a'
]

/** Parses, and on success compiles and runs the pattern on a few messages: nothing but PatternSyntaxError may escape. */
function parseAndRun(text: string): void {
  let pattern
  try {
    pattern = parse(text)
  } catch (error) {
    if (!(error instanceof PatternSyntaxError)) throw error
    expect(error.position).toBeGreaterThanOrEqual(0)
    expect(error.position).toBeLessThanOrEqual(Math.max(text.length, 1024))
    expect(error.expected.length).toBeGreaterThan(0)
    return
  }
  const compiled = compile(pattern)
  for (const message of ['{"a":[{"b":1}],"eventName":"DisableKey","c":-2,"d":null}', 'ERROR 1 2 3', '']) {
    expect(typeof compiled.test(prepareEvent(message))).toBe('boolean')
  }
}

const mutation = fc.record({
  base: fc.constantFrom(...VALID),
  edits: fc.array(
    fc.record({
      at: fc.nat(),
      remove: fc.nat({ max: 3 }),
      insert: fc.array(fc.constantFrom(...ALPHABET), { maxLength: 3 }).map((parts) => parts.join(''))
    }),
    { minLength: 1, maxLength: 4 }
  )
})

function applyEdits({
  base,
  edits
}: {
  base: string
  edits: Array<{ at: number; remove: number; insert: string }>
}): string {
  let text = base
  for (const edit of edits) {
    const at = edit.at % (text.length + 1)
    text = text.slice(0, at) + edit.insert + text.slice(at + edit.remove)
  }
  return text
}

describe('parser properties', () => {
  it('the seed patterns are valid', () => {
    for (const text of VALID) expect(() => parse(text)).not.toThrow()
  })

  it('random strings: a pattern or a PatternSyntaxError', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), parseAndRun), { numRuns: 1500 })
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...ALPHABET), { maxLength: 60 }).map((p) => p.join('')),
        parseAndRun
      ),
      { numRuns: 1500 }
    )
  })

  it('random mutations of valid patterns: a pattern or a PatternSyntaxError', () => {
    fc.assert(fc.property(mutation.map(applyEdits), parseAndRun), { numRuns: 2000 })
  })

  it('judgePattern never throws on mutated patterns', () => {
    fc.assert(
      fc.property(mutation.map(applyEdits), (text) => {
        const judgement = judgePattern(text, CIS_AWS_4_7)
        expect(typeof judgement.covers).toBe('boolean')
        expect(judgement.explanation.length).toBeGreaterThan(0)
      }),
      { numRuns: 300 }
    )
  })

  it('long hostile inputs are handled quickly', () => {
    const hostile = [
      '{'.repeat(1024),
      `{ ${'('.repeat(1000)}`,
      `"${'a'.repeat(1023)}`,
      `[${','.repeat(1022)}]`,
      `{ $.a = ${'%'.repeat(1000)} }`,
      'x'.repeat(5000)
    ]
    const started = Date.now()
    for (const text of hostile) parseAndRun(text)
    expect(Date.now() - started).toBeLessThan(1000)
  })
})
