import { ASSUMED_HISTORY_LENGTH, groupByKeys, type FieldError, type LoaderRegistry } from '@birge/server-kit';
import { isUuid, type VerificationMethod } from '@birge/shared-reference';
import type { DataSource, EntityManager } from 'typeorm';
import { letterWriterErrors, type LetterWriterFacts } from './letter-writer.rules';
import type { VerificationCheck } from './verification.types';

/** The columns a check keeps its letter's writer in: at most one is set. */
export interface LetterWriterColumns {
  sponsorId: string | null;
  stateBodyId: string | null;
}

export const NO_LETTER_WRITER: LetterWriterColumns = { sponsorId: null, stateBodyId: null };

/** The directory entries that wrote verification letters, and the letters each wrote. */
export class LetterWriterStore {
  constructor(
    private readonly dataSource: DataSource,
    private readonly checkColumns: (alias: string) => string,
  ) {}

  /**
   * The writer a check of `method` names by `id` (a sponsor's or a state body's), checked by
   * letter-writer.rules; refusals are pushed to `errors` (on `field`) and name no writer.
   */
  async check(manager: EntityManager, method: VerificationMethod | string, id: string, field: string, errors: FieldError[]): Promise<LetterWriterColumns> {
    if (!isUuid(id)) {
      errors.push({ field, code: 'INVALID_ID', message: 'is not a directory entry id (a UUID)' });
      return NO_LETTER_WRITER;
    }
    const [entry]: (LetterWriterFacts & { id: string })[] = await manager.query(
      `SELECT id, 'SPONSOR' AS "entryKind", kind AS "sponsorKind", archived_at IS NOT NULL AS archived FROM registry.sponsor WHERE id = $1
       UNION ALL
       SELECT id, 'STATE_BODY', NULL, archived_at IS NOT NULL FROM registry.state_body WHERE id = $1`,
      [id],
    );
    const refused = letterWriterErrors(method, id, entry ?? null, field);
    errors.push(...refused);
    if (refused.length) return NO_LETTER_WRITER;
    return entry.entryKind === 'SPONSOR' ? { sponsorId: entry.id, stateBodyId: null } : { sponsorId: null, stateBodyId: entry.id };
  }

  /** The letters an entry wrote, newest first (at most ASSUMED_HISTORY_LENGTH), with the checked organization's region. */
  lettersLoader(loaders: LoaderRegistry) {
    return loaders.get<string, (VerificationCheck & { writerId: string })[]>('verification.lettersByWriter', async (ids) => {
      const valid = ids.filter((id) => isUuid(id));
      const rows: (VerificationCheck & { writerId: string })[] = valid.length
        ? await this.dataSource.query(
            `SELECT * FROM (
               SELECT ${this.checkColumns('c')}, o.region_code AS "regionCode",
                      coalesce(c.letter_from_sponsor_id, c.letter_from_state_body_id) AS "writerId",
                      row_number() OVER (PARTITION BY coalesce(c.letter_from_sponsor_id, c.letter_from_state_body_id) ORDER BY c.checked_at DESC, c.id DESC) AS n
               FROM registry.verification_check c JOIN registry.organization o ON o.id = c.organization_id
               WHERE c.letter_from_sponsor_id = ANY($1::uuid[]) OR c.letter_from_state_body_id = ANY($1::uuid[])
             ) letters WHERE n <= $2 ORDER BY "checkedAt" DESC, id DESC`,
            [valid, ASSUMED_HISTORY_LENGTH],
          )
        : [];
      return groupByKeys(ids, rows, (row) => row.writerId);
    });
  }

  /** How many letters each entry wrote, and how many of those checks passed. */
  countsLoader(loaders: LoaderRegistry) {
    return loaders.get<string, LetterCounts>('verification.letterCountsByWriter', async (ids) => {
      const valid = ids.filter((id) => isUuid(id));
      const rows: (LetterCounts & { writerId: string })[] = valid.length
        ? await this.dataSource.query(
            `SELECT coalesce(letter_from_sponsor_id, letter_from_state_body_id) AS "writerId", count(*)::int AS written,
                    (count(*) FILTER (WHERE outcome = 'PASSED'))::int AS passed, max(checked_at) AS "lastCheckedAt"
             FROM registry.verification_check
             WHERE letter_from_sponsor_id = ANY($1::uuid[]) OR letter_from_state_body_id = ANY($1::uuid[])
             GROUP BY 1`,
            [valid],
          )
        : [];
      const byId = new Map(rows.map((row) => [row.writerId, row]));
      return ids.map((id) => byId.get(id) ?? { written: 0, passed: 0, lastCheckedAt: null });
    });
  }
}

export interface LetterCounts {
  written: number;
  passed: number;
  lastCheckedAt: Date | null;
}
