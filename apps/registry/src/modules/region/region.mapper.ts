import type { DistrictEntity } from './district.entity';
import { nameOf } from './trilingual-name';
import type { District } from './district.type';
import { DistrictKind, RegionKind } from './region-kind.enum';
import type { RegionEntity } from './region.entity';
import type { Region } from './region.type';

export function toRegion(entity: RegionEntity): Region {
  return {
    code: entity.code,
    kind: entity.kind as RegionKind,
    isoCode: entity.isoCode,
    name: nameOf(entity),
  };
}

export function toDistrict(entity: DistrictEntity): District {
  return {
    code: entity.code,
    kind: entity.kind as DistrictKind,
    regionCode: entity.regionCode,
    name: nameOf(entity),
    abolishedOn: entity.abolishedOn,
    version: entity.version,
    updatedAt: entity.updatedAt,
    updatedBy: entity.updatedBy,
  };
}
