// The test command (`npm test`): installs the moto server, checks types, lint and formatting, rebuilds dist/ (the
// integration tests run the bundle the way the runner does), runs jest, and ends with one plain
// "N passed, N failed" line that counts what really ran.
import { spawnSync } from 'node:child_process'
import { readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { ensureMotoVenv } from './moto-venv.mjs'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const bin = (pkg, file) => path.join(root, 'node_modules', pkg, file)

/** Runs one step with a progress line; stops the test command when it fails. */
function step(label, args, env = process.env) {
  const started = Date.now()
  console.log(`[test] ${label} ...`)
  const result = spawnSync(process.execPath, args, { stdio: 'inherit', cwd: root, env })
  if (result.status !== 0) {
    console.log(`[test] ${label} failed\n\n0 passed, 1 failed`)
    process.exit(result.status ?? 1)
  }
  console.log(`[test] ${label}: done in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}

// `--unit`: only the pure code's tests, with no emulator and no bundle (npm run test:unit).
const unit = process.argv.includes('--unit')
const jestArgs = process.argv.slice(2).filter((a) => a !== '--unit')
// The integration tests run this build, not the committed dist/ (see scripts/bundle.mjs).
const build = path.join(root, '.cache', 'build')

if (!unit) ensureMotoVenv()
step('typecheck (tsc)', [bin('typescript', 'bin/tsc'), '--noEmit', '-p', 'tsconfig.test.json'])
step('lint (eslint)', [bin('eslint', 'bin/eslint.js'), '.'])
step('formatting (prettier --check)', [bin('prettier', 'bin/prettier.cjs'), '--check', '--log-level', 'warn', '.'])
step('workflows (actionlint)', [path.join(root, 'scripts', 'lint-workflows.mjs')])
if (!unit && !process.env.SKIP_BUNDLE) step('bundle (ncc)', [path.join(root, 'scripts', 'bundle.mjs'), build])

const results = path.join(root, '.cache', 'jest-results.json')
rmSync(results, { force: true })
console.log('[test] jest ...')
const jest = spawnSync(
  process.execPath,
  [
    bin('jest', 'bin/jest.js'),
    '--json',
    `--outputFile=${results}`,
    ...jestArgs,
    // Last: --selectProjects takes every argument after it as a project name.
    ...(unit ? ['--selectProjects', 'unit'] : [])
  ],
  {
    stdio: 'inherit',
    cwd: root,
    env: {
      ...process.env,
      CMK_ALARM_DIST: process.env.CMK_ALARM_DIST ?? build,
      NODE_OPTIONS: '--experimental-vm-modules',
      NODE_NO_WARNINGS: '1'
    }
  }
)
let failed = jest.status === 0 ? 0 : 1
try {
  const r = JSON.parse(readFileSync(results, 'utf8'))
  const skipped = r.numPendingTests + r.numTodoTests
  // A suite that fails to load has no failed test but is a failure all the same.
  failed = r.numFailedTests + r.numRuntimeErrorTestSuites
  console.log(`\n${r.numPassedTests} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
  if (r.numTotalTests === 0) process.exit(1)
} catch {
  console.log('\n0 passed, 1 failed')
}
process.exit(jest.status === 0 && failed === 0 ? 0 : 1)
