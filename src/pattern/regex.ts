import { PatternSyntaxError } from './errors.js'

/**
 * AWS filter-pattern regexes (`%...%`, spec §4): a restricted character set, no groups, searched
 * (not anchored) against the value. We validate against the documented set and translate to a JS RegExp.
 */

// Letters, digits, the documented symbols `: _ # = @ / ; , -`, space (used in the docs' own examples)
// and the operators `^ $ ? [ ] { } | \ * + .`.
const ALLOWED = /^[A-Za-z0-9:_#=@/;,\- ^$?[\]{}|\\*+.]$/

/** Compiles the body of `%body%`; `position` is the offset of the body's first character in the pattern. */
export function compileAwsRegex(body: string, position: number): RegExp {
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
  try {
    return new RegExp(translated)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new PatternSyntaxError(
      `Invalid regular expression %${body}%: ${reason}`,
      position,
      'a valid regular expression'
    )
  }
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
