// Reads the claims of a JWT (the GitHub OIDC token) without verifying it: only to show the user which `sub` and
// `aud` a trust policy has to match. Never logs or returns the token itself.

export interface TokenClaims {
  sub?: string
  /** A string or a list, as in the token. */
  aud?: string | string[]
  iss?: string
  exp?: number
  iat?: number
  [claim: string]: unknown
}

/** The payload (second part) of a compact JWT, base64url-decoded and parsed; undefined when it is not a JWT. */
export function decodeJwtClaims(token: string): TokenClaims | undefined {
  const parts = token.trim().split('.')
  if (parts.length !== 3 || !parts[1]) return undefined
  const payload = parts[1]
  if (!/^[A-Za-z0-9_-]+={0,2}$/.test(payload)) return undefined
  try {
    const json = Buffer.from(payload, 'base64url').toString('utf8')
    const claims: unknown = JSON.parse(json)
    if (!claims || typeof claims !== 'object' || Array.isArray(claims)) return undefined
    return claims as TokenClaims
  } catch {
    return undefined
  }
}

/** `aud` as one line: a string as is, a list joined with ", ". */
export function audienceText(aud: TokenClaims['aud']): string | undefined {
  if (typeof aud === 'string') return aud
  if (Array.isArray(aud) && aud.every((a) => typeof a === 'string')) return aud.join(', ')
  return undefined
}
