/**
 * `*` wildcards in string values (spec §2.5).
 *
 * 'aws-quirk' reproduces what TestMetricFilter was observed to do (spec §2.5 AWS-OBS): split on `*`,
 * anchor the first segment at the start, find every later segment at its FIRST occurrence after the
 * cursor, and require the last segment to end exactly at the end of the text; no backtracking.
 * So `*111.111.111` does not match "111.111.111.111" and `111*111` does not either, while `1*3` matches "123".
 * 'standard' is an ordinary backtracking glob. Prefix, suffix (single occurrence), contains and exact agree.
 */
export type GlobMode = 'aws-quirk' | 'standard'

export type TextMatcher = (text: string) => boolean

export function compileGlob(pattern: string, mode: GlobMode = 'aws-quirk'): TextMatcher {
  if (!pattern.includes('*')) return (text) => text === pattern
  const segments = pattern.split('*')
  const first = segments[0] ?? ''
  const last = segments[segments.length - 1] ?? ''
  const middle = segments.slice(1, -1).filter((segment) => segment !== '')
  if (mode === 'standard') return standardGlob(first, middle, last)
  return (text) => {
    if (!text.startsWith(first)) return false
    let cursor = first.length
    for (const segment of middle) {
      const at = text.indexOf(segment, cursor)
      if (at < 0) return false
      cursor = at + segment.length
    }
    if (last === '') return true
    const at = text.indexOf(last, cursor)
    return at >= 0 && at + last.length === text.length
  }
}

function standardGlob(first: string, middle: string[], last: string): TextMatcher {
  return (text) => {
    if (text.length < first.length + last.length) return false
    if (!text.startsWith(first) || !text.endsWith(last)) return false
    // Greedy leftmost placement of the middle segments is optimal once both ends are fixed.
    let cursor = first.length
    const end = text.length - last.length
    for (const segment of middle) {
      const at = text.indexOf(segment, cursor)
      if (at < 0 || at + segment.length > end) return false
      cursor = at + segment.length
    }
    return true
  }
}
