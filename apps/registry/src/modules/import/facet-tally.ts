import type { EntityManager } from 'typeorm';
import type { ImportRow } from './import-columns';

/**
 * The facet counts (registry.organization_facet_delta) that new records add, tallied in Node while
 * a bulk load has the table's facet trigger paused: the same values the trigger counts for an
 * inserted row (FacetDeltasByGroupingSets), where a new record is always UNVERIFIED and never
 * contacted. Written as one delta per facet value at the end of the load.
 */
export class FacetTally {
  /** Each facet's values and how many new records have them (a map per facet, not looked up by name for every value). */
  private readonly tallies = {
    regions: new Map<string, number>(),
    districts: new Map<string, number>(),
    kinds: new Map<string, number>(),
    statuses: new Map<string, number>(),
    directions: new Map<string, number>(),
    categories: new Map<string, number>(),
    modes: new Map<string, number>(),
  };
  private records = 0;

  add(row: ImportRow): void {
    this.records++;
    const p = row.profile;
    const t = this.tallies;
    count(t.regions, row.regionCode);
    if (row.districtCode !== null) count(t.districts, row.districtCode);
    count(t.kinds, row.kind);
    count(t.statuses, p.status ?? 'ACTIVE');
    for (const direction of row.directions) count(t.directions, direction);
    for (const category of p.categories) count(t.categories, category);
    for (const mode of p.modes) count(t.modes, mode);
  }

  /** Adds the tally to the maintained counts. */
  async write(manager: EntityManager): Promise<void> {
    if (!this.records) return;
    const facets: string[] = ['total', 'verificationStatuses', 'contactNever'];
    const values: string[] = ['', 'UNVERIFIED', 'NEVER'];
    const deltas: number[] = [this.records, this.records, this.records];
    for (const [facet, counts] of Object.entries(this.tallies)) {
      for (const [value, delta] of counts) {
        facets.push(facet);
        values.push(value);
        deltas.push(delta);
      }
    }
    await manager.query(`INSERT INTO registry.organization_facet_delta (facet, value, delta) SELECT * FROM unnest($1::text[], $2::text[], $3::int[])`, [facets, values, deltas]);
  }
}

function count(counts: Map<string, number>, value: string): void {
  counts.set(value, (counts.get(value) ?? 0) + 1);
}
