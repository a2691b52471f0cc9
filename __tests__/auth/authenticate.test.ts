// authenticate() with fake runner and STS: the order of masking, what is asked of STS, and each failure's message.
import { describe, it, expect } from '@jest/globals'
import { authenticate, publishIdentity, AuthError, type AuthDeps, type StsLike } from '../../src/auth/index.js'
import { parseSettings } from '../../src/settings.js'
import { TimeBudget } from '../../src/aws/budget.js'
import { fakeGithubJwt } from './oidc-stubs.js'

const ROLE = 'arn:aws:iam::222222222222:role/cmk-verify'
const OIDC_ENV = {
  ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:1/token?api-version=2.0',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 't'
}
const settings = (inputs: Record<string, string> = {}) =>
  parseSettings((n) => ({ 'aws-region': 'eu-west-1', 'role-to-assume': ROLE, ...inputs })[n] ?? '', {
    GITHUB_REPOSITORY: 'o/r',
    GITHUB_RUN_ID: '9'
  })

const CREDS = {
  AccessKeyId: 'ASIAEXAMPLEKEY',
  SecretAccessKey: 'secret/key+1',
  SessionToken: 'session-token',
  Expiration: new Date('2030-01-01T00:00:00Z')
}

function fake(opts: { env?: NodeJS.ProcessEnv; send?: StsLike['send']; token?: string } = {}) {
  const log: string[] = []
  const sent: Array<{ name: string; input: Record<string, unknown> }> = []
  const regions: string[] = []
  const deps: AuthDeps = {
    env: opts.env ?? OIDC_ENV,
    getIDToken: async (aud) => (log.push(`token ${aud}`), opts.token ?? fakeGithubJwt({ aud })),
    setSecret: (v) => void log.push(`mask ${v}`),
    info: (m) => void log.push(`info ${m}`),
    sts: (region) => (
      regions.push(region),
      {
        send: async (command) => {
          sent.push({ name: command.constructor.name, input: command.input as unknown as Record<string, unknown> })
          return opts.send
            ? opts.send(command)
            : { Credentials: CREDS, AssumedRoleUser: { Arn: 'arn:aws:sts::222222222222:assumed-role/cmk-verify/s' } }
        }
      }
    ),
    sleep: async () => {},
    defaultCredentials: async () => ({ accessKeyId: 'AKIAEXAMPLE', secretAccessKey: 'x' })
  }
  return { deps, log, sent, regions }
}

const stsError = (name: string, message: string, status = 400) =>
  Object.assign(new Error(message), { name, $metadata: { httpStatusCode: status } })

describe('authenticate', () => {
  it('uses the default chain without role-to-assume, asking nothing of the runner or STS', async () => {
    const f = fake()
    const auth = await authenticate(settings({ 'role-to-assume': '' }), TimeBudget.unlimited(), f.deps)
    expect(auth.method).toBe('default')
    expect(f.log).toEqual([])
    expect(f.sent).toEqual([])
  })

  it('fails without any credentials, naming what was tried and how to set role-to-assume', async () => {
    const f = fake({ env: { AWS_EC2_METADATA_DISABLED: 'true' } })
    f.deps.defaultCredentials = async () =>
      Promise.reject(
        Object.assign(new Error('Could not load credentials from any providers'), { name: 'CredentialsProviderError' })
      )
    const error = await authenticate(settings({ 'role-to-assume': '' }), TimeBudget.unlimited(), f.deps).catch(
      (e: unknown) => e
    )
    expect(error).toBeInstanceOf(AuthError)
    const message = (error as Error).message
    expect(message).toMatch(/^No AWS credentials/)
    for (const source of [
      'AWS_ACCESS_KEY_ID',
      'AWS_PROFILE',
      'AWS_WEB_IDENTITY_TOKEN_FILE',
      'AWS_CONTAINER_CREDENTIALS',
      'IMDS'
    ]) {
      expect(message).toContain(source)
    }
    expect(message).toContain('disabled (AWS_EC2_METADATA_DISABLED=true)')
    expect(message).toMatch(/role-to-assume: arn:aws:iam::\d{12}:role\//)
    expect(message).toContain('id-token: write')
    expect(f.sent).toEqual([])
  })

  it('exchanges the OIDC token at the regional STS and masks the credentials before logging', async () => {
    const f = fake()
    const auth = await authenticate(settings({ 'role-duration-seconds': '1800' }), TimeBudget.unlimited(), f.deps)
    expect(f.regions).toEqual(['eu-west-1'])
    expect(f.sent).toHaveLength(1)
    expect(f.sent[0].name).toBe('AssumeRoleWithWebIdentityCommand')
    expect(f.sent[0].input).toMatchObject({ RoleArn: ROLE, RoleSessionName: 'cmk-alarm-o-r-9', DurationSeconds: 1800 })
    expect(f.log.slice(0, 4)).toEqual([
      'token sts.amazonaws.com',
      'mask ASIAEXAMPLEKEY',
      'mask secret/key+1',
      'mask session-token'
    ])
    expect(f.log[4]).toMatch(
      /^info Assumed arn:aws:iam::222222222222:role\/cmk-verify with the GitHub OIDC token as arn:aws:sts::222222222222:assumed-role\/cmk-verify\/s/
    )
    expect(auth).toMatchObject({ method: 'oidc', account: '222222222222', roleArn: ROLE })
    const credentials = (auth.clients as unknown as { options: { credentials: Record<string, unknown> } }).options
      .credentials
    expect(credentials).toMatchObject({
      accessKeyId: 'ASIAEXAMPLEKEY',
      secretAccessKey: 'secret/key+1',
      sessionToken: 'session-token'
    })
  })

  it('masks the account id first of all with mask-account-id', async () => {
    const f = fake()
    await authenticate(settings({ 'mask-account-id': 'true' }), TimeBudget.unlimited(), f.deps)
    expect(f.log[0]).toBe('mask 222222222222')
  })

  it('asks for the configured audience', async () => {
    const f = fake()
    await authenticate(settings({ audience: 'custom-aud' }), TimeBudget.unlimited(), f.deps)
    expect(f.log[0]).toBe('token custom-aud')
  })

  it('refuses role-to-assume without the OIDC variables, naming id-token: write', async () => {
    const f = fake({ env: { ACTIONS_ID_TOKEN_REQUEST_URL: 'http://x' } })
    await expect(authenticate(settings(), TimeBudget.unlimited(), f.deps)).rejects.toThrow(
      /permissions:\n\s+id-token: write[^\n]*\n\s+contents: read/
    )
    expect(f.sent).toEqual([])
    expect(f.log).toEqual([])
  })

  it('assumes the role with AssumeRole under role-chaining, without a token', async () => {
    const f = fake({ env: {} })
    const auth = await authenticate(settings({ 'role-chaining': 'true' }), TimeBudget.unlimited(), f.deps)
    expect(auth.method).toBe('assume-role')
    expect(f.sent.map((s) => s.name)).toEqual(['AssumeRoleCommand'])
    expect(f.log.some((l) => l.startsWith('token'))).toBe(false)
  })

  it('shows the token sub and aud beside the trust-policy condition on AccessDenied', async () => {
    const token = fakeGithubJwt({ sub: 'repo:o/r:environment:production' })
    const f = fake({
      token,
      send: async () =>
        Promise.reject(stsError('AccessDenied', 'Not authorized to perform sts:AssumeRoleWithWebIdentity', 403))
    })
    const error = await authenticate(settings(), TimeBudget.unlimited(), f.deps).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AuthError)
    const message = (error as Error).message
    expect(message).toContain('token.actions.githubusercontent.com:sub = repo:o/r:environment:production')
    expect(message).toContain('token.actions.githubusercontent.com:aud = sts.amazonaws.com')
    expect(message).toContain('"token.actions.githubusercontent.com:sub": "repo:o/r:environment:production"')
    expect(message).not.toContain(token)
    expect(f.sent).toHaveLength(1)
  })

  it.each([
    ['ExpiredTokenException', /had expired when STS read it/],
    ['InvalidIdentityTokenException', /create-open-id-connect-provider/],
    ['ValidationError', /Check role-to-assume/],
    ['RegionDisabledException', /not activated in eu-west-1/]
  ])('has its own message for %s', async (name, advice) => {
    const f = fake({ send: async () => Promise.reject(stsError(name, 'detail')) })
    await expect(authenticate(settings(), TimeBudget.unlimited(), f.deps)).rejects.toThrow(advice)
    expect(f.sent).toHaveLength(1)
  })

  it('names the duration when STS refuses it', async () => {
    const f = fake({
      send: async () =>
        Promise.reject(
          stsError('ValidationError', 'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.')
        )
    })
    await expect(authenticate(settings(), TimeBudget.unlimited(), f.deps)).rejects.toThrow(
      /Lower role-duration-seconds/
    )
  })

  it('retries throttling, then reports the attempts', async () => {
    const f = fake({ send: async () => Promise.reject(stsError('Throttling', 'Rate exceeded')) })
    await expect(authenticate(settings(), TimeBudget.unlimited(), f.deps)).rejects.toThrow(
      /after 4 attempts: Throttling: Rate exceeded/
    )
    expect(f.sent).toHaveLength(4)
  })

  it('reports a failed token request', async () => {
    const f = fake()
    f.deps.getIDToken = async () => Promise.reject(new Error('Failed to get ID Token. Error Code : 500'))
    await expect(authenticate(settings(), TimeBudget.unlimited(), f.deps)).rejects.toThrow(
      /Could not get the GitHub OIDC token for audience "sts.amazonaws.com"/
    )
    expect(f.sent).toEqual([])
  })
})

describe('publishIdentity', () => {
  const out = () => {
    const log: string[] = []
    return {
      log,
      out: {
        setSecret: (v: string) => void log.push(`mask ${v}`),
        setOutput: (n: string, v: string) => void log.push(`${n}=${v}`),
        info: (m: string) => void log.push(`info ${m}`)
      }
    }
  }

  it('outputs the GetCallerIdentity account and ARN, masking the account first when asked', () => {
    const o = out()
    const label = publishIdentity(
      { identity: { account: '222222222222', arn: 'arn:aws:sts::222222222222:assumed-role/r/s' } },
      { method: 'oidc', roleArn: ROLE },
      { maskAccountId: true },
      o.out
    )
    expect(o.log.slice(0, 3)).toEqual([
      'mask 222222222222',
      'aws-account-id=222222222222',
      'authenticated-arn=arn:aws:sts::222222222222:assumed-role/r/s'
    ])
    expect(label).toBe(
      `arn:aws:sts::222222222222:assumed-role/r/s (account 222222222222, role ${ROLE} assumed with GitHub OIDC)`
    )
  })

  it('falls back to what STS said when GetCallerIdentity was refused', () => {
    const o = out()
    publishIdentity(
      {},
      {
        method: 'oidc',
        roleArn: ROLE,
        account: '222222222222',
        assumedRoleArn: 'arn:aws:sts::222222222222:assumed-role/r/s'
      },
      { maskAccountId: false },
      o.out
    )
    expect(o.log).toContain('aws-account-id=222222222222')
  })

  it('leaves the summary label to the report with the default chain', () => {
    const o = out()
    expect(
      publishIdentity({ identity: { account: '1', arn: 'a' } }, { method: 'default' }, { maskAccountId: false }, o.out)
    ).toBeUndefined()
  })
})
