// What to tell the user when getting credentials fails: one message per cause, each saying how to fix it. Never a
// stack trace, never the token or a credential.
import { isAnswerTooLarge } from '../aws/answer-size.js'
import { audienceText, type TokenClaims } from './jwt.js'

/** A failure to get credentials; its message is complete and shown as is. */
export class AuthError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'AuthError'
  }
}

export interface StsFailureContext {
  method: 'oidc' | 'assume-role'
  roleArn: string
  region: string
  /** The OIDC token's claims (method oidc), when it could be decoded. */
  claims?: TokenClaims
  /** The audience asked for (the `audience` input). */
  audience?: string
  attempts?: number
}

interface ErrorShape {
  name?: string
  Code?: string
  code?: string
  message?: string
  $metadata?: { httpStatusCode?: number }
}

const DEFAULT_ISSUER_HOST = 'token.actions.githubusercontent.com'

function oneLine(text: string, max = 400): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > max ? `${flat.slice(0, max - 3)}...` : flat
}

export function errorName(error: unknown): string {
  const e = (error ?? {}) as ErrorShape
  return e.name && e.name !== 'Error' ? e.name : (e.Code ?? e.code ?? e.name ?? 'Error')
}

function errorText(error: unknown): string {
  const e = (error ?? {}) as ErrorShape
  const message = oneLine(e.message ?? String(error))
  return message ? `${errorName(error)}: ${message}` : errorName(error)
}

/** `arn:<partition>:iam::<account>:role/...` → partition and account. */
function roleParts(roleArn: string): { partition: string; account: string } {
  const [, partition = 'aws', , , account = '<account>'] = roleArn.split(':')
  return { partition, account }
}

/** The IAM condition-key prefix for the token's issuer: its URL without the scheme. */
export function issuerConditionKey(claims: TokenClaims | undefined): string {
  const iss = typeof claims?.iss === 'string' ? claims.iss : ''
  const host = iss.replace(/^https:\/\//, '').replace(/\/+$/, '')
  return host || DEFAULT_ISSUER_HOST
}

/** The block of a trust policy that lets exactly this token assume the role. */
export function trustPolicyFix(roleArn: string, claims: TokenClaims | undefined, audience: string | undefined): string {
  const { partition, account } = roleParts(roleArn)
  const key = issuerConditionKey(claims)
  const sub = typeof claims?.sub === 'string' ? claims.sub : 'repo:ORG/REPO:ref:refs/heads/main'
  const aud = (typeof claims?.aud === 'string' ? claims.aud : undefined) ?? audience ?? 'sts.amazonaws.com'
  const statement = {
    Effect: 'Allow',
    Principal: { Federated: `arn:${partition}:iam::${account}:oidc-provider/${key}` },
    Action: 'sts:AssumeRoleWithWebIdentity',
    Condition: {
      StringEquals: { [`${key}:aud`]: aud, [`${key}:sub`]: sub }
    }
  }
  return JSON.stringify(statement, null, 2)
}

function isAccessDenied(name: string, error: unknown): boolean {
  const e = (error ?? {}) as ErrorShape
  return (
    name === 'AccessDenied' ||
    name === 'AccessDeniedException' ||
    name === 'IDPRejectedClaim' ||
    name === 'IDPRejectedClaimException' ||
    /not authorized to perform:? sts:AssumeRole/i.test(e.message ?? '') ||
    (e.$metadata?.httpStatusCode === 403 && !/token/i.test(name))
  )
}

/** The message for a refused or failed AssumeRoleWithWebIdentity / AssumeRole. */
export function describeStsFailure(error: unknown, ctx: StsFailureContext): string {
  const name = errorName(error)
  const what =
    ctx.method === 'oidc'
      ? `${ctx.roleArn} with the GitHub OIDC token`
      : `${ctx.roleArn} (role-chaining: STS AssumeRole)`
  if (isAnswerTooLarge(error)) {
    // The SDK appends a hint about the raw body to the message; the body is not shown, so neither is the hint.
    return `Could not assume ${what}: STS's ${ctx.method === 'oidc' ? 'AssumeRoleWithWebIdentity' : 'AssumeRole'} ${((error as Error).message.split('\n')[0] ?? '').replace(/^the answer/, 'answer')}.`
  }
  const answered = ((error ?? {}) as ErrorShape).$metadata?.httpStatusCode !== undefined
  const head = `Could not assume ${what}: ${answered ? 'STS answered ' : ''}${errorText(error)}.`
  const { account } = roleParts(ctx.roleArn)

  if (ctx.method === 'oidc' && isAccessDenied(name, error)) {
    const key = issuerConditionKey(ctx.claims)
    const sub = typeof ctx.claims?.sub === 'string' ? ctx.claims.sub : '(the token has no readable sub claim)'
    const aud = audienceText(ctx.claims?.aud) ?? '(the token has no readable aud claim)'
    return [
      head,
      `The trust policy of ${ctx.roleArn} does not let this token in. The token carries:`,
      `  ${key}:sub = ${sub}`,
      `  ${key}:aud = ${aud}`,
      `Fix: give the role a trust policy statement whose conditions match those values (sub is case-sensitive; use`,
      `StringLike only for wildcards such as "repo:ORG/REPO:*"; never trust aud alone), for example:`,
      trustPolicyFix(ctx.roleArn, ctx.claims, ctx.audience),
      `Also check that the role exists and that account ${account} has the IAM OIDC provider ${key}. See README, "Authentication".`
    ].join('\n')
  }
  if (ctx.method === 'assume-role' && isAccessDenied(name, error)) {
    return [
      head,
      `The current credentials may not assume the role. Allow sts:AssumeRole on ${ctx.roleArn} to the identity of the current`,
      "credentials, and trust that identity (its role or user ARN) in the role's trust policy; also check that the role exists."
    ].join('\n')
  }
  if (name === 'ExpiredTokenException' || name === 'ExpiredToken') {
    const exp =
      typeof ctx.claims?.exp === 'number'
        ? ` (the token says it expires at ${new Date(ctx.claims.exp * 1000).toISOString()})`
        : ''
    return ctx.method === 'oidc'
      ? [
          head,
          `The GitHub OIDC token had expired when STS read it${exp}. The action requests a fresh token right before the call, so`,
          'this means a long delay or a wrong clock on the runner: re-run the job; on a self-hosted runner, check its clock (NTP).'
        ].join('\n')
      : [
          head,
          'The current credentials have expired: refresh them (re-run the step that configured them) before this step.'
        ].join('\n')
  }
  if (name === 'InvalidIdentityToken' || name === 'InvalidIdentityTokenException') {
    const aud = audienceText(ctx.claims?.aud) ?? ctx.audience ?? 'sts.amazonaws.com'
    const key = issuerConditionKey(ctx.claims)
    return [
      head,
      `STS did not accept the GitHub OIDC token. Usually account ${account} has no IAM OIDC identity provider for`,
      `https://${key}, or the provider's audiences (client IDs) do not include "${aud}" (the audience input). Create it with:`,
      `  aws iam create-open-id-connect-provider --url https://${key} --client-id-list ${aud}`,
      'or add the audience to the existing provider (aws iam add-client-id-to-open-id-connect-provider).'
    ].join('\n')
  }
  if (name === 'ValidationError' || name === 'ValidationException' || name === 'InvalidParameterValue') {
    const text = ((error ?? {}) as ErrorShape).message ?? ''
    const hint = /duration/i.test(text)
      ? "Lower role-duration-seconds to at most the role's maximum session duration (1 hour unless raised; at most 1 hour when chaining roles)."
      : /session/i.test(text)
        ? 'Check role-session-name: 2-64 characters of letters, digits and _ + = , . @ -.'
        : `Check role-to-assume: the ARN of an existing IAM role, e.g. arn:aws:iam::123456789012:role/cmk-alarm-verify.`
    return [head, hint].join('\n')
  }
  if (name === 'RegionDisabledException') {
    return [
      head,
      `STS is not activated in ${ctx.region} for account ${account}: activate the region in the IAM account settings, or use another aws-region.`
    ].join('\n')
  }
  if (name === 'CredentialsProviderError' && ctx.method === 'assume-role') {
    return [
      head,
      'role-chaining: true assumes the role with the credentials already in the environment, and there are none. Configure them',
      'in an earlier step (e.g. aws-actions/configure-aws-credentials), or drop role-chaining and give the job "permissions: id-token: write".'
    ].join('\n')
  }
  const attempts = ctx.attempts && ctx.attempts > 1 ? ` after ${ctx.attempts} attempts` : ''
  return `Could not assume ${what} through STS in ${ctx.region}${attempts}: ${errorText(error)}.`
}

export function missingOidcMessage(roleArn: string): string {
  return [
    `role-to-assume is ${roleArn}, but this job cannot request a GitHub OIDC token: ACTIONS_ID_TOKEN_REQUEST_URL and`,
    'ACTIONS_ID_TOKEN_REQUEST_TOKEN are not set. Give the job (or workflow) this permissions block:',
    '  permissions:',
    '    id-token: write   # lets the action request the OIDC token',
    '    contents: read    # declaring permissions sets every other one to none',
    'Pull requests from forks and Dependabot runs never get an OIDC token. To assume the role with credentials configured',
    'by an earlier step instead, set role-chaining: true.'
  ].join('\n')
}

export function tokenRequestMessage(error: unknown, audience: string): string {
  return [
    `Could not get the GitHub OIDC token for audience "${audience}" from the runner: ${oneLine(((error ?? {}) as ErrorShape).message ?? String(error))}`,
    'Check that the job has "permissions: id-token: write" and re-run it; the runner\'s token service may have been unavailable.'
  ].join('\n')
}
