import { decodeTimeIdCursor, pageSize, toConnection, type ConnectionShape } from '@birge/server-kit';
import type { Identity } from '@birge/shared-reference';
import type { DataSource } from 'typeorm';
import { readableNeedRegions } from './need-access';
import { invalidField } from './need-errors';
import { assertDistrictOf, assertRegion } from './need-place';
import { NeedEntity } from './need.entity';
import { toNeed } from './need.mapper';
import type { Need } from './need.type';
import type { NeedFilter } from './dto/need-filter.input';

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

/** Positional parameters of one statement: `add` returns the placeholder of the value. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/**
 * The register as a list, the most recently recorded first, keyset-paged on (created_at, id).
 * It is narrowed in SQL to the regions the caller may read, so another region's entry can be
 * neither listed nor counted; an explicit filter on such a region is refused instead.
 */
export class NeedListService {
  constructor(private readonly dataSource: DataSource) {}

  async list(filter: NeedFilter | null | undefined, args: PageArgs, identity: Identity | null): Promise<ConnectionShape<Need>> {
    const limit = pageSize(args.first);
    const cursor = decodeTimeIdCursor(args.after);
    const wanted = filter ?? {};
    this.checkFilter(wanted);
    const count = new Params();
    const page = new Params();
    const pageConditions = this.conditions(wanted, page, identity);
    if (cursor) pageConditions.push(`(n.created_at, n.id) < (${page.add(cursor[0])}::timestamptz, ${page.add(cursor[1])}::uuid)`);
    const where = (conditions: string[]) => (conditions.length ? `WHERE ${conditions.join(' AND ')}` : '');
    const metadata = this.dataSource.getMetadata(NeedEntity);
    const [rows, counted] = await Promise.all([
      this.dataSource.query(`SELECT n.* FROM analytics.need n ${where(pageConditions)} ORDER BY n.created_at DESC, n.id DESC LIMIT ${page.add(limit + 1)}`, page.values) as Promise<
        Record<string, unknown>[]
      >,
      this.dataSource.query(`SELECT count(*)::int AS n FROM analytics.need n ${where(this.conditions(wanted, count, identity))}`, count.values) as Promise<{ n: number }[]>,
    ]);
    const needs = rows.map((row) => toNeed(this.dataSource.manager.create(NeedEntity, fromRow(metadata.columns, row))));
    return toConnection(needs, limit, counted[0].n, (need) => [need.createdAt.toISOString(), need.id]);
  }

  private checkFilter(filter: NeedFilter): void {
    if (filter.regionCode) assertRegion(filter.regionCode, 'filter.regionCode');
    if (filter.districtCode) {
      if (!filter.regionCode) throw invalidField('filter.districtCode', 'REGION_REQUIRED', 'needs filter.regionCode: a district is looked for inside its region');
      assertDistrictOf(filter.regionCode, filter.districtCode, 'filter.districtCode');
    }
  }

  private conditions(filter: NeedFilter, params: Params, identity: Identity | null): string[] {
    const conditions: string[] = [];
    const regions = readableNeedRegions(identity, filter.regionCode);
    if (regions !== 'ALL') conditions.push(`n.region_code = ANY(${params.add(regions)}::text[])`);
    if (filter.districtCode) conditions.push(`n.district_code = ${params.add(filter.districtCode)}`);
    if (filter.theme) conditions.push(`n.theme = ${params.add(filter.theme)}`);
    if (filter.kind) conditions.push(`n.kind = ${params.add(filter.kind)}`);
    if (filter.status) conditions.push(`n.status = ${params.add(filter.status)}`);
    return conditions;
  }
}

/** A row of a hand-written statement (snake_case columns) as entity properties, through TypeORM's own column metadata. */
function fromRow(columns: { propertyName: string; databaseName: string; type: unknown }[], row: Record<string, unknown>): Record<string, unknown> {
  const entity: Record<string, unknown> = {};
  for (const column of columns) {
    let value = row[column.databaseName];
    // pg returns a date column as local midnight; the entity keeps YYYY-MM-DD as TypeORM does.
    if (value instanceof Date && column.type === 'date') {
      const pad = (n: number) => String(n).padStart(2, '0');
      value = `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
    }
    entity[column.propertyName] = value ?? null;
  }
  return entity;
}
