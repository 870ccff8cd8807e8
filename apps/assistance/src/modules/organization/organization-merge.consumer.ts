import { claimEvent, type EventBus } from '@birge/server-kit';
import type { DataSource } from 'typeorm';
import type { OrganizationMergeService } from './organization-merge.service';

export const ORGANIZATION_MERGES_QUEUE = 'assistance.organization-merges';

/** Applies the registry's merges once per event: the claim and every re-pointed row commit together. */
export function consumeOrganizationMerges(events: EventBus, dataSource: DataSource, merges: OrganizationMergeService): Promise<void> {
  return events.consume<'registry.organizations-merged'>(ORGANIZATION_MERGES_QUEUE, async (event) => {
    await dataSource.transaction(async (manager) => {
      if (!(await claimEvent(manager, 'assistance', event.eventId, ORGANIZATION_MERGES_QUEUE))) return;
      await merges.apply(manager, event.eventId, event.payload);
    });
  });
}
