import type { EventBus } from '@birge/server-kit';
import type { RegistryFactsService } from './registry-facts.service';
import { CONTACT_COVERAGE_QUEUE, ORGANIZATION_MERGES_QUEUE, ORGANIZATION_UPDATES_QUEUE } from './registry-facts.queues';

export async function startRegistryFactConsumers(events: EventBus, facts: RegistryFactsService): Promise<void> {
  await events.consume<'registry.contact-logged'>(CONTACT_COVERAGE_QUEUE, async (event) => {
    await facts.recordContact(event);
  });
  await events.consume<'registry.organization-updated'>(ORGANIZATION_UPDATES_QUEUE, async (event) => {
    await facts.recordUpdate(event);
  });
  await events.consume<'registry.organizations-merged'>(ORGANIZATION_MERGES_QUEUE, async (event) => {
    await facts.recordMerge(event);
  });
}
