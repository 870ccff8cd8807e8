import { decodeCursor, NotFoundError, pageSize, toConnection, UnauthenticatedError, type ConnectionShape } from '@birge/server-kit';
import { isUuid, kazakhstanDay, type Identity } from '@birge/shared-reference';
import type { DataSource, EntityManager } from 'typeorm';
import { assertCanRead, assertCanWrite, readableRegionCondition } from '../access/assistance-access';
import type { Clock } from '../common/clock';
import { invalidField, staleVersion } from '../common/coded-errors';
import { checkDistrict, periodConditions, placeOf } from '../common/region-place';
import { SqlParams, where } from '../common/sql-params';
import { PublicationSource } from './publication-enums';
import { checkOutlet, checkPublicationLink, checkPublishedOn, checkReach, outletOfLink, text } from './publication-rules';
import type { CreatePublicationInput, PublicationFilter, UpdatePublicationInput } from './publication.inputs';
import type { Publication } from './publication.type';

const COLUMNS = `p.id, p.region_code AS "regionCode", p.district_code AS "districtCode", p.source, p.request_id AS "requestId", p.organization_id AS "organizationId",
  p.outlet, p.title, to_char(p.published_on, 'YYYY-MM-DD') AS "publishedOn", p.link, p.reach, p.directions, p.created_by AS "createdBy",
  p.created_at AS "createdAt", p.version`;

/** The region's publication log: media coverage entered on its own, and made from requests resolved with a publication. */
export class PublicationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  create(input: CreatePublicationInput, identity: Identity | null): Promise<Publication> {
    if (!identity) throw new UnauthenticatedError();
    const place = placeOf(input.regionCode, input.districtCode, identity);
    const actor = assertCanWrite(identity, place.regionCode, `the publications of region ${place.regionCode}`);
    const outlet = checkOutlet(input.outlet);
    const publishedOn = checkPublishedOn(input.publishedOn, this.today());
    const link = checkPublicationLink(input.link);
    const reach = checkReach(input.reach);
    return this.dataSource.transaction(async (manager) => {
      const [row]: Publication[] = await manager.query(
        `INSERT INTO assistance.publication AS p (region_code, district_code, source, outlet, title, published_on, link, reach, directions, created_by, updated_by)
         VALUES ($1, $2, 'MANUAL', $3, $4, $5, $6, $7, $8, $9, $9) RETURNING ${COLUMNS}`,
        [place.regionCode, place.districtCode, outlet, text(input.title), publishedOn, link, reach, [...new Set(input.directions ?? [])], actor.userId],
      );
      return row;
    });
  }

  update(input: UpdatePublicationInput, identity: Identity | null): Promise<Publication> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.lock(manager, input.id);
      const actor = assertCanWrite(identity, current.regionCode, `publication ${current.id}`);
      if (current.version !== input.version) throw staleVersion('Publication', current.id, input.version, current.version);
      const given = <T>(value: T | null | undefined): value is T => value !== undefined && value !== null;
      const [[row]]: [Publication[], number] = await manager.query(
        `UPDATE assistance.publication p SET outlet = $2, title = $3, published_on = $4, link = $5, reach = $6, directions = $7, district_code = $8,
           updated_by = $9, updated_at = now(), version = version + 1 WHERE p.id = $1 RETURNING ${COLUMNS}`,
        [
          current.id,
          given(input.outlet) ? checkOutlet(input.outlet) : current.outlet,
          given(input.title) ? text(input.title) : current.title,
          given(input.publishedOn) ? checkPublishedOn(input.publishedOn, this.today()) : current.publishedOn,
          given(input.link) ? checkPublicationLink(input.link) : current.link,
          input.reach === undefined ? current.reach : checkReach(input.reach),
          given(input.directions) ? [...new Set(input.directions)] : current.directions,
          given(input.districtCode) ? checkDistrict(input.districtCode, current.regionCode) : current.districtCode,
          actor.userId,
        ],
      );
      return row;
    });
  }

  remove(id: string, version: number, identity: Identity | null): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.lock(manager, id);
      assertCanWrite(identity, current.regionCode, `publication ${current.id}`);
      if (current.version !== version) throw staleVersion('Publication', current.id, version, current.version);
      await manager.query(`DELETE FROM assistance.publication WHERE id = $1`, [id]);
      return id;
    });
  }

  /**
   * The publication a request resolved with PUBLICATION_MADE adds to its region's log, in the
   * transaction of the resolution: its link, the site as outlet, the day of resolution; once per request.
   */
  async recordFromOutcome(
    manager: EntityManager,
    request: { id: string; organizationId: string; regionCode: string | null; outcomeLink: string | null; outcomeNote: string | null },
    actorId: string,
  ): Promise<void> {
    if (!request.regionCode || !request.outcomeLink) return;
    await manager.query(
      `INSERT INTO assistance.publication (region_code, district_code, source, request_id, organization_id, outlet, title, published_on, link, created_by, updated_by)
       SELECT $1, o.district_code, 'REQUEST_OUTCOME', $2, $3, $4, $5, $6, $7, $8, $8
       FROM (SELECT 1) one LEFT JOIN assistance.organization_directory o ON o.organization_id = $3
       ON CONFLICT (request_id) DO NOTHING`,
      [
        request.regionCode,
        request.id,
        request.organizationId,
        outletOfLink(request.outcomeLink),
        request.outcomeNote?.slice(0, 300) ?? null,
        this.today(),
        request.outcomeLink,
        actorId,
      ],
    );
  }

  async get(id: string, identity: Identity | null): Promise<Publication | null> {
    if (!isUuid(id)) throw invalidField('id', 'INVALID_ID', 'is not a publication id (a UUID)');
    const [row]: Publication[] = await this.dataSource.query(`SELECT ${COLUMNS} FROM assistance.publication p WHERE p.id = $1`, [id]);
    if (!row) return null;
    assertCanRead(identity, row.regionCode, `publication ${id}`);
    return row;
  }

  /** The publications the caller may read, the latest first, with their reach added up. */
  async list(
    filter: PublicationFilter | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
    identity: Identity | null,
  ): Promise<ConnectionShape<Publication> & { totalReach: number }> {
    const limit = pageSize(first);
    const cursor = decodeCursor(after, 2);
    const f = filter ?? {};
    const params = new SqlParams();
    const conditions: string[] = [];
    const region = readableRegionCondition(identity, f.regionCode, 'p.region_code', params);
    if (region) conditions.push(region);
    if (f.districtCode) conditions.push(`p.district_code = ${params.add(f.districtCode.trim())}`);
    conditions.push(...periodConditions('p.published_on', f.from, f.to, params));
    if (f.direction) conditions.push(`${params.add(f.direction)} = ANY(p.directions)`);
    if (f.source) conditions.push(`p.source = ${params.add(f.source === PublicationSource.MANUAL ? 'MANUAL' : 'REQUEST_OUTCOME')}`);
    if (f.organizationId) {
      if (!isUuid(f.organizationId)) throw invalidField('filter.organizationId', 'INVALID_ID', 'is not an organization id (a UUID)');
      conditions.push(`p.organization_id = ${params.add(f.organizationId)}`);
    }
    const countValues = [...params.values];
    const countWhere = where(conditions);
    if (cursor) conditions.push(`(p.published_on, p.id) < (${params.add(cursor[0])}::date, ${params.add(cursor[1])}::uuid)`);
    const [rows, [counted]] = await Promise.all([
      this.dataSource.query(
        `SELECT ${COLUMNS} FROM assistance.publication p ${where(conditions)} ORDER BY p.published_on DESC, p.id DESC LIMIT ${params.add(limit + 1)}`,
        params.values,
      ) as Promise<Publication[]>,
      this.dataSource.query(`SELECT count(*)::int AS n, coalesce(sum(p.reach), 0)::float AS reach FROM assistance.publication p ${countWhere}`, countValues) as Promise<
        { n: number; reach: number }[]
      >,
    ]);
    return { ...toConnection(rows, limit, counted.n, (p) => [p.publishedOn, p.id]), totalReach: counted.reach };
  }

  private today(): string {
    return kazakhstanDay(this.clock.now());
  }

  private async lock(manager: EntityManager, id: string): Promise<Publication> {
    if (!isUuid(id)) throw invalidField('id', 'INVALID_ID', 'is not a publication id (a UUID)');
    const [row]: Publication[] = await manager.query(`SELECT ${COLUMNS} FROM assistance.publication p WHERE p.id = $1 FOR UPDATE`, [id]);
    if (!row) throw new NotFoundError('Publication', id, 'id');
    return row;
  }
}
