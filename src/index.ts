// Action entrypoint: only runs `run()`, so tests can import main.ts without side effects.
import { run } from './main.js'

await run()
