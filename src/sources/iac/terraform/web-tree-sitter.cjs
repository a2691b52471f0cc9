// web-tree-sitter's CommonJS build, required from CommonJS so a bundler includes that build: its ES module build
// loads Node's `module` with a dynamic import that bundlers rewrite, and then fails inside the bundle.
/* global module, require */
// eslint-disable-next-line @typescript-eslint/no-require-imports
module.exports = require('web-tree-sitter')
