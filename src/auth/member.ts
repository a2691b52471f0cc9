// A session in a member account: sts:AssumeRole into the member role with the hub's credentials (role chaining from
// the step's own session), masked at once, used only by that account's clients. A role that cannot be assumed is that
// account's problem, never the run's crash: the answer says why, and what the account needs.
import { parseArn } from '../aws/arn.js'
import type { AwsClients } from '../aws/clients.js'
import type { TimeBudget } from '../aws/budget.js'
import { classifyError } from '../aws/errors.js'
import { assumeRole } from '../aws/sts.js'
import type { ReadProblem } from '../model/state.js'

/** AWS limits a chained role session (a role assumed with a role's credentials) to one hour. */
export const MAX_CHAINED_SESSION_SECONDS = 3600

export type MemberSession =
  | { ok: true; roleArn: string; assumedRoleArn?: string; clients: AwsClients }
  | { ok: false; roleArn: string; problem: ReadProblem }

export interface MemberSessionRequest {
  account: string
  roleArn: string
  sessionName: string
  durationSeconds: number
  /** The region of the STS endpoint (the run's region). */
  region: string
}

/** Assumes the member role with the hub's clients, within `budget`. */
export async function assumeMemberRole(
  hub: AwsClients,
  request: MemberSessionRequest,
  budget: TimeBudget,
  setSecret: (value: string) => void,
  makeClients: (credentials: {
    accessKeyId: string
    secretAccessKey: string
    sessionToken: string
    expiration?: Date
  }) => AwsClients
): Promise<MemberSession> {
  const { roleArn, account } = request
  let answer: Awaited<ReturnType<typeof assumeRole>>
  try {
    // The hub's one STS client (bound to the run's budget); this target's share bounds the call through its signal.
    answer = await assumeRole(
      hub.sts(request.region),
      {
        roleArn,
        sessionName: request.sessionName,
        durationSeconds: Math.min(request.durationSeconds, MAX_CHAINED_SESSION_SECONDS)
      },
      budget.signal
    )
  } catch (error) {
    const problem = classifyError(budget.exceeded() ?? error, 'sts:AssumeRole')
    return { ok: false, roleArn, problem: { ...problem, message: assumeRoleMessage(roleArn, account, problem) } }
  }
  const c = answer.credentials
  // Mask before anything else can print them.
  for (const secret of [c?.AccessKeyId, c?.SecretAccessKey, c?.SessionToken]) if (secret) setSecret(secret)
  if (!c?.AccessKeyId || !c.SecretAccessKey || !c.SessionToken) {
    return {
      ok: false,
      roleArn,
      problem: {
        kind: 'error',
        action: 'sts:AssumeRole',
        message: `Could not assume ${roleArn}: STS answered without complete credentials`
      }
    }
  }
  const assumedAccount = answer.assumedRoleArn ? parseArn(answer.assumedRoleArn)?.account : undefined
  if (assumedAccount && assumedAccount !== account) {
    // Never check one account with another's credentials and call it this one.
    return {
      ok: false,
      roleArn,
      problem: {
        kind: 'error',
        action: 'sts:AssumeRole',
        message: `Assuming ${roleArn} gave a session in account ${assumedAccount}, not ${account}: check member-role`
      }
    }
  }
  return {
    ok: true,
    roleArn,
    assumedRoleArn: answer.assumedRoleArn,
    clients: makeClients({
      accessKeyId: c.AccessKeyId,
      secretAccessKey: c.SecretAccessKey,
      sessionToken: c.SessionToken,
      expiration: c.Expiration
    })
  }
}

/** What went wrong, and what the account needs. AWS answers AccessDenied alike for a missing and an untrusting role. */
function assumeRoleMessage(roleArn: string, account: string, problem: ReadProblem): string {
  if (problem.kind === 'access-denied' || problem.kind === 'not-found') {
    return (
      `Could not assume ${roleArn}: ${problem.message}. ` +
      `Either the role does not exist in account ${account}, or its trust policy does not trust the identity running ` +
      'the check, or that identity is not allowed sts:AssumeRole on it (policies/hub.json)'
    )
  }
  return `Could not assume ${roleArn}: ${problem.message}`
}
