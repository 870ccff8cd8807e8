import { byKeys, type LoaderRegistry } from '@birge/server-kit';
import { isUuid, type DirectoryEntryChangedPayload, type DirectoryEntryKind } from '@birge/shared-reference';
import type { DataSource, EntityManager } from 'typeorm';
import { invalidField } from '../common/coded-errors';

/** Assistance's copy of a registry directory entry: what a referral or a programme needs of it. */
export interface DirectoryEntry {
  id: string;
  entryKind: DirectoryEntryKind;
  regionCode: string | null;
  name: { kk: string; ru: string; en: string };
  archived: boolean;
}

interface EntryRow {
  id: string;
  entryKind: DirectoryEntryKind;
  regionCode: string | null;
  nameKk: string;
  nameRu: string;
  nameEn: string;
  archived: boolean;
}

const COLUMNS = `id, entry_kind AS "entryKind", region_code AS "regionCode", name_kk AS "nameKk", name_ru AS "nameRu", name_en AS "nameEn", archived`;
const toEntry = (row: EntryRow): DirectoryEntry => ({ ...row, name: { kk: row.nameKk, ru: row.nameRu, en: row.nameEn } });

const NOUN: Record<DirectoryEntryKind, string> = { STATE_BODY: 'state body', SPONSOR: 'sponsor' };

/**
 * The registry directory's entries as assistance knows them, kept from registry.directory-entry-changed
 * (an older version never overwrites a newer one).
 */
export class DirectoryEntryService {
  constructor(private readonly dataSource: DataSource) {}

  async record(manager: EntityManager, p: DirectoryEntryChangedPayload): Promise<void> {
    await manager.query(
      `INSERT INTO assistance.directory_entry (id, entry_kind, region_code, name_kk, name_ru, name_en, archived, version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (id) DO UPDATE SET region_code = EXCLUDED.region_code, name_kk = EXCLUDED.name_kk, name_ru = EXCLUDED.name_ru,
         name_en = EXCLUDED.name_en, archived = EXCLUDED.archived, version = EXCLUDED.version
       WHERE assistance.directory_entry.version < EXCLUDED.version`,
      [p.entryId, p.entryKind, p.regionCode, p.name.kk, p.name.ru, p.name.en, p.archived, p.version],
    );
  }

  /**
   * The active entry of the kind a new link names, or BAD_USER_INPUT on `field`: UNKNOWN_<KIND> when the
   * directory has no such entry (or not yet: the copy follows the registry within seconds), <KIND>_ARCHIVED.
   */
  async require(manager: EntityManager, id: string, kind: DirectoryEntryKind, field: string): Promise<DirectoryEntry> {
    if (!isUuid(id)) throw invalidField(field, 'INVALID_ID', `is not a ${NOUN[kind]} id (a UUID)`);
    const [row]: EntryRow[] = await manager.query(`SELECT ${COLUMNS} FROM assistance.directory_entry WHERE id = $1 AND entry_kind = $2`, [id, kind]);
    if (!row) throw invalidField(field, `UNKNOWN_${kind}`, `is not a ${NOUN[kind]} of the directory (got "${id}")`);
    if (row.archived) throw invalidField(field, `${kind}_ARCHIVED`, `${NOUN[kind]} ${id} is archived`);
    return toEntry(row);
  }

  loader(loaders: LoaderRegistry) {
    return loaders.get<string, DirectoryEntry | null>('directoryEntry.byId', async (ids) => {
      const valid = ids.filter((id) => isUuid(id));
      const rows: EntryRow[] = valid.length ? await this.dataSource.query(`SELECT ${COLUMNS} FROM assistance.directory_entry WHERE id = ANY($1::uuid[])`, [valid]) : [];
      return byKeys(ids, rows.map(toEntry), (entry) => entry.id);
    });
  }
}
