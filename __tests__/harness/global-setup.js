// Fails fast, with the fix, when what the integration tests need is missing: the moto venv and the bundle under test
// (npm test installs the one and builds the other; a bare `npx jest` does neither).
import { existsSync } from 'node:fs'
import path from 'node:path'
import { motoPython } from '../../scripts/moto-venv.mjs'

export default async function globalSetup() {
  if (!existsSync(motoPython)) {
    throw new Error(
      `The moto server is not installed at ${motoPython}: run "npm test" (or "node scripts/moto-venv.mjs") once.`
    )
  }
  const bundle = path.resolve(process.env.CMK_ALARM_DIST ?? 'dist', 'index.js')
  if (!existsSync(bundle)) {
    throw new Error(
      `The bundle under test is missing at ${bundle}: run "npm test" (or "node scripts/bundle.mjs .cache/build").`
    )
  }
}
