// Escaping and redaction shared by every renderer. Everything that comes from AWS (names, tags, messages,
// subscription endpoints) is treated as hostile: it may carry markdown, HTML, table pipes, newlines, backticks,
// terminal escape sequences or GitHub workflow commands.

/**
 * Subscription endpoints are personal data (emails, phone numbers) or credentials (URLs with tokens).
 * Show just enough to recognise them.
 */
export function redactEndpoint(protocol: string, endpoint: string): string {
  const p = protocol.trim().toLowerCase()
  const e = endpoint.trim()
  switch (p) {
    case 'email':
    case 'email-json': {
      const at = e.lastIndexOf('@')
      if (at <= 0) return '***'
      return `${e[0]}***${e.slice(at)}`
    }
    case 'http':
    case 'https': {
      let url: URL
      try {
        url = new URL(e)
      } catch {
        return '***'
      }
      if (url.protocol !== 'http:' && url.protocol !== 'https:') return '***'
      // Only scheme and host (with a non-default port) are shown: credentials, query and fragment are dropped, and so
      // is the path, which carries the secret in webhook URLs (e.g. hooks.slack.com/services/T…/B…/<secret>).
      return `${url.protocol}//${url.host}${url.pathname === '/' ? '/' : '/…'}`
    }
    case 'sms': {
      const digits = e.replace(/\D/g, '')
      return digits.length >= 2 ? `***${digits.slice(-2)}` : '***'
    }
    case 'sqs':
    case 'lambda':
    case 'firehose':
    case 'application':
      // ARNs: not secret, and the reader needs them to find the subscriber.
      return e
    default:
      return '***'
  }
}

/**
 * `text` (e.g. an error message AWS built from a request) with the endpoint, and every part of it that
 * redactEndpoint hides, replaced by its redacted form: an email's local part, a URL's credentials, path, query and
 * fragment, a phone number's digits.
 */
export function redactEndpointIn(text: string, protocol: string, endpoint: string): string {
  const e = endpoint.trim()
  const shown = redactEndpoint(protocol, e)
  if (shown === e) return text // nothing of it is secret (an ARN)
  const secrets = new Set<string>([e, encodeURIComponent(e)])
  const p = protocol.trim().toLowerCase()
  if (p === 'email' || p === 'email-json') secrets.add(e.slice(0, Math.max(0, e.lastIndexOf('@'))))
  if (p === 'http' || p === 'https') {
    try {
      const url = new URL(e)
      for (const part of [url.username, url.password, url.pathname, url.search, url.hash]) {
        if (part && part !== '/') secrets.add(part)
        if (part && part !== '/') secrets.add(decodeURIComponent(part))
      }
    } catch {
      /* not a URL: the whole endpoint is hidden */
    }
  }
  if (p === 'sms') {
    const digits = e.replace(/\D/g, '')
    secrets.add(digits)
    secrets.add(digits.slice(0, -2))
  }
  let out = text
  // Longest first, so the whole endpoint goes before its parts.
  for (const s of [...secrets].filter((x) => x.length >= 3).sort((a, b) => b.length - a.length)) {
    out = out.split(s).join(s === e || s === encodeURIComponent(e) ? shown : '***')
  }
  return out
}

/** Line breaks the runner, a terminal or a markdown renderer may honour. */
const LINE_BREAKS = /\r\n|[\r\n\u000b\u000c\u0085\u2028\u2029]/g
/**
 * Characters with no business in a report: C0/C1 controls (ANSI escape sequences start with ESC or CSI), DEL,
 * and bidirectional overrides/isolates that can make text display differently from what it is.
 */
const CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f\u202a-\u202e\u2066-\u2069]/g

/** One line of plain text: controls removed, tabs and line breaks turned into spaces. */
export function toSingleLine(s: string): string {
  return String(s).replace(CONTROLS, '').replace(/\t/g, ' ').replace(LINE_BREAKS, ' ')
}

/** Multi-line plain text: controls removed, every kind of line break normalised to `\n`. */
export function toPlainLines(s: string): string[] {
  return String(s).replace(CONTROLS, '').replace(/\t/g, '  ').split(LINE_BREAKS)
}

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(s: string): string {
  return String(s)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

/**
 * Inline markdown text that renders literally: no HTML, no links or images, no emphasis, no code spans,
 * no line breaks. Safe inside a GFM table cell (pipes become `&#124;`, which the table splitter ignores).
 */
export function escapeMarkdownCell(s: string): string {
  const punctuationEscaped = toSingleLine(s)
    // Backslash first so the escapes added next are not themselves escaped.
    .replace(/\\/g, '\\\\')
    .replace(/([`*_[\]~!])/g, '\\$1')
  // Entities last: `&#124;` and friends must not get backslashes.
  return escapeHtml(punctuationEscaped).replace(/\|/g, '&#124;')
}

/**
 * Opens and closes a fenced code block that no content can close early: the fence is one backtick longer
 * than the longest backtick run in the content (and at least three).
 */
export function codeFence(content: string): string {
  let longest = 0
  for (const run of content.match(/`+/g) ?? []) longest = Math.max(longest, run.length)
  return '`'.repeat(Math.max(3, longest + 1))
}

/**
 * Makes text safe to print to a GitHub Actions log. The runner treats a line as a workflow command when, after
 * leading whitespace, it starts with `::` (`::error::…`, `::stop-commands::…`), and also when `##[` appears
 * anywhere in it (the legacy `##[error]…` form). A zero-width space breaks both without changing what a
 * reader sees.
 */
export function neutralizeWorkflowCommands(text: string): string {
  // Lines split the way the runner splits them (\r, \n, \r\n); separators are kept, so nothing else changes.
  // `[\s\u0085]`: .NET's TrimStart also trims NEL, which JavaScript's \s does not include.
  return text
    .split(/(\r\n|\r|\n)/)
    .map((part, i) =>
      i % 2 === 1 ? part : part.replace(/^([\s\u0085]*):(?=:)/, '$1:\u200b').replace(/##\[/g, '##\u200b[')
    )
    .join('')
}

/** One line safe for a GitHub Actions log or a terminal: controls removed, on one line, no workflow command. */
export function toLogLine(s: string): string {
  return neutralizeWorkflowCommands(toSingleLine(s))
}

/** Text (line breaks kept as `\n`) safe for a GitHub Actions log or a terminal: controls removed, no workflow command. */
export function toLogText(s: string): string {
  return neutralizeWorkflowCommands(toPlainLines(s).join('\n'))
}

/** Shortens to at most `max` characters (by code point), marking the cut. */
export function truncate(s: string, max: number): string {
  const chars = Array.from(s)
  if (chars.length <= max) return s
  return chars.slice(0, Math.max(0, max - 1)).join('') + '…'
}
