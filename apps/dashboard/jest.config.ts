/** @jest-config-loader esbuild-register */
// Node 20 cannot load TypeScript by itself; jest uses esbuild-register for this file only.
import path from 'node:path';
import type { Config } from 'jest';

const workspaceRoot = path.resolve(__dirname, '../..');

const config: Config = {
  displayName: 'dashboard',
  rootDir: __dirname,
  testEnvironment: path.join(__dirname, 'jest-environment.cjs'),
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.spec.tsx'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true },
          transform: { react: { runtime: 'automatic' } },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  // FormatJS ships ES modules only: compiled like the sources.
  transformIgnorePatterns: ['/node_modules/(?!(intl-messageformat|@formatjs)/)'],
  moduleNameMapper: {
    '^@birge/shared-reference$': path.join(workspaceRoot, 'libs/shared/reference/src/index.ts'),
    '\\.css$': path.join(__dirname, 'src/testing/style-stub.ts'),
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
  setupFilesAfterEnv: [path.join(__dirname, 'src/testing/jest.setup.ts')],
};

export default config;
