/** @jest-config-loader esbuild-register */
// The browser test: the whole stack in real processes and a real Chromium. Not part of `npm test`'s
// component run (jest.config.ts); run it with `nx run dashboard:browser-test`.
import type { Config } from 'jest';

const config: Config = {
  displayName: 'dashboard-browser',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/**/*.browser.spec.ts'],
  testTimeout: 180000,
  maxWorkers: 1,
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
        module: { type: 'commonjs' },
      },
    ],
  },
  moduleFileExtensions: ['ts', 'js', 'mjs', 'cjs', 'json'],
};

export default config;
