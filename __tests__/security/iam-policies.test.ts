// The policy files grant exactly what the code can call: derived statically from the SDK commands each adapter
// function constructs, and from which adapter functions the verify path (the account source), the enforce path, the
// fire drill (src/drill.ts) and the cross-check (src/cross-check.ts) import.
import { describe, it, expect } from '@jest/globals'
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'

const root = process.cwd()
const src = (...p: string[]) => readFileSync(path.join(root, 'src', ...p), 'utf8')

/** The IAM prefix of each SDK client package. */
const PREFIX: Record<string, string> = {
  'client-cloudtrail': 'cloudtrail',
  'client-cloudwatch': 'cloudwatch',
  'client-cloudwatch-logs': 'logs',
  // The project's own two-operation KMS client (src/aws/kms-client.ts), in place of @aws-sdk/client-kms.
  'kms-client': 'kms',
  'client-sns': 'sns',
  'client-sts': 'sts'
}

/** Permissions AWS checks without a command of their own: CreateTopic and PutMetricAlarm with Tags. */
const IMPLIED_BY_TAGGING = ['sns:TagResource', 'cloudwatch:TagResource']

/** adapter function name → IAM actions its body constructs. */
function adapterActions(): Map<string, string[]> {
  const map = new Map<string, string[]>()
  for (const file of readdirSync(path.join(root, 'src', 'aws')).filter((f) => f.endsWith('.ts'))) {
    const text = src('aws', file)
    if (file === 'organizations.ts') {
      // Signed by hand with the SDK's parts (no client package): each call names its operation.
      const parts = text.split(/export async function (\w+)\(/)
      for (let i = 1; i < parts.length; i += 2) {
        const calls = [...parts[i + 1].matchAll(/call<\w+>\(caller, '(\w+)'/g)].map((m) => `organizations:${m[1]}`)
        map.set(parts[i], calls)
      }
      continue
    }
    const pkg = /from '(?:@aws-sdk\/|\.\/)((?:client-[a-z-]+)|kms-client)(?:\.js)?'/.exec(text)?.[1]
    if (!pkg) continue
    const parts = text.split(/export async function (\w+)\(/)
    for (let i = 1; i < parts.length; i += 2) {
      const body = parts[i + 1]
      const commands = [...body.matchAll(/new (\w+)Command\(/g)].map((m) => `${PREFIX[pkg]}:${m[1]}`)
      map.set(parts[i], commands)
    }
  }
  return map
}

function importedAdapters(file: string): string[] {
  const text = src(file)
  return [
    ...text.matchAll(/import \{([^}]+)\} from '\.\.?\/aws\/(?!clients|arn|errors|paging|read|retry|budget)[\w-]+\.js'/g)
  ].flatMap((m) =>
    m[1]
      .split(',')
      .map((n) => n.replace(/type\s+\w+/, '').trim())
      .filter(Boolean)
  )
}

function actionsOf(files: string[]): string[] {
  const adapters = adapterActions()
  const names = files.flatMap(importedAdapters)
  return [...new Set(names.flatMap((n) => adapters.get(n) ?? []))].sort()
}

function policyActions(file: string): string[] {
  const policy = JSON.parse(readFileSync(path.join(root, 'policies', file), 'utf8')) as {
    Statement: { Action: string[] }[]
  }
  return [...new Set(policy.Statement.flatMap((s) => s.Action))].sort()
}

describe('IAM policy files', () => {
  it('derives a non-trivial set of calls from the code', () => {
    expect(actionsOf(['sources/account.ts'])).toEqual(
      expect.arrayContaining(['cloudtrail:DescribeTrails', 'logs:DescribeMetricFilters'])
    )
    expect(actionsOf(['enforce/index.ts'])).toEqual(expect.arrayContaining(['logs:PutMetricFilter', 'sns:Subscribe']))
  })

  it('policies/verify.json grants exactly what verify calls, all read-only', () => {
    const code = actionsOf(['sources/account.ts'])
    expect(policyActions('verify.json')).toEqual(code)
    for (const a of code) expect(a.split(':')[1]).toMatch(/^(Describe|Get|List)/)
  })

  it('policies/enforce.json grants exactly what enforce calls (verify included), plus tagging on create', () => {
    const code = [...new Set([...actionsOf(['sources/account.ts', 'enforce/index.ts']), ...IMPLIED_BY_TAGGING])].sort()
    expect(policyActions('enforce.json')).toEqual(code)
  })

  it("policies/hub.json grants exactly what a run over many accounts calls with the step's own credentials", () => {
    // The member sessions (sts:AssumeRole), the organization's accounts, and who the hub is.
    const code = actionsOf(['auth/member.ts', 'estate/targets.ts', 'estate/run.ts'])
    expect(code).toEqual(['organizations:ListAccounts', 'sts:AssumeRole', 'sts:GetCallerIdentity'])
    expect(policyActions('hub.json')).toEqual(code)
  })

  it('policies/drill.json grants what the fire drill calls beyond verify, and its one write is SetAlarmState', () => {
    const drill = actionsOf(['drill.ts'])
    expect(drill).toEqual(expect.arrayContaining(['cloudwatch:SetAlarmState', 'cloudwatch:DescribeAlarmHistory']))
    const verify = policyActions('verify.json')
    const granted = policyActions('drill.json')
    // Nothing the drill does not call; with verify's policy, everything it calls.
    expect(granted.filter((a) => !drill.includes(a))).toEqual([])
    expect(drill.filter((a) => !granted.includes(a) && !verify.includes(a))).toEqual([])
    // The history is the drill's proof: granted here too, so the drill works beside a verify policy without it.
    expect(granted).toEqual(['cloudwatch:DescribeAlarmHistory', 'cloudwatch:SetAlarmState'])
    expect(drill.filter((a) => !/^[a-z]+:(Describe|Get|List)/.test(a))).toEqual(['cloudwatch:SetAlarmState'])
  })

  it('policies/cross-check.json grants exactly what the cross-check calls: TestMetricFilter, read-only', () => {
    expect(actionsOf(['cross-check.ts'])).toEqual(['logs:TestMetricFilter'])
    expect(policyActions('cross-check.json')).toEqual(actionsOf(['cross-check.ts']))
  })

  it('the README shows the same policies', () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8')
    for (const file of ['verify.json', 'enforce.json', 'hub.json', 'drill.json', 'cross-check.json'])
      for (const a of policyActions(file)) expect([file, readme.includes(`"${a}"`)]).toEqual([file, true])
    for (const file of ['drill.json', 'cross-check.json']) expect(readme).toContain(`policies/${file}`)
  })
})
