// The layering the README's architecture section promises, checked on the source itself: no import cycles, the pure
// layers (controls, model, pattern, judge, the enforce planner) reach neither the AWS SDK nor the Actions toolkit,
// even indirectly, and every runtime dependency is used.
import { describe, it, expect } from '@jest/globals'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

const root = process.cwd()
const srcDir = path.join(root, 'src')

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name)
    // .cjs: a CommonJS shim a .ts file imports (src/sources/iac/terraform/web-tree-sitter.cjs).
    return statSync(full).isDirectory() ? sourceFiles(full) : /\.(ts|cjs)$/.test(name) ? [full] : []
  })
}

const files = sourceFiles(srcDir)

/** Every text file under `dir` except fixtures (data, not code). */
function allFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name)
    if (name === 'fixtures') return []
    return statSync(full).isDirectory() ? allFiles(full) : /\.(ts|js|mjs|cjs)$/.test(name) ? [full] : []
  })
}
const rel = (file: string) => path.relative(root, file).split(path.sep).join('/')

/** Every module a file imports (static, re-exports, dynamic import()): project files resolved, packages by name. */
function importsOf(file: string): { local: string[]; packages: string[] } {
  const text = readFileSync(file, 'utf8')
  const specs = [
    ...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+'([^']+)'/g),
    ...text.matchAll(/import\(\s*'([^']+)'\s*\)/g)
  ].map((m) => m[1])
  const local: string[] = []
  const packages: string[] = []
  for (const spec of specs) {
    if (spec.startsWith('.')) local.push(path.resolve(path.dirname(file), spec).replace(/\.js$/, '.ts'))
    else if (!spec.startsWith('node:'))
      packages.push(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0])
  }
  return { local, packages }
}

const graph = new Map(files.map((f) => [f, importsOf(f)]))

describe('architecture', () => {
  it('resolves every relative import to a file of src', () => {
    const missing = [...graph].flatMap(([file, { local }]) =>
      local.filter((l) => !graph.has(l)).map((l) => `${rel(file)} → ${rel(l)}`)
    )
    expect(missing).toEqual([])
  })

  it('has no import cycles', () => {
    const cycles: string[] = []
    const state = new Map<string, 'visiting' | 'done'>()
    const stack: string[] = []
    const visit = (file: string) => {
      state.set(file, 'visiting')
      stack.push(file)
      for (const next of graph.get(file)?.local ?? []) {
        if (state.get(next) === 'visiting')
          cycles.push([...stack.slice(stack.indexOf(next)), next].map(rel).join(' → '))
        else if (!state.has(next) && graph.has(next)) visit(next)
      }
      stack.pop()
      state.set(file, 'done')
    }
    for (const file of files) if (!state.has(file)) visit(file)
    expect(cycles).toEqual([])
  })

  it('keeps the pure layers free of the AWS SDK and the Actions toolkit, even indirectly', () => {
    const pure = files.filter(
      (f) => /^src\/(controls|model|pattern|judge)\//.test(rel(f)) || rel(f) === 'src/enforce/plan.ts'
    )
    expect(pure.length).toBeGreaterThan(10)
    const offending: string[] = []
    for (const start of pure) {
      const seen = new Set<string>()
      const walk = (file: string, via: string[]) => {
        if (seen.has(file)) return
        seen.add(file)
        const { local, packages } = graph.get(file) ?? { local: [], packages: [] }
        for (const p of packages.filter((p) => p.startsWith('@aws-sdk/') || p.startsWith('@actions/'))) {
          offending.push(`${[...via, file].map(rel).join(' → ')} imports ${p}`)
        }
        for (const next of local) walk(next, [...via, file])
      }
      walk(start, [])
    }
    expect(offending).toEqual([])
  })

  it('uses every package it declares', () => {
    // Every npm package is a devDependency (dist/ bundles what runs); each must be imported by the sources, tests or
    // scripts, or named by a configuration file (tools run by name, jest transforms, TypeScript types).
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>
      devDependencies?: Record<string, string>
      scripts: Record<string, string>
    }
    const declared = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies })
    const texts = [
      ...['src', '__tests__', 'scripts'].flatMap((d) => allFiles(path.join(root, d))),
      ...['jest.config.js', 'eslint.config.js', 'tsconfig.json', 'tsconfig.test.json'].map((f) => path.join(root, f))
    ]
      .map((f) => readFileSync(f, 'utf8'))
      .concat(Object.values(pkg.scripts))
    const quoted = (name: string) => texts.some((t) => t.includes(`'${name}`) || t.includes(`"${name}`))
    // @types/jest is named "jest" in tsconfig's types; a tool run from a script is named by its bare name.
    const named = (name: string) => quoted(name) || quoted(name.replace(/^@types\//, ''))
    expect(declared.filter((d) => !named(d))).toEqual([])
  })
})
