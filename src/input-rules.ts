// The rules every input parser shares: the error that names the input, the rule and a good example, and the parsers of
// booleans, enumerations and whole numbers. Used by the settings of every mode (src/settings.ts, src/enforce/settings.ts).

export class InputError extends Error {
  constructor(
    readonly input: string,
    readonly problem: string,
    readonly example: string
  ) {
    super(`Input "${input}" ${problem}. Example of a good value: ${example}`)
    this.name = 'InputError'
  }
}

/** A raw value as an error message quotes it: JSON-quoted, and cut (with its length) when long. */
export function quoteValue(raw: string): string {
  return raw.length > 64 ? `${JSON.stringify(`${raw.slice(0, 40)}…`)}, ${raw.length} characters` : JSON.stringify(raw)
}

/** Reads one raw input by its action.yml name; returns '' when unset. */
export type InputReader = (name: string) => string

/** true/false in any case; '' gives the fallback; anything else is an error naming the input. */
export function parseBoolean(input: string, raw: string, fallback: boolean): boolean {
  const value = raw.trim().toLowerCase()
  if (value === '') return fallback
  if (value === 'true') return true
  if (value === 'false') return false
  throw new InputError(input, `must be true or false (got ${JSON.stringify(raw)})`, String(fallback))
}

/** A whole number in [min, max], of `unit` when given ("seconds"); '' gives the fallback. */
export function parseWholeNumber(
  input: string,
  raw: string,
  min: number,
  max: number,
  fallback: number,
  unit?: string
): number {
  const value = raw.trim()
  if (value === '') return fallback
  const n = /^\d{1,6}$/.test(value) ? Number(value) : NaN
  if (!(n >= min && n <= max)) {
    throw new InputError(
      input,
      `must be a whole number${unit ? ` of ${unit}` : ''} from ${min} to ${max} (got ${quoteValue(raw)})`,
      String(fallback)
    )
  }
  return n
}

export function oneOf<T extends string>(input: string, raw: string, allowed: readonly T[], fallback: T): T {
  const value = raw === '' ? fallback : raw
  if (!(allowed as readonly string[]).includes(value)) {
    throw new InputError(input, `must be one of ${allowed.join(', ')} (got ${JSON.stringify(raw)})`, allowed[0])
  }
  return value as T
}
