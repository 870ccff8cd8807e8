import { registerGraphqlEnum } from '@birge/server-kit';

export enum RegionKind {
  OBLAST = 'oblast',
  CITY = 'city',
}

export enum DistrictKind {
  DISTRICT = 'district',
  CITY = 'city',
  CITY_DISTRICT = 'city_district',
}

registerGraphqlEnum(RegionKind, 'RegionKind', 'An oblast, or a city of republican significance (Astana, Almaty, Shymkent).');
registerGraphqlEnum(DistrictKind, 'DistrictKind', 'A district (audan), a city of regional significance, or a district of a city.');
