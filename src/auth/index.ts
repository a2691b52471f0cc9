// Credentials for every AWS client of this step.
//   - no role-to-assume: the SDK's default credential chain;
//   - role-to-assume and the runner's OIDC variables: the GitHub OIDC token → STS AssumeRoleWithWebIdentity;
//   - role-to-assume and role-chaining: true: STS AssumeRole with the credentials already in the environment;
//   - role-to-assume without either: an error that says which permissions block the job needs.
// The credentials live only in this step's clients: masked at once, never exported to later steps.
import * as core from '@actions/core'
import { AssumeRoleCommand, AssumeRoleWithWebIdentityCommand, STSClient, type Credentials } from '@aws-sdk/client-sts'
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@aws-sdk/types'
import { BoundedHttpHandler } from '../aws/answer-size.js'
import { parseArn } from '../aws/arn.js'
import { TimeBudget, TimeBudgetExceeded } from '../aws/budget.js'
import { AwsClients } from '../aws/clients.js'
import { withRetry } from '../aws/retry.js'
import { toLogLine } from '../report/redact.js'
import type { Settings } from '../settings.js'
import { defaultChainCredentials } from './default-chain.js'
import { decodeJwtClaims } from './jwt.js'
import type { AuthMethod, AuthResult } from './types.js'
import { AuthError, describeStsFailure, errorName, missingOidcMessage, tokenRequestMessage } from './errors.js'

export { AuthError } from './errors.js'
export { publishIdentity } from './identity.js'

export type { AuthMethod, AuthResult } from './types.js'

export interface StsLike {
  send(
    command: AssumeRoleWithWebIdentityCommand | AssumeRoleCommand,
    options?: { abortSignal?: AbortSignal }
  ): Promise<{
    Credentials?: Credentials
    AssumedRoleUser?: { Arn?: string }
  }>
}

export interface AuthDeps {
  env: NodeJS.ProcessEnv
  getIDToken(audience: string): Promise<string>
  setSecret(value: string): void
  info(message: string): void
  /** The regional STS client (AWS_ENDPOINT_URL is honoured by the SDK). */
  sts(region: string): StsLike
  /** The SDK's default credential chain, used without role-to-assume (default: @aws-sdk/credential-provider-node). */
  defaultCredentials?: AwsCredentialIdentityProvider
  /** Attempts per STS call (default 4), and the backoff's sleep (tests). */
  attempts?: number
  sleep?: (ms: number) => Promise<void>
}

const defaultDeps = (): AuthDeps => ({
  env: process.env,
  getIDToken: (audience) => core.getIDToken(audience),
  setSecret: (value) => core.setSecret(value),
  info: (message) => core.info(message),
  // One attempt per send: withRetry below does the retrying, with full-jitter backoff. Its answers are bounded as
  // every other AWS answer is.
  sts: (region) => new STSClient({ region, maxAttempts: 1, requestHandler: new BoundedHttpHandler() })
})

/** The account id in a role ARN (arn:aws:iam::<account>:role/...). */
export function accountOfArn(arn: string): string | undefined {
  const account = parseArn(arn)?.account
  return account && /^\d{12}$/.test(account) ? account : undefined
}

export function hasOidcVariables(env: NodeJS.ProcessEnv): boolean {
  return !!env.ACTIONS_ID_TOKEN_REQUEST_URL && !!env.ACTIONS_ID_TOKEN_REQUEST_TOKEN
}

/**
 * The step's clients, with credentials per `settings`. Every call, the OIDC token request and STS included, stops at
 * `budget`, which the clients keep for the rest of the run.
 */
export async function authenticate(
  settings: Settings,
  budget: TimeBudget,
  deps: AuthDeps = defaultDeps()
): Promise<AuthResult> {
  const roleArn = settings.roleToAssume
  if (!roleArn) {
    const credentials = await defaultChainCredentials(budget, deps.env, deps.defaultCredentials)
    return { clients: new AwsClients({ budget, credentials }), method: 'default' }
  }
  const roleAccount = accountOfArn(roleArn)
  if (settings.maskAccountId && roleAccount) deps.setSecret(roleAccount)

  const method: AuthMethod = settings.roleChaining ? 'assume-role' : 'oidc'
  if (method === 'oidc' && !hasOidcVariables(deps.env)) throw new AuthError(missingOidcMessage(roleArn))

  let command: AssumeRoleWithWebIdentityCommand | AssumeRoleCommand
  let claims: ReturnType<typeof decodeJwtClaims>
  if (method === 'oidc') {
    let token: string
    try {
      // @actions/core masks the token itself (setSecret) and retries the runner's 5xx answers.
      // The runner's token service takes no abort signal: the budget bounds the wait instead.
      token = await budget.race(deps.getIDToken(settings.audience))
    } catch (error) {
      if (error instanceof TimeBudgetExceeded) {
        throw new AuthError(`Could not get the GitHub OIDC token before the ${error.message}.`)
      }
      throw new AuthError(tokenRequestMessage(error, settings.audience))
    }
    claims = decodeJwtClaims(token)
    command = new AssumeRoleWithWebIdentityCommand({
      RoleArn: roleArn,
      RoleSessionName: settings.roleSessionName,
      DurationSeconds: settings.roleDurationSeconds,
      WebIdentityToken: token
    })
  } else {
    command = new AssumeRoleCommand({
      RoleArn: roleArn,
      RoleSessionName: settings.roleSessionName,
      DurationSeconds: settings.roleDurationSeconds
    })
  }

  const callName = method === 'oidc' ? 'AssumeRoleWithWebIdentity' : 'AssumeRole'
  const attempts = deps.attempts ?? 4
  const sts = deps.sts(settings.region)
  let answer: Awaited<ReturnType<StsLike['send']>>
  let tries = 0
  try {
    answer = await withRetry(
      () => {
        tries++
        return sts.send(command, { abortSignal: budget.signal })
      },
      {
        attempts,
        budget,
        sleep: deps.sleep,
        onRetry: ({ attempt, delayMs, error }) =>
          deps.info(
            `STS ${callName} attempt ${attempt} of ${attempts} failed (${errorName(error)}); retrying in ${delayMs} ms`
          )
      }
    )
  } catch (error) {
    const late = budget.exceeded()
    if (late)
      throw new AuthError(`Could not assume ${roleArn}: STS ${callName} did not answer before the ${late.message}.`)
    throw new AuthError(
      describeStsFailure(error, {
        method,
        roleArn,
        region: settings.region,
        claims,
        audience: settings.audience,
        attempts: tries
      })
    )
  }

  const c = answer.Credentials
  // Mask before anything else can print them.
  for (const secret of [c?.AccessKeyId, c?.SecretAccessKey, c?.SessionToken]) if (secret) deps.setSecret(secret)
  if (!c?.AccessKeyId || !c.SecretAccessKey || !c.SessionToken) {
    throw new AuthError(`Could not assume ${roleArn}: STS ${callName} answered without complete credentials.`)
  }
  const assumedRoleArn = answer.AssumedRoleUser?.Arn
  const account = (assumedRoleArn && accountOfArn(assumedRoleArn)) || roleAccount
  if (settings.maskAccountId && account && account !== roleAccount) deps.setSecret(account)

  const credentials: AwsCredentialIdentity = {
    accessKeyId: c.AccessKeyId,
    secretAccessKey: c.SecretAccessKey,
    sessionToken: c.SessionToken,
    expiration: c.Expiration
  }
  const how = method === 'oidc' ? 'with the GitHub OIDC token' : 'with the current credentials (role-chaining)'
  const until = c.Expiration ? `, valid until ${c.Expiration.toISOString()}` : ''
  // The assumed-role ARN is STS's answer: escaped like any name from AWS.
  deps.info(toLogLine(`Assumed ${roleArn} ${how} as ${assumedRoleArn ?? settings.roleSessionName}${until}.`))
  return {
    clients: new AwsClients({ credentials, budget }),
    method,
    roleArn,
    assumedRoleArn,
    account,
    expiration: c.Expiration
  }
}
