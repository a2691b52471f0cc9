// The enforce planner without AWS: where the chain goes, which metric it uses, and each change, blocker and note.
import { describe, it, expect } from '@jest/globals'
import {
  chooseMetric,
  chooseTarget,
  planChanges,
  type EnforceFacts,
  type MetricChoice,
  type Target
} from '../../src/enforce/plan.js'
import { parseEnforceSettings } from '../../src/enforce/settings.js'
import { cloudWatchPublishStatement } from '../../src/enforce/topic-policy.js'
import { createContext } from '../../src/judge/index.js'
import type { AccountState, AlarmState } from '../../src/model/state.js'
import { ACCOUNT, REGION, TOPIC_ARN, alarm, compliantState, topic } from '../judge/state-fixtures.js'
import { DEFAULT_CONTROL } from '../../src/controls/index.js'
import type { EnforceResult } from '../../src/enforce/index.js'
import { decideExit } from '../../src/run.js'

const TOPIC = `arn:aws:sns:${REGION}:${ACCOUNT}:cis-security-alarms`
const ctxOf = (state: AccountState) => createContext(state, { patternPolicy: 'semantic' })
const settings = (inputs: Record<string, string> = {}) => parseEnforceSettings((n) => inputs[n] ?? '')

function targetOf(state: AccountState): Target {
  const t = chooseTarget(ctxOf(state))
  if ('blocker' in t) throw new Error(t.blocker)
  return t
}

function facts(over: Partial<EnforceFacts> = {}, topicOver: Partial<EnforceFacts['topic']> = {}): EnforceFacts {
  return {
    account: ACCOUNT,
    partition: 'aws',
    metricAlarms: [],
    topic: { arn: TOPIC, exists: false, subscriptions: [], tags: {}, ...topicOver },
    ...over
  }
}

function plan(state: AccountState, f: EnforceFacts, inputs: Record<string, string> = {}, metric?: MetricChoice) {
  const ctx = ctxOf(state)
  const target = targetOf(state)
  return planChanges(ctx, target, metric ?? chooseMetric(ctx, target), f, settings(inputs))
}

const byType = (p: ReturnType<typeof plan>) => Object.fromEntries(p.changes.map((c) => [c.type, c.action]))

describe('chooseTarget', () => {
  it('takes the log group of a trail the trail judge passes', () => {
    expect(targetOf(compliantState()).group.name).toBe('aws-cloudtrail-logs')
  })

  it.each([
    ['a single-region trail', { isMultiRegion: false }],
    ['a trail that is not logging', { status: { ok: true as const, value: { isLogging: false } } }],
    ['a trail without a log group', { logGroupArn: undefined, logGroup: undefined }]
  ])('refuses %s, saying enforce never changes trails', (_name, trail) => {
    const t = chooseTarget(ctxOf(compliantState({ trail })))
    expect(t).toEqual({ blocker: expect.stringContaining('Enforce does not create or change trails or log groups') })
  })

  it('names the account to run in when the qualifying trail delivers to another account', () => {
    const state = compliantState()
    const trail = state.trails.ok ? state.trails.value[0] : undefined
    trail!.logGroup!.account = '999988887777'
    state.identity = { account: ACCOUNT, arn: `arn:aws:iam::${ACCOUNT}:user/x` }
    expect(chooseTarget(ctxOf(state))).toEqual({ blocker: expect.stringContaining('account 999988887777') })
  })
})

describe('chooseMetric', () => {
  it('reuses a filter that covers the control, with its metric', () => {
    const state = compliantState()
    const metric = chooseMetric(ctxOf(state), targetOf(state))
    expect(metric).toMatchObject({ reused: true, filterName: 'cmk-filter', metricName: 'CMKDisableOrDelete' })
  })

  it('writes its own filter when the pattern misses an event or the value counts nothing', () => {
    for (const over of [{ pattern: '{ $.eventName = DisableKey }' }, { metricValue: '0' }]) {
      const state = compliantState(over)
      expect(chooseMetric(ctxOf(state), targetOf(state))).toMatchObject({
        reused: false,
        filterName: 'cmk-disable-or-scheduled-deletion',
        write: { before: undefined }
      })
    }
  })
})

describe('planChanges', () => {
  it('keeps a working alarm whose topic has a confirmed subscriber, and plans nothing else', () => {
    const state = compliantState()
    const p = plan(state, facts({ metricAlarms: [alarm()] }))
    expect(p.blockers).toEqual([])
    expect(p.changes.map((c) => [c.type, c.action, c.name])).toEqual([
      ['metric-filter', 'noop', 'cmk-filter'],
      ['alarm', 'noop', 'cmk-alarm']
    ])
  })

  it('does not keep an alarm the alarm judge fails (two datapoints needed)', () => {
    const slow: AlarmState = alarm({ evaluationPeriods: 2, datapointsToAlarm: 2 })
    const p = plan(compliantState(), facts({ metricAlarms: [slow] }))
    expect(byType(p)).toMatchObject({ alarm: 'create', 'sns-topic': 'create', 'topic-policy': 'update' })
  })

  it('builds the whole chain on an empty log group, with the CIS pattern and the configured names', () => {
    const state = compliantState({ pattern: '{ $.eventName = DisableKey }' })
    const p = plan(state, facts(), { subscriptions: 'email:secops@example.com', 'alarm-name': 'kms-alarm' })
    expect(p.changes.map((c) => [c.type, c.action])).toEqual([
      ['metric-filter', 'create'],
      ['sns-topic', 'create'],
      ['topic-policy', 'update'],
      ['subscription', 'create'],
      ['alarm', 'create']
    ])
    const filter = p.changes[0]
    expect(filter.after).toMatchObject({
      pattern: '{($.eventSource = kms.amazonaws.com) && (($.eventName=DisableKey)||($.eventName=ScheduleKeyDeletion)) }'
    })
    expect(p.changes[4]).toMatchObject({
      name: 'kms-alarm',
      after: { statistic: 'Sum', threshold: 1, alarmActions: [TOPIC] }
    })
    expect(p.notes.join(' ')).toContain('stays pending until its owner confirms it')
  })

  it('keeps the topic policy when it already lets CloudWatch publish', () => {
    const policy = JSON.stringify({ Statement: [cloudWatchPublishStatement(TOPIC, ACCOUNT)] })
    const p = plan(compliantState(), facts({}, { exists: true, attributes: { policy } }))
    expect(byType(p)['topic-policy']).toBe('noop')
  })

  it('blocks on a topic ARN that does not exist, a topic in another region, and alias/aws/sns', () => {
    const missing = plan(compliantState(), facts({}, { arn: TOPIC }), { 'sns-topic-arn': TOPIC })
    expect(missing.blockers.join(' ')).toContain('does not exist')
    const elsewhere = `arn:aws:sns:eu-west-1:${ACCOUNT}:alerts`
    expect(plan(compliantState(), facts({}, { arn: elsewhere, exists: true })).blockers.join(' ')).toContain(
      'not in us-east-1'
    )
    const managed = plan(compliantState(), facts({}, { exists: true, attributes: { kmsMasterKeyId: 'alias/aws/sns' } }))
    expect(managed.blockers.join(' ')).toContain('alias/aws/sns')
  })

  it('never touches an alarm of the configured name that it did not create, and repairs one it did', () => {
    const named = { alarm: alarm({ name: 'cmk-disable-or-scheduled-deletion', actionsEnabled: false }), tags: {} }
    const foreign = plan(compliantState({ alarms: [] }), facts({ namedAlarm: named }))
    expect(foreign.blockers.join(' ')).toContain('was not created by cmk-alarm-action')
    const ours = plan(
      compliantState({ alarms: [] }),
      facts({ namedAlarm: { ...named, tags: { 'managed-by': 'cmk-alarm-action' } } })
    )
    expect(ours.blockers).toEqual([])
    expect(ours.changes.find((c) => c.type === 'alarm')).toMatchObject({
      action: 'update',
      before: { actionsEnabled: false }
    })
  })

  it('says nobody will be told when there is no confirmed subscription and none is configured', () => {
    const p = plan(compliantState({ alarms: [] }), facts({}, { exists: true, subscriptions: [] }))
    expect(p.notes.join(' ')).toContain('nobody will receive the alarm')
  })

  it('blocks when another statement would still keep CloudWatch out, and on a FIFO topic; its own statement grants', () => {
    const deny = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Sid: 'NoPublish', Effect: 'Deny', Principal: '*', Action: 'sns:Pub*', Resource: '*' }]
    })
    const denied = plan(compliantState({ alarms: [] }), facts({}, { exists: true, attributes: { policy: deny } }))
    expect(denied.blockers.join(' ')).toMatch(/would not let CloudWatch publish: .*statement NoPublish/)
    const fifo = plan(
      compliantState({ alarms: [] }),
      facts({}, { arn: `${TOPIC}.fifo`, exists: true, attributes: { fifo: true } })
    )
    expect(fifo.blockers.join(' ')).toContain('FIFO topic')
    // A topic with no policy of its own, or the default one: enforce's statement makes it deliver.
    const fresh = plan(compliantState({ alarms: [] }), facts())
    expect(fresh.blockers).toEqual([])
    expect(fresh.changes.find((c) => c.type === 'topic-policy')?.action).toBe('update')
  })
})

describe('enforce never harms what is not its own', () => {
  /** The compliant state with its filter renamed to the configured name, publishing `metric` in `namespace`. */
  function withConfiguredFilter(pattern: string, metricName: string, metricNamespace: string): AccountState {
    const state = compliantState({ pattern, alarms: [] })
    const group = state.trails.ok ? state.trails.value[0].logGroup : undefined
    const filter = group?.metricFilters.ok ? group.metricFilters.value[0] : undefined
    filter!.name = 'cmk-disable-or-scheduled-deletion'
    Object.assign(filter!.transformations[0], { metricName, metricNamespace })
    return state
  }

  it('blocks on a filter of the configured name that publishes another metric or namespace, and never rewrites it', () => {
    for (const [metricName, namespace] of [
      ['TheirMetric', 'CISBenchmark'],
      ['CMKDisableOrScheduledDeletion', 'TeamB/Security']
    ]) {
      const state = withConfiguredFilter('{ $.eventName = DisableKey }', metricName, namespace)
      const p = plan(state, facts())
      expect(p.blockers.join(' ')).toContain(
        `A metric filter named cmk-disable-or-scheduled-deletion exists on aws-cloudtrail-logs and publishes ${namespace}/${metricName}, not CISBenchmark/CMKDisableOrScheduledDeletion: it belongs to someone else and is left alone.`
      )
      expect(p.changes.filter((c) => c.type === 'metric-filter')).toEqual([])
    }
  })

  it('still repairs a filter of the configured name and metric whose pattern drifted', () => {
    const state = withConfiguredFilter('{ $.eventName = DisableKey }', 'CMKDisableOrScheduledDeletion', 'CISBenchmark')
    const p = plan(state, facts())
    expect(p.blockers).toEqual([])
    expect(p.changes[0]).toMatchObject({
      type: 'metric-filter',
      action: 'update',
      name: 'cmk-disable-or-scheduled-deletion',
      before: { pattern: '{ $.eventName = DisableKey }' }
    })
  })

  describe('a chain complete except for a confirmed subscription is repaired in place', () => {
    const unconfirmed = (subscriptions: ReturnType<typeof topic>['subscriptions']) =>
      compliantState({ alarms: [alarm({ topics: { [TOPIC_ARN]: topic({ subscriptions }) } })] })

    it('subscribes the configured endpoints to its topic, and builds no second topic or alarm', () => {
      const state = unconfirmed({ ok: true, value: [] })
      const p = plan(
        state,
        facts({
          metricAlarms: [alarm({ topics: { [TOPIC_ARN]: topic({ subscriptions: { ok: true, value: [] } }) } })]
        }),
        {
          subscriptions: 'email:secops@example.com\nhttps:https://user:pw@hooks.example.com/services/T0/SECRET'
        }
      )
      expect(p.blockers).toEqual([])
      expect(p.topicArn).toBe(TOPIC_ARN)
      expect(p.changes.map((c) => [c.type, c.action, c.name])).toEqual([
        ['metric-filter', 'noop', 'cmk-filter'],
        ['alarm', 'noop', 'cmk-alarm'],
        ['sns-topic', 'noop', 'security-alerts'],
        ['subscription', 'create', 'email:s***@example.com'],
        ['subscription', 'create', 'https:https://hooks.example.com/…']
      ])
      // apply gets the endpoint whole; every renderer shows the name.
      expect(p.changes[3].after).toEqual({ protocol: 'email', endpoint: 'secops@example.com' })
    })

    it('keeps a pending subscription of the configured endpoint pending (not subscribed twice)', () => {
      const pending = {
        ok: true as const,
        value: [{ arn: 'PendingConfirmation', protocol: 'email', endpoint: 'secops@example.com', confirmed: false }]
      }
      const p = plan(
        unconfirmed(pending),
        facts({ metricAlarms: [alarm({ topics: { [TOPIC_ARN]: topic({ subscriptions: pending }) } })] }),
        {
          subscriptions: 'email:secops@example.com'
        }
      )
      expect(p.changes.filter((c) => c.action !== 'noop')).toEqual([])
      expect(p.notes.join(' ')).toContain('stays pending until its owner confirms it')
    })

    it('without subscriptions, stops with a blocker that says to set them', () => {
      const empty = { ok: true as const, value: [] }
      const p = plan(
        unconfirmed(empty),
        facts({ metricAlarms: [alarm({ topics: { [TOPIC_ARN]: topic({ subscriptions: empty }) } })] })
      )
      expect(p.blockers).toEqual([
        `The chain is complete except for a confirmed subscription: alarm cmk-alarm notifies topic ${TOPIC_ARN}, which nobody confirmed. Set subscriptions (e.g. "email:secops@example.com") and enforce subscribes them to that topic; it does not build a second topic and alarm beside the chain.`
      ])
      expect(p.changes.filter((c) => c.action !== 'noop')).toEqual([])
    })

    it('is not taken for a topic CloudWatch cannot deliver to (alias/aws/sns): that chain is not complete', () => {
      const managed = topic({
        attributes: { ok: true, value: { owner: ACCOUNT, kmsMasterKeyId: 'alias/aws/sns' } },
        subscriptions: { ok: true, value: [] }
      })
      const p = plan(compliantState(), facts({ metricAlarms: [alarm({ topics: { [TOPIC_ARN]: managed } })] }))
      expect(p.topicArn).toBeUndefined()
      expect(byType(p)).toMatchObject({ 'sns-topic': 'create', alarm: 'create' })
    })
  })
})

describe('a dry run exits like verify', () => {
  const dryRun = (p: ReturnType<typeof plan>): EnforceResult => ({
    plan: p,
    changes: p.changes,
    applied: false,
    report: {} as EnforceResult['report'],
    state: compliantState()
  })
  const p = () => plan(compliantState({ alarms: [] }), facts(), { subscriptions: 'email:secops@example.com' })

  it('fails under fail-on: fail on a non-compliant account, saying what the apply would change', () => {
    const exit = decideExit(DEFAULT_CONTROL, 'fail', 'fail', dryRun(p()), true)
    expect(exit).toEqual({
      fail: true,
      code: 1,
      message: `The account does not meet ${DEFAULT_CONTROL.name}: see the job summary for the fix. Dry run, nothing was changed; the apply would create sns-topic cis-security-alarms, update topic-policy cis-security-alarms, create subscription email:s***@example.com, create alarm cmk-disable-or-scheduled-deletion.`
    })
  })

  it('passes on a compliant account and under fail-on: never', () => {
    expect(decideExit(DEFAULT_CONTROL, 'pass', 'fail', dryRun(p()), true)).toEqual({ fail: false, code: 0 })
    expect(decideExit(DEFAULT_CONTROL, 'fail', 'never', dryRun(p()), true)).toEqual({ fail: false, code: 0 })
  })
})
