// Checks shared by the renderer tests.
import { expect } from '@jest/globals'

/** Lines the way the Actions runner splits a log (\r, \n or \r\n). */
export function lines(text: string): string[] {
  return text.split(/\r\n|\r|\n/)
}

/**
 * The runner runs a line as a workflow command when, after leading whitespace, it starts with `::`, or when it
 * contains `##[` anywhere (legacy form). No rendered output may contain either.
 */
export function expectNoWorkflowCommands(text: string): void {
  for (const line of lines(text)) {
    expect(line.replace(/^[\s\u0085]+/, '').startsWith('::')).toBe(false)
    expect(line).not.toContain('##[')
  }
}

/** Cells of a GFM table row: split on pipes that are not backslash-escaped. */
export function cellsOf(row: string): string[] {
  const inner = row.trim().replace(/^\|/, '').replace(/\|$/, '')
  const cells: string[] = []
  let current = ''
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i]!
    if (c === '\\' && i + 1 < inner.length) {
      current += c + inner[i + 1]
      i++
    } else if (c === '|') {
      cells.push(current)
      current = ''
    } else current += c
  }
  cells.push(current)
  return cells.map((c) => c.trim())
}

/** The tables of a markdown document: runs of consecutive lines starting with `|`. */
export function tablesOf(markdown: string): string[][] {
  const tables: string[][] = []
  let current: string[] | undefined
  for (const line of lines(markdown)) {
    if (line.startsWith('|')) {
      if (!current) tables.push((current = []))
      current.push(line)
    } else current = undefined
  }
  return tables
}
