// ESM + TypeScript through ts-jest; run with --experimental-vm-modules (scripts/test.mjs does).
// Two projects: `unit` (pure code, no emulator: `npm run test:unit`) and `integration` (the built bundle against the
// moto server on a loopback port). `npm test` runs both.
import { availableParallelism } from 'node:os'

const common = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  resolver: 'ts-jest-resolver',
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.test.json', useESM: true }]
  },
  testMatch: ['**/__tests__/**/*.test.ts']
}

/** The test files that start the moto server or run the built bundle. */
const EMULATOR = [
  '/__tests__/pattern/limits\\.test\\.ts$',
  '/__tests__/integration/.*\\.test\\.ts$',
  '/__tests__/harness-selftest/.*\\.test\\.ts$',
  '/__tests__/reliability/(bad-input|enforce-faults|faults-verify|hangs)\\.test\\.ts$',
  '/__tests__/security/(leaks|hostile-names|injection|sarif-path)\\.test\\.ts$'
]

export default {
  testTimeout: 60000,
  // Jest's default (cores - 1) runs one file at a time on a 2-core runner, but an integration file spends most of its
  // time waiting on the moto server and the bundle's child processes (each file starts its own moto on a free port,
  // so files share nothing): two at a time took the suite from 425 s to 312 s on 2 cores. More than four buys little
  // and costs a moto server each.
  maxWorkers: Math.min(4, Math.max(2, availableParallelism())),
  projects: [
    { ...common, displayName: 'unit', testPathIgnorePatterns: ['/node_modules/', '/dist/', '/.cache/', ...EMULATOR] },
    {
      ...common,
      displayName: 'integration',
      testMatch: undefined,
      testRegex: EMULATOR,
      globalSetup: './__tests__/harness/global-setup.js'
    }
  ]
}
