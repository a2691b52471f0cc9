// The controls this tool knows. A new control is its descriptor file, one line here, and its tests.
import { CIS_AWS_4_7 } from './cis-4.7.js'
import type { CheckId } from '../model/report.js'
import type { ControlDescriptor, FindingText } from './types.js'

export type { ControlDescriptor } from './types.js'

export const CONTROLS: readonly ControlDescriptor[] = [CIS_AWS_4_7]

/** The control a run checks when none is named. */
export const DEFAULT_CONTROL: ControlDescriptor = CIS_AWS_4_7

export function controlById(id: string): ControlDescriptor | undefined {
  return CONTROLS.find((c) => c.id === id)
}

/** The title and rule text of any check of a control: one of the chain's, or an extra one. */
export function checkText(control: ControlDescriptor, id: CheckId): FindingText {
  return id in control.findings
    ? control.findings[id as keyof ControlDescriptor['findings']]
    : control.extraChecks[id as keyof ControlDescriptor['extraChecks']]
}
