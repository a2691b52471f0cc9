// What authentication gives the run: the clients every AWS call goes through, and who they act as.
import type { AwsClients } from '../aws/clients.js'

export type AuthMethod = 'default' | 'oidc' | 'assume-role'

export interface AuthResult {
  clients: AwsClients
  method: AuthMethod
  /** role-to-assume, when a role was assumed. */
  roleArn?: string
  /** STS AssumedRoleUser.Arn, e.g. arn:aws:sts::222222222222:assumed-role/cmk-verify/session. */
  assumedRoleArn?: string
  /** The account of the assumed role. */
  account?: string
  expiration?: Date
}
