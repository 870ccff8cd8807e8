module.exports = {
  ...require('../../../jest.preset'),
  displayName: 'server-kit',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
};
