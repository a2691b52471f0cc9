// Posts the sticky pull-request comment: finds this action's comment by its hidden marker and updates it, or creates
// it. Three REST calls with the job's token over fetch: @actions/github would add Octokit (and, through
// @octokit/request, a dependency that needs Node 22 while the CLI and tools support Node 20) for nothing more.
// It never fails the step: where the token cannot comment (pull requests from forks get a read-only token) or GitHub
// does not answer, it says so and the job summary carries everything.
import { readFileSync } from 'node:fs'
import { PR_COMMENT_MARKER } from '../report/pr-comment.js'

export interface PullRequestContext {
  /** e.g. https://api.github.com (GITHUB_API_URL on GitHub Enterprise Server). */
  apiUrl: string
  /** owner/repo */
  repository: string
  number: number
  /** The commit the pull request's code is at (for the comment's footer). */
  sha?: string
}

export type CommentOutcome = { action: 'created' | 'updated'; url: string } | { action: 'skipped'; reason: string }

/** The pull request this run is about, from the event payload; undefined for other events. */
export function pullRequestContext(env: NodeJS.ProcessEnv = process.env): PullRequestContext | undefined {
  if (!env.GITHUB_EVENT_PATH || !env.GITHUB_REPOSITORY) return undefined
  let payload: { pull_request?: { number?: unknown; head?: { sha?: unknown } } }
  try {
    payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as typeof payload
  } catch {
    return undefined
  }
  const number = payload.pull_request?.number
  if (typeof number !== 'number' || !Number.isInteger(number) || number <= 0) return undefined
  if (!/^[\w.-]+\/[\w.-]+$/.test(env.GITHUB_REPOSITORY)) return undefined
  const sha = payload.pull_request?.head?.sha
  return {
    apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
    repository: env.GITHUB_REPOSITORY,
    number,
    sha: typeof sha === 'string' ? sha : undefined
  }
}

interface IssueComment {
  id: number
  body?: string
  html_url?: string
}

const PER_PAGE = 100
/** A pull request with more than 3,000 comments is searched no further; a new comment is added. */
const MAX_PAGES = 30

export interface UpsertOptions {
  token: string
  /** Per request; default 10 s. */
  timeoutMs?: number
  fetch?: typeof fetch
}

class GitHubRefused extends Error {
  constructor(
    readonly status: number,
    what: string
  ) {
    super(`GitHub answered ${status} to ${what}`)
  }
}

/** Creates the comment, or updates this action's earlier one on the same pull request. */
export async function upsertPrComment(
  pr: PullRequestContext,
  body: string,
  opts: UpsertOptions
): Promise<CommentOutcome> {
  const doFetch = opts.fetch ?? fetch
  const timeoutMs = opts.timeoutMs ?? 10_000
  const base = `${pr.apiUrl}/repos/${pr.repository}`
  const call = async (method: string, url: string, what: string, payload?: unknown): Promise<unknown> => {
    const response = await doFetch(url, {
      method,
      headers: {
        accept: 'application/vnd.github+json',
        authorization: `Bearer ${opts.token}`,
        'x-github-api-version': '2022-11-28',
        'user-agent': 'cmk-alarm-action',
        ...(payload ? { 'content-type': 'application/json' } : {})
      },
      body: payload ? JSON.stringify(payload) : undefined,
      signal: AbortSignal.timeout(timeoutMs)
    })
    if (!response.ok) throw new GitHubRefused(response.status, what)
    return response.json()
  }
  try {
    let existing: IssueComment | undefined
    for (let page = 1; page <= MAX_PAGES && !existing; page++) {
      const comments = (await call(
        'GET',
        `${base}/issues/${pr.number}/comments?per_page=${PER_PAGE}&page=${page}`,
        'the listing of the pull request comments'
      )) as IssueComment[]
      if (!Array.isArray(comments)) break
      existing = comments.find((c) => typeof c.body === 'string' && c.body.includes(PR_COMMENT_MARKER))
      if (comments.length < PER_PAGE) break
    }
    const saved = (
      existing
        ? await call('PATCH', `${base}/issues/comments/${existing.id}`, 'the update of the comment', { body })
        : await call('POST', `${base}/issues/${pr.number}/comments`, 'the new comment', { body })
    ) as IssueComment
    return { action: existing ? 'updated' : 'created', url: saved.html_url ?? '' }
  } catch (error) {
    if (error instanceof GitHubRefused && (error.status === 403 || error.status === 404 || error.status === 401)) {
      return {
        action: 'skipped',
        reason: `${error.message}: this token cannot comment on the pull request (pull requests from forks get a read-only token; the job needs "permissions: pull-requests: write"). The job summary has the whole report.`
      }
    }
    const why = error instanceof Error ? error.message : String(error)
    return {
      action: 'skipped',
      reason: `GitHub did not take the comment (${why}). The job summary has the whole report.`
    }
  }
}
