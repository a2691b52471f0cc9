// Seeds a running moto server (AWS_ENDPOINT_URL) with the CIS AWS 4.7 chain, for the self-test workflow
// (.github/workflows/self-test.yml) and for trying the action by hand:
//
//   node scripts/moto-seed.mjs [--account 123456789012] [--region us-east-1] [--break subscription|alarm|filter]
//
// It builds a multi-region trail (with its S3 bucket) that logs management events into a CloudWatch Logs group, the
// CIS metric filter on that group, an alarm on its metric that fires on one event, an SNS topic and an email
// subscription (moto confirms it at once). `--break` leaves one link out, so the account does not meet the control:
// `subscription` (a topic nobody is subscribed to), `alarm` (no alarm on the metric) or `filter` (no metric filter).
// `--account` seeds another moto account (moto's `x-moto-account-id` header); reach it with `role-chaining`.
// Only talks to AWS_ENDPOINT_URL, which must be a loopback address: this never touches a real AWS account.
import { OWN_NAMES, seedChain } from './lib/moto.mjs'

const BREAKS = new Set(['subscription', 'alarm', 'filter'])

function usage(message) {
  console.error(
    `moto-seed: ${message}\nUsage: node scripts/moto-seed.mjs [--account 12-digits] [--region R] [--break subscription|alarm|filter]`
  )
  process.exit(2)
}

const options = { account: '123456789012', region: 'us-east-1', break: undefined }
const args = process.argv.slice(2)
for (let i = 0; i < args.length; i += 2) {
  const name = args[i].replace(/^--/, '')
  if (!(name in options) || args[i + 1] === undefined) usage(`bad argument ${args[i]}`)
  options[name] = args[i + 1]
}
if (!/^\d{12}$/.test(options.account)) usage('--account must be 12 digits')
if (!/^[a-z]{2}(-[a-z]+)+-\d$/.test(options.region)) usage('--region must be a region code such as us-east-1')
if (options.break !== undefined && !BREAKS.has(options.break)) usage(`--break must be one of ${[...BREAKS].join(', ')}`)

const endpoint = process.env.AWS_ENDPOINT_URL
if (!endpoint) usage('set AWS_ENDPOINT_URL to the moto server, e.g. http://127.0.0.1:5000')
const host = new URL(endpoint).hostname
if (!['127.0.0.1', 'localhost', '[::1]', '::1'].includes(host)) {
  usage(`AWS_ENDPOINT_URL must be a loopback address (moto), not ${host}`)
}

const { account, region } = options
const { seeded } = await seedChain({
  endpoint,
  account,
  region,
  credentials: {
    accessKeyId: process.env.AWS_ACCESS_KEY_ID ?? 'AKIAIOSFODNN7EXAMPLE',
    secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY ?? 'moto'
  },
  names: OWN_NAMES,
  leaveOut: options.break
})
console.log(`Seeded account ${account} in ${region} at ${endpoint}: ${seeded.join(', ')}`)
console.log(options.break ? `Left out on purpose: the ${options.break}.` : 'The chain is complete (compliant).')
