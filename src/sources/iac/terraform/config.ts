// A Terraform root module read from its `.tf` sources (no plan, no state, no provider): variables with their
// defaults overridden by `terraform.tfvars` / `*.auto.tfvars`, locals, resources expanded by `count` / `for_each`
// (and `dynamic` blocks), data sources, and local modules with their inputs and outputs. A registry module is read
// only when `terraform init` left it in `.terraform/modules`; otherwise its outputs are unknown and the graph says
// the module was not read.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import type { SourceLocation } from '../../../model/state.js'
import type { CodeGraph, CodeResource } from '../graph.js'
import { Unknown, isObject, isUnknown, display, type IacValue } from '../value.js'
import { HclSyntaxError, parseHcl, type Expr, type HclBlock, type HclBody } from './hcl.js'
import { bind, entries, evaluate, isLazy, materialize, type Env, type Lazy, type Val } from './evaluate.js'
import { CHAIN_TYPES, ID_ATTRIBUTE, chainResource, resourceToken } from './resources.js'

export interface ReadProblemSink {
  (problem: { file: string; line?: number; message: string }): void
}

interface Declared {
  block: HclBlock
  /** Repository-relative path of the file. */
  file: string
}

interface ParsedModule {
  dir: string
  variables: Map<string, Declared>
  locals: Map<string, { expr: Expr; file: string }>
  resources: Map<string, Declared>
  data: Map<string, Declared>
  modules: Map<string, Declared>
  outputs: Map<string, Declared>
  providers: Declared[]
  /** Files that could not be parsed: the module is then incomplete. */
  broken: string[]
}

const SKIP_META = new Set(['count', 'for_each', 'provider', 'depends_on', 'lifecycle', 'provisioner', 'connection'])

/** Parses every `.tf` file of a folder (one module). */
export async function parseModuleDir(dir: string, root: string, problems: ReadProblemSink): Promise<ParsedModule> {
  const module: ParsedModule = {
    dir,
    variables: new Map(),
    locals: new Map(),
    resources: new Map(),
    data: new Map(),
    modules: new Map(),
    outputs: new Map(),
    providers: [],
    broken: []
  }
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.tf') && statSync(path.join(dir, f)).isFile())
    .sort()
  for (const name of files) {
    const file = relative(root, path.join(dir, name))
    let body: HclBody
    try {
      body = await parseHcl(readFileSync(path.join(dir, name), 'utf8'))
    } catch (e) {
      const syntax = e instanceof HclSyntaxError
      problems({
        file,
        line: syntax ? e.line : undefined,
        message: syntax ? `Terraform syntax error: ${e.message}; the file was not read.` : (e as Error).message
      })
      module.broken.push(file)
      continue
    }
    for (const block of body.blocks) {
      const d = { block, file }
      const [a, b] = block.labels
      if (block.type === 'variable' && a) module.variables.set(a, d)
      else if (block.type === 'locals')
        for (const attr of block.body.attributes) module.locals.set(attr.name, { expr: attr.expr, file })
      else if (block.type === 'resource' && a && b) module.resources.set(`${a}.${b}`, d)
      else if (block.type === 'data' && a && b) module.data.set(`${a}.${b}`, d)
      else if (block.type === 'module' && a) module.modules.set(a, d)
      else if (block.type === 'output' && a) module.outputs.set(a, d)
      else if (block.type === 'provider' && a === 'aws') module.providers.push(d)
    }
  }
  return module
}

export function relative(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join('/')
}

function attr(block: HclBlock, name: string): Expr | undefined {
  return block.body.attributes.find((a) => a.name === name)?.expr
}

/** Where a value of a variable came from, for the notes. */
interface VariableUse {
  value: IacValue
  from: string
}

class Reader {
  readonly graph: CodeGraph
  readonly variableUses = new Map<string, VariableUse>()
  private readonly moduleCache = new Map<string, Promise<ParsedModule>>()
  private registryModules?: Map<string, string>

  constructor(
    readonly root: string,
    readonly rootDir: string,
    readonly problems: ReadProblemSink
  ) {
    this.graph = {
      source: { kind: 'terraform', path: relative(root, rootDir) || '.' },
      resources: [],
      types: new Map(),
      opaque: [],
      notes: []
    }
  }

  parsed(dir: string): Promise<ParsedModule> {
    let p = this.moduleCache.get(dir)
    if (!p) {
      p = parseModuleDir(dir, this.root, this.problems)
      this.moduleCache.set(dir, p)
    }
    return p
  }

  /** `.terraform/modules/modules.json` of the root module, written by `terraform init`: module key → folder. */
  registry(): Map<string, string> {
    if (!this.registryModules) {
      this.registryModules = new Map()
      const manifest = path.join(this.rootDir, '.terraform', 'modules', 'modules.json')
      if (existsSync(manifest)) {
        try {
          const json = JSON.parse(readFileSync(manifest, 'utf8')) as { Modules?: { Key: string; Dir: string }[] }
          for (const m of json.Modules ?? [])
            if (m.Key) this.registryModules.set(m.Key, path.resolve(this.rootDir, m.Dir))
        } catch {
          // an unreadable manifest: registry modules stay unread
        }
      }
    }
    return this.registryModules
  }
}

/** Reads a root module folder into the chain's resources. */
export async function readTerraformRoot(rootDir: string, root: string, problems: ReadProblemSink): Promise<CodeGraph> {
  const reader = new Reader(root, rootDir, problems)
  const parsed = await reader.parsed(rootDir)
  const scope = new ModuleScope(reader, parsed, '', '', undefined)
  scope.loadTfvars()
  await scope.loadChildren()
  scope.collect()
  reader.graph.region = scope.providerRegion()
  for (const file of parsed.broken) reader.graph.opaque.push(`${file} could not be parsed`)
  if (existsSync(rootDir)) {
    const jsonFiles = readdirSync(rootDir).filter((f) => f.endsWith('.tf.json'))
    for (const f of jsonFiles)
      reader.graph.opaque.push(`${relative(root, path.join(rootDir, f))} (Terraform JSON syntax) is not read`)
  }
  for (const [name, use] of reader.variableUses) {
    const shown = display(use.value)
    const value = shown.length > 80 ? `${shown.slice(0, 77)}...` : shown
    reader.graph.notes.push(
      use.from === 'default'
        ? `Judged with the default of variable ${name} (${value}); -var, TF_VAR_${name} or a .tfvars file not in the repository may override it.`
        : `Judged with var.${name} = ${value} from ${use.from}.`
    )
  }
  return reader.graph
}

/** Every output of a root module, evaluated as far as the code allows (for tests of the evaluation). */
export async function evaluateRootOutputs(rootDir: string, root: string): Promise<Record<string, IacValue>> {
  const reader = new Reader(root, rootDir, () => undefined)
  const scope = new ModuleScope(reader, await reader.parsed(rootDir), '', '', undefined)
  scope.loadTfvars()
  await scope.loadChildren()
  const out: Record<string, IacValue> = {}
  for (const name of scope.module.outputs.keys()) out[name] = materialize(scope.output(name, `output.${name}`))
  return out
}

/** One instance of a module: its variables' values, and environments for its expressions. */
class ModuleScope {
  private readonly inputs = new Map<string, () => Val>()
  private readonly tfvars = new Map<string, { value: IacValue; file: string }>()
  private readonly localValues = new Map<string, Val>()
  private readonly children = new Map<string, Map<string | number | undefined, ModuleScope> | Unknown>()
  private readonly instanceCache = new Map<string, Map<string | number | undefined, Instance> | Unknown>()

  constructor(
    readonly reader: Reader,
    readonly module: ParsedModule,
    /** `module.alerts.` or `module.alerts["x"].`; empty for the root. */
    readonly prefix: string,
    /** `module.alerts` key in `.terraform/modules/modules.json` style (`alerts`, `alerts.inner`). */
    readonly key: string,
    readonly parent: ModuleScope | undefined
  ) {}

  setInput(name: string, value: () => Val): void {
    this.inputs.set(name, value)
  }

  loadTfvars(): void {
    const dir = this.module.dir
    if (!existsSync(dir)) return
    const names = readdirSync(dir)
    const auto = names.filter((n) => /\.auto\.tfvars(\.json)?$/.test(n)).sort()
    const files = [...names.filter((n) => n === 'terraform.tfvars' || n === 'terraform.tfvars.json'), ...auto]
    // Terraform's order: terraform.tfvars, terraform.tfvars.json, then *.auto.tfvars(.json) in lexical order; later wins.
    files.sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0))
    for (const name of files) {
      const file = relative(this.reader.root, path.join(dir, name))
      this.pendingTfvars.push({ file, text: readFileSync(path.join(dir, name), 'utf8'), json: name.endsWith('.json') })
    }
  }

  private readonly pendingTfvars: { file: string; text: string; json: boolean }[] = []

  /** Parses tfvars files (async) and instantiates child modules, recursively. */
  async loadChildren(): Promise<void> {
    // In Terraform's order, each file overriding the values of the ones before it.
    for (const { file, text, json } of this.pendingTfvars.splice(0)) {
      if (json) {
        try {
          const values = JSON.parse(text) as Record<string, IacValue>
          for (const [k, v] of Object.entries(values)) this.tfvars.set(k, { value: v, file })
        } catch (e) {
          this.reader.problems({ file, message: `not valid JSON: ${(e as Error).message}` })
        }
        continue
      }
      try {
        const body = await parseHcl(text)
        const empty: Env = { lookup: (_n, t) => new Unknown(t, 'a .tfvars file holds only values') }
        for (const a of body.attributes) this.tfvars.set(a.name, { value: materialize(evaluate(a.expr, empty)), file })
      } catch (e) {
        const syntax = e instanceof HclSyntaxError
        this.reader.problems({
          file,
          line: syntax ? e.line : undefined,
          message: syntax ? `Terraform syntax error: ${e.message}; the file was not read.` : (e as Error).message
        })
      }
    }
    for (const [name, d] of this.module.modules) {
      const source = materialize(
        evaluate(attr(d.block, 'source') ?? { k: 'literal', value: '', text: '""' }, this.env())
      )
      const key = this.key ? `${this.key}.${name}` : name
      let dir: string | undefined
      if (typeof source === 'string' && (source.startsWith('./') || source.startsWith('../')))
        dir = path.resolve(this.module.dir, source)
      else dir = this.reader.registry().get(key)
      if (!dir || !existsSync(dir)) {
        this.reader.graph.opaque.push(
          `module.${name} (${typeof source === 'string' ? source : '?'}) in ${d.file} was not read${typeof source === 'string' && !source.startsWith('.') ? ': run terraform init so .terraform/modules holds it, or read a plan' : ''}`
        )
        this.children.set(name, new Unknown(`module.${name}`, `module ${name} (${display(source)}) is not read`))
        continue
      }
      const parsed = await this.reader.parsed(dir)
      const keys = this.expansion(d.block, this.env(), `module.${name}`)
      if (isUnknown(keys)) {
        this.reader.graph.opaque.push(
          `the instances of module.${name} (${keys.expression}) cannot be known before apply`
        )
        this.children.set(name, keys)
        continue
      }
      const instances = new Map<string | number | undefined, ModuleScope>()
      for (const [k, eachValue] of keys) {
        const child = new ModuleScope(this.reader, parsed, `${this.prefix}module.${name}${keySuffix(k)}.`, key, this)
        const env = this.instanceEnv(k, eachValue)
        for (const a of d.block.body.attributes) {
          if (a.name === 'source' || a.name === 'version' || a.name === 'providers' || SKIP_META.has(a.name)) continue
          let memo: Val | undefined
          child.setInput(a.name, () => (memo ??= evaluate(a.expr, env)))
        }
        await child.loadChildren()
        instances.set(k, child)
      }
      this.children.set(name, instances)
    }
  }

  /** The instance keys of a block with `count` or `for_each` (one `undefined` key without either). */
  expansion(block: HclBlock, env: Env, what: string): [string | number | undefined, Val][] | Unknown {
    const count = attr(block, 'count')
    const forEach = attr(block, 'for_each')
    if (count) {
      const n = materialize(evaluate(count, env))
      if (isUnknown(n)) return n
      if (typeof n !== 'number') return new Unknown(count.text, `count of ${what} is not a number`)
      return Array.from({ length: n }, (_x, i) => [i, i] as [number, Val])
    }
    if (forEach) {
      const v = evaluate(forEach, env)
      const items = entries(v, forEach.text)
      if (isUnknown(items)) return items
      // A set or list of strings: each.key = each.value = the element.
      if (Array.isArray(materialize(v))) return items.map(([, x]) => [String(materialize(x)), x])
      return items.map(([k, x]) => [String(k), x])
    }
    return [[undefined, null]]
  }

  instanceEnv(key: string | number | undefined, eachValue: Val): Env {
    const base = this.env()
    if (key === undefined) return base
    return bind(
      base,
      typeof key === 'number' ? { count: { index: key } } : { each: { key, value: eachValue as IacValue } }
    )
  }

  providerRegion(): string | undefined {
    for (const p of this.module.providers) {
      if (attr(p.block, 'alias')) continue
      const region = attr(p.block, 'region')
      if (!region) continue
      const v = materialize(evaluate(region, this.env()))
      if (typeof v === 'string' && !v.includes('\uE000')) return v
    }
    return undefined
  }

  // ---- names ----

  env(): Env {
    return {
      lookup: (name, text): Val => {
        switch (name) {
          case 'var':
            return this.lazy((k) => this.variable(String(k), text))
          case 'local':
            return this.lazy((k) => this.local(String(k)))
          case 'module':
            return this.lazy((k) => this.moduleValue(String(k), text))
          case 'data':
            return this.lazy((type) => this.lazy((name2) => this.dataValue(`${String(type)}.${String(name2)}`, text)))
          case 'path':
            return { module: relative(this.reader.rootDir, this.module.dir) || '.', root: '.', cwd: '.' } as IacValue
          case 'terraform':
            return { workspace: new Unknown('terraform.workspace', 'the workspace is chosen at plan time') } as IacValue
          case 'each':
          case 'count':
          case 'self':
            return new Unknown(
              text,
              `${name} is used outside of a resource with ${name === 'count' ? 'count' : 'for_each'}`,
              true
            )
          default:
            if ([...this.module.resources.keys()].some((k) => k.startsWith(`${name}.`)))
              return this.lazy((n) => this.resourceValue(`${name}.${String(n)}`, text))
            return new Unknown(text, `${name} is not declared in this module`, true)
        }
      }
    }
  }

  private lazy(get: (key: string | number) => Val, keys?: () => (string | number)[] | Unknown): Lazy {
    const self: Lazy = {
      lazy: true,
      get: (k) => get(k),
      keys: () => (keys ? keys() : new Unknown('(keys)', 'not a collection')),
      value: () => {
        const ks = self.keys()
        if (isUnknown(ks)) return ks
        return Object.fromEntries(ks.map((k) => [String(k), materialize(get(k))]))
      }
    }
    return self
  }

  variable(name: string, text: string): Val {
    const input = this.inputs.get(name)
    if (input) return input()
    const decl = this.module.variables.get(name)
    if (!this.parent) {
      const tfvar = this.tfvars.get(name)
      if (tfvar) {
        this.reader.variableUses.set(name, { value: tfvar.value, from: tfvar.file })
        return tfvar.value
      }
    }
    const def = decl && attr(decl.block, 'default')
    if (def) {
      const v = materialize(evaluate(def, { lookup: (_n, t) => new Unknown(t, 'a default holds only values') }))
      if (!this.parent && !isUnknown(v)) this.reader.variableUses.set(name, { value: v, from: 'default' })
      return v
    }
    if (!decl) return new Unknown(text, `variable ${name} is not declared`, true)
    return new Unknown(
      `var.${name}`,
      this.parent
        ? `variable ${name} of ${this.prefix.slice(0, -1)} has no value`
        : `variable ${name} has no default and no value in a .tfvars file: it is given at plan time (-var, TF_VAR_${name})`
    )
  }

  local(name: string): Val {
    if (this.localValues.has(name)) return this.localValues.get(name)!
    const decl = this.module.locals.get(name)
    if (!decl) return new Unknown(`local.${name}`, `local ${name} is not declared`, true)
    this.localValues.set(name, new Unknown(`local.${name}`, `local ${name} refers to itself`, true))
    const v = evaluate(decl.expr, this.env())
    this.localValues.set(name, v)
    return v
  }

  moduleValue(name: string, text: string): Val {
    const instances = this.children.get(name)
    if (!instances) return new Unknown(text, `module ${name} is not declared`, true)
    if (isUnknown(instances)) return new Unknown(text, instances.reason)
    const output = (child: ModuleScope) => this.lazy((out) => child.output(String(out), text))
    if (instances.size === 1 && instances.has(undefined)) return output(instances.get(undefined)!)
    const keys = [...instances.keys()] as (string | number)[]
    return this.lazy(
      (k) => {
        const child = instances.get(k) ?? instances.get(String(k))
        return child ? output(child) : new Unknown(text, `no instance ${String(k)} of module ${name}`, true)
      },
      () => keys
    )
  }

  output(name: string, text: string): Val {
    const decl = this.module.outputs.get(name)
    if (!decl) return new Unknown(text, `output ${name} is not declared in ${this.prefix.slice(0, -1)}`, true)
    const value = attr(decl.block, 'value')
    return value ? evaluate(value, this.env()) : null
  }

  dataValue(key: string, text: string): Val {
    const decl = this.module.data.get(key)
    if (!decl) return new Unknown(text, `data source ${key} is not declared`, true)
    const [type] = key.split('.')
    const address = `${this.prefix}data.${key}`
    this.reader.graph.types.set(address, `data.${type}`)
    return this.lazy((attribute) => {
      const a = String(attribute)
      const configured = attr(decl.block, a)
      if (configured) return evaluate(configured, this.env())
      if (type === 'aws_iam_policy_document' && a === 'json') return policyDocument(decl.block, this.env(), text)
      // A topic looked up by a data source: its ARN stands for a topic outside the code.
      if (type === 'aws_sns_topic' && (a === 'arn' || a === 'id')) return resourceToken(address, 'arn')
      return new Unknown(`data.${key}.${a}`, `data source ${key} is read at plan time`)
    })
  }

  resourceValue(key: string, text: string): Val {
    const instances = this.instances(key)
    if (isUnknown(instances)) return new Unknown(text, instances.reason)
    if (instances.size === 1 && instances.has(undefined) && !this.isExpanded(key)) return instances.get(undefined)!.lazy
    const keys = [...instances.keys()] as (string | number)[]
    return this.lazy(
      (k) => {
        const inst = instances.get(k) ?? instances.get(typeof k === 'string' && /^\d+$/.test(k) ? Number(k) : String(k))
        return inst ? inst.lazy : new Unknown(text, `no instance ${JSON.stringify(k)} of ${key}`, true)
      },
      () => keys
    )
  }

  private isExpanded(key: string): boolean {
    const d = this.module.resources.get(key)
    return !!d && (!!attr(d.block, 'count') || !!attr(d.block, 'for_each'))
  }

  instances(key: string): Map<string | number | undefined, Instance> | Unknown {
    const cached = this.instanceCache.get(key)
    if (cached) return cached
    const d = this.module.resources.get(key)!
    this.instanceCache.set(key, new Unknown(key, `${key} refers to itself`, true))
    const keys = this.expansion(d.block, this.env(), key)
    let result: Map<string | number | undefined, Instance> | Unknown
    if (isUnknown(keys)) result = keys
    else {
      result = new Map()
      for (const [k, eachValue] of keys) result.set(k, new Instance(this, d, key, k, eachValue))
    }
    this.instanceCache.set(key, result)
    return result
  }

  /** Every chain resource of this module instance and of its children. */
  collect(): void {
    for (const [key, d] of this.module.resources) {
      const [type] = key.split('.')
      const instances = this.instances(key)
      if (isUnknown(instances)) {
        if (CHAIN_TYPES[type])
          this.reader.graph.opaque.push(
            `the instances of ${this.prefix}${key} (${instances.expression}) cannot be known before apply`
          )
        continue
      }
      for (const inst of instances.values()) {
        this.reader.graph.types.set(inst.address, type)
        if (!CHAIN_TYPES[type]) continue
        const location: SourceLocation = {
          file: d.file,
          line: d.block.line,
          endLine: d.block.endLine,
          address: inst.address
        }
        const values = inst.values()
        const resource: CodeResource | undefined = chainResource(type, inst.address, values, location, [
          resourceToken(inst.address, 'arn')
        ])
        if (resource) this.reader.graph.resources.push(resource)
      }
    }
    for (const instances of this.children.values()) {
      if (isUnknown(instances)) continue
      for (const child of instances.values()) child.collect()
    }
  }
}

function rank(name: string): number {
  if (name === 'terraform.tfvars') return 0
  if (name === 'terraform.tfvars.json') return 1
  return 2
}

function keySuffix(k: string | number | undefined): string {
  if (k === undefined) return ''
  return typeof k === 'number' ? `[${k}]` : `[${JSON.stringify(k)}]`
}

/** One instance of a resource. */
class Instance {
  readonly address: string
  readonly env: Env
  readonly lazy: Lazy
  private readonly type: string
  private readonly cache = new Map<string, Val>()

  constructor(
    scope: ModuleScope,
    private readonly d: Declared,
    key: string,
    instanceKey: string | number | undefined,
    eachValue: Val
  ) {
    this.type = key.split('.')[0]
    this.address = `${scope.prefix}${key}${keySuffix(instanceKey)}`
    this.env = scope.instanceEnv(instanceKey, eachValue)
    this.lazy = {
      lazy: true,
      get: (name, text) => this.get(String(name), text),
      keys: () => new Unknown(this.address, 'a resource instance is not a collection', true),
      value: () => this.values() as IacValue
    }
  }

  get(name: string, text: string): Val {
    if (this.cache.has(name)) return this.cache.get(name)!
    this.cache.set(name, new Unknown(text, `${this.address}.${name} refers to itself`, true))
    const v = this.compute(name)
    this.cache.set(name, v)
    return v
  }

  private compute(name: string): Val {
    const body = this.d.block.body
    const a = body.attributes.find((x) => x.name === name)
    if (a) return evaluate(a.expr, this.env)
    if (body.blocks.some((b) => b.type === name || (b.type === 'dynamic' && b.labels[0] === name)))
      return blockList(body, name, this.env)
    if (name === 'id' && ID_ATTRIBUTE[this.type] && ID_ATTRIBUTE[this.type] !== 'id') {
      const target = ID_ATTRIBUTE[this.type]
      if (target === 'arn') return resourceToken(this.address, 'arn')
      return body.attributes.some((x) => x.name === target)
        ? this.get(target, `${this.address}.${target}`)
        : resourceToken(this.address, target)
    }
    return resourceToken(this.address, name)
  }

  /** Every configured attribute and nested block, evaluated (what a plan's `values` would show). */
  values(): Record<string, IacValue> {
    const out: Record<string, IacValue> = {}
    const body = this.d.block.body
    for (const a of body.attributes)
      if (!SKIP_META.has(a.name)) out[a.name] = materialize(this.get(a.name, a.expr.text))
    const blockTypes = new Set(
      body.blocks.filter((b) => !SKIP_META.has(b.type)).map((b) => (b.type === 'dynamic' ? b.labels[0] : b.type))
    )
    for (const t of blockTypes) if (t) out[t] = materialize(this.get(t, t))
    return out
  }
}

/** Nested blocks of one type as a list of objects, `dynamic` blocks expanded. */
function blockList(body: HclBody, type: string, env: Env): Val {
  const out: IacValue[] = []
  for (const b of body.blocks) {
    if (b.type === type) out.push(blockObject(b.body, env))
    else if (b.type === 'dynamic' && b.labels[0] === type) {
      const forEach = attr(b, 'for_each')
      const content = b.body.blocks.find((x) => x.type === 'content')
      if (!forEach || !content) continue
      const items = entries(evaluate(forEach, env), forEach.text)
      if (isUnknown(items)) return new Unknown(forEach.text, items.reason)
      const iteratorExpr = attr(b, 'iterator')
      const iterator = iteratorExpr?.k === 'variable' ? iteratorExpr.name : type
      const list = Array.isArray(materialize(evaluate(forEach, env)))
      for (const [k, v] of items) {
        const key = list ? materialize(v) : k
        out.push(blockObject(content.body, bind(env, { [iterator]: { key: key as IacValue, value: materialize(v) } })))
      }
    }
  }
  return out
}

function blockObject(body: HclBody, env: Env): IacValue {
  const out: Record<string, IacValue> = {}
  for (const a of body.attributes) out[a.name] = materialize(evaluate(a.expr, env))
  const types = new Set(body.blocks.map((b) => (b.type === 'dynamic' ? b.labels[0] : b.type)))
  for (const t of types) if (t) out[t] = materialize(blockList(body, t, env))
  return out
}

/** `data "aws_iam_policy_document"` → its JSON, as the provider writes it (the parts a topic policy needs). */
function policyDocument(block: HclBlock, env: Env, text: string): Val {
  const body = block.body
  if (body.attributes.some((a) => /policy_documents$|^source_json$|^override_json$/.test(a.name)))
    return new Unknown(text, 'a policy document merged from other documents is not evaluated')
  const statements = materialize(blockList(body, 'statement', env))
  if (isUnknown(statements)) return statements
  const list = (v: IacValue | undefined) => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v])
  const one = (v: IacValue[]) => (v.length === 1 ? v[0] : v)
  const principals = (v: IacValue | undefined) => {
    const out: Record<string, IacValue> = {}
    for (const p of list(v)) {
      if (!isObject(p)) continue
      const type = String(p.type)
      out[type] = one(list(p.identifiers))
    }
    return type0(out)
  }
  // `{"AWS": "*"}` is written `"*"` by the provider.
  const type0 = (o: Record<string, IacValue>) => (Object.keys(o).length === 1 && o.AWS === '*' ? '*' : o)
  const doc = {
    Version: '2012-10-17',
    Statement: (statements as IacValue[]).filter(isObject).map((s) => {
      const out: Record<string, IacValue> = {}
      if (s.sid) out.Sid = s.sid
      out.Effect = s.effect ?? 'Allow'
      if (list(s.actions).length) out.Action = one(list(s.actions))
      if (list(s.not_actions).length) out.NotAction = one(list(s.not_actions))
      if (list(s.resources).length) out.Resource = one(list(s.resources))
      if (list(s.principals).length) out.Principal = principals(s.principals)
      if (list(s.not_principals).length) out.NotPrincipal = principals(s.not_principals)
      const conditions: Record<string, Record<string, IacValue>> = {}
      for (const c of list(s.condition)) {
        if (!isObject(c)) continue
        ;(conditions[String(c.test)] ??= {})[String(c.variable)] = one(list(c.values))
      }
      if (Object.keys(conditions).length) out.Condition = conditions
      return out
    })
  }
  const u = JSON.stringify(doc, (_k, v: unknown) => (isUnknown(v) ? '\u0000' : v)).includes('\\u0000')
  if (u) return new Unknown(text, 'the policy document holds a value that cannot be evaluated')
  return JSON.stringify(doc)
}

export { isLazy }
