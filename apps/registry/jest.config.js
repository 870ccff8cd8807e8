module.exports = {
  ...require('../../jest.preset'),
  displayName: 'registry',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
};
