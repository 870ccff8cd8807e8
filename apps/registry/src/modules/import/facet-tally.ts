import type { EntityManager } from 'typeorm';
import type { ImportRow } from './import-columns';

/**
 * The facet counts (registry.organization_facet_delta) that new records add, tallied in Node while
 * a bulk load has the table's facet trigger paused: the same values the trigger counts for an
 * inserted row (FacetDeltasByGroupingSets), where a new record is always UNVERIFIED and never
 * contacted. Written as one delta per facet value at the end of the load.
 */
export class FacetTally {
  private readonly counts = new Map<string, Map<string, number>>();
  private records = 0;

  add(row: ImportRow): void {
    this.records++;
    const p = row.profile;
    this.count('regions', row.regionCode);
    if (row.districtCode !== null) this.count('districts', row.districtCode);
    this.count('kinds', row.kind);
    this.count('statuses', p.status ?? 'ACTIVE');
    for (const direction of row.directions) this.count('directions', direction);
    for (const category of p.categories) this.count('categories', category);
    for (const mode of p.modes) this.count('modes', mode);
  }

  /** Adds the tally to the maintained counts. */
  async write(manager: EntityManager): Promise<void> {
    if (!this.records) return;
    const facets: string[] = ['total', 'verificationStatuses', 'contactNever'];
    const values: string[] = ['', 'UNVERIFIED', 'NEVER'];
    const deltas: number[] = [this.records, this.records, this.records];
    for (const [facet, counts] of this.counts) {
      for (const [value, delta] of counts) {
        facets.push(facet);
        values.push(value);
        deltas.push(delta);
      }
    }
    await manager.query(
      `INSERT INTO registry.organization_facet_delta (facet, value, delta) SELECT * FROM unnest($1::text[], $2::text[], $3::int[])`,
      [facets, values, deltas],
    );
  }

  private count(facet: string, value: string): void {
    let counts = this.counts.get(facet);
    if (!counts) this.counts.set(facet, (counts = new Map()));
    counts.set(value, (counts.get(value) ?? 0) + 1);
  }
}
