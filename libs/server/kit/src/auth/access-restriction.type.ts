import { AccessRestriction, ACCESS_RESTRICTION_LABELS } from '@birge/shared-reference';
import { registerEnumType } from 'type-graphql';

/**
 * One GraphQL enum for every subgraph (identical definitions compose into one type), so a
 * client reads the same reason whichever subgraph withheld a value.
 */
registerEnumType(AccessRestriction, {
  name: 'AccessRestriction',
  description: 'Why a value is withheld from the caller: it comes back null with this reason beside it, or in a FORBIDDEN error as extensions.reason.',
  valuesConfig: Object.fromEntries(Object.values(AccessRestriction).map((value) => [value, { description: ACCESS_RESTRICTION_LABELS[value].en + '.' }])) as Record<
    AccessRestriction,
    { description: string }
  >,
});

export { AccessRestriction };
