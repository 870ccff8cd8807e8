import type { DocumentNode } from 'graphql';
import { LRUCache } from 'lru-cache';

/**
 * What a check worked out for a parsed operation and its variables, kept so that the same
 * operation with the same variables is not walked again. Apollo Server keeps parsed documents
 * (the same DocumentNode for the same query text), so a document is the first key and is dropped
 * with it; under it, the operation name and the variables as JSON, the most recent few hundred.
 * The operation's cost and its input checks walked the document on every request: 5% of the
 * gateway's CPU per request in P1's profile (tools/bench, the federated organization list).
 */
export class OperationMemo<T extends NonNullable<unknown>> {
  private readonly byDocument = new WeakMap<DocumentNode, LRUCache<string, T>>();

  constructor(private readonly perDocument = 256) {}

  /** The answer kept for this operation and these variables, if any. */
  known(document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown> | undefined): T | undefined {
    return this.byDocument.get(document)?.get(keyOf(operationName, variables));
  }

  remember(document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown> | undefined, answer: T): void {
    let answers = this.byDocument.get(document);
    if (!answers) {
      answers = new LRUCache<string, T>({ max: this.perDocument });
      this.byDocument.set(document, answers);
    }
    answers.set(keyOf(operationName, variables), answer);
  }
}

const keyOf = (operationName: string | null | undefined, variables: Record<string, unknown> | undefined) =>
  `${operationName ?? ''}\u0000${variables ? JSON.stringify(variables) : ''}`;
