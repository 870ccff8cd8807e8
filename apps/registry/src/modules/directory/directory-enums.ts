import { SponsorKind, StateBodyKind } from '@birge/shared-reference';
import { registerEnumType } from 'type-graphql';

registerEnumType(StateBodyKind, {
  name: 'StateBodyKind',
  description: 'An akimat (region, city, district), one of its departments, a territorial office of a ministry or agency, a state institution, or other.',
});
registerEnumType(SponsorKind, {
  name: 'SponsorKind',
  description: 'A business, a foundation, a partner of the National Volunteer Network, an international organization, or other.',
});

export { SponsorKind, StateBodyKind };
