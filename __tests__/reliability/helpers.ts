// Shared by the reliability and security tests.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { projectRoot } from '../harness/moto.js'
import { findingsOf, type ActionRun } from '../harness/action.js'

/** A stack-trace line as Node prints it ("    at fn (file:1:2)"). */
export const STACK_LINE = /^\s{4}at \S/m

/** Runs `tasks` with at most `limit` at a time (each action run is a Node process; the machine has 2 cores). */
export async function pool<T>(tasks: Array<() => Promise<T>>, limit = 3): Promise<T[]> {
  const results: T[] = new Array(tasks.length)
  let next = 0
  await Promise.all(
    Array.from({ length: Math.min(limit, tasks.length) }, async () => {
      while (next < tasks.length) {
        const i = next++
        results[i] = await tasks[i]()
      }
    })
  )
  return results
}

export { findingsOf }

/** id -> status, the verdict of every check. */
export function verdict(run: ActionRun): Record<string, string> {
  return Object.fromEntries(findingsOf(run).map((f) => [f.id, f.status]))
}

/** Every text of a run the public can read (stdout, stderr, summary, outputs, annotations, SARIF when given). */
export function publicTexts(run: ActionRun, sarif?: string): Record<string, string> {
  const texts: Record<string, string> = { stdout: run.stdout, stderr: run.stderr, summary: run.summary }
  for (const [name, value] of Object.entries(run.outputs)) texts[`output ${name}`] = value
  texts.annotations = JSON.stringify(run.annotations)
  if (sarif !== undefined) texts.sarif = sarif
  return texts
}

/** Figures for the README's Reliability section: each test file adds its counts to .cache/reliability-figures.json. */
export function recordFigures(file: string, figures: Record<string, number | string>): void {
  const target = path.join(projectRoot, '.cache', 'reliability-figures.json')
  mkdirSync(path.dirname(target), { recursive: true })
  let all: Record<string, unknown> = {}
  try {
    all = JSON.parse(readFileSync(target, 'utf8')) as Record<string, unknown>
  } catch {
    /* first file */
  }
  all[file] = figures
  writeFileSync(target, `${JSON.stringify(all, null, 2)}\n`)
}
