// What an action step prints on the run's page beside its summary: the findings' annotations, and the files it was
// asked for and could not write. Shared by every mode's step (src/main.ts, src/action-iac.ts, src/estate/action.ts).
import * as core from '@actions/core'
import { outputFileWriter, type OutputFileWriter } from './output-file.js'
import type { Annotation } from './report/annotations.js'
import { toLogText } from './report/redact.js'

export function emitAnnotations(annotations: Annotation[]): void {
  for (const a of annotations) {
    const props = { title: a.title, file: a.file, startLine: a.startLine, endLine: a.endLine }
    if (a.level === 'error') core.error(a.message, props)
    else if (a.level === 'warning') core.warning(a.message, props)
    else core.notice(a.message, props)
  }
}

/** The step's files (SARIF, run report): one that cannot be written is a warning, and loses nothing else. */
export function stepFileWriter(workspace: string): OutputFileWriter {
  return outputFileWriter(workspace, (failure, what) =>
    core.warning(toLogText(`Could not write ${failure}`), { title: `cmk-alarm ${what}` })
  )
}
