// The engine shared by the action and the CLI: discover, then evaluate.
import { AwsClients } from './aws/clients.js'
import { discover } from './discover.js'
import { evaluate } from './evaluate/index.js'
import type { Report } from './model/report.js'
import type { Settings } from './settings.js'

export async function runVerify(settings: Settings, clients: AwsClients = new AwsClients()): Promise<Report> {
  const state = await discover(clients, { region: settings.region, logGroupName: settings.logGroupName })
  return evaluate(state, {
    patternPolicy: settings.patternPolicy,
    names: { metricNamespace: settings.metricNamespace }
  })
}

/** The step or command fails when the status reaches the `fail-on` level. */
export function shouldFail(status: Report['status'], failOn: Settings['failOn']): boolean {
  if (failOn === 'never') return false
  return status === 'fail' || (failOn === 'manual' && status === 'manual')
}
