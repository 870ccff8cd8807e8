import { defineConsumer, type EventConsumer } from '@birge/server-kit';
import type { AuditRecordedPayload } from '@birge/shared-reference';
import type { AuditService } from './audit.service';

/**
 * Audit records of every subgraph (the kit's auditPlugin), in the kit's one consumer shape. The
 * two records of one mutation (written with the change, sent after the answer) are two events that
 * share a record id: the log keeps one entry per record id besides the claim of each event.
 */
export function auditConsumers(audit: AuditService): EventConsumer[] {
  return [
    defineConsumer({
      event: 'audit.mutation-recorded',
      handle: async (manager, event) => {
        const record = event.payload as AuditRecordedPayload;
        await audit.store([{ sourceId: record.recordId ? `record:${record.recordId}` : event.eventId, record }], manager);
      },
    }),
  ];
}
