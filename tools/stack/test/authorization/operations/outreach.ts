import type { GraphQLTestClient } from '@birge/server-testing';
import { RULES } from '../expectations';
import type { OperationRule } from './rule';

const introductionsOf = (admin: GraphQLTestClient, id: unknown) => admin.request('query($id: ID!) { organization(id: $id) { introductions { id } } }', { id }).then((r) => r.data);

/** The outreach measure and cooperation between organizations (issue 17, items 4 and 7). */
export const OUTREACH_OPERATIONS: Record<string, OperationRule> = {
  'Query.outreach': {
    expect: RULES.analyticsRegionRead,
    regional: true,
    document: 'query($regions: [ID!]) { outreach(filter: { regions: $regions }) { organizationCount toldShare districts { toldCount } months { month } } }',
    variables: (c) => ({ regions: [c.region] }),
  },
  'Query.cooperationMatches': {
    expect: RULES.registryPublic,
    regional: true,
    document: 'query($id: ID!) { cooperationMatches(organizationId: $id) { score explanation { en } organization { id } } }',
    variables: async (c) => ({ id: (await c.fixtures.organization(c.region)).id }),
  },
  'Mutation.recordIntroduction': {
    expect: RULES.regionWrite,
    regional: true,
    document: 'mutation($input: RecordIntroductionInput!) { recordIntroduction(input: $input) { id } }',
    variables: async (c) => ({
      input: { organizationId: (await c.fixtures.organization(c.region)).id, otherOrganizationId: (await c.fixtures.organization(c.region)).id, note: 'Дөңгелек үстелде' },
    }),
    snapshot: (c, v) => introductionsOf(c.admin, (v.input as { organizationId: string }).organizationId),
  },
};
