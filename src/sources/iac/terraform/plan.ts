// A Terraform plan as `terraform show -json` writes it → the chain's resources.
//
// Values come from `planned_values` (root and child modules, provider defaults filled in). What is known only after
// apply (ARNs, ids) is absent there and `true` in `resource_changes[].change.after_unknown`: those links come from the
// `configuration` references (`aws_sns_topic.x.arn`, `module.m.topic_arn` through the module's outputs, instance keys
// paired by `each.key`). Existing resources keep their known values, so their ARNs link by text. A plan has no line
// numbers: locations come from the `.tf` files that declare the addresses, found beside the plan.
import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'
import type { SourceLocation } from '../../../model/state.js'
import type { CodeGraph } from '../graph.js'
import { Unknown, isObject, type IacValue } from '../value.js'
import { parseModuleDir, type ReadProblemSink } from './config.js'
import { CHAIN_TYPES, ID_ATTRIBUTE, chainResource, resourceToken } from './resources.js'

interface PlannedResource {
  address: string
  mode: 'managed' | 'data'
  type: string
  name: string
  index?: string | number
  values?: Record<string, IacValue>
}

interface PlannedModule {
  resources?: PlannedResource[]
  child_modules?: (PlannedModule & { address: string })[]
}

interface ConfigExpression {
  constant_value?: IacValue
  references?: string[]
}

type Expressions = Record<string, ConfigExpression | Record<string, unknown>[]>

interface ConfigModule {
  resources?: { address: string; type: string; name: string; mode: string; expressions?: Expressions }[]
  module_calls?: Record<string, { source?: string; module?: ConfigModule; expressions?: Expressions }>
  outputs?: Record<string, { expression?: ConfigExpression }>
}

export interface PlanJson {
  format_version: string
  planned_values: { root_module: PlannedModule }
  resource_changes?: {
    address: string
    type: string
    mode?: string
    change: { actions: string[]; after_unknown?: unknown }
  }[]
  configuration?: { root_module?: ConfigModule; provider_config?: Record<string, { expressions?: Expressions }> }
  variables?: Record<string, { value: IacValue }>
}

export function isPlan(v: unknown): v is PlanJson {
  return (
    isObject(v as IacValue) && typeof (v as PlanJson).format_version === 'string' && !!(v as PlanJson).planned_values
  )
}

/** Strips instance keys: `module.a["x"].aws_b.c[0]` → `module.a.aws_b.c`. */
export function configAddress(address: string): string {
  return address.replace(/\[[^\]]*\]/g, '')
}

const LIST_FIELDS = new Set([
  'alarm_actions',
  'ok_actions',
  'insufficient_data_actions',
  'exclude_management_event_sources'
])

export async function readPlan(
  plan: PlanJson,
  file: string,
  root: string,
  problems: ReadProblemSink
): Promise<CodeGraph> {
  const graph: CodeGraph = {
    source: { kind: 'terraform-plan', path: file },
    resources: [],
    types: new Map(),
    opaque: [],
    notes: []
  }
  const region = (plan.configuration?.provider_config?.aws?.expressions?.region as ConfigExpression | undefined)
    ?.constant_value
  if (typeof region === 'string') graph.region = region

  const planned = new Map<string, PlannedResource>()
  const walk = (m: PlannedModule | undefined) => {
    for (const r of m?.resources ?? []) planned.set(r.address, r)
    for (const c of m?.child_modules ?? []) walk(c)
  }
  walk(plan.planned_values?.root_module)
  const changes = new Map((plan.resource_changes ?? []).map((c) => [c.address, c]))
  const configs = new Map<string, { expressions: Expressions; module: ConfigModule }>()
  const walkConfig = (m: ConfigModule | undefined, prefix: string) => {
    for (const r of m?.resources ?? [])
      configs.set(`${prefix}${r.address}`, { expressions: r.expressions ?? {}, module: m! })
    for (const [name, call] of Object.entries(m?.module_calls ?? {}))
      walkConfig(call.module, `${prefix}module.${name}.`)
  }
  walkConfig(plan.configuration?.root_module, '')
  const locations = await planLocations(plan, path.resolve(root, file), root, problems)

  for (const r of planned.values()) {
    graph.types.set(r.address, r.mode === 'data' ? `data.${r.type}` : r.type)
  }
  const resolver = new References(plan, planned)
  for (const r of planned.values()) {
    if (r.mode !== 'managed' || !CHAIN_TYPES[r.type]) continue
    const values: Record<string, IacValue> = { ...(r.values ?? {}) }
    const unknown = changes.get(r.address)?.change.after_unknown
    const cfg = configs.get(configAddress(r.address))
    const instancePrefix = r.address.slice(0, r.address.length - `${r.type}.${r.name}${indexSuffix(r.index)}`.length)
    fillUnknown(values, unknown, cfg?.expressions ?? {}, (refs, field) =>
      resolver.resolve(refs, field, instancePrefix, r.index)
    )
    const location: SourceLocation = locations.get(configAddress(r.address)) ?? { file, line: 1 }
    const identities = [resourceToken(r.address, 'arn')]
    if (typeof values.arn === 'string') identities.push(values.arn)
    const resource = chainResource(r.type, r.address, values, { ...location, address: r.address }, identities)
    if (resource) graph.resources.push(resource)
  }
  for (const c of plan.resource_changes ?? []) {
    if (c.change.actions.includes('delete') && !c.change.actions.includes('create'))
      graph.notes.push(`This plan deletes ${c.address}.`)
  }
  return graph
}

function indexSuffix(index: string | number | undefined): string {
  if (index === undefined) return ''
  return typeof index === 'number' ? `[${index}]` : `[${JSON.stringify(index)}]`
}

/** Replaces what is unknown until apply by what the configuration says it refers to. */
function fillUnknown(
  values: Record<string, IacValue>,
  unknown: unknown,
  expressions: Expressions,
  resolve: (refs: string[], field: string) => IacValue
): void {
  if (!isObject(unknown as IacValue)) return
  for (const [field, u] of Object.entries(unknown as Record<string, unknown>)) {
    const expr = expressions[field]
    if (u === true) {
      if (!expr || Array.isArray(expr)) {
        // Computed by the provider and not set in the configuration (e.g. a topic's default policy): unset.
        if (!(field in values) || values[field] === null) delete values[field]
        continue
      }
      if (expr.references?.length) values[field] = resolve(expr.references, field)
      continue
    }
    if (Array.isArray(u) && Array.isArray(values[field])) {
      const list = values[field] as IacValue[]
      u.forEach((item, i) => {
        const blockExpr = Array.isArray(expr) ? (expr[i] as Expressions | undefined) : undefined
        if (isObject(list[i]) && isObject(item as IacValue))
          fillUnknown(list[i] as Record<string, IacValue>, item, blockExpr ?? {}, resolve)
      })
    }
  }
}

class References {
  constructor(
    private readonly plan: PlanJson,
    private readonly planned: Map<string, PlannedResource>
  ) {}

  /**
   * The value a configuration expression gives, from its references: the plan lists every reference of the
   * expression, longest first (`aws_sns_topic.x.arn`, `aws_sns_topic.x`), plus `each.key` / `count.index` when the
   * instance key picks the referenced instance.
   */
  resolve(refs: string[], field: string, instancePrefix: string, index: string | number | undefined): IacValue {
    const byKey = refs.includes('each.key') || refs.includes('count.index')
    const seen = new Set<string>()
    const values: IacValue[] = []
    for (const ref of refs) {
      if (ref === 'each.key' || ref === 'each.value' || ref === 'count.index') continue
      const v = this.one(ref, field, instancePrefix, byKey ? index : undefined, seen)
      if (v !== undefined) values.push(v)
    }
    const unknown = () =>
      new Unknown(refs.filter((r) => !/^(each|count)\./.test(r))[0] ?? refs.join(', '), 'known only after apply')
    if (LIST_FIELDS.has(field)) return values.length ? values.flatMap((v) => (Array.isArray(v) ? v : [v])) : [unknown()]
    return values[0] ?? unknown()
  }

  private one(
    ref: string,
    field: string,
    instancePrefix: string,
    index: string | number | undefined,
    seen: Set<string>
  ): IacValue | undefined {
    const parts = splitReference(ref)
    if (parts[0] === 'var' && instancePrefix) {
      // A module's input: what the module call passes, resolved where the call is made.
      const key = `var.${parts[1]}`
      if (seen.has(key)) return undefined
      seen.add(key)
      const m = instancePrefix.match(/^(.*?)module\.([^.[]+)(\[[^\]]*\])?\.$/)
      const call = m ? this.moduleCall(m[1], m[2]) : undefined
      const expression = call?.expressions?.[parts[1]]
      if (m && expression && !Array.isArray(expression)) {
        if (expression.constant_value !== undefined) return expression.constant_value
        if (expression.references?.length) return this.resolve(expression.references, field, m[1], undefined)
      }
      return new Unknown(key, `${key} is known only after apply`)
    }
    if (parts[0] === 'var' || parts[0] === 'local' || parts[0] === 'path' || parts[0] === 'terraform') {
      const key = `${parts[0]}.${parts[1]}`
      if (seen.has(key)) return undefined
      seen.add(key)
      return new Unknown(key, `${key} is known only after apply`)
    }
    if (parts[0] === 'module') {
      const key = `module.${parts[1]}.${parts[2] ?? ''}`
      if (seen.has(key) || parts.length < 3) return undefined
      seen.add(key)
      return this.moduleOutput(instancePrefix, parts[1], parts[2], field)
    }
    if (parts[0] === 'data') {
      const address = `${instancePrefix}data.${parts[1]}.${parts[2]}`
      if (seen.has(address)) return undefined
      seen.add(address)
      if (parts[1] === 'aws_sns_topic') return resourceToken(address, 'arn')
      const known = this.planned.get(address)?.values?.[parts[3]]
      return known !== undefined && known !== null
        ? known
        : new Unknown(ref, `data source ${parts[1]}.${parts[2]} is read at apply`)
    }
    // type.name[key].attr…
    const [type, name] = parts
    if (!type || !name) return undefined
    let rest = parts.slice(2)
    let key: string | number | undefined = index
    if (rest[0]?.startsWith('[')) {
      key = JSON.parse(rest[0].slice(1, -1)) as string | number
      rest = rest.slice(1)
    }
    const address = `${instancePrefix}${type}.${name}${indexSuffix(key)}`
    if (seen.has(address)) return undefined
    seen.add(address)
    const target = this.planned.get(address) ?? this.planned.get(`${instancePrefix}${type}.${name}`)
    const attribute = rest.length
      ? rest.join('.').replace(/\.\[/g, '[')
      : field === 'metric_name' || field === 'namespace'
        ? 'id'
        : 'arn'
    return this.attribute(target, target?.address ?? address, type, attribute, field)
  }

  private attribute(
    target: PlannedResource | undefined,
    address: string,
    type: string,
    attribute: string,
    field: string
  ): IacValue {
    let attr = attribute
    if (attr === 'id' && ID_ATTRIBUTE[type]) attr = ID_ATTRIBUTE[type]
    const value = target?.values ? lookupPath(target.values, attr) : undefined
    if (value !== undefined && value !== null) return value
    // A metric filter's metric name used as the alarm's metric.
    if (field === 'namespace' && type === 'aws_cloudwatch_log_metric_filter') {
      const ns = target?.values ? lookupPath(target.values, 'metric_transformation[0].namespace') : undefined
      if (ns !== undefined && ns !== null) return ns
    }
    return resourceToken(address, attr === 'id' ? 'arn' : attr)
  }

  /** The call of `module` made in the module instance `instancePrefix` (instance keys do not matter there). */
  private moduleCall(instancePrefix: string, module: string) {
    let config = this.plan.configuration?.root_module
    for (const m of configAddress(instancePrefix).matchAll(/module\.([^.]+)\./g))
      config = config?.module_calls?.[m[1]]?.module
    return config?.module_calls?.[module]
  }

  private moduleOutput(instancePrefix: string, module: string, output: string, field: string): IacValue {
    const call = this.moduleCall(instancePrefix, module)
    const expression = call?.module?.outputs?.[output]?.expression
    if (!call) return new Unknown(`module.${module}.${output}`, `module ${module} is not in the plan's configuration`)
    if (expression?.constant_value !== undefined) return expression.constant_value
    const refs = expression?.references ?? []
    if (refs.length === 0)
      return new Unknown(`module.${module}.${output}`, 'the module output is known only after apply')
    // Module instances with count/for_each are not paired here: the first instance prefix found is used.
    const childPrefix =
      [...this.planned.keys()]
        .map(
          (a) =>
            a.match(new RegExp(`^(${escapeRe(instancePrefix)}module\\.${escapeRe(module)}(\\[[^\\]]*\\])?\\.)`))?.[1]
        )
        .find(Boolean) ?? `${instancePrefix}module.${module}.`
    const v = this.resolve(refs, field, childPrefix, undefined)
    return Array.isArray(v) && !LIST_FIELDS.has(field) ? (v[0] ?? null) : v
  }
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** `aws_x.y["k"].attr[0].name` → ['aws_x', 'y', '["k"]', 'attr[0]', 'name'] (the index right after the name apart). */
function splitReference(ref: string): string[] {
  const m = ref.match(/^([^.[]+)\.([^.[]+)(\[[^\]]*\])?(?:\.(.*))?$/)
  if (!m) return ref.split('.')
  const out = [m[1], m[2]]
  if (m[3]) out.push(m[3])
  if (m[4]) out.push(...m[4].split('.'))
  return out
}

function lookupPath(values: Record<string, IacValue>, attrPath: string): IacValue | undefined {
  let v: IacValue | undefined = values
  for (const step of attrPath.split('.')) {
    const m = step.match(/^([^[]+)((?:\[\d+\])*)$/)
    if (!m || !isObject(v)) return undefined
    v = v[m[1]]
    for (const idx of m[2].match(/\d+/g) ?? []) v = Array.isArray(v) ? v[Number(idx)] : undefined
  }
  return v
}

/**
 * Finds the `.tf` sources of the plan's root module (the plan's folder or a parent, up to the repository root) and of
 * its local modules, and maps each configuration address to its block.
 */
async function planLocations(
  plan: PlanJson,
  planPath: string,
  root: string,
  problems: ReadProblemSink
): Promise<Map<string, SourceLocation>> {
  const out = new Map<string, SourceLocation>()
  const rootConfig = plan.configuration?.root_module
  const wanted = (rootConfig?.resources ?? []).map((r) => r.address)
  const quiet: ReadProblemSink = () => undefined
  let dir = path.dirname(planPath)
  const top = path.resolve(root)
  for (;;) {
    if (existsSync(dir) && readdirSync(dir).some((f) => f.endsWith('.tf'))) {
      const parsed = await parseModuleDir(dir, root, quiet)
      if (wanted.length === 0 || wanted.some((a) => parsed.resources.has(a))) {
        await mapModule(parsed, rootConfig, '', root, out, problems)
        return out
      }
    }
    if (dir === top || !dir.startsWith(top)) break
    dir = path.dirname(dir)
  }
  return out
}

async function mapModule(
  parsed: Awaited<ReturnType<typeof parseModuleDir>>,
  config: ConfigModule | undefined,
  prefix: string,
  root: string,
  out: Map<string, SourceLocation>,
  problems: ReadProblemSink
): Promise<void> {
  for (const [key, d] of parsed.resources)
    out.set(`${prefix}${key}`, { file: d.file, line: d.block.line, endLine: d.block.endLine })
  for (const [key, d] of parsed.data)
    out.set(`${prefix}data.${key}`, { file: d.file, line: d.block.line, endLine: d.block.endLine })
  for (const [name, call] of Object.entries(config?.module_calls ?? {})) {
    const source = call.source ?? ''
    if (!source.startsWith('./') && !source.startsWith('../')) continue
    const dir = path.resolve(parsed.dir, source)
    if (!existsSync(dir)) continue
    const child = await parseModuleDir(dir, root, () => undefined)
    await mapModule(child, call.module, `${prefix}module.${name}.`, root, out, problems)
  }
}
