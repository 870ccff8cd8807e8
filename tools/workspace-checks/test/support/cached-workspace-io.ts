import { workspaceIo, type ComposeIo } from '@birge/schema-tools';

/**
 * The schema check's real seam on the committed files, printing each subgraph's SDL once per test
 * file (each print runs the subgraph's print-schema in a child process), so a test reads the tree
 * as committed, or swaps one file or one subgraph, without anything in the tree changing.
 */
export function cachedWorkspaceIo(): ComposeIo {
  const printed = new Map<string, string>();
  return {
    printSubgraph: (name: string) => {
      if (!printed.has(name)) printed.set(name, workspaceIo.printSubgraph(name));
      return printed.get(name) as string;
    },
    readCommitted: workspaceIo.readCommitted,
  };
}
