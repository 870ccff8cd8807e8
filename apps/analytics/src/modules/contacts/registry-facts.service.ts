import { claimEvent } from '@birge/server-kit';
import type { EventEnvelope } from '@birge/shared-reference';
import type { DataSource } from 'typeorm';
import { upsertOrganizationFacts } from '../facts/organization-fact-upsert';
import { CONTACT_COVERAGE_QUEUE, ORGANIZATION_MERGES_QUEUE, ORGANIZATION_UPDATES_QUEUE } from './registry-facts.queues';

/**
 * Contacts, edits and merges of registry records, turned into analytics facts. As with the other
 * recorders, each handler claims the event id in the same transaction as its write.
 */
export class RegistryFactsService {
  constructor(private readonly dataSource: DataSource) {}

  /** @returns false when the event had been recorded before. */
  recordContact(event: EventEnvelope<'registry.contact-logged'>): Promise<boolean> {
    const p = event.payload;
    return this.dataSource.transaction(async (manager) => {
      if (!(await claimEvent(manager, 'analytics', event.eventId, CONTACT_COVERAGE_QUEUE))) return false;
      await manager.query(
        `INSERT INTO analytics.contact_fact (contact_id, organization_id, region_code, district_code, kind, occurred_on, told_about_offer)
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (contact_id) DO NOTHING`,
        [p.contactId, p.organizationId, p.regionCode, p.districtCode, p.kind, p.occurredOn, p.toldAboutOffer],
      );
      return true;
    });
  }

  /** Keeps the organization fact's place and kind current; an older version never overwrites a newer one. */
  recordUpdate(event: EventEnvelope<'registry.organization-updated'>): Promise<boolean> {
    const p = event.payload;
    return this.dataSource.transaction(async (manager) => {
      if (!(await claimEvent(manager, 'analytics', event.eventId, ORGANIZATION_UPDATES_QUEUE))) return false;
      await upsertOrganizationFacts(
        manager,
        { organizationIds: [p.organizationId], kinds: [p.kind], regionCodes: [p.regionCode], districtCodes: [p.districtCode], versions: [p.version] },
        event.occurredAt,
      );
      return true;
    });
  }

  /** The merged record's contacts now belong to the kept one, and it stops counting as an organization. */
  recordMerge(event: EventEnvelope<'registry.organizations-merged'>): Promise<boolean> {
    const p = event.payload;
    return this.dataSource.transaction(async (manager) => {
      if (!(await claimEvent(manager, 'analytics', event.eventId, ORGANIZATION_MERGES_QUEUE))) return false;
      await manager.query(`UPDATE analytics.contact_fact SET organization_id = $1 WHERE organization_id = $2`, [p.keptId, p.mergedId]);
      await manager.query(`UPDATE analytics.request_fact SET organization_id = $1 WHERE organization_id = $2`, [p.keptId, p.mergedId]);
      await manager.query(`DELETE FROM analytics.organization_fact WHERE organization_id = $1`, [p.mergedId]);
      return true;
    });
  }
}
