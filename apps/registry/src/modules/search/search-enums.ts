import { registerEnumType } from 'type-graphql';

export enum OrganizationOrder {
  NEWEST = 'NEWEST',
  OLDEST = 'OLDEST',
  NAME = 'NAME',
  RECENTLY_UPDATED = 'RECENTLY_UPDATED',
  RELEVANCE = 'RELEVANCE',
}

export enum ContactRecency {
  RECENT = 'RECENT',
  STALE = 'STALE',
  NEVER = 'NEVER',
}

registerEnumType(OrganizationOrder, {
  name: 'OrganizationOrder',
  description: 'Order of a list: newest or oldest registered first, by display name, recently changed first, or best match of filter.search first (RELEVANCE needs a search).',
});
registerEnumType(ContactRecency, {
  name: 'ContactRecency',
  description: 'RECENT: a contact logged within 12 months; STALE: contacts, all older; NEVER: no contact logged.',
});
