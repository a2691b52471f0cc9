import { describe, it, expect } from '@jest/globals'
import {
  codeFence,
  escapeHtml,
  escapeMarkdownCell,
  neutralizeWorkflowCommands,
  redactEndpoint,
  redactEndpointIn,
  toSingleLine,
  truncate
} from '../../src/report/redact.js'
import { HOSTILE } from './fixtures.js'
import { expectNoWorkflowCommands } from './helpers.js'

describe('redactEndpoint', () => {
  it('keeps the first character and the domain of an email address', () => {
    expect(redactEndpoint('email', 'security.team@example.com')).toBe('s***@example.com')
    expect(redactEndpoint('email-json', 'ops@corp.example.org')).toBe('o***@corp.example.org')
    expect(redactEndpoint('EMAIL', ' a@b.io ')).toBe('a***@b.io')
  })

  it('hides an email address it cannot parse', () => {
    expect(redactEndpoint('email', 'not-an-address')).toBe('***')
    expect(redactEndpoint('email', '@example.com')).toBe('***')
  })

  it('drops credentials, query, fragment and path (webhook secrets live there) from a URL, keeping host and port', () => {
    expect(redactEndpoint('https', 'https://user:secret@hooks.example.com:8443/alerts/in?token=abc#frag')).toBe(
      'https://hooks.example.com:8443/…'
    )
    expect(redactEndpoint('http', 'http://example.com')).toBe('http://example.com/')
    expect(redactEndpoint('https', 'not a url')).toBe('***')
    expect(redactEndpoint('https', 'javascript:alert(1)')).toBe('***')
  })

  it('keeps only the last two digits of a phone number', () => {
    expect(redactEndpoint('sms', '+1 (555) 123-4567')).toBe('***67')
    expect(redactEndpoint('sms', '7')).toBe('***')
  })

  it('keeps ARNs of AWS subscribers', () => {
    for (const [protocol, arn] of [
      ['sqs', 'arn:aws:sqs:us-east-1:123456789012:alerts'],
      ['lambda', 'arn:aws:lambda:us-east-1:123456789012:function:page'],
      ['firehose', 'arn:aws:firehose:us-east-1:123456789012:deliverystream/s'],
      ['application', 'arn:aws:sns:us-east-1:123456789012:endpoint/GCM/app/abc']
    ]) {
      expect(redactEndpoint(protocol!, arn!)).toBe(arn)
    }
  })

  it('hides an endpoint of a protocol it does not know', () => {
    expect(redactEndpoint('carrier-pigeon', 'loft 7')).toBe('***')
  })
})

describe('escapeHtml', () => {
  it('escapes the five HTML special characters', () => {
    expect(escapeHtml(`<img src="x" onerror='alert(1)'> & co`)).toBe(
      '&lt;img src=&quot;x&quot; onerror=&#39;alert(1)&#39;&gt; &amp; co'
    )
  })
})

describe('escapeMarkdownCell', () => {
  it('makes a hostile name one line with no pipe, HTML, link or code span', () => {
    const out = escapeMarkdownCell(HOSTILE)
    expect(out).not.toMatch(/[\r\n\u001b\u202e]/)
    expect(out).not.toMatch(/(^|[^\\])\|/)
    expect(out).not.toContain('<')
    expect(out).not.toContain('>')
    expect(out).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(out).toContain('\\[link\\](https://evil.example)')
    expect(out).toContain('\\`tick\\`')
    expect(out).toContain('&amp;amp;')
    expect(out).toContain('&#124;')
  })

  it('escapes a backslash so it cannot escape what follows', () => {
    expect(escapeMarkdownCell('a\\|b')).toBe('a\\\\&#124;b')
  })

  it('leaves ordinary ARNs readable', () => {
    expect(escapeMarkdownCell('arn:aws:sns:us-east-1:123456789012:cis-alarms')).toBe(
      'arn:aws:sns:us-east-1:123456789012:cis-alarms'
    )
  })
})

describe('codeFence', () => {
  it('is three backticks for ordinary commands', () => {
    expect(codeFence('aws sns subscribe --topic-arn x')).toBe('```')
  })

  it('is longer than the longest backtick run in the content', () => {
    expect(codeFence('echo ```` and `')).toBe('`````')
  })
})

describe('toSingleLine and truncate', () => {
  it('removes controls and line breaks', () => {
    expect(toSingleLine('a\r\nb\u2028c\u001b[31md\te')).toBe('a b c[31md e')
  })

  it('cuts long text and marks the cut', () => {
    expect(truncate('abcdef', 4)).toBe('abc…')
    expect(truncate('abc', 4)).toBe('abc')
  })
})

describe('neutralizeWorkflowCommands', () => {
  it('stops lines from being workflow commands, modern or legacy', () => {
    const text = 'ok\n::error::pwned\r  ::warning::x\r\nfoo ##[error]legacy\n\u0085::set-output name=a::b'
    const out = neutralizeWorkflowCommands(text)
    expectNoWorkflowCommands(out)
    expect(out.replace(/\u200b/g, '')).toBe(text)
  })

  it('leaves text without commands alone', () => {
    expect(neutralizeWorkflowCommands('a: b :: c\n  x')).toBe('a: b :: c\n  x')
  })
})

describe('redactEndpointIn', () => {
  it.each([
    [
      'email',
      'alice.secret@example.com',
      'Invalid parameter: Endpoint alice.secret@example.com (alice.secret)',
      'Invalid parameter: Endpoint a***@example.com (***)'
    ],
    [
      'https',
      'https://user:pw@hooks.example.com/services/T0/SECRETPATH?token=abc',
      'Could not reach https://user:pw@hooks.example.com/services/T0/SECRETPATH?token=abc; path /services/T0/SECRETPATH, query ?token=abc',
      'Could not reach https://hooks.example.com/…; path ***, query ***'
    ],
    ['sms', '+14155550123', 'Invalid phone number +14155550123 (14155550123)', 'Invalid phone number ***23 (***)']
  ])('hides a %s endpoint and its secret parts in a message', (protocol, endpoint, text, expected) => {
    expect(redactEndpointIn(text, protocol, endpoint)).toBe(expected)
  })

  it('leaves an ARN endpoint (nothing secret) and a message without the endpoint alone', () => {
    const arn = 'arn:aws:sqs:us-east-1:123456789012:q'
    expect(redactEndpointIn(`no access to ${arn}`, 'sqs', arn)).toBe(`no access to ${arn}`)
    expect(redactEndpointIn('AuthorizationError: not authorized', 'email', 'a@b.example')).toBe(
      'AuthorizationError: not authorized'
    )
  })
})
