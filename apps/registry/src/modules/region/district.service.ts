import { ConflictError, type FieldError, groupByKeys, type LoaderRegistry, NotFoundError, ValidationError } from '@birge/server-kit';
import { MAX_DISTRICTS_PER_REGION, type Identity } from '@birge/shared-reference';
import type { DataSource, EntityManager } from 'typeorm';
import { isAfterToday, parseIsoDate } from '../organization/organization.rules';
import { DistrictEntity } from './district.entity';
import type { District } from './district.type';
import { DistrictChangeKind, type DistrictChange, type DistrictValues } from './district-change.type';
import type { LocalizedTextInput } from './localized-text.input';
import { DistrictKind } from './region-kind.enum';
import { toDistrict } from './region.mapper';
import { RegionEntity } from './region.entity';
import { nameOf } from './trilingual-name';

interface StoredValues {
  kind: string;
  name: { kk: string; ru: string; en: string };
  abolishedOn: string | null;
}

interface ChangeRow {
  id: string;
  district_code: string;
  kind: string;
  changed_by: string;
  changed_at: Date;
  old_values: StoredValues | null;
  new_values: StoredValues;
  reason: string | null;
}

const valuesOf = (district: DistrictEntity): StoredValues => ({
  kind: district.kind,
  name: nameOf(district),
  abolishedOn: district.abolishedOn,
});

const toValues = (values: StoredValues): DistrictValues => ({ ...values, kind: values.kind as DistrictKind });

/** A KATO code: nine digits. A district's code starts with the two digits of its region's code. */
const KATO = /^[0-9]{9}$/;

function checkName(name: LocalizedTextInput, field: string, errors: FieldError[]): { kk: string; ru: string; en: string } {
  const clean = (value: string | null | undefined) => (value ?? '').trim().replace(/\s+/g, ' ');
  const result = { kk: clean(name.kk), ru: clean(name.ru), en: clean(name.en) };
  for (const language of ['kk', 'ru', 'en'] as const) {
    const value = result[language];
    if (!value) errors.push({ field: `${field}.${language}`, code: 'REQUIRED', message: 'is required' });
    else if (value.length < 2 || value.length > 100) {
      errors.push({ field: `${field}.${language}`, code: 'OUT_OF_RANGE', message: 'must be 2 to 100 characters' });
    }
  }
  return result;
}

function checkReason(reason: string | null | undefined, required: boolean, errors: FieldError[]): string | null {
  const value = (reason ?? '').trim();
  if (!value) {
    if (required) errors.push({ field: 'reason', code: 'REQUIRED', message: 'is required' });
    return null;
  }
  if (value.length > 1000) errors.push({ field: 'reason', code: 'OUT_OF_RANGE', message: 'must be at most 1000 characters' });
  return value;
}

/**
 * Districts as reference data the republican office keeps: renamed, added and abolished, each
 * change with who, when and the values before and after in registry.district_change. Callers
 * check the role; this service checks the rules.
 */
export class DistrictService {
  /** onChange: told after every committed change, so reference data held in memory is read again. */
  constructor(
    private readonly dataSource: DataSource,
    private readonly onChange: () => void = () => undefined,
  ) {}

  async rename(code: string, version: number, name: LocalizedTextInput, identity: Identity, reason?: string | null): Promise<District> {
    const errors: FieldError[] = [];
    const cleanName = checkName(name, 'name', errors);
    const cleanReason = checkReason(reason, false, errors);
    if (errors.length) throw new ValidationError(errors);
    return this.changed(
      this.dataSource.transaction(async (manager) => {
        const current = await this.lockCurrent(manager, code, version);
        const before = valuesOf(current);
        if (current.nameKk === cleanName.kk && current.nameRu === cleanName.ru && current.nameEn === cleanName.en) return toDistrict(current);
        Object.assign(current, { nameKk: cleanName.kk, nameRu: cleanName.ru, nameEn: cleanName.en });
        return this.saveChange(manager, current, DistrictChangeKind.UPDATED, before, identity, cleanReason);
      }),
    );
  }

  async add(regionCode: string, code: string, kind: DistrictKind, name: LocalizedTextInput, identity: Identity, reason?: string | null): Promise<District> {
    const errors: FieldError[] = [];
    const cleanCode = code.trim();
    const cleanName = checkName(name, 'name', errors);
    const cleanReason = checkReason(reason, false, errors);
    const region = await this.dataSource.getRepository(RegionEntity).findOneBy({ code: regionCode });
    if (!region) errors.push({ field: 'regionCode', code: 'UNKNOWN_REGION', message: `is not a region code (got "${regionCode}"); see the regions query` });
    if (!KATO.test(cleanCode)) {
      errors.push({ field: 'code', code: 'INVALID_KATO', message: `a KATO code is nine digits (got "${code}")` });
    } else if (region && (cleanCode.slice(0, 2) !== region.code.slice(0, 2) || cleanCode === region.code)) {
      errors.push({
        field: 'code',
        code: 'INVALID_KATO',
        message: `a district of region ${region.code} has a KATO code starting with ${region.code.slice(0, 2)}, other than the region's own code`,
      });
    }
    if (errors.length) throw new ValidationError(errors);
    return this.changed(
      this.dataSource.transaction(async (manager) => {
        // The region's row is locked so that two adds at once cannot both pass the count.
        await manager.query(`SELECT 1 FROM registry.region WHERE code = $1 FOR UPDATE`, [regionCode]);
        const [live]: { n: number }[] = await manager.query(`SELECT count(*)::int AS n FROM registry.district WHERE region_code = $1 AND abolished_on IS NULL`, [regionCode]);
        if (live.n >= MAX_DISTRICTS_PER_REGION) {
          throw new ConflictError(`Region ${regionCode} already has ${live.n} districts, the most a region may have: abolish one that no longer exists first`, {
            reason: 'TOO_MANY_DISTRICTS',
            fields: [{ field: 'regionCode', code: 'TOO_MANY_DISTRICTS', message: `has ${MAX_DISTRICTS_PER_REGION} live districts already` }],
          });
        }
        const [order]: { next: number }[] = await manager.query(`SELECT coalesce(max(sort_order), 0) + 1 AS next FROM registry.district WHERE region_code = $1`, [regionCode]);
        // ON CONFLICT DO NOTHING: a code taken before (or by a concurrent add) is a CONFLICT, not a failure.
        const inserted: { code: string }[] = await manager.query(
          `INSERT INTO registry.district (code, region_code, kind, name_kk, name_ru, name_en, sort_order, version, updated_at, updated_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 1, now(), $8)
         ON CONFLICT (code) DO NOTHING RETURNING code`,
          [cleanCode, regionCode, kind, cleanName.kk, cleanName.ru, cleanName.en, order.next, identity.userId],
        );
        if (!inserted.length) {
          const existing = await manager.getRepository(DistrictEntity).findOneByOrFail({ code: cleanCode });
          const message = `is already the KATO code of "${existing.nameKk}" (${existing.code}) in region ${existing.regionCode}`;
          throw new ConflictError(`A district with KATO code ${cleanCode} already exists: "${existing.nameKk}"`, {
            reason: 'DUPLICATE_KATO',
            existingCode: existing.code,
            existingName: existing.nameKk,
            fields: [{ field: 'code', code: 'DUPLICATE_KATO', message }],
          });
        }
        const added = await manager.getRepository(DistrictEntity).findOneByOrFail({ code: cleanCode });
        await this.recordChange(manager, added, DistrictChangeKind.ADDED, null, identity, cleanReason);
        return toDistrict(added);
      }),
    );
  }

  async abolish(code: string, version: number, abolishedOn: string, reason: string, identity: Identity, today = new Date()): Promise<District> {
    const errors: FieldError[] = [];
    const day = abolishedOn.trim();
    const date = parseIsoDate(day);
    if (!date) errors.push({ field: 'abolishedOn', code: 'INVALID_DATE', message: 'must be a date written YYYY-MM-DD' });
    else if (isAfterToday(date, today)) {
      errors.push({ field: 'abolishedOn', code: 'DATE_IN_FUTURE', message: 'cannot be in the future; record the abolition on the day it takes effect' });
    } else if (date.getUTCFullYear() < 1991) errors.push({ field: 'abolishedOn', code: 'INVALID_DATE', message: 'must be after 1991' });
    const cleanReason = checkReason(reason, true, errors);
    if (errors.length) throw new ValidationError(errors);
    return this.changed(
      this.dataSource.transaction(async (manager) => {
        const current = await this.lockCurrent(manager, code, version);
        if (current.abolishedOn) {
          throw new ConflictError(`District ${code} was already abolished on ${current.abolishedOn}`, {
            reason: 'ALREADY_ABOLISHED',
            abolishedOn: current.abolishedOn,
            fields: [{ field: 'code', code: 'ALREADY_ABOLISHED', message: `was already abolished on ${current.abolishedOn}` }],
          });
        }
        const before = valuesOf(current);
        current.abolishedOn = day;
        return this.saveChange(manager, current, DistrictChangeKind.ABOLISHED, before, identity, cleanReason);
      }),
    );
  }

  /** Every change of each district, newest first, for a whole list of districts in one statement. */
  historyLoader(loaders: LoaderRegistry) {
    return loaders.get<string, DistrictChange[]>('district.history', async (codes) => {
      const rows: ChangeRow[] = await this.dataSource.query(
        `SELECT id::text, district_code, kind, changed_by, changed_at, old_values, new_values, reason
         FROM registry.district_change WHERE district_code = ANY($1::text[]) ORDER BY changed_at DESC, id DESC`,
        [[...codes]],
      );
      const changes = rows.map((row): DistrictChange => ({
        id: row.id,
        districtCode: row.district_code,
        kind: row.kind as DistrictChangeKind,
        changedBy: row.changed_by,
        changedAt: row.changed_at,
        before: row.old_values ? toValues(row.old_values) : null,
        after: toValues(row.new_values),
        reason: row.reason,
      }));
      return groupByKeys(codes, changes, (change) => change.districtCode);
    });
  }

  /** A change's result, once committed, after telling onChange. */
  private async changed(committed: Promise<District>): Promise<District> {
    const district = await committed;
    this.onChange();
    return district;
  }

  /** The district, locked for the change, at the version the caller read; STALE_VERSION otherwise. */
  private async lockCurrent(manager: EntityManager, code: string, version: number): Promise<DistrictEntity> {
    const current = await manager.getRepository(DistrictEntity).createQueryBuilder('d').setLock('pessimistic_write').where('d.code = :code', { code }).getOne();
    if (!current) throw new NotFoundError('District', code, 'code');
    if (current.version !== version) throw ConflictError.staleVersion(`District ${code}`, current.version, version);
    return current;
  }

  private async saveChange(
    manager: EntityManager,
    district: DistrictEntity,
    kind: DistrictChangeKind,
    before: StoredValues,
    identity: Identity,
    reason: string | null,
  ): Promise<District> {
    const [row]: { version: number; updated_at: Date }[] = await manager.query(
      `WITH changed AS (
         UPDATE registry.district SET name_kk = $2, name_ru = $3, name_en = $4, abolished_on = $5::date,
           version = version + 1, updated_at = now(), updated_by = $6
         WHERE code = $1 RETURNING version, updated_at
       )
       SELECT version, updated_at FROM changed`,
      [district.code, district.nameKk, district.nameRu, district.nameEn, district.abolishedOn, identity.userId],
    );
    Object.assign(district, { version: row.version, updatedAt: row.updated_at, updatedBy: identity.userId });
    await this.recordChange(manager, district, kind, before, identity, reason);
    return toDistrict(district);
  }

  private async recordChange(
    manager: EntityManager,
    district: DistrictEntity,
    kind: DistrictChangeKind,
    before: StoredValues | null,
    identity: Identity,
    reason: string | null,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO registry.district_change (district_code, kind, changed_by, old_values, new_values, reason)
       VALUES ($1, $2, $3, $4::jsonb, $5::jsonb, $6)`,
      [district.code, kind, identity.userId, before ? JSON.stringify(before) : null, JSON.stringify(valuesOf(district)), reason],
    );
  }
}

/**
 * Inside a writing transaction: the district must exist and not be abolished. The row is share-
 * locked, so an abolition waits for this transaction (and this one for a running abolition).
 */
export async function assertDistrictLive(manager: EntityManager, code: string, field = 'districtCode'): Promise<void> {
  const rows: { abolished_on: string | null }[] = await manager.query(`SELECT abolished_on::text FROM registry.district WHERE code = $1 FOR SHARE`, [code]);
  if (rows[0]?.abolished_on) throw ValidationError.field(field, 'DISTRICT_ABOLISHED', abolishedMessage(code, rows[0].abolished_on));
}

export const abolishedMessage = (code: string, abolishedOn: string) => `district ${code} was abolished on ${abolishedOn}; use the district that took over its territory`;
