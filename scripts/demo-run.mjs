// The demo (run by scripts/demo.mjs): installs the moto server, starts it on a loopback port, seeds a realistic account and runs
// verify, enforce, verify on it with the CLI, printing each report. Nothing leaves this machine.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { OWN_NAMES, seedChain, startMoto } from './lib/moto.mjs'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const region = 'us-east-1'
const account = '123456789012'

if (!existsSync(path.join(root, 'dist', 'cli', 'index.js'))) {
  spawnSync(process.execPath, [path.join(root, 'scripts', 'bundle.mjs')], { stdio: 'inherit' })
}
const moto = await startMoto()
process.on('exit', () => moto.stop())
const { endpoint } = moto

console.log(`Seeding a realistic account ${account} in ${region} (moto at ${endpoint}):`)
// A filter a regex checker accepts, but that misses failed attempts: it only counts calls without an errorCode.
const pattern =
  '{ ($.eventSource = kms.amazonaws.com) && (($.eventName = DisableKey) || ($.eventName = ScheduleKeyDeletion)) && ($.errorCode NOT EXISTS) }'
const { seeded } = await seedChain({
  endpoint,
  account,
  region,
  credentials: { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'demo' },
  names: OWN_NAMES,
  pattern
})
for (const line of seeded) console.log(`  - ${line}`)
console.log('')

const env = {
  ...process.env,
  AWS_ENDPOINT_URL: endpoint,
  AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
  AWS_SECRET_ACCESS_KEY: 'demo',
  AWS_EC2_METADATA_DISABLED: 'true'
}
delete env.AWS_PROFILE
const cli = (args) => {
  console.log(`\n$ cmk-alarm ${args.join(' ')}\n`)
  const result = spawnSync(process.execPath, [path.join(root, 'dist', 'cli', 'index.js'), ...args], {
    env,
    stdio: 'inherit'
  })
  console.log(`(exit code ${result.status}: 0 compliant, 1 not compliant, 3 could not decide)`)
}
cli(['verify', '--region', region])
cli([
  'enforce',
  '--region',
  region,
  '--subscription',
  'email:secops@example.com',
  '--subscription',
  `sqs:arn:aws:sqs:${region}:${account}:security-events`
])
cli(['verify', '--region', region])
console.log(
  '\n(The local emulator confirms email subscriptions at once; on AWS the email one stays pending until someone confirms it.)'
)
moto.stop()
