// Answers that are not answers. A 200 answer that lacks what every correct answer of its operation carries (an empty
// body, `{}`, an error document or an HTML page that the SDK deserialized into an empty output) must never read as
// "nothing configured": each adapter names the fields its operation always returns, and a missing one is an error that
// read() classifies (and retries: a proxy's hiccup may pass), so the judges say `manual` naming the call.

/** A 200 answer without the fields a correct answer of the operation has. */
export class MalformedAnswerError extends Error {
  constructor(
    readonly action: string,
    readonly missing: string
  ) {
    super(
      `${action} answered without ${missing}, which every correct answer carries (an empty body, {}, an error document or HTML is not an answer)`
    )
    this.name = 'MalformedAnswer'
  }
}

/**
 * Checks that `output` has every field in `paths` (dot-separated, e.g. `Attributes.TopicArn`) and returns it. An
 * `undefined` or `null` field is missing; an empty list or string is an answer.
 */
export function requireFields<T extends object>(action: string, output: T, ...paths: string[]): T {
  for (const path of paths) {
    let value: unknown = output
    for (const key of path.split('.')) {
      value = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined
    }
    if (value === undefined || value === null) throw new MalformedAnswerError(action, path)
  }
  return output
}
