// Hostile names: resources whose names, tags and pattern carry markdown, HTML, table pipes, newlines, backticks and
// GitHub workflow commands (::error::, ::set-output, ::add-mask::, ##[error]). The built action verifies and enforces
// that account; its summary must keep every table row's shape and no raw HTML outside code, its log must carry only
// the commands the action itself issued, and its JSON outputs must parse.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { startMoto, type MotoServer } from '../harness/moto.js'
import { seedChain, type ChainSpec } from '../harness/seed.js'
import { runAction, type ActionRun } from '../harness/action.js'
import { parseWorkflowCommands } from '../harness/action.js'
import { startAwsProxy, type AwsProxy } from '../harness/aws-proxy.js'
import { STACK_LINE, recordFigures } from '../reliability/helpers.js'

/** One line of every trick (for names that cannot hold a newline) and the multi-line one. */
const TRICKS = 'a|b `c` **d** [e](https://evil.example) <img src=x onerror=alert(1)> ::error::pwned ##[error]pwned'
const HOSTILE = `x|y\`z\` <img src=x onerror=alert(1)>\n::error::pwned\n::set-output name=status::pass\n::add-mask::pwned\n##[error]pwned\n| a | b |\n\`\`\`\n</details><script>alert(1)</script>`

/** Where moto accepts them: alarm, filter, metric and namespace names, tag values, the topic's display name and the
 *  pattern text are free-form; log group, trail and topic names are restricted by moto as by AWS. */
const SPECS: Record<string, ChainSpec> = {
  'hostile everywhere, compliant': {
    filter: {
      name: `filter ${HOSTILE.replace(/[:*]/g, '')}`,
      metricName: `metric ${TRICKS}`.replace(/[:*$]/g, ''),
      namespace: `ns ${TRICKS}`.replace(/[:*$]/g, ''),
      pattern: `{ ($.eventSource = kms.amazonaws.com) && (($.eventName = DisableKey) || ($.eventName = ScheduleKeyDeletion)) }`
    },
    alarm: { name: `alarm ${TRICKS}`, tags: { note: TRICKS.slice(0, 200) } },
    topic: { displayName: TRICKS.slice(0, 100) }
  },
  'hostile everywhere, every link failing': {
    trail: { name: 'trail-pwned_x.y', multiRegion: true },
    logGroup: { name: 'group/#pwned._-' },
    filter: {
      name: `filter ${HOSTILE.replace(/[:*]/g, '')}`,
      metricName: `metric ${TRICKS}`.replace(/[:*$]/g, ''),
      namespace: `ns ${TRICKS}`.replace(/[:*$]/g, ''),
      pattern: `{ ($.eventSource = kms.amazonaws.com) && ($.eventName = DisableKey) && ($.note != "${TRICKS.replace(/"/g, '')} \`\`\` ::error::pwned") }`,
      value: '0'
    },
    alarm: { name: `alarm ${HOSTILE}`, threshold: 2, actionsEnabled: false, tags: { note: TRICKS.slice(0, 200) } },
    topic: { name: 'pwned-topic_1', kmsMasterKeyId: 'alias/aws/sns' },
    subscriptions: []
  }
}

let moto: MotoServer
let proxy: AwsProxy
const runs: Array<{ name: string; run: ActionRun; sarif: string }> = []

beforeAll(async () => {
  moto = await startMoto()
  proxy = await startAwsProxy(moto.endpoint, { awsMetricFilterSemantics: true })
  for (const [name, spec] of Object.entries(SPECS)) {
    await moto.reset()
    await seedChain(moto, spec)
    for (const mode of ['verify', 'enforce']) {
      const inputs: Record<string, string> = {
        'aws-region': 'us-east-1',
        mode,
        'sarif-file': 'cmk.sarif',
        'fail-on': 'never'
      }
      if (mode === 'enforce')
        Object.assign(inputs, { subscriptions: 'email:secops@example.com', tags: 'team=security' })
      const run = await runAction({ inputs, motoEndpoint: proxy.endpoint, region: 'us-east-1' })
      runs.push({ name: `${name}: ${mode}`, run, sarif: readFileSync(path.join(run.workspace, 'cmk.sarif'), 'utf8') })
    }
  }
  recordFigures('hostile-names', { runs: runs.length, specs: Object.keys(SPECS).length })
}, 90_000)
afterAll(async () => {
  await proxy?.close()
  await moto?.stop()
})

/** The markdown without fenced code blocks and inline code spans (where anything is shown as text). */
function outsideCode(md: string): string {
  return outsideCodeLines(md)
    .map((line) => line.replace(/(`+)(?:(?!\1)[\s\S])*?\1/g, ''))
    .join('\n')
}

/** GFM: a table row's cells are split by pipes that are not backslash-escaped. */
const cells = (row: string) =>
  row
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '')
    .split(/(?<!\\)\|/).length

function tables(md: string): string[][] {
  const out: string[][] = []
  let current: string[] | undefined
  for (const line of outsideCodeLines(md)) {
    if (line.trim().startsWith('|')) (current ??= []).push(line)
    else if (current) {
      out.push(current)
      current = undefined
    }
  }
  if (current) out.push(current)
  return out
}
function outsideCodeLines(md: string): string[] {
  const lines: string[] = []
  let fence: string | undefined
  for (const line of md.split('\n')) {
    const m = /^\s*(`{3,}|~{3,})/.exec(line)
    if (fence) {
      if (m && m[1][0] === fence[0] && m[1].length >= fence.length && line.trim() === m[1]) fence = undefined
      lines.push('')
      continue
    }
    if (m) {
      fence = m[1]
      lines.push('')
      continue
    }
    lines.push(line)
  }
  return lines
}

const ISSUED = new Set(['add-mask', 'debug', 'error', 'warning', 'notice', 'group', 'endgroup'])

describe('hostile names cannot break the report or the log', () => {
  it('ran verify and enforce on both accounts without crashing', () => {
    expect(runs).toHaveLength(4)
    for (const { name, run } of runs) {
      expect([name, run.stderr]).toEqual([name, ''])
      expect(run.outputs.status).toMatch(/^(pass|fail|manual)$/)
      for (const text of [run.stdout, run.summary]) expect(text).not.toMatch(STACK_LINE)
    }
    // The hostile names did reach the reports (escaped), so the checks below are not vacuous.
    expect(runs.some(({ run }) => /alarm .*pwned/.test(run.summary))).toBe(true)
  })

  it('every summary table row has as many cells as its header', () => {
    for (const { name, run } of runs) {
      const ts = tables(run.summary)
      expect([name, ts.length > 0]).toEqual([name, true])
      for (const t of ts) for (const row of t) expect([name, row, cells(row)]).toEqual([name, row, cells(t[0])])
      const chain = ts.find((t) => /\|\s*Link\s*\|/.test(t[0]))
      expect(chain).toBeDefined()
    }
  })

  it('no raw HTML outside code in the summary', () => {
    for (const { name, run } of runs) {
      const md = outsideCode(run.summary)
      expect([
        name,
        /<img|<script|<\/details>(?![\s\S]*<details)/i.test(md.replace(/<details>[\s\S]*?<\/details>/g, ''))
      ]).toEqual([name, false])
      expect([name, /<img|<script/i.test(md)]).toEqual([name, false])
    }
  })

  it('no log line is a workflow command the action did not issue', () => {
    for (const { name, run } of runs) {
      for (const raw of run.stdout.split('\n')) {
        const line = raw.trim()
        expect([name, line.startsWith('##[')]).toEqual([name, false])
        if (!line.startsWith('::')) continue
        const [command] = parseWorkflowCommands(line)
        expect([name, line, command !== undefined && ISSUED.has(command.command)]).toEqual([name, line, true])
      }
      for (const c of run.commands) {
        expect([name, c.command, ISSUED.has(c.command)]).toEqual([name, c.command, true])
        expect([
          name,
          `${c.message} ${JSON.stringify(c.properties)}`.includes('pwned') && c.command === 'add-mask'
        ]).toEqual([name, false])
        // An annotation may quote a hostile name, but on one line: never as a command of its own.
        expect([name, /\n::/.test(c.message)]).toEqual([name, false])
      }
      expect([name, run.masks.some((m) => m.includes('pwned'))]).toEqual([name, false])
    }
  })

  it('JSON outputs and the SARIF file parse; a hostile name sets no output', () => {
    const OUTPUTS = [
      'status',
      'compliant',
      'findings',
      'log-group-name',
      'metric-filter-name',
      'alarm-arn',
      'topic-arn',
      'sarif-file',
      'aws-account-id',
      'authenticated-arn',
      'changes'
    ]
    for (const { name, run, sarif } of runs) {
      expect(() => JSON.parse(run.outputs.findings)).not.toThrow()
      if (name.endsWith('enforce')) expect(Array.isArray(JSON.parse(run.outputs.changes))).toBe(true)
      expect(JSON.parse(sarif).version).toBe('2.1.0')
      for (const k of Object.keys(run.outputs)) expect([k, OUTPUTS.includes(k)]).toEqual([k, true])
      // "::set-output name=status::pass" in a name did not set the status of the failing account.
      if (name.startsWith('hostile everywhere, every link failing: verify')) expect(run.outputs.status).toBe('fail')
      // Names are output as AWS holds them (the runner's heredoc format keeps a newline inside a value).
      if (name === 'hostile everywhere, compliant: verify')
        expect(run.outputs['metric-filter-name']).toContain('<img src=x')
    }
  })
})
