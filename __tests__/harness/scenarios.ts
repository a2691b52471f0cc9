// Accounts of the speed tests and of the benchmark (`npm run bench:verify`), and how their requests are measured:
//   - a compliant account (the seeded chain),
//   - a large one: the same chain, with 49 more metric filters on the trail's log group (the other CIS AWS CloudWatch
//     filters and the security team's own), each with its alarm, and 3 more trails that cannot carry the chain,
//   - an account with only the trail (what enforce starts from), and an empty one.
// `dependentWaves` counts the round trips a run waited for one after the other, from the proxy's request times.
import { CreateTrailCommand, PutEventSelectorsCommand, StartLoggingCommand } from '@aws-sdk/client-cloudtrail'
import type { AwsProxyOptions, ProxiedRequest } from './aws-proxy.js'
import { DEFAULT_ACCOUNT, DEFAULT_REGION, createBucket, type MotoServer } from './moto.js'
import { DEFAULTS, logGroupArnOf, seedChain, type SeededChain } from './seed.js'

/**
 * The other CIS AWS Foundations CloudWatch filters (Security Hub CloudWatch.1–.6 and .8–.14, CIS 4.15), as the
 * benchmark prints them. None of them matches an ordinary DisableKey or ScheduleKeyDeletion event; two of them match
 * unusual ones (a root user's, a refused call's).
 */
export const OTHER_CIS_FILTERS: Array<[name: string, pattern: string]> = [
  [
    'root-account-usage',
    '{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }'
  ],
  ['unauthorized-api-calls', '{ ($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*") }'],
  ['console-signin-without-mfa', '{ ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed != "Yes") }'],
  [
    'iam-policy-changes',
    '{($.eventName=DeleteGroupPolicy)||($.eventName=DeleteRolePolicy)||($.eventName=DeleteUserPolicy)||($.eventName=PutGroupPolicy)||($.eventName=PutRolePolicy)||($.eventName=PutUserPolicy)||($.eventName=CreatePolicy)||($.eventName=DeletePolicy)||($.eventName=CreatePolicyVersion)||($.eventName=DeletePolicyVersion)||($.eventName=AttachRolePolicy)||($.eventName=DetachRolePolicy)||($.eventName=AttachUserPolicy)||($.eventName=DetachUserPolicy)||($.eventName=AttachGroupPolicy)||($.eventName=DetachGroupPolicy)}'
  ],
  [
    'cloudtrail-changes',
    '{ ($.eventName = CreateTrail) || ($.eventName = UpdateTrail) || ($.eventName = DeleteTrail) || ($.eventName = StartLogging) || ($.eventName = StopLogging) }'
  ],
  ['console-auth-failures', '{ ($.eventName = ConsoleLogin) && ($.errorMessage = "Failed authentication") }'],
  [
    's3-bucket-policy-changes',
    '{ ($.eventSource = s3.amazonaws.com) && (($.eventName = PutBucketAcl) || ($.eventName = PutBucketPolicy) || ($.eventName = PutBucketCors) || ($.eventName = PutBucketLifecycle) || ($.eventName = PutBucketReplication) || ($.eventName = DeleteBucketPolicy) || ($.eventName = DeleteBucketCors) || ($.eventName = DeleteBucketLifecycle) || ($.eventName = DeleteBucketReplication)) }'
  ],
  [
    'config-changes',
    '{ ($.eventSource = config.amazonaws.com) && (($.eventName = StopConfigurationRecorder) || ($.eventName = DeleteDeliveryChannel) || ($.eventName = PutDeliveryChannel) || ($.eventName = PutConfigurationRecorder)) }'
  ],
  [
    'security-group-changes',
    '{ ($.eventName = AuthorizeSecurityGroupIngress) || ($.eventName = AuthorizeSecurityGroupEgress) || ($.eventName = RevokeSecurityGroupIngress) || ($.eventName = RevokeSecurityGroupEgress) || ($.eventName = CreateSecurityGroup) || ($.eventName = DeleteSecurityGroup) }'
  ],
  [
    'nacl-changes',
    '{ ($.eventName = CreateNetworkAcl) || ($.eventName = CreateNetworkAclEntry) || ($.eventName = DeleteNetworkAcl) || ($.eventName = DeleteNetworkAclEntry) || ($.eventName = ReplaceNetworkAclEntry) || ($.eventName = ReplaceNetworkAclAssociation) }'
  ],
  [
    'network-gateway-changes',
    '{ ($.eventName = CreateCustomerGateway) || ($.eventName = DeleteCustomerGateway) || ($.eventName = AttachInternetGateway) || ($.eventName = CreateInternetGateway) || ($.eventName = DeleteInternetGateway) || ($.eventName = DetachInternetGateway) }'
  ],
  [
    'route-table-changes',
    '{ ($.eventSource = ec2.amazonaws.com) && (($.eventName = CreateRoute) || ($.eventName = CreateRouteTable) || ($.eventName = ReplaceRoute) || ($.eventName = ReplaceRouteTableAssociation) || ($.eventName = DeleteRouteTable) || ($.eventName = DeleteRoute) || ($.eventName = DisassociateRouteTable)) }'
  ],
  [
    'vpc-changes',
    '{ ($.eventName = CreateVpc) || ($.eventName = DeleteVpc) || ($.eventName = ModifyVpcAttribute) || ($.eventName = AcceptVpcPeeringConnection) || ($.eventName = CreateVpcPeeringConnection) || ($.eventName = DeleteVpcPeeringConnection) || ($.eventName = RejectVpcPeeringConnection) || ($.eventName = AttachClassicLinkVpc) || ($.eventName = DetachClassicLinkVpc) || ($.eventName = DisableVpcClassicLink) || ($.eventName = EnableVpcClassicLink) }'
  ],
  [
    'organizations-changes',
    '{ ($.eventSource = organizations.amazonaws.com) && (($.eventName = AcceptHandshake) || ($.eventName = AttachPolicy) || ($.eventName = CreateAccount) || ($.eventName = CreateOrganizationalUnit) || ($.eventName = CreatePolicy) || ($.eventName = DeclineHandshake) || ($.eventName = DeleteOrganization) || ($.eventName = DeleteOrganizationalUnit) || ($.eventName = DeletePolicy) || ($.eventName = DetachPolicy) || ($.eventName = DisablePolicyType) || ($.eventName = EnablePolicyType) || ($.eventName = InviteAccountToOrganization) || ($.eventName = LeaveOrganization) || ($.eventName = MoveAccount) || ($.eventName = RemoveAccountFromOrganization) || ($.eventName = UpdatePolicy) || ($.eventName = UpdateOrganizationalUnit)) }'
  ]
]

/** Calls a security team watches beside CIS (one filter each), KMS ones among them: none is DisableKey/ScheduleKeyDeletion. */
const WATCHED_CALLS: Array<[source: string, name: string]> = [
  ['kms.amazonaws.com', 'PutKeyPolicy'],
  ['kms.amazonaws.com', 'CancelKeyDeletion'],
  ['kms.amazonaws.com', 'DisableKeyRotation'],
  ['kms.amazonaws.com', 'CreateGrant'],
  ['iam.amazonaws.com', 'CreateAccessKey'],
  ['iam.amazonaws.com', 'CreateUser'],
  ['iam.amazonaws.com', 'DeleteRole'],
  ['iam.amazonaws.com', 'UpdateAssumeRolePolicy'],
  ['iam.amazonaws.com', 'CreateLoginProfile'],
  ['iam.amazonaws.com', 'DeactivateMFADevice'],
  ['s3.amazonaws.com', 'DeleteBucket'],
  ['s3.amazonaws.com', 'PutBucketPublicAccessBlock'],
  ['s3.amazonaws.com', 'DeleteBucketEncryption'],
  ['ec2.amazonaws.com', 'DisableEbsEncryptionByDefault'],
  ['ec2.amazonaws.com', 'ModifyInstanceAttribute'],
  ['ec2.amazonaws.com', 'CreateKeyPair'],
  ['ec2.amazonaws.com', 'ModifySnapshotAttribute'],
  ['guardduty.amazonaws.com', 'DeleteDetector'],
  ['guardduty.amazonaws.com', 'DisassociateFromMasterAccount'],
  ['securityhub.amazonaws.com', 'DisableSecurityHub'],
  ['access-analyzer.amazonaws.com', 'DeleteAnalyzer'],
  ['macie2.amazonaws.com', 'DisableMacie'],
  ['logs.amazonaws.com', 'DeleteLogGroup'],
  ['logs.amazonaws.com', 'PutRetentionPolicy'],
  ['logs.amazonaws.com', 'DeleteMetricFilter'],
  ['monitoring.amazonaws.com', 'DeleteAlarms'],
  ['monitoring.amazonaws.com', 'DisableAlarmActions'],
  ['sns.amazonaws.com', 'DeleteTopic'],
  ['sns.amazonaws.com', 'Unsubscribe'],
  ['secretsmanager.amazonaws.com', 'DeleteSecret'],
  ['ssm.amazonaws.com', 'DeleteParameter'],
  ['lambda.amazonaws.com', 'AddPermission20150331v2'],
  ['rds.amazonaws.com', 'ModifyDBSnapshotAttribute'],
  ['backup.amazonaws.com', 'DeleteBackupVault'],
  ['sso.amazonaws.com', 'DeletePermissionSet']
]

export interface LargeAccount {
  chain: SeededChain
  /** Every metric filter on the trail's log group, the chain's first. */
  filters: string[]
  /** The trails beside the chain's. */
  extraTrails: string[]
}

/**
 * The compliant chain, then `filters - 1` more filters on its log group, each with an alarm (the CIS ones notify the
 * chain's topic, the others a second topic), and 3 more trails: a single-region trail into another log group, a
 * multi-region trail into S3 only, and a single-region S3-only trail recording data events.
 */
export async function seedLargeAccount(moto: MotoServer, options: { filters?: number } = {}): Promise<LargeAccount> {
  const chain = await seedChain(moto, {})
  const more = (options.filters ?? 50) - 1
  const ops = await seedChain(moto, {
    trail: false,
    filter: false,
    alarm: false,
    topic: { name: 'ops-alerts' },
    subscriptions: [{ protocol: 'email', endpoint: 'ops@example.com' }]
  })
  const extra: Array<[string, string, string]> = OTHER_CIS_FILTERS.map(([name, pattern]) => [
    name,
    pattern,
    chain.expectedTopicArn
  ])
  for (const [source, call] of WATCHED_CALLS) {
    extra.push([`watch-${call}`, `{ ($.eventSource = ${source}) && ($.eventName = ${call}) }`, ops.expectedTopicArn])
  }
  if (more > extra.length) throw new Error(`seedLargeAccount: at most ${extra.length + 1} filters`)
  for (const [name, pattern, topic] of extra.slice(0, more)) {
    await seedChain(moto, {
      trail: false,
      logGroup: { name: chain.logGroupName },
      filter: { name, pattern, metricName: name, namespace: 'CISBenchmark' },
      alarm: { name: `${name}-alarm`, alarmActions: [topic] },
      topic: false
    })
  }
  const extraTrails = await seedExtraTrails(moto)
  return { chain, filters: [DEFAULTS.filterName, ...extra.slice(0, more).map(([name]) => name)], extraTrails }
}

/** Three trails that cannot carry the chain: single-region, or delivering to S3 only. */
async function seedExtraTrails(moto: MotoServer): Promise<string[]> {
  const { cloudtrail } = moto.clients({ region: DEFAULT_REGION })
  const regional = await seedChain(moto, {
    trail: { name: 'regional-trail', multiRegion: false, s3BucketName: 'regional-trail-logs' },
    logGroup: { name: 'regional-trail-logs' },
    filter: false,
    alarm: false,
    topic: false
  })
  const trails = [regional.trailName ?? 'regional-trail']
  for (const [name, multiRegion] of [
    ['archive-trail', true],
    ['data-events-trail', false]
  ] as const) {
    const bucket = `${name}-${DEFAULT_ACCOUNT}`
    await createBucket(moto, bucket)
    await cloudtrail.send(new CreateTrailCommand({ Name: name, S3BucketName: bucket, IsMultiRegionTrail: multiRegion }))
    await cloudtrail.send(
      new PutEventSelectorsCommand({
        TrailName: name,
        EventSelectors: [
          {
            ReadWriteType: 'All',
            IncludeManagementEvents: !name.startsWith('data'),
            DataResources: name.startsWith('data') ? [{ Type: 'AWS::S3::Object', Values: ['arn:aws:s3'] }] : undefined
          }
        ]
      })
    )
    await cloudtrail.send(new StartLoggingCommand({ Name: name }))
    trails.push(name)
  }
  return trails
}

/** Only the trail and its log group: no filter, alarm or topic (what `enforce` builds the chain on). */
export function seedTrailOnly(moto: MotoServer): Promise<SeededChain> {
  return seedChain(moto, { filter: false, alarm: false, topic: false })
}

/** The log group the seeded trail delivers to, as DescribeTrails names it. */
export const SEEDED_LOG_GROUP_ARN = logGroupArnOf(DEFAULT_REGION, DEFAULT_ACCOUNT, DEFAULTS.logGroupName)

/**
 * STUB: DescribeAlarmHistory, which moto answers 500 (after which the one read attempt's SDK retry doubles the
 * request): AWS answers an alarm that never notified with an empty history.
 */
export const EMPTY_ALARM_HISTORY: AwsProxyOptions['stubResponse'] = (request) =>
  request.operation === 'DescribeAlarmHistory'
    ? { body: JSON.stringify({ AlarmHistoryItems: [] }), headers: { 'content-type': 'application/x-amz-json-1.0' } }
    : undefined

/**
 * The dependent waves of a run: a request is in wave 1 when no request of the run had been answered before it
 * started, else in the wave after the latest of those answered before it started. The number of waves is how many
 * round trips the run waited for one after the other (a retry of a request counts as a wave of its own).
 */
export function dependentWaves(requests: ProxiedRequest[]): {
  waves: number
  /** The client's requests in the order they started, each with its wave. */
  ordered: Array<{ request: ProxiedRequest; wave: number }>
} {
  const client = requests.filter((r) => !r.internal).sort((a, b) => a.startedAt - b.startedAt)
  const ordered: Array<{ request: ProxiedRequest; wave: number }> = []
  for (const request of client) {
    // Only a request that started earlier can have been answered before this one started.
    const before = ordered.filter((o) => o.request.endedAt !== undefined && o.request.endedAt <= request.startedAt)
    ordered.push({ request, wave: Math.max(0, ...before.map((o) => o.wave)) + 1 })
  }
  return { waves: Math.max(0, ...ordered.map((o) => o.wave)), ordered }
}

/** "1: GetCallerIdentity, DescribeTrails", "2: ...": the operations of each wave, for messages. */
export function describeWaves(requests: ProxiedRequest[]): string[] {
  const { waves, ordered } = dependentWaves(requests)
  const out: string[] = []
  for (let w = 1; w <= waves; w++) {
    const ops = ordered.filter((o) => o.wave === w).map((o) => o.request.operation)
    const counted = [...new Set(ops)].map((op) => {
      const n = ops.filter((o) => o === op).length
      return n > 1 ? `${op} ×${n}` : op
    })
    out.push(`${w}: ${counted.join(', ')}`)
  }
  return out
}
