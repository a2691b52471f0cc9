// Authentication, end to end: the built action (dist/index.js on Node 24) run the way the runner runs it, with a
// loopback server speaking the runner's ID-token protocol and moto's STS behind a recording proxy.
import { describe, it, expect, beforeAll, afterAll, beforeEach } from '@jest/globals'
import { startMoto, type MotoServer } from '../harness/moto.js'
import { seedChain } from '../harness/seed.js'
import { runAction, type ActionRun } from '../harness/action.js'
import {
  RUNTIME_TOKEN,
  credentialsIn,
  queryError,
  startAwsProxy,
  startTokenServer,
  type AwsProxy,
  type TokenServer
} from '../auth/oidc-stubs.js'

const ROLE = 'arn:aws:iam::222222222222:role/cmk-verify'
const REGION = 'us-east-1'

let moto: MotoServer
let tokens: TokenServer
let proxy: AwsProxy

beforeAll(async () => {
  moto = await startMoto()
  tokens = await startTokenServer()
  proxy = await startAwsProxy(moto.endpoint)
  // The compliant chain lives in 222222222222 only; moto's default account 123456789012 stays empty.
  await seedChain(moto, { account: '222222222222', region: REGION })
})
afterAll(async () => {
  await proxy?.close()
  await tokens?.close()
  await moto?.stop()
})
beforeEach(() => {
  proxy.requests.length = 0
  proxy.stub = undefined
  tokens.requests.length = 0
  tokens.issued.length = 0
  tokens.claims = {}
})

const oidcEnv = () => ({ ACTIONS_ID_TOKEN_REQUEST_URL: tokens.url, ACTIONS_ID_TOKEN_REQUEST_TOKEN: RUNTIME_TOKEN })

function run(inputs: Record<string, string>, env: Record<string, string | undefined> = oidcEnv()): Promise<ActionRun> {
  return runAction({ inputs: { 'aws-region': REGION, ...inputs }, env, motoEndpoint: proxy.endpoint, region: REGION })
}

const errors = (r: ActionRun) => r.annotations.filter((a) => a.level === 'error')
const STACK_TRACE = /\n\s+at .*\(?.*:\d+:\d+\)?/

/** Every ::add-mask:: value appears in no other line of stdout, nor in stderr, summary, outputs, env or state. */
function expectSecretsOnlyMasked(r: ActionRun, secrets: string[]) {
  const otherLines = r.stdout
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n')
  const elsewhere = [
    otherLines,
    r.stderr,
    r.summary,
    JSON.stringify(r.outputs),
    JSON.stringify(r.exportedEnv),
    JSON.stringify(r.state)
  ]
  for (const secret of secrets) {
    expect(r.masks).toContain(secret)
    for (const text of elsewhere) expect(text.includes(secret)).toBe(false)
  }
}

describe('role-to-assume with GitHub OIDC', () => {
  it('requests the token, assumes the role and uses its credentials for every AWS call', async () => {
    const r = await run({ 'role-to-assume': ROLE })
    expect(r.stderr).toBe('')
    expect(r.exitCode).toBe(0)
    expect(r.outputs.status).toBe('pass')
    expect(r.outputs['aws-account-id']).toBe('222222222222')
    expect(r.outputs['authenticated-arn']).toMatch(
      /^arn:aws:sts::222222222222:assumed-role\/cmk-verify\/cmk-alarm-octo-org-infra-\d+$/
    )

    // The runner's token protocol: GET <url>&audience=..., bearer runtime token.
    expect(tokens.requests).toHaveLength(1)
    expect(tokens.requests[0]).toMatchObject({
      method: 'GET',
      path: '/token',
      apiVersion: '2.0',
      audience: 'sts.amazonaws.com',
      authorization: `Bearer ${RUNTIME_TOKEN}`
    })

    // First AssumeRoleWithWebIdentity (unsigned) with the token, then only calls signed with the assumed key.
    const [assume, ...rest] = proxy.requests
    expect(assume.action).toBe('AssumeRoleWithWebIdentity')
    expect(assume.params).toMatchObject({
      RoleArn: ROLE,
      WebIdentityToken: tokens.issued[0],
      DurationSeconds: '3600',
      RoleSessionName: `cmk-alarm-octo-org-infra-${r.env.GITHUB_RUN_ID}`
    })
    const creds = credentialsIn(assume.responseBody)
    expect(creds).toBeDefined()
    expect(rest.length).toBeGreaterThan(5)
    expect(rest.map((q) => q.action)).toEqual(
      expect.arrayContaining(['GetCallerIdentity', 'CloudTrail_20131101.DescribeTrails'])
    )
    for (const q of rest) expect(q.accessKeyId).toBe(creds!.accessKeyId)

    // Credentials and token: masked (credentials before any other line), never printed, never exported.
    expectSecretsOnlyMasked(r, [creds!.accessKeyId, creds!.secretAccessKey, creds!.sessionToken, tokens.issued[0]])
    const firstOther = r.stdout
      .split('\n')
      .findIndex((l) => l && !l.startsWith('::add-mask::') && !l.startsWith('::debug::'))
    const lastCredMask = Math.max(
      ...[creds!.accessKeyId, creds!.secretAccessKey, creds!.sessionToken].map((s) =>
        r.stdout.split('\n').indexOf(`::add-mask::${s}`)
      )
    )
    expect(lastCredMask).toBeLessThan(firstOther)
    expect(r.exportedEnv).toEqual({})
    expect(r.stdout).toContain(`Assumed ${ROLE} with the GitHub OIDC token`)
    expect(r.summary).toMatch(
      /\*\*Identity:\*\* arn:aws:sts::222222222222:assumed-role\/cmk-verify\/\S+ \(account 222222222222, role arn:aws:iam::222222222222:role\/cmk-verify assumed with GitHub OIDC\)/
    )
  })

  it('without role-to-assume uses the default chain: moto account 123456789012, which holds no chain', async () => {
    const r = await run({})
    expect(r.outputs['aws-account-id']).toBe('123456789012')
    expect(r.outputs.status).toBe('fail')
    expect(r.exitCode).toBe(1)
    expect(tokens.requests).toHaveLength(0)
    expect(proxy.requests.some((q) => q.action.startsWith('AssumeRole'))).toBe(false)
  })

  it('passes audience, role-session-name and role-duration-seconds through', async () => {
    const r = await run({
      'role-to-assume': ROLE,
      audience: 'https://github.com/octo-org',
      'role-session-name': 'nightly@cis-4.7',
      'role-duration-seconds': '900'
    })
    expect(r.outputs.status).toBe('pass')
    expect(tokens.requests[0].audience).toBe('https://github.com/octo-org')
    expect(proxy.requests[0].params).toMatchObject({ RoleSessionName: 'nightly@cis-4.7', DurationSeconds: '900' })
    expect(r.outputs['authenticated-arn']).toBe('arn:aws:sts::222222222222:assumed-role/cmk-verify/nightly@cis-4.7')
  })

  it('masks the account id before anything prints it with mask-account-id: true', async () => {
    const r = await run({ 'role-to-assume': ROLE, 'mask-account-id': 'TRUE' })
    expect(r.outputs.status).toBe('pass')
    const lines = r.stdout.split('\n')
    const mask = lines.indexOf('::add-mask::222222222222')
    expect(mask).toBeGreaterThanOrEqual(0)
    const firstUse = lines.findIndex((l) => l.includes('222222222222') && !l.startsWith('::add-mask::'))
    expect(firstUse).toBeGreaterThan(mask)
  })

  it('retries a throttled AssumeRoleWithWebIdentity (STUB: Throttling, then moto)', async () => {
    proxy.stub = (q, i) =>
      q.action === 'AssumeRoleWithWebIdentity' && i === 0
        ? { status: 400, body: queryError('Throttling', 'Rate exceeded') }
        : undefined
    const r = await run({ 'role-to-assume': ROLE })
    expect(r.outputs.status).toBe('pass')
    expect(proxy.requests.slice(0, 2).map((q) => q.action)).toEqual([
      'AssumeRoleWithWebIdentity',
      'AssumeRoleWithWebIdentity'
    ])
    expect(r.stdout).toMatch(/AssumeRoleWithWebIdentity attempt 1 of 4 failed \(Throttling\); retrying in \d+ ms/)
  })
})

describe('role-chaining', () => {
  it('assumes the role with the current credentials (STS AssumeRole) when there are no OIDC variables', async () => {
    const r = await run({ 'role-to-assume': ROLE, 'role-chaining': 'true' }, {})
    expect(r.exitCode).toBe(0)
    expect(r.outputs.status).toBe('pass')
    expect(r.outputs['aws-account-id']).toBe('222222222222')
    expect(tokens.requests).toHaveLength(0)
    const [assume, ...rest] = proxy.requests
    expect(assume.action).toBe('AssumeRole')
    expect(assume.accessKeyId).toBe(r.env.AWS_ACCESS_KEY_ID)
    const creds = credentialsIn(assume.responseBody)!
    for (const q of rest) expect(q.accessKeyId).toBe(creds.accessKeyId)
    expectSecretsOnlyMasked(r, [creds.accessKeyId, creds.secretAccessKey, creds.sessionToken])
  })
})

describe('authentication failures: one clear message, no other AWS call', () => {
  it('role-to-assume without the OIDC variables says to add id-token: write', async () => {
    const r = await run({ 'role-to-assume': ROLE }, {})
    expect(r.exitCode).toBe(1)
    expect(errors(r)).toHaveLength(1)
    const message = errors(r)[0].message
    expect(message).toContain('id-token: write')
    expect(message).toContain('contents: read')
    expect(message).toContain('role-chaining: true')
    expect(proxy.requests).toHaveLength(0)
    expect(tokens.requests).toHaveLength(0)
    expect(r.stdout).not.toMatch(STACK_TRACE)
  })

  it('an STS refusal shows the token sub and aud beside the trust-policy condition (STUB: AccessDenied XML)', async () => {
    proxy.stub = (q) =>
      q.action === 'AssumeRoleWithWebIdentity'
        ? { status: 403, body: queryError('AccessDenied', 'Not authorized to perform sts:AssumeRoleWithWebIdentity') }
        : undefined
    tokens.claims = { sub: 'repo:octo-org/infra:pull_request' }
    const r = await run({ 'role-to-assume': ROLE })
    expect(r.exitCode).toBe(1)
    const message = errors(r)[0].message
    expect(message).toContain(ROLE)
    expect(message).toContain('AccessDenied: Not authorized to perform sts:AssumeRoleWithWebIdentity')
    expect(message).toContain('token.actions.githubusercontent.com:sub = repo:octo-org/infra:pull_request')
    expect(message).toContain('token.actions.githubusercontent.com:aud = sts.amazonaws.com')
    expect(message).toContain('"token.actions.githubusercontent.com:sub": "repo:octo-org/infra:pull_request"')
    expect(message).toContain(
      '"Federated": "arn:aws:iam::222222222222:oidc-provider/token.actions.githubusercontent.com"'
    )
    expect(proxy.requests.map((q) => q.action)).toEqual(['AssumeRoleWithWebIdentity']) // a refusal is not retried
    expect(r.outputs.status).toBeUndefined()
    expect(r.stdout).not.toMatch(STACK_TRACE)
    expectSecretsOnlyMasked(r, [tokens.issued[0]])
  })

  it.each([
    [
      'ExpiredTokenException',
      'Token expired: current date/time 1767225600 must be before the expiration date/time1767225300',
      /had expired when STS read it/
    ],
    [
      'InvalidIdentityToken',
      'No OpenIDConnect provider found in your account for https://token.actions.githubusercontent.com',
      /create-open-id-connect-provider --url https:\/\/token\.actions\.githubusercontent\.com --client-id-list sts\.amazonaws\.com/
    ]
  ])('%s gets its own message (STUB: STS error XML)', async (code, text, advice) => {
    proxy.stub = (q) =>
      q.action === 'AssumeRoleWithWebIdentity' ? { status: 400, body: queryError(code, text) } : undefined
    const r = await run({ 'role-to-assume': ROLE })
    expect(r.exitCode).toBe(1)
    const message = errors(r)[0].message
    expect(message).toContain(`${code}`)
    expect(message).toContain(text)
    expect(message).toMatch(advice)
    expect(proxy.requests.map((q) => q.action)).toEqual(['AssumeRoleWithWebIdentity'])
    expect(r.stdout).not.toMatch(STACK_TRACE)
  })

  it.each([
    [{ 'role-to-assume': 'cmk-verify' }, 'role-to-assume', /not only the role name/],
    [{ 'role-to-assume': 'arn:aws:iam::2222:role/cmk-verify' }, 'role-to-assume', /12-digit account/],
    [{ 'role-to-assume': 'arn:aws:iam::222222222222:user/ci' }, 'role-to-assume', /not of a user/],
    [{ 'role-to-assume': 'arn:aws-cn:iam::222222222222:role/cmk-verify' }, 'role-to-assume', /partition aws-cn/],
    [{ 'role-to-assume': ROLE, 'role-duration-seconds': '60' }, 'role-duration-seconds', /900 to 43200/],
    [{ 'role-to-assume': ROLE, 'role-session-name': 'has spaces' }, 'role-session-name', /2-64 characters/],
    [{ 'role-to-assume': ROLE, 'role-chaining': 'yes' }, 'role-chaining', /true or false/],
    [{ 'role-to-assume': ROLE, 'mask-account-id': '1' }, 'mask-account-id', /true or false/]
  ])('refuses %j before any request', async (inputs, input, rule) => {
    const r = await run(inputs)
    expect(r.exitCode).toBe(1)
    expect(errors(r)).toHaveLength(1)
    expect(errors(r)[0].message).toContain(`Input "${input}"`)
    expect(errors(r)[0].message).toMatch(rule)
    expect(errors(r)[0].message).toMatch(/Example of a good value: \S/)
    expect(proxy.requests).toHaveLength(0)
    expect(tokens.requests).toHaveLength(0)
  })

  it('a missing region is its own error, before any request', async () => {
    const r = await runAction({
      inputs: { 'aws-region': '', 'role-to-assume': ROLE },
      env: { ...oidcEnv(), AWS_REGION: undefined, AWS_DEFAULT_REGION: undefined },
      motoEndpoint: proxy.endpoint
    })
    expect(r.exitCode).toBe(1)
    expect(errors(r)[0].message).toMatch(
      /Input "aws-region" is required \(or set AWS_REGION\): the role is assumed through the regional STS endpoint/
    )
    expect(proxy.requests).toHaveLength(0)
    expect(tokens.requests).toHaveLength(0)
  })
})
