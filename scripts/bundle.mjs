// Builds the bundle: <out>/index.js (the action) and <out>/cli/index.js (the CLI). `node scripts/bundle.mjs` (npm run
// bundle) writes the committed dist/; the test command builds into .cache/build instead, so `npm test` never rewrites
// dist/ (CI checks separately that dist/ is what the sources build).
// It builds into a fresh directory and then swaps it in, so a stale chunk never survives a rebuild and two builds
// running at once never leave a half-empty output directory.
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import path from 'node:path'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const ncc = createRequire(import.meta.url).resolve('@vercel/ncc/dist/ncc/cli.js')
const out = path.resolve(root, process.argv[2] ?? 'dist')
const staging = path.join(root, '.cache', `dist-${process.pid}`)
rmSync(staging, { recursive: true, force: true })
mkdirSync(path.dirname(staging), { recursive: true })
for (const [entry, out] of [
  ['src/index.ts', staging],
  ['src/cli.ts', path.join(staging, 'cli')]
]) {
  // One licenses file per chunk: with one name for all, the license plugin lets the last chunk overwrite the others.
  execFileSync(process.execPath, [ncc, 'build', entry, '-o', out, '--license', '[name].licenses.txt', '--quiet'], {
    cwd: root,
    stdio: 'inherit'
  })
  // licenses.txt: the third-party licenses of every chunk of this bundle, each distinct file once.
  const parts = readdirSync(out)
    .filter((f) => f.endsWith('.licenses.txt'))
    .sort((a, b) => (a === 'main.licenses.txt' ? -1 : b === 'main.licenses.txt' ? 1 : a.localeCompare(b)))
  const texts = [...new Set(parts.map((f) => readFileSync(path.join(out, f), 'utf8')))]
  writeFileSync(path.join(out, 'licenses.txt'), texts.join('\n'))
  for (const f of parts) rmSync(path.join(out, f))
}
// The IaC readers' HCL parser (web-tree-sitter) reads its WebAssembly files from beside the bundle: ncc would inline
// them as text and corrupt them, so they are copied as they are.
for (const dir of [staging, path.join(staging, 'cli')]) {
  copyFileSync(
    path.join(root, 'node_modules', 'web-tree-sitter', 'web-tree-sitter.wasm'),
    path.join(dir, 'web-tree-sitter.wasm')
  )
  copyFileSync(
    path.join(root, 'node_modules', '@tree-sitter-grammars', 'tree-sitter-hcl', 'tree-sitter-terraform.wasm'),
    path.join(dir, 'tree-sitter-terraform.wasm')
  )
}
const old = path.join(root, '.cache', `dist-old-${process.pid}`)
try {
  renameSync(out, old)
} catch {
  // no dist/ yet
}
mkdirSync(path.dirname(out), { recursive: true })
renameSync(staging, out)
rmSync(old, { recursive: true, force: true })
