import type { LoaderRegistry } from '@birge/server-kit';
import type { DataSource } from 'typeorm';
import type { District } from './district.type';
import { ReferenceSnapshot, type ReferenceSnapshotOptions } from './reference-snapshot';
import type { Region } from './region.type';

/**
 * Regions and districts: the administrative reference the registry owns, read from memory
 * (ReferenceSnapshot) and loaded again after every change.
 */
export class RegionService {
  private readonly snapshot: ReferenceSnapshot;

  constructor(dataSource: DataSource, options: ReferenceSnapshotOptions = {}) {
    this.snapshot = new ReferenceSnapshot(dataSource, options);
  }

  /** Called once an edit of a district (or a region) has committed: the next read sees it. */
  referenceChanged(): void {
    this.snapshot.invalidate();
  }

  async list(): Promise<Region[]> {
    return (await this.snapshot.get()).regions;
  }

  async region(code: string): Promise<Region | null> {
    return (await this.snapshot.get()).regionByCode.get(code) ?? null;
  }

  async district(code: string): Promise<District | null> {
    return (await this.snapshot.get()).districtByCode.get(code) ?? null;
  }

  /** The districts that exist now (abolished ones left out), in official order. */
  async liveDistricts(regionCode: string): Promise<District[]> {
    return (await this.snapshot.get()).liveByRegion.get(regionCode) ?? [];
  }

  /** The abolished districts, most recently abolished first. */
  async abolishedDistricts(regionCode: string): Promise<District[]> {
    return (await this.snapshot.get()).abolishedByRegion.get(regionCode) ?? [];
  }

  regionLoader(loaders: LoaderRegistry) {
    return loaders.get<string, Region | null>('region.byCode', async (codes) => {
      const { regionByCode } = await this.snapshot.get();
      return codes.map((code) => regionByCode.get(code) ?? null);
    });
  }

  districtLoader(loaders: LoaderRegistry) {
    return loaders.get<string, District | null>('district.byCode', async (codes) => {
      const { districtByCode } = await this.snapshot.get();
      return codes.map((code) => districtByCode.get(code) ?? null);
    });
  }
}
