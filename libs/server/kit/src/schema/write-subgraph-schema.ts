import { printSubgraphSchema } from '@apollo/subgraph';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { GraphQLSchema } from 'graphql';

/** Prints a subgraph's SDL (with federation directives) to `file`, or to stdout with --stdout. */
export async function writeSubgraphSchema(build: () => Promise<GraphQLSchema>, file: string): Promise<void> {
  const sdl = printSubgraphSchema(await build()).trimEnd() + '\n';
  if (process.argv.includes('--stdout')) {
    process.stdout.write(sdl);
  } else {
    writeFileSync(path.resolve(file), sdl);
  }
}
