import { byKeys, type LoaderRegistry } from '@birge/server-kit';
import { isUuid, type Identity } from '@birge/shared-reference';
import type { DataSource } from 'typeorm';
import { conflict } from '../common/coded-errors';
import { assertCanRead, assertCanWrite } from '../access/assistance-access';
import { assertRegion } from '../common/region-code';
import type { BookableResource } from './bookable-resource.type';
import type { AddBookableResourceInput } from './premises.inputs';
import type { BookableResourceKind } from './premises-enums';

const COLUMNS = `id, region_code AS "regionCode", kind, name, description, capacity, active`;

type ResourceRow = Omit<BookableResource, 'region'>;
const toResource = (row: ResourceRow): BookableResource => ({ ...row, region: { code: row.regionCode } });

/** Each front office's catalog of rooms and equipment. */
export class BookableResourceService {
  constructor(private readonly dataSource: DataSource) {}

  async add(input: AddBookableResourceInput, identity: Identity | null): Promise<BookableResource> {
    assertRegion(input.regionCode);
    const actor = assertCanWrite(identity, input.regionCode, `region ${input.regionCode}`);
    const rows: ResourceRow[] = await this.dataSource.query(
      `INSERT INTO assistance.bookable_resource (region_code, kind, name, description, capacity, created_by)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT ON CONSTRAINT bookable_resource_name_key DO NOTHING RETURNING ${COLUMNS}`,
      [input.regionCode, input.kind, input.name.trim(), input.description?.trim() || null, input.capacity ?? null, actor.userId],
    );
    if (!rows.length) throw conflict('RESOURCE_NAME_TAKEN', `the region already has a resource named "${input.name.trim()}"`, { field: 'name' });
    return toResource(rows[0]);
  }

  async ofRegion(regionCode: string, kind: BookableResourceKind | null | undefined, identity: Identity | null): Promise<BookableResource[]> {
    assertRegion(regionCode);
    assertCanRead(identity, regionCode, `region ${regionCode}`);
    const rows: ResourceRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM assistance.bookable_resource WHERE region_code = $1 AND ($2::text IS NULL OR kind = $2) ORDER BY kind, name`,
      [regionCode, kind ?? null],
    );
    return rows.map(toResource);
  }

  loader(loaders: LoaderRegistry) {
    return loaders.get<string, BookableResource | null>('resource.byId', async (ids) => {
      const valid = ids.filter((id) => isUuid(id));
      const rows: ResourceRow[] = valid.length ? await this.dataSource.query(`SELECT ${COLUMNS} FROM assistance.bookable_resource WHERE id = ANY($1::uuid[])`, [valid]) : [];
      return byKeys(ids, rows.map(toResource), (resource) => resource.id);
    });
  }
}
