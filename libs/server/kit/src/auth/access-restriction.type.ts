import { AccessRestriction, ACCESS_RESTRICTION_LABELS } from '@birge/shared-reference';
import { labelDescriptions, registerGraphqlEnum } from '../schema/graphql-enum';

/**
 * One GraphQL enum for every subgraph (identical definitions compose into one type), so a
 * client reads the same reason whichever subgraph withheld a value.
 */
registerGraphqlEnum(
  AccessRestriction,
  'AccessRestriction',
  'Why a value is withheld from the caller: it comes back null with this reason beside it, or in a FORBIDDEN error as extensions.reason.',
  labelDescriptions(ACCESS_RESTRICTION_LABELS),
);

export { AccessRestriction };
