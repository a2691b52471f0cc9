// Runs the built action in this very process after writing the process id where CMK_TEST_PID_FILE says, so a test
// can SIGKILL the action at a moment of its choosing (e.g. when the proxy sees its Nth write).
import { writeFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'

writeFileSync(process.env.CMK_TEST_PID_FILE, String(process.pid))
await import(pathToFileURL(process.env.CMK_TEST_BUNDLE).href)
