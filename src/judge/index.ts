// Pure judgement: account state (read from an account or from code) → findings per control → a report.
// Nothing under src/judge imports the AWS SDK or @actions/core.
export { evaluate, enumerateChains, judgeChain, overallStatus } from './chain.js'
export { createContext, type Chain, type JudgeContext, type JudgeOptions } from './context.js'
export { eventGist } from './filter.js'
