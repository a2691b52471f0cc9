import { describe, it, expect, jest } from '@jest/globals'
import * as core from '@actions/core'
import { buildAnnotations, type Annotation } from '../../src/report/annotations.js'
import { HOSTILE, failingReport, finding, hostileReport, manualReport, passingReport } from './fixtures.js'
import { expectNoWorkflowCommands, lines } from './helpers.js'

const WORKFLOW = '.github/workflows/compliance.yml'

/** What @actions/core writes to stdout for these annotations, the way the entrypoint issues them. */
function issued(annotations: Annotation[]): string {
  let out = ''
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk)
    return true
  })
  try {
    for (const a of annotations) core[a.level](a.message, { title: a.title, file: a.file })
  } finally {
    spy.mockRestore()
  }
  return out
}

describe('buildAnnotations', () => {
  it('has nothing to say about a compliant account', () => {
    expect(buildAnnotations(passingReport(), WORKFLOW)).toEqual([])
  })

  it('gives an error per failing check and a warning per warning, on the workflow file', () => {
    const a = buildAnnotations(failingReport(), WORKFLOW)
    expect(a.map((x) => [x.level, x.title])).toEqual([
      ['error', 'filter.pattern: Metric filter matches DisableKey and ScheduleKeyDeletion'],
      ['error', 'filter.metric-value: Metric filter counts each event'],
      ['error', 'alarm.exists: Alarm on the filter metric'],
      ['error', 'subscription.confirmed: Topic has a confirmed subscription'],
      ['warning', 'filter.security-hub-text: Security Hub recognises the pattern']
    ])
    expect(a.every((x) => x.file === WORKFLOW)).toBe(true)
    expect(a[0]!.message).toBe(
      'No metric filter on log group aws-cloudtrail-logs-org matches KMS DisableKey and ScheduleKeyDeletion. ' +
        'Resource: arn:aws:logs:us-east-1:123456789012:log-group:aws-cloudtrail-logs-org The fix is in the job summary.'
    )
  })

  it('leaves out the file when no workflow file is known', () => {
    expect(buildAnnotations(failingReport()).every((x) => !('file' in x))).toBe(true)
  })

  it('says which checks could not be decided, as warnings', () => {
    const a = buildAnnotations(manualReport())
    expect(a.map((x) => x.level)).toEqual(['warning', 'warning'])
    expect(a[0]!.title).toBe('alarm.exists: Alarm on the filter metric')
    expect(a[0]!.message).toMatch(
      /^Could not be decided automatically; check it by hand\. cloudwatch:DescribeAlarms was denied/
    )
  })

  it('keeps within 10 errors and 10 warnings, counting the rest in one annotation', () => {
    const r = failingReport()
    r.findings = [
      ...Array.from({ length: 15 }, (_, i) => finding('alarm.exists', 'fail', { resource: `alarm-${i}` })),
      ...Array.from({ length: 11 }, (_, i) =>
        finding('topic.delivery', i % 2 ? 'warn' : 'manual', { resource: `topic-${i}` })
      ),
      ...Array.from({ length: 10 }, () => finding('trail.management-events', 'pass'))
    ]
    const a = buildAnnotations(r, WORKFLOW)
    const errors = a.filter((x) => x.level === 'error')
    const warnings = a.filter((x) => x.level === 'warning')
    expect(errors).toHaveLength(10)
    expect(warnings).toHaveLength(10)
    expect(errors[9]).toMatchObject({ title: 'and 6 more failing checks', file: WORKFLOW })
    expect(errors[9]!.message).toMatch(/^6 more failing checks \(alarm\.exists, .*\), see the job summary\.$/)
    expect(warnings[9]!.title).toBe('and 2 more warnings')
  })

  it('does not aggregate exactly 10', () => {
    const r = failingReport()
    r.findings = Array.from({ length: 10 }, (_, i) => finding('alarm.exists', 'fail', { resource: `a${i}` }))
    const a = buildAnnotations(r)
    expect(a).toHaveLength(10)
    expect(a.some((x) => x.title.startsWith('and '))).toBe(false)
  })

  it('puts hostile names on one line', () => {
    for (const a of buildAnnotations(hostileReport(), WORKFLOW)) {
      expect(a.title).not.toMatch(/[\r\n\u001b]/)
      expect(a.message).not.toMatch(/[\r\n\u001b]/)
      expectNoWorkflowCommands(a.title)
      expectNoWorkflowCommands(a.message)
    }
  })
})

describe('@actions/core 3 escaping of annotations', () => {
  it('encodes %, CR and LF in the message, so a newline cannot start a new command', () => {
    const out = issued([{ level: 'error', title: 'a title', message: 'first\n::error::pwned\r\n::add-mask::x 100%' }])
    expect(out).toBe('::error title=a title::first%0A::error::pwned%0D%0A::add-mask::x 100%25\n')
  })

  it('encodes : and , in the title and file, so they cannot end the properties early', () => {
    const out = issued([{ level: 'warning', title: 'x::error::y, z', message: 'm', file: 'a,b:c' }])
    expect(out).toBe('::warning title=x%3A%3Aerror%3A%3Ay%2C z,file=a%2Cb%3Ac::m\n')
  })

  it('issues exactly one log line per annotation for a hostile report', () => {
    const annotations = buildAnnotations(hostileReport(), WORKFLOW)
    // Raw messages too, in case another caller skips buildAnnotations' own flattening.
    const raw: Annotation[] = [{ level: 'error', title: HOSTILE, message: HOSTILE, file: WORKFLOW }]
    const out = issued([...annotations, ...raw])
    const logLines = lines(out.replace(/\n$/, ''))
    expect(logLines).toHaveLength(annotations.length + raw.length)
    const all = [...annotations, ...raw]
    for (const [i, line] of logLines.entries()) {
      const { level, file } = all[i]!
      // `::level title=…,file=…::message`: the first `::` after the name ends the properties, so the
      // properties must be exactly title and file (escaped), whatever the hostile text held.
      expect(line.startsWith(`::${level} `)).toBe(true)
      const props = line.slice(`::${level} `.length, line.indexOf('::', 2))
      expect(props.split(',').map((p) => p.split('=')[0])).toEqual(file ? ['title', 'file'] : ['title'])
    }
    expect(out).not.toContain('\n::error::pwned')
  })
})
