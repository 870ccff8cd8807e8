import type { DistrictEntity } from './district.entity';
import type { District } from './district.type';
import { DistrictKind, RegionKind } from './region-kind.enum';
import type { RegionEntity } from './region.entity';
import type { Region } from './region.type';

export function toRegion(entity: RegionEntity): Region {
  return {
    code: entity.code,
    kind: entity.kind as RegionKind,
    isoCode: entity.isoCode,
    name: { kk: entity.nameKk, ru: entity.nameRu, en: entity.nameEn },
  };
}

export function toDistrict(entity: DistrictEntity): District {
  return {
    code: entity.code,
    kind: entity.kind as DistrictKind,
    regionCode: entity.regionCode,
    name: { kk: entity.nameKk, ru: entity.nameRu, en: entity.nameEn },
    abolishedOn: entity.abolishedOn,
    version: entity.version,
    updatedAt: entity.updatedAt,
    updatedBy: entity.updatedBy,
  };
}
