// The sticky comment against a local stand-in of the GitHub API: created once, updated in place, found past the
// first page, skipped with the reason where the token cannot comment.
import { describe, it, expect, afterEach } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pullRequestContext, upsertPrComment, type PullRequestContext } from '../../src/github/pr-comment.js'
import { PR_COMMENT_MARKER } from '../../src/report/pr-comment.js'
import { startGitHubStub, type GitHubStub } from '../harness/github-stub.js'

let stub: GitHubStub | undefined
afterEach(async () => {
  await stub?.close()
  stub = undefined
})

const body = (text: string) => `${PR_COMMENT_MARKER}\n${text}`

describe('upsertPrComment', () => {
  it('creates the comment once, then updates it in place', async () => {
    stub = await startGitHubStub()
    const pr: PullRequestContext = { apiUrl: stub.url, repository: 'octo-org/infra', number: 7 }
    stub.comments.set(7, [{ id: 1, body: 'LGTM', html_url: '' }])
    const first = await upsertPrComment(pr, body('first run'), { token: 'ghs_token' })
    expect(first).toMatchObject({ action: 'created' })
    const second = await upsertPrComment(pr, body('second run'), { token: 'ghs_token' })
    expect(second).toMatchObject({ action: 'updated' })
    expect(stub.comments.get(7)!.map((c) => c.body)).toEqual(['LGTM', body('second run')])
    expect(stub.requests.every((r) => r.authorization === 'Bearer ghs_token')).toBe(true)
  })

  it('finds its comment past the first page of comments', async () => {
    stub = await startGitHubStub()
    const others = Array.from({ length: 130 }, (_, i) => ({ id: i + 1, body: `comment ${i}`, html_url: '' }))
    stub.comments.set(3, [...others, { id: 999, body: body('old'), html_url: '' }])
    const outcome = await upsertPrComment({ apiUrl: stub.url, repository: 'octo-org/infra', number: 3 }, body('new'), {
      token: 't'
    })
    expect(outcome.action).toBe('updated')
    expect(stub.comments.get(3)).toHaveLength(131)
    expect(stub.requests.filter((r) => r.method === 'GET')).toHaveLength(2)
  })

  it('skips with the reason where the token may not comment (a fork), and where GitHub does not answer', async () => {
    stub = await startGitHubStub()
    stub.refuseWrites = 403
    const refused = await upsertPrComment({ apiUrl: stub.url, repository: 'octo-org/infra', number: 1 }, body('x'), {
      token: 't'
    })
    expect(refused).toEqual({ action: 'skipped', reason: expect.stringContaining('forks get a read-only token') })
    const unreachable = await upsertPrComment(
      { apiUrl: 'http://127.0.0.1:9', repository: 'o/r', number: 1 },
      body('x'),
      {
        token: 't',
        timeoutMs: 2_000
      }
    )
    expect(unreachable).toEqual({
      action: 'skipped',
      reason: expect.stringContaining('The job summary has the whole report')
    })
  })
})

describe('pullRequestContext', () => {
  it('reads the pull request from the event payload, and nothing for other events', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'cmk-pr-'))
    const event = path.join(dir, 'event.json')
    writeFileSync(event, JSON.stringify({ pull_request: { number: 42, head: { sha: 'abc' } } }))
    const env = {
      GITHUB_EVENT_PATH: event,
      GITHUB_REPOSITORY: 'octo-org/infra',
      GITHUB_API_URL: 'https://ghe.example/api/v3/'
    }
    expect(pullRequestContext(env)).toEqual({
      apiUrl: 'https://ghe.example/api/v3',
      repository: 'octo-org/infra',
      number: 42,
      sha: 'abc'
    })
    writeFileSync(event, JSON.stringify({ schedule: '0 5 * * 1' }))
    expect(pullRequestContext(env)).toBeUndefined()
  })
})
