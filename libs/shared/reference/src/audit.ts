import type { Role } from './roles';

/** `outcome` of an audited mutation that succeeded; otherwise the error code (FORBIDDEN, BAD_USER_INPUT, …). */
export const AUDIT_OK = 'OK';

/**
 * One mutation (a root mutation field), allowed or refused, as a subgraph or the gateway saw it.
 * Subgraphs send these as `audit.mutation-recorded` events; the identity subgraph stores them.
 */
export interface AuditRecordedPayload {
  /** Which service decided: a subgraph name, or `gateway` for refusals before any subgraph. */
  service: string;
  /** The caller; null for an anonymous caller. */
  userId: string | null;
  role: Role | null;
  regionCode: string | null;
  /** The partner API key the call came with, if any. */
  keyId: string | null;
  /** The root mutation field, e.g. `createOrganization`. */
  operation: string;
  /** The client's operation name, if it gave one. */
  operationName: string | null;
  /** Ids among the arguments (`id`, `…Id`, `…Ids`, nested in inputs) and the id of a returned object. */
  targetIds: string[];
  /** AUDIT_OK or the error code. */
  outcome: string;
  occurredAt: string;
  requestId: string | null;
  /**
   * Ties together the records of one root field: the one a subgraph writes in the transaction
   * of the change (outcome OK) and the one it sends after answering (the outcome and the returned
   * id). The audit log keeps one entry per record id.
   */
  recordId?: string;
}
