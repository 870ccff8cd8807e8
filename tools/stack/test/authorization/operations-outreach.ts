import { RULES } from './expectations';
import type { OperationRule } from './operations';

/** The outreach measure and cooperation between organizations (issue 17, items 4 and 7). */
export const OUTREACH_OPERATIONS: Record<string, OperationRule> = {
  'Query.outreach': {
    expect: RULES.analyticsRegionRead,
    regional: true,
    document: 'query($regions: [ID!]) { outreach(filter: { regions: $regions }) { organizationCount toldShare districts { toldCount } months { month } } }',
    variables: (c) => ({ regions: [c.region] }),
  },
};
