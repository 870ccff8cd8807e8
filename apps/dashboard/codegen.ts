import type { CodegenConfig } from '@graphql-codegen/cli';

// Paths are relative to the workspace root: `npm run codegen` and the Nx target both run there.
// Types come from the committed client-facing schema (composed from the subgraphs by
// `npm run schema:compose`), never from a running gateway.

const config: CodegenConfig = {
  schema: 'apps/gateway/api-schema.graphql',
  documents: ['apps/dashboard/src/**/*.{ts,tsx}', '!apps/dashboard/src/gql/**', '!apps/dashboard/src/**/*.spec.{ts,tsx}'],
  ignoreNoDocuments: false,
  generates: {
    'apps/dashboard/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: false,
        scalars: { DateTimeISO: 'string' },
        defaultScalarType: 'unknown',
      },
    },
  },
};

export default config;
