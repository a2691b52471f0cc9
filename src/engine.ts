// The engine shared by the action and the CLI: discover, then evaluate.
import { AwsClients } from './aws/clients.js'
import { discover } from './discover.js'
import { evaluate } from './evaluate/index.js'
import type { Report } from './model/report.js'
import type { AccountState } from './model/state.js'
import type { Settings } from './settings.js'

/** Reads the account along the chain and judges it: what verify does, and what enforce does before and after. */
export async function readAndJudge(
  settings: Settings,
  clients: AwsClients
): Promise<{ state: AccountState; report: Report }> {
  const state = await discover(clients, { region: settings.region, logGroupName: settings.logGroupName })
  const report = evaluate(state, {
    patternPolicy: settings.patternPolicy,
    names: { metricNamespace: settings.metricNamespace }
  })
  return { state, report }
}

export async function runVerify(settings: Settings, clients: AwsClients = new AwsClients()): Promise<Report> {
  return (await readAndJudge(settings, clients)).report
}

/** The step or command fails when the status reaches the `fail-on` level. */
export function shouldFail(status: Report['status'], failOn: Settings['failOn']): boolean {
  if (failOn === 'never') return false
  return status === 'fail' || (failOn === 'manual' && status === 'manual')
}
