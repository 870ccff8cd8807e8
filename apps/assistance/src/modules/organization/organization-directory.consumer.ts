import { claimEvent, type EventBus } from '@birge/server-kit';
import type { DataSource } from 'typeorm';
import type { AssistanceRequestService } from '../request/assistance-request.service';

export const ORGANIZATION_DIRECTORY_QUEUE = 'assistance.organization-directory';

/** Keeps assistance's directory of organizations in step with the registry, once per event. */
export function consumeOrganizationDirectory(events: EventBus, dataSource: DataSource, requests: AssistanceRequestService): Promise<void> {
  return events.consume<'registry.organization-registered'>(ORGANIZATION_DIRECTORY_QUEUE, async (event) => {
    await dataSource.transaction(async (manager) => {
      if (!(await claimEvent(manager, 'assistance', event.eventId, ORGANIZATION_DIRECTORY_QUEUE))) return;
      await requests.organizationRegistered(manager, event.payload);
    });
  });
}
