// Pure judgement of a whole state: every trail → filter → alarm → topic path is judged link by link, and the report
// shows the best one (a passing chain, else the one blocked only by undecided checks, else the one that got furthest).
import type {
  ChainFinding,
  ChainLink,
  Finding,
  FindingId,
  FindingStatus,
  LinkName,
  OverallStatus,
  Report
} from '../model/report.js'
import { FINDING_IDS } from '../model/report.js'
import type { AccountState, LogGroupState, TrailState } from '../model/state.js'
import { judgeAlarmLink } from './alarm.js'
import {
  createContext,
  filterResource,
  toFinding,
  type Chain,
  type JudgeContext,
  type JudgeOptions,
  type Verdict
} from './context.js'
import { judgeFilterLink } from './filter.js'
import { predictSecurityHub } from './security-hub.js'
import { judgeSubscriptionLink, judgeTopicLink } from './topic.js'
import { judgeTrailLink } from './trail.js'
import { withUnresolved } from './unresolved.js'

const LINK_OF: Record<FindingId, LinkName> = {
  'trail.multi-region-logging': 'trail',
  'trail.management-events': 'trail',
  'trail.kms-events-included': 'trail',
  'trail.cloudwatch-logs': 'trail',
  'filter.pattern': 'metric filter',
  'filter.metric-value': 'metric filter',
  'filter.security-hub-text': 'metric filter',
  'alarm.exists': 'alarm',
  'alarm.fires-on-one-event': 'alarm',
  'alarm.actions-enabled': 'alarm',
  'alarm.sns-action': 'alarm',
  'topic.delivery': 'topic',
  'subscription.confirmed': 'subscription'
}
const LINKS: LinkName[] = ['trail', 'metric filter', 'alarm', 'topic', 'subscription']
const SEVERITY: Record<FindingStatus, number> = { pass: 0, warn: 1, manual: 2, fail: 3 }

export function evaluate(state: AccountState, options: JudgeOptions): Report {
  const ctx = createContext(state, options)
  const judged = enumerateChains(state).map((chain) => ({ chain, findings: judgeChain(ctx, chain) }))
  const best = pickBest(judged)
  const status = overallStatus(best.findings)
  const c = best.chain
  const report: Report = {
    control: ctx.control.id,
    status,
    compliant: status === 'pass',
    region: state.region,
    identity: state.identity,
    chain: chainLinks(best.findings, c),
    findings: best.findings,
    securityHub: predictSecurityHub(ctx, best.findings, c),
    logGroupName: c.group?.name,
    metricFilterName: c.filter?.name,
    alarmArn: c.alarm?.arn,
    topicArn: c.topic?.arn
  }
  if (state.source && state.source.kind !== 'account') report.source = state.source
  const notes = [...(state.notes ?? [])]
  // Alarm history is extra evidence: where it could not be read, say so beside the verdict (it never changes it).
  if (c.alarm?.history && !c.alarm.history.ok) {
    notes.push(
      `The alarm history (cloudwatch:DescribeAlarmHistory) could not be read: ${c.alarm.history.problem.message}. The verdict rests on the configuration alone.`
    )
  }
  if (notes.length) report.notes = notes
  return report
}

/** Every trail → filter → metric → alarm → topic path, stopping where a link is missing. */
export function enumerateChains(state: AccountState): Chain[] {
  if (!state.trails.ok || state.trails.value.length === 0) {
    // State read from code with no trail in it: the code's log groups are still followed (the trail stays undecided).
    const groups = state.logGroups ?? []
    return groups.length ? groups.flatMap((group) => chainsFrom(undefined, group)) : [{}]
  }
  return state.trails.value.flatMap((trail) => chainsFrom(trail, trail.logGroup))
}

function chainsFrom(trail: TrailState | undefined, group: LogGroupState | undefined): Chain[] {
  if (!group || !group.metricFilters.ok || group.metricFilters.value.length === 0) return [{ trail, group }]
  const out: Chain[] = []
  for (const filter of group.metricFilters.value) {
    for (const transformation of filter.transformations.length ? filter.transformations : [undefined]) {
      const alarms = transformation?.alarms.ok ? transformation.alarms.value : []
      if (alarms.length === 0) {
        out.push({ trail, group, filter, transformation })
        continue
      }
      for (const alarm of alarms) {
        const topics = Object.values(alarm.topics)
        if (topics.length === 0) out.push({ trail, group, filter, transformation, alarm })
        for (const topic of topics) out.push({ trail, group, filter, transformation, alarm, topic })
      }
    }
  }
  return out
}

/** Every check of one chain, link by link, in chain order. */
export function judgeChain(ctx: JudgeContext, c: Chain): ChainFinding[] {
  const verdicts: Verdict[] = [
    ...judgeTrailLink(ctx, c),
    ...judgeFilterLink(ctx, c),
    ...judgeAlarmLink(ctx, c),
    judgeTopicLink(ctx, c),
    judgeSubscriptionLink(ctx, c)
  ].map((v) => withUnresolved(c, v))
  // Every link that exists is judged, so one run shows every fix. A link that is missing only because something
  // before it could not be decided is undecided (manual), not failed.
  let undecided: FindingId | undefined
  const findings = verdicts.map((v) => {
    if (undecided && v.absent && (v.status === 'fail' || v.status === 'warn')) {
      return {
        ...toFinding(ctx, {
          ...v,
          status: 'manual',
          message: `Not decided: it depends on ${undecided}, which could not be decided.`,
          fix: undefined
        }),
        dependsOn: undecided
      }
    }
    if (v.status === 'manual' && !undecided) undecided = v.id
    return toFinding(ctx, v)
  })
  return findings.sort((a, b) => FINDING_IDS.indexOf(a.id) - FINDING_IDS.indexOf(b.id))
}

/** Ranks: a passing chain, then one blocked only by undecidable checks, then the one that got furthest. */
function pickBest<T extends { findings: Finding[] }>(judged: T[]): T {
  const rank = (findings: Finding[]) => {
    const status = overallStatus(findings)
    const reached = findings.findIndex((f) => f.status === 'fail' || f.status === 'manual')
    return [
      status === 'pass' ? 2 : status === 'manual' ? 1 : 0,
      reached === -1 ? FINDING_IDS.length : reached,
      findings.filter((f) => f.status === 'pass').length
    ]
  }
  let best = judged[0]
  let bestRank = rank(best.findings)
  for (const j of judged.slice(1)) {
    const r = rank(j.findings)
    const better =
      r[0] !== bestRank[0] ? r[0] > bestRank[0] : r[1] !== bestRank[1] ? r[1] > bestRank[1] : r[2] > bestRank[2]
    if (better) {
      best = j
      bestRank = r
    }
  }
  return best
}

export function overallStatus(findings: Finding[]): OverallStatus {
  if (findings.some((f) => f.status === 'fail')) return 'fail'
  if (findings.some((f) => f.status === 'manual')) return 'manual'
  return 'pass'
}

function chainLinks(findings: ChainFinding[], c: Chain): ChainLink[] {
  const resourceOf: Record<LinkName, string | undefined> = {
    trail: c.trail?.arn,
    'metric filter': c.filter && c.group ? filterResource(c.group, c.filter) : undefined,
    alarm: c.alarm?.arn,
    topic: c.topic?.arn,
    subscription: c.topic?.arn
  }
  const topicName = c.topic ? c.topic.arn.split(':')[5] || c.topic.arn : undefined
  const nameOf: Record<LinkName, string | undefined> = {
    trail: c.trail?.name,
    'metric filter': c.filter && c.group ? `${c.filter.name} (on ${c.group.name})` : undefined,
    alarm: c.alarm?.name,
    topic: topicName,
    subscription: topicName && `subscriptions of ${topicName}`
  }
  return LINKS.map((link) => {
    const mine = findings.filter(
      (f) => LINK_OF[f.id] === link && !(f.id === 'filter.security-hub-text' && f.status === 'warn')
    )
    const worst = mine.reduce((w, f) => (SEVERITY[f.status] > SEVERITY[w.status] ? f : w), mine[0])
    const chainLink: ChainLink = { link, resource: resourceOf[link] ?? '—', status: worst.status, why: worst.message }
    if (nameOf[link]) chainLink.name = nameOf[link]
    return chainLink
  })
}
