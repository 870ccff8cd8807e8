import type { EventBus } from '@birge/server-kit';
import type { RegistryFactsService } from './registry-facts.service';

/** Subscribes the contact fact consumer to its queue. */
export function startRegistryFactConsumers(events: EventBus, facts: RegistryFactsService): Promise<void> {
  return facts.start(events);
}
