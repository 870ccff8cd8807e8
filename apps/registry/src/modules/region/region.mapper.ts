import type { DistrictEntity } from './district.entity';
import { nameOf } from './trilingual-name';
import type { District } from './district.type';
import { DistrictKind, RegionKind } from './region-kind.enum';
import type { RegionEntity } from './region.entity';
import type { Region } from './region.type';

export function toRegion(entity: RegionEntity): Region {
  return { ...entity, kind: entity.kind as RegionKind, name: nameOf(entity) };
}

export function toDistrict(entity: DistrictEntity): District {
  return { ...entity, kind: entity.kind as DistrictKind, name: nameOf(entity) };
}
