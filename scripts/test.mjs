// The test command (`npm test`): installs the moto server, checks types, lint and formatting, rebuilds dist/ (the
// integration tests run the bundle the way the runner does), runs jest, and ends with one plain
// "N passed, N failed" line that counts what really ran.
import { spawn, spawnSync } from 'node:child_process'
import { readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { ensureMotoVenv } from './moto-venv.mjs'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const bin = (pkg, file) => path.join(root, 'node_modules', pkg, file)

/**
 * Runs one step with a progress line. Its output is held until it ends (steps run two at a time, and interleaved
 * lines would be unreadable), then printed whole; a failing step stops the test command.
 */
function step(label, args, env = process.env) {
  const started = Date.now()
  console.log(`[test] ${label} ...`)
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] })
    const output = []
    child.stdout.on('data', (chunk) => output.push(chunk))
    child.stderr.on('data', (chunk) => output.push(chunk))
    child.on('close', (status) => {
      if (output.length) process.stdout.write(Buffer.concat(output))
      if (status !== 0) {
        console.log(`[test] ${label} failed\n\n0 passed, 1 failed`)
        process.exit(status ?? 1)
      }
      console.log(`[test] ${label}: done in ${((Date.now() - started) / 1000).toFixed(1)} s`)
      resolve()
    })
  })
}

/** Runs the steps' lanes side by side, each lane's steps one after the other. */
async function lanes(...lists) {
  await Promise.all(
    lists.map(async (list) => {
      for (const [label, args] of list) await step(label, args)
    })
  )
}

// `--unit`: only the pure code's tests, with no emulator and no bundle (npm run test:unit).
const unit = process.argv.includes('--unit')
const jestArgs = process.argv.slice(2).filter((a) => a !== '--unit')
// The integration tests run this build, not the committed dist/ (see scripts/bundle.mjs).
const build = path.join(root, '.cache', 'build')

if (!unit) ensureMotoVenv()
// Two lanes: the bundle (the longest step) beside the checks, which together take about as long. On two cores this
// saves most of a minute over running them in a row.
const checks = [
  ['typecheck (tsc)', [bin('typescript', 'bin/tsc'), '--noEmit', '-p', 'tsconfig.test.json']],
  ['lint (eslint)', [bin('eslint', 'bin/eslint.js'), '.']],
  ['formatting (prettier --check)', [bin('prettier', 'bin/prettier.cjs'), '--check', '--log-level', 'warn', '.']],
  ['workflows (actionlint)', [path.join(root, 'scripts', 'lint-workflows.mjs')]]
]
const bundle =
  unit || process.env.SKIP_BUNDLE ? [] : [['bundle (ncc)', [path.join(root, 'scripts', 'bundle.mjs'), build]]]
await lanes(bundle, checks)

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
