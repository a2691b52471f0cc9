// ESM + TypeScript through ts-jest; run with --experimental-vm-modules (scripts/test.mjs does).
// Two projects: `unit` (pure code, no emulator: `npm run test:unit`) and `integration` (the built bundle against the
// moto server on a loopback port). `npm test` runs both.
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
