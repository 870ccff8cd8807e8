import { defineConsumer, type EventConsumer } from '@birge/server-kit';
import type { OrganizationsImportedPayload } from '@birge/shared-reference';
import type { EntityManager } from 'typeorm';
import type { AssistanceRequestService } from '../request/assistance-request.service';
import type { OrganizationMergeService } from './organization-merge.service';
import { lockOrganizations } from './organization-lock';

/**
 * Assistance's event consumers, in the kit's one shape (queue from EVENT_ROUTES, the event's claim
 * in the handler's transaction): its directory of organizations kept in step with the registry,
 * single registrations one by one, a bulk import's batches a few thousand records per statement;
 * and the registry's merges, every re-pointed row committed with the claim.
 */
export function assistanceConsumers(requests: AssistanceRequestService, merges: OrganizationMergeService): EventConsumer[] {
  return [
    defineConsumer({ event: 'registry.organization-registered', handle: async (manager, event) => void (await requests.organizationRegistered(manager, event.payload)) }),
    defineConsumer({ event: 'registry.organizations-imported', handle: (manager, event) => recordImportedOrganizations(manager, requests, event.payload) }),
    defineConsumer({ event: 'registry.organizations-merged', handle: async (manager, event) => void (await merges.apply(manager, event.eventId, event.payload)) }),
  ];
}

/**
 * One batch of imported organizations into the directory. The directory follows registrations, as
 * for single records; an import's edits of existing records do not move them here either. The
 * common case is one INSERT ... SELECT FROM unnest; the rare records that need more (merged away
 * before their batch arrived, or with requests waiting for their region) go through the
 * per-record path.
 */
async function recordImportedOrganizations(manager: EntityManager, requests: AssistanceRequestService, p: OrganizationsImportedPayload): Promise<void> {
  if (p.change !== 'REGISTERED' || !p.organizationIds.length) return;
  const batch = [p.organizationIds, p.regionCodes, p.districtCodes];
  // Before looking for waiting requests: a submission for one of these organizations either
  // committed already (and is found below) or waits until this batch has stored its region.
  await lockOrganizations(manager, p.organizationIds);
  const rows = `unnest($1::uuid[], $2::text[], $3::text[]) AS i(organization_id, region_code, district_code)`;
  const special: { organization_id: string; region_code: string; district_code: string | null }[] = await manager.query(
    `SELECT i.organization_id, i.region_code, i.district_code FROM ${rows}
     WHERE EXISTS (SELECT 1 FROM assistance.organization_merge m WHERE m.merged_id = i.organization_id)
        OR EXISTS (SELECT 1 FROM assistance.assistance_request r WHERE r.organization_id = i.organization_id AND r.region_code IS NULL)`,
    batch,
  );
  await manager.query(
    `INSERT INTO assistance.organization_directory (organization_id, region_code, district_code)
     SELECT i.organization_id, i.region_code, i.district_code FROM ${rows}
     WHERE NOT EXISTS (SELECT 1 FROM assistance.organization_merge m WHERE m.merged_id = i.organization_id)
     ON CONFLICT (organization_id) DO UPDATE SET region_code = EXCLUDED.region_code, district_code = EXCLUDED.district_code`,
    batch,
  );
  for (const row of special) {
    await requests.organizationRegistered(manager, { organizationId: row.organization_id, regionCode: row.region_code, districtCode: row.district_code });
  }
}
