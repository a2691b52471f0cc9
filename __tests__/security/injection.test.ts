// Leaks and injection, tried as an attacker would, on the built action and CLI against moto behind the test proxy:
//   - a failed Subscribe (sns:Subscribe refused) with secret endpoints: the endpoints appear nowhere, however the
//     failure is reported (log, annotation, summary, outputs, the CLI's text and --json);
//   - a hostile identity: an IAM user whose path holds `##[stop-commands]` and `::error::` (accepted by IAM and by
//     moto), and a hostile STS answer whose caller and assumed-role ARNs hold newlines, workflow commands and a
//     terminal escape (STUB: the proxy rewrites moto's GetCallerIdentity / AssumeRoleWithWebIdentity answers): no
//     workflow command but the action's own, no raw control character, one-line outputs;
//   - names holding terminal escape sequences (ESC/OSC/CSI, C1 controls, bidi overrides, newlines) on the CLI's
//     terminal and --json output and the action's log: none reaches the output raw, every JSON parses back exactly;
//   - a huge answer (STUB: a 400,000-character filter name, as a hostile endpoint may send within the answer bound):
//     every output stays under its bound, the findings output cut with a note pointing at the SARIF file.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import http from 'node:http'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { startMoto, type MotoServer } from '../harness/moto.js'
import { seedChain } from '../harness/seed.js'
import { parseWorkflowCommands, runAction, runCli, type ActionRun, type CliRun } from '../harness/action.js'
import { startAwsProxy, type AwsProxy } from '../harness/aws-proxy.js'
import { RUNTIME_TOKEN, startTokenServer, type TokenServer } from '../auth/oidc-stubs.js'
import { STACK_LINE, findingsOf, publicTexts, recordFigures } from '../reliability/helpers.js'

const REGION = 'us-east-1'
const EMAIL = 'alice.secret@example.com'
const HOOK = 'https://user:pw@hooks.example.com/services/T0/B0/SECRETPATH?token=abc'
const SMS = '+14155550123'
const ENDPOINT_SECRETS = ['alice.secret', 'user:pw', 'SECRETPATH', 'token=abc', '/services/T0', '4155550123']
/** Raw characters a terminal or the log viewer may act on; only \n may remain. */
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/
/** What the action itself issues. */
const ISSUED = new Set(['add-mask', 'debug', 'error', 'warning', 'notice', 'group', 'endgroup'])

let moto: MotoServer
let tokens: TokenServer

beforeAll(async () => {
  moto = await startMoto()
  tokens = await startTokenServer()
})
afterAll(async () => {
  await tokens?.close()
  await moto?.stop()
})

/** Every problem of the log: a raw `##[`, a command the action did not issue, a hostile payload in a command. */
function logProblems(stdout: string): string[] {
  const found: string[] = []
  for (const line of stdout.split('\n')) {
    if (line.includes('##[')) found.push(`raw ##[ in: ${line.slice(0, 120)}`)
    if (RAW_CONTROL.test(line)) found.push(`raw control character in: ${JSON.stringify(line.slice(0, 120))}`)
  }
  for (const c of parseWorkflowCommands(stdout)) {
    if (!ISSUED.has(c.command)) found.push(`command ${c.command}`)
    if (/\n::|\n##\[/.test(c.message)) found.push(`a command's message starts a line with a command: ${c.message}`)
    if (c.command === 'add-mask' && /pwn/.test(c.message)) found.push('a hostile value masked')
  }
  return found
}

describe('a failed Subscribe does not print the endpoint', () => {
  let proxy: AwsProxy
  let action: ActionRun
  let cliText: CliRun
  let cliJson: CliRun

  beforeAll(async () => {
    await moto.reset()
    await seedChain(moto, { filter: false, alarm: false, topic: false })
    proxy = await startAwsProxy(moto.endpoint, { awsMetricFilterSemantics: true })
    proxy.addFault({ operation: 'Subscribe', kind: 'access-denied', count: Infinity })
    const subscriptions = [`email:${EMAIL}`, `https:${HOOK}`, `sms:${SMS}`]
    action = await runAction({
      inputs: {
        mode: 'enforce',
        'aws-region': REGION,
        subscriptions: subscriptions.join('\n'),
        'sarif-file': 'x.sarif'
      },
      motoEndpoint: proxy.endpoint,
      region: REGION
    })
    const flags = subscriptions.flatMap((s) => ['--subscription', s])
    cliText = await runCli(['enforce', '--region', REGION, ...flags], { motoEndpoint: proxy.endpoint, region: REGION })
    cliJson = await runCli(['enforce', '--region', REGION, ...flags, '--json'], {
      motoEndpoint: proxy.endpoint,
      region: REGION
    })
  }, 90_000)
  afterAll(async () => {
    await proxy?.close()
  })

  it('reports the refused Subscribe with the endpoint redacted', () => {
    expect(action.exitCode).toBe(1)
    const error = action.annotations.find((a) => a.level === 'error' && a.message.startsWith('Enforce'))?.message
    expect(error).toMatch(/^Enforce Stopped at subscription email:a\*\*\*@example\.com: sns:Subscribe was refused/)
    expect(cliText.stdout).toContain(
      'Stopped: Stopped at subscription email:a***@example.com: sns:Subscribe was refused'
    )
    expect(JSON.parse(cliJson.stdout).error).toMatch(/^Stopped at subscription email:a\*\*\*@example\.com/)
    expect(proxy.requests.filter((r) => r.operation === 'Subscribe').length).toBeGreaterThanOrEqual(3)
  })

  it('no secret part of any endpoint anywhere (action: 7+ places; CLI: stdout and stderr, text and --json)', () => {
    const sarif = readFileSync(path.join(action.workspace, 'x.sarif'), 'utf8')
    const places: Record<string, string> = {
      ...publicTexts(action, sarif),
      'cli stdout': cliText.stdout,
      'cli stderr': cliText.stderr,
      'cli --json stdout': cliJson.stdout,
      'cli --json stderr': cliJson.stderr
    }
    const found: string[] = []
    for (const [where, text] of Object.entries(places))
      for (const s of ENDPOINT_SECRETS) if (text.includes(s)) found.push(`${where} holds ${s}`)
    expect(found).toEqual([])
    recordFigures('injection-subscribe', { places: Object.keys(places).length, endpointSecretsLeaked: found.length })
  })
})

describe('the identity is escaped everywhere it is printed', () => {
  const HOSTILE_PATH = '/##[stop-commands]pwn/::error::pwned/'
  const HOSTILE_ARN = (account: string, kind: string) =>
    `arn:aws:sts::${account}:${kind}/x&#10;::error::pwned-sts&#10;##[error]pwned &#x1b;]8;;evil&#x7;pwn&#x1b;[2J`
  let iamUser: ActionRun
  let stsAnswer: ActionRun
  let assumed: ActionRun
  let proxy: AwsProxy

  /** IAM CreateUser and CreateAccessKey on moto (a Query call; moto does not check the signature). */
  async function iam(params: Record<string, string>): Promise<string> {
    const body = new URLSearchParams({ ...params, Version: '2010-05-08' }).toString()
    return new Promise((resolve, reject) => {
      const req = http.request(
        `${moto.endpoint}/`,
        {
          method: 'POST',
          headers: {
            'content-type': 'application/x-www-form-urlencoded',
            authorization: `AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20240101/${REGION}/iam/aws4_request, SignedHeaders=host, Signature=0`
          }
        },
        (res) => {
          const parts: Buffer[] = []
          res.on('data', (c: Buffer) => parts.push(c))
          res.on('end', () => resolve(Buffer.concat(parts).toString('utf8')))
        }
      )
      req.on('error', reject)
      req.end(body)
    })
  }

  beforeAll(async () => {
    await moto.reset()
    await seedChain(moto, {})
    await iam({ Action: 'CreateUser', UserName: 'ci-bot', Path: HOSTILE_PATH })
    const key = await iam({ Action: 'CreateAccessKey', UserName: 'ci-bot' })
    const accessKeyId = /<AccessKeyId>([^<]+)</.exec(key)![1]
    const secret = /<SecretAccessKey>([^<]+)</.exec(key)![1]
    iamUser = await runAction({
      inputs: { 'aws-region': REGION },
      motoEndpoint: moto.endpoint,
      region: REGION,
      env: { AWS_ACCESS_KEY_ID: accessKeyId, AWS_SECRET_ACCESS_KEY: secret }
    })
    // STUB: a hostile STS. moto answers; the proxy puts a hostile ARN into the answers.
    proxy = await startAwsProxy(moto.endpoint, {
      rewriteResponse: (r, body) =>
        r.operation === 'GetCallerIdentity'
          ? body.replace(/<Arn>[^<]*<\/Arn>/, `<Arn>${HOSTILE_ARN('123456789012', 'user')}</Arn>`)
          : r.operation === 'AssumeRoleWithWebIdentity'
            ? body.replace(/<Arn>[^<]*<\/Arn>/, `<Arn>${HOSTILE_ARN('123456789012', 'assumed-role')}</Arn>`)
            : body
    })
    stsAnswer = await runAction({ inputs: { 'aws-region': REGION }, motoEndpoint: proxy.endpoint, region: REGION })
    assumed = await runAction({
      inputs: { 'aws-region': REGION, 'role-to-assume': 'arn:aws:iam::123456789012:role/cmk-verify' },
      motoEndpoint: proxy.endpoint,
      region: REGION,
      env: { ACTIONS_ID_TOKEN_REQUEST_URL: tokens.url, ACTIONS_ID_TOKEN_REQUEST_TOKEN: RUNTIME_TOKEN }
    })
  }, 90_000)
  afterAll(async () => {
    await proxy?.close()
  })

  it('an IAM user path holding ##[stop-commands] and ::error::: shown, but as no command', () => {
    expect(iamUser.outputs['authenticated-arn']).toBe(`arn:aws:iam::123456789012:user${HOSTILE_PATH}ci-bot`)
    expect(iamUser.stdout).toContain('Checked as arn:aws:iam::123456789012:user/##\u200b[stop-commands]pwn/')
    expect(logProblems(iamUser.stdout)).toEqual([])
    expect(iamUser.annotations.filter((a) => a.level === 'error')).toEqual([])
    expect(iamUser.outputs.status).toBe('pass')
  })

  it.each([
    ['the caller ARN (GetCallerIdentity)', () => stsAnswer],
    ['the assumed-role ARN (AssumeRoleWithWebIdentity) and the caller ARN', () => assumed]
  ])('a hostile STS answer in %s: one line, no command, no escape sequence', (_name, get) => {
    const run = get()
    expect(run.stderr).toBe('')
    expect(run.stdout).not.toMatch(STACK_LINE)
    expect(logProblems(run.stdout)).toEqual([])
    expect(run.stdout).toMatch(/Checked as arn:aws:sts::123456789012:user\/x ::error::pwned-sts ##\u200b\[error\]pwned/)
    for (const name of ['authenticated-arn', 'aws-account-id']) {
      expect(run.outputs[name]).not.toMatch(RAW_CONTROL)
      expect(run.outputs[name]).not.toContain('\n')
    }
    expect(run.summary).not.toMatch(RAW_CONTROL)
    expect(run.summary).toContain(
      '**Identity:** arn:aws:sts::123456789012:user/x ::error::pwned-sts ##\\[error\\]pwned'
    )
    expect(run.outputs.status).toBe('pass')
  })

  it('the assumed-role line of the log is escaped too', () => {
    expect(assumed.stdout).toMatch(
      /Assumed arn:aws:iam::123456789012:role\/cmk-verify with the GitHub OIDC token as arn:aws:sts::123456789012:assumed-role\/x ::error::pwned-sts ##\u200b\[error\]pwned/
    )
  })
})

describe('terminal escape sequences in names reach no output raw', () => {
  const ESCAPES =
    '\u001b]8;;evil.example\u0007click\u001b]8;;\u0007 \u001b[2J\u001b[31m \u009b31m \u009d0;t\u009c \u202eevil'
  const ALARM = `alarm ${ESCAPES}\n::error::pwned`
  const FILTER = `filter ${ESCAPES}`
  let runs: Record<string, CliRun | ActionRun>

  beforeAll(async () => {
    await moto.reset()
    await seedChain(moto, { filter: { name: FILTER }, alarm: { name: ALARM }, subscriptions: [] })
    const opts = { motoEndpoint: moto.endpoint, region: REGION }
    runs = {
      'verify text': await runCli(['verify', '--region', REGION], opts),
      'verify --json': await runCli(['verify', '--region', REGION, '--json'], opts),
      'enforce --dry-run text': await runCli(['enforce', '--region', REGION, '--dry-run'], opts),
      'enforce --dry-run --json': await runCli(['enforce', '--region', REGION, '--dry-run', '--json'], opts),
      action: await runAction({ inputs: { 'aws-region': REGION, 'fail-on': 'never' }, ...opts })
    }
  }, 90_000)

  it('the hostile names reached the reports (so the checks below are not vacuous)', () => {
    const json = JSON.parse(runs['verify --json'].stdout)
    expect(json.alarmArn).toContain(ALARM)
    expect(json.metricFilterName).toBe(FILTER)
    expect(runs['verify text'].stdout).toContain('alarm ]8;;evil.example')
  })

  it.each(['verify text', 'verify --json', 'enforce --dry-run text', 'enforce --dry-run --json', 'action'])(
    '%s: no raw control character, no raw ##[, no foreign command',
    (name) => {
      const run = runs[name]
      expect(run.stdout).not.toMatch(RAW_CONTROL)
      expect(run.stderr).not.toMatch(RAW_CONTROL)
      expect(logProblems(run.stdout)).toEqual([])
      if (name.endsWith('--json')) expect(JSON.parse(run.stdout).findings.length).toBe(13)
    }
  )

  it('the --json of enforce parses back to the exact names', () => {
    const json = JSON.parse(runs['enforce --dry-run --json'].stdout)
    expect(json.alarmArn).toContain(ALARM)
    expect(json.status).toBe('fail')
  })
})

describe('outputs have a size bound', () => {
  const HUGE_NAME = `f${'x'.repeat(400_000)}`
  let run: ActionRun
  let proxy: AwsProxy

  beforeAll(async () => {
    await moto.reset()
    await seedChain(moto, { filter: { name: 'f' } })
    // STUB: a hostile endpoint sends a filter name far past AWS's 512 characters (moto refuses such a name).
    proxy = await startAwsProxy(moto.endpoint, {
      rewriteResponse: (r, body) =>
        r.operation === 'DescribeMetricFilters'
          ? body.replace('"filterName": "f"', `"filterName": "${HUGE_NAME}"`)
          : body
    })
    run = await runAction({
      inputs: { 'aws-region': REGION, 'sarif-file': 'results/cmk.sarif' },
      motoEndpoint: proxy.endpoint,
      region: REGION
    })
  }, 60_000)
  afterAll(async () => {
    await proxy?.close()
  })

  it('cuts a huge findings output with a note pointing at the SARIF file; bounds every other output', () => {
    expect(run.stderr).toBe('')
    expect(run.outputs['metric-filter-name'].startsWith('fxxx')).toBe(true) // the stub reached the report
    const findings = findingsOf(run)
    expect(run.outputs.findings.length).toBeLessThanOrEqual(200_000)
    const note = findings[findings.length - 1]
    expect(note).toMatchObject({ id: 'output.cut', status: 'warn' })
    expect(note.message).toContain('Every finding is whole in the SARIF file results/cmk.sarif')
    expect(findings.filter((f) => f.id !== 'output.cut').map((f) => f.id)).toHaveLength(13)
    for (const [name, value] of Object.entries(run.outputs))
      if (name !== 'findings') expect([name, value.length <= 2_048]).toEqual([name, true])
    const total = Object.values(run.outputs).reduce((n, v) => n + v.length, 0)
    expect(total * 2).toBeLessThan(1024 * 1024) // GitHub's 1 MB per job, counted in UTF-16
    expect(Buffer.byteLength(run.summary)).toBeLessThanOrEqual(1024 * 1024)
    expect(JSON.parse(readFileSync(path.join(run.workspace, 'results', 'cmk.sarif'), 'utf8')).version).toBe('2.1.0')
    recordFigures('outputs', { findingsOutputChars: run.outputs.findings.length, allOutputsChars: total })
  })
})
