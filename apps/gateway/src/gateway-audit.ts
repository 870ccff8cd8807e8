import { IDENTITY_HEADER, signIdentity } from '@birge/server-kit';
import type { AuditRecordedPayload } from '@birge/shared-reference';
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';

export interface GatewayAuditOptions {
  identityUrl: string;
  internalSecret: string;
  logger: Logger;
  /** How often the buffer is sent. */
  flushMs?: number;
  /** Records held at most while the identity service cannot take them; beyond, the oldest are dropped (and counted in the log). */
  maxBuffered?: number;
  timeoutMs?: number;
}

const RECORD = 'mutation RecordGatewayAudit($entries: [GatewayAuditEntryInput!]!) { _recordGatewayAudit(entries: $entries) }';
const BATCH = 200;

/**
 * Mutations the gateway refuses itself (UNAUTHENTICATED, RATE_LIMITED, invalid documents, a
 * partner's missing scope) never reach a subgraph's audit, so the gateway sends them to the
 * identity service's audit log itself, in batches, through an internal field only its own
 * signed calls may use. Held in memory until sent: a flood of refusals cannot grow it without
 * bound, and a gateway that dies loses at most the last second's refusals.
 */
export class GatewayAudit {
  private buffer: { sourceId: string; record: AuditRecordedPayload }[] = [];
  private dropped = 0;
  private readonly timer: NodeJS.Timeout;
  private flushing: Promise<void> | null = null;

  constructor(private readonly options: GatewayAuditOptions) {
    this.timer = setInterval(() => void this.flush(), options.flushMs ?? 1000);
    this.timer.unref();
  }

  record(records: AuditRecordedPayload[]): void {
    for (const record of records) this.buffer.push({ sourceId: randomUUID(), record });
    const max = this.options.maxBuffered ?? 5000;
    if (this.buffer.length > max) {
      this.dropped += this.buffer.length - max;
      this.buffer.splice(0, this.buffer.length - max);
    }
  }

  /** Sends what is buffered; records the identity service did not take stay for the next try. */
  flush(): Promise<void> {
    this.flushing ??= this.send().finally(() => {
      this.flushing = null;
    });
    return this.flushing;
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }

  private async send(): Promise<void> {
    if (this.dropped) {
      this.options.logger.error({ dropped: this.dropped }, 'gateway audit records dropped: the identity service did not take them in time');
      this.dropped = 0;
    }
    while (this.buffer.length) {
      const batch = this.buffer.slice(0, BATCH);
      try {
        const response = await fetch(this.options.identityUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: signIdentity(null, this.options.internalSecret, Date.now(), 'gateway') },
          body: JSON.stringify({
            query: RECORD,
            variables: {
              entries: batch.map(({ sourceId, record }) => ({
                sourceId,
                userId: record.userId,
                role: record.role,
                regionCode: record.regionCode,
                keyId: record.keyId,
                operation: record.operation,
                operationName: record.operationName,
                targetIds: record.targetIds,
                outcome: record.outcome,
                occurredAt: record.occurredAt,
                requestId: record.requestId,
              })),
            },
          }),
          signal: AbortSignal.timeout(this.options.timeoutMs ?? 5000),
        });
        const body = (await response.json()) as { errors?: unknown[] };
        if (body.errors?.length) throw new Error(JSON.stringify(body.errors).slice(0, 500));
      } catch (error) {
        this.options.logger.warn({ err: error, pending: this.buffer.length }, 'gateway audit records not sent yet; will retry');
        return;
      }
      // Records that arrived meanwhile stay; only the batch sent goes.
      this.buffer.splice(0, batch.length);
    }
  }
}
