// `npm run demo` on a fresh clone: installs the npm packages when they are missing, then runs the demo
// (scripts/demo-run.mjs: local AWS emulator, a seeded account, verify → enforce → verify).
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
if (!existsSync(path.join(root, 'node_modules', '@aws-sdk', 'client-sns'))) {
  console.log('Installing the npm packages (npm ci) ...')
  const npm = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' })
  if (npm.status !== 0) process.exit(npm.status ?? 1)
}
await import('./demo-run.mjs')
