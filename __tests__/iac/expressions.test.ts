// The evaluation of Terraform expressions and CloudFormation intrinsics, unit by unit. The Terraform expectations are
// what Terraform 1.11 itself computed for the same files (terraform-output.json, written by scripts/iac-fixtures.mjs
// with `terraform apply` + `terraform output -json`), so the reader is held to Terraform's own behaviour.
import { describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseTemplate, readTemplate } from '../../src/sources/iac/cloudformation.js'
import { evaluateRootOutputs } from '../../src/sources/iac/terraform/config.js'
import { evaluateValue, type Env } from '../../src/sources/iac/terraform/evaluate.js'
import { parseHcl } from '../../src/sources/iac/terraform/hcl.js'
import { Unknown, display, isUnknown, render, type IacValue } from '../../src/sources/iac/value.js'
import { FIXTURES, ROOT } from './helpers.js'

const EXPRESSIONS = path.join(ROOT, FIXTURES, 'expressions')

function terraformComputed(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(EXPRESSIONS, name, 'terraform-output.json'), 'utf8')) as Record<
    string,
    unknown
  >
}

describe('Terraform expressions, against what Terraform computed', () => {
  it.each(['templates', 'variables', 'modules'])('%s', async (name) => {
    const outputs = await evaluateRootOutputs(path.join(EXPRESSIONS, name), ROOT)
    expect(outputs).toEqual(terraformComputed(name))
  })

  it('templates: escapes, heredocs (<<- strips the least indentation, blank lines do not count), functions', async () => {
    const computed = terraformComputed('templates').all as Record<string, string>
    expect(computed.flush).toBe('Foo\n  Bar cis-\nBaz\n')
    expect(computed.interp_less).toBe('  Foo\ncis-Bar\n  Baz\n')
    expect(computed.escapes).toBe('a\tb"c\\d ${literal} %{x} é')
  })

  it('variables: default < terraform.tfvars < terraform.tfvars.json < *.auto.tfvars in lexical order', () => {
    expect(terraformComputed('variables').values).toBe('tfvars-a|tfvars-json-b|auto-c|auto-json-d')
  })
})

async function evaluateText(source: string, names: Record<string, IacValue> = {}): Promise<IacValue> {
  const body = await parseHcl(`x = ${source}\n`)
  const env: Env = {
    lookup: (name, text) => (name in names ? names[name] : new Unknown(text, `${name} is not known here`))
  }
  return evaluateValue(body.attributes[0].expr, env)
}

describe('Terraform expressions that cannot be evaluated', () => {
  it('keep the expression as written, whole', async () => {
    const v = await evaluateText('"${var.prefix}-cmk"')
    expect(isUnknown(v) && v.expression).toBe('"${var.prefix}-cmk"')
  })

  it('are never guessed by a function or an operator', async () => {
    for (const source of ['upper(var.x)', 'var.n + 1', 'var.flag ? "a" : "b"', 'templatefile("p.tftpl", {})']) {
      const v = await evaluateText(source)
      expect(isUnknown(v)).toBe(true)
      expect((v as Unknown).expression).toBe(source)
    }
  })

  it('try() falls back on errors, not on values unknown until apply', async () => {
    expect(await evaluateText('try(local.m.missing, "fallback")', { local: { m: {} } })).toBe('fallback')
    expect(isUnknown(await evaluateText('try(var.x, "fallback")'))).toBe(true)
  })

  it('a syntax error names its line', async () => {
    await expect(parseHcl('resource "a" "b" {\n  x = \n}\n')).rejects.toMatchObject({ line: 2 })
  })
})

describe('Terraform configuration semantics', () => {
  function module(files: Record<string, string>): string {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'iac-unit-'))
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text)
    return dir
  }

  it('a metric filter id is its name: metric_name = filter.id links only when the names are equal', async () => {
    const dir = module({
      'main.tf': `
resource "aws_cloudwatch_log_metric_filter" "f" {
  name           = "cmk-filter"
  log_group_name = "trail"
  pattern        = "{ $.eventSource = kms.amazonaws.com }"
  metric_transformation {
    name      = "CMKMetric"
    namespace = "CIS"
    value     = "1"
  }
}
resource "aws_sns_topic" "t" {
  name = "alerts"
}
output "id" { value = aws_cloudwatch_log_metric_filter.f.id }
output "metric" { value = aws_cloudwatch_log_metric_filter.f.metric_transformation[0].name }
output "topic_id" { value = aws_sns_topic.t.id }
`
    })
    const out = await evaluateRootOutputs(dir, dir)
    expect(out.id).toBe('cmk-filter')
    expect(out.metric).toBe('CMKMetric')
    // Known only after apply: kept as a reference to the topic, shown as a Terraform user writes it.
    expect(render(out.topic_id as string)).toBe('aws_sns_topic.t.arn')
  })

  it('a registry module is read from .terraform/modules when terraform init left it there, else it is opaque', async () => {
    const files = {
      'main.tf': `
module "alerts" {
  source  = "example/alerts/aws"
  version = "1.0.0"
  name    = "security-alerts"
}
output "topic" { value = module.alerts.topic_name }
`
    }
    const opaque = module(files)
    const unread = await evaluateRootOutputs(opaque, opaque)
    expect(isUnknown(unread.topic) && unread.topic.reason).toBe('module alerts (example/alerts/aws) is not read')
    const initialized = module(files)
    mkdirSync(path.join(initialized, '.terraform', 'modules', 'alerts'), { recursive: true })
    writeFileSync(
      path.join(initialized, '.terraform', 'modules', 'modules.json'),
      JSON.stringify({
        Modules: [
          { Key: '', Source: '', Dir: '.' },
          {
            Key: 'alerts',
            Source: 'registry.terraform.io/example/alerts/aws',
            Version: '1.0.0',
            Dir: '.terraform/modules/alerts'
          }
        ]
      })
    )
    writeFileSync(
      path.join(initialized, '.terraform', 'modules', 'alerts', 'main.tf'),
      'variable "name" {}\noutput "topic_name" { value = "${var.name}-topic" }\n'
    )
    expect((await evaluateRootOutputs(initialized, initialized)).topic).toBe('security-alerts-topic')
  })

  it('a variable with no default and no tfvars value is unknown, naming how it is given', async () => {
    const dir = module({ 'main.tf': 'variable "p" {}\noutput "p" { value = var.p }\n' })
    const out = await evaluateRootOutputs(dir, dir)
    expect(isUnknown(out.p) && out.p.reason).toBe(
      'variable p has no default and no value in a .tfvars file: it is given at plan time (-var, TF_VAR_p)'
    )
  })

  it('a data source is read at plan time: unknown, except a topic it names', async () => {
    const dir = module({
      'main.tf': `
data "aws_caller_identity" "me" {}
data "aws_sns_topic" "t" {
  name = "alerts"
}
output "account" { value = data.aws_caller_identity.me.account_id }
output "topic" { value = data.aws_sns_topic.t.arn }
output "name" { value = data.aws_sns_topic.t.name }
`
    })
    const out = await evaluateRootOutputs(dir, dir)
    expect(isUnknown(out.account) && out.account.expression).toBe('data.aws_caller_identity.me.account_id')
    expect(render(out.topic as string)).toBe('data.aws_sns_topic.t.arn')
    expect(out.name).toBe('alerts')
  })

  it('data "aws_iam_policy_document" becomes the JSON the provider writes', async () => {
    const dir = module({
      'main.tf': `
data "aws_iam_policy_document" "topic" {
  statement {
    sid     = "DenyAll"
    effect  = "Deny"
    actions = ["sns:Publish"]
    principals {
      type        = "AWS"
      identifiers = ["*"]
    }
    resources = ["*"]
  }
}
output "json" { value = data.aws_iam_policy_document.topic.json }
`
    })
    const out = await evaluateRootOutputs(dir, dir)
    expect(JSON.parse(out.json as string)).toEqual({
      Version: '2012-10-17',
      Statement: [{ Sid: 'DenyAll', Effect: 'Deny', Action: 'sns:Publish', Resource: '*', Principal: '*' }]
    })
  })
})

describe('CloudFormation intrinsics', () => {
  const template = `
Parameters:
  Env:
    Type: String
    Default: prod
  Emails:
    Type: CommaDelimitedList
    Default: a@example.com,b@example.com
  NoDefault:
    Type: String
  FromSsm:
    Type: AWS::SSM::Parameter::Value<String>
    Default: /alerts/topic
Mappings:
  Ns:
    prod: { Name: CISBenchmark }
Conditions:
  IsProd: !Equals [!Ref Env, prod]
Resources:
  Group:
    Type: AWS::Logs::LogGroup
    Properties:
      LogGroupName: !Sub 'trail-\${Env}'
  Topic:
    Type: AWS::SNS::Topic
  Filter:
    Type: AWS::Logs::MetricFilter
    Properties:
      LogGroupName: !Ref Group
      FilterPattern: !Join ['', ['{ $.eventSource = ', 'kms.amazonaws.com }']]
      MetricTransformations:
        - MetricName: !Select [1, !Split ['/', 'a/CMK/b']]
          MetricNamespace: !FindInMap [Ns, !Ref Env, Name]
          MetricValue: !If [IsProd, '1', '0']
          DefaultValue: 0
  Alarm:
    Type: AWS::CloudWatch::Alarm
    Properties:
      AlarmName: !Sub
        - '\${Prefix}-\${AWS::Region}-\${!Literal}'
        - Prefix: !Ref Env
      MetricName: CMK
      Namespace: !Ref NoDefault
      Statistic: !Ref FromSsm
      AlarmActions:
        - !GetAtt Topic.TopicArn
        - !ImportValue Shared-Topic
      Threshold: !Select [0, !Ref Emails]
`

  function read() {
    return readTemplate(parseTemplate(template), 'template.yaml', 'cloudformation')
  }

  it('evaluates Sub, Join, Select, Split, FindInMap, If and parameter defaults', () => {
    const graph = read()
    const filter = graph.resources.find((r) => r.address === 'Filter')!
    const group = graph.resources.find((r) => r.address === 'Group')!
    expect(group.attrs.name).toBe('trail-prod')
    expect(filter.attrs.logGroupName).toBe('trail-prod')
    expect(filter.attrs.pattern).toBe('{ $.eventSource = kms.amazonaws.com }')
    expect(filter.attrs.transformations).toEqual([
      { metricName: 'CMK', metricNamespace: 'CISBenchmark', metricValue: '1', defaultValue: 0 }
    ])
    const alarm = graph.resources.find((r) => r.address === 'Alarm')!
    // ${AWS::Region} stays a reference known at deploy; ${!Literal} is the text ${Literal}.
    expect(display(alarm.attrs.name)).toBe('prod-${AWS::Region}-${Literal}')
    expect(alarm.attrs.threshold).toBe('a@example.com')
    expect(graph.notes).toEqual(
      expect.arrayContaining([
        'Judged with the default of parameter Env (prod); the deploy may override it.',
        'Judged with the default of parameter Emails (a@example.com,b@example.com); the deploy may override it.'
      ])
    )
  })

  it('keeps what only the deploy knows unknown, with the intrinsic as written', () => {
    const alarm = read().resources.find((r) => r.address === 'Alarm')!
    expect(alarm.attrs.namespace).toEqual(
      new Unknown('!Ref NoDefault', 'parameter NoDefault has no default: its value is given at deploy')
    )
    expect(isUnknown(alarm.attrs.statistic) && alarm.attrs.statistic.reason).toContain('SSM Parameter Store')
    const actions = alarm.attrs.alarmActions as IacValue[]
    expect(render(actions[0] as string)).toBe('!Ref Topic')
    expect(isUnknown(actions[1]) && actions[1].expression).toBe('!ImportValue Shared-Topic')
  })

  it('a YAML error names its line', () => {
    expect(() => parseTemplate('Resources:\n  A:\n    Type: [unclosed\n')).toThrow(
      expect.objectContaining({ line: expect.any(Number) })
    )
  })
})
