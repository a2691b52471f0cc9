// CloudFormation templates (YAML or JSON) and CDK synth output → the chain's resources.
//
// `yaml` parses both YAML and JSON with positions (a LineCounter gives each resource's lines) and, with custom tags,
// turns the short intrinsic forms (`!Ref`, `!GetAtt X.Arn`, `!Sub`, …) into their long forms. The intrinsics are then
// evaluated here: parameters by their default (noted: the deploy may override it), pseudo parameters and resource
// attributes known only after deploy as tokens, `Fn::ImportValue` and the like as unknown.
import { LineCounter, parseDocument, isMap, isScalar, type Pair, type Node } from 'yaml'
import type { SourceLocation, StateSource } from '../../model/state.js'
import type { ChainKind, CodeGraph, CodeResource } from './graph.js'
import { Unknown, findUnknown, isObject, isUnknown, render, token, type IacValue } from './value.js'

const FUNCTIONS = [
  'Base64',
  'Cidr',
  'FindInMap',
  'GetAtt',
  'GetAZs',
  'ImportValue',
  'Join',
  'Select',
  'Split',
  'Sub'
].concat(['Transform', 'And', 'Equals', 'If', 'Not', 'Or', 'ToJsonString', 'Length'])

/** The short forms as YAML tags, each on a scalar, a sequence or a mapping. */
const CUSTOM_TAGS = ['Ref', 'Condition', ...FUNCTIONS].flatMap((name) => {
  const key = name === 'Ref' || name === 'Condition' ? name : `Fn::${name}`
  const scalar = (s: string) => ({ [key]: name === 'GetAtt' ? splitGetAtt(s) : s })
  const collection = (node: { toJSON(): unknown }) => ({ [key]: node.toJSON() })
  return [
    { tag: `!${name}`, resolve: scalar },
    { tag: `!${name}`, collection: 'seq' as const, resolve: collection },
    { tag: `!${name}`, collection: 'map' as const, resolve: collection }
  ]
})

function splitGetAtt(s: string): string[] {
  const dot = s.indexOf('.')
  return dot < 0 ? [s] : [s.slice(0, dot), s.slice(dot + 1)]
}

export interface ParsedTemplate {
  template: Record<string, unknown>
  /** Logical id → the lines of its block. */
  lines: Map<string, { line: number; endLine: number }>
}

/** Parses YAML or JSON; throws with the line of the first syntax error. */
export function parseTemplate(text: string): ParsedTemplate {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { customTags: CUSTOM_TAGS, lineCounter, uniqueKeys: false })
  if (doc.errors.length) {
    const e = doc.errors[0]
    const line = e.linePos?.[0]?.line
    throw Object.assign(new Error(e.message.split('\n')[0]), { line })
  }
  const template = doc.toJS({ maxAliasCount: 1000 }) as unknown
  if (!template || typeof template !== 'object' || Array.isArray(template)) throw new Error('not a template')
  const lines = new Map<string, { line: number; endLine: number }>()
  const resources = doc.get('Resources', true) as Node | undefined
  if (resources && isMap(resources)) {
    for (const pair of resources.items as Pair<Node, Node>[]) {
      if (!isScalar(pair.key) || !pair.key.range) continue
      const start = lineCounter.linePos(pair.key.range[0])
      const endOffset = pair.value?.range?.[1] ?? pair.key.range[1]
      const end = lineCounter.linePos(endOffset)
      lines.set(String(pair.key.value), {
        line: start.line,
        endLine: end.col === 1 ? Math.max(start.line, end.line - 1) : end.line
      })
    }
  }
  return { template: template as Record<string, unknown>, lines }
}

/** True when the object looks like a CloudFormation template (a `Resources` map of `AWS::…` types). */
export function isTemplate(v: unknown): boolean {
  if (!v || typeof v !== 'object') return false
  const resources = (v as Record<string, unknown>).Resources
  if (!resources || typeof resources !== 'object') return false
  return Object.values(resources).some(
    (r) =>
      r &&
      typeof r === 'object' &&
      typeof (r as Record<string, unknown>).Type === 'string' &&
      /^(AWS|Custom)::|^Alexa::/.test(String((r as Record<string, unknown>).Type))
  )
}

const KIND_OF: Record<string, ChainKind> = {
  'AWS::CloudTrail::Trail': 'trail',
  'AWS::Logs::LogGroup': 'logGroup',
  'AWS::Logs::MetricFilter': 'metricFilter',
  'AWS::CloudWatch::Alarm': 'alarm',
  'AWS::SNS::Topic': 'topic',
  'AWS::SNS::TopicPolicy': 'topicPolicy',
  'AWS::SNS::Subscription': 'subscription'
}

/** The name property a `Ref` returns, for the resources whose `Ref` is their name. */
const NAME_PROPERTY: Record<string, string> = {
  'AWS::Logs::LogGroup': 'LogGroupName',
  'AWS::CloudWatch::Alarm': 'AlarmName',
  'AWS::Logs::MetricFilter': 'FilterName',
  'AWS::CloudTrail::Trail': 'TrailName',
  'AWS::Lambda::Function': 'FunctionName'
}

const PSEUDO = new Set(['AWS::AccountId', 'AWS::Region', 'AWS::Partition', 'AWS::StackName', 'AWS::StackId'])
  .add('AWS::URLSuffix')
  .add('AWS::NotificationARNs')
const NO_VALUE = Symbol('AWS::NoValue')

type Raw = unknown

interface ResourceDef {
  Type?: string
  Properties?: Record<string, Raw>
  Condition?: string
  Metadata?: Record<string, Raw>
}

export function readTemplate(parsed: ParsedTemplate, file: string, kind: 'cloudformation' | 'cdk'): CodeGraph {
  return new TemplateReader(parsed, file, kind).read()
}

class TemplateReader {
  private readonly resources: Record<string, ResourceDef>
  private readonly parameters: Record<string, Record<string, Raw>>
  private readonly mappings: Record<string, Record<string, Record<string, Raw>>>
  private readonly conditions: Record<string, Raw>
  private readonly notes: string[] = []
  private readonly usedDefaults = new Map<string, string>()
  private readonly conditionCache = new Map<string, boolean | Unknown>()

  constructor(
    private readonly parsed: ParsedTemplate,
    private readonly file: string,
    private readonly kind: 'cloudformation' | 'cdk'
  ) {
    const t = parsed.template
    this.resources = asRecord(t.Resources) as Record<string, ResourceDef>
    this.parameters = asRecord(t.Parameters) as Record<string, Record<string, Raw>>
    this.mappings = asRecord(t.Mappings) as Record<string, Record<string, Record<string, Raw>>>
    this.conditions = asRecord(t.Conditions)
  }

  read(): CodeGraph {
    const source: StateSource = { kind: this.kind, path: this.file }
    const graph: CodeGraph = { source, resources: [], types: new Map(), opaque: [], notes: this.notes }
    const transform = this.parsed.template.Transform
    if (transform) {
      const names = ([] as Raw[]).concat(transform).map((x) => (typeof x === 'string' ? x : JSON.stringify(x)))
      graph.opaque.push(`Transform ${names.join(', ')} rewrites the template at deploy; what it adds is not judged`)
    }
    for (const [id, def] of Object.entries(this.resources)) {
      if (!def || typeof def !== 'object' || typeof def.Type !== 'string') continue
      graph.types.set(id, def.Type)
      if (def.Type === 'AWS::CloudFormation::Stack') {
        const url = def.Properties?.TemplateURL
        graph.opaque.push(`nested stack ${id}${typeof url === 'string' ? ` (${url})` : ''} is not read`)
        continue
      }
      const kind = KIND_OF[def.Type]
      if (!kind) continue
      if (def.Condition !== undefined) {
        const exists = this.condition(String(def.Condition))
        if (exists === false) {
          this.notes.push(
            `${id} is not created: its condition ${String(def.Condition)} is false${this.defaultsNote()}.`
          )
          continue
        }
        if (isUnknown(exists)) {
          // Whether it exists is decided at deploy: judged as a link outside the code read (undecided), never as
          // present and passing.
          graph.opaque.push(
            `${id} exists only when condition ${String(def.Condition)} holds, which is decided at deploy`
          )
          continue
        }
      }
      graph.resources.push(this.resource(id, def, kind))
    }
    for (const [name, value] of this.usedDefaults)
      this.notes.push(`Judged with the default of parameter ${name} (${value}); the deploy may override it.`)
    return graph
  }

  private defaultsNote(): string {
    return this.usedDefaults.size ? ` with the parameter defaults` : ''
  }

  private location(id: string, def: ResourceDef): SourceLocation {
    const lines = this.parsed.lines.get(id) ?? { line: 1, endLine: 1 }
    const location: SourceLocation = { file: this.file, line: lines.line, endLine: lines.endLine, address: id }
    const path = def.Metadata?.['aws:cdk:path']
    if (typeof path === 'string') location.constructPath = path
    return location
  }

  private resource(id: string, def: ResourceDef, kind: ChainKind): CodeResource {
    const p = (name: string) => this.property(def, name)
    const base = { kind, address: id, type: def.Type!, location: this.location(id, def) }
    switch (kind) {
      case 'trail':
        return {
          ...base,
          identities: [token(id, 'Arn', `!GetAtt ${id}.Arn`)],
          attrs: {
            name: p('TrailName') ?? id,
            isMultiRegion: bool(p('IsMultiRegionTrail')) ?? false,
            isLogging: bool(p('IsLogging')),
            isOrganization: bool(p('IsOrganizationTrail')) ?? false,
            logGroupArn: p('CloudWatchLogsLogGroupArn'),
            roleArn: p('CloudWatchLogsRoleArn'),
            basicSelectors: mapList(p('EventSelectors'), (s) => ({
              readWriteType: s.ReadWriteType ?? 'All',
              includeManagementEvents: bool(s.IncludeManagementEvents) ?? true,
              excludeManagementEventSources: s.ExcludeManagementEventSources ?? []
            })),
            advancedSelectors: mapList(p('AdvancedEventSelectors'), (s) => ({
              name: s.Name ?? null,
              fieldSelectors: mapList(s.FieldSelectors, (f) => ({
                field: f.Field ?? null,
                equals: f.Equals ?? [],
                notEquals: f.NotEquals ?? [],
                startsWith: f.StartsWith ?? [],
                notStartsWith: f.NotStartsWith ?? [],
                endsWith: f.EndsWith ?? [],
                notEndsWith: f.NotEndsWith ?? []
              }))
            }))
          }
        }
      case 'logGroup':
        return {
          ...base,
          identities: [token(id, 'Arn', `!GetAtt ${id}.Arn`)],
          attrs: { name: this.refValue(id) }
        }
      case 'metricFilter':
        return {
          ...base,
          identities: [],
          attrs: {
            name: p('FilterName') ?? id,
            pattern: p('FilterPattern'),
            logGroupName: p('LogGroupName'),
            transformations: mapList(p('MetricTransformations'), (t) => ({
              metricName: t.MetricName,
              metricNamespace: t.MetricNamespace,
              metricValue: t.MetricValue,
              defaultValue: t.DefaultValue,
              unit: t.Unit,
              dimensions: pairs(t.Dimensions, 'Key', 'Value')
            }))
          }
        }
      case 'alarm':
        return {
          ...base,
          identities: [token(id, 'Arn', `!GetAtt ${id}.Arn`)],
          attrs: {
            name: p('AlarmName') ?? id,
            actionsEnabled: bool(p('ActionsEnabled')) ?? true,
            metricName: p('MetricName'),
            namespace: p('Namespace'),
            statistic: p('Statistic'),
            extendedStatistic: p('ExtendedStatistic'),
            period: p('Period'),
            evaluationPeriods: p('EvaluationPeriods'),
            datapointsToAlarm: p('DatapointsToAlarm'),
            threshold: p('Threshold'),
            comparisonOperator: p('ComparisonOperator'),
            treatMissingData: p('TreatMissingData'),
            dimensions: pairs(p('Dimensions'), 'Name', 'Value'),
            alarmActions: p('AlarmActions') ?? [],
            usesMetricMath: Array.isArray(p('Metrics'))
          }
        }
      case 'topic':
        return {
          ...base,
          identities: [this.refValue(id) as string],
          attrs: {
            name: p('TopicName') ?? null,
            kmsMasterKeyId: p('KmsMasterKeyId'),
            subscriptions: mapList(p('Subscription'), (s) => ({ protocol: s.Protocol, endpoint: s.Endpoint }))
          }
        }
      case 'topicPolicy':
        return { ...base, identities: [], attrs: { topics: p('Topics') ?? [], policy: p('PolicyDocument') } }
      case 'subscription':
        return {
          ...base,
          identities: [],
          attrs: { topicArn: p('TopicArn'), protocol: p('Protocol'), endpoint: p('Endpoint') }
        }
    }
  }

  private property(def: ResourceDef, name: string): IacValue | undefined {
    const raw = def.Properties?.[name]
    if (raw === undefined) return undefined
    const v = this.evaluate(raw)
    return v === NO_VALUE ? undefined : (v as IacValue)
  }

  // ---- intrinsic functions ----

  evaluate(raw: Raw): IacValue | typeof NO_VALUE {
    if (raw === null || typeof raw !== 'object') return raw as IacValue
    if (Array.isArray(raw)) {
      const out: IacValue[] = []
      for (const item of raw) {
        const v = this.evaluate(item)
        if (v !== NO_VALUE) out.push(v)
      }
      return out
    }
    const entries = Object.entries(raw as Record<string, Raw>)
    if (entries.length === 1) {
      const [key, arg] = entries[0]
      if (key === 'Ref' || key === 'Condition' || key.startsWith('Fn::')) return this.intrinsic(key, arg, raw)
    }
    const out: Record<string, IacValue> = {}
    for (const [k, v] of entries) {
      const value = this.evaluate(v)
      if (value !== NO_VALUE) out[k] = value
    }
    return out
  }

  private unknown(raw: Raw, reason: string): Unknown {
    return new Unknown(shortForm(raw), reason)
  }

  private intrinsic(fn: string, arg: Raw, raw: Raw): IacValue | typeof NO_VALUE {
    switch (fn) {
      case 'Ref':
        return this.ref(String(arg), raw)
      case 'Condition': {
        const c = this.condition(String(arg))
        return c
      }
      case 'Fn::GetAtt': {
        const [id, attr] = Array.isArray(arg) ? arg.map((x) => this.evaluate(x)) : splitGetAtt(String(arg))
        if (typeof id !== 'string' || typeof attr !== 'string') return this.unknown(raw, 'attribute not known')
        return this.getAtt(id, attr, raw)
      }
      case 'Fn::Sub':
        return this.sub(arg, raw)
      case 'Fn::Join': {
        if (!Array.isArray(arg) || arg.length !== 2) return this.unknown(raw, 'malformed Fn::Join')
        const delimiter = this.evaluate(arg[0])
        const items = this.evaluate(arg[1])
        const u = findUnknown(items as IacValue)
        if (u) return new Unknown(shortForm(raw), u.reason)
        if (typeof delimiter !== 'string' || !Array.isArray(items)) return this.unknown(raw, 'malformed Fn::Join')
        return items.map((x) => (typeof x === 'string' ? x : String(x))).join(delimiter)
      }
      case 'Fn::Select': {
        if (!Array.isArray(arg) || arg.length !== 2) return this.unknown(raw, 'malformed Fn::Select')
        const index = this.evaluate(arg[0])
        const items = this.evaluate(arg[1])
        if (isUnknown(index)) return index
        if (isUnknown(items)) return items
        if (!Array.isArray(items)) return this.unknown(raw, 'Fn::Select of something that is not a list')
        const item = items[Number(index)]
        return item === undefined ? this.unknown(raw, 'index out of range') : item
      }
      case 'Fn::Split': {
        if (!Array.isArray(arg) || arg.length !== 2) return this.unknown(raw, 'malformed Fn::Split')
        const delimiter = this.evaluate(arg[0])
        const s = this.evaluate(arg[1])
        if (isUnknown(s)) return s
        if (typeof delimiter !== 'string' || typeof s !== 'string') return this.unknown(raw, 'malformed Fn::Split')
        return s.split(delimiter)
      }
      case 'Fn::FindInMap': {
        if (!Array.isArray(arg) || arg.length < 3) return this.unknown(raw, 'malformed Fn::FindInMap')
        const keys = arg.slice(0, 3).map((x) => this.evaluate(x))
        const u = keys.find(isUnknown)
        if (u) return new Unknown(shortForm(raw), (u as Unknown).reason)
        const value = this.mappings[String(keys[0])]?.[String(keys[1])]?.[String(keys[2])]
        if (value === undefined) {
          const options = arg[3] as Record<string, Raw> | undefined
          if (options && typeof options === 'object' && 'DefaultValue' in options)
            return this.evaluate(options.DefaultValue)
          return this.unknown(raw, `no mapping ${keys.map(String).join('.')}`)
        }
        return this.evaluate(value)
      }
      case 'Fn::If': {
        if (!Array.isArray(arg) || arg.length !== 3) return this.unknown(raw, 'malformed Fn::If')
        const c = this.condition(String(arg[0]))
        if (isUnknown(c)) return new Unknown(shortForm(raw), c.reason)
        return this.evaluate(c ? arg[1] : arg[2])
      }
      case 'Fn::Equals': {
        if (!Array.isArray(arg) || arg.length !== 2) return this.unknown(raw, 'malformed Fn::Equals')
        const [a, b] = arg.map((x) => this.evaluate(x))
        if (isUnknown(a)) return a
        if (isUnknown(b)) return b
        if (a === NO_VALUE || b === NO_VALUE) return false
        if (hasTokenValue(a) || hasTokenValue(b)) return this.unknown(raw, 'compares a value known only at deploy')
        return JSON.stringify(a) === JSON.stringify(b) || String(a) === String(b)
      }
      case 'Fn::Not':
      case 'Fn::And':
      case 'Fn::Or': {
        const values = (Array.isArray(arg) ? arg : [arg]).map((x) => this.evaluate(x))
        const u = values.find(isUnknown)
        if (u) return u as Unknown
        const bools = values.map((v) => v === true || v === 'true')
        if (fn === 'Fn::Not') return !bools[0]
        return fn === 'Fn::And' ? bools.every(Boolean) : bools.some(Boolean)
      }
      case 'Fn::Base64': {
        const s = this.evaluate(arg)
        if (typeof s !== 'string' || s.includes('\uE000'))
          return this.unknown(raw, 'Fn::Base64 of a value known only at deploy')
        return Buffer.from(s).toString('base64')
      }
      case 'Fn::ImportValue':
        return this.unknown(raw, 'the value is exported by another stack')
      default:
        return this.unknown(raw, `${fn} is not evaluated before deploy`)
    }
  }

  private ref(name: string, raw: Raw): IacValue | typeof NO_VALUE {
    if (name === 'AWS::NoValue') return NO_VALUE
    if (PSEUDO.has(name)) return token(name, 'Ref', name)
    if (name in this.parameters) return this.parameter(name, raw)
    if (name in this.resources) return this.refValue(name)
    return this.unknown(raw, `${name} is neither a parameter nor a resource of the template`)
  }

  private parameter(name: string, raw: Raw): IacValue {
    const p = this.parameters[name] ?? {}
    const type = String(p.Type ?? 'String')
    if (type.startsWith('AWS::SSM::Parameter::Value'))
      return this.unknown(raw, `parameter ${name} is read from SSM Parameter Store at deploy`)
    if (p.Default === undefined)
      return this.unknown(raw, `parameter ${name} has no default: its value is given at deploy`)
    const value = String(p.Default)
    this.usedDefaults.set(name, value === '' ? '""' : value)
    if (type === 'CommaDelimitedList' || type.startsWith('List<')) return value.split(',').map((x) => x.trim())
    if (type === 'Number') return Number(value)
    return value
  }

  /** What `Ref` returns for a resource of the template. */
  private refValue(id: string): IacValue {
    const def = this.resources[id]
    const nameProperty = NAME_PROPERTY[def?.Type ?? '']
    if (nameProperty && def?.Properties?.[nameProperty] !== undefined) {
      const name = this.property(def, nameProperty)
      if (name !== undefined) return name
    }
    return token(id, 'Ref', `!Ref ${id}`)
  }

  private getAtt(id: string, attr: string, raw: Raw): IacValue {
    const def = this.resources[id]
    if (!def) return this.unknown(raw, `${id} is not a resource of the template`)
    if (def.Type === 'AWS::SNS::Topic') {
      if (attr === 'TopicArn') return this.refValue(id)
      if (attr === 'TopicName' && def.Properties?.TopicName !== undefined)
        return this.property(def, 'TopicName') ?? null
    }
    if (def.Type === 'AWS::Logs::LogGroup' && attr === 'LogGroupName') return this.refValue(id)
    return token(id, attr, `!GetAtt ${id}.${attr}`)
  }

  private sub(arg: Raw, raw: Raw): IacValue {
    const [template, vars] = Array.isArray(arg) ? [arg[0], (arg[1] ?? {}) as Record<string, Raw>] : [arg, {}]
    if (typeof template !== 'string') return this.unknown(raw, 'malformed Fn::Sub')
    let out = ''
    let unknown: Unknown | undefined
    const re = /\$\{([^}]*)\}/g
    let last = 0
    for (let m = re.exec(template); m; m = re.exec(template)) {
      out += template.slice(last, m.index)
      last = m.index + m[0].length
      const name = m[1].trim()
      if (name.startsWith('!')) {
        out += '${' + name.slice(1) + '}'
        continue
      }
      let v: IacValue | typeof NO_VALUE
      if (name in vars) v = this.evaluate(vars[name])
      else if (name.includes('.') && !PSEUDO.has(name)) {
        const [id, attr] = splitGetAtt(name)
        v = this.getAtt(id, attr, { 'Fn::GetAtt': [id, attr] })
      } else v = this.ref(name, { Ref: name })
      if (isUnknown(v)) unknown ??= v
      else if (v !== NO_VALUE) out += Array.isArray(v) ? v.join(',') : String(v)
    }
    out += template.slice(last)
    return unknown ? new Unknown(shortForm(raw), unknown.reason) : out
  }

  private condition(name: string): boolean | Unknown {
    const cached = this.conditionCache.get(name)
    if (cached !== undefined) return cached
    this.conditionCache.set(name, new Unknown(`Condition: ${name}`, 'the condition refers to itself'))
    const raw = this.conditions[name]
    let result: boolean | Unknown
    if (raw === undefined) result = new Unknown(`Condition: ${name}`, `no condition ${name} in the template`)
    else {
      const v = this.evaluate(raw)
      result = isUnknown(v) ? new Unknown(`Condition: ${name}`, v.reason) : v === true || v === 'true'
    }
    this.conditionCache.set(name, result)
    return result
  }
}

function asRecord(v: unknown): Record<string, Raw> {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, Raw>) : {}
}

function bool(v: IacValue | undefined): boolean | Unknown | undefined {
  if (v === undefined || v === null) return undefined
  if (isUnknown(v)) return v
  if (typeof v === 'boolean') return v
  return String(v).toLowerCase() === 'true'
}

/** Maps each object of a list; an unknown list stays unknown. */
function mapList(
  v: IacValue | undefined,
  fn: (item: Record<string, IacValue>) => Record<string, IacValue | Unknown | undefined>
): IacValue | undefined {
  if (v === undefined) return undefined
  if (isUnknown(v)) return v
  if (!Array.isArray(v)) return []
  return v.map((item) => {
    if (isUnknown(item)) return item
    if (!isObject(item)) return {}
    const mapped = fn(item)
    return Object.fromEntries(Object.entries(mapped).filter(([, x]) => x !== undefined)) as IacValue
  })
}

/** `[{Name: k, Value: v}]` → `{k: v}`. */
function pairs(v: IacValue | undefined, key: string, value: string): IacValue | undefined {
  if (v === undefined) return undefined
  if (isUnknown(v)) return v
  if (!Array.isArray(v)) return {}
  const out: Record<string, IacValue> = {}
  for (const item of v) {
    if (isUnknown(item)) return item
    if (isObject(item) && typeof item[key] === 'string') out[item[key] as string] = item[value] ?? null
  }
  return out
}

function hasTokenValue(v: IacValue): boolean {
  return JSON.stringify(v)?.includes('\uE000') ?? false
}

/** An intrinsic as a template author writes it: `!ImportValue AlertsTopicArn`, else compact JSON. */
export function shortForm(raw: Raw): string {
  if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
    const entries = Object.entries(raw as Record<string, Raw>)
    if (entries.length === 1) {
      const [key, arg] = entries[0]
      const name = key === 'Ref' ? 'Ref' : key === 'Condition' ? 'Condition' : key.replace(/^Fn::/, '')
      if (typeof arg === 'string') return `!${name} ${arg}`
      if (name === 'GetAtt' && Array.isArray(arg) && arg.every((x) => typeof x === 'string'))
        return `!GetAtt ${arg.join('.')}`
    }
  }
  return typeof raw === 'string' ? render(raw) : JSON.stringify(raw)
}
