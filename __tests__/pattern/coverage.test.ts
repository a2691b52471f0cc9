// judgePattern against CIS 4.7 / Security Hub CloudWatch.7, including the cases of anchors-checkers.md §7.
import { describe, expect, it } from '@jest/globals'
import { CIS_AWS_4_7 } from '../../src/controls/cis-4.7.js'
import { judgePattern as judge, matchesMessage } from '../../src/pattern/index.js'

/** The judgement against CIS AWS 4.7's target and prescribed texts. */
const judgePattern = (text: string) => judge(text, CIS_AWS_4_7)
/** The CIS literal, which enforce writes. */
const PRESCRIBED_PATTERN = CIS_AWS_4_7.patterns.cis

const CIS = '{($.eventSource = kms.amazonaws.com) && (($.eventName=DisableKey)||($.eventName=ScheduleKeyDeletion)) }'
const SECURITY_HUB =
  '{($.eventSource=kms.amazonaws.com) && (($.eventName=DisableKey) || ($.eventName=ScheduleKeyDeletion))}'

// spec §9 variants A-H: same meaning, different whitespace/quoting.
const VARIANTS: Record<string, { text: string; prescribed: boolean }> = {
  A: { text: CIS, prescribed: true },
  B: {
    text: '{($.eventSource = kms.amazonaws.com) && (($.eventName=DisableKey)||($.eventName=ScheduleKeyDeletion))}',
    prescribed: true
  },
  C: { text: SECURITY_HUB, prescribed: true },
  D: {
    text: '{ ($.eventSource = kms.amazonaws.com) && (($.eventName = DisableKey) || ($.eventName = ScheduleKeyDeletion)) }',
    prescribed: true
  },
  E: {
    text: '{ ($.eventSource = "kms.amazonaws.com") && (($.eventName = "DisableKey") || ($.eventName = "ScheduleKeyDeletion")) }',
    prescribed: false
  },
  F: {
    text: '{ ($.eventSource = kms.amazonaws.com) && (($.eventName=DisableKey) || ($.eventName=ScheduleKeyDeletion)) }',
    prescribed: true
  },
  G: {
    text: '{ ($.eventSource=kms.amazonaws.com) && (($.eventName=DisableKey)||($.eventName=ScheduleKeyDeletion)) }',
    prescribed: true
  },
  H: {
    text: '{($.eventSource = kms.amazonaws.com) &&  (($.eventName=DisableKey)||($.eventName=ScheduleKeyDeletion)) }',
    prescribed: true
  },
  'H (heredoc)': {
    text: '{($.eventSource = kms.amazonaws.com) && (($.eventName=DisableKey)||\n($.eventName=ScheduleKeyDeletion)) }',
    prescribed: true
  }
}

describe('judgePattern: the prescribed variants (spec §9)', () => {
  for (const [name, { text, prescribed }] of Object.entries(VARIANTS)) {
    it(`variant ${name} covers, is not broad, prescribed text: ${prescribed}`, () => {
      const judgement = judgePattern(text)
      expect(judgement).toMatchObject({
        valid: true,
        kind: 'json',
        covers: true,
        broad: false,
        prescribedText: prescribed
      })
      expect(judgement.counterexample).toBeUndefined()
      expect(judgement.broadExample).toBeUndefined()
    })
  }

  it('names the form: exact Security Hub text vs the CIS literal', () => {
    expect(judgePattern(SECURITY_HUB).prescribedForm).toBe('security-hub')
    expect(judgePattern(CIS).prescribedForm).toBe('cis')
    expect(judgePattern(VARIANTS.E!.text).prescribedForm).toBeUndefined()
  })

  it('PRESCRIBED_PATTERN is the CIS literal and judges as the ideal filter', () => {
    expect(PRESCRIBED_PATTERN).toBe(CIS)
    expect(judgePattern(PRESCRIBED_PATTERN)).toMatchObject({ covers: true, broad: false, prescribedText: true })
  })

  it('buggy variants I and J are invalid, with a position', () => {
    const extraBrace = judgePattern(`${VARIANTS.B!.text} }`)
    expect(extraBrace).toMatchObject({ valid: false, covers: false, prescribedText: false })
    expect(extraBrace.error?.position).toBe(VARIANTS.B!.text.length)
    expect(judgePattern('{ {($.eventSource = kms.amazonaws.com)} = "*" }').valid).toBe(false)
  })
})

/** Checks what a user is told: a verified counter-example of the named call, missed by the pattern. */
function expectCounterexample(text: string, eventName: string): Record<string, unknown> {
  const judgement = judgePattern(text)
  expect(judgement.covers).toBe(false)
  const event = JSON.parse(judgement.counterexample as string) as Record<string, unknown>
  expect(event).toMatchObject({ eventSource: 'kms.amazonaws.com', eventName })
  expect(matchesMessage(text, judgement.counterexample as string)).toBe(false)
  expect(judgement.explanation).toMatch(/\S/)
  return event
}

function expectBroad(text: string): Record<string, unknown> {
  const judgement = judgePattern(text)
  expect(judgement.broad).toBe(true)
  const event = JSON.parse(judgement.broadExample as string) as Record<string, unknown>
  const isTarget =
    event.eventSource === 'kms.amazonaws.com' &&
    ['DisableKey', 'ScheduleKeyDeletion'].includes(event.eventName as string)
  expect(isTarget).toBe(false)
  expect(matchesMessage(text, judgement.broadExample as string)).toBe(true)
  return event
}

describe('judgePattern: patterns that do not cover', () => {
  it('DisableKeyRotation instead of DisableKey misses DisableKey', () => {
    expectCounterexample(CIS.replace('=DisableKey)', '=DisableKeyRotation)'), 'DisableKey')
  })

  it('a missing clause (only DisableKey) misses ScheduleKeyDeletion', () => {
    const text = '{($.eventSource = kms.amazonaws.com) && ($.eventName=DisableKey) }'
    expectCounterexample(text, 'ScheduleKeyDeletion')
    expect(judgePattern(text).explanation).toContain('ScheduleKeyDeletion')
  })

  it('only ScheduleKeyDeletion misses DisableKey', () => {
    expectCounterexample('{ (($.eventName = ScheduleKeyDeletion)) }', 'DisableKey')
  })

  it('a negated clause misses DisableKey', () => {
    expectCounterexample('{ ($.eventSource = kms.amazonaws.com) && ($.eventName != DisableKey) }', 'DisableKey')
  })

  it('$.eventSource != kms.amazonaws.com never matches KMS calls', () => {
    expectCounterexample(
      '{ ($.eventSource != kms.amazonaws.com) && (($.eventName=DisableKey)||($.eventName=ScheduleKeyDeletion)) }',
      'DisableKey'
    )
  })

  it('&& $.errorCode NOT EXISTS misses failed calls: the counter-example has an errorCode', () => {
    const event = expectCounterexample(CIS.replace(/ }$/, ' && $.errorCode NOT EXISTS }'), 'DisableKey')
    expect(typeof event.errorCode).toBe('string')
    expect(judgePattern(CIS.replace(/ }$/, ' && $.errorCode NOT EXISTS }')).explanation).toContain('$.errorCode')
  })

  it('&& $.userIdentity.type = Root misses calls by other identities', () => {
    const event = expectCounterexample(CIS.replace(/ }$/, ' && $.userIdentity.type = Root }'), 'DisableKey')
    expect((event.userIdentity as Record<string, unknown>).type).not.toBe('Root')
  })

  it('an extra exclusion && ($.userIdentity.arn != ...) misses events without that field (!= on a missing field is false)', () => {
    expectCounterexample(
      CIS.replace(/ }$/, ' && ($.userIdentity.arn != "arn:aws:iam::111122223333:user/Bob") }'),
      'DisableKey'
    )
  })

  it('a condition on an unusual field is falsified by a built event', () => {
    const text = CIS.replace(/ }$/, ' && $.additionalEventData.note NOT EXISTS }')
    const event = expectCounterexample(text, 'DisableKey')
    expect(event.additionalEventData).toBeDefined()
  })

  it('terms are ANDed: "DisableKey ScheduleKeyDeletion" needs both words', () => {
    expect(judgePattern('DisableKey ScheduleKeyDeletion').kind).toBe('terms')
    expectCounterexample('DisableKey ScheduleKeyDeletion', 'DisableKey')
  })

  it('an excluded term can be planted by the caller, e.g. in the user agent', () => {
    const event = expectCounterexample('?DisableKey ?ScheduleKeyDeletion -Decrypt', 'DisableKey')
    expect(JSON.stringify(event)).toContain('Decrypt')
  })

  it('a space-delimited pattern with conditions is not certain to cover', () => {
    const judgement = judgePattern('[a, b, c]')
    expect(judgement).toMatchObject({ valid: true, kind: 'space-delimited', covers: false })
  })

  it('an invalid pattern does not cover and says why', () => {
    const judgement = judgePattern('{ $.eventName = DisableKey')
    expect(judgement).toMatchObject({ valid: false, covers: false, broad: false })
    expect(judgement.error?.expected).toBeTruthy()
    expect(judgement.explanation).toMatch(/not valid/)
  })
})

describe('judgePattern: patterns that cover but are broad', () => {
  it('top-level || alarms on every KMS call', () => {
    const text =
      '{ $.eventSource = kms.amazonaws.com || $.eventName = DisableKey || $.eventName = ScheduleKeyDeletion }'
    expect(judgePattern(text).covers).toBe(true)
    expect(expectBroad(text).eventSource).toBe('kms.amazonaws.com')
  })

  it('a superset (+ CancelKeyDeletion) covers and is broad with a CancelKeyDeletion example', () => {
    const text = CIS.replace(
      '($.eventName=ScheduleKeyDeletion)',
      '($.eventName=ScheduleKeyDeletion)||($.eventName=CancelKeyDeletion)'
    )
    expect(judgePattern(text).covers).toBe(true)
    expect(expectBroad(text).eventName).toBe('CancelKeyDeletion')
  })

  it('$.eventSource = kms* covers; it also admits any other source starting with "kms"', () => {
    const text = CIS.replace('= kms.amazonaws.com', '= kms*')
    expect(judgePattern(text).covers).toBe(true)
    expect(String(expectBroad(text).eventSource)).toMatch(/^kms/)
  })

  it("no eventSource clause covers but also matches other services' calls of that name", () => {
    const text = '{ ($.eventName = "DisableKey") || ($.eventName = "ScheduleKeyDeletion") }'
    expect(judgePattern(text).covers).toBe(true)
    expect(expectBroad(text).eventSource).not.toBe('kms.amazonaws.com')
  })

  it.each(['', '""', '{ $.eventSource = * }', '[]', '%.%'])('%j matches everything', (text) => {
    expect(judgePattern(text)).toMatchObject({ valid: true, covers: true, broad: true })
    expectBroad(text)
  })

  it('?DisableKey ?ScheduleKeyDeletion covers; as a substring it also matches DisableKeyRotation', () => {
    expect(judgePattern('?DisableKey ?ScheduleKeyDeletion').covers).toBe(true)
    expect(expectBroad('?DisableKey ?ScheduleKeyDeletion').eventName).toBe('DisableKeyRotation')
  })

  it('the clause order and parentheses do not matter to coverage (but do to the prescribed text)', () => {
    for (const text of [
      '{ (($.eventName=ScheduleKeyDeletion)||($.eventName=DisableKey)) && ($.eventSource = kms.amazonaws.com) }',
      '{ $.eventSource = kms.amazonaws.com && ($.eventName = DisableKey || $.eventName = ScheduleKeyDeletion) }',
      '{ ($.eventSource = "kms.amazonaws.com")\n  && (($.eventName = "DisableKey")\n  || ($.eventName = "ScheduleKeyDeletion")) }'
    ]) {
      expect(judgePattern(text)).toMatchObject({ covers: true, broad: false, prescribedText: false })
    }
  })
})
