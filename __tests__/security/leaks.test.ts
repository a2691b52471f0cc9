// Secrets and subscription endpoints never reach a public output. The built action runs enforce and then verify with
// role-to-assume through the GitHub OIDC stub (token server + recording proxy in front of moto, see
// __tests__/auth/oidc-stubs.ts) and a SARIF file; every ::add-mask:: value, the OIDC token, the runner's request token
// and the credentials STS (moto) answered are then searched for in stdout, stderr, the job summary, every output, the
// annotations and the SARIF file — and so are the secret parts of the subscription endpoints (the email's local part,
// the URL's password, secret path and token).
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { startMoto, type MotoServer } from '../harness/moto.js'
import { seedChain } from '../harness/seed.js'
import { runAction, type ActionRun } from '../harness/action.js'
import {
  RUNTIME_TOKEN,
  credentialsIn,
  startAwsProxy,
  startTokenServer,
  type AwsProxy,
  type TokenServer
} from '../auth/oidc-stubs.js'
import { STACK_LINE, publicTexts, recordFigures } from '../reliability/helpers.js'

const ROLE = 'arn:aws:iam::222222222222:role/cmk-enforce'
const REGION = 'us-east-1'
const EMAIL = 'alice.secret@example.com'
const HOOK = 'https://user:pw@hooks.example.com/services/T0/B0/SECRETPATH?token=abc'
const SMS = '+14155550123'
/** The parts of the endpoints that must never be shown (the redacted forms keep only what identifies them). */
const ENDPOINT_SECRETS = [
  'alice.secret',
  'user:pw',
  ':pw@',
  'SECRETPATH',
  'token=abc',
  '/services/T0',
  '4155550123',
  '41555501'
]

let moto: MotoServer
let tokens: TokenServer
let proxy: AwsProxy
const runs: Record<string, { run: ActionRun; sarif: string }> = {}

beforeAll(async () => {
  moto = await startMoto()
  tokens = await startTokenServer()
  proxy = await startAwsProxy(moto.endpoint)
  await seedChain(moto, { account: '222222222222', region: REGION, filter: false, alarm: false, topic: false })
  const oidc = { ACTIONS_ID_TOKEN_REQUEST_URL: tokens.url, ACTIONS_ID_TOKEN_REQUEST_TOKEN: RUNTIME_TOKEN }
  const go = async (name: string, inputs: Record<string, string>) => {
    const run = await runAction({
      inputs: { 'aws-region': REGION, 'role-to-assume': ROLE, 'sarif-file': 'out/cmk.sarif', ...inputs },
      env: oidc,
      motoEndpoint: proxy.endpoint,
      region: REGION
    })
    runs[name] = { run, sarif: readFileSync(path.join(run.workspace, 'out', 'cmk.sarif'), 'utf8') }
  }
  const subscriptions = `email:${EMAIL}\nhttps:${HOOK}\nsms:${SMS}`
  await go('enforce dry-run', { mode: 'enforce', 'dry-run': 'true', subscriptions })
  await go('enforce', { mode: 'enforce', subscriptions, 'mask-account-id': 'true' })
  await go('verify', {})
  await go('verify, strict', { 'fail-on': 'manual', 'pattern-policy': 'security-hub' })
}, 90_000)
afterAll(async () => {
  await proxy?.close()
  await tokens?.close()
  await moto?.stop()
})

/** Every secret the runs could have printed: what they masked, the tokens, the credentials STS handed out. */
function secrets(): string[] {
  const all = new Set<string>([RUNTIME_TOKEN, ...tokens.issued])
  for (const { run } of Object.values(runs)) for (const m of run.masks) all.add(m)
  for (const q of proxy.requests) {
    const creds = credentialsIn(q.responseBody)
    if (creds) for (const v of Object.values(creds)) all.add(v)
  }
  all.delete('222222222222') // the account id is masked on request only; it is an output by design
  return [...all].filter((s) => s.length >= 8)
}

describe('nothing secret in any public output', () => {
  it('assumed the role with OIDC in every run, and masked the credentials', () => {
    expect(tokens.issued).toHaveLength(Object.keys(runs).length)
    expect(proxy.requests.filter((q) => q.action === 'AssumeRoleWithWebIdentity')).toHaveLength(
      Object.keys(runs).length
    )
    for (const { run } of Object.values(runs)) {
      expect(run.masks.length).toBeGreaterThanOrEqual(3)
      expect(run.exportedEnv).toEqual({})
    }
    expect(runs.enforce.run.outputs.status).toBe('pass')
    expect(runs.verify.run.outputs.status).toBe('pass')
  })

  it('no token or credential in stdout (besides its own ::add-mask:: line), stderr, summary, outputs, annotations or SARIF', () => {
    const found: string[] = []
    const list = secrets()
    expect(list.length).toBeGreaterThanOrEqual(4 * 4) // per run: the OIDC token and three credential parts
    for (const [name, { run, sarif }] of Object.entries(runs)) {
      const texts = publicTexts(
        {
          ...run,
          stdout: run.stdout
            .split('\n')
            .filter((l) => !l.startsWith('::add-mask::'))
            .join('\n')
        },
        sarif
      )
      for (const [where, text] of Object.entries(texts))
        for (const s of list) if (text.includes(s)) found.push(`${name}: ${where} holds ${s.slice(0, 6)}…`)
    }
    expect(found).toEqual([])
    recordFigures('leaks', {
      runs: Object.keys(runs).length,
      secretsScanned: list.length + ENDPOINT_SECRETS.length,
      placesPerRun: Object.keys(publicTexts(runs.verify.run, '')).length
    })
  })

  it('subscription endpoints are redacted everywhere, the ::add-mask:: lines included', () => {
    const found: string[] = []
    for (const [name, { run, sarif }] of Object.entries(runs)) {
      for (const [where, text] of Object.entries(publicTexts(run, sarif)))
        for (const s of ENDPOINT_SECRETS) if (text.includes(s)) found.push(`${name}: ${where} holds ${s}`)
    }
    expect(found).toEqual([])
    // ... while still saying which subscriptions were made.
    const changes = runs.enforce.run.outputs.changes
    expect(changes).toContain('a***@example.com')
    expect(changes).toContain('https://hooks.example.com/…')
    expect(changes).toContain('***23')
  })

  it('no stack trace anywhere', () => {
    for (const { run } of Object.values(runs))
      for (const text of [run.stdout, run.stderr, run.summary]) expect(text).not.toMatch(STACK_LINE)
  })
})
