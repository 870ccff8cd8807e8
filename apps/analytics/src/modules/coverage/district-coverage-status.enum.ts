import { registerEnumType } from 'type-graphql';

export enum DistrictCoverageStatus {
  ESTABLISHED = 'ESTABLISHED',
  STALE = 'STALE',
  NEVER = 'NEVER',
}

registerEnumType(DistrictCoverageStatus, {
  name: 'DistrictCoverageStatus',
  description:
    'Whether the front office is in touch with the district: ESTABLISHED (a contact within the window, 12 months by ' +
    'default), STALE (contacts, but all older than the window), NEVER (no contact logged).',
});
