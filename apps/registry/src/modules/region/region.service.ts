import { byKeys, groupByKeys, type LoaderRegistry } from '@birge/server-kit';
import { In, IsNull, Not, type DataSource } from 'typeorm';
import { DistrictEntity } from './district.entity';
import type { District } from './district.type';
import { toDistrict, toRegion } from './region.mapper';
import { RegionEntity } from './region.entity';
import type { Region } from './region.type';

/** Regions and districts: the administrative reference the registry owns. */
export class RegionService {
  constructor(private readonly dataSource: DataSource) {}

  async list(): Promise<Region[]> {
    const rows = await this.dataSource.getRepository(RegionEntity).find({ order: { sortOrder: 'ASC' } });
    return rows.map(toRegion);
  }

  regionLoader(loaders: LoaderRegistry) {
    return loaders.get<string, Region | null>('region.byCode', async (codes) => {
      const rows = await this.dataSource.getRepository(RegionEntity).findBy({ code: In([...codes]) });
      return byKeys(codes, rows.map(toRegion), (region) => region.code);
    });
  }

  districtLoader(loaders: LoaderRegistry) {
    return loaders.get<string, District | null>('district.byCode', async (codes) => {
      const rows = await this.dataSource.getRepository(DistrictEntity).findBy({ code: In([...codes]) });
      return byKeys(codes, rows.map(toDistrict), (district) => district.code);
    });
  }

  /** The districts that exist now (abolished ones left out), in official order. */
  districtsOfRegionLoader(loaders: LoaderRegistry) {
    return loaders.get<string, District[]>('district.byRegion', async (regionCodes) => {
      const rows = await this.dataSource
        .getRepository(DistrictEntity)
        .find({ where: { regionCode: In([...regionCodes]), abolishedOn: IsNull() }, order: { sortOrder: 'ASC' } });
      return groupByKeys(regionCodes, rows.map(toDistrict), (district) => district.regionCode);
    });
  }

  /** The abolished districts, most recently abolished first. */
  abolishedDistrictsOfRegionLoader(loaders: LoaderRegistry) {
    return loaders.get<string, District[]>('district.abolishedByRegion', async (regionCodes) => {
      const rows = await this.dataSource
        .getRepository(DistrictEntity)
        .find({ where: { regionCode: In([...regionCodes]), abolishedOn: Not(IsNull()) }, order: { abolishedOn: 'DESC', sortOrder: 'ASC' } });
      return groupByKeys(regionCodes, rows.map(toDistrict), (district) => district.regionCode);
    });
  }
}
