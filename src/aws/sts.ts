// STS: who is running the check.
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts'
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
