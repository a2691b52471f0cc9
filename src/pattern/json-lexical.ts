/**
 * A strict JSON parser that keeps each number's source text. JSON.parse turns `12.0` into 12, but
 * AWS compares numbers against quoted strings by their text (`$.someFloat2 != "12"` matched 12.0,
 * spec §2.4 AWS-OBS). Used only when a number must be compared as text, so speed matters little.
 */
export class LexicalNumber {
  constructor(
    readonly value: number,
    readonly text: string
  ) {}
}

export type LexicalValue = string | boolean | null | LexicalNumber | LexicalValue[] | { [key: string]: LexicalValue }

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y

/** Returns undefined when the text is not valid JSON. */
export function parseLexicalJson(text: string): LexicalValue | undefined {
  const parser = new LexicalParser(text)
  try {
    parser.skipWhitespace()
    const value = parser.parseValue(0)
    parser.skipWhitespace()
    return parser.pos === text.length ? value : undefined
  } catch {
    return undefined
  }
}

class LexicalParser {
  pos = 0
  constructor(private readonly text: string) {}

  skipWhitespace(): void {
    for (;;) {
      const code = this.text.charCodeAt(this.pos)
      if (code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d) this.pos++
      else return
    }
  }

  parseValue(depth: number): LexicalValue {
    if (depth > 10000) throw new Error('too deep')
    const char = this.text[this.pos]
    if (char === '{') return this.parseObject(depth)
    if (char === '[') return this.parseArray(depth)
    if (char === '"') return this.parseString()
    for (const [literal, value] of [
      ['true', true],
      ['false', false],
      ['null', null]
    ] as const) {
      if (this.text.startsWith(literal, this.pos)) {
        this.pos += literal.length
        return value
      }
    }
    NUMBER.lastIndex = this.pos
    const match = NUMBER.exec(this.text)
    if (match === null) throw new Error('bad value')
    this.pos += match[0].length
    return new LexicalNumber(Number(match[0]), match[0])
  }

  private parseObject(depth: number): LexicalValue {
    // A null-prototype object so that a key such as "__proto__" stays an ordinary member, as with JSON.parse.
    const result: { [key: string]: LexicalValue } = Object.create(null)
    this.pos++
    this.skipWhitespace()
    if (this.text[this.pos] === '}') {
      this.pos++
      return result
    }
    for (;;) {
      this.skipWhitespace()
      if (this.text[this.pos] !== '"') throw new Error('expected key')
      const key = this.parseString()
      this.skipWhitespace()
      if (this.text[this.pos] !== ':') throw new Error('expected colon')
      this.pos++
      this.skipWhitespace()
      result[key] = this.parseValue(depth + 1)
      this.skipWhitespace()
      const next = this.text[this.pos++]
      if (next === '}') return result
      if (next !== ',') throw new Error('expected comma')
    }
  }

  private parseArray(depth: number): LexicalValue {
    const result: LexicalValue[] = []
    this.pos++
    this.skipWhitespace()
    if (this.text[this.pos] === ']') {
      this.pos++
      return result
    }
    for (;;) {
      this.skipWhitespace()
      result.push(this.parseValue(depth + 1))
      this.skipWhitespace()
      const next = this.text[this.pos++]
      if (next === ']') return result
      if (next !== ',') throw new Error('expected comma')
    }
  }

  private parseString(): string {
    // Find the closing quote, then let JSON.parse validate and unescape the literal.
    let end = this.pos + 1
    for (;;) {
      const code = this.text.charCodeAt(end)
      if (Number.isNaN(code)) throw new Error('unterminated string')
      if (code === 0x5c) end += 2
      else if (code === 0x22) break
      else end++
    }
    const literal = this.text.slice(this.pos, end + 1)
    this.pos = end + 1
    return JSON.parse(literal) as string
  }
}
