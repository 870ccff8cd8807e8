module.exports = {
  ...require('../../jest.preset'),
  displayName: 'assistance',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
};
