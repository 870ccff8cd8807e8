import { graphqlEnum, type EnumValue } from '@birge/server-kit';

export const DistrictCoverageStatus = graphqlEnum(
  'DistrictCoverageStatus',
  'Whether the front office is in touch with the district: ESTABLISHED (a contact within the window, 12 months by ' +
    'default), STALE (contacts, but all older than the window), NEVER (no contact logged).',
  ['ESTABLISHED', 'STALE', 'NEVER'],
);
export type DistrictCoverageStatus = EnumValue<typeof DistrictCoverageStatus>;
