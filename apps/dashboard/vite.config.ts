import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { graphqlDocuments } from './vite-graphql-documents';
import { precompiledMessages } from './vite-precompiled-messages';

const here = path.dirname(fileURLToPath(import.meta.url));
const workspaceRoot = path.resolve(here, '../..');

const port = Number(process.env['DASHBOARD_PORT'] ?? 4200);
const gatewayUrl = process.env['GATEWAY_URL'] ?? 'http://127.0.0.1:4000';

// The browser talks to the same origin; Vite forwards /graphql to the gateway (dev and preview).
const proxy = { '/graphql': { target: gatewayUrl, changeOrigin: true } };

export default defineConfig({
  root: here,
  cacheDir: path.join(workspaceRoot, 'node_modules/.vite/dashboard'),
  plugins: [graphqlDocuments(path.join(here, 'src/gql')), precompiledMessages(), react()],
  resolve: {
    alias: {
      '@birge/shared-reference': path.join(workspaceRoot, 'libs/shared/reference/src/index.ts'),
      // The dictionaries arrive parsed (vite-precompiled-messages.ts): the browser needs no ICU parser.
      '@formatjs/icu-messageformat-parser': path.join(workspaceRoot, 'node_modules/@formatjs/icu-messageformat-parser/no-parser.js'),
    },
  },
  server: {
    host: '127.0.0.1',
    port,
    strictPort: true,
    proxy,
    // The development server serves the dashboard's own sources, the shared reference library and
    // the packages they import, and nothing else of the checkout (no .birge data, no secrets).
    fs: {
      strict: true,
      allow: [here, path.join(workspaceRoot, 'libs/shared/reference/src'), path.join(workspaceRoot, 'node_modules')],
      deny: ['.env', '.env.*', '*.{crt,pem,key}', '**/.birge/**', '**/.git/**'],
    },
  },
  preview: { host: '127.0.0.1', port, strictPort: true, proxy },
  build: {
    outDir: path.join(workspaceRoot, 'dist/apps/dashboard'),
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      // The shared reference library is pure data and functions: let the bundler drop what the
      // dashboard does not use (notably the 48 kB table of districts, which the API serves).
      treeshake: { moduleSideEffects: (id: string) => !id.includes('/libs/shared/reference/') },
    },
  },
});
