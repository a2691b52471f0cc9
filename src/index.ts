// Action entrypoint: only runs `run()`, so tests can import main.ts without side effects.
import { exitWhenDone } from './exit.js'
import { run } from './main.js'

await run()
exitWhenDone()
