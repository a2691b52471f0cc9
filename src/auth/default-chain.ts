// Credentials from the SDK's default chain (no role-to-assume), resolved once before any read: a run without any
// credentials fails at once with what was tried and how to give it credentials, instead of reading nothing and
// reporting every check `manual` (which `fail-on: fail` would let pass green). No Actions toolkit here: the CLI uses it.
import { existsSync } from 'node:fs'
import { homedir } from 'node:os'
import path from 'node:path'
import { defaultProvider } from '@aws-sdk/credential-provider-node'
import type { AwsCredentialIdentityProvider } from '@aws-sdk/types'
import { TimeBudget, TimeBudgetExceeded } from '../aws/budget.js'
import { AuthError } from './errors.js'

const set = (env: NodeJS.ProcessEnv, name: string) => (env[name] ? `${name} is set` : `${name} is not set`)

/** What the default chain tried, in its order (AWS SDK for JavaScript v3, @aws-sdk/credential-provider-node). */
export function credentialSourcesTried(env: NodeJS.ProcessEnv = process.env): string[] {
  const credentialsFile = env.AWS_SHARED_CREDENTIALS_FILE || path.join(homedir(), '.aws', 'credentials')
  const configFile = env.AWS_CONFIG_FILE || path.join(homedir(), '.aws', 'config')
  const file = (f: string) => `${f} ${existsSync(f) ? 'exists' : 'does not exist'}`
  const imds = /^true$/i.test(env.AWS_EC2_METADATA_DISABLED ?? '')
    ? 'disabled (AWS_EC2_METADATA_DISABLED=true)'
    : 'no answer (not an EC2 instance, or no instance role)'
  return [
    `environment variables AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY: ${set(env, 'AWS_ACCESS_KEY_ID')}, ${set(env, 'AWS_SECRET_ACCESS_KEY')}`,
    `shared files, profile "${env.AWS_PROFILE || 'default'}" (AWS_PROFILE): ${file(credentialsFile)}, ${file(configFile)}; that profile's IAM Identity Center (SSO) login and credential_process`,
    `a web identity token (AWS_WEB_IDENTITY_TOKEN_FILE with AWS_ROLE_ARN): ${set(env, 'AWS_WEB_IDENTITY_TOKEN_FILE')}, ${set(env, 'AWS_ROLE_ARN')}`,
    `container credentials (AWS_CONTAINER_CREDENTIALS_RELATIVE_URI or AWS_CONTAINER_CREDENTIALS_FULL_URI): ${env.AWS_CONTAINER_CREDENTIALS_RELATIVE_URI || env.AWS_CONTAINER_CREDENTIALS_FULL_URI ? 'set' : 'not set'}`,
    `EC2 instance metadata (IMDS): ${imds}`
  ]
}

export function noCredentialsMessage(cause: string, env: NodeJS.ProcessEnv = process.env): string {
  return [
    'No AWS credentials: role-to-assume is not set, so the SDK default credential chain was used, and it found none. It tried, in order:',
    ...credentialSourcesTried(env).map((s, i) => `  ${i + 1}. ${s}`),
    `(the SDK: ${cause.replace(/\s+/g, ' ').trim()})`,
    'Fix: set role-to-assume to a role this workflow may assume with its GitHub OIDC token, and give the job "permissions: id-token: write", e.g.',
    '  - uses: org/cmk-alarm-action@v1',
    '    with:',
    '      aws-region: us-east-1',
    '      role-to-assume: arn:aws:iam::123456789012:role/cmk-alarm-verify',
    'or configure credentials in an earlier step (aws-actions/configure-aws-credentials); from a terminal, set AWS_PROFILE or the AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY variables. See README, "Authentication".'
  ].join('\n')
}

/**
 * The default chain's provider, after it resolved once within the budget. Throws AuthError when it finds no
 * credentials (the run must fail, whatever fail-on says).
 */
export async function defaultChainCredentials(
  budget: TimeBudget,
  env: NodeJS.ProcessEnv = process.env,
  provider: AwsCredentialIdentityProvider | undefined = undefined
): Promise<AwsCredentialIdentityProvider> {
  provider ??= defaultProvider()
  try {
    await budget.race(provider())
  } catch (error) {
    if (error instanceof TimeBudgetExceeded) {
      throw new AuthError(`The default credential chain found no credentials before the ${error.message}.`)
    }
    const e = (error ?? {}) as { message?: string }
    throw new AuthError(noCredentialsMessage(e.message ?? String(error), env))
  }
  return provider
}
