import { NEED_KIND_LABELS, NEED_STATUS_LABELS, NEED_THEME_LABELS, NeedKind, NeedStatus, NeedTheme, type LocalizedText } from '@birge/shared-reference';
import { registerEnumType } from 'type-graphql';

/** Each value described by its English label, so partners read the list in the published schema. */
function described<E extends string>(labels: Record<E, LocalizedText>): Record<E, { description: string }> {
  return Object.fromEntries(Object.entries<LocalizedText>(labels).map(([value, label]) => [value, { description: `${label.en}.` }])) as Record<E, { description: string }>;
}

registerEnumType(NeedTheme, {
  name: 'NeedTheme',
  description: "What a need of the register is about: the memo's examples of what a region's volunteer movement lacks, funding, or something else.",
  valuesConfig: described(NEED_THEME_LABELS),
});

registerEnumType(NeedKind, {
  name: 'NeedKind',
  description: 'Whose need it is: the volunteer movement of the region, or the front office itself.',
  valuesConfig: described(NEED_KIND_LABELS),
});

registerEnumType(NeedStatus, {
  name: 'NeedStatus',
  description: 'Where an entry of the needs register stands: open, escalated to the republican office, being addressed, then resolved or no longer relevant.',
  valuesConfig: described(NEED_STATUS_LABELS),
});

export { NeedKind, NeedStatus, NeedTheme };
