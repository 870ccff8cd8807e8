// Unit tests of the benchmark suite's pure helpers (parsing /proc, the figure lines, the command
// line). The benchmarks themselves are not tests and never run here. No database needed.
module.exports = {
  ...require('../../jest.preset'),
  displayName: 'bench',
  rootDir: __dirname,
  testMatch: ['<rootDir>/suite/**/*.spec.ts'],
  globalSetup: undefined,
  globalTeardown: undefined,
};
