// HCL (Terraform's native syntax) → a small syntax tree with line numbers.
//
// Parsing is tree-sitter's, with the maintained HCL grammar (`@tree-sitter-grammars/tree-sitter-hcl`, its Terraform
// dialect) compiled to WebAssembly: no native build, and every node keeps its position. Tree-sitter's tree is turned
// at once into the plain structure below (blocks, attributes, expressions), so nothing else depends on it. Strings are
// decoded here: escapes in quoted templates, `$${`, and heredocs (`<<-` strips the common indentation).
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Parser, Node as TsNode } from 'web-tree-sitter'
import treeSitter from './web-tree-sitter.cjs'

export interface HclBody {
  attributes: HclAttribute[]
  blocks: HclBlock[]
}

export interface HclAttribute {
  name: string
  expr: Expr
  line: number
}

export interface HclBlock {
  type: string
  labels: string[]
  body: HclBody
  line: number
  endLine: number
}

interface Base {
  /** The expression as written (for showing an expression that cannot be evaluated). */
  text: string
}

export type TemplatePart = string | { expr: Expr; stripBefore: boolean; stripAfter: boolean }

export type Expr = Base &
  (
    | { k: 'literal'; value: string | number | boolean | null }
    | { k: 'template'; parts: TemplatePart[] }
    | { k: 'tuple'; items: Expr[] }
    | { k: 'object'; items: { key: Expr; value: Expr }[] }
    | { k: 'variable'; name: string }
    | { k: 'getattr'; target: Expr; name: string }
    | { k: 'index'; target: Expr; index: Expr }
    | { k: 'splat'; target: Expr; steps: SplatStep[] }
    | { k: 'call'; name: string; args: Expr[]; expandLast: boolean }
    | { k: 'conditional'; condition: Expr; then: Expr; else: Expr }
    | { k: 'unary'; op: string; operand: Expr }
    | { k: 'binary'; op: string; left: Expr; right: Expr }
    | {
        k: 'for'
        keyVar?: string
        valueVar: string
        collection: Expr
        keyExpr?: Expr
        valueExpr: Expr
        condition?: Expr
        grouping: boolean
      }
    | { k: 'unsupported'; what: string }
  )

export type SplatStep = { attr: string } | { index: Expr }

export class HclSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number
  ) {
    super(message)
  }
}

let parserReady: Promise<Parser> | undefined

/**
 * A WebAssembly file of the parser: beside the running file when bundled (scripts/bundle.mjs copies both files into
 * dist/), else in node_modules above it. Found at run time: a bundler that inlines binary assets corrupts them.
 */
function wasmFile(name: string, packagePath: string): string {
  let dir = path.dirname(fileURLToPath(import.meta.url))
  const beside = path.join(dir, name)
  if (existsSync(beside)) return beside
  for (;;) {
    const candidate = path.join(dir, 'node_modules', packagePath, name)
    if (existsSync(candidate)) return candidate
    const parent = path.dirname(dir)
    if (parent === dir) throw new Error(`${name} not found beside ${fileURLToPath(import.meta.url)} or in node_modules`)
    dir = parent
  }
}

/** The parser could not be loaded (a missing WebAssembly file): not a fault of the file being read. */
export class HclParserUnavailable extends Error {}

async function parser(): Promise<Parser> {
  parserReady ??= (async () => {
    // Emscripten's start-up in Node reads __dirname, which an ES module bundle does not define; the value is not used
    // (the WebAssembly is passed in), so a placeholder stands in during the start-up.
    const global = globalThis as { __dirname?: string }
    const placeholder = typeof global.__dirname === 'undefined'
    if (placeholder) global.__dirname = path.dirname(fileURLToPath(import.meta.url))
    try {
      await treeSitter.Parser.init({ wasmBinary: readFileSync(wasmFile('web-tree-sitter.wasm', 'web-tree-sitter')) })
      const language = await treeSitter.Language.load(
        readFileSync(wasmFile('tree-sitter-terraform.wasm', '@tree-sitter-grammars/tree-sitter-hcl'))
      )
      const p = new treeSitter.Parser()
      p.setLanguage(language)
      return p
    } catch (e) {
      parserReady = undefined
      throw new HclParserUnavailable(`the HCL parser could not be loaded: ${(e as Error).message}`)
    } finally {
      if (placeholder) delete global.__dirname
    }
  })()
  return parserReady
}

/** Parses one file; a syntax error throws HclSyntaxError with its line. */
export async function parseHcl(text: string): Promise<HclBody> {
  const p = await parser()
  const tree = p.parse(text)
  if (!tree) throw new HclSyntaxError('the file could not be parsed', 1)
  try {
    const root = tree.rootNode
    if (root.hasError) {
      const bad = firstError(root)
      throw new HclSyntaxError(
        bad?.isMissing ? `missing ${bad.type}` : 'syntax error',
        (bad?.startPosition.row ?? 0) + 1
      )
    }
    const body = root.namedChildren.find((c) => c?.type === 'body')
    return body ? new Converter(text).body(body) : { attributes: [], blocks: [] }
  } finally {
    tree.delete()
  }
}

function firstError(n: TsNode): TsNode | undefined {
  if (n.isError || n.isMissing) return n
  for (const c of n.children) {
    if (c && (c.hasError || c.isError || c.isMissing)) {
      const found = firstError(c)
      if (found) return found
    }
  }
  return undefined
}

const BINARY = new Set(['*', '/', '%', '+', '-', '>', '>=', '<', '<=', '==', '!=', '&&', '||'])

class Converter {
  constructor(private readonly source: string) {}

  body(node: TsNode): HclBody {
    const out: HclBody = { attributes: [], blocks: [] }
    for (const c of node.namedChildren) {
      if (!c) continue
      if (c.type === 'attribute') {
        const name = c.namedChildren[0]!.text
        const expr = c.namedChildren.find((x) => x?.type === 'expression')
        out.attributes.push({
          name,
          expr: expr ? this.expression(expr) : lit('null', null),
          line: c.startPosition.row + 1
        })
      } else if (c.type === 'block') {
        out.blocks.push(this.block(c))
      }
    }
    return out
  }

  block(node: TsNode): HclBlock {
    const named = node.namedChildren.filter((x): x is TsNode => !!x)
    const type = named[0].text
    const labels: string[] = []
    for (const c of named.slice(1)) {
      if (c.type === 'string_lit') labels.push(this.stringLit(c))
      else if (c.type === 'identifier') labels.push(c.text)
    }
    const body = named.find((c) => c.type === 'body')
    return {
      type,
      labels,
      body: body ? this.body(body) : { attributes: [], blocks: [] },
      line: node.startPosition.row + 1,
      endLine: node.endPosition.row + 1
    }
  }

  stringLit(node: TsNode): string {
    const literal = node.namedChildren.find((c) => c?.type === 'template_literal')
    return literal ? unescapeQuoted(literal.text) : ''
  }

  expression(node: TsNode): Expr {
    return this.sequence(
      node.children.filter((x): x is TsNode => !!x && x.type !== 'comment'),
      node.text
    )
  }

  /** A term followed by postfix operations (`.attr`, `[i]`, `[*]`), as tree-sitter flattens them. */
  sequence(nodes: TsNode[], text: string): Expr {
    if (nodes.length === 0) return { k: 'unsupported', what: 'empty expression', text }
    const first = nodes[0]
    const parenthesized = first.type === '('
    let expr = parenthesized ? this.expression(nodes[1]) : this.term(first)
    for (let i = parenthesized ? 3 : 1; i < nodes.length; i++) {
      const n = nodes[i]
      const sofar = this.source.slice(nodes[0].startIndex, n.endIndex)
      if (n.type === 'get_attr') expr = { k: 'getattr', target: expr, name: n.namedChildren[0]!.text, text: sofar }
      else if (n.type === 'index') expr = this.index(expr, n, sofar)
      else if (n.type === 'splat') expr = this.splat(expr, n, sofar)
      else return { k: 'unsupported', what: n.type, text }
    }
    return expr
  }

  index(target: Expr, n: TsNode, text: string): Expr {
    const inner = n.namedChildren[0]!
    if (inner.type === 'legacy_index') {
      const digits = inner.text.replace(/^\./, '')
      return { k: 'index', target, index: lit(digits, Number(digits)), text }
    }
    const e = inner.namedChildren.find((c) => c?.type === 'expression')
    return { k: 'index', target, index: e ? this.expression(e) : lit('null', null), text }
  }

  splat(target: Expr, n: TsNode, text: string): Expr {
    const inner = n.namedChildren[0]!
    const steps: SplatStep[] = []
    for (const s of inner.namedChildren) {
      if (!s) continue
      if (s.type === 'get_attr') steps.push({ attr: s.namedChildren[0]!.text })
      else if (s.type === 'index') {
        const x = this.index(lit('', null), s, s.text)
        if (x.k === 'index') steps.push({ index: x.index })
      }
    }
    return { k: 'splat', target, steps, text }
  }

  term(n: TsNode): Expr {
    const text = n.text
    switch (n.type) {
      case 'expression':
        return this.expression(n)
      case 'literal_value':
        return this.literal(n.namedChildren[0]!)
      case 'variable_expr':
        return { k: 'variable', name: n.namedChildren[0]!.text, text }
      case 'template_expr':
        return this.template(n.namedChildren[0]!)
      case 'collection_value':
        return this.collection(n.namedChildren[0]!)
      case 'function_call': {
        const name = n.namedChildren[0]!.text
        const argsNode = n.namedChildren.find((c) => c?.type === 'function_arguments')
        const args = argsNode
          ? argsNode.namedChildren.filter((c) => c?.type === 'expression').map((c) => this.expression(c!))
          : []
        const expandLast = !!argsNode?.namedChildren.some((c) => c?.type === 'ellipsis')
        return { k: 'call', name, args, expandLast, text }
      }
      case 'conditional': {
        const parts = n.namedChildren.filter((c) => c?.type === 'expression').map((c) => this.expression(c!))
        return { k: 'conditional', condition: parts[0], then: parts[1], else: parts[2], text }
      }
      case 'operation':
        return this.operation(n.namedChildren[0]!)
      case 'for_expr':
        return this.forExpr(n.namedChildren[0]!)
      default:
        return { k: 'unsupported', what: n.type, text }
    }
  }

  literal(n: TsNode): Expr {
    const text = n.text
    switch (n.type) {
      case 'numeric_lit':
        return lit(text, Number(text))
      case 'bool_lit':
        return lit(text, text === 'true')
      case 'null_lit':
        return lit(text, null)
      case 'string_lit':
        return lit(text, this.stringLit(n))
      default:
        return { k: 'unsupported', what: n.type, text }
    }
  }

  collection(n: TsNode): Expr {
    const text = n.text
    if (n.type === 'tuple') {
      return {
        k: 'tuple',
        items: n.namedChildren.filter((c) => c?.type === 'expression').map((c) => this.expression(c!)),
        text
      }
    }
    const items: { key: Expr; value: Expr }[] = []
    for (const e of n.namedChildren) {
      if (e?.type !== 'object_elem') continue
      const key = e.childForFieldName('key')
      const value = e.childForFieldName('val')
      if (!key || !value) continue
      let keyExpr = this.expression(key)
      // A bare identifier key is a string, not a variable reference (`{ a = 1 }`).
      if (keyExpr.k === 'variable') keyExpr = lit(keyExpr.text, keyExpr.name)
      items.push({ key: keyExpr, value: this.expression(value) })
    }
    return { k: 'object', items, text }
  }

  operation(n: TsNode): Expr {
    const text = n.text
    const children = n.children.filter((x): x is TsNode => !!x && x.type !== 'comment')
    if (n.type === 'unary_operation') {
      return { k: 'unary', op: children[0].type, operand: this.sequence(children.slice(1), text), text }
    }
    const at = children.findIndex((c) => !c.isNamed && BINARY.has(c.type))
    if (at < 0) return { k: 'unsupported', what: 'operation', text }
    const left = children.slice(0, at)
    const right = children.slice(at + 1)
    return {
      k: 'binary',
      op: children[at].type,
      left: this.sequence(left, this.source.slice(left[0].startIndex, left[left.length - 1].endIndex)),
      right: this.sequence(right, this.source.slice(right[0].startIndex, right[right.length - 1].endIndex)),
      text
    }
  }

  forExpr(n: TsNode): Expr {
    const text = n.text
    const intro = n.namedChildren.find((c) => c?.type === 'for_intro')!
    const ids = intro.namedChildren.filter((c) => c?.type === 'identifier').map((c) => c!.text)
    const collection = this.expression(intro.namedChildren.find((c) => c?.type === 'expression')!)
    const exprs = n.namedChildren.filter((c) => c?.type === 'expression').map((c) => this.expression(c!))
    const cond = n.namedChildren.find((c) => c?.type === 'for_cond')
    const condition = cond ? this.expression(cond.namedChildren.find((c) => c?.type === 'expression')!) : undefined
    const [keyVar, valueVar] = ids.length === 2 ? [ids[0], ids[1]] : [undefined, ids[0]]
    if (n.type === 'for_object_expr') {
      return {
        k: 'for',
        keyVar,
        valueVar,
        collection,
        keyExpr: exprs[0],
        valueExpr: exprs[1],
        condition,
        grouping: n.namedChildren.some((c) => c?.type === 'ellipsis'),
        text
      }
    }
    return { k: 'for', keyVar, valueVar, collection, valueExpr: exprs[0], condition, grouping: false, text }
  }

  template(n: TsNode): Expr {
    const text = n.text
    if (n.type === 'heredoc_template') return this.heredoc(n)
    const parts: TemplatePart[] = []
    for (const c of n.namedChildren) {
      if (!c) continue
      if (c.type === 'template_literal') parts.push(unescapeQuoted(c.text))
      else if (c.type === 'template_interpolation') parts.push(this.interpolation(c))
      else if (c.type === 'template_directive') return { k: 'unsupported', what: 'template directive', text }
    }
    return { k: 'template', parts: stripMarkers(parts), text }
  }

  interpolation(c: TsNode): TemplatePart {
    const e = c.namedChildren.find((x) => x?.type === 'expression')
    const markers = c.namedChildren.filter((x) => x?.type === 'strip_marker')
    const stripBefore = markers.some((m) => m!.startIndex < (e?.startIndex ?? Infinity))
    const stripAfter = markers.some((m) => m!.startIndex > (e?.startIndex ?? -1))
    return { expr: e ? this.expression(e) : lit('', ''), stripBefore, stripAfter }
  }

  /**
   * A heredoc's text is taken from the source between the line after the opening marker and the line of the closing
   * one (tree-sitter's literal nodes leave the indentation out). `<<-` removes the indentation of the least indented
   * line from every line, as Terraform does; escapes are not decoded in heredocs, except `$${` and `%%{`.
   */
  heredoc(n: TsNode): Expr {
    const text = n.text
    const flush = n.namedChildren[0]?.text === '<<-'
    const ids = n.namedChildren.filter((c) => c?.type === 'heredoc_identifier')
    if (ids.length < 2) return lit(text, '')
    const bodyStart = this.source.indexOf('\n', ids[0]!.endIndex) + 1
    const closing = ids[ids.length - 1]!
    const bodyEnd = this.source.lastIndexOf('\n', closing.startIndex - 1) + 1
    if (bodyStart <= 0 || bodyEnd < bodyStart) return lit(text, '')
    const interpolations = n.namedChildren.filter(
      (c): c is TsNode => !!c && (c.type === 'template_interpolation' || c.type === 'template_directive')
    )
    if (interpolations.some((c) => c.type === 'template_directive'))
      return { k: 'unsupported', what: 'template directive', text }
    // Literal text and interpolations in order, by source offsets.
    const parts: TemplatePart[] = []
    let at = bodyStart
    for (const c of interpolations) {
      if (c.startIndex > at) parts.push(this.source.slice(at, c.startIndex))
      parts.push(this.interpolation(c))
      at = c.endIndex
    }
    if (bodyEnd > at) parts.push(this.source.slice(at, bodyEnd))
    let decoded = parts.map((p) => (typeof p === 'string' ? p.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{') : p))
    if (flush) decoded = stripIndentation(decoded)
    return { k: 'template', parts: stripMarkers(decoded), text }
  }
}

function lit(text: string, value: string | number | boolean | null): Expr {
  return { k: 'literal', value, text }
}

/** Removes the smallest indentation of the heredoc's non-blank lines from the start of every line. */
export function stripIndentation(parts: TemplatePart[]): TemplatePart[] {
  const lines: TemplatePart[][] = [[]]
  for (const p of parts) {
    if (typeof p !== 'string') {
      lines[lines.length - 1].push(p)
      continue
    }
    p.split('\n').forEach((segment, i) => {
      if (i > 0) lines.push([])
      if (segment) lines[lines.length - 1].push(segment)
    })
  }
  const indentation = (line: TemplatePart[]) =>
    typeof line[0] === 'string' ? line[0].length - line[0].trimStart().length : 0
  const blank = (line: TemplatePart[]) => line.every((p) => typeof p === 'string' && p.trim() === '')
  const min = Math.min(...lines.filter((l) => !blank(l)).map(indentation))
  if (!Number.isFinite(min) || min === 0) return parts
  const out: TemplatePart[] = []
  lines.forEach((line, i) => {
    const stripped = line.map((p, j) =>
      j === 0 && typeof p === 'string' ? p.slice(Math.min(min, indentation(line))) : p
    )
    if (i > 0) stripped.unshift('\n')
    for (const p of stripped) {
      const last = out[out.length - 1]
      if (typeof p === 'string' && typeof last === 'string') out[out.length - 1] = last + p
      else out.push(p)
    }
  })
  return out
}

function stripMarkers(parts: TemplatePart[]): TemplatePart[] {
  const out = [...parts]
  out.forEach((p, i) => {
    if (typeof p === 'string') return
    if (p.stripBefore && typeof out[i - 1] === 'string') out[i - 1] = (out[i - 1] as string).trimEnd()
    if (p.stripAfter && typeof out[i + 1] === 'string') out[i + 1] = (out[i + 1] as string).trimStart()
  })
  return out
}

/** Decodes the escapes of a quoted HCL string: `\n \r \t \" \\ \uNNNN \UNNNNNNNN`, `$${` and `%%{`. */
export function unescapeQuoted(s: string): string {
  return s
    .replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[nrt"\\])/g, (_m, e: string) => {
      switch (e[0]) {
        case 'n':
          return '\n'
        case 'r':
          return '\r'
        case 't':
          return '\t'
        case 'u':
        case 'U':
          return String.fromCodePoint(parseInt(e.slice(1), 16))
        default:
          return e
      }
    })
    .replace(/\$\$\{/g, '${')
    .replace(/%%\{/g, '%{')
}
