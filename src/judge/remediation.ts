// The fixes: what to change, and the AWS CLI commands of the CIS remediation filled in with the account's real names
// (and, for what does not exist yet, the names enforce would give it).
import type { ControlDescriptor, EventTarget, ResourceNames } from '../controls/types.js'
import type { Fix } from '../model/report.js'
import type { AdvancedEventSelector, AdvancedFieldSelector, EventSelectors, ReadProblem } from '../model/state.js'
import type { Chain, JudgeContext } from './context.js'

/**
 * Quotes a value for a POSIX shell so a hostile name cannot break out of the command. Single quotes are literal in
 * bash and zsh alike; a bare word is left bare only when neither shell expands anything in it (zsh expands a leading
 * `=` to a command's path, both expand `*`, `?`, `~`, `<`, `>` and the rest).
 */
export function shellQuote(value: string): string {
  return /^[A-Za-z0-9_./:@,+-][A-Za-z0-9_./:=@,+-]*$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`
}

const q = shellQuote

/** The account's names where it has them; the configured names (or the control's defaults) where it does not. */
export interface RemediationNames extends ResourceNames {
  region: string
  trailName?: string
  logGroupName?: string
  logGroupArn?: string
  topicArn?: string
}

export function fixTrailMultiRegionLogging(
  trailName: string,
  region: string,
  multiRegion: boolean,
  logging: boolean
): Fix {
  const lines: string[] = []
  if (!multiRegion)
    lines.push(`aws cloudtrail update-trail --region ${q(region)} --name ${q(trailName)} --is-multi-region-trail`)
  if (!logging) lines.push(`aws cloudtrail start-logging --region ${q(region)} --name ${q(trailName)}`)
  const what = [!multiRegion && 'make it multi-region', !logging && 'start its logging'].filter(Boolean).join(' and ')
  return { change: `Trail ${trailName}: ${what}.`, commands: lines.join('\n') }
}

/** The log group and role a trail's CloudWatch Logs delivery needs (CloudTrail User Guide, "Sending events to
 * CloudWatch Logs": a role cloudtrail.amazonaws.com assumes, allowed logs:CreateLogStream and logs:PutLogEvents). */
const TRAIL_LOG_GROUP = 'aws-cloudtrail-logs'
const TRAIL_ROLE = 'CloudTrail_CloudWatchLogs_Role'

function deliveryCommands(
  region: string,
  account: string | undefined
): { lines: string[]; groupArn: string; roleArn: string } {
  const a = account || '<account-id>'
  const partition = 'aws'
  const groupArn = `arn:${partition}:logs:${region}:${a}:log-group:${TRAIL_LOG_GROUP}:*`
  const roleArn = `arn:${partition}:iam::${a}:role/${TRAIL_ROLE}`
  const trust = JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { Service: 'cloudtrail.amazonaws.com' }, Action: 'sts:AssumeRole' }]
  })
  const permissions = JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        Resource: `arn:${partition}:logs:${region}:${a}:log-group:${TRAIL_LOG_GROUP}:log-stream:*`
      }
    ]
  })
  return {
    groupArn,
    roleArn,
    lines: [
      `aws logs create-log-group --region ${q(region)} --log-group-name ${q(TRAIL_LOG_GROUP)}`,
      `aws iam create-role --role-name ${q(TRAIL_ROLE)} --assume-role-policy-document ${q(trust)}`,
      `aws iam put-role-policy --role-name ${q(TRAIL_ROLE)} --policy-name cloudtrail-to-cloudwatch-logs \\`,
      `  --policy-document ${q(permissions)}`
    ]
  }
}

/** An account without a trail: a multi-region trail delivering to CloudWatch Logs (group and role), started. */
export function fixCreateTrail(region: string, account?: string): Fix {
  const d = deliveryCommands(region, account)
  return {
    change:
      'Create a multi-region trail that logs management events into a CloudWatch Logs group (with the role CloudTrail delivers through), and start it.',
    commands: [
      '# an S3 bucket whose bucket policy lets cloudtrail.amazonaws.com write the log files, then:',
      ...d.lines,
      `aws cloudtrail create-trail --region ${q(region)} --name management-events --s3-bucket-name ${q('<bucket>')} \\`,
      `  --is-multi-region-trail --cloud-watch-logs-log-group-arn ${q(d.groupArn)} \\`,
      `  --cloud-watch-logs-role-arn ${q(d.roleArn)}`,
      `aws cloudtrail start-logging --region ${q(region)} --name management-events`
    ].join('\n')
  }
}

type SelectorsFix = { kind: 'basic'; selectors: unknown[] } | { kind: 'advanced'; selectors: unknown[] }

function putSelectors(trailName: string, region: string, fixed: SelectorsFix): string {
  const flag = fixed.kind === 'basic' ? '--event-selectors' : '--advanced-event-selectors'
  return (
    `aws cloudtrail put-event-selectors --region ${q(region)} --trail-name ${q(trailName)} \\\n` +
    `  ${flag} ${q(JSON.stringify(fixed.selectors))}`
  )
}

function basicJson(s: EventSelectors['basic'][number], exclude: string[] = s.excludeManagementEventSources) {
  const out: Record<string, unknown> = {}
  if (s.readWriteType) out.ReadWriteType = s.readWriteType
  if (s.includeManagementEvents !== undefined) out.IncludeManagementEvents = s.includeManagementEvents
  if (s.dataResources?.length) out.DataResources = s.dataResources.map((d) => ({ Type: d.type, Values: d.values }))
  if (exclude.length || s.excludeManagementEventSources.length) out.ExcludeManagementEventSources = exclude
  return out
}

function advancedJson(s: AdvancedEventSelector) {
  const out: Record<string, unknown> = {}
  if (s.name) out.Name = s.name
  out.FieldSelectors = s.fieldSelectors.map((f) => {
    const field: Record<string, unknown> = { Field: f.field }
    for (const [key, name] of [
      ['equals', 'Equals'],
      ['notEquals', 'NotEquals'],
      ['startsWith', 'StartsWith'],
      ['notStartsWith', 'NotStartsWith'],
      ['endsWith', 'EndsWith'],
      ['notEndsWith', 'NotEndsWith']
    ] as const) {
      const values = f[key]
      if (values?.length) field[name] = values
    }
    return field
  })
  return out
}

const isManagement = (s: AdvancedEventSelector) =>
  s.fieldSelectors.some((f) => f.field === 'eventCategory' && (f.equals ?? []).includes('Management'))

/** One advanced field selector that no longer drops `values` of its field (its other values kept). */
function letThrough(f: AdvancedFieldSelector, values: readonly string[]): AdvancedFieldSelector | undefined {
  const out: AdvancedFieldSelector = {
    ...f,
    notEquals: f.notEquals?.filter((v) => !values.includes(v)),
    notStartsWith: f.notStartsWith?.filter((v) => !values.some((x) => x.startsWith(v))),
    notEndsWith: f.notEndsWith?.filter((v) => !values.some((x) => x.endsWith(v)))
  }
  const positives = [...(f.equals ?? []), ...(f.startsWith ?? []), ...(f.endsWith ?? [])]
  if (positives.length) {
    const missing = values.filter(
      (x) =>
        !(f.equals ?? []).includes(x) &&
        !(f.startsWith ?? []).some((v) => x.startsWith(v)) &&
        !(f.endsWith ?? []).some((v) => x.endsWith(v))
    )
    if (missing.length) out.equals = [...(f.equals ?? []), ...missing]
  }
  const left = [out.equals, out.notEquals, out.startsWith, out.notStartsWith, out.endsWith, out.notEndsWith]
  return left.some((v) => v?.length) ? out : undefined
}

const MANAGEMENT_SELECTOR = {
  Name: 'Management events',
  FieldSelectors: [{ Field: 'eventCategory', Equals: ['Management'] }]
}

/** The trail's own selectors with management write events recorded: data-event selectors and everything else kept. */
export function fixTrailManagementEvents(trailName: string, region: string, selectors?: EventSelectors): Fix {
  const change = `Trail ${trailName}: record management events, read and write, keeping its other event selectors.`
  if (!selectors)
    return {
      change,
      commands: putSelectors(trailName, region, {
        kind: 'basic',
        selectors: [{ ReadWriteType: 'All', IncludeManagementEvents: true }]
      })
    }
  if (selectors.advanced.length) {
    const management = selectors.advanced.filter(isManagement)
    const fixed = management.length
      ? selectors.advanced.map((s) =>
          isManagement(s) ? { ...s, fieldSelectors: s.fieldSelectors.filter((f) => f.field !== 'readOnly') } : s
        )
      : selectors.advanced
    const list: unknown[] = fixed.map(advancedJson)
    if (!management.length) list.push(MANAGEMENT_SELECTOR)
    return { change, commands: putSelectors(trailName, region, { kind: 'advanced', selectors: list }) }
  }
  const list: unknown[] = selectors.basic.map((s) =>
    s.includeManagementEvents !== false && s.readWriteType === 'ReadOnly' && !s.dataResources?.length
      ? basicJson({ ...s, readWriteType: 'All' })
      : basicJson(s)
  )
  const recordsWrites = selectors.basic.some(
    (s) => s.includeManagementEvents !== false && (s.readWriteType ?? 'All') !== 'ReadOnly'
  )
  const changedOne = selectors.basic.some(
    (s) => s.includeManagementEvents !== false && s.readWriteType === 'ReadOnly' && !s.dataResources?.length
  )
  if (!recordsWrites && !changedOne) list.push({ ReadWriteType: 'All', IncludeManagementEvents: true })
  return { change, commands: putSelectors(trailName, region, { kind: 'basic', selectors: list }) }
}

/** The trail's own selectors with only the exclusion of the control's events removed. */
export function fixTrailKmsIncluded(
  trailName: string,
  region: string,
  target: EventTarget,
  selectors?: EventSelectors
): Fix {
  const source = target.eventSource
  const change = `Trail ${trailName}: stop excluding ${source} ${target.eventNames.join('/')} events, keeping every other event selector as it is.`
  if (!selectors) {
    return {
      change,
      commands: putSelectors(trailName, region, {
        kind: 'basic',
        selectors: [{ ReadWriteType: 'All', IncludeManagementEvents: true, ExcludeManagementEventSources: [] }]
      })
    }
  }
  if (selectors.advanced.length) {
    const management = selectors.advanced.filter(isManagement)
    const list: unknown[] = selectors.advanced.map((s) => {
      if (!isManagement(s)) return advancedJson(s)
      const fields = s.fieldSelectors.flatMap((f) => {
        const fixed =
          f.field === 'eventSource'
            ? letThrough(f, [source])
            : f.field === 'eventName'
              ? letThrough(f, target.eventNames)
              : f
        return fixed ? [fixed] : []
      })
      return advancedJson({ ...s, fieldSelectors: fields })
    })
    if (!management.length) list.push(MANAGEMENT_SELECTOR)
    return { change, commands: putSelectors(trailName, region, { kind: 'advanced', selectors: list }) }
  }
  const list = selectors.basic.map((s) =>
    basicJson(
      s,
      s.excludeManagementEventSources.filter((x) => x !== source)
    )
  )
  return { change, commands: putSelectors(trailName, region, { kind: 'basic', selectors: list }) }
}

/** A trail that does not deliver to CloudWatch Logs: a log group, the role CloudTrail delivers through, the update. */
export function fixTrailCloudWatchLogs(trailName: string, region: string, account: string): Fix {
  const d = deliveryCommands(region, account)
  return {
    change: `Trail ${trailName}: deliver its events to a CloudWatch Logs group, through a role CloudTrail can assume.`,
    commands: [
      ...d.lines,
      `aws cloudtrail update-trail --region ${q(region)} --name ${q(trailName)} \\`,
      `  --cloud-watch-logs-log-group-arn ${q(d.groupArn)} \\`,
      `  --cloud-watch-logs-role-arn ${q(d.roleArn)}`
    ].join('\n')
  }
}

export function fixTrailDelivery(
  trailName: string,
  roleArn: string | undefined,
  logGroupArn: string,
  region?: string
): Fix {
  const role = roleArn?.split('/').pop()
  return {
    change: `Trail ${trailName}: repair its delivery to CloudWatch Logs (the role and the log group it names).`,
    commands: [
      `# the role ${roleArn ?? '(none)'} must trust cloudtrail.amazonaws.com and allow logs:CreateLogStream and`,
      `# logs:PutLogEvents on ${logGroupArn}; check both:`,
      ...(role
        ? [
            `aws iam get-role --role-name ${q(role)} --query Role.AssumeRolePolicyDocument`,
            `aws iam list-role-policies --role-name ${q(role)}`
          ]
        : []),
      `aws cloudtrail get-trail-status${region ? ` --region ${q(region)}` : ''} --name ${q(trailName)} --query '[LatestCloudWatchLogsDeliveryError,LatestCloudWatchLogsDeliveryTime]'`
    ].join('\n')
  }
}

export function fixMetricFilter(control: ControlDescriptor, n: RemediationNames): Fix {
  return {
    change: `Put a metric filter with the prescribed pattern on the log group${n.logGroupName ? ` ${n.logGroupName}` : ''}.`,
    commands:
      `aws logs put-metric-filter --region ${q(n.region)} --log-group-name ${q(n.logGroupName ?? '<trail-log-group-name>')} \\\n` +
      `  --filter-name ${q(n.filterName)} \\\n` +
      `  --metric-transformations metricName=${q(n.metricName)},metricNamespace=${q(n.metricNamespace)},metricValue=1 \\\n` +
      `  --filter-pattern ${q(control.patterns.cis)}`
  }
}

export function fixAlarm(control: ControlDescriptor, n: RemediationNames): Fix {
  const a = control.alarm
  return {
    change: `Alarm ${n.alarmName}: ${a.statistic} of ${n.metricNamespace}/${n.metricName} over ${a.period} s, ${a.comparisonOperator} ${a.threshold}, notifying the topic.`,
    commands:
      `aws cloudwatch put-metric-alarm --region ${q(n.region)} --alarm-name ${q(n.alarmName)} \\\n` +
      `  --metric-name ${q(n.metricName)} --namespace ${q(n.metricNamespace)} \\\n` +
      `  --statistic ${q(a.statistic)} --period ${q(String(a.period))} --threshold ${q(String(a.threshold))} --comparison-operator ${q(a.comparisonOperator)} \\\n` +
      `  --evaluation-periods ${q(String(a.evaluationPeriods))} --treat-missing-data ${q(a.treatMissingData)} --actions-enabled \\\n` +
      `  --alarm-actions ${q(n.topicArn ?? '<sns-topic-arn>')}`
  }
}

export function fixEnableAlarmActions(alarmName: string, region: string): Fix {
  return {
    change: `Alarm ${alarmName}: enable its actions.`,
    commands: `aws cloudwatch enable-alarm-actions --region ${q(region)} --alarm-names ${q(alarmName)}`
  }
}

export function fixTopic(n: Pick<RemediationNames, 'region' | 'topicName'>): Fix {
  return {
    change: `Create the SNS topic ${n.topicName}.`,
    commands: `aws sns create-topic --region ${q(n.region)} --name ${q(n.topicName)}`
  }
}

export function fixTopicEncryption(topicArn: string, region: string): Fix {
  return {
    change: 'Let CloudWatch publish to the topic: a topic policy that allows it, and no key CloudWatch cannot use.',
    commands:
      `# an AWS managed key cannot be used by CloudWatch: use a customer managed key whose policy lets cloudwatch.amazonaws.com\n` +
      `# call kms:Decrypt and kms:GenerateDataKey*, or remove encryption:\n` +
      `aws sns set-topic-attributes --region ${q(region)} --topic-arn ${q(topicArn)} \\\n` +
      `  --attribute-name KmsMasterKeyId --attribute-value ${q('<customer-managed-key-arn>')}`
  }
}

/** A statement as `#` comment lines, for a fix that needs it pasted into a policy. */
function commented(statement: unknown): string {
  const text = typeof statement === 'string' ? statement : JSON.stringify(statement, null, 2)
  return text
    .split('\n')
    .map((line) => `#   ${line}`)
    .join('\n')
}

/** Adds the statement that lets CloudWatch publish to the topic policy (read, edit, write back). */
export function fixTopicPolicy(topicArn: string, region: string, statement: unknown): Fix {
  const r = region ? ` --region ${q(region)}` : ''
  return {
    change: 'Let CloudWatch publish in the topic policy: add this statement, and remove any statement that denies it.',
    commands: [
      `aws sns get-topic-attributes${r} --topic-arn ${q(topicArn)} --query Attributes.Policy --output text > topic-policy.json`,
      '# add this statement to the Statement list of topic-policy.json, and remove any statement that denies it:',
      commented(statement),
      `aws sns set-topic-attributes${r} --topic-arn ${q(topicArn)} --attribute-name Policy --attribute-value file://topic-policy.json`
    ].join('\n')
  }
}

/** Adds the statement that lets CloudWatch use the key to its key policy (read, edit, write back). */
export function fixKeyPolicy(keyId: string, region: string, statement: string): Fix {
  const r = region ? ` --region ${q(region)}` : ''
  return {
    change:
      'Let CloudWatch use the topic key: add this statement to its key policy (kms:Decrypt, kms:GenerateDataKey*).',
    commands: [
      `aws kms get-key-policy${r} --key-id ${q(keyId)} --policy-name default --query Policy --output text > key-policy.json`,
      '# add this statement to the Statement list of key-policy.json:',
      commented(statement),
      `aws kms put-key-policy${r} --key-id ${q(keyId)} --policy-name default --policy file://key-policy.json`
    ].join('\n')
  }
}

/** A key that is not Enabled: enable it (cancelling a scheduled deletion first). */
export function fixKeyState(keyId: string, region: string, state: string): Fix {
  const r = region ? ` --region ${q(region)}` : ''
  if (state === 'Disabled' || state === 'PendingDeletion') {
    return {
      change: `Enable the topic's key (it is ${state}).`,
      commands: [
        ...(state === 'PendingDeletion' ? [`aws kms cancel-key-deletion${r} --key-id ${q(keyId)}`] : []),
        `aws kms enable-key${r} --key-id ${q(keyId)}`
      ].join('\n')
    }
  }
  return {
    change: `The topic's key is ${state}: encrypt the topic with an enabled customer managed key.`,
    commands: `# the key ${keyId} is ${state}; see the KMS key states, or re-encrypt the topic with an enabled customer managed key`
  }
}

/** After fixing what refused the last notification, make the alarm notify once to see it delivered. */
export function fixTestNotification(alarmName: string, region: string): Fix {
  const r = region ? ` --region ${q(region)}` : ''
  return {
    change:
      'Fix what refused the last notification (the message quotes AWS), then make the alarm notify once to check it.',
    commands: [
      '# after the fix, a test notification (the alarm returns to its real state at its next evaluation):',
      `aws cloudwatch set-alarm-state${r} --alarm-name ${q(alarmName)} --state-value ALARM --state-reason ${q('cmk-alarm delivery test')}`,
      `aws cloudwatch describe-alarm-history${r} --alarm-name ${q(alarmName)} --history-item-type Action --max-records 1`
    ].join('\n')
  }
}

/** A confirmed subscription whose filter policy drops alarm notifications: remove the filter policy. */
export function fixFilterPolicy(subscriptionArn: string, region: string): Fix {
  const r = region ? ` --region ${q(region)}` : ''
  return {
    change: "Remove the subscription's filter policy (or make it let CloudWatch alarm notifications through).",
    commands: `aws sns set-subscription-attributes${r} --subscription-arn ${q(subscriptionArn)} \\\n  --attribute-name FilterPolicy --attribute-value ${q('{}')}`
  }
}

export function fixSubscription(topicArn: string, region: string, pending = false): Fix {
  const commands =
    `aws sns subscribe --region ${q(region)} --topic-arn ${q(topicArn)} \\\n` +
    `  --protocol email --notification-endpoint ${q('<security-team@example.com>')}\n` +
    `# then confirm it from the message SNS sends`
  return pending
    ? {
        change: 'Confirm the pending subscription, or add one that is confirmed.',
        commands: `# confirm the pending subscription from the message SNS sent to its endpoint, or:\n${commands}`
      }
    : { change: 'Subscribe someone who reads the alarms to the topic, and confirm it.', commands }
}

/** What to do about a read that failed: grant the action, run where the resource lives, or retry. */
export function fixReadProblem(p: ReadProblem): Fix {
  switch (p.kind) {
    case 'access-denied':
      return {
        change: `Grant ${p.action ?? 'the refused action'} to the identity running the check.`,
        commands: `# grant the identity running this check the IAM action ${p.action ?? '(see the message)'} (policies/verify.json)`
      }
    case 'cross-account':
      return {
        change: 'Run the check with credentials for the account that owns the resource.',
        commands: '# run the check with credentials for the account that owns the resource (see the message)'
      }
    case 'outside-source':
    case 'unresolved':
      return {
        change: 'Check it in the account once the code is deployed.',
        commands: '# after the deploy, run cmk-alarm verify (or the action in mode verify) against the account'
      }
    default:
      return {
        change: 'Run the check again.',
        commands: `# ${p.action ?? 'the call'} did not complete (${p.kind === 'not-found' ? 'not found' : 'AWS error, throttling or time budget'}); run the check again, or raise timeout-seconds`
      }
  }
}

/** The names of one chain's fixes: the account's own where the chain has them, the configured ones where not. */
export function namesFor(ctx: JudgeContext, c: Chain): RemediationNames {
  return {
    ...ctx.names,
    region: c.group?.region ?? ctx.state.region,
    trailName: c.trail?.name,
    logGroupName: c.group?.name,
    logGroupArn: c.group?.arn,
    metricName: c.transformation?.metricName ?? ctx.names.metricName,
    metricNamespace: c.transformation?.metricNamespace ?? ctx.names.metricNamespace,
    topicArn: c.topic?.arn
  }
}
