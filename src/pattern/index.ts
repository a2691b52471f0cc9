/** Public API of the CloudWatch Logs filter-pattern engine (pure: no AWS calls). */
export type * from './ast.js'
export { PatternSyntaxError } from './errors.js'
export { parse, LIMITS } from './parser.js'
export {
  compile,
  matches,
  matchesMessage,
  prepareEvent,
  extractValues,
  PreparedEvent,
  type CompileOptions,
  type CompiledPattern
} from './evaluate.js'
export type { GlobMode } from './glob.js'
export { judgePattern, type PatternControl, type PatternJudgement } from './coverage.js'
