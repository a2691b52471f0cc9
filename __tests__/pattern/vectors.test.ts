// Every vector of the filter-pattern test vectors (spec §11), kept in __tests__/fixtures/filter-vectors.json, as a test
// of parse + evaluate. The file is part of the repository: the suite needs nothing outside it.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { compile, extractValues, parse, PatternSyntaxError, prepareEvent } from '../../src/pattern/index.js'

interface Vector {
  id: string
  kind: 'single' | 'testMetricFilter'
  pattern: string
  message?: string
  expected?: 'match' | 'no_match' | 'invalid'
  logEventMessages?: string[]
  expectedMatchingEventNumbers?: number[]
  expectedExtractedValues?: Record<string, Record<string, string>>
  note?: string
}

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures')
const vectors = JSON.parse(readFileSync(path.join(fixtures, 'filter-vectors.json'), 'utf8')) as Vector[]

describe('filter-vectors.json', () => {
  it('has the 63 vectors this suite was written against', () => {
    expect(vectors).toHaveLength(63)
  })

  for (const vector of vectors.filter((v) => v.kind === 'single')) {
    it(`${vector.id}: ${vector.pattern} → ${vector.expected}`, () => {
      if (vector.expected === 'invalid') {
        expect(() => parse(vector.pattern)).toThrow(PatternSyntaxError)
        return
      }
      const compiled = compile(vector.pattern)
      expect(compiled.test(prepareEvent(vector.message as string))).toBe(vector.expected === 'match')
    })
  }

  for (const vector of vectors.filter((v) => v.kind === 'testMetricFilter')) {
    it(`${vector.id}: ${vector.pattern} matches events ${JSON.stringify(vector.expectedMatchingEventNumbers)}`, () => {
      const compiled = compile(vector.pattern)
      const events = (vector.logEventMessages as string[]).map((message) => prepareEvent(message))
      const matching = events.flatMap((event, index) => (compiled.test(event) ? [index] : []))
      expect(matching).toEqual(vector.expectedMatchingEventNumbers)
      for (const [eventNumber, values] of Object.entries(vector.expectedExtractedValues ?? {})) {
        expect(extractValues(compiled, events[Number(eventNumber)] as ReturnType<typeof prepareEvent>)).toEqual(values)
      }
    })
  }
})
