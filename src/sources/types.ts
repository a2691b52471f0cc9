// The source seam: where account state comes from. A live account (src/sources/account.ts) is one source; code
// before deployment (Terraform, plans, CloudFormation, CDK) will be others. Every source yields the same pure
// AccountState, which the same judges read.
import type { AccountState } from '../model/state.js'

export interface Source {
  /** What is read, for messages (e.g. "account 123456789012 in us-east-1", "infra/ (Terraform)"). */
  readonly label: string
  /** One state per target: an account in a region, or one location of code. */
  read(): Promise<AccountState[]>
}
