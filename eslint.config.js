// ESLint (flat config): the recommended JavaScript and TypeScript rules over the sources, tests and scripts.
// Formatting is Prettier's job (npm run format:check); nothing here is about layout.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.cache/', 'coverage/', '__tests__/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      // Node's globals (the sources, tests and scripts all run on Node).
      globals: Object.fromEntries(
        ['process', 'console', 'Buffer', 'URL', 'fetch', 'performance', 'queueMicrotask', 'structuredClone']
          .concat(['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate'])
          .concat(['AbortController', 'AbortSignal', 'TextDecoder', 'TextEncoder'])
          .map((name) => [name, 'readonly'])
      )
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }
      ],
      // This project matches control characters on purpose: it strips them from everything AWS or a file gives it.
      'no-control-regex': 'off'
    }
  }
)
