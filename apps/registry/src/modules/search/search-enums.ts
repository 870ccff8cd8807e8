import { graphqlEnum, type EnumValue } from '@birge/server-kit';

export const OrganizationOrder = graphqlEnum(
  'OrganizationOrder',
  'Order of a list: newest or oldest registered first, by display name, recently changed first, or best match of filter.search first (RELEVANCE needs a search).',
  ['NEWEST', 'OLDEST', 'NAME', 'RECENTLY_UPDATED', 'RELEVANCE'],
);
export type OrganizationOrder = EnumValue<typeof OrganizationOrder>;

export const ContactRecency = graphqlEnum('ContactRecency', 'RECENT: a contact logged within 12 months; STALE: contacts, all older; NEVER: no contact logged.', [
  'RECENT',
  'STALE',
  'NEVER',
]);
export type ContactRecency = EnumValue<typeof ContactRecency>;
