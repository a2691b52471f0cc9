/**
 * The one error type the parser throws. AWS answers a bad pattern with
 * `InvalidParameterException`; we say where (0-based character offset) and what was expected.
 */
export class PatternSyntaxError extends Error {
  readonly position: number
  readonly expected: string

  constructor(message: string, position: number, expected: string) {
    super(`${message} (at position ${position}; expected ${expected})`)
    this.name = 'PatternSyntaxError'
    this.position = position
    this.expected = expected
  }
}
