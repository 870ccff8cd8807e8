// The dashboard in real Chromium against the whole stack running as real processes.
module.exports = {
  ...require('../../jest.preset'),
  displayName: 'dashboard-e2e',
  rootDir: __dirname,
  testMatch: ['<rootDir>/test/**/*.spec.ts'],
  testTimeout: 180_000,
};
