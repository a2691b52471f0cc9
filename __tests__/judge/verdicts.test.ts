// The pure judges behind "no chain that can never notify is ever called compliant": policy evaluation, filter
// policies, alarm semantics, the topic's key, and fixes that keep what the account has.
import { describe, it, expect } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { judgeFiresOnOneEvent } from '../../src/judge/alarm.js'
import { evaluatePolicy, type PolicyRequest } from '../../src/judge/iam-policy.js'
import { judgeFilterPolicy } from '../../src/judge/sns-filter.js'
import { judgeTopicDelivery, judgeTopicKey, judgeTopicPolicy } from '../../src/judge/topic.js'
import {
  fixCreateTrail,
  fixTrailKmsIncluded,
  fixTrailManagementEvents,
  shellQuote
} from '../../src/judge/remediation.js'
import { evaluate } from '../../src/judge/index.js'
import { DEFAULT_CONTROL } from '../../src/controls/index.js'
import { cloudWatchPublishStatement, withCloudWatchStatement } from '../../src/enforce/topic-policy.js'
import type { AlarmState, KmsKeyMetadata, KmsKeyState } from '../../src/model/state.js'
import { ACCOUNT, REGION, TOPIC_ARN, alarm, compliantState, topic } from './state-fixtures.js'

const ALARM = { arn: `arn:aws:cloudwatch:${REGION}:${ACCOUNT}:alarm:cmk-alarm`, name: 'cmk-alarm' }
const cloudwatch = (context: Record<string, string> = {}): PolicyRequest => ({
  principal: { service: 'cloudwatch.amazonaws.com' },
  action: 'sns:Publish',
  resource: TOPIC_ARN,
  context: { 'aws:SourceArn': ALARM.arn, 'aws:SourceAccount': ACCOUNT, ...context }
})
const doc = (...Statement: object[]) => JSON.stringify({ Version: '2012-10-17', Statement })

describe('evaluatePolicy (IAM policy evaluation logic)', () => {
  it.each<[string, object[], string]>([
    [
      'a service principal allowed',
      [
        {
          Effect: 'Allow',
          Principal: { Service: 'cloudwatch.amazonaws.com' },
          Action: 'sns:Publish',
          Resource: TOPIC_ARN
        }
      ],
      'allowed'
    ],
    ['everyone ("*") allowed', [{ Effect: 'Allow', Principal: '*', Action: 'SNS:Publish', Resource: '*' }], 'allowed'],
    ['{"AWS": "*"} allowed', [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sns:*', Resource: '*' }], 'allowed'],
    [
      'an action wildcard sns:Pub*',
      [{ Effect: 'Allow', Principal: '*', Action: 'sns:Pub*', Resource: '*' }],
      'allowed'
    ],
    ['a ? wildcard', [{ Effect: 'Allow', Principal: '*', Action: 'sns:Publis?', Resource: '*' }], 'allowed'],
    [
      'another action only',
      [{ Effect: 'Allow', Principal: '*', Action: 'sns:Subscribe', Resource: '*' }],
      'implicit-deny'
    ],
    [
      'another resource only',
      [{ Effect: 'Allow', Principal: '*', Action: '*', Resource: `${TOPIC_ARN}-other` }],
      'implicit-deny'
    ],
    [
      'NotResource excluding the topic',
      [{ Effect: 'Allow', Principal: '*', Action: '*', NotResource: TOPIC_ARN }],
      'implicit-deny'
    ],
    [
      'an Allow and a Deny: Deny wins',
      [
        { Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' },
        { Effect: 'Deny', Principal: { Service: 'cloudwatch.amazonaws.com' }, Action: 'sns:Publish', Resource: '*' }
      ],
      'denied'
    ],
    [
      'NotAction: a Deny of everything but Subscribe',
      [{ Effect: 'Deny', Principal: '*', NotAction: ['sns:Subscribe'], Resource: '*' }],
      'denied'
    ],
    [
      'NotPrincipal: a Deny of everyone but the account',
      [{ Effect: 'Deny', NotPrincipal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: 'sns:Publish', Resource: '*' }],
      'denied'
    ],
    [
      'NotPrincipal listing CloudWatch',
      [{ Effect: 'Deny', NotPrincipal: { Service: 'cloudwatch.amazonaws.com' }, Action: '*', Resource: '*' }],
      'implicit-deny'
    ],
    [
      'a condition that holds (StringEquals, ArnLike)',
      [
        {
          Effect: 'Allow',
          Principal: { Service: 'cloudwatch.amazonaws.com' },
          Action: 'sns:Publish',
          Resource: '*',
          Condition: {
            StringEquals: { 'AWS:SourceAccount': ACCOUNT },
            ArnLike: { 'aws:SourceArn': `arn:aws:cloudwatch:*:${ACCOUNT}:alarm:*` }
          }
        }
      ],
      'allowed'
    ],
    [
      'a condition that fails (another account)',
      [
        {
          Effect: 'Allow',
          Principal: '*',
          Action: '*',
          Resource: '*',
          Condition: { StringEquals: { 'aws:SourceAccount': '999999999999' } }
        }
      ],
      'implicit-deny'
    ],
    [
      'a negated condition that excludes the alarm',
      [
        {
          Effect: 'Deny',
          Principal: '*',
          Action: '*',
          Resource: '*',
          Condition: { ArnNotLike: { 'aws:SourceArn': 'arn:aws:cloudwatch:*:*:alarm:prod-*' } }
        }
      ],
      'denied'
    ],
    [
      'a condition on a key the check cannot know (Allow)',
      [
        {
          Effect: 'Allow',
          Principal: '*',
          Action: '*',
          Resource: '*',
          Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-1' } }
        }
      ],
      'undecided'
    ],
    [
      'an operator the check does not implement (Deny)',
      [
        { Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' },
        {
          Effect: 'Deny',
          Principal: '*',
          Action: '*',
          Resource: '*',
          Condition: { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } }
        }
      ],
      'undecided'
    ],
    [
      'a policy variable',
      [
        {
          Effect: 'Allow',
          Principal: '*',
          Action: '*',
          Resource: '*',
          Condition: { StringEquals: { 'aws:SourceArn': '${aws:username}' } }
        }
      ],
      'undecided'
    ]
  ])('%s', (_name, statements, decision) => {
    expect(evaluatePolicy(doc(...statements), cloudwatch()).decision).toBe(decision)
  })

  it('IfExists holds and Null tests presence for a key known to be absent', () => {
    const absent = { ...cloudwatch(), absent: ['aws:SourceVpc'] }
    const allow = (Condition: object) => doc({ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*', Condition })
    expect(evaluatePolicy(allow({ StringEqualsIfExists: { 'aws:SourceVpc': 'vpc-1' } }), absent).decision).toBe(
      'allowed'
    )
    expect(evaluatePolicy(allow({ Null: { 'aws:SourceVpc': 'true' } }), absent).decision).toBe('allowed')
    expect(evaluatePolicy(allow({ Null: { 'aws:SourceArn': 'true' } }), absent).decision).toBe('implicit-deny')
    expect(evaluatePolicy(allow({ StringEquals: { 'aws:SourceVpc': 'vpc-1' } }), absent).decision).toBe('implicit-deny')
  })

  it("enforce's own statement grants CloudWatch publish for this account's alarms, and only those", () => {
    const policy = withCloudWatchStatement(undefined, TOPIC_ARN, ACCOUNT)
    expect(evaluatePolicy(policy, cloudwatch()).decision).toBe('allowed')
    const otherAccount = cloudwatch({
      'aws:SourceAccount': '999999999999',
      'aws:SourceArn': 'arn:aws:cloudwatch:us-east-1:999999999999:alarm:x'
    })
    expect(evaluatePolicy(policy, otherAccount).decision).toBe('implicit-deny')
    expect(
      judgeTopicPolicy(
        JSON.stringify({ Statement: [cloudWatchPublishStatement(TOPIC_ARN, ACCOUNT)] }),
        TOPIC_ARN,
        ALARM
      ).status
    ).toBe('pass')
  })

  it('judges a policy read from code: the topic by its reference, CloudFormation pseudo parameters as themselves', () => {
    const fromCode = { arn: 'CmkAlarm', name: 'cmk-alarm' }
    const statement = {
      Effect: 'Allow',
      Principal: { Service: 'cloudwatch.amazonaws.com' },
      Action: 'sns:Publish',
      Resource: '!Ref Topic',
      Condition: {
        ArnLike: { 'aws:SourceArn': 'arn:${AWS::Partition}:cloudwatch:${AWS::Region}:${AWS::AccountId}:alarm:*' }
      }
    }
    expect(judgeTopicPolicy(doc(statement), '!Ref Topic', fromCode, 'cloudformation').status).toBe('pass')
    // Terraform (no pseudo parameters): the alarm's ARN is not known before apply, so the condition is undecided.
    expect(judgeTopicPolicy(doc(statement), '!Ref Topic', fromCode, 'terraform').status).toBe('manual')
    const deny = { Effect: 'Deny', Principal: '*', Action: 'sns:*', Resource: '*' }
    expect(judgeTopicPolicy(doc(statement, deny), '!Ref Topic', fromCode, 'cloudformation').status).toBe('fail')
    expect(judgeTopicPolicy(undefined, 'aws_sns_topic.alerts.arn', fromCode, 'terraform').status).toBe('pass')
  })

  it("passes AWS's default topic policy for a same-account alarm, not for another account's", () => {
    expect(judgeTopicPolicy(undefined, TOPIC_ARN, ALARM).status).toBe('pass')
    expect(
      judgeTopicPolicy(undefined, TOPIC_ARN, { arn: 'arn:aws:cloudwatch:us-east-1:999999999999:alarm:x', name: 'x' })
        .status
    ).toBe('fail')
  })
})

describe('judgeFilterPolicy (SNS message filtering against an alarm notification)', () => {
  const a = alarm()
  it.each<[string, object | undefined, string | undefined, string]>([
    ['no policy', undefined, undefined, 'yes'],
    ['an empty policy', {}, undefined, 'yes'],
    ['an attribute CloudWatch never sends', { severity: ['high'] }, undefined, 'no'],
    ['anything-but on an absent attribute', { severity: [{ 'anything-but': 'low' }] }, undefined, 'no'],
    ['exists: false', { severity: [{ exists: false }] }, undefined, 'yes'],
    [
      '$or with one branch that matches',
      { $or: [{ severity: ['high'] }, { source: [{ exists: false }] }] },
      undefined,
      'yes'
    ],
    ['body: the new state', { NewStateValue: ['ALARM'] }, 'MessageBody', 'yes'],
    ['body: another state', { NewStateValue: ['OK'] }, 'MessageBody', 'no'],
    ['body: the alarm name by prefix', { AlarmName: [{ prefix: 'cmk-' }] }, 'MessageBody', 'yes'],
    ['body: nested metric name', { Trigger: { MetricName: ['CMKDisableOrDelete'] } }, 'MessageBody', 'yes'],
    ['body: the old state (OK or INSUFFICIENT_DATA)', { OldStateValue: ['OK'] }, 'MessageBody', 'unknown'],
    ['body: the reason text', { NewStateReason: [{ prefix: 'Threshold' }] }, 'MessageBody', 'unknown'],
    ['body: an absent field', { Severity: ['high'] }, 'MessageBody', 'no'],
    ['body: numeric on the account id (a string)', { AWSAccountId: [{ numeric: ['>', 0] }] }, 'MessageBody', 'no']
  ])('%s', (_name, policy, scope, delivers) => {
    expect(judgeFilterPolicy(policy === undefined ? undefined : JSON.stringify(policy), scope, a).delivers).toBe(
      delivers
    )
  })
})

describe('judgeFiresOnOneEvent', () => {
  const metric = { metricValue: '1' }
  it.each<
    [
      string,
      Parameters<typeof alarm>[0],
      Partial<typeof metric & { defaultValue: number; unit: string; dimensions: Record<string, string> }>,
      string
    ]
  >([
    ['the CIS alarm', {}, {}, 'pass'],
    ['notBreaching', { treatMissingData: 'notBreaching' }, {}, 'pass'],
    ['breaching', { treatMissingData: 'breaching' }, {}, 'fail'],
    ['ignore', { treatMissingData: 'ignore' }, {}, 'fail'],
    ['ignore with a default value that returns it to OK', { treatMissingData: 'ignore' }, { defaultValue: 0 }, 'warn'],
    ['Sum with default 1', {}, { defaultValue: 1 }, 'fail'],
    ['Sum with default 0', {}, { defaultValue: 0 }, 'pass'],
    ['SampleCount with default 0', { statistic: 'SampleCount' }, { defaultValue: 0 }, 'fail'],
    ['SampleCount without a default', { statistic: 'SampleCount' }, {}, 'pass'],
    ['threshold 0 with default 0', { threshold: 0 }, { defaultValue: 0 }, 'fail'],
    ['Maximum with default 0', { statistic: 'Maximum' }, { defaultValue: 0 }, 'pass'],
    ['Average with default 0', { statistic: 'Average' }, { defaultValue: 0 }, 'fail'],
    ['p99 without a default', { statistic: undefined, extendedStatistic: 'p99' }, {}, 'pass'],
    ['p99 with default 0', { statistic: undefined, extendedStatistic: 'p99' }, { defaultValue: 0 }, 'fail'],
    ['a trimmed count', { statistic: undefined, extendedStatistic: 'tc90' }, {}, 'manual'],
    ['unit Count on a metric without unit', { unit: 'Count' }, {}, 'fail'],
    ['unit Count on a Count metric', { unit: 'Count' }, { unit: 'Count' }, 'pass'],
    ['dimensions on both', { dimensions: { user: 'alice' } }, { dimensions: { user: '$.userIdentity.arn' } }, 'fail'],
    ['two datapoints of three', { datapointsToAlarm: 2, evaluationPeriods: 3 }, {}, 'fail'],
    ['one datapoint of three', { datapointsToAlarm: 1, evaluationPeriods: 3 }, {}, 'pass'],
    ['a period of two hours', { period: 7200 }, {}, 'warn'],
    ['LessThanThreshold', { comparisonOperator: 'LessThanThreshold', threshold: 5 }, {}, 'fail']
  ])('%s', (_name, overrides, published, status) => {
    expect(judgeFiresOnOneEvent(alarm(overrides), { ...metric, ...published }).status).toBe(status)
  })
})

describe("the topic's key", () => {
  const key = (overrides: Partial<KmsKeyMetadata> = {}, policy?: string): KmsKeyState => ({
    id: 'k',
    metadata: {
      ok: true,
      value: {
        keyId: 'k',
        arn: `arn:aws:kms:${REGION}:${ACCOUNT}:key/k`,
        keyManager: 'CUSTOMER',
        keyState: 'Enabled',
        account: ACCOUNT,
        ...overrides
      }
    },
    policy: {
      ok: true,
      value:
        policy ??
        doc({
          Effect: 'Allow',
          Principal: { Service: 'cloudwatch.amazonaws.com' },
          Action: ['kms:Decrypt', 'kms:GenerateDataKey*'],
          Resource: '*'
        })
    }
  })
  it.each<[string, KmsKeyState | undefined, string, string]>([
    ['a customer key CloudWatch may use', key(), 'k', 'pass'],
    ['alias/aws/sns', undefined, 'alias/aws/sns', 'fail'],
    ['an AWS managed key by ARN', key({ keyManager: 'AWS' }), 'k', 'fail'],
    ['a disabled key', key({ keyState: 'Disabled' }), 'k', 'fail'],
    ['a key pending deletion', key({ keyState: 'PendingDeletion' }), 'k', 'fail'],
    [
      'a key policy for the account only',
      key(
        {},
        doc({ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: 'kms:*', Resource: '*' })
      ),
      'k',
      'fail'
    ],
    [
      'Decrypt only',
      key(
        {},
        doc({
          Effect: 'Allow',
          Principal: { Service: 'cloudwatch.amazonaws.com' },
          Action: 'kms:Decrypt',
          Resource: '*'
        })
      ),
      'k',
      'fail'
    ],
    ['a key not read (state from code)', undefined, 'arn:aws:kms:us-east-1:1:key/k', 'pass']
  ])('%s', (_name, k, id, status) => {
    expect(judgeTopicKey(id, k, ALARM, TOPIC_ARN).status).toBe(status)
  })

  it('combines key, policy, region and FIFO into one topic.delivery verdict', () => {
    expect(judgeTopicDelivery({ fifo: true }, `${TOPIC_ARN}.fifo`, { alarm: ALARM }).status).toBe('fail')
    expect(judgeTopicDelivery({}, TOPIC_ARN.replace(REGION, 'eu-west-1'), { alarm: ALARM }).why).toMatch(/own Region/)
    expect(judgeTopicDelivery({ kmsMasterKeyId: 'k' }, TOPIC_ARN, { alarm: ALARM, key: key() }).status).toBe('pass')
  })
})

describe('evaluate: a failed last notification fails; unreadable history never makes a decided run manual', () => {
  const withHistory = (history: AlarmState['history']) =>
    compliantState({ alarms: [alarm({ history, topics: { [TOPIC_ARN]: topic() } })] })
  it('fails on a failed last action, passes with a delivered one, passes with a note when unreadable', () => {
    const failed = evaluate(
      withHistory({
        ok: true,
        value: {
          latest: [
            {
              timestamp: 't',
              resource: TOPIC_ARN,
              outcome: 'failed',
              summary: 'Failed to execute action',
              error: 'KMS refused'
            }
          ]
        }
      }),
      { patternPolicy: 'semantic' }
    )
    expect(failed.status).toBe('fail')
    const delivered = evaluate(
      withHistory({
        ok: true,
        value: { latest: [{ timestamp: 't', resource: TOPIC_ARN, outcome: 'succeeded', summary: 'ok' }] }
      }),
      { patternPolicy: 'semantic' }
    )
    expect(delivered.status).toBe('pass')
    const unreadable = evaluate(
      withHistory({
        ok: false,
        problem: { kind: 'error', action: 'cloudwatch:DescribeAlarmHistory', message: 'HTTP 500' }
      }),
      {
        patternPolicy: 'semantic'
      }
    )
    expect(unreadable.status).toBe('pass')
    expect(unreadable.notes?.join(' ')).toMatch(/DescribeAlarmHistory.*configuration alone/)
  })
})

describe('fixes: computed from what the account has, quoted for bash and zsh', () => {
  /** Every word of every command line is either free of anything bash or zsh expands, or single-quoted. */
  function expectShellSafe(commands: string) {
    for (const line of commands.split('\n').filter((l) => !l.trimStart().startsWith('#'))) {
      const words = line.match(/'(?:[^']|'\\'')*'|[^\s']+/g) ?? []
      for (const w of words) {
        if (w === '\\' || w === '>' || w.startsWith("'")) continue
        expect({ line, word: w, safe: /^[A-Za-z0-9_./:@,+-]([A-Za-z0-9_./:=@,+-]|'[^']*')*$/.test(w) }).toEqual({
          line,
          word: w,
          safe: true
        })
      }
    }
    expect(spawnSync('bash', ['-n', '-c', commands]).status).toBe(0)
  }

  it('quotes a value zsh would expand (a leading =) and globs', () => {
    expect(shellQuote('=ls')).toBe("'=ls'")
    expect(shellQuote('a:*')).toBe("'a:*'")
    expect(shellQuote('plain-name_1.2')).toBe('plain-name_1.2')
  })

  it("keeps the trail's selectors: basic with data events, advanced, read-only management", () => {
    const target = DEFAULT_CONTROL.target
    const kms = fixTrailKmsIncluded('t', REGION, target, {
      basic: [
        {
          readWriteType: 'WriteOnly',
          includeManagementEvents: true,
          excludeManagementEventSources: ['kms.amazonaws.com'],
          dataResources: [{ type: 'AWS::Lambda::Function', values: ['arn:aws:lambda'] }]
        }
      ],
      advanced: []
    })
    expect(kms.commands).toContain('"ReadWriteType":"WriteOnly"')
    expect(kms.commands).toContain('"DataResources":[{"Type":"AWS::Lambda::Function","Values":["arn:aws:lambda"]}]')
    expect(kms.commands).toContain('"ExcludeManagementEventSources":[]')
    expectShellSafe(kms.commands)
    const eventNames = fixTrailKmsIncluded('t', REGION, target, {
      basic: [],
      advanced: [
        {
          fieldSelectors: [
            { field: 'eventCategory', equals: ['Management'] },
            { field: 'eventName', notEquals: ['DisableKey', 'Decrypt'] }
          ]
        }
      ]
    })
    expect(eventNames.commands).toContain('{"Field":"eventName","NotEquals":["Decrypt"]}')
    const mgmt = fixTrailManagementEvents('t', REGION, {
      basic: [
        { readWriteType: 'ReadOnly', includeManagementEvents: true, excludeManagementEventSources: [] },
        {
          readWriteType: 'All',
          includeManagementEvents: false,
          excludeManagementEventSources: [],
          dataResources: [{ type: 'AWS::S3::Object', values: ['arn:aws:s3'] }]
        }
      ],
      advanced: []
    })
    expect(mgmt.commands).toContain('{"ReadWriteType":"All","IncludeManagementEvents":true}')
    expect(mgmt.commands).toContain('"IncludeManagementEvents":false,"DataResources"')
    expectShellSafe(mgmt.commands)
  })

  it('an empty account: the trail fix delivers to CloudWatch Logs, with a role, every argument safe', () => {
    const f = fixCreateTrail(REGION, ACCOUNT)
    expect(f.commands).toContain('--cloud-watch-logs-role-arn')
    expect(f.commands).toContain('aws iam create-role')
    expectShellSafe(f.commands)
    expectShellSafe(fixCreateTrail(REGION).commands)
  })

  it('every fix of a broken account is shell-safe', () => {
    const state = compliantState({ pattern: '{ $.eventSource = "x" }', alarms: [] })
    for (const f of evaluate(state, { patternPolicy: 'security-hub' }).findings)
      if (f.remediation) expectShellSafe(f.remediation)
    const empty = evaluate({ region: REGION, trails: { ok: true, value: [] } }, { patternPolicy: 'semantic' })
    for (const f of empty.findings) if (f.remediation) expectShellSafe(f.remediation)
  })
})
