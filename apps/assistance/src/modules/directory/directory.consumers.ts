import { defineConsumer, type EventConsumer } from '@birge/server-kit';
import type { DirectoryEntryService } from './directory-entry.service';

/** Keeps assistance's copy of the registry's directory of state bodies and sponsors. */
export function directoryConsumers(entries: DirectoryEntryService): EventConsumer[] {
  return [defineConsumer({ event: 'registry.directory-entry-changed', handle: (manager, event) => entries.record(manager, event.payload) })];
}
