module.exports = {
  ...require('../../jest.preset'),
  displayName: 'notifications',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
};
