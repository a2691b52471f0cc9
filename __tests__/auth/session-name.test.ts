import { describe, it, expect } from '@jest/globals'
import { SESSION_NAME, defaultSessionName, sanitizeSessionPart } from '../../src/auth/session-name.js'

describe('defaultSessionName', () => {
  it('names the repository and the run', () => {
    expect(defaultSessionName({ GITHUB_REPOSITORY: 'octo-org/infra', GITHUB_RUN_ID: '1234567890' })).toBe(
      'cmk-alarm-octo-org-infra-1234567890'
    )
  })

  it('replaces what STS refuses and collapses dashes', () => {
    expect(sanitizeSessionPart('my org/repo (2)')).toBe('my-org-repo-2')
    expect(defaultSessionName({ GITHUB_REPOSITORY: 'Org/Repo.Name_x', GITHUB_RUN_ID: '7' })).toBe(
      'cmk-alarm-Org-Repo.Name_x-7'
    )
  })

  it('shortens a long repository name but keeps the run id, within 64 characters', () => {
    const name = defaultSessionName({ GITHUB_REPOSITORY: `octo-org/${'a'.repeat(100)}`, GITHUB_RUN_ID: '98765432101' })
    expect(name.length).toBeLessThanOrEqual(64)
    expect(name).toMatch(/^cmk-alarm-octo-org-a+-98765432101$/)
    expect(SESSION_NAME.test(name)).toBe(true)
  })

  it('works without the runner variables (CLI, local runs)', () => {
    expect(defaultSessionName({})).toBe('cmk-alarm')
    expect(defaultSessionName({ GITHUB_RUN_ID: '5' })).toBe('cmk-alarm-5')
  })

  it('is always a valid session name', () => {
    for (const repo of ['a/b', '///', 'x'.repeat(200), 'ü/ñ', 'a-/-b']) {
      for (const run of ['', '1', '9'.repeat(80)]) {
        const name = defaultSessionName({ GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run })
        expect(SESSION_NAME.test(name)).toBe(true)
      }
    }
  })
})
