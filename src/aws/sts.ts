// STS: who is running the check, and the member-account sessions of a run over many accounts.
import { AssumeRoleCommand, GetCallerIdentityCommand, STSClient, type Credentials } from '@aws-sdk/client-sts'
import type { Identity } from '../model/state.js'
import { requireFields } from './answer.js'

export async function getCallerIdentity(client: STSClient): Promise<Identity> {
  const out = requireFields(
    'sts:GetCallerIdentity',
    await client.send(new GetCallerIdentityCommand({})),
    'Account',
    'Arn'
  )
  return { account: out.Account ?? '', arn: out.Arn ?? '' }
}

export interface AssumedRole {
  credentials?: Credentials
  /** AssumedRoleUser.Arn, e.g. arn:aws:sts::111111111111:assumed-role/cmk-alarm-verify/session. */
  assumedRoleArn?: string
}

/** sts:AssumeRole with the client's credentials (role chaining from the hub's session). */
export async function assumeRole(
  client: STSClient,
  request: { roleArn: string; sessionName: string; durationSeconds: number },
  abortSignal?: AbortSignal
): Promise<AssumedRole> {
  const out = await client.send(
    new AssumeRoleCommand({
      RoleArn: request.roleArn,
      RoleSessionName: request.sessionName,
      DurationSeconds: request.durationSeconds
    }),
    { abortSignal }
  )
  return { credentials: out.Credentials, assumedRoleArn: out.AssumedRoleUser?.Arn }
}
