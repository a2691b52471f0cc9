// Command-line flags with the habits of the AWS CLI and Prowler: `--name value` or `--name=value`, `-h`/`--help`, an
// unknown flag answered with the closest valid one, a single-value flag given twice refused, and help generated from
// the same table the parser reads.
import { InputError } from '../input-rules.js'

export class UsageError extends Error {}

/**
 * Runs `parse` (the inputs' rules, shared with the action) and turns an input's error into one that names the flag
 * the user typed: "--region is required", not 'Input "aws-region" is required'.
 */
export function inFlagTerms<T>(specs: readonly FlagSpec[], parse: () => T): T {
  try {
    return parse()
  } catch (error) {
    const spec = error instanceof InputError && specs.find((s) => (s.input ?? s.name) === error.input)
    if (error instanceof InputError && spec) {
      throw new UsageError(`--${spec.name} ${error.problem}. Example of a good value: ${error.example}`)
    }
    throw error
  }
}

export interface FlagSpec {
  name: string
  /** The action input it sets, when not the same name (e.g. `aws-region` for `region`). */
  input?: string
  /** Other spellings, e.g. `aws-region` for `region`. */
  aliases?: string[]
  /** Takes a value (else it is a switch). */
  value?: string
  /** May be given more than once (each value is kept, in order). */
  repeatable?: boolean
  help: string
}

/** The flags several commands take, spelled and explained once. */
export const COMMON_FLAGS = {
  patternPolicy: {
    name: 'pattern-policy',
    value: 'semantic|security-hub',
    help: 'security-hub also requires the exact text Security Hub accepts'
  },
  failOn: { name: 'fail-on', value: 'fail|manual|never', help: 'which outcome fails the command (default manual)' },
  timeoutSeconds: { name: 'timeout-seconds', value: 'S', help: 'time budget for the AWS calls, 10-3600 (default 300)' },
  profile: { name: 'profile', value: 'NAME', help: 'the AWS profile of the shared config and credentials files' },
  endpointUrl: {
    name: 'endpoint-url',
    value: 'URL',
    help: 'send every AWS request to this endpoint (e.g. LocalStack, moto)'
  },
  output: { name: 'output', value: 'text|json', help: 'the report as text (default) or JSON' },
  json: { name: 'json', help: 'the same as --output json' },
  noColor: { name: 'no-color', help: 'no ANSI colours (also when NO_COLOR is set or stdout is not a terminal)' },
  help: { name: 'help', help: 'print this help' }
} satisfies Record<string, FlagSpec>

export interface ParsedFlags {
  /** Arguments that are not flags, in order (only where the command takes them). */
  positionals: string[]
  /** Values of the flags that take one, by canonical name (several for a repeatable flag). */
  values: Map<string, string[]>
  /** The switches given, by canonical name. */
  switches: Set<string>
}

/** Levenshtein distance, for "did you mean". */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1))
      diagonal = above
    }
  }
  return row[b.length]
}

/** The candidate nearest to `name`, when it is near enough to be a typo (or `name` is a prefix of it). */
export function closest(name: string, candidates: string[]): string | undefined {
  let best: string | undefined
  let bestDistance = Infinity
  for (const c of candidates) {
    const d = c.startsWith(name) && name.length >= 3 ? 1 : editDistance(name, c)
    if (d < bestDistance) {
      best = c
      bestDistance = d
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined
}

export function parseFlags(args: string[], specs: FlagSpec[], opts: { positionals?: boolean } = {}): ParsedFlags {
  const positionals: string[] = []
  const byName = new Map<string, FlagSpec>()
  for (const spec of specs) for (const n of [spec.name, ...(spec.aliases ?? [])]) byName.set(n, spec)
  const values = new Map<string, string[]>()
  const switches = new Set<string>()
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]
    if (arg === '-h') {
      switches.add('help')
      continue
    }
    if (!arg.startsWith('--')) {
      if (!opts.positionals) throw new UsageError(`Unexpected argument ${JSON.stringify(arg)}.`)
      positionals.push(arg)
      continue
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2)
    const spec = byName.get(name)
    if (!spec) {
      const near = closest(name, [...byName.keys()])
      throw new UsageError(`Unknown flag --${name}.${near ? ` Did you mean --${near}?` : ''}`)
    }
    if (!spec.value) {
      if (inline !== undefined) throw new UsageError(`--${name} takes no value.`)
      switches.add(spec.name)
      continue
    }
    const value = inline ?? args[++i]
    if (value === undefined) throw new UsageError(`--${name} needs a value (${spec.value}).`)
    const seen = values.get(spec.name)
    if (seen && !spec.repeatable) {
      throw new UsageError(`--${spec.name} was given more than once; give it once.`)
    }
    values.set(spec.name, [...(seen ?? []), value])
  }
  return { positionals, values, switches }
}

/** The flags' help, one per line: `--name VALUE   what it does`. */
export function flagHelp(specs: FlagSpec[]): string {
  const left = specs.map((s) => `  --${s.name}${s.value ? ` ${s.value}` : ''}${s.repeatable ? ' (repeatable)' : ''}`)
  const width = Math.max(...left.map((l) => l.length)) + 2
  return specs.map((s, i) => `${left[i].padEnd(width)}${s.help}`).join('\n')
}
