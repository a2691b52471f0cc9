// The CLI's habits, as a user of the AWS CLI or Prowler expects them, on the built CLI against moto: help everywhere,
// the closest flag for a typo, a repeated single-value flag refused, --profile, --endpoint-url, --debug, --output,
// and colours only on a terminal without NO_COLOR or --no-color.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { CLI_BUNDLE, NODE24, runCli } from '../harness/action.js'
import { startMoto, TEST_CREDENTIALS, type MotoServer } from '../harness/moto.js'
import { seedChain } from '../harness/seed.js'

let moto: MotoServer
beforeAll(async () => {
  moto = await startMoto()
  await seedChain(moto, {})
})
afterAll(async () => {
  await moto.stop()
})

const offline = { motoEndpoint: 'http://127.0.0.1:9', region: 'us-east-1' }

describe('help', () => {
  it.each([[['--help']], [['-h']], [['help']]])('%j prints the commands and exits 0', async (args) => {
    const run = await runCli(args, offline)
    expect(run.exitCode).toBe(0)
    expect(run.stdout).toMatch(/^Usage: cmk-alarm <command> \[flags\]/)
    expect(run.stdout).toContain('pattern check')
  })

  it.each([['verify'], ['enforce']])(
    '%s --help and -h list every flag with what it does, and exit 0',
    async (command) => {
      for (const flag of ['--help', '-h']) {
        const run = await runCli([command, flag], offline)
        expect(run.exitCode).toBe(0)
        expect(run.stdout).toContain(`Usage: cmk-alarm ${command} [flags]`)
        expect(run.stdout).toMatch(/--timeout-seconds S\s+time budget/)
        expect(run.stdout).toMatch(/--profile NAME\s+the AWS profile/)
        expect(run.stdout.includes('--subscription PROTOCOL:ENDPOINT (repeatable)')).toBe(command === 'enforce')
        expect(run.stderr).toBe('')
      }
    }
  )
})

describe('mistakes are named, with the fix', () => {
  it('answers an unknown flag with the closest valid one', async () => {
    const run = await runCli(['verify', '--regoin', 'us-east-1'], offline)
    expect(run.exitCode).toBe(2)
    expect(run.stderr).toContain('Unknown flag --regoin. Did you mean --region?')
    const far = await runCli(['verify', '--frobnicate'], offline)
    expect(far.stderr).toContain('Unknown flag --frobnicate.')
    expect(far.stderr).not.toContain('Did you mean')
  })

  it('answers an unknown command with the closest one', async () => {
    const run = await runCli(['veriffy'], offline)
    expect(run.exitCode).toBe(2)
    expect(run.stderr).toContain('Unknown command "veriffy". Did you mean verify?')
  })

  it('refuses a single-value flag given twice, but takes repeated subscriptions', async () => {
    const twice = await runCli(['verify', '--region', 'us-east-1', '--region', 'eu-west-1'], offline)
    expect(twice.exitCode).toBe(2)
    expect(twice.stderr).toContain('--region was given more than once; give it once.')
    const repeated = await runCli(
      [
        'enforce',
        '--dry-run',
        '--json',
        '--subscription',
        'email:a@example.com',
        '--subscription',
        'email:b@example.com'
      ],
      { motoEndpoint: moto.endpoint, region: 'us-east-1' }
    )
    expect(repeated.stderr).toBe('')
    expect(JSON.parse(repeated.stdout).status).toBe('pass')
  })

  it('refuses --json with --output text, and an --output it does not know', async () => {
    expect((await runCli(['verify', '--json', '--output', 'text'], offline)).stderr).toContain('disagree')
    expect((await runCli(['verify', '--output', 'yaml'], offline)).stderr).toContain('--output must be text or json')
  })
})

describe('AWS habits', () => {
  it('--output json is --json', async () => {
    const run = await runCli(['verify', '--output', 'json'], { motoEndpoint: moto.endpoint, region: 'us-east-1' })
    expect(run.exitCode).toBe(0)
    expect(JSON.parse(run.stdout).status).toBe('pass')
  })

  it('--endpoint-url sends every request there (no AWS_ENDPOINT_URL set)', async () => {
    const run = await runCli(['verify', '--region', 'us-east-1', '--endpoint-url', moto.endpoint, '--json'], {})
    expect(run.exitCode).toBe(0)
    expect(JSON.parse(run.stdout).status).toBe('pass')
  })

  it('--profile takes the credentials of that profile (and fails without them)', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'cmk-profile-'))
    const credentials = path.join(dir, 'credentials')
    writeFileSync(
      credentials,
      `[audit]\naws_access_key_id = ${TEST_CREDENTIALS.accessKeyId}\naws_secret_access_key = ${TEST_CREDENTIALS.secretAccessKey}\n`
    )
    const env = {
      AWS_ACCESS_KEY_ID: undefined,
      AWS_SECRET_ACCESS_KEY: undefined,
      AWS_SHARED_CREDENTIALS_FILE: credentials
    }
    const opts = { motoEndpoint: moto.endpoint, region: 'us-east-1', env }
    const withProfile = await runCli(['verify', '--profile', 'audit', '--json'], opts)
    expect(withProfile.exitCode).toBe(0)
    expect(JSON.parse(withProfile.stdout).status).toBe('pass')
    const without = await runCli(['verify', '--profile', 'nobody', '--json', '--timeout-seconds', '10'], opts)
    expect(without.exitCode).not.toBe(0)
    expect(without.stdout).not.toContain('"status": "pass"')
  })

  it('--debug prints each AWS request to stderr, without credentials or bodies', async () => {
    const run = await runCli(['verify', '--debug', '--json'], { motoEndpoint: moto.endpoint, region: 'us-east-1' })
    expect(run.exitCode).toBe(0)
    const lines = run.stderr.trim().split('\n')
    expect(lines).toEqual(
      expect.arrayContaining([expect.stringMatching(/^\[debug\] cloudtrail DescribeTrails us-east-1: 200 in \d+ ms$/)])
    )
    expect(lines.every((l) => l.startsWith('[debug] '))).toBe(true)
    expect(run.stderr).not.toContain(TEST_CREDENTIALS.accessKeyId)
    expect(run.stderr).not.toContain('secops@example.com')
  })
})

describe('colours', () => {
  /** The CLI with its stdout on a terminal (util-linux `script` gives it a pseudo-terminal). */
  function onTerminal(args: string[], env: Record<string, string> = {}) {
    const command = [NODE24, CLI_BUNDLE, ...args].map((a) => `'${a}'`).join(' ')
    return spawnSync('script', ['-qec', command, '/dev/null'], {
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH ?? '',
        AWS_ACCESS_KEY_ID: TEST_CREDENTIALS.accessKeyId,
        AWS_SECRET_ACCESS_KEY: TEST_CREDENTIALS.secretAccessKey,
        AWS_ENDPOINT_URL: moto.endpoint,
        AWS_REGION: 'us-east-1',
        AWS_CONFIG_FILE: '/dev/null',
        AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
        ...env
      },
      timeout: 30_000
    }).stdout
  }

  it('colours a terminal, and not with NO_COLOR or --no-color', () => {
    expect(onTerminal(['verify'])).toContain('\u001b[')
    expect(onTerminal(['verify'], { NO_COLOR: '1' })).not.toContain('\u001b[')
    const plain = onTerminal(['verify', '--no-color'])
    expect(plain).not.toContain('\u001b[')
    expect(plain).toContain('COMPLIANT')
  })
})
