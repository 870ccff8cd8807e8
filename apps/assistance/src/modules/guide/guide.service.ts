import { byKeys, decodeCursor, groupByKeys, NotFoundError, UnauthenticatedError, pageSize, toConnection, type ConnectionShape, type LoaderRegistry } from '@birge/server-kit';
import { Direction, isUuid, type Identity } from '@birge/shared-reference';
import type { DataSource, EntityManager } from 'typeorm';
import { assertCanWrite } from '../access/assistance-access';
import { invalidField, staleVersion } from '../common/coded-errors';
import { assertRegion } from '../common/region-code';
import { ownerOf, text } from '../programme/grant-programme-rules';
import type { GuideFileStore } from './guide-file-store';
import { GUIDE_COLUMNS, toGuide, VERSION_COLUMNS, type GuideRow } from './guide-row';
import { checkGuideTitle, SUBTYPE_ORDER, uniqueTags } from './guide-rules';
import type { AddGuideVersionInput, CreateGuideInput, GuideFilter, UpdateGuideInput } from './guide.inputs';
import type { Guide, GuideVersion } from './guide.type';

const DIRECTION_ORDER = Object.values(Direction);

/** The library of guides and templates, each with its numbered versions. */
export class GuideService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly files: GuideFileStore,
  ) {}

  /** A new guide and its first version; the file is checked before anything is written. */
  create(input: CreateGuideInput, identity: Identity | null): Promise<Guide> {
    if (!identity) throw new UnauthenticatedError();
    const owner = ownerOf(input.ownerRegionCode, identity);
    const actor = assertCanWrite(identity, owner, owner ? `the guides of region ${owner}` : 'the republican guides');
    const title = checkGuideTitle(input.title);
    const file = this.files.check(input.file);
    return this.files.withStoredFile((store) =>
      this.dataSource.transaction(async (manager) => {
        const [row]: GuideRow[] = await manager.query(
          `INSERT INTO assistance.guide AS g (owner_region_code, language, title, description, subtypes, directions, created_by, updated_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING ${GUIDE_COLUMNS}`,
          [owner, input.language, title, text(input.description), uniqueTags(input.subtypes, SUBTYPE_ORDER), uniqueTags(input.directions, DIRECTION_ORDER), actor.userId],
        );
        await store(manager, row.id, 1, file, actor.userId);
        return toGuide(row);
      }),
    );
  }

  update(input: UpdateGuideInput, identity: Identity | null): Promise<Guide> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.lock(manager, input.id);
      const actor = assertCanWrite(identity, current.ownerRegionCode, `guide ${current.id}`);
      if (current.version !== input.version) throw staleVersion('Guide', current.id, input.version, current.version);
      const [[row]]: [GuideRow[], number] = await manager.query(
        `UPDATE assistance.guide g SET title = $2, description = $3, subtypes = $4, directions = $5, updated_by = $6, updated_at = now(), version = version + 1
         WHERE g.id = $1 RETURNING ${GUIDE_COLUMNS}`,
        [
          current.id,
          input.title === undefined || input.title === null ? current.title : checkGuideTitle(input.title),
          input.description === undefined || input.description === null ? current.description : text(input.description),
          input.subtypes ? uniqueTags(input.subtypes, SUBTYPE_ORDER) : current.subtypes,
          input.directions ? uniqueTags(input.directions, DIRECTION_ORDER) : current.directions,
          actor.userId,
        ],
      );
      return toGuide(row);
    });
  }

  /** A new version becomes the latest; the older ones stay readable and downloadable. */
  addVersion(input: AddGuideVersionInput, identity: Identity | null): Promise<Guide> {
    const file = this.files.check(input.file);
    return this.files.withStoredFile((store) =>
      this.dataSource.transaction(async (manager) => {
        const current = await this.lock(manager, input.guideId, 'guideId');
        const actor = assertCanWrite(identity, current.ownerRegionCode, `guide ${current.id}`);
        if (current.version !== input.version) throw staleVersion('Guide', current.id, input.version, current.version);
        const number = current.latestVersionNumber + 1;
        await store(manager, current.id, number, file, actor.userId);
        const [[row]]: [GuideRow[], number] = await manager.query(
          `UPDATE assistance.guide g SET latest_version = $2, updated_by = $3, updated_at = now(), version = version + 1 WHERE g.id = $1 RETURNING ${GUIDE_COLUMNS}`,
          [current.id, number, actor.userId],
        );
        return toGuide(row);
      }),
    );
  }

  async get(id: string, loaders: LoaderRegistry): Promise<Guide | null> {
    if (!isUuid(id)) throw invalidField('id', 'INVALID_ID', 'is not a guide id (a UUID)');
    return this.loader(loaders).load(id);
  }

  /** The library by title; every reader sees every region's guides. */
  async list(filter: GuideFilter | null | undefined, first: number | null | undefined, after: string | null | undefined): Promise<ConnectionShape<Guide>> {
    const limit = pageSize(first);
    const cursor = decodeCursor(after, 2);
    const f = filter ?? {};
    const values: unknown[] = [];
    const add = (value: unknown) => `$${values.push(value)}`;
    const conditions: string[] = [];
    if (f.subtype) conditions.push(`${add(f.subtype)} = ANY(g.subtypes)`);
    if (f.direction) conditions.push(`(g.directions = '{}' OR ${add(f.direction)} = ANY(g.directions))`);
    if (f.language) conditions.push(`g.language = ${add(f.language)}`);
    if (f.regionCode) {
      assertRegion(f.regionCode, 'filter.regionCode');
      conditions.push(`(g.owner_region_code IS NULL OR g.owner_region_code = ${add(f.regionCode)})`);
    }
    for (const word of (f.search ?? '').trim().toLowerCase().split(/\s+/).filter(Boolean).slice(0, 8)) {
      const like = add(`%${word.replace(/[%_\\]/g, (c) => `\\${c}`)}%`);
      conditions.push(`(lower(g.title) LIKE ${like} OR lower(coalesce(g.description, '')) LIKE ${like})`);
    }
    const countValues = [...values];
    const countWhere = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
    if (cursor) conditions.push(`(g.title, g.id) > (${add(String(cursor[0]))}::text, ${add(String(cursor[1]))}::uuid)`);
    const pageWhere = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
    const [rows, [counted]] = await Promise.all([
      this.dataSource.query(`SELECT ${GUIDE_COLUMNS} FROM assistance.guide g ${pageWhere} ORDER BY g.title, g.id LIMIT ${add(limit + 1)}`, values) as Promise<GuideRow[]>,
      this.dataSource.query(`SELECT count(*)::int AS n FROM assistance.guide g ${countWhere}`, countValues) as Promise<{ n: number }[]>,
    ]);
    return toConnection(rows.map(toGuide), limit, counted.n, (g) => [g.title, g.id]);
  }

  loader(loaders: LoaderRegistry) {
    return loaders.get<string, Guide | null>('guide.byId', async (ids) => {
      const valid = ids.filter((id) => isUuid(id));
      const rows: GuideRow[] = valid.length ? await this.dataSource.query(`SELECT ${GUIDE_COLUMNS} FROM assistance.guide g WHERE g.id = ANY($1::uuid[])`, [valid]) : [];
      return byKeys(ids, rows.map(toGuide), (guide) => guide.id);
    });
  }

  /** Every version of each guide, newest first. */
  versionsLoader(loaders: LoaderRegistry) {
    return loaders.get<string, GuideVersion[]>('guide.versions', async (ids) => {
      const rows: GuideVersion[] = await this.dataSource.query(
        `SELECT ${VERSION_COLUMNS} FROM assistance.guide_version v WHERE v.guide_id = ANY($1::uuid[]) ORDER BY v.number DESC`,
        [ids.filter((id) => isUuid(id))],
      );
      return groupByKeys(ids, rows, (row) => row.guideId);
    });
  }

  contentBase64(version: GuideVersion): Promise<string> {
    return this.files.contentBase64(version.storageKey);
  }

  async lock(manager: EntityManager, id: string, field = 'id'): Promise<Guide> {
    if (!isUuid(id)) throw invalidField(field, 'INVALID_ID', 'is not a guide id (a UUID)');
    const [row]: GuideRow[] = await manager.query(`SELECT ${GUIDE_COLUMNS} FROM assistance.guide g WHERE g.id = $1 FOR UPDATE`, [id]);
    if (!row) throw new NotFoundError('Guide', id, field);
    return toGuide(row);
  }
}
