// The authentication inputs of parseSettings: defaults, and an error naming the input, the rule and an example.
import { describe, it, expect } from '@jest/globals'
import { InputError, parseBoolean, parseSettings } from '../../src/settings.js'

const ENV = { GITHUB_REPOSITORY: 'octo-org/infra', GITHUB_RUN_ID: '1234567890' }
const parse = (inputs: Record<string, string>, env: NodeJS.ProcessEnv = ENV) =>
  parseSettings((name) => inputs[name] ?? '', env)
const base = { 'aws-region': 'us-east-1' }
const ROLE = 'arn:aws:iam::222222222222:role/cmk-verify'

function inputError(fn: () => unknown): InputError {
  try {
    fn()
  } catch (error) {
    if (error instanceof InputError) return error
    throw error
  }
  throw new Error('no InputError')
}

describe('auth inputs: defaults', () => {
  it('has no role and the default chain by default', () => {
    expect(parse(base)).toMatchObject({
      roleToAssume: undefined,
      roleSessionName: 'cmk-alarm-octo-org-infra-1234567890',
      roleDurationSeconds: 3600,
      audience: 'sts.amazonaws.com',
      roleChaining: false,
      maskAccountId: false
    })
  })

  it('takes every auth input', () => {
    const s = parse({
      ...base,
      'role-to-assume': ` ${ROLE} `,
      'role-session-name': 'nightly@cis-4.7',
      'role-duration-seconds': '43200',
      audience: 'https://github.com/octo-org',
      'role-chaining': 'True',
      'mask-account-id': 'TRUE'
    })
    expect(s).toMatchObject({
      roleToAssume: ROLE,
      roleSessionName: 'nightly@cis-4.7',
      roleDurationSeconds: 43200,
      audience: 'https://github.com/octo-org',
      roleChaining: true,
      maskAccountId: true
    })
  })

  it.each([
    'arn:aws:iam::123456789012:role/cmk-alarm-verify',
    'arn:aws:iam::123456789012:role/service-role/ci/cmk+verify=1,a.b@c-d',
    'arn:aws-us-gov:iam::123456789012:role/x'
  ])('accepts the role ARN %s (in its partition)', (arn) => {
    const region = arn.startsWith('arn:aws-us-gov') ? 'us-gov-west-1' : 'us-east-1'
    expect(parse({ 'aws-region': region, 'role-to-assume': arn }).roleToAssume).toBe(arn)
  })
})

describe('auth inputs: validation', () => {
  it.each([
    ['role-to-assume', 'cmk-alarm-verify', /not only the role name/],
    ['role-to-assume', 'arn:aws:iam::12345:role/x', /12-digit account/],
    ['role-to-assume', 'arn:aws:iam::123456789012:user/ci', /not of a user/],
    ['role-to-assume', 'arn:aws:sts::123456789012:assumed-role/x/y', /assumed-role session/],
    ['role-to-assume', 'arn:aws:iam::123456789012:role/', /IAM role ARN/],
    ['role-to-assume', `arn:aws:iam::123456789012:role/${'n'.repeat(65)}`, /IAM role ARN/],
    [
      'role-to-assume',
      'arn:aws-cn:iam::123456789012:role/x',
      /partition aws-cn but aws-region us-east-1 is in partition aws/
    ],
    ['role-session-name', 'a', /2-64 characters/],
    ['role-session-name', 'has space', /2-64 characters/],
    ['role-session-name', 'x'.repeat(65), /2-64 characters/],
    ['role-duration-seconds', '899', /900 to 43200/],
    ['role-duration-seconds', '43201', /900 to 43200/],
    ['role-duration-seconds', '1h', /900 to 43200/],
    ['role-duration-seconds', '3600.5', /900 to 43200/],
    ['audience', 'sts amazonaws com', /printable ASCII/],
    ['role-chaining', 'yes', /true or false/],
    ['mask-account-id', '1', /true or false/]
  ])('refuses %s=%j', (input, value, rule) => {
    const e = inputError(() => parse({ ...base, 'role-to-assume': ROLE, [input]: value }))
    expect(e.input).toBe(input)
    expect(e.message).toContain(`Input "${input}"`)
    expect(e.message).toMatch(rule)
    expect(e.message).toMatch(/Example of a good value: \S+/)
  })

  it('says why the region matters when a role is given and no region is', () => {
    const e = inputError(() => parse({ 'role-to-assume': ROLE }, {}))
    expect(e.input).toBe('aws-region')
    expect(e.message).toMatch(/regional STS endpoint/)
  })

  it('parses booleans case-insensitively with a default for empty', () => {
    expect(parseBoolean('x', 'FALSE', true)).toBe(false)
    expect(parseBoolean('x', 'tRuE', false)).toBe(true)
    expect(parseBoolean('x', '', true)).toBe(true)
    expect(() => parseBoolean('x', 'on', false)).toThrow(/Input "x" must be true or false \(got "on"\)/)
  })
})
