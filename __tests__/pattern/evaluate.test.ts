// Evaluator behaviour beyond the shared vectors (spec §2.4, §2.5, §3.2, §5).
import { describe, expect, it } from '@jest/globals'
import { compile, matchesMessage, prepareEvent } from '../../src/pattern/index.js'

const E5 =
  '{"someString":"111.111.111.111","emptyString":"","someInt":123,"someFloat":12.34,"someFloat2":12.0,"big":1e3,"someObject":{},"someArray":[],"someNull":null,"flag":false,"list":["a","b"],"__proto__":"p"}'

describe('JSON conditions', () => {
  it.each([
    ['{ $.someFloat2 != "12" }', true], // number text "12.0" kept (AWS-OBS)
    ['{ $.someFloat2 = "12.0" }', true],
    ['{ $.big = 1000 }', true],
    ['{ $.big = "1e3" }', true],
    ['{ $.someString = 111.111.111.111 }', true],
    ['{ $.someString != 111 }', true],
    ['{ $.someString = *.111.111.111 }', true],
    ['{ $.someString != 111*111 }', true], // the middle * did not match (AWS-OBS quirk)
    ['{ $.someFloat = 1*4 }', true],
    ['{ $.someNull IS NULL }', true],
    ['{ $.missing IS NULL }', false],
    ['{ $.someNull NOT EXISTS }', false],
    ['{ $.missing NOT EXISTS }', true],
    ['{ $.someNull = * }', false],
    ['{ $.flag IS FALSE }', true],
    ['{ $.flag = false }', false],
    ['{ $.someArray != 1 }', false],
    ['{ $.list[*] = b }', true],
    ['{ $.list[*] != a }', true],
    ['{ $.list[5] NOT EXISTS }', true],
    ['{ $.someString.x NOT EXISTS }', true],
    ['{ $.constructor NOT EXISTS }', true], // no prototype lookups
    ['{ $.__proto__ = p }', true],
    ['{ $.someInt > 122 && $.someInt < 124 && $.someInt >= 123 && $.someInt <= 123 }', true],
    ['{ $.someString = %^111\\.1{,3}% }', true]
  ])('%s → %s', (pattern, expected) => {
    expect(matchesMessage(pattern, E5)).toBe(expected)
  })

  it('never matches a message that is not a JSON object, not even NOT EXISTS', () => {
    for (const message of ['not json', '2024-01-01 INFO {"a":1}', '[1,2]', '{"a":', '']) {
      expect(matchesMessage('{ $.b NOT EXISTS }', message)).toBe(false)
    }
    expect(matchesMessage('{ $.b NOT EXISTS }', '  {"a":1}\n')).toBe(true)
  })

  it('the literal prefilter does not hide values written with JSON escapes', () => {
    expect(matchesMessage('{ $.eventName = DisableKey }', '{"eventName":"Disable\\u004bey"}')).toBe(true)
    expect(matchesMessage('{ $.eventName = DisableKey }', '{"eventName":"EnableKey"}')).toBe(false)
  })

  it('glob mode "standard" backtracks where AWS did not', () => {
    const standard = compile('{ $.someString = *111.111.111 }', { globMode: 'standard' })
    expect(standard.test(prepareEvent(E5))).toBe(true)
    expect(matchesMessage('{ $.someString = *111.111.111 }', E5)).toBe(false)
  })

  it('one prepared event serves many patterns', () => {
    const event = prepareEvent('{"eventSource":"kms.amazonaws.com","eventName":"DisableKey"}')
    expect(compile('{ $.eventName = DisableKey }').test(event)).toBe(true)
    expect(compile('{ $.eventSource = s3* }').test(event)).toBe(false)
    expect(compile('DisableKey').test(event)).toBe(true)
  })
})

describe('term patterns', () => {
  it.each([
    ['?ERROR ?ARGUMENTS REQUEST', 'GET REQUEST', true], // ?-terms are ignored next to plain terms (DOC)
    ['-ERROR', 'all good', true],
    ['-ERROR', 'ERROR here', false],
    ['" "', 'x', true],
    ['""', 'anything', true],
    ['%^INFO%', 'INFO x', true],
    ['%^INFO%', 'x INFO', false]
  ])('%j on %j → %s', (pattern, message, expected) => {
    expect(matchesMessage(pattern, message)).toBe(expected)
  })
})

describe('space-delimited patterns', () => {
  it.each([
    ['[a, b, c]', 'one two', false],
    ['[a, b=two]', 'one two three', true],
    ['[first, ..., last=z]', 'a b c z', true],
    ['[first=a, ..., last]', 'b c', false],
    ['[..., bytes > 1000]', 'x 1534', true],
    ['[..., bytes > 1000]', 'x abc', false],
    ['[code != 200, rest]', 'abc x', true],
    ['[a, b]', 'x\t  y', true],
    ['[t, m = "GET /a HTTP/1.0"]', '[01/Jan/2000:00:00:00 +0000] "GET /a HTTP/1.0"', true]
  ])('%j on %j → %s', (pattern, message, expected) => {
    expect(matchesMessage(pattern, message)).toBe(expected)
  })
})
