module.exports = {
  ...require('../../../jest.preset'),
  displayName: 'server-exports',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
};
