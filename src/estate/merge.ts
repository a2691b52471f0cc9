// The merge of the matrix workflow: the run report files of the matrix jobs (paths, directories or globs) become one
// estate, rendered exactly as a run over all those targets would be (summary, outputs, SARIF, run report file).
// Organization trails are judged across the files too: a member checked in one job is reported by the chain its
// holding account's job judged. No AWS call.
import * as fs from 'node:fs'
import path from 'node:path'
import { resolveOrganizationChains } from '../judge/organization.js'
import { sortTargets, type EstateRun, type EstateTarget } from '../model/estate.js'
import { worstStatus } from '../model/report.js'
import { fromRunReportFile, RunReportError } from '../report/estate-json.js'
import { EstateError } from './targets.js'

type GlobSync = (pattern: string, options: { cwd: string }) => string[]
/** Node's own glob (Node 22 and later; the action runs on Node 24). */
const nodeGlobSync = (fs as unknown as { globSync?: GlobSync }).globSync

const GLOB_CHARACTERS = /[*?[\]{}]/

const isFile = (file: string) => fs.statSync(file, { throwIfNoEntry: false })?.isFile() === true

function glob(pattern: string, cwd: string): string[] {
  if (!nodeGlobSync) {
    throw new EstateError(
      `reports: ${JSON.stringify(pattern)} is a glob, which needs Node.js 22 or later (this is ${process.version}): let the shell expand it, or name the files.`
    )
  }
  return nodeGlobSync(pattern, { cwd })
    .map((f) => path.resolve(cwd, f))
    .filter(isFile)
}

/** Every file the patterns name: a path as is, a directory's .json files (at any depth), a glob's matches. */
export function reportFiles(patterns: string[], cwd: string): string[] {
  const files = new Set<string>()
  for (const pattern of patterns) {
    const full = path.resolve(cwd, pattern)
    const stat = fs.statSync(full, { throwIfNoEntry: false })
    let matched: string[]
    if (stat?.isDirectory()) {
      matched = fs
        .readdirSync(full, { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.json'))
        .map((f) => path.join(full, f))
        .filter(isFile)
    } else if (stat) {
      matched = [full]
    } else {
      matched = GLOB_CHARACTERS.test(pattern) ? glob(pattern, cwd) : []
    }
    if (matched.length === 0) {
      throw new EstateError(`reports: ${JSON.stringify(pattern)} matches no file (relative to ${cwd}).`)
    }
    for (const f of matched) files.add(path.resolve(f))
  }
  return [...files].sort()
}

export interface MergedRun {
  run: EstateRun
  files: string[]
}

/** Reads and merges the run reports; a target (account and region) may appear in one file only. */
export function mergeRunReports(patterns: string[], cwd: string): MergedRun {
  if (patterns.length === 0) throw new EstateError('reports: give the run report files to merge (paths or globs).')
  const files = reportFiles(patterns, cwd)
  const seen = new Map<string, string>()
  const targets: EstateTarget[] = []
  let control: string | undefined
  const modes = new Set<EstateRun['mode']>()
  for (const file of files) {
    const where = path.relative(cwd, file) || file
    let read
    try {
      read = fromRunReportFile(fs.readFileSync(file, 'utf8'), where)
    } catch (error) {
      if (error instanceof RunReportError) throw new EstateError(`reports: ${error.message}`)
      throw new EstateError(
        `reports: could not read ${where}: ${error instanceof Error ? error.message : String(error)}`
      )
    }
    if (control !== undefined && read.control !== control) {
      throw new EstateError(`reports: ${where} is a report of control ${read.control}, the others of ${control}.`)
    }
    control = read.control
    modes.add(read.mode)
    for (const t of read.targets) {
      const key = `${t.account} ${t.region}`
      const before = seen.get(key)
      if (before !== undefined) {
        throw new EstateError(
          `reports: account ${t.account || '(the run’s own)'} in ${t.region} is in both ${before} and ${where}; merge each target once.`
        )
      }
      seen.set(key, where)
      targets.push(t)
    }
  }
  const merged = sortTargets(resolveOrganizationChains(targets))
  return {
    run: {
      control: control!,
      mode: modes.size === 1 && modes.has('enforce') ? 'enforce' : 'verify',
      status: worstStatus(merged.map((t) => t.report.status)),
      targets: merged
    },
    files
  }
}
