import type { EventBus } from '@birge/server-kit';
import type { FactRecorderService } from './fact-recorder.service';

/** Subscribes the organization and request fact consumers to their queues. */
export function startFactConsumers(events: EventBus, facts: FactRecorderService): Promise<void> {
  return facts.start(events);
}
