// The cross-check's pure part: which events go to AWS's evaluator, the engine's answer for each, the comparison with
// AWS's answer event by event, and the finding a disagreement becomes.
import { describe, it, expect } from '@jest/globals'
import { CIS_AWS_4_7 } from '../../src/controls/cis-4.7.js'
import {
  compareWithAws,
  crossCheckEvents,
  crossCheckFinding,
  engineAnswers,
  matchedByMessage,
  MAX_CROSS_CHECK_EVENTS
} from '../../src/judge/cross-check.js'
import { judgePattern } from '../../src/pattern/index.js'

const control = CIS_AWS_4_7
const CIS = control.patterns.cis
const where = (pattern: string) => ({
  pattern,
  resource: 'arn:aws:logs:us-east-1:123456789012:log-group:trail:metric-filter/f',
  region: 'us-east-1'
})

describe('crossCheckEvents', () => {
  const events = crossCheckEvents(control, judgePattern(CIS, control))

  it('sends the shapes the judgement rests on, for both calls, and calls that must not match, within 50', () => {
    expect(events.length).toBeLessThanOrEqual(MAX_CROSS_CHECK_EVENTS)
    const labels = events.map((e) => e.label).join('\n')
    for (const name of ['DisableKey', 'ScheduleKeyDeletion'])
      for (const shape of ['IAM user', 'assumed role', 'root user', 'AWS service', 'refused (']) {
        expect([name, shape, labels.includes(`${name}, ${shape}`)]).toEqual([name, shape, true])
      }
    expect(events.filter((e) => e.target).length).toBeGreaterThanOrEqual(10)
    expect(events.filter((e) => !e.target).length).toBeGreaterThanOrEqual(3)
    // Each message once, and each a CloudTrail record as JSON.
    expect(new Set(events.map((e) => e.message)).size).toBe(events.length)
    for (const e of events) expect(() => JSON.parse(e.message)).not.toThrow()
    const shapes = events.map((e) => JSON.parse(e.message) as { userIdentity?: { type?: string }; errorCode?: string })
    expect(new Set(shapes.map((s) => s.userIdentity?.type))).toEqual(
      new Set(['IAMUser', 'AssumedRole', 'Root', 'AWSService'])
    )
    expect(shapes.some((s) => typeof s.errorCode === 'string')).toBe(true)
  })

  it('adds the counter-example of a pattern that misses a call, and the over-broad example of one that matches too much', () => {
    const narrow = '{ ($.eventSource = kms.amazonaws.com) && ($.eventName = DisableKey) }'
    const missed = crossCheckEvents(control, judgePattern(narrow, control))
    const counter = missed.find((e) => e.label.includes('counter-example'))
    expect(counter).toBeDefined()
    expect(JSON.parse(counter!.message).eventName).toBe('ScheduleKeyDeletion')
    const broad = crossCheckEvents(control, judgePattern('{ $.eventSource = kms.amazonaws.com }', control))
    expect(broad.find((e) => e.label.includes('over-broad'))?.target).toBe(false)
  })
})

describe('compareWithAws', () => {
  const events = crossCheckEvents(control, judgePattern(CIS, control))
  const engine = engineAnswers(CIS, events).answers.map((a) => a === 'match')

  it('agrees when AWS gives the engine answer for every event', () => {
    const r = compareWithAws(where(CIS), events, { kind: 'matches', matched: engine })
    expect(r.disagreements).toEqual([])
    expect(r.events).toHaveLength(events.length)
    const f = crossCheckFinding(control, r)
    expect(f).toMatchObject({ id: 'cross-check.agreement', status: 'pass' })
    expect(f.message).toMatch(new RegExp(`gives the engine's answer for all ${events.length} events`))
  })

  it('reports each event where AWS disagrees, with both answers, in either direction, as manual', () => {
    const flipped = [...engine]
    flipped[1] = !flipped[1] // AWS says no match where the engine matches (an assumed role's DisableKey)
    const lastOther = events.length - 1
    flipped[lastOther] = !flipped[lastOther] // AWS matches a call of another service
    const r = compareWithAws(where(CIS), events, { kind: 'matches', matched: flipped })
    expect(r.disagreements.map((d) => [d.label, d.aws, d.engine])).toEqual([
      [events[1]!.label, 'no match', 'match'],
      [events[lastOther]!.label, 'match', 'no match']
    ])
    const f = crossCheckFinding(control, r)
    expect(f.status).toBe('manual')
    expect(f.title).toBe(control.extraChecks['cross-check.agreement'].failTitle)
    expect(f.message).toContain(`disagree on 2 of ${events.length} events`)
    expect(f.message).toContain(`${events[1]!.label}: AWS: no match, the engine: match`)
    // The fix reproduces it with the events in full.
    expect(f.fix?.commands).toContain('aws logs test-metric-filter')
    expect(f.fix?.commands).toContain(events[1]!.message.slice(0, 40))
  })

  it('is a disagreement when only one side rejects the pattern', () => {
    const r = compareWithAws(where(CIS), events, { kind: 'invalid-pattern', message: 'Invalid metric filter pattern' })
    expect(r.disagreements.length).toBeGreaterThan(0)
    const f = crossCheckFinding(control, r)
    expect(f.status).toBe('manual')
    expect(f.message).toMatch(/AWS rejects the pattern \(Invalid metric filter pattern\); the engine reads it/)
  })

  it('agrees when both reject the pattern', () => {
    const bad = '{ $.eventName = '
    const r = compareWithAws(where(bad), events, { kind: 'invalid-pattern', message: 'Invalid metric filter pattern' })
    expect(r.disagreements).toEqual([])
    expect(crossCheckFinding(control, r)).toMatchObject({ status: 'pass' })
  })

  it('is manual, never pass, when AWS could not be asked', () => {
    const r = compareWithAws(where(CIS), events, {
      kind: 'unanswered',
      problem: { kind: 'access-denied', action: 'logs:TestMetricFilter', message: 'logs:TestMetricFilter was refused' }
    })
    const f = crossCheckFinding(control, r)
    expect(f.status).toBe('manual')
    expect(f.fix?.change).toContain('policies/cross-check.json')
  })
})

describe('matchedByMessage', () => {
  const events = crossCheckEvents(control, judgePattern(CIS, control)).slice(0, 3)

  it('ties each match to its event by the message AWS returns', () => {
    expect(matchedByMessage(events, [{ eventNumber: 3, eventMessage: events[2]!.message }])).toEqual({
      ok: true,
      matched: [false, false, true]
    })
  })

  it('refuses to guess from eventNumber alone', () => {
    const r = matchedByMessage(events, [{ eventNumber: 1 }])
    expect(r.ok).toBe(false)
  })
})
