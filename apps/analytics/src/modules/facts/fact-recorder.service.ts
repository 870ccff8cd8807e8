import { claimEvent } from '@birge/server-kit';
import type { EventEnvelope } from '@birge/shared-reference';
import type { DataSource } from 'typeorm';
import { upsertOrganizationFacts } from './organization-fact-upsert';
import { ORGANIZATION_FIGURES_QUEUE, ORGANIZATION_IMPORTS_QUEUE, REQUEST_FIGURES_QUEUE } from './fact.queues';

/**
 * Turns other subgraphs' events into analytics facts. Each handler claims the event id in the
 * same transaction as its write, so a redelivered event (a crash after commit, a duplicate job)
 * changes nothing; the primary keys are a second guard against double counting.
 */
export class FactRecorderService {
  constructor(private readonly dataSource: DataSource) {}

  /** @returns false when the event had been recorded before. */
  recordOrganizationRegistered(event: EventEnvelope<'registry.organization-registered'>): Promise<boolean> {
    const { organizationId, kind, regionCode, districtCode } = event.payload;
    return this.dataSource.transaction(async (manager) => {
      if (!(await claimEvent(manager, 'analytics', event.eventId, ORGANIZATION_FIGURES_QUEUE))) return false;
      await manager.query(
        `INSERT INTO analytics.organization_fact (organization_id, kind, region_code, district_code, registered_at)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (organization_id) DO NOTHING`,
        [organizationId, kind, regionCode, districtCode ?? null, event.occurredAt],
      );
      return true;
    });
  }

  /**
   * A batch of a registry bulk import, a few thousand organizations in one statement: new records
   * become facts as a registration would make them, changed ones move like an edit does (never back
   * to an older version). The claim and the facts commit together.
   * @returns false when the batch had been recorded before.
   */
  recordOrganizationsImported(event: EventEnvelope<'registry.organizations-imported'>): Promise<boolean> {
    const p = event.payload;
    return this.dataSource.transaction(async (manager) => {
      if (!(await claimEvent(manager, 'analytics', event.eventId, ORGANIZATION_IMPORTS_QUEUE))) return false;
      if (!p.organizationIds.length) return true;
      if (p.change !== 'REGISTERED') {
        await upsertOrganizationFacts(manager, p, event.occurredAt);
        return true;
      }
      await manager.query(
        `INSERT INTO analytics.organization_fact (organization_id, kind, region_code, district_code, registered_at)
         SELECT organization_id, kind, region_code, district_code, $5
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[]) AS i(organization_id, kind, region_code, district_code)
         ON CONFLICT (organization_id) DO NOTHING`,
        [p.organizationIds, p.kinds, p.regionCodes, p.districtCodes, event.occurredAt],
      );
      return true;
    });
  }

  /** @returns false when the event had been recorded before. */
  recordRequestSubmitted(event: EventEnvelope<'assistance.request-submitted'>): Promise<boolean> {
    const { requestId, organizationId, regionCode, type, subtype, status } = event.payload;
    return this.dataSource.transaction(async (manager) => {
      if (!(await claimEvent(manager, 'analytics', event.eventId, REQUEST_FIGURES_QUEUE))) return false;
      await manager.query(
        `INSERT INTO analytics.request_fact (request_id, organization_id, region_code, type, subtype, status, submitted_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (request_id) DO NOTHING`,
        [requestId, organizationId, regionCode, type, subtype, status, event.occurredAt],
      );
      return true;
    });
  }
}
