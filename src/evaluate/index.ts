// Pure evaluation: account state → findings for every candidate chain → the report of the best one.
import type {
  AccountState,
  AlarmState,
  LogGroupState,
  MetricFilterState,
  MetricTransformation,
  ReadProblem,
  TopicState,
  TrailState
} from '../model/state.js'
import type { ChainLink, Finding, FindingId, FindingStatus, LinkName, OverallStatus, Report } from '../model/report.js'
import { judgePattern, type PatternJudgement } from '../pattern/index.js'
import { judgeSelectors } from './trail.js'
import { judgeFiresOnOneEvent } from './alarm.js'
import { judgeTopicDelivery } from './topic.js'
import * as fix from './remediation.js'

export interface EvaluateOptions {
  /** `security-hub` also requires the exact text Security Hub CloudWatch.7 accepts. */
  patternPolicy: 'semantic' | 'security-hub'
  /** Names used in remediation commands for resources that do not exist yet. */
  names?: Partial<typeof fix.DEFAULT_NAMES>
}

const TITLES: Record<FindingId, string> = {
  'trail.multi-region-logging': 'A multi-region CloudTrail trail is logging',
  'trail.management-events': 'The trail records management write events',
  'trail.kms-events-included': 'The trail does not exclude KMS events',
  'trail.cloudwatch-logs': 'The trail delivers to CloudWatch Logs',
  'filter.pattern': 'A metric filter matches every DisableKey and ScheduleKeyDeletion event',
  'filter.metric-value': 'The metric filter counts each event with a positive value',
  'filter.security-hub-text': 'The filter pattern is the text Security Hub CloudWatch.7 expects',
  'alarm.exists': 'An alarm watches the metric',
  'alarm.fires-on-one-event': 'The alarm fires on a single event',
  'alarm.actions-enabled': 'The alarm actions are enabled',
  'alarm.sns-action': 'The alarm notifies an SNS topic',
  'topic.delivery': 'CloudWatch can deliver to the SNS topic',
  'subscription.confirmed': 'The topic has a confirmed subscription'
}

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

const ORDER = Object.keys(TITLES) as FindingId[]

interface Candidate {
  trail?: TrailState
  group?: LogGroupState
  filter?: MetricFilterState
  transformation?: MetricTransformation
  alarm?: AlarmState
  topic?: TopicState
}

interface Context {
  state: AccountState
  options: EvaluateOptions
  patterns: Map<string, PatternJudgement>
}

export function evaluate(state: AccountState, options: EvaluateOptions): Report {
  const ctx: Context = { state, options, patterns: new Map() }
  const candidates = enumerateCandidates(state)
  const judged = candidates.map((c) => ({ candidate: c, findings: judgeCandidate(ctx, c) }))
  const best = pickBest(judged)
  const status = overallStatus(best.findings)
  const c = best.candidate
  return {
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
}

/** Every trail → filter → metric → alarm → topic path, stopping where a link is missing. */
function enumerateCandidates(state: AccountState): Candidate[] {
  if (!state.trails.ok || state.trails.value.length === 0) return [{}]
  const out: Candidate[] = []
  for (const trail of state.trails.value) {
    const group = trail.logGroup
    if (!group || !group.metricFilters.ok || group.metricFilters.value.length === 0) {
      out.push({ trail, group })
      continue
    }
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
  }
  return out
}

/** Ranks: a passing chain, then one blocked only by undecidable checks, then the one that got furthest. */
function pickBest(judged: { candidate: Candidate; findings: Finding[] }[]) {
  const rank = (findings: Finding[]) => {
    const status = overallStatus(findings)
    const reached = findings.findIndex((f) => f.status === 'fail' || f.status === 'manual')
    return [
      status === 'pass' ? 2 : status === 'manual' ? 1 : 0,
      reached === -1 ? ORDER.length : reached,
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

function overallStatus(findings: Finding[]): OverallStatus {
  if (findings.some((f) => f.status === 'fail')) return 'fail'
  if (findings.some((f) => f.status === 'manual')) return 'manual'
  return 'pass'
}

function judgeCandidate(ctx: Context, c: Candidate): Finding[] {
  const findings: Finding[] = []
  const region = ctx.state.region
  // Every link that exists is judged, so one run shows every fix. A link that is missing only because something
  // before it could not be read is undecided (manual), not failed.
  let undecided: FindingId | undefined
  const add = (
    id: FindingId,
    status: FindingStatus,
    resource: string,
    where: string,
    message: string,
    remediation = '',
    absent = false
  ) => {
    if (undecided && absent && status === 'fail') {
      findings.push(
        make(id, 'manual', resource, where, `Not decided: it depends on ${undecided}, which could not be decided.`, '')
      )
      return
    }
    findings.push(make(id, status, resource, where, message, status === 'pass' ? '' : remediation))
    if (status === 'manual' && !undecided) undecided = id
  }
  const names = { ...fix.DEFAULT_NAMES, ...ctx.options.names }

  // Trail
  const trails = ctx.state.trails
  const trail = c.trail
  if (!trail) {
    const manual = !trails.ok
    const message = manual ? problemText(trails.problem) : `No CloudTrail trail logs region ${region}.`
    const remediation = manual
      ? fix.fixReadProblem({ ...trails.problem, action: trails.problem.action ?? 'cloudtrail:DescribeTrails' })
      : `aws cloudtrail create-trail --region ${region} --name management-events --s3-bucket-name <bucket> --is-multi-region-trail\naws cloudtrail start-logging --region ${region} --name management-events`
    add('trail.multi-region-logging', manual ? 'manual' : 'fail', 'cloudtrail', region, message, remediation)
  } else {
    const home = trail.homeRegion
    if (!trail.status.ok) {
      add(
        'trail.multi-region-logging',
        'manual',
        trail.arn,
        home,
        trailProblemText(ctx, trail, trail.status.problem),
        fix.fixReadProblem(trail.status.problem)
      )
    } else {
      const logging = trail.status.value.isLogging
      const ok = trail.isMultiRegion && logging
      const message = ok
        ? `Trail ${trail.name} is multi-region and logging.`
        : `Trail ${trail.name} ${[!trail.isMultiRegion && 'is not multi-region', !logging && 'is not logging'].filter(Boolean).join(' and ')}.`
      add(
        'trail.multi-region-logging',
        ok ? 'pass' : 'fail',
        trail.arn,
        home,
        message,
        fix.fixTrailMultiRegionLogging(trail.name, home, trail.isMultiRegion, logging)
      )
    }
  }
  if (!trail) {
    for (const id of ['trail.management-events', 'trail.kms-events-included'] as const)
      add(id, 'fail', 'cloudtrail', region, 'No trail.', '', true)
  } else if (!trail.selectors.ok) {
    const problem = trail.selectors.problem
    for (const id of ['trail.management-events', 'trail.kms-events-included'] as const) {
      add(id, 'manual', trail.arn, trail.homeRegion, trailProblemText(ctx, trail, problem), fix.fixReadProblem(problem))
    }
  } else {
    const j = judgeSelectors(trail.selectors.value)
    add(
      'trail.management-events',
      j.managementWrite ? 'pass' : 'fail',
      trail.arn,
      trail.homeRegion,
      j.managementWrite ? 'Management write events are recorded.' : j.why,
      fix.fixTrailSelectors(trail.name, trail.homeRegion)
    )
    add(
      'trail.kms-events-included',
      j.kmsIncluded ? 'pass' : 'fail',
      trail.arn,
      trail.homeRegion,
      j.kmsIncluded ? 'KMS events are not excluded.' : j.why,
      fix.fixTrailSelectors(trail.name, trail.homeRegion)
    )
  }
  if (trail) {
    const deliveryError = trail.status.ok ? trail.status.value.latestCloudWatchLogsDeliveryError : undefined
    if (!trail.logGroupArn) {
      add(
        'trail.cloudwatch-logs',
        'fail',
        trail.arn,
        trail.homeRegion,
        `Trail ${trail.name} does not deliver to CloudWatch Logs.`,
        fix.fixTrailCloudWatchLogs(trail.name, trail.homeRegion, trail.account)
      )
    } else if (deliveryError) {
      add(
        'trail.cloudwatch-logs',
        'fail',
        trail.arn,
        trail.homeRegion,
        `Trail ${trail.name} reports a CloudWatch Logs delivery error: ${deliveryError}.`,
        `# check that the role ${trail.cloudWatchLogsRoleArn ?? '(none)'} can be assumed by cloudtrail.amazonaws.com and may call logs:CreateLogStream and logs:PutLogEvents on ${trail.logGroupArn}`
      )
    } else if (!c.group) {
      add(
        'trail.cloudwatch-logs',
        'fail',
        trail.arn,
        trail.homeRegion,
        `Trail ${trail.name} delivers to ${trail.logGroupArn}, which is not the log group asked for.`,
        fix.fixTrailCloudWatchLogs(trail.name, trail.homeRegion, trail.account)
      )
    } else {
      add(
        'trail.cloudwatch-logs',
        'pass',
        trail.arn,
        trail.homeRegion,
        `Trail ${trail.name} delivers to log group ${c.group.name}.`
      )
    }
  } else {
    add('trail.cloudwatch-logs', 'fail', 'cloudtrail', region, 'No trail.', '', true)
  }

  // Metric filter
  const group = c.group
  const groupRegion = group?.region ?? region
  const remediationNames: fix.RemediationNames = {
    ...names,
    region: groupRegion,
    trailName: trail?.name,
    logGroupName: group?.name,
    logGroupArn: group?.arn,
    metricName: c.transformation?.metricName ?? names.metricName,
    metricNamespace: c.transformation?.metricNamespace ?? names.metricNamespace,
    topicArn: c.topic?.arn
  }
  const judgement = c.filter ? judge(ctx, c.filter.pattern) : undefined
  if (!group) {
    add(
      'filter.pattern',
      'fail',
      'logs',
      region,
      'No log group to look for a metric filter in.',
      fix.fixMetricFilter(remediationNames),
      true
    )
  } else if (!group.metricFilters.ok) {
    const p = group.metricFilters.problem
    if (p.kind === 'not-found') {
      add(
        'filter.pattern',
        'fail',
        group.arn,
        group.region,
        `Log group ${group.name} does not exist.`,
        fix.fixTrailCloudWatchLogs(trail?.name ?? '<trail>', trail?.homeRegion ?? region, trail?.account ?? '')
      )
    } else {
      add('filter.pattern', 'manual', group.arn, group.region, problemText(p), fix.fixReadProblem(p))
    }
  } else if (!c.filter || !judgement) {
    add(
      'filter.pattern',
      'fail',
      group.arn,
      group.region,
      `Log group ${group.name} has no metric filter.`,
      fix.fixMetricFilter(remediationNames)
    )
  } else if (!judgement.valid || !judgement.covers) {
    const others = describeOtherFilters(ctx, group, c.filter)
    add(
      'filter.pattern',
      'fail',
      filterResource(group, c.filter),
      group.region,
      `Metric filter ${c.filter.name} does not match every DisableKey and ScheduleKeyDeletion event: ${judgement.explanation}${judgement.counterexample ? ` It misses, for example, the event ${eventGist(judgement.counterexample)}.` : ''}${others}`,
      fix.fixMetricFilter({ ...remediationNames, filterName: c.filter.name })
    )
  } else if (judgement.broad) {
    add(
      'filter.pattern',
      'warn',
      filterResource(group, c.filter),
      group.region,
      `Metric filter ${c.filter.name} matches every DisableKey and ScheduleKeyDeletion event, but also other events, so the alarm will fire on noise: ${judgement.explanation}${judgement.broadExample ? ` It also matches, for example, the event ${eventGist(judgement.broadExample)}.` : ''}`,
      fix.fixMetricFilter({ ...remediationNames, filterName: c.filter.name })
    )
  } else {
    add(
      'filter.pattern',
      'pass',
      filterResource(group, c.filter),
      group.region,
      `Metric filter ${c.filter.name} matches exactly the DisableKey and ScheduleKeyDeletion events.`
    )
  }
  const t = c.transformation
  if (c.filter && group) {
    const value = t ? Number(t.metricValue) : NaN
    if (!t)
      add(
        'filter.metric-value',
        'fail',
        filterResource(group, c.filter),
        group.region,
        `Metric filter ${c.filter.name} publishes no metric.`,
        fix.fixMetricFilter(remediationNames)
      )
    else if (!(value > 0))
      add(
        'filter.metric-value',
        'fail',
        filterResource(group, c.filter),
        group.region,
        `Metric filter ${c.filter.name} publishes metricValue ${JSON.stringify(t.metricValue)}; it must be a positive number such as 1.`,
        fix.fixMetricFilter({ ...remediationNames, filterName: c.filter.name })
      )
    else
      add(
        'filter.metric-value',
        'pass',
        filterResource(group, c.filter),
        group.region,
        `Each match adds ${value} to ${t.metricNamespace}/${t.metricName}.`
      )
  } else {
    add(
      'filter.metric-value',
      'fail',
      group?.arn ?? 'logs',
      groupRegion,
      'No metric filter covers the control, so no metric counts the events.',
      fix.fixMetricFilter(remediationNames),
      true
    )
  }
  if (judgement?.valid) {
    const strict = ctx.options.patternPolicy === 'security-hub'
    add(
      'filter.security-hub-text',
      judgement.prescribedText ? 'pass' : strict ? 'fail' : 'warn',
      filterResource(group!, c.filter!),
      groupRegion,
      judgement.prescribedText
        ? `The pattern is the ${judgement.prescribedForm === 'security-hub' ? 'Security Hub' : 'CIS'} text Security Hub CloudWatch.7 accepts.`
        : 'Security Hub CloudWatch.7 accepts only the exact pattern text prescribed by CIS; this pattern differs, so Security Hub will report FAILED even where this check passes.',
      fix.fixMetricFilter({ ...remediationNames, filterName: c.filter!.name })
    )
  } else {
    const unreadable = group && !group.metricFilters.ok
    add(
      'filter.security-hub-text',
      unreadable ? 'manual' : ctx.options.patternPolicy === 'security-hub' ? 'fail' : 'warn',
      group?.arn ?? 'logs',
      groupRegion,
      unreadable
        ? 'Not decided: the metric filters could not be read.'
        : 'No valid metric filter pattern to compare with the prescribed text.',
      unreadable ? '' : fix.fixMetricFilter(remediationNames)
    )
  }

  // Alarm
  const alarm = c.alarm
  const metricLabel = t ? `${t.metricNamespace}/${t.metricName}` : 'the metric'
  if (t && !t.alarms.ok) {
    add(
      'alarm.exists',
      'manual',
      metricLabel,
      groupRegion,
      problemText(t.alarms.problem),
      fix.fixReadProblem(t.alarms.problem)
    )
  } else if (!alarm) {
    add(
      'alarm.exists',
      'fail',
      metricLabel,
      groupRegion,
      `No CloudWatch alarm watches ${metricLabel}.`,
      fix.fixAlarm(remediationNames),
      !t
    )
  } else {
    add('alarm.exists', 'pass', alarm.arn, groupRegion, `Alarm ${alarm.name} watches ${metricLabel}.`)
  }
  if (alarm && t) {
    const fires = judgeFiresOnOneEvent(alarm, Number(t.metricValue) || 0, t.defaultValue !== undefined)
    add(
      'alarm.fires-on-one-event',
      fires.fires ? 'pass' : 'fail',
      alarm.arn,
      groupRegion,
      fires.why,
      fix.fixAlarm({ ...remediationNames, alarmName: alarm.name })
    )
    add(
      'alarm.actions-enabled',
      alarm.actionsEnabled ? 'pass' : 'fail',
      alarm.arn,
      groupRegion,
      alarm.actionsEnabled
        ? `Alarm ${alarm.name} has its actions enabled.`
        : `Alarm ${alarm.name} has its actions disabled: it changes state but notifies nobody.`,
      fix.fixEnableAlarmActions(alarm.name, groupRegion)
    )
    const snsActions = Object.keys(alarm.topics)
    add(
      'alarm.sns-action',
      snsActions.length ? 'pass' : 'fail',
      alarm.arn,
      groupRegion,
      snsActions.length
        ? `Alarm ${alarm.name} notifies ${snsActions.join(', ')}.`
        : `Alarm ${alarm.name} has no SNS topic among its alarm actions.`,
      fix.fixAlarm({ ...remediationNames, alarmName: alarm.name })
    )
  } else {
    for (const id of ['alarm.fires-on-one-event', 'alarm.actions-enabled', 'alarm.sns-action'] as const)
      add(id, 'fail', metricLabel, groupRegion, 'No alarm.', fix.fixAlarm(remediationNames), true)
  }

  // Topic and subscription
  const topic = c.topic
  const topicRegion = topic?.arn.split(':')[3] ?? groupRegion
  if (!topic) {
    add(
      'topic.delivery',
      'fail',
      'sns',
      groupRegion,
      'No SNS topic.',
      `${fix.fixTopic(remediationNames)}\n${fix.fixAlarm(remediationNames)}`,
      true
    )
  } else if (!topic.attributes.ok) {
    const p = topic.attributes.problem
    if (p.kind === 'not-found')
      add(
        'topic.delivery',
        'fail',
        topic.arn,
        topicRegion,
        `Topic ${topic.arn} does not exist: the alarm notifies nobody.`,
        `${fix.fixTopic({ ...remediationNames, topicName: topic.arn.split(':')[5] ?? names.topicName, region: topicRegion })}`
      )
    else add('topic.delivery', 'manual', topic.arn, topicRegion, problemText(p), fix.fixReadProblem(p))
  } else {
    const d = judgeTopicDelivery(topic.attributes.value)
    add(
      'topic.delivery',
      d.delivers ? 'pass' : 'fail',
      topic.arn,
      topicRegion,
      d.why,
      fix.fixTopicEncryption(topic.arn, topicRegion)
    )
  }
  if (!topic) {
    add(
      'subscription.confirmed',
      'fail',
      'sns',
      groupRegion,
      'No SNS topic, so no subscription.',
      fix.fixSubscription('<sns-topic-arn>', groupRegion),
      true
    )
  } else if (!topic.subscriptions.ok) {
    const p = topic.subscriptions.problem
    add('subscription.confirmed', 'manual', topic.arn, topicRegion, problemText(p), fix.fixReadProblem(p))
  } else {
    const subs = topic.subscriptions.value
    const confirmed = subs.filter((s) => s.confirmed)
    const pending = subs.length - confirmed.length
    add(
      'subscription.confirmed',
      confirmed.length ? 'pass' : 'fail',
      topic.arn,
      topicRegion,
      confirmed.length
        ? `${confirmed.length} confirmed subscription${confirmed.length > 1 ? 's' : ''} (${[...new Set(confirmed.map((s) => s.protocol))].join(', ')}).`
        : pending
          ? `The topic has ${pending} subscription${pending > 1 ? 's' : ''} pending confirmation and none confirmed: nobody receives the alarm until someone confirms.`
          : 'The topic has no subscription: nobody receives the alarm.',
      pending
        ? '# confirm the pending subscription from the message SNS sent to its endpoint, or:\n' +
            fix.fixSubscription(topic.arn, topicRegion)
        : fix.fixSubscription(topic.arn, topicRegion)
    )
  }
  return findings.sort((a, b) => ORDER.indexOf(a.id) - ORDER.indexOf(b.id))
}

function make(
  id: FindingId,
  status: FindingStatus,
  resource: string,
  region: string,
  message: string,
  remediation: string
): Finding {
  return { id, status, title: TITLES[id], resource, region, message, remediation }
}

function judge(ctx: Context, pattern: string): PatternJudgement {
  let j = ctx.patterns.get(pattern)
  if (!j) {
    j = judgePattern(pattern)
    ctx.patterns.set(pattern, j)
  }
  return j
}

/** The fields of an example event a reader needs (the full event is one `cmk-alarm pattern check` away). */
export function eventGist(eventJson: string): string {
  try {
    const e = JSON.parse(eventJson) as Record<string, unknown> & { userIdentity?: Record<string, unknown> }
    const gist: Record<string, unknown> = { eventSource: e.eventSource, eventName: e.eventName }
    if (e.errorCode !== undefined) gist.errorCode = e.errorCode
    if (e.userIdentity) gist.userIdentity = { type: e.userIdentity.type, arn: e.userIdentity.arn }
    return JSON.stringify(gist)
  } catch {
    return eventJson.length > 200 ? `${eventJson.slice(0, 197)}...` : eventJson
  }
}

function filterResource(group: LogGroupState, filter: MetricFilterState): string {
  return `${group.arn}:metric-filter:${filter.name}`
}

function describeOtherFilters(ctx: Context, group: LogGroupState, chosen: MetricFilterState): string {
  if (!group.metricFilters.ok) return ''
  const others = group.metricFilters.value.filter((f) => f !== chosen)
  if (others.length === 0) return ''
  return ` Other filters on the group do not cover it either (${others.length} checked).`
}

function problemText(p: ReadProblem): string {
  if (p.kind === 'access-denied')
    return `Could not decide: ${p.message}. Grant ${p.action} to the identity running the check.`
  return `Could not decide: ${p.message}`
}

/** A trail owned by another account (an organization trail seen from a member account) is read there, not here. */
function trailProblemText(ctx: Context, trail: TrailState, p: ReadProblem): string {
  const account = ctx.state.identity?.account
  if (account && trail.account && trail.account !== account) {
    return `Could not decide: ${trail.isOrganizationTrail ? 'organization ' : ''}trail ${trail.name} belongs to account ${trail.account}, and ${p.action ?? 'the read'} from account ${account} did not succeed (${p.kind}). Run the check with credentials for account ${trail.account}.`
  }
  return problemText(p)
}

const LINKS: LinkName[] = ['trail', 'metric filter', 'alarm', 'topic', 'subscription']
const SEVERITY: Record<FindingStatus, number> = { pass: 0, warn: 1, manual: 2, fail: 3 }

function chainLinks(findings: Finding[], c: Candidate): ChainLink[] {
  const resourceOf: Record<LinkName, string | undefined> = {
    trail: c.trail?.arn,
    'metric filter': c.filter && c.group ? filterResource(c.group, c.filter) : undefined,
    alarm: c.alarm?.arn,
    topic: c.topic?.arn,
    subscription: c.topic?.arn
  }
  return LINKS.map((link) => {
    const mine = findings.filter(
      (f) => LINK_OF[f.id] === link && !(f.id === 'filter.security-hub-text' && f.status === 'warn')
    )
    const worst = mine.reduce((w, f) => (SEVERITY[f.status] > SEVERITY[w.status] ? f : w), mine[0])
    return { link, resource: resourceOf[link] ?? '—', status: worst.status, why: worst.message }
  })
}

function predictSecurityHub(ctx: Context, findings: Finding[], c: Candidate): Report['securityHub'] {
  const byId = new Map(findings.map((f) => [f.id, f]))
  if (c.trail && ctx.state.identity && c.trail.account !== ctx.state.identity.account) {
    return {
      prediction: 'unknown',
      reason: 'The trail belongs to another account: Security Hub reports NO_DATA for it here.'
    }
  }
  if (c.trail && c.trail.homeRegion !== ctx.state.region) {
    return {
      prediction: 'unknown',
      reason: `Security Hub evaluates this multi-region trail only in its home region ${c.trail.homeRegion}.`
    }
  }
  const blocking = findings.filter((f) => f.status === 'fail' && f.id !== 'filter.security-hub-text')
  if (blocking.length > 0) return { prediction: 'fail', reason: `Fails on ${blocking[0].id}.` }
  if (byId.get('filter.security-hub-text')?.status !== 'pass') {
    return {
      prediction: 'fail',
      reason: 'The filter pattern is not the exact text CIS prescribes; Security Hub compares text.'
    }
  }
  if (findings.some((f) => f.status === 'manual'))
    return { prediction: 'unknown', reason: 'Some checks could not be decided.' }
  return { prediction: 'pass', reason: 'Every link Security Hub checks is in place with the prescribed pattern text.' }
}
