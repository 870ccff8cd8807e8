import type { PrefillSourceDefinition } from './prefill-source';
import { findPrefillSource } from './prefill-sources';
import type { ReportPrefillSource } from './report-prefill-source.type';

export function toPrefillSource(source: PrefillSourceDefinition): ReportPrefillSource {
  return { key: source.key, label: source.label, description: source.description };
}

/** The API's view of a stored key; a key no longer listed still shows, named by itself. */
export function prefillSourceOf(key: string | null): ReportPrefillSource | null {
  if (!key) return null;
  const source = findPrefillSource(key);
  if (source) return toPrefillSource(source);
  return { key, label: { kk: key, ru: key, en: key }, description: { kk: key, ru: key, en: key } };
}
