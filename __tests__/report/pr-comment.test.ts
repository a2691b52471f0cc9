// The sticky pull-request comment, rendered from the judgement of state read from code.
import { describe, it, expect } from '@jest/globals'
import { evaluate } from '../../src/judge/index.js'
import { worstStatus, type RunReport } from '../../src/model/report.js'
import type { AccountState } from '../../src/model/state.js'
import { MAX_COMMENT_CHARS, PR_COMMENT_MARKER, renderPrComment } from '../../src/report/pr-comment.js'
import { compliantState } from '../judge/state-fixtures.js'

function fromCode(
  state: AccountState,
  file = 'infra/alarms.tf',
  kind: 'terraform' | 'cloudformation' = 'terraform'
): AccountState {
  state.source = { kind, path: kind === 'terraform' ? 'infra' : file }
  const trail = state.trails.ok ? state.trails.value[0] : undefined
  trail!.location = { file: 'infra/trail.tf', line: 1, endLine: 20, address: 'aws_cloudtrail.main' }
  const filter = trail!.logGroup!.metricFilters.ok ? trail!.logGroup!.metricFilters.value[0] : undefined
  filter!.location = {
    file,
    line: 3,
    endLine: 12,
    address: kind === 'terraform' ? 'aws_cloudwatch_log_metric_filter.cmk' : 'CmkFilter'
  }
  return state
}

const run = (...states: AccountState[]): RunReport => {
  const reports = states.map((s) => evaluate(s, { patternPolicy: 'semantic' }))
  return { status: worstStatus(reports.map((r) => r.status)), reports }
}

describe('renderPrComment', () => {
  it('starts with the marker and shows each link with where it is in the code', () => {
    const md = renderPrComment(run(fromCode(compliantState())), { sha: 'abcdef1234567890' })
    expect(md.startsWith(`${PR_COMMENT_MARKER}\n## ✅ CIS AWS 4.7 / Security Hub CloudWatch.7: met in the code`)).toBe(
      true
    )
    expect(md).toContain('### ✅ `infra` (Terraform)')
    expect(md).toContain('| trail | `aws_cloudtrail.main` infra/trail.tf:1-20 | ✅ pass |')
    expect(md).toContain('| metric filter | `aws_cloudwatch_log_metric_filter.cmk` infra/alarms.tf:3-12 | ✅ pass |')
    expect(md).toContain('commit `abcdef123456`')
  })

  it('shows a failing check with the Terraform to write, not AWS CLI commands', () => {
    const md = renderPrComment(run(fromCode(compliantState({ pattern: '{ $.eventName = DisableKey }' }))))
    expect(md).toMatch(/^## ❌ CIS AWS 4\.7 \/ Security Hub CloudWatch\.7: not met in 1 of 1 location of code$/m)
    const block = md.slice(md.indexOf('<b>filter.pattern</b>'))
    expect(block).toContain('Where: `aws_cloudwatch_log_metric_filter.cmk` infra/alarms.tf:3-12')
    expect(block).toContain(
      '```hcl\n# in aws_cloudwatch_log_metric_filter.cmk (infra/alarms.tf:3)\npattern = "{($.eventSource = kms.amazonaws.com)'
    )
    expect(block.slice(0, block.indexOf('</details>'))).not.toContain('aws logs put-metric-filter')
  })

  it('writes CloudFormation fixes as YAML for a YAML template', () => {
    const state = fromCode(compliantState({ metricValue: '0' }), 'stacks/alarms.yaml', 'cloudformation')
    const md = renderPrComment(run(state))
    expect(md).toContain('### ❌ `stacks/alarms.yaml` (CloudFormation)')
    expect(md).toContain(
      "```yaml\n# in CmkFilter (stacks/alarms.yaml:3)\nMetricTransformations:\n  - MetricName: 'CMKDisableOrScheduledDeletion'"
    )
  })

  it("cannot be broken by what the code holds, and stays under GitHub's size limit", () => {
    const hostile = fromCode(compliantState({ pattern: '{ $.eventName = "x</details><img src=x>| `|` ```" }' }))
    const many = Array.from({ length: 80 }, () => hostile)
    const md = renderPrComment(run(...many))
    expect(md.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS)
    expect(md).not.toContain('<img')
    expect(
      md
        .split('\n')
        .filter((l) => l.startsWith('| metric filter'))
        .every((l) => l.split(' | ').length === 4)
    ).toBe(true)
    expect(md).toMatch(
      /_\d+ more locations not shown: GitHub limits a comment's size\. The job summary has them all\._/
    )
  })
})
