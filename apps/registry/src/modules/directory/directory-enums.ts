import { registerGraphqlEnum } from '@birge/server-kit';
import { SponsorKind, StateBodyKind } from '@birge/shared-reference';

registerGraphqlEnum(
  StateBodyKind,
  'StateBodyKind',
  'An akimat (region, city, district), one of its departments, a territorial office of a ministry or agency, a state institution, or other.',
);
registerGraphqlEnum(SponsorKind, 'SponsorKind', 'A business, a foundation, a partner of the National Volunteer Network, an international organization, or other.');

export { SponsorKind, StateBodyKind };
