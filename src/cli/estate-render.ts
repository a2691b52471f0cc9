// The CLI's rendering of a run over many accounts or regions (verify, enforce, merge): the run report as JSON, or one
// line per target then the report of each target that did not pass; and its SARIF and run report files.
import type { EstateRun } from '../model/estate.js'
import { outputFileWriter } from '../output-file.js'
import { renderRunReportFile } from '../report/estate-json.js'
import { renderEstateTerminal } from '../report/estate-terminal.js'
import { toLogText } from '../report/redact.js'
import { buildSarif } from '../report/sarif.js'
import type { Settings } from '../settings.js'
import { VERSION } from '../version.js'

export interface RenderIo {
  stdout: (s: string) => void
  stderr: (s: string) => void
}

/** Prints an estate (the run report as JSON, or one line per target then the targets that did not pass) and writes
 * its SARIF and run report files; returns whether a file asked for could not be written. */
export function renderEstate(
  run: EstateRun,
  settings: Pick<Settings, 'sarifFile' | 'sarifPath' | 'sarifCategory' | 'workspace' | 'estate'>,
  output: 'text' | 'json',
  color: boolean,
  io: RenderIo
): boolean {
  const files = outputFileWriter(settings.workspace, (failure) =>
    io.stderr(`cmk-alarm: ${toLogText(`could not write ${failure}`)}\n`)
  )
  if (settings.sarifPath) {
    files.write('SARIF file', settings.sarifFile, settings.sarifPath, () => {
      const sarif = buildSarif(
        run.targets.map((t) => t.report),
        { workflowFile: 'cmk-alarm', toolVersion: VERSION, category: settings.sarifCategory }
      )
      return `${JSON.stringify(sarif, null, 2)}\n`
    })
  }
  if (settings.estate.reportPath) {
    files.write('run report file', settings.estate.reportFile, settings.estate.reportPath, () =>
      renderRunReportFile(run, VERSION)
    )
  }
  io.stdout(output === 'json' ? renderRunReportFile(run, VERSION) : renderEstateTerminal(run, { color }))
  return files.failure !== undefined
}
