import { registerEnumType } from 'type-graphql';

export enum RegionKind {
  OBLAST = 'oblast',
  CITY = 'city',
}

export enum DistrictKind {
  DISTRICT = 'district',
  CITY = 'city',
  CITY_DISTRICT = 'city_district',
}

registerEnumType(RegionKind, {
  name: 'RegionKind',
  description: 'An oblast, or a city of republican significance (Astana, Almaty, Shymkent).',
});
registerEnumType(DistrictKind, {
  name: 'DistrictKind',
  description: 'A district (audan), a city of regional significance, or a district of a city.',
});
