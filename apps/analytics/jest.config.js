module.exports = {
  ...require('../../jest.preset'),
  displayName: 'analytics',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
};
