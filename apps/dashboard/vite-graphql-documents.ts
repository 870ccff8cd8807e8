import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

const CALL = /\bgraphql\(\s*`([\s\S]*?)`\s*\)/g;
const GQL_IMPORT = /import\s*\{\s*graphql\s*\}\s*from\s*'[./]*\/?gql(?:\/index)?';\n?/;
const DEFINITION = /^\s*(query|mutation|subscription|fragment)\s+(\w+)/;
const GENERATED = /^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*>;$/gm;

/**
 * Puts each document that a `graphql(`…`)` call of the generated client names into the module
 * that calls it, as the parsed document the generated module holds for it. The client's
 * `graphql()` looks documents up in a table of every operation of the app, and the generated
 * module holds them all in one file, which the bundler cannot split: either way every page's
 * queries (about 500 kB) would be in the first download. Inlined, each page's chunk carries only
 * its own. Types are unchanged: the generated `graphql()` overloads return exactly these documents.
 */
export function graphqlDocuments(gqlDir: string): Plugin {
  const generatedPath = path.join(gqlDir, 'graphql.ts');
  let cache: { mtimeMs: number; documents: Map<string, string> } | null = null;
  const documents = (): Map<string, string> => {
    const { mtimeMs } = statSync(generatedPath);
    if (cache?.mtimeMs !== mtimeMs) {
      const text = readFileSync(generatedPath, 'utf8');
      cache = { mtimeMs, documents: new Map([...text.matchAll(GENERATED)].map(([, name, json]) => [name as string, json as string])) };
    }
    return cache.documents;
  };
  return {
    name: 'birge-graphql-documents',
    enforce: 'pre',
    transform(code, id) {
      if (id.startsWith(gqlDir) || !/\.tsx?$/.test(id) || !code.includes('graphql(`')) return null;
      const known = documents();
      const replaced = code.replace(CALL, (_whole, body: string) => {
        const match = DEFINITION.exec(body);
        if (!match) throw new Error(`${id}: a graphql() document without a named operation or fragment`);
        const [, kind, name] = match;
        const exported = kind === 'fragment' ? `${name}FragmentDoc` : `${name}Document`;
        const document = known.get(exported);
        if (!document) throw new Error(`${id}: ${exported} is not in ${generatedPath}; run npm run codegen`);
        return `(${document} as any)`;
      });
      return { code: replaced.replace(GQL_IMPORT, ''), map: null };
    },
  };
}
