module.exports = {
  ...require('../../../jest.preset'),
  displayName: 'server-testing',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
};
