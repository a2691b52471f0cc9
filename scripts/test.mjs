// The test command (`npm test`): installs the moto server, rebuilds dist/ (the integration tests run the bundle
// the way the runner does), runs jest, and ends with one plain "N passed, N failed" line.
import { spawnSync } from 'node:child_process'
import { readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { ensureMotoVenv } from './moto-venv.mjs'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
ensureMotoVenv()

if (!process.env.SKIP_BUNDLE) {
  const bundle = spawnSync(process.execPath, [path.join(root, 'scripts', 'bundle.mjs')], { stdio: 'inherit' })
  if (bundle.status !== 0) process.exit(bundle.status ?? 1)
}

const results = path.join(root, '.cache', 'jest-results.json')
rmSync(results, { force: true })
const jest = spawnSync(
  process.execPath,
  [path.join(root, 'node_modules', 'jest', 'bin', 'jest.js'), '--json', `--outputFile=${results}`, ...process.argv.slice(2)],
  { stdio: 'inherit', cwd: root, env: { ...process.env, NODE_OPTIONS: '--experimental-vm-modules', NODE_NO_WARNINGS: '1' } }
)
try {
  const r = JSON.parse(readFileSync(results, 'utf8'))
  const skipped = r.numPendingTests + r.numTodoTests
  console.log(`\n${r.numPassedTests} passed, ${r.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`)
  if (r.numTotalTests === 0) process.exit(1)
} catch {
  console.log('\n0 passed, 1 failed')
}
process.exit(jest.status ?? 1)
