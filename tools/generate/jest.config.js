module.exports = {
  ...require('../../jest.preset'),
  displayName: 'generate',
  rootDir: __dirname,
  testMatch: ['<rootDir>/test/**/*.spec.ts'],
  // The generator, then the whole stack reading what it wrote.
  testTimeout: 300_000,
};
