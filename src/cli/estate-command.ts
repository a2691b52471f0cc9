// `cmk-alarm merge` and `cmk-alarm matrix`: the last and first jobs of the matrix workflow from a terminal.
import { defaultProvider } from '@aws-sdk/credential-provider-node'
import { defaultChainCredentials } from '../auth/default-chain.js'
import { TimeBudget } from '../aws/budget.js'
import { AwsClients } from '../aws/clients.js'
import { controlById, DEFAULT_CONTROL } from '../controls/index.js'
import { mergeRunReports } from '../estate/merge.js'
import { matrixInputs } from '../estate/settings.js'
import { buildMatrix, EstateError, listAccounts } from '../estate/targets.js'
import type { InputReader } from '../input-rules.js'
import { decideEstateExit } from '../run.js'
import { parseSettings, type Settings } from '../settings.js'
import type { CommandIo } from './account-command.js'
import { renderEstate } from './estate-render.js'
import { COMMON_FLAGS, flagHelp, inFlagTerms, parseFlags, UsageError, type FlagSpec } from './flags.js'

/** Inputs of a command that reads no AWS: aws-region is not needed (the other inputs keep their rules). */
function offlineSettings(get: InputReader, env: NodeJS.ProcessEnv): Settings {
  return parseSettings(
    (name) => (name === 'aws-region' ? get(name) || 'us-east-1' : get(name)),
    { ...env, AWS_REGION: env.AWS_REGION || 'us-east-1' },
    { workspace: process.cwd() }
  )
}

const MERGE_FLAGS: FlagSpec[] = [
  COMMON_FLAGS.failOn,
  { name: 'sarif-file', value: 'FILE', help: 'write SARIF 2.1.0 here, one run per account and region' },
  { name: 'sarif-category', value: 'C', help: 'SARIF category; {account} and {region} are filled in' },
  { name: 'report-file', value: 'FILE', help: 'write the merged run report (JSON) here' },
  { name: 'output', value: 'text|json', help: 'the report as text (default) or JSON (the run report)' },
  COMMON_FLAGS.json,
  COMMON_FLAGS.noColor,
  COMMON_FLAGS.help
]

const MATRIX_FLAGS: FlagSpec[] = [
  { name: 'accounts', value: 'ID,ID...', help: 'the accounts to spread over the jobs' },
  { name: 'organization', help: 'every ACTIVE account of the organization (organizations:ListAccounts)' },
  { name: 'regions', value: 'R,R...', help: 'the regions each job checks (default --region)' },
  {
    name: 'region',
    aliases: ['aws-region'],
    input: 'aws-region',
    value: 'REGION',
    help: 'the region of the AWS calls (default AWS_REGION)'
  },
  { name: 'matrix-chunk-size', value: 'N', help: 'accounts per job, 1-1000 (default 20; more past 256 jobs)' },
  COMMON_FLAGS.timeoutSeconds,
  COMMON_FLAGS.profile,
  COMMON_FLAGS.endpointUrl,
  COMMON_FLAGS.help
]

export function mergeCommandHelp(): string {
  return [
    'Usage: cmk-alarm merge REPORT... [flags]',
    '',
    "Merges run report files (written with --report-file, or the action's report-file: one per matrix job) into one",
    'run: one line per account and region, organization trails judged across the files. REPORT is a file, a',
    'directory (its .json files, at any depth) or a glob (Node.js 22 or later).',
    '',
    flagHelp(MERGE_FLAGS),
    '',
    'Exit codes: 0 compliant, 1 not compliant, 2 bad usage (a file that is missing or is not a run report), 3 could',
    'not decide; --fail-on as for verify (default manual).'
  ].join('\n')
}

export function matrixCommandHelp(): string {
  return [
    'Usage: cmk-alarm matrix (--accounts ID,ID... | --organization) [flags]',
    '',
    'Prints the accounts in chunks as one line of JSON, {"include":[{chunk, accounts, regions, targets}, ...]}, for',
    'a GitHub Actions matrix (at most 256 jobs). --organization lists the organization with the default AWS',
    'credential chain (the management account, or a delegated administrator).',
    '',
    flagHelp(MATRIX_FLAGS)
  ].join('\n')
}

export async function runMergeCommand(args: string[], io: CommandIo): Promise<number> {
  const { positionals, values, switches } = parseFlags(args, MERGE_FLAGS, { positionals: true })
  if (switches.has('help')) {
    io.stdout(`${mergeCommandHelp()}\n`)
    return 0
  }
  const output = values.get('output')?.[0] ?? (switches.has('json') ? 'json' : 'text')
  if (output !== 'text' && output !== 'json')
    throw new UsageError(`--output must be text or json (got ${JSON.stringify(output)}).`)
  if (positionals.length === 0) throw new UsageError('merge needs the run report files to merge.')
  const inputs: Record<string, string> = { 'fail-on': 'manual' }
  for (const spec of MERGE_FLAGS) {
    const given = values.get(spec.name)
    if (given && spec.name !== 'output') inputs[spec.name] = given[0]
  }
  const settings = inFlagTerms(MERGE_FLAGS, () => offlineSettings((name) => inputs[name] ?? '', io.env))
  let merged
  try {
    merged = mergeRunReports(positionals, process.cwd())
  } catch (error) {
    // Files that are missing or are not run reports: bad usage (exit 2), not an undecided check.
    if (error instanceof EstateError) throw new UsageError(error.message)
    throw error
  }
  const color = io.isTty && !io.env.NO_COLOR && !switches.has('no-color')
  const failed = renderEstate(merged.run, settings, output, color, io)
  const exit = decideEstateExit(controlById(merged.run.control) ?? DEFAULT_CONTROL, merged.run, settings.failOn).code
  return failed && exit === 0 && settings.failOn !== 'never' ? 3 : exit
}

export async function runMatrixCommand(args: string[], io: CommandIo): Promise<number> {
  const { values, switches } = parseFlags(args, MATRIX_FLAGS)
  if (switches.has('help')) {
    io.stdout(`${matrixCommandHelp()}\n`)
    return 0
  }
  const inputs: Record<string, string> = { organization: String(switches.has('organization')) }
  for (const name of ['accounts', 'regions', 'matrix-chunk-size', 'timeout-seconds']) {
    const given = values.get(name)
    if (given) inputs[name] = given[0]
  }
  const region = values.get('region')?.[0]
  if (region) inputs['aws-region'] = region
  const organization = switches.has('organization')
  const get = matrixInputs((name) => inputs[name] ?? '')
  const settings = inFlagTerms(MATRIX_FLAGS, () =>
    organization ? parseSettings(get, io.env, { workspace: process.cwd() }) : offlineSettings(get, io.env)
  )
  if (!settings.estate.accounts && !organization) throw new UsageError('matrix needs --accounts or --organization.')
  if (!settings.estate.regions && !region && !io.env.AWS_REGION)
    throw new UsageError('matrix needs --regions (or --region, or AWS_REGION).')
  let hub: AwsClients | undefined
  if (organization) {
    const budget = new TimeBudget(settings.timeoutSeconds)
    const profile = values.get('profile')?.[0]
    const endpoint = values.get('endpoint-url')?.[0]
    const credentials = await defaultChainCredentials(budget, io.env, defaultProvider(profile ? { profile } : {}))
    hub = new AwsClients({ budget, profile, endpoint, credentials })
  }
  const accounts = (await listAccounts(settings, hub)) ?? []
  const m = buildMatrix(
    accounts.map((a) => a.id),
    settings.estate.regions ?? [settings.region],
    settings.estate.matrixChunkSize
  )
  io.stdout(`${JSON.stringify({ include: m.include })}\n`)
  return 0
}
