// KMS reads for the key a topic is encrypted with: what kind of key it is and its state (DescribeKey), and its key
// policy (GetKeyPolicy), so the topic judge can decide whether CloudWatch may use it. (The client is the project's
// two-operation KMS client, see kms-client.ts.)
import { DescribeKeyCommand, GetKeyPolicyCommand, type KmsClient } from './kms-client.js'
import type { KmsKeyMetadata } from '../model/state.js'
import { requireFields } from './answer.js'

/** `keyId`: a key id, key ARN, alias name or alias ARN, as a topic's KmsMasterKeyId gives it. */
export async function describeKey(client: KmsClient, keyId: string): Promise<KmsKeyMetadata> {
  const out = requireFields(
    'kms:DescribeKey',
    await client.send(new DescribeKeyCommand({ KeyId: keyId })),
    'KeyMetadata.KeyId',
    'KeyMetadata.KeyState'
  )
  const m = out.KeyMetadata!
  return {
    keyId: m.KeyId ?? '',
    arn: m.Arn ?? '',
    keyManager: m.KeyManager ?? '',
    keyState: m.KeyState ?? '',
    account: m.AWSAccountId ?? ''
  }
}

/** The key policy (its only name is `default`). `keyId` is the key id DescribeKey answered, not an alias. */
export async function getKeyPolicy(client: KmsClient, keyId: string): Promise<string> {
  const out = requireFields(
    'kms:GetKeyPolicy',
    await client.send(new GetKeyPolicyCommand({ KeyId: keyId, PolicyName: 'default' })),
    'Policy'
  )
  return out.Policy ?? ''
}
