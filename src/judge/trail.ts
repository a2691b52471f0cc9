// The trail link: is there a multi-region trail, logging, recording the control's events, into CloudWatch Logs?
import { DEFAULT_CONTROL } from '../controls/index.js'
import type { EventTarget } from '../controls/types.js'
import type {
  AdvancedEventSelector,
  AdvancedFieldSelector,
  EventSelectors,
  ReadProblem,
  TrailState
} from '../model/state.js'
import { problemText, type Chain, type JudgeContext, type Verdict } from './context.js'
import * as fix from './remediation.js'

/** The fields CloudTrail's advanced selectors can test, for one management event. */
type EventFields = Record<string, string>

function writeEvent(eventSource: string, eventName: string): EventFields {
  return { eventCategory: 'Management', readOnly: 'false', eventSource, eventName, eventType: 'AwsApiCall' }
}

// Advanced selectors: Equals/StartsWith/EndsWith values are ORed, the Not* operators are ANDed, and the operators of
// one field selector and the field selectors of one event selector are all ANDed (CloudTrail API reference,
// AdvancedFieldSelector).
function fieldMatches(selector: AdvancedFieldSelector, fields: EventFields): boolean {
  const value = fields[selector.field]
  if (value === undefined) return true // a field the event does not carry cannot be used to drop it
  const positives = [
    ...(selector.equals ?? []).map((v) => value === v),
    ...(selector.startsWith ?? []).map((v) => value.startsWith(v)),
    ...(selector.endsWith ?? []).map((v) => value.endsWith(v))
  ]
  if (positives.length > 0 && !positives.some(Boolean)) return false
  if ((selector.notEquals ?? []).some((v) => value === v)) return false
  if ((selector.notStartsWith ?? []).some((v) => value.startsWith(v))) return false
  if ((selector.notEndsWith ?? []).some((v) => value.endsWith(v))) return false
  return true
}

function advancedSelects(selector: AdvancedEventSelector, fields: EventFields): boolean {
  const isManagement = selector.fieldSelectors.some(
    (f) => f.field === 'eventCategory' && (f.equals ?? []).includes('Management')
  )
  return isManagement && selector.fieldSelectors.every((f) => fieldMatches(f, fields))
}

export interface SelectorJudgement {
  managementWrite: boolean
  /** The target events are recorded (not excluded by source or filtered out). */
  kmsIncluded: boolean
  why: string
}

/** Judges the selectors: are management write events recorded, and among them the control's target calls? */
export function judgeSelectors(
  selectors: EventSelectors,
  target: EventTarget = DEFAULT_CONTROL.target
): SelectorJudgement {
  const source = target.eventSource
  if (selectors.advanced.length > 0) {
    const probes = [writeEvent(source, 'CreateKey'), writeEvent('ec2.amazonaws.com', 'RunInstances')]
    const writes = selectors.advanced.some((s) => probes.some((event) => advancedSelects(s, event)))
    const included = target.eventNames.every((call) =>
      selectors.advanced.some((s) => advancedSelects(s, writeEvent(source, call)))
    )
    return {
      managementWrite: writes,
      kmsIncluded: included,
      why: !writes
        ? 'No advanced event selector records management write events (eventCategory = Management, readOnly not limited to true).'
        : !included
          ? `The advanced event selectors filter out ${source} ${target.eventNames.join('/')} events.`
          : `An advanced event selector records management write events, ${source} included.`
    }
  }
  if (selectors.basic.length === 0) {
    // CloudTrail's default for a trail with no selectors set is all management events, read and write.
    return {
      managementWrite: true,
      kmsIncluded: true,
      why: 'No event selectors: CloudTrail logs all management events by default.'
    }
  }
  const managementWrite = selectors.basic.filter(
    (s) => s.includeManagementEvents !== false && (s.readWriteType ?? 'All') !== 'ReadOnly'
  )
  const included = managementWrite.some((s) => !s.excludeManagementEventSources.includes(source))
  return {
    managementWrite: managementWrite.length > 0,
    kmsIncluded: included,
    why:
      managementWrite.length === 0
        ? 'No event selector records management write events (IncludeManagementEvents true with ReadWriteType All or WriteOnly).'
        : !included
          ? `ExcludeManagementEventSources contains ${source}: its events are not logged.`
          : `Management write events are recorded, ${source} included.`
  }
}

/** A trail owned by another account (an organization trail seen from a member account) is read there, not here. */
function trailProblemText(ctx: JudgeContext, trail: TrailState, p: ReadProblem): string {
  const account = ctx.state.identity?.account
  if (account && trail.account && trail.account !== account) {
    return `Could not decide: ${trail.isOrganizationTrail ? 'organization ' : ''}trail ${trail.name} belongs to account ${trail.account}, and ${p.action ?? 'the read'} from account ${account} did not succeed (${p.kind}). Run the check with credentials for account ${trail.account}.`
  }
  return problemText(p)
}

/** A logging trail whose last delivery to CloudWatch Logs is older than this is worth a warning. */
export const STALE_DELIVERY_HOURS = 24

export function judgeTrailLink(ctx: JudgeContext, c: Chain): Verdict[] {
  const region = ctx.state.region
  const trails = ctx.state.trails
  const trail = c.trail
  if (!trail) {
    const manual = !trails.ok
    const first: Verdict = manual
      ? {
          id: 'trail.multi-region-logging',
          status: 'manual',
          resource: '',
          region,
          message: problemText(trails.problem),
          fix: fix.fixReadProblem({ ...trails.problem, action: trails.problem.action ?? 'cloudtrail:DescribeTrails' })
        }
      : {
          id: 'trail.multi-region-logging',
          status: 'fail',
          resource: '',
          region,
          message: `No CloudTrail trail logs region ${region}.`,
          fix: fix.fixCreateTrail(region, ctx.state.identity?.account)
        }
    const absent = (id: Verdict['id']): Verdict => ({
      id,
      status: 'fail',
      resource: '',
      region,
      message: `No trail logs region ${region}, so there is no trail to check.`,
      absent: true
    })
    return [
      first,
      absent('trail.management-events'),
      absent('trail.kms-events-included'),
      absent('trail.cloudwatch-logs')
    ]
  }

  const home = trail.homeRegion
  const at = { resource: trail.arn, region: home, location: trail.location }
  const out: Verdict[] = []
  if (!trail.status.ok) {
    out.push({
      id: 'trail.multi-region-logging',
      status: 'manual',
      ...at,
      message: trailProblemText(ctx, trail, trail.status.problem),
      fix: fix.fixReadProblem(trail.status.problem)
    })
  } else {
    const logging = trail.status.value.isLogging
    const ok = trail.isMultiRegion && logging
    const broken = [!trail.isMultiRegion && 'is not multi-region', !logging && 'is not logging'].filter(Boolean)
    out.push({
      id: 'trail.multi-region-logging',
      status: ok ? 'pass' : 'fail',
      ...at,
      message: ok ? `Trail ${trail.name} is multi-region and logging.` : `Trail ${trail.name} ${broken.join(' and ')}.`,
      fix: fix.fixTrailMultiRegionLogging(trail.name, home, trail.isMultiRegion, logging)
    })
  }

  if (!trail.selectors.ok) {
    const problem = trail.selectors.problem
    for (const id of ['trail.management-events', 'trail.kms-events-included'] as const) {
      out.push({
        id,
        status: 'manual',
        ...at,
        message: trailProblemText(ctx, trail, problem),
        fix: fix.fixReadProblem(problem)
      })
    }
  } else {
    const j = judgeSelectors(trail.selectors.value, ctx.control.target)
    out.push({
      id: 'trail.management-events',
      status: j.managementWrite ? 'pass' : 'fail',
      ...at,
      message: j.managementWrite ? 'Management write events are recorded.' : j.why,
      fix: fix.fixTrailManagementEvents(trail.name, home, trail.selectors.value)
    })
    out.push({
      id: 'trail.kms-events-included',
      status: j.kmsIncluded ? 'pass' : 'fail',
      ...at,
      message: j.kmsIncluded ? `${ctx.control.target.eventSource} events are not excluded.` : j.why,
      fix: fix.fixTrailKmsIncluded(trail.name, home, ctx.control.target, trail.selectors.value)
    })
  }

  // GetTrailStatus reports CloudTrail's own view of the delivery (CloudTrail API reference, GetTrailStatus:
  // LatestCloudWatchLogsDeliveryError, LatestCloudWatchLogsDeliveryTime): a delivery error means events stop short of
  // the log group, so the metric filter never sees them.
  const deliveryError = trail.status.ok ? trail.status.value.latestCloudWatchLogsDeliveryError : undefined
  const deliveredAt = trail.status.ok ? trail.status.value.latestCloudWatchLogsDeliveryTime : undefined
  const lastDelivery = deliveredAt ? ` The last delivery was at ${deliveredAt}.` : ''
  const hoursSince =
    deliveredAt && ctx.state.readAt ? (Date.parse(ctx.state.readAt) - Date.parse(deliveredAt)) / 3_600_000 : undefined
  if (!trail.logGroupArn) {
    out.push({
      id: 'trail.cloudwatch-logs',
      status: 'fail',
      ...at,
      message: `Trail ${trail.name} does not deliver to CloudWatch Logs.`,
      fix: fix.fixTrailCloudWatchLogs(trail.name, home, trail.account)
    })
  } else if (deliveryError) {
    out.push({
      id: 'trail.cloudwatch-logs',
      status: 'fail',
      ...at,
      message: `Trail ${trail.name} reports a CloudWatch Logs delivery error: ${deliveryError}. Events that CloudTrail cannot deliver never reach the metric filter.${lastDelivery}`,
      fix: fix.fixTrailDelivery(trail.name, trail.cloudWatchLogsRoleArn, trail.logGroupArn, home)
    })
  } else if (!c.group) {
    // The source reads only the log group asked for (log-group-name); a trail delivering elsewhere is not followed.
    out.push({
      id: 'trail.cloudwatch-logs',
      status: 'fail',
      ...at,
      message: `Trail ${trail.name} delivers to ${trail.logGroupArn}, which is not the log group asked for.`,
      fix: fix.fixTrailCloudWatchLogs(trail.name, home, trail.account)
    })
  } else if (
    hoursSince !== undefined &&
    hoursSince > STALE_DELIVERY_HOURS &&
    trail.status.ok &&
    trail.status.value.isLogging
  ) {
    out.push({
      id: 'trail.cloudwatch-logs',
      status: 'warn',
      ...at,
      message: `Trail ${trail.name} delivers to log group ${c.group.name}, but CloudTrail last delivered there ${Math.floor(hoursSince)} hours ago (${deliveredAt}), although the trail is logging: check that the delivery still works.`,
      fix: fix.fixTrailDelivery(trail.name, trail.cloudWatchLogsRoleArn, trail.logGroupArn, home)
    })
  } else {
    out.push({
      id: 'trail.cloudwatch-logs',
      status: 'pass',
      ...at,
      message: `Trail ${trail.name} delivers to log group ${c.group.name}.${lastDelivery}`
    })
  }
  return out
}
