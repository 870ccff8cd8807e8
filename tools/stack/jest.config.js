module.exports = {
  ...require('../../jest.preset'),
  displayName: 'stack',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
};
