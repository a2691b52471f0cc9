// Verify on a live account: read it along the chain (the account source), then judge it. What verify does, and what
// enforce does before and after its changes.
import type { AwsClients } from './aws/clients.js'
import type { ControlDescriptor } from './controls/types.js'
import { evaluate } from './judge/index.js'
import type { Report } from './model/report.js'
import type { AccountState } from './model/state.js'
import type { Settings } from './settings.js'
import { accountSource, type ReadOptions } from './sources/account.js'

export async function verifyAccount(
  control: ControlDescriptor,
  settings: Settings,
  clients: AwsClients,
  /** How to read (enforce's verify after its changes reuses what it knows): see ReadOptions. */
  options: ReadOptions = {}
): Promise<{ state: AccountState; report: Report }> {
  const [state] = await accountSource(
    clients,
    {
      region: settings.region,
      logGroupName: settings.logGroupName,
      control
    },
    options
  ).read()
  const report = evaluate(state, { control, patternPolicy: settings.patternPolicy, names: settings.names })
  return { state, report }
}
