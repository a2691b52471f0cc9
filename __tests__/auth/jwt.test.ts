import { describe, it, expect } from '@jest/globals'
import { audienceText, decodeJwtClaims } from '../../src/auth/jwt.js'
import { fakeGithubJwt } from './oidc-stubs.js'

describe('decodeJwtClaims', () => {
  it('reads the claims of a GitHub-shaped token without verifying it', () => {
    const claims = decodeJwtClaims(
      fakeGithubJwt({ sub: 'repo:octo-org/infra:environment:production', aud: 'sts.amazonaws.com' })
    )
    expect(claims?.sub).toBe('repo:octo-org/infra:environment:production')
    expect(claims?.aud).toBe('sts.amazonaws.com')
    expect(claims?.iss).toBe('https://token.actions.githubusercontent.com')
    expect(typeof claims?.exp).toBe('number')
  })

  it('decodes base64url (- and _, no padding) and UTF-8', () => {
    // '>>>' and '???' encode to base64 with '+' and '/', i.e. base64url '-' and '_'.
    const payload = { sub: 'repo:ö/ü:ref:refs/heads/>>>???', aud: ['a', 'b'] }
    const encoded = Buffer.from(JSON.stringify(payload)).toString('base64url')
    expect(encoded).toMatch(/[-_]/)
    expect(decodeJwtClaims(`e30.${encoded}.sig`)).toEqual(payload)
    expect(decodeJwtClaims(`e30.${encoded}==.sig`)).toEqual(payload)
  })

  it.each([
    ['not a JWT', 'opaque-token'],
    ['two parts', 'a.b'],
    ['an empty payload', 'a..c'],
    ['a payload that is not base64url', 'a.b+c/d.e'],
    ['a payload that is not JSON', `a.${Buffer.from('nope').toString('base64url')}.c`],
    ['a payload that is a JSON array', `a.${Buffer.from('[1]').toString('base64url')}.c`]
  ])('returns undefined for %s', (_name, token) => {
    expect(decodeJwtClaims(token)).toBeUndefined()
  })

  it('shows aud as a string or a joined list', () => {
    expect(audienceText('sts.amazonaws.com')).toBe('sts.amazonaws.com')
    expect(audienceText(['x', 'y'])).toBe('x, y')
    expect(audienceText(undefined)).toBeUndefined()
  })
})
