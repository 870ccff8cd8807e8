import type { EventBus } from '@birge/server-kit';
import type { FactRecorderService } from './fact-recorder.service';
import { ORGANIZATION_FIGURES_QUEUE, ORGANIZATION_IMPORTS_QUEUE, REQUEST_FIGURES_QUEUE } from './fact.queues';

/** Subscribes the fact recorder to its queues; a thrown error leaves the job to pg-boss's retries. */
export async function startFactConsumers(events: EventBus, facts: FactRecorderService): Promise<void> {
  await events.consume<'registry.organization-registered'>(ORGANIZATION_FIGURES_QUEUE, async (event) => {
    await facts.recordOrganizationRegistered(event);
  });
  await events.consume<'registry.organizations-imported'>(ORGANIZATION_IMPORTS_QUEUE, async (event) => {
    await facts.recordOrganizationsImported(event);
  });
  await events.consume<'assistance.request-submitted'>(REQUEST_FIGURES_QUEUE, async (event) => {
    await facts.recordRequestSubmitted(event);
  });
}
