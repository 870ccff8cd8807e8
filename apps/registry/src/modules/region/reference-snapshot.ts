import type { DataSource } from 'typeorm';
import { DistrictEntity } from './district.entity';
import type { District } from './district.type';
import { toDistrict, toRegion } from './region.mapper';
import { RegionEntity } from './region.entity';
import type { Region } from './region.type';

/** Regions and districts as read at one moment, indexed the ways the API asks for them. */
export interface ReferenceData {
  /** All regions in official order. */
  regions: Region[];
  regionByCode: Map<string, Region>;
  /** Every district, abolished ones included. */
  districtByCode: Map<string, District>;
  /** The districts that exist now, in official order, per region. */
  liveByRegion: Map<string, District[]>;
  /** The abolished districts, most recently abolished first, per region. */
  abolishedByRegion: Map<string, District[]>;
  /** What the tables looked like when read (see ReferenceSnapshot.stampOf). */
  stamp: string;
}

export interface ReferenceSnapshotOptions {
  /**
   * How often, at most, a read also checks in the background whether the tables changed in
   * another way than through this process (another replica's edit, a data load): 5 s when not given.
   */
  checkEveryMs?: number;
}

/** A fingerprint that changes with every district added, renamed or abolished (each change raises its version). */
const STAMP_SQL = `SELECT (SELECT count(*) FROM registry.region)::text || ':' || count(*)::text || ':' || coalesce(sum(version), 0)::text AS stamp FROM registry.district`;

/**
 * The administrative reference (20 regions, about 230 districts) held in memory: loaded once,
 * read by every request without a statement, and loaded again when it changes: at once after an
 * edit in this process (invalidate), and within checkEveryMs after any other change (a cheap
 * fingerprint statement run in the background, never in a request's way).
 */
export class ReferenceSnapshot {
  private current: Promise<ReferenceData> | null = null;
  private checking: Promise<void> | null = null;
  private checkedAt = 0;
  private readonly checkEveryMs: number;

  constructor(
    private readonly dataSource: DataSource,
    options: ReferenceSnapshotOptions = {},
  ) {
    this.checkEveryMs = options.checkEveryMs ?? 5_000;
  }

  /** The reference as it is now (loaded on first use, and again after a change). */
  get(now: number = Date.now()): Promise<ReferenceData> {
    if (!this.current) {
      this.checkedAt = now;
      return this.load();
    }
    if (now - this.checkedAt >= this.checkEveryMs && !this.checking) {
      this.checkedAt = now;
      this.checking = this.checkForChange().finally(() => (this.checking = null));
    }
    return this.current;
  }

  /** Forgets what is held: the next read loads the tables again (called after an edit commits). */
  invalidate(): void {
    this.current = null;
  }

  private load(): Promise<ReferenceData> {
    const loading = this.read();
    this.current = loading;
    // A failed load is not kept: the next read tries again.
    loading.catch(() => {
      if (this.current === loading) this.current = null;
    });
    return loading;
  }

  private async checkForChange(): Promise<void> {
    try {
      const held = this.current;
      if (!held) return;
      const [[row], data] = await Promise.all([this.dataSource.query(STAMP_SQL) as Promise<{ stamp: string }[]>, held]);
      if (row.stamp !== data.stamp && this.current === held) this.current = null;
    } catch {
      // The database briefly unreachable: keep serving what is held, check again later.
    }
  }

  private async read(): Promise<ReferenceData> {
    // One snapshot of both tables and the fingerprint, so they agree with each other.
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const [regionRows, districtRows, [row]] = await Promise.all([
        manager.getRepository(RegionEntity).find({ order: { sortOrder: 'ASC' } }),
        manager.getRepository(DistrictEntity).find({ order: { regionCode: 'ASC', sortOrder: 'ASC' } }),
        manager.query(STAMP_SQL) as Promise<{ stamp: string }[]>,
      ]);
      const regions = regionRows.map(toRegion);
      const districts = districtRows.map(toDistrict);
      const liveByRegion = new Map<string, District[]>(regions.map((region) => [region.code, []]));
      const abolishedByRegion = new Map<string, District[]>(regions.map((region) => [region.code, []]));
      for (const district of districts) (district.abolishedOn ? abolishedByRegion : liveByRegion).get(district.regionCode)?.push(district);
      for (const list of abolishedByRegion.values()) list.sort((a, b) => (b.abolishedOn ?? '').localeCompare(a.abolishedOn ?? ''));
      return {
        regions,
        regionByCode: new Map(regions.map((region) => [region.code, region])),
        districtByCode: new Map(districts.map((district) => [district.code, district])),
        liveByRegion,
        abolishedByRegion,
        stamp: row.stamp,
      };
    });
  }
}
