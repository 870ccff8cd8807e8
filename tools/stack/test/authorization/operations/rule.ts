import type { GraphQLTestClient } from '@birge/server-testing';
import type { Caller } from '../callers';
import type { Expectations } from '../expectations';
import type { Fixtures } from '../fixtures';
import type { PortalFixtures } from '../portal-fixtures';

export interface CaseContext {
  fixtures: Fixtures;
  admin: GraphQLTestClient;
  caller: Caller;
  /** The region of the record the case acts on (the staff member's own, or another). */
  region: string;
  /** Organizations' contacts and their portal links. */
  portal: PortalFixtures;
}

export type Variables = Record<string, unknown>;

/** One root field of the API schema and the rule it follows. */
export interface OperationRule {
  expect: Expectations;
  /** The case runs against a record of the caller's own region and of another region. */
  regional: boolean;
  document: string;
  variables?: (context: CaseContext) => Promise<Variables> | Variables;
  /** Read as the admin before and after a refused call: must not change. */
  snapshot?: (context: CaseContext, variables: Variables) => Promise<unknown>;
  /** The portal caller's case acts through a link of its own (one that ends the link it uses). */
  portalClient?: (context: CaseContext) => Promise<GraphQLTestClient>;
}

/** Reads as the admin (a snapshot of a record before and after a refused call). */
export const read = (admin: GraphQLTestClient, query: string, variables: Variables) => admin.request(query, variables).then((r) => r.data);
export const inputOf = (variables: Variables) => variables.input as Record<string, unknown>;
