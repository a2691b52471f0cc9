// STS role session names: 2-64 characters of [\w+=,.@-]. The default names the repository and the run, so CloudTrail
// shows which workflow run made each call (e.g. `cmk-alarm-octo-org-infra-1234567890`).

export const SESSION_NAME = /^[\w+=,.@-]{2,64}$/
const MAX = 64
const PREFIX = 'cmk-alarm'

/** Replaces every character STS does not accept with '-', and collapses runs of '-'. */
export function sanitizeSessionPart(text: string): string {
  return text
    .replace(/[^\w+=,.@-]/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '')
}

/**
 * `cmk-alarm-<owner>-<repo>-<run id>` from GITHUB_REPOSITORY and GITHUB_RUN_ID, sanitized to STS rules. A long
 * repository name is shortened so that the run id always survives; without either variable, what is there.
 */
export function defaultSessionName(env: NodeJS.ProcessEnv = process.env): string {
  const repo = sanitizeSessionPart(env.GITHUB_REPOSITORY ?? '')
  const run = sanitizeSessionPart(env.GITHUB_RUN_ID ?? '').slice(0, MAX - PREFIX.length - 2)
  const tail = run ? `-${run}` : ''
  const room = MAX - PREFIX.length - tail.length - 1 // 1 for the '-' before the repository
  const middle = repo && room > 0 ? `-${repo.slice(0, room).replace(/-+$/, '')}` : ''
  return `${PREFIX}${middle}${tail}`
}
