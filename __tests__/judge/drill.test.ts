// The fire drill's pure part: which alarm-history records are the drill's, its outcome, its finding and how the job
// summary says that subscribers received a test notification.
import { describe, it, expect } from '@jest/globals'
import { CIS_AWS_4_7 } from '../../src/controls/cis-4.7.js'
import { deliveriesOf, drillFinding, drillRecords, outcomeOf, type DrillResult } from '../../src/judge/drill.js'
import { drillHeadline, renderDrillMarkdown, renderDrillText } from '../../src/report/drill.js'
import type { AlarmActionRecord } from '../../src/model/state.js'

const TOPIC = 'arn:aws:sns:us-east-1:123456789012:security-alerts'
const OTHER = 'arn:aws:sns:us-east-1:123456789012:pager'
const rec = (resource: string, timestamp: string, outcome: AlarmActionRecord['outcome'], error?: string) => ({
  resource,
  timestamp,
  outcome,
  summary: `${outcome === 'failed' ? 'Failed to execute' : 'Successfully executed'} action ${resource}`,
  ...(error ? { error } : {})
})

describe('drillRecords', () => {
  const old = rec(TOPIC, '2026-11-29T09:00:00.000Z', 'succeeded')

  it('counts only a record newer than the newest one before the drill', () => {
    expect(drillRecords([old], [old], [TOPIC]).size).toBe(0)
    const fresh = rec(TOPIC, '2026-11-29T10:00:00.000Z', 'failed', 'no authorization')
    expect(drillRecords([old], [fresh], [TOPIC]).get(TOPIC)).toBe(fresh)
    // A topic the alarm does not notify is not looked at.
    expect(drillRecords([], [rec(OTHER, '2026-11-29T10:00:00.000Z', 'succeeded')], [TOPIC]).size).toBe(0)
  })
})

describe('outcomeOf', () => {
  const seen = (r: AlarmActionRecord) => ({ record: r, seconds: 1.5 })
  it('delivered only when every topic recorded success; failed when any failed; else manual', () => {
    const ok = rec(TOPIC, '2026-11-29T10:00:00.000Z', 'succeeded')
    const bad = rec(OTHER, '2026-11-29T10:00:00.000Z', 'failed', 'KMS key')
    expect(outcomeOf(deliveriesOf([TOPIC], new Map([[TOPIC, seen(ok)]])))).toBe('delivered')
    expect(outcomeOf(deliveriesOf([TOPIC, OTHER], new Map([[TOPIC, seen(ok)]])))).toBe('manual')
    expect(
      outcomeOf(
        deliveriesOf(
          [TOPIC, OTHER],
          new Map([
            [TOPIC, seen(ok)],
            [OTHER, seen(bad)]
          ])
        )
      )
    ).toBe('failed')
    expect(outcomeOf([])).toBe('manual')
  })
})

const base: DrillResult = {
  outcome: 'delivered',
  reason: 'CloudWatch recorded the notification to every topic of the alarm as executed.',
  alarmName: 'cmk-disable-or-delete-alarm',
  alarmArn: 'arn:aws:cloudwatch:us-east-1:123456789012:alarm:cmk-disable-or-delete-alarm',
  region: 'us-east-1',
  previousState: 'OK',
  stateReason: 'cmk-alarm fire drill from https://github.com/o/r/actions/runs/1: a TEST notification',
  setAt: '2026-11-29T10:00:00.000Z',
  seconds: 3.2,
  deliveries: [
    { topicArn: TOPIC, outcome: 'delivered', message: `Successfully executed action ${TOPIC}`, seconds: 3.2 }
  ],
  subscribers: [{ topicArn: TOPIC, confirmed: [{ protocol: 'email', endpoint: 's***@example.com' }], pending: 1 }],
  restore: { done: true, message: 'The alarm was set back to OK.' }
}

describe('drillFinding', () => {
  it('passes a delivered drill, with the time it took and the subscribers', () => {
    const f = drillFinding(CIS_AWS_4_7, base)!
    expect(f).toMatchObject({ id: 'drill.delivery', status: 'pass' })
    expect(f.message).toMatch(/1 confirmed subscriber \(and 1 pending.*\) recorded as executed 3.2 s after/)
  })

  it("fails a failed drill with AWS's words", () => {
    const failed: DrillResult = {
      ...base,
      outcome: 'failed',
      deliveries: [{ topicArn: TOPIC, outcome: 'failed', message: 'Failed to execute action. KMS denied' }]
    }
    const f = drillFinding(CIS_AWS_4_7, failed)!
    expect(f.status).toBe('fail')
    expect(f.message).toContain('KMS denied')
    expect(f.fix?.commands).toContain('describe-alarm-history')
  })

  it('is manual when not recorded in time or refused, and absent when skipped', () => {
    expect(drillFinding(CIS_AWS_4_7, { ...base, outcome: 'manual', reason: 'not recorded' })?.status).toBe('manual')
    const refused = drillFinding(CIS_AWS_4_7, { ...base, outcome: 'refused', setAt: undefined, reason: 'in ALARM' })
    expect(refused?.status).toBe('manual')
    expect(refused?.message).toMatch(/^Fire drill refused/)
    expect(drillFinding(CIS_AWS_4_7, { ...base, outcome: 'skipped' })).toBeUndefined()
  })
})

describe('the drill in the summary and the terminal', () => {
  it('says first that subscribers received a TEST notification, when the alarm was set', () => {
    const md = renderDrillMarkdown(base)
    expect(md.split('\n')[0]).toMatch(/Fire drill: subscribers received a TEST notification \(delivered\)/)
    expect(md).toContain('set the alarm cmk-disable-or-delete-alarm to ALARM on purpose')
    expect(md).toContain('email: s\\*\\*\\*@example.com')
    expect(renderDrillText(base)).toMatch(/^Fire drill delivered: .*TEST notification, not a real event/)
  })

  it('says that nothing was sent when the drill changed nothing', () => {
    const refused = { ...base, outcome: 'refused' as const, setAt: undefined, reason: 'the alarm is already in ALARM.' }
    expect(drillHeadline(refused)).toMatch(/nothing was changed and no notification was sent/)
    expect(renderDrillMarkdown(refused)).toMatch(/no notification was sent/)
  })
})
