// The CLI's report of a run over many accounts and regions: one line per target, then the report of each target that
// did not pass. Pure, and safe to print in a GitHub Actions log.
import type { ControlDescriptor } from '../controls/types.js'
import type { EstateRun } from '../model/estate.js'
import { countTargets } from '../model/estate.js'
import type { OverallStatus } from '../model/report.js'
import { estateHeading, targetLabel, targetWhy } from './estate.js'
import { neutralizeWorkflowCommands, toSingleLine, truncate } from './redact.js'
import { controlOf } from './rules.js'
import { renderTerminalReport } from './terminal.js'

const MARK: Record<OverallStatus, string> = { pass: '[PASS]', fail: '[FAIL]', manual: '[????]' }

export function renderEstateTerminal(
  run: EstateRun,
  opts: { color?: boolean; control?: ControlDescriptor } = {}
): string {
  const control = controlOf({ control: run.control }, opts.control)
  const v = estateHeading(run, control)
  const c = countTargets(run.targets)
  const one = (s: string) => truncate(toSingleLine(s), 300)
  const out = [`${v.title.toUpperCase()} (${control.name})`, v.sentence, '']
  const width = Math.max(0, ...run.targets.map((t) => targetLabel(t).length))
  for (const t of run.targets) {
    const why = targetWhy(t)
    out.push(`  ${MARK[t.report.status]} ${one(targetLabel(t)).padEnd(width)}  ${why ? one(why) : ''}`.trimEnd())
  }
  out.push('', `Targets: ${c.targets}: ${c.pass} passed, ${c.fail} failed, ${c.manual} undecided`)
  let text = neutralizeWorkflowCommands(out.join('\n') + '\n')
  for (const t of run.targets.filter((x) => x.report.status !== 'pass')) {
    text += `\n=== ${neutralizeWorkflowCommands(one(targetLabel(t)))} ===\n`
    for (const n of t.report.notes ?? []) text += neutralizeWorkflowCommands(`Note: ${one(n)}\n`)
    text += renderTerminalReport(t.report, { color: opts.color, control: opts.control })
  }
  return text
}
