module.exports = {
  ...require('../../../jest.preset'),
  displayName: 'shared-reference',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
};
