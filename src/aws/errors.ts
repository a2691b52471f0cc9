// What an error from AWS means, for every AWS call of the tool (credentials included): worth another attempt or not
// (isTransientError, the one list the retry toolkit uses), and, for a read, a ReadProblem that names the refused IAM
// action, so a permission gap becomes a `manual` finding with its fix instead of a false failure or a stack trace.
import type { ReadProblem } from '../model/state.js'
import { isAnswerTooLarge } from './answer-size.js'
import { TimeBudgetExceeded } from './budget.js'

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

const THROTTLING = new Set([
  'Throttling',
  'ThrottlingException',
  'ThrottledException',
  'TooManyRequestsException',
  'RequestLimitExceeded',
  'RequestThrottled',
  'RequestThrottledException',
  'SlowDown',
  'PriorRequestNotComplete',
  'ProvisionedThroughputExceededException',
  'BandwidthLimitExceeded',
  'EC2ThrottledException',
  'TransactionInProgressException',
  // STS: the identity provider (GitHub's OIDC keys endpoint) could not be reached; AWS says to retry.
  'IDPCommunicationError',
  'IDPCommunicationErrorException'
])
const NETWORK = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
  'ECONNABORTED',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENETDOWN',
  'EAI_AGAIN',
  'ERR_STREAM_PREMATURE_CLOSE',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT'
])
const TIMEOUT = new Set(['TimeoutError', 'RequestTimeout', 'RequestTimeoutException', 'NetworkingError'])

interface SdkErrorShape {
  name?: string
  Code?: string
  code?: string
  message?: string
  $metadata?: { httpStatusCode?: number; attempts?: number }
  $response?: unknown
  $fault?: string
  $retryable?: unknown
  cause?: unknown
}

export function errorCode(error: unknown): string {
  const e = (error ?? {}) as SdkErrorShape
  return e.name ?? e.Code ?? 'Error'
}

/**
 * A response that arrived cut or unreadable (a body that is not the JSON/XML it claims to be). Its message may quote
 * the partial body, i.e. account data, so it is never shown.
 */
export function isMalformedResponse(error: unknown): boolean {
  const e = (error ?? {}) as SdkErrorShape
  return (
    e.name === 'SyntaxError' ||
    e.name === 'MalformedAnswer' ||
    /Deserialization error|XML parse error|Unexpected end of|is not valid JSON|not well-formed|unclosed tag/i.test(
      e.message ?? ''
    )
  )
}

/**
 * An error that another attempt may not have: throttling, a 5xx answer, a network error (reset, refused, timeout, a
 * response cut mid-body) or a malformed response. Refusals (403), not-found and validation errors are not.
 */
export function isTransientError(error: unknown): boolean {
  // An answer too large to read would be as large again: not worth another attempt (nor the memory).
  if (error instanceof TimeBudgetExceeded || isAnswerTooLarge(error)) return false
  const e = (error ?? {}) as SdkErrorShape
  const code = errorCode(error)
  const status = e.$metadata?.httpStatusCode ?? 0
  if (ACCESS_DENIED.has(code) || status === 403 || NOT_FOUND.has(code) || status === 404) return false
  return (
    THROTTLING.has(code) ||
    TIMEOUT.has(code) ||
    status >= 500 ||
    status === 429 ||
    (e.$fault === 'server' && status === 0) ||
    !!e.$retryable ||
    NETWORK.has(e.code ?? '') ||
    /^(socket hang up|aborted|read ECONNRESET)$/i.test(e.message ?? '') ||
    isMalformedResponse(error) ||
    (e.cause !== undefined && e.cause !== error && isTransientError(e.cause))
  )
}

/** `attempts`: how many requests were made in all (default: the SDK's count for this error's call). */
export function classifyError(error: unknown, action: string, attempts?: number): ReadProblem {
  const e = (error ?? {}) as SdkErrorShape
  if (error instanceof TimeBudgetExceeded) {
    return { kind: 'error', action, message: `${action} was not completed: ${error.message}` }
  }
  if (isAnswerTooLarge(error)) {
    // Checked before the malformed-answer case: the SDK adds "Deserialization error" to the message of any error
    // raised while it reads a body. Nothing of the body is quoted.
    return { kind: 'error', action, message: `${action} failed: ${(error as Error).message.split('\n')[0]}` }
  }
  const code = errorCode(error)
  const status = e.$metadata?.httpStatusCode
  const tries = attempts ?? e.$metadata?.attempts ?? 1
  const after = tries > 1 ? ` after ${tries} attempts` : ''
  if (e.name === 'MalformedAnswer') {
    return { kind: 'error', action, message: `${e.message ?? action}; tried ${tries} time${tries > 1 ? 's' : ''}` }
  }
  if (isMalformedResponse(error)) {
    return {
      kind: 'error',
      action,
      message: `${action} failed${after}: the response was cut off or malformed (${code})`
    }
  }
  const detail = oneLine(e.message ?? String(error))
  if (ACCESS_DENIED.has(code) || status === 403) {
    return { kind: 'access-denied', action, message: `${action} was refused (${code}): ${detail}` }
  }
  if (NOT_FOUND.has(code) || status === 404) {
    return { kind: 'not-found', action, message: `${action}: not found (${code}): ${detail}` }
  }
  return { kind: 'error', action, message: `${action} failed${after} (${code}): ${detail}` }
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > 300 ? `${flat.slice(0, 297)}...` : flat
}
