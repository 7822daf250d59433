import type { Config } from 'jest';

const shared = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.test.json' }] },
} satisfies Config;

// Unit tests run without services; integration tests share one PostgreSQL and one Temporal dev server
// started by the global setup (or the ones named by DATABASE_URL / TEMPORAL_ADDRESS).
const config: Config = {
  // Integration tests wait on real workflows and retries on a loaded 2-core machine.
  testTimeout: 120_000,
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/test/unit/**/*.test.ts'] },
    {
      ...shared,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/integration/**/*.test.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
      slowTestThreshold: 30,
    },
  ],
};

export default config;
