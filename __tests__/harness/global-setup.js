// Fails fast, with the fix, when the moto venv is missing (npm test installs it; a bare `npx jest` does not).
import { existsSync } from 'node:fs'
import { motoPython } from '../../scripts/moto-venv.mjs'

export default async function globalSetup() {
  if (!existsSync(motoPython)) {
    throw new Error(
      `The moto server is not installed at ${motoPython}: run "npm test" (or "node scripts/moto-venv.mjs") once.`
    )
  }
}
