// STS: who is running the check.
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts'
import type { Identity } from '../model/state.js'

export async function getCallerIdentity(client: STSClient): Promise<Identity> {
  const out = await client.send(new GetCallerIdentityCommand({}))
  return { account: out.Account ?? '', arn: out.Arn ?? '' }
}
