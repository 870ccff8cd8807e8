// Checks of the workspace itself (deploy manifests, module boundaries, schema composition).
// They need no database, so the preset's embedded PostgreSQL is not started.
module.exports = {
  ...require('../../jest.preset'),
  displayName: 'workspace-checks',
  rootDir: __dirname,
  testMatch: ['<rootDir>/test/**/*.spec.ts'],
  globalSetup: undefined,
  globalTeardown: undefined,
  // ESLint builds the Nx project graph and composition prints four subgraph schemas: both take seconds.
  testTimeout: 120000,
};
