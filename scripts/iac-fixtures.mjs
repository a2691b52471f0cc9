// Regenerates the Terraform plan fixtures: for every root module under __tests__/fixtures/iac/terraform/ it runs
// `terraform init`, `validate`, `plan` and `show -json` offline and writes the plan as `plan.json` beside the sources.
// The JSON is committed, so the tests need no Terraform. Needs Terraform (1.11 was used) and a filesystem mirror of the
// hashicorp/aws provider: TF_PLUGIN_MIRROR, default /opt/tf-plugins. No credentials and no network: the provider is
// configured with fake static keys and told to skip every call it would make to AWS before plan.
//
//   node scripts/iac-fixtures.mjs [fixture-name ...]
//
// Then, for every folder under __tests__/fixtures/iac/expressions/ (no provider: locals, modules, terraform_data), it
// runs `terraform apply` and writes `terraform output -json` as terraform-output.json: what Terraform itself computes,
// which the expression tests compare the reader's evaluation with.
//
// A fixture folder may hold:
//   no-plan         the folder is read from source only (a data source or a registry module needs AWS or a download)
//   state.json      a hand-written Terraform state (v4) the plan starts from (e.g. a plan that deletes a subscription)
import { execFileSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const fixtures = path.join(root, '__tests__', 'fixtures', 'iac', 'terraform')
const mirror = process.env.TF_PLUGIN_MIRROR ?? '/opt/tf-plugins'
const work = mkdtempSync(path.join(os.tmpdir(), 'iac-fixtures-'))
const cliConfig = path.join(work, 'terraform.rc')
const cache = path.join(work, 'plugin-cache')
mkdirSync(cache)
writeFileSync(
  cliConfig,
  `plugin_cache_dir = "${cache}"
plugin_cache_may_break_dependency_lock_file = true
provider_installation {
  filesystem_mirror {
    path    = "${mirror}"
    include = ["registry.terraform.io/hashicorp/*"]
  }
  direct {
    exclude = ["registry.terraform.io/hashicorp/*"]
  }
}
`
)

// Overrides the fixture's provider block: offline, nothing asked of AWS before plan.
const OVERRIDE = `provider "aws" {
  region                      = "us-east-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}
`

const env = {
  ...process.env,
  TF_CLI_CONFIG_FILE: cliConfig,
  TF_IN_AUTOMATION: '1',
  CHECKPOINT_DISABLE: '1',
  AWS_EC2_METADATA_DISABLED: 'true',
  // Fake static keys (never sent anywhere: every call before plan is skipped), kept out of the plan's configuration.
  AWS_ACCESS_KEY_ID: 'fixture-access-key',
  AWS_SECRET_ACCESS_KEY: 'fixture-secret-key',
  AWS_PROFILE: ''
}

function terraform(dir, args) {
  return execFileSync('terraform', args, { cwd: dir, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
}

/** Copies a fixture (its .tf, .tfvars and local modules) to a scratch folder, so no .terraform lands in the tree. */
function copyTree(from, to) {
  mkdirSync(to, { recursive: true })
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    if (entry.name === '.terraform' || entry.name === 'plan.json' || entry.name === 'terraform-output.json') continue
    const a = path.join(from, entry.name)
    const b = path.join(to, entry.name)
    if (entry.isDirectory()) copyTree(a, b)
    else copyFileSync(a, b)
  }
}

const wanted = process.argv.slice(2)
const names = readdirSync(fixtures, { withFileTypes: true })
  .filter((e) => e.isDirectory() && (wanted.length === 0 || wanted.includes(e.name)))
  .map((e) => e.name)
  .sort()
let written = 0
for (const name of names) {
  const source = path.join(fixtures, name)
  if (existsSync(path.join(source, 'no-plan'))) {
    console.log(`${name}: source only (no-plan)`)
    continue
  }
  const dir = path.join(work, name)
  copyTree(source, dir)
  // The plan has a root module path of its own: the sources are read from the copy; only plan.json is written back.
  writeFileSync(path.join(dir, 'zz_offline_override.tf'), OVERRIDE)
  const started = Date.now()
  try {
    terraform(dir, ['init', '-input=false', '-no-color', '-backend=false'])
    terraform(dir, ['validate', '-no-color'])
    const planArgs = ['plan', '-input=false', '-no-color', '-refresh=false', '-lock=false', '-out=tfplan']
    if (existsSync(path.join(dir, 'state.json'))) planArgs.push('-state=state.json')
    terraform(dir, planArgs)
    const json = JSON.parse(terraform(dir, ['show', '-json', '-no-color', 'tfplan']))
    writeFileSync(path.join(source, 'plan.json'), `${JSON.stringify(json)}\n`)
    written++
    console.log(`${name}: plan.json (${((Date.now() - started) / 1000).toFixed(1)} s)`)
  } catch (e) {
    console.error(`${name}: ${e.stderr || e.message}`)
    process.exitCode = 1
  }
}
const expressions = path.join(root, '__tests__', 'fixtures', 'iac', 'expressions')
for (const name of readdirSync(expressions).sort()) {
  if (wanted.length && !wanted.includes(name)) continue
  const dir = path.join(work, `expressions-${name}`)
  copyTree(path.join(expressions, name), dir)
  try {
    terraform(dir, ['init', '-input=false', '-no-color', '-backend=false'])
    terraform(dir, ['apply', '-auto-approve', '-input=false', '-no-color', '-lock=false'])
    const outputs = JSON.parse(terraform(dir, ['output', '-json', '-no-color']))
    const values = Object.fromEntries(Object.entries(outputs).map(([k, v]) => [k, v.value]))
    writeFileSync(path.join(expressions, name, 'terraform-output.json'), `${JSON.stringify(values, null, 2)}\n`)
    written++
    console.log(`expressions/${name}: terraform-output.json`)
  } catch (e) {
    console.error(`expressions/${name}: ${e.stderr || e.message}`)
    process.exitCode = 1
  }
}
rmSync(work, { recursive: true, force: true })
console.log(`${written} file(s) written`)
