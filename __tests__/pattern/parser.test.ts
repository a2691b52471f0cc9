// Parser: AST shapes, AWS limits and the errors a user sees for invalid patterns.
import { describe, expect, it } from '@jest/globals'
import { parse, PatternSyntaxError, type JsonPattern } from '../../src/pattern/index.js'

function syntaxError(text: string): PatternSyntaxError {
  try {
    parse(text)
  } catch (error) {
    if (error instanceof PatternSyntaxError) return error
    throw error
  }
  throw new Error(`expected ${JSON.stringify(text)} to be rejected`)
}

describe('dispatch', () => {
  it.each([
    ['{ $.a = 1 }', 'json'],
    ['[a, b]', 'space-delimited'],
    ['ERROR', 'terms'],
    ['%ERR?OR%', 'terms'],
    ['', 'terms']
  ])('%j is a %s pattern', (text, kind) => {
    expect(parse(text).kind).toBe(kind)
  })
})

describe('JSON patterns', () => {
  it('&& binds tighter than || and parentheses nest', () => {
    const pattern = parse('{ $.a = 1 || $.b = 2 && ($.c = 3 || $.d = 4) }') as JsonPattern
    expect(pattern.expression).toMatchObject({
      type: 'or',
      operands: [{ type: 'compare' }, { type: 'and', operands: [{ type: 'compare' }, { type: 'or' }] }]
    })
  })

  it('reads every selector form', () => {
    const pattern = parse("{ $.a.b[0][*] = 1 || $.*.x = 2 || $.['cluster.name'] = c || $.a-b_c = d }") as JsonPattern
    const selectors = (pattern.expression as { operands: Array<{ selector: { steps: unknown[] } }> }).operands.map(
      (o) => o.selector.steps
    )
    expect(selectors).toEqual([
      [
        { type: 'property', name: 'a' },
        { type: 'property', name: 'b' },
        { type: 'index', index: 0 },
        { type: 'any-index' }
      ],
      [{ type: 'any-property' }, { type: 'property', name: 'x' }],
      [{ type: 'property', name: 'cluster.name' }],
      [{ type: 'property', name: 'a-b_c' }]
    ])
  })

  it('classifies operands: quoted, bare, number, regex, wildcard', () => {
    const pattern = parse(
      '{ $.a = "x y" && $.b = kms.amazonaws.com && $.c = -1.5e3 && $.d = %ab+% && $.e = * }'
    ) as JsonPattern
    const operands = (pattern.expression as { operands: Array<{ operand: unknown }> }).operands.map((o) => o.operand)
    expect(operands).toMatchObject([
      { type: 'string', value: 'x y', quoted: true },
      { type: 'string', value: 'kms.amazonaws.com', quoted: false },
      { type: 'number', value: -1500, text: '-1.5e3' },
      { type: 'regex', source: 'ab+' },
      { type: 'string', value: '*' }
    ])
  })

  it('accepts IS TRUE/FALSE/NULL, NOT EXISTS, escapes and newlines', () => {
    expect(() => parse('{ $.a IS TRUE && $.b IS FALSE && $.c IS NULL && $.d NOT EXISTS }')).not.toThrow()
    expect(parse('{ $.a = "say \\"hi\\" \\\\" }')).toMatchObject({ expression: { operand: { value: 'say "hi" \\' } } })
    expect(() => parse('{\n  ($.a = 1)\n  ||\n  ($.b = 2)\n}')).not.toThrow()
  })

  it.each([
    [' {$.ThisFlag IS TRUE} ', 0, "'{' as the first character"],
    ['{ $.a = 1 ', 10, "'&&', '||' or '}'"],
    ['{ $.a = 1 }}', 11, 'end of pattern'],
    ['{ a = 1 }', 2, "a selector starting with '$.' or '('"],
    ['{ $a = 1 }', 3, "'.' after '$'"],
    ['{ $.a }', 6, 'an operator'],
    ['{ $.a = }', 8, 'a value'],
    ['{ $.a IS NOT NULL }', 9, 'TRUE, FALSE or NULL'],
    ['{ $.a EXISTS }', 6, 'an operator'],
    ['{ $.a > "1" }', 8, 'a number'],
    ['{ $.a >= abc }', 9, 'a number'],
    ['{ $.a = b@c }', 9, 'letters, digits'],
    ['{ ($.a = 1 }', 11, "'&&', '||' or ')'"],
    ['{ $.a = 1 && }', 13, 'a selector'],
    ['{ $.a = %a(b)% }', 10, 'letters, digits'],
    ['{ $.a = "x }', 12, 'a closing'],
    ['{ $.a[x] = 1 }', 6, 'an array index'],
    ['{ $.a IS TRUEISH }', 13, 'whitespace']
  ])('%j fails at %i, expecting %s', (text, position, expected) => {
    const error = syntaxError(text)
    expect(error.position).toBe(position)
    expect(error.expected).toContain(expected)
    expect(error.message).toContain(`position ${position}`)
  })

  it('enforces the wildcard quotas: one per selector, three selectors per pattern', () => {
    expect(syntaxError('{ $.a[*].b[*] = 1 }').message).toContain('at most one wildcard')
    expect(() => parse('{ $.a[*] = 1 || $.b[*] = 1 || $.* = 1 }')).not.toThrow()
    expect(syntaxError('{ $.a[*] = 1 || $.b[*] = 1 || $.* = 1 || $.c.* = 1 }').message).toContain(
      'at most 3 wildcard selectors'
    )
  })

  it('enforces at most two regular expressions per pattern', () => {
    expect(() => parse('{ $.a = %a% || $.b = %b% }')).not.toThrow()
    expect(syntaxError('{ $.a = %a% || $.b = %b% || $.c = %c% }').message).toContain('at most 2 regular expressions')
  })
})

describe('term and regex patterns', () => {
  it('reads required, optional, excluded and quoted terms', () => {
    expect(parse('ERROR ?WARN -DEBUG "[ERROR] x"')).toEqual({
      kind: 'terms',
      terms: [
        { mode: 'required', text: 'ERROR', quoted: false, position: 0 },
        { mode: 'optional', text: 'WARN', quoted: false, position: 6 },
        { mode: 'excluded', text: 'DEBUG', quoted: false, position: 12 },
        { mode: 'required', text: '[ERROR] x', quoted: true, position: 19 }
      ]
    })
  })

  it.each([
    ['kms.amazonaws.com', 3, 'put terms with other characters in double quotes'],
    ['ERROR "x', 8, 'a closing'],
    ['ERROR %x%', 6, 'a term'],
    ['"a"b', 3, 'whitespace between terms'],
    ['%something!%', 10, 'letters, digits'],
    ['%a% b', 3, 'end of pattern'],
    ['%%', 1, 'a regular expression'],
    ['%[%', 1, 'a valid regular expression']
  ])('%j fails at %i', (text, position, expected) => {
    const error = syntaxError(text)
    expect(error.position).toBe(position)
    expect(error.expected).toContain(expected)
  })
})

describe('space-delimited patterns', () => {
  it('reads names, ellipsis, empty slots and per-slot conditions', () => {
    expect(parse('[..., request=*.html*, status_code = 404 || status_code = 410,]')).toMatchObject({
      kind: 'space-delimited',
      slots: [
        { type: 'ellipsis' },
        { type: 'field', name: 'request', condition: { type: 'field-compare', operator: '=' } },
        { type: 'field', name: 'status_code', condition: { type: 'or' } },
        { type: 'field' }
      ]
    })
    expect(parse('[a,]')).toMatchObject({ slots: [{ name: 'a' }, { type: 'field', position: 3 }] })
    expect((parse('[a,]') as { slots: object[] }).slots[1]).not.toHaveProperty('name')
  })

  it.each([
    ['[a, ..., b, ...]', 12, 'a field name'],
    ['[a = 1 || b = 2]', 1, "'a'"],
    ['[a, b', 5, "',' or ']'"],
    ['[a] x', 3, 'end of pattern'],
    ['[a > x]', 5, 'a number']
  ])('%j fails at %i', (text, position, expected) => {
    const error = syntaxError(text)
    expect(error.position).toBe(position)
    expect(error.expected).toContain(expected)
  })
})

describe('limits', () => {
  it('accepts 1024 characters and rejects 1025', () => {
    const body = (n: number) => `{ $.a = "${'x'.repeat(n - 12)}" }`
    expect(body(1024)).toHaveLength(1024)
    expect(() => parse(body(1024))).not.toThrow()
    expect(syntaxError(body(1025))).toMatchObject({ position: 1024, expected: 'at most 1024 characters' })
  })

  it('survives deep nesting without a stack overflow', () => {
    const text = `{ ${'('.repeat(500)}$.a = 1${')'.repeat(500)} }`
    expect(text.length).toBeLessThanOrEqual(1024)
    expect(parse(text).kind).toBe('json')
  })
})
