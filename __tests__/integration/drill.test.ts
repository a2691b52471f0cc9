// Proof, not inference: the fire drill (`fire-drill: true`, `cmk-alarm drill`) and AWS's evaluator as a second opinion
// (`cross-check: true`), on the built action and CLI against moto. One moto server and one seeded chain serve every
// case. moto serves SetAlarmState itself; it has neither alarm-action history (DescribeAlarmHistory answers 500) nor
// TestMetricFilter (500), so the proxy answers both (STUB, named in each test):
//  - STUB DescribeAlarmHistory: an old delivered notification, and once the alarm was set to ALARM, a new record per
//    `history` (delivered, failed, or none: the time-out path);
//  - STUB TestMetricFilter: AWS's answer for the CIS pattern computed independently of the engine (eventSource is
//    kms.amazonaws.com and eventName DisableKey or ScheduleKeyDeletion), or with `aws: 'no-root'` an AWS that (for the
//    test) does not match the root user's calls, so the two disagree.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { execFile } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { DescribeAlarmsCommand, SetAlarmStateCommand } from '@aws-sdk/client-cloudwatch'
import { startMoto, projectRoot, TEST_CREDENTIALS, type MotoServer } from '../harness/moto.js'
import { seedChain, type SeededChain } from '../harness/seed.js'
import { CLI_BUNDLE, findingsOf, runAction, runCli, type ActionRun } from '../harness/action.js'
import { startAwsProxy, type AwsProxy } from '../harness/aws-proxy.js'

let moto: MotoServer
let proxy: AwsProxy
let chain: SeededChain

/** What the STUB DescribeAlarmHistory records after the drill set the alarm to ALARM. */
let history: 'delivered' | 'failed' | 'none' = 'delivered'
/** How the STUB TestMetricFilter answers. */
let aws: 'as-aws' | 'no-root' = 'as-aws'
let setToAlarmAt: number | undefined
let setAlarmState: Array<{ StateValue: string; StateReason: string }> = []

const FAILURE = 'CloudWatch Alarms does not have authorization to access the SNS topic encryption key.'
const json10 = { 'content-type': 'application/x-amz-json-1.0' }

function historyItem(topic: string, at: number, failed: boolean) {
  return {
    AlarmName: chain.alarmName,
    AlarmType: 'MetricAlarm',
    Timestamp: at / 1000,
    HistoryItemType: 'Action',
    HistorySummary: failed
      ? `Failed to execute action ${topic}. Received error: "${FAILURE}"`
      : `Successfully executed action ${topic}`,
    HistoryData: JSON.stringify({
      actionState: failed ? 'Failed' : 'Succeeded',
      notificationResource: topic,
      ...(failed ? { error: FAILURE } : {})
    })
  }
}

/** AWS's evaluator for the CIS pattern, written without the engine. */
function awsMatches(message: string): boolean {
  let e: { eventSource?: unknown; eventName?: unknown; userIdentity?: { type?: unknown } }
  try {
    e = JSON.parse(message) as typeof e
  } catch {
    return false
  }
  if (aws === 'no-root' && e.userIdentity?.type === 'Root') return false
  return e.eventSource === 'kms.amazonaws.com' && ['DisableKey', 'ScheduleKeyDeletion'].includes(String(e.eventName))
}

beforeAll(async () => {
  moto = await startMoto()
  chain = await seedChain(moto, {})
  proxy = await startAwsProxy(moto.endpoint, {
    stubResponse: (request, body) => {
      if (request.operation === 'SetAlarmState') {
        // Served by moto; the proxy only notes it.
        const call = JSON.parse(body) as { StateValue: string; StateReason: string }
        setAlarmState.push(call)
        if (call.StateValue === 'ALARM') setToAlarmAt = Date.now()
        return undefined
      }
      if (request.operation === 'DescribeAlarmHistory') {
        const items = [historyItem(chain.topicArn!, Date.parse('2026-01-01T00:00:00Z'), false)]
        // CloudWatch records the action a moment after the state change.
        if (setToAlarmAt && history !== 'none' && Date.now() - setToAlarmAt > 300)
          items.unshift(historyItem(chain.topicArn!, Date.now(), history === 'failed'))
        return { body: JSON.stringify({ AlarmHistoryItems: items }), headers: json10 }
      }
      if (request.operation === 'TestMetricFilter') {
        const { logEventMessages } = JSON.parse(body) as { logEventMessages: string[] }
        const matches = logEventMessages
          .map((m, i) => ({ eventNumber: i + 1, eventMessage: m, extractedValues: {} }))
          .filter((m) => awsMatches(m.eventMessage))
        return { body: JSON.stringify({ matches }) }
      }
      return undefined
    }
  })
}, 60_000)
afterAll(async () => {
  await proxy?.close()
  await moto?.stop()
})

function reset(h: typeof history, a: typeof aws = 'as-aws') {
  history = h
  aws = a
  setToAlarmAt = undefined
  setAlarmState = []
  proxy.clearFaults()
}

async function alarmState(): Promise<string | undefined> {
  const out = await moto.clients().cloudwatch.send(new DescribeAlarmsCommand({ AlarmNames: [chain.alarmName!] }))
  return out.MetricAlarms?.[0]?.StateValue
}

function finding(run: ActionRun, id: string) {
  const f = findingsOf(run).find((x) => x.id === id)
  if (!f) throw new Error(`no finding ${id} in ${run.outputs.findings}\n${run.stdout}\n${run.stderr}`)
  return f
}

const action = (inputs: Record<string, string>, env: Record<string, string> = {}) =>
  runAction({
    inputs: { 'aws-region': 'us-east-1', ...inputs },
    motoEndpoint: proxy.endpoint,
    region: 'us-east-1',
    env: { CMK_ALARM_DRILL_POLL_MS: '200', ...env }
  })

describe('fire drill and cross-check on the action', () => {
  it('proves delivery and sets the alarm back; AWS agrees with the engine (STUB: DescribeAlarmHistory, TestMetricFilter)', async () => {
    reset('delivered')
    const before = await alarmState()
    expect(before).not.toBe('ALARM')
    const run = await action({ 'fire-drill': 'true', 'cross-check': 'true' })
    expect(run.outputs.drill).toBe('delivered')
    expect(finding(run, 'drill.delivery')).toMatchObject({ status: 'pass' })
    expect(finding(run, 'drill.delivery').message).toMatch(
      /1 confirmed subscriber.*recorded as executed [\d.]+ s after/
    )
    expect(finding(run, 'cross-check.agreement').status).toBe('pass')
    expect(finding(run, 'cross-check.agreement').message).toMatch(/gives the engine's answer for all \d+ events/)
    expect(run.outputs.status).toBe('pass')
    expect(run.exitCode).toBe(0)
    // Set to ALARM with a reason naming the run, then back; nothing else written.
    expect(setAlarmState.map((c) => c.StateValue)).toEqual(['ALARM', before])
    expect(setAlarmState[0]!.StateReason).toContain('https://github.com/octo-org/infra/actions/runs/')
    expect(proxy.writes().map((w) => w.operation)).toEqual(['SetAlarmState', 'SetAlarmState'])
    expect(await alarmState()).toBe(before)
    // Unmistakable: the summary and a notice say subscribers received a TEST notification.
    expect(run.summary).toMatch(/Fire drill: subscribers received a TEST notification \(delivered\)/)
    expect(run.annotations.some((a) => a.level === 'notice' && /TEST notification/.test(a.message))).toBe(true)
  })

  it("fails with AWS's words when the notification failed; a disagreement is its own finding (STUB: DescribeAlarmHistory, TestMetricFilter)", async () => {
    reset('failed', 'no-root')
    const run = await action({ 'fire-drill': 'true', 'cross-check': 'true' })
    expect(run.outputs.drill).toBe('failed')
    const drill = finding(run, 'drill.delivery')
    expect(drill.status).toBe('fail')
    expect(drill.message).toContain('does not have authorization to access the SNS topic encryption key')
    const cross = finding(run, 'cross-check.agreement')
    expect(cross.status).toBe('manual')
    expect(cross.message).toMatch(/disagree on 2 of \d+ events/)
    expect(cross.message).toContain('DisableKey, root user: AWS: no match, the engine: match')
    expect(run.outputs.status).toBe('fail')
    expect(run.exitCode).toBe(1)
    expect(await alarmState()).not.toBe('ALARM')
  })

  it('is manual, never pass, when CloudWatch records nothing in time, and sets the alarm back; a refused TestMetricFilter is manual (STUB: DescribeAlarmHistory)', async () => {
    reset('none')
    proxy.addFault({ operation: 'TestMetricFilter', kind: 'access-denied', count: Infinity })
    const run = await action({ 'fire-drill': 'true', 'cross-check': 'true', 'timeout-seconds': '15' })
    expect(run.outputs.drill).toBe('manual')
    expect(finding(run, 'drill.delivery').status).toBe('manual')
    expect(finding(run, 'drill.delivery').message).toMatch(/had not recorded the notification .* when the time budget/)
    expect(setAlarmState.map((c) => c.StateValue)[0]).toBe('ALARM')
    expect(await alarmState()).not.toBe('ALARM')
    expect(finding(run, 'cross-check.agreement').status).toBe('manual')
    expect(finding(run, 'cross-check.agreement').message).toMatch(/logs:TestMetricFilter was refused/)
    expect(run.outputs.status).toBe('manual')
  })

  it('is manual, naming the permission, when SetAlarmState is refused, and leaves the alarm as it was', async () => {
    reset('delivered')
    const before = await alarmState()
    proxy.addFault({ operation: 'SetAlarmState', kind: 'access-denied', count: Infinity })
    const run = await action({ 'fire-drill': 'true' })
    expect(run.outputs.drill).toBe('manual')
    const drill = finding(run, 'drill.delivery')
    expect(drill.status).toBe('manual')
    expect(drill.message).toMatch(/could not be set to ALARM/)
    expect(drill.message).toContain('cloudwatch:SetAlarmState')
    // Nothing reached moto: no state change, so nothing to set back.
    expect(setAlarmState).toEqual([])
    expect(await alarmState()).toBe(before)
    expect(run.outputs.status).toBe('manual')
    // fail-on: fail (the default) fails the step only on a failing check; manual asks for a person's look.
    expect(run.exitCode).toBe(0)
  })
})

describe('cmk-alarm drill', () => {
  it('refuses an alarm already in ALARM and changes nothing (exit 3)', async () => {
    reset('delivered')
    await moto
      .clients()
      .cloudwatch.send(
        new SetAlarmStateCommand({ AlarmName: chain.alarmName!, StateValue: 'ALARM', StateReason: 'a real event' })
      )
    setAlarmState = []
    try {
      const run = await runCli(['drill', '--region', 'us-east-1'], {
        motoEndpoint: proxy.endpoint,
        region: 'us-east-1'
      })
      expect(run.exitCode).toBe(3)
      expect(run.stdout).toMatch(/Fire drill refused: nothing was changed and no notification was sent/)
      expect(run.stdout).toContain('already in ALARM')
      expect(setAlarmState).toEqual([])
      expect(await alarmState()).toBe('ALARM')
    } finally {
      await moto
        .clients()
        .cloudwatch.send(
          new SetAlarmStateCommand({ AlarmName: chain.alarmName!, StateValue: 'OK', StateReason: 'test over' })
        )
    }
  })

  it('proves delivery with --json (STUB: DescribeAlarmHistory)', async () => {
    reset('delivered')
    const run = await runCli(['drill', '--region', 'us-east-1', '--json'], {
      motoEndpoint: proxy.endpoint,
      region: 'us-east-1',
      env: { CMK_ALARM_DRILL_POLL_MS: '200' }
    })
    expect(run.exitCode).toBe(0)
    const out = JSON.parse(run.stdout) as { drill: { outcome: string; restore: { done: boolean } } }
    expect(out.drill.outcome).toBe('delivered')
    expect(out.drill.restore.done).toBe(true)
    expect(setAlarmState[0]!.StateReason).toContain('the cmk-alarm CLI')
  })
})

describe('scripts/cross-check.mjs', () => {
  it('prints where the engine and AWS disagree (STUB: TestMetricFilter)', async () => {
    reset('delivered', 'no-root')
    const dir = mkdtempSync(path.join(tmpdir(), 'cmk-cross-check-test-'))
    const cases = path.join(dir, 'cases.json')
    const kms = { eventSource: 'kms.amazonaws.com', eventName: 'DisableKey' }
    writeFileSync(
      cases,
      JSON.stringify({
        patterns: ['{ ($.eventSource = kms.amazonaws.com) && ($.eventName = DisableKey) }'],
        events: [
          { ...kms, userIdentity: { type: 'IAMUser' } },
          { ...kms, userIdentity: { type: 'Root' } },
          { ...kms, eventName: 'Encrypt' }
        ]
      })
    )
    // Asynchronous: the proxy that answers the script runs in this process.
    const run = await new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
      execFile(
        process.execPath,
        [
          path.join(projectRoot, 'scripts', 'cross-check.mjs'),
          cases,
          '--cli',
          CLI_BUNDLE,
          '--endpoint-url',
          proxy.endpoint,
          '--region',
          'us-east-1'
        ],
        {
          encoding: 'utf8',
          timeout: 50_000,
          env: {
            PATH: process.env.PATH,
            AWS_ACCESS_KEY_ID: TEST_CREDENTIALS.accessKeyId,
            AWS_SECRET_ACCESS_KEY: TEST_CREDENTIALS.secretAccessKey
          }
        },
        (error, stdout, stderr) =>
          resolve({ status: error ? ((error as { code?: number }).code ?? null) : 0, stdout, stderr })
      )
    })
    expect(run.stderr).not.toMatch(/cross-check: /)
    expect(run.status).toBe(1)
    expect(run.stdout).toMatch(/^DISAGREE on 1 of 3 events/)
    expect(run.stdout).toMatch(/event 1: AWS no match, engine match: .*"Root"/)
  })
})
