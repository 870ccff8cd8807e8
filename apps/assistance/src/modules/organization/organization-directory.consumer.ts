import { claimEvent, type EventBus } from '@birge/server-kit';
import type { EventEnvelope } from '@birge/shared-reference';
import type { DataSource } from 'typeorm';
import type { AssistanceRequestService } from '../request/assistance-request.service';
import { lockOrganizations } from './organization-lock';

export const ORGANIZATION_DIRECTORY_QUEUE = 'assistance.organization-directory';
/** Batches of a registry bulk import (registry.organizations-imported). */
export const ORGANIZATION_IMPORTS_QUEUE = 'assistance.organization-imports';

/**
 * Keeps assistance's directory of organizations in step with the registry, once per event: single
 * registrations one by one, a bulk import's batches a few thousand records per statement.
 */
export async function consumeOrganizationDirectory(events: EventBus, dataSource: DataSource, requests: AssistanceRequestService): Promise<void> {
  await events.consume<'registry.organization-registered'>(ORGANIZATION_DIRECTORY_QUEUE, async (event) => {
    await dataSource.transaction(async (manager) => {
      if (!(await claimEvent(manager, 'assistance', event.eventId, ORGANIZATION_DIRECTORY_QUEUE))) return;
      await requests.organizationRegistered(manager, event.payload);
    });
  });
  await events.consume<'registry.organizations-imported'>(ORGANIZATION_IMPORTS_QUEUE, async (event) => {
    await recordImportedOrganizations(dataSource, requests, event);
  });
}

/**
 * One batch of imported organizations into the directory, in one transaction with the event's claim
 * (a redelivered batch changes nothing). The directory follows registrations, as for single records;
 * an import's edits of existing records do not move them here either. The common case is one
 * INSERT ... SELECT FROM unnest; the rare records that need more (merged away before their batch
 * arrived, or with requests waiting for their region) go through the per-record path.
 * @returns false when the batch had been recorded before.
 */
export function recordImportedOrganizations(
  dataSource: DataSource,
  requests: AssistanceRequestService,
  event: EventEnvelope<'registry.organizations-imported'>,
): Promise<boolean> {
  const p = event.payload;
  return dataSource.transaction(async (manager) => {
    if (!(await claimEvent(manager, 'assistance', event.eventId, ORGANIZATION_IMPORTS_QUEUE))) return false;
    if (p.change !== 'REGISTERED' || !p.organizationIds.length) return true;
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
    return true;
  });
}
