// A file the tool writes on the user's behalf (the SARIF file): validated with the other inputs, before any AWS call,
// and written without ever leaving the workspace. The path must resolve inside the workspace (GITHUB_WORKSPACE for the
// action, the current directory for the CLI): no absolute path elsewhere, no `..` out of it, no symbolic link that
// leads out of it, and not a directory or any other kind of file than a regular one. Writing checks the real path of
// the directory again (after creating it) and opens the file without following a symbolic link (O_NOFOLLOW), so a
// link planted between the check and the write cannot redirect it either.
import {
  closeSync,
  constants,
  fstatSync,
  ftruncateSync,
  lstatSync,
  mkdirSync,
  openSync,
  realpathSync,
  writeSync,
  type Stats
} from 'node:fs'
import path from 'node:path'
import { InputError, quoteValue } from './input-rules.js'

const EXAMPLE = 'results/cmk-alarm.sarif'

function lstat(p: string): Stats | undefined {
  try {
    return lstatSync(p)
  } catch {
    return undefined
  }
}

/** `child` is `parent` or inside it (both absolute and normalised). */
function isInside(child: string, parent: string): boolean {
  const rel = path.relative(parent, child)
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel))
}

/** Why writing `target` could leave `workspace` or hit something that is not a file; undefined when it cannot. */
function problemOf(target: string, workspace: string): string | undefined {
  const ws = path.resolve(workspace)
  if (!isInside(target, ws) || target === ws) {
    return `must be a file inside the workspace (${ws}): no absolute path elsewhere and no ".." out of it`
  }
  let realWorkspace: string
  try {
    realWorkspace = realpathSync(ws)
  } catch {
    return `must be a file inside the workspace, but the workspace ${ws} does not exist`
  }
  // The deepest directory of the path that exists: its real path (every link resolved) must be in the workspace.
  let dir = path.dirname(target)
  while (!lstat(dir) && dir !== ws) dir = path.dirname(dir)
  const found = lstat(dir)
  if (found && !found.isDirectory() && !found.isSymbolicLink()) {
    return `must be a file path whose directories are directories, but ${path.relative(ws, dir)} is a file`
  }
  let realDir: string
  try {
    realDir = realpathSync(dir)
  } catch {
    return `must be a file inside the workspace, but its directory ${path.relative(ws, dir)} is a broken symbolic link`
  }
  if (!isInside(realDir, realWorkspace)) {
    return `must be a file inside the workspace, but ${path.relative(ws, dir) || '.'} is a symbolic link to ${realDir}, outside it`
  }
  const existing = lstat(target)
  if (existing?.isSymbolicLink()) return 'must not be a symbolic link (it would be followed to write elsewhere)'
  if (existing?.isDirectory()) return 'must be a file path, not a directory'
  if (existing && !existing.isFile()) return 'must be a regular file (it exists and is a FIFO, socket or device)'
  return undefined
}

/** The input's path, absolute, when it is a safe place to write; else an InputError naming the input and the rule. */
export function resolveOutputFile(input: string, raw: string, workspace: string): string {
  if (raw.includes('\0') || /[/\\]$/.test(raw)) {
    throw new InputError(input, `must be a file path, not a directory (got ${quoteValue(raw)})`, EXAMPLE)
  }
  const target = path.resolve(workspace, raw)
  const problem = problemOf(target, workspace)
  if (problem) throw new InputError(input, `${problem} (got ${quoteValue(raw)})`, EXAMPLE)
  return target
}

/**
 * Writes `content` to `target` (from resolveOutputFile) inside `workspace`, creating its directories; throws an Error
 * saying why when it cannot, or when the place stopped being safe since it was checked.
 */
export function writeOutputFile(target: string, workspace: string, content: string): void {
  const unsafe = (problem: string) => new Error(`it is no longer a safe place to write: it ${problem}`)
  const before = problemOf(target, workspace)
  if (before) throw unsafe(before)
  mkdirSync(path.dirname(target), { recursive: true })
  const after = problemOf(target, workspace)
  if (after) throw unsafe(after)
  // No O_TRUNC: the file is checked first (a regular file with one link), then emptied. O_NONBLOCK: a FIFO planted
  // there fails at once instead of blocking the step. (Both flags are 0 where the platform lacks them.)
  const flags = constants.O_WRONLY | constants.O_CREAT | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0)
  const fd = openSync(target, flags, 0o644)
  try {
    const stat = fstatSync(fd)
    if (!stat.isFile()) throw new Error('the path is not a regular file')
    if (stat.nlink > 1) throw new Error('the file has other hard links, which writing it would change too')
    ftruncateSync(fd, 0)
    const data = Buffer.from(content, 'utf8')
    for (let written = 0; written < data.length;) written += writeSync(fd, data, written)
  } finally {
    closeSync(fd)
  }
}

/** Writes the files a run was asked for, each on its own (see outputFileWriter). */
export interface OutputFileWriter {
  /** Writes `text()` at `target`; false, reported, when it cannot. */
  write(what: string, name: string | undefined, target: string, text: () => string): boolean
  /** The first file that could not be written, as "the SARIF file x.sarif: why" (the summary notes it, and the step
   * or command fails for it unless fail-on is never). */
  readonly failure: string | undefined
}

/**
 * A file that cannot be written loses nothing else: it is reported (`report`, with what it was) and the run goes on to
 * its other files, its summary and its outputs.
 */
export function outputFileWriter(workspace: string, report: (failure: string, what: string) => void): OutputFileWriter {
  let failure: string | undefined
  return {
    write(what, name, target, text) {
      try {
        writeOutputFile(target, workspace, text())
        return true
      } catch (error) {
        const problem = `the ${what} ${name}: ${error instanceof Error ? error.message : String(error)}`
        failure ??= problem
        report(problem, what)
        return false
      }
    },
    get failure() {
      return failure
    }
  }
}
