// `npm test`: every project's tests in one run, sharing one embedded PostgreSQL server.
module.exports = {
  projects: [
    '<rootDir>/libs/shared/reference',
    '<rootDir>/libs/server/kit',
    '<rootDir>/libs/server/exports',
    '<rootDir>/libs/server/testing',
    '<rootDir>/apps/registry',
    '<rootDir>/apps/assistance',
    '<rootDir>/apps/analytics',
    '<rootDir>/apps/notifications',
    '<rootDir>/apps/identity',
    '<rootDir>/apps/gateway',
    '<rootDir>/apps/dashboard',
    '<rootDir>/apps/dashboard-e2e',
    '<rootDir>/tools/stack',
    '<rootDir>/tools/generate',
    '<rootDir>/tools/bench',
    '<rootDir>/tools/workspace-checks',
  ],
  maxWorkers: 2,
  // Project configs cannot set this in a multi-project run; integration tests wait on real processes.
  testTimeout: 60_000,
};
