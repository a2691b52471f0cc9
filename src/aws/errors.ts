// Turns an SDK error into a ReadProblem that names the refused IAM action, so a permission gap becomes a `manual`
// finding with its fix instead of a false failure or a stack trace.
import type { ReadProblem } from '../model/state.js'

const ACCESS_DENIED = new Set([
  'AccessDenied',
  'AccessDeniedException',
  'AuthorizationError',
  'AuthorizationErrorException',
  'UnauthorizedOperation',
  'UnrecognizedClientException',
  'InvalidClientTokenId',
  'ExpiredToken',
  'ExpiredTokenException'
])
const NOT_FOUND = new Set([
  'NotFound',
  'NotFoundException',
  'ResourceNotFound',
  'ResourceNotFoundException',
  'TrailNotFoundException',
  'TopicNotFound'
])

interface SdkErrorShape {
  name?: string
  Code?: string
  message?: string
  $metadata?: { httpStatusCode?: number }
}

export function errorCode(error: unknown): string {
  const e = (error ?? {}) as SdkErrorShape
  return e.name ?? e.Code ?? 'Error'
}

export function classifyError(error: unknown, action: string): ReadProblem {
  const e = (error ?? {}) as SdkErrorShape
  const code = errorCode(error)
  const status = e.$metadata?.httpStatusCode
  const detail = oneLine(e.message ?? String(error))
  if (ACCESS_DENIED.has(code) || status === 403) {
    return { kind: 'access-denied', action, message: `${action} was refused (${code}): ${detail}` }
  }
  if (NOT_FOUND.has(code) || status === 404) {
    return { kind: 'not-found', action, message: `${action}: not found (${code}): ${detail}` }
  }
  return { kind: 'error', action, message: `${action} failed (${code}): ${detail}` }
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > 300 ? `${flat.slice(0, 297)}...` : flat
}
