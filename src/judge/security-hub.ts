// What Security Hub's control (CloudWatch.7 for CIS 4.7) will say about the same account, and why: it compares the
// pattern text with the prescribed one and evaluates a multi-region trail only in its home region.
import type { Finding, Report } from '../model/report.js'
import type { Chain, JudgeContext } from './context.js'

export function predictSecurityHub(ctx: JudgeContext, findings: Finding[], c: Chain): Report['securityHub'] {
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
  // Security Hub compares the pattern text: where the pattern could not be read, what it will say is unknown
  // (unless a link it also checks fails regardless of the pattern).
  const text = byId.get('filter.security-hub-text')
  const patternUnread = text?.status === 'manual' || byId.get('filter.pattern')?.status === 'manual'
  const blocking = findings.filter((f) => f.status === 'fail' && f.id !== 'filter.security-hub-text')
  if (patternUnread && !blocking.some((f) => f.id.startsWith('trail.'))) {
    return {
      prediction: 'unknown',
      reason: 'The metric filter pattern could not be read, so the text Security Hub compares is unknown.'
    }
  }
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
