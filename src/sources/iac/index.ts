// Reads infrastructure code into the account-state model, one AccountState per code location, so the same judges
// that judge a live account judge the code before it is deployed. No AWS credentials, no network.
//
// Formats, detected per path: Terraform source (a folder of `.tf` files = a root module), Terraform plan JSON
// (`terraform show -json`), CloudFormation templates (YAML or JSON) and CDK synth output (`cdk.out`).
// This module is loaded with a dynamic import() in IaC mode only: its parsers stay out of the verify bundle's path.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import picomatch from 'picomatch'
import type { AccountState } from '../../model/state.js'
import { buildState, type CodeGraph } from './graph.js'
import { isTemplate, parseTemplate, readTemplate } from './cloudformation.js'
import { readTerraformRoot, relative } from './terraform/config.js'
import { isPlan, readPlan } from './terraform/plan.js'

export interface IacProblem {
  /** Repository-relative path (or the path as given, when it is outside the repository). */
  file: string
  line?: number
  message: string
}

export interface IacReadResult {
  states: AccountState[]
  problems: IacProblem[]
}

export interface IacReadOptions {
  /** The repository (workspace) root: paths are relative to it, and none may leave it. */
  root: string
  /** The region to report when the code does not say (CloudFormation deploys where it is deployed). */
  region?: string
}

/** Folders never searched: dependencies, VCS data, Terraform's downloads, CDK assets. */
const SKIP_DIRS = new Set(['node_modules', '.git', '.terraform', '.cache', 'dist', 'coverage'])
const MAX_JSON_BYTES = 50 * 1024 * 1024

type Found =
  { kind: 'terraform'; dir: string } | { kind: 'plan' | 'template' | 'cdk-template'; file: string; explicit: boolean }

export async function readInfrastructureCode(paths: string[], options: IacReadOptions): Promise<IacReadResult> {
  const root = path.resolve(options.root)
  const problems: IacProblem[] = []
  const found: Found[] = []
  for (const given of paths) {
    const matches = expand(given, root, problems)
    for (const m of matches) discover(m.path, m.explicit, root, found, problems)
  }

  const graphs: CodeGraph[] = []
  const seen = new Set<string>()
  const terraformDirs = dropModuleSources([
    ...new Set(
      found.filter((f): f is Extract<Found, { kind: 'terraform' }> => f.kind === 'terraform').map((f) => f.dir)
    )
  ])
  for (const dir of terraformDirs) {
    graphs.push(await readTerraformRoot(dir, root, (p) => problems.push(p)))
  }
  for (const f of found) {
    if (f.kind === 'terraform' || seen.has(f.file)) continue
    seen.add(f.file)
    const file = relative(root, f.file)
    const graph = await readFile(f, file, root, problems)
    if (graph) graphs.push(graph)
  }
  const states = graphs
    .map((g) => buildState(g, options.region))
    .sort((a, b) => sourcePath(a).localeCompare(sourcePath(b)))
  return { states, problems }
}

function sourcePath(s: AccountState): string {
  return s.source && s.source.kind !== 'account' ? s.source.path : ''
}

async function readFile(f: Exclude<Found, { kind: 'terraform' }>, file: string, root: string, problems: IacProblem[]) {
  let text: string
  try {
    text = readFileSync(f.file, 'utf8')
  } catch (e) {
    problems.push({ file, message: `cannot be read: ${(e as Error).message}` })
    return undefined
  }
  if (f.kind === 'plan') {
    try {
      return await readPlan(JSON.parse(text), file, root, (p) => problems.push(p))
    } catch (e) {
      problems.push({ file, message: `not a Terraform plan: ${(e as Error).message}` })
      return undefined
    }
  }
  try {
    const parsed = parseTemplate(text)
    const cdk =
      f.kind === 'cdk-template' ||
      Object.values((parsed.template.Resources ?? {}) as Record<string, { Metadata?: Record<string, unknown> }>).some(
        (r) => typeof r?.Metadata?.['aws:cdk:path'] === 'string'
      )
    return readTemplate(parsed, file, cdk ? 'cdk' : 'cloudformation')
  } catch (e) {
    problems.push({
      file,
      line: (e as { line?: number }).line,
      message: `not a readable template: ${(e as Error).message}`
    })
    return undefined
  }
}

/** A path, folder or glob → the existing paths it names, each inside the root. */
function expand(given: string, root: string, problems: IacProblem[]): { path: string; explicit: boolean }[] {
  const isGlob = picomatch.scan(given).isGlob
  if (!isGlob) {
    const resolved = path.resolve(root, given)
    if (!inside(resolved, root)) {
      problems.push({ file: given, message: 'is outside the repository; only paths inside it are read' })
      return []
    }
    if (!existsSync(resolved)) {
      problems.push({ file: given, message: 'does not exist' })
      return []
    }
    return [{ path: resolved, explicit: true }]
  }
  if (path.isAbsolute(given) || given.split(/[\\/]/).includes('..')) {
    problems.push({ file: given, message: 'is outside the repository; only paths inside it are read' })
    return []
  }
  const match = picomatch(given.replace(/^\.\//, ''), { dot: false })
  const out: { path: string; explicit: boolean }[] = []
  walk(root, root, (p) => {
    if (match(relative(root, p))) out.push({ path: p, explicit: false })
  })
  if (out.length === 0) problems.push({ file: given, message: 'matches no file' })
  return out
}

function inside(p: string, root: string): boolean {
  const rel = path.relative(root, p)
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel))
}

function walk(dir: string, root: string, visit: (p: string, isDir: boolean) => void): void {
  let names: string[]
  try {
    names = readdirSync(dir).sort()
  } catch {
    return
  }
  for (const name of names) {
    if (SKIP_DIRS.has(name)) continue
    const p = path.join(dir, name)
    let isDir: boolean
    try {
      isDir = statSync(p).isDirectory()
    } catch {
      continue
    }
    visit(p, isDir)
    if (isDir && !/^asset\./.test(name)) walk(p, root, visit)
  }
}

/** What a path holds, by format. A folder is searched; a file named explicitly that is no format is a problem. */
function discover(p: string, explicit: boolean, root: string, found: Found[], problems: IacProblem[]): void {
  const stat = statSync(p)
  if (stat.isDirectory()) {
    const visit = (q: string, isDir: boolean) => {
      if (isDir) {
        if (readdirSync(q).some((f) => f.endsWith('.tf'))) found.push({ kind: 'terraform', dir: q })
      } else classify(q, false, root, found, problems)
    }
    visit(p, true)
    walk(p, root, visit)
    return
  }
  classify(p, explicit, root, found, problems)
}

function classify(file: string, explicit: boolean, root: string, found: Found[], problems: IacProblem[]): void {
  const rel = relative(root, file)
  const name = path.basename(file)
  if (name.endsWith('.tf')) {
    found.push({ kind: 'terraform', dir: path.dirname(file) })
    return
  }
  const isJson = name.endsWith('.json')
  const isYaml = /\.(ya?ml|template|cfn)$/i.test(name)
  if (!isJson && !isYaml) {
    if (explicit)
      problems.push({ file: rel, message: 'is not Terraform, a Terraform plan, CloudFormation or CDK output' })
    return
  }
  if (/(^|\/)cdk\.out\//.test(rel) && !name.endsWith('.template.json')) return // manifest, tree, assets
  if (statSync(file).size > MAX_JSON_BYTES) {
    if (explicit) problems.push({ file: rel, message: 'is larger than 50 MB; not read' })
    return
  }
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch {
    return
  }
  if (isJson) {
    let json: unknown
    try {
      json = JSON.parse(text)
    } catch (e) {
      if (explicit) problems.push({ file: rel, message: `not valid JSON: ${(e as Error).message}` })
      return
    }
    if (isPlan(json)) found.push({ kind: 'plan', file, explicit })
    else if (isTemplate(json)) found.push({ kind: inCdkOut(file) ? 'cdk-template' : 'template', file, explicit })
    else if (explicit)
      problems.push({ file: rel, message: 'is JSON but neither a Terraform plan nor a CloudFormation template' })
    return
  }
  // YAML: only a template is of interest (workflow files and the like are passed over when a folder is searched).
  if (!/^\s*Resources\s*:/m.test(text) || !/Type\s*:\s*['"]?AWS::/.test(text)) {
    if (explicit)
      problems.push({ file: rel, message: 'is YAML but not a CloudFormation template (no Resources of AWS:: types)' })
    return
  }
  found.push({ kind: 'template', file, explicit })
}

function inCdkOut(file: string): boolean {
  return existsSync(path.join(path.dirname(file), 'manifest.json')) && file.endsWith('.template.json')
}

/** A folder used as a local module (`source = "./modules/x"`) by another folder found is not a root module. */
function dropModuleSources(dirs: string[]): string[] {
  const sources = new Set<string>()
  for (const dir of dirs) {
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.tf'))) {
      const text = readFileSync(path.join(dir, f), 'utf8')
      for (const m of text.matchAll(/\bsource\s*=\s*"(\.{1,2}\/[^"]*)"/g)) sources.add(path.resolve(dir, m[1]))
    }
  }
  return dirs.filter((d) => !sources.has(d)).sort()
}

export { buildState }
export type { CodeGraph }
