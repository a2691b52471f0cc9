// `prepack` (run by npm pack and npm publish): refuses to pack a CLI that is missing, not executable as a command, or
// stale. dist/ is committed, not built here: the check-dist workflow and .ci/run prove it matches the sources, and this
// proves that what gets packed is that CLI at this version (the built CLI's --version must be package.json's version,
// which catches a version bump without a rebuild).
import { spawnSync } from 'node:child_process'
import { accessSync, constants, existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'))
const problems = []

const binPath = pkg.bin?.['cmk-alarm']
const cli = binPath ? path.join(root, binPath) : undefined
if (!cli) problems.push('package.json has no bin "cmk-alarm"')
else if (!existsSync(cli)) problems.push(`${binPath} is missing: run npm run bundle`)
else {
  if (!readFileSync(cli, 'utf8').startsWith('#!/usr/bin/env node\n')) problems.push(`${binPath} has no node shebang`)
  try {
    accessSync(cli, constants.X_OK)
  } catch {
    problems.push(`${binPath} is not executable`)
  }
  const dirType = path.join(path.dirname(cli), 'package.json')
  if (!existsSync(dirType) || JSON.parse(readFileSync(dirType, 'utf8')).type !== 'module') {
    problems.push(`${path.relative(root, dirType)} must say "type": "module" (the CLI is an ES module)`)
  }
  const run = spawnSync(process.execPath, [cli, '--version'], { encoding: 'utf8', timeout: 30_000 })
  const version = run.stdout?.trim()
  if (run.status !== 0) problems.push(`${binPath} --version failed (exit ${run.status}): ${run.stderr?.trim()}`)
  else if (version !== pkg.version) {
    problems.push(
      `${binPath} --version says ${version}, package.json says ${pkg.version}: update src/version.ts and rebuild`
    )
  }
}
for (const file of ['README.md', 'LICENSE']) {
  if (!existsSync(path.join(root, file))) problems.push(`${file} is missing`)
}
if (pkg.private) problems.push('package.json is "private": npm would refuse to publish it')

if (problems.length) {
  console.error(`prepack: not packing ${pkg.name}@${pkg.version}:\n  - ${problems.join('\n  - ')}`)
  process.exit(1)
}
console.error(`prepack: ${pkg.name}@${pkg.version}, ${binPath} runs and reports ${pkg.version}.`)
