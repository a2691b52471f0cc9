// Organization trails across accounts. A member account sees the organization trail, but the trail delivers to a log
// group in the account that holds the chain (the management or a delegated account), where the metric filter, alarm
// and topic are too: the member's own credentials cannot read them, so alone it can only say `manual`. When the run
// also reads the holding account, that one chain is judged once, there, and every member it covers is reported by it:
// pass ("covered by"), or failing (or undecided) with it. Pure: the run (src/estate/run.ts) and the merge of matrix
// reports (src/estate/merge.ts) both use it.
import type { ChainElsewhere, EstateTarget, HeldChain } from '../model/estate.js'
import type { OverallStatus, Report } from '../model/report.js'
import type { AccountState } from '../model/state.js'
import { evaluate } from './chain.js'
import type { JudgeOptions } from './context.js'

/** Organization trails in `state` whose log group is in another account that these credentials cannot read. */
export function chainsElsewhere(state: AccountState): ChainElsewhere[] {
  if (!state.trails.ok) return []
  return state.trails.value.flatMap((t) =>
    t.isOrganizationTrail &&
    t.logGroup &&
    !t.logGroup.metricFilters.ok &&
    t.logGroup.metricFilters.problem.kind === 'cross-account'
      ? [{ trailArn: t.arn, trailName: t.name, account: t.logGroup.account, logGroupArn: t.logGroup.arn }]
      : []
  )
}

/**
 * The chains of the organization trails whose log group is in the account of `state` (read with its credentials),
 * each judged once, alone: what every member account the trail covers relies on.
 */
export function heldChains(state: AccountState, options: JudgeOptions): HeldChain[] {
  const account = state.identity?.account
  if (!account || !state.trails.ok) return []
  return state.trails.value.flatMap((t) =>
    t.isOrganizationTrail &&
    t.logGroup &&
    t.logGroup.account === account &&
    !(!t.logGroup.metricFilters.ok && t.logGroup.metricFilters.problem.kind === 'cross-account')
      ? [
          {
            trailArn: t.arn,
            trailName: t.name,
            account,
            logGroupArn: t.logGroup.arn,
            report: evaluate({ ...state, trails: { ok: true, value: [t] } }, options)
          }
        ]
      : []
  )
}

const RANK: Record<OverallStatus, number> = { pass: 2, manual: 1, fail: 0 }

/** Security Hub evaluates CloudWatch.7 per account, and a trail of another account gives it no data there. */
const MEMBER_SECURITY_HUB: Report['securityHub'] = {
  prediction: 'unknown',
  reason: 'The organization trail belongs to another account: Security Hub reports NO_DATA for it in this account.'
}

/** The held chain's judgement, as this member's report: its findings are about the holding account's resources. */
function coveredReport(target: EstateTarget, chain: HeldChain): Report {
  const how =
    chain.report.status === 'pass' ? 'covered by' : chain.report.status === 'fail' ? 'failing with' : 'undecided with'
  return {
    ...chain.report,
    region: target.region,
    identity: target.report.identity ?? { account: target.account, arn: '' },
    securityHub: MEMBER_SECURITY_HUB,
    notes: [
      ...(chain.report.notes ?? []),
      `This account is ${how} the organization trail ${chain.trailName}: its log group, metric filter, alarm and topic are in account ${chain.account}, where that chain was judged once for every member account.`
    ]
  }
}

/**
 * Every target that is not compliant on its own and sees an organization trail whose chain some target of the run
 * holds is reported by that chain (the best one, when several apply). The others keep their own report; one whose
 * chain stays unjudged says where it is and what access the run needs. `more`: chains judged outside the targets (in
 * the account of the run's own credentials).
 */
export function resolveOrganizationChains(targets: EstateTarget[], more: HeldChain[] = []): EstateTarget[] {
  const held = new Map<string, HeldChain>()
  for (const c of [...targets.flatMap((t) => t.heldChains ?? []), ...more])
    if (!held.has(`${c.account} ${c.trailArn}`)) held.set(`${c.account} ${c.trailArn}`, c)
  return targets.map((target) => {
    const elsewhere = target.chainElsewhere ?? []
    if (elsewhere.length === 0 || target.report.status === 'pass') return target
    const found = elsewhere.flatMap((e) => held.get(`${e.account} ${e.trailArn}`) ?? [])
    if (found.length === 0) return withUnjudgedNotes(target)
    const best = found.reduce((a, b) => (RANK[b.report.status] > RANK[a.report.status] ? b : a))
    return {
      ...target,
      report: coveredReport(target, best),
      coveredBy: { account: best.account, trailArn: best.trailArn, trailName: best.trailName },
      chainElsewhere: undefined
    }
  })
}

/** The note that says which account holds the chain and what the run needs to judge it. */
export function unjudgedNote(e: ChainElsewhere): string {
  const access = e.roleArn
    ? `add account ${e.account} to the run's accounts (it then assumes ${e.roleArn} there)`
    : `run the check with credentials for account ${e.account}`
  return `The organization trail ${e.trailName} delivers to ${e.logGroupArn} in account ${e.account}, where its metric filter, alarm and topic are; ${e.reason ?? 'this run has no access to that account'}. To judge it: ${access}.`
}

function withUnjudgedNotes(target: EstateTarget): EstateTarget {
  const notes = (target.chainElsewhere ?? []).map(unjudgedNote)
  const kept = (target.report.notes ?? []).filter((n) => !notes.includes(n))
  return { ...target, report: { ...target.report, notes: [...kept, ...notes] } }
}
