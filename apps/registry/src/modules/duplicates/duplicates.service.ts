import { nameDuplicateKey, OrganizationKind, type Identity } from '@birge/shared-reference';
import { publishOrganizationMailing } from '../organization/organization-mailing';
import { ConflictError, NotFoundError, ValidationError, type EventBus, type LoaderRegistry } from '@birge/server-kit';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { OrganizationEntity } from '../organization/organization.entity';
import { toOrganization } from '../organization/organization.mapper';
import { nameKeys } from '../organization/name-keys';
import { actorOf, assertOrganizationId, assertWritable } from '../organization/organization-write.rules';
import type { Organization } from '../organization/organization.type';
import type { VerificationService } from '../verification/verification.service';
import { profileFactsOf } from '../organization/organization-profile-facts';
import type { MergeOrganizationsInput, PossibleDuplicate } from './duplicates.types';

/** Names that fold to keys this close (pg_trgm word similarity, 0-1) are reported as possible duplicates. */
export const DUPLICATE_THRESHOLD = 0.6;

export interface NamesInRegion {
  name: string;
  nameKk?: string | null;
  nameRu?: string | null;
  nameLatin?: string | null;
  regionCode: string;
  excludeId?: string | null;
}

/** Possible duplicates by name, and merging two records of one actor. */
export class DuplicatesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventBus,
    private readonly verification: VerificationService,
  ) {}

  /** Registered records of the same region whose folded names are similar, most similar first. */
  async find(input: NamesInRegion, manager: EntityManager = this.dataSource.manager): Promise<PossibleDuplicate[]> {
    if (input.excludeId !== undefined && input.excludeId !== null) assertOrganizationId(input.excludeId, 'excludeId');
    const keys = [...new Set([input.name, input.nameKk, input.nameRu, input.nameLatin].filter((n): n is string => !!n?.trim()).map(nameDuplicateKey))].filter(Boolean);
    if (!keys.length) return [];
    const rows: { id: string; score: number }[] = await manager.query(
      `SELECT id, max(word_similarity(k, duplicate_key)) AS score
       FROM registry.organization, unnest($1::text[]) AS k
       WHERE region_code = $2 AND ($3::uuid IS NULL OR id <> $3::uuid) AND word_similarity(k, duplicate_key) >= $4 AND k <% duplicate_key
       GROUP BY id ORDER BY score DESC, id LIMIT 10`,
      [keys, input.regionCode, input.excludeId ?? null, DUPLICATE_THRESHOLD],
    );
    if (!rows.length) return [];
    const entities = await manager.getRepository(OrganizationEntity).findBy({ id: In(rows.map((r) => r.id)) });
    const byId = new Map(entities.map((e) => [e.id, toOrganization(e)]));
    return rows.map((row) => ({ organization: byId.get(row.id) as Organization, similarity: Math.round(Number(row.score) * 1000) / 1000 }));
  }

  /** Possible duplicates of registered records (a profile page asks for one; a list should not ask). */
  loader(loaders: LoaderRegistry) {
    return loaders.get<string, PossibleDuplicate[]>('duplicates.ofOrganization', async (ids) => {
      const entities = await this.dataSource.getRepository(OrganizationEntity).findBy({ id: In([...ids]) });
      const byId = new Map(entities.map((e) => [e.id, e]));
      return Promise.all(
        ids.map((id) => {
          const e = byId.get(id);
          return e ? this.find({ ...e, excludeId: e.id }) : Promise.resolve([]);
        }),
      );
    });
  }

  /**
   * Folds `mergeId` into `keepId` in one transaction: contacts, checks, decisions and history move
   * over; empty fields of the kept record are filled from the other; the other is deleted and its
   * id recorded so references to it still resolve. Emits registry.organizations-merged so other
   * subgraphs re-point their rows.
   */
  async merge(input: MergeOrganizationsInput, identity: Identity): Promise<Organization> {
    assertOrganizationId(input.keepId, 'keepId');
    assertOrganizationId(input.mergeId, 'mergeId');
    if (input.keepId === input.mergeId) throw ValidationError.field('mergeId', 'SAME_RECORD', 'must be another record than keepId');
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(OrganizationEntity);
      // Lock both rows in id order, so two merges of the same pair cannot deadlock.
      const locked = await repository
        .createQueryBuilder('o')
        .setLock('pessimistic_write')
        .where('o.id IN (:...ids)', { ids: [input.keepId, input.mergeId] })
        .orderBy('o.id')
        .getMany();
      const keep = locked.find((o) => o.id === input.keepId);
      const gone = locked.find((o) => o.id === input.mergeId);
      if (!keep) throw new NotFoundError('Organization', input.keepId, 'keepId');
      if (!gone) throw new NotFoundError('Organization', input.mergeId, 'mergeId');
      // Both records change (one goes, its contacts and checks move): the caller must write both regions.
      assertWritable(identity, keep);
      assertWritable(identity, gone);
      if (input.keepVersion != null && input.keepVersion !== keep.version) {
        throw new ConflictError(`Organization ${keep.id} changed since you read it`, {
          reason: 'STALE_VERSION',
          currentVersion: keep.version,
          fields: [{ field: 'keepVersion', code: 'STALE_VERSION', message: `is ${keep.version} now` }],
        });
      }
      for (const [field, code, label] of [
        ['bin', 'CONFLICTING_BIN', 'BINs'],
        ['qazvolunteerId', 'CONFLICTING_QAZVOLUNTEER_ID', 'Qazvolunteer.kz IDs'],
      ] as const) {
        if (keep[field] && gone[field] && keep[field] !== gone[field]) {
          throw new ConflictError(`The records have different ${label}: they are different organizations`, {
            reason: code,
            fields: [{ field: 'mergeId', code, message: `has ${label.slice(0, -1)} ${gone[field]}, the kept record ${keep[field]}` }],
          });
        }
      }

      for (const table of ['contact', 'verification_check', 'verification_event']) {
        await manager.query(`UPDATE registry.${table} SET organization_id = $1 WHERE organization_id = $2`, [keep.id, gone.id]);
      }
      await manager.query(`UPDATE registry.organization_merge SET kept_id = $1 WHERE kept_id = $2`, [keep.id, gone.id]);
      await manager.query(`INSERT INTO registry.organization_merge (merged_id, kept_id, merged_by, merged_record) VALUES ($1, $2, $3, $4)`, [
        gone.id,
        keep.id,
        actorOf(identity),
        JSON.stringify(gone),
      ]);
      await repository.delete({ id: gone.id });

      fillFrom(keep, gone);
      Object.assign(keep, nameKeys(keep), { updatedBy: actorOf(identity) });
      const saved = await repository.save(keep);
      await this.verification.recomputeAfterMerge(manager, keep.id, identity, `merged ${gone.id} ("${gone.name}")`);
      await this.events.publish(manager, 'registry.organizations-merged', {
        keptId: keep.id,
        mergedId: gone.id,
        regionCode: saved.regionCode,
        districtCode: saved.districtCode,
        keptKind: saved.kind as OrganizationKind,
        keptVersion: saved.version,
        // The merge unites the two records' directions, categories and modes.
        keptProfile: profileFactsOf(saved),
      });
      await publishOrganizationMailing(this.events, manager, keep.id);
      await publishOrganizationMailing(this.events, manager, gone.id, { regionCode: gone.regionCode, kind: gone.kind });
      const [fresh] = await repository.findBy({ id: keep.id });
      return toOrganization(fresh);
    });
  }
}

/** Fills what the kept record lacks from the merged one; lists are united, nothing is overwritten. */
function fillFrom(keep: OrganizationEntity, gone: OrganizationEntity): void {
  for (const field of ['nameKk', 'nameRu', 'nameLatin', 'bin', 'qazvolunteerId', 'description', 'foundedOn'] as const) {
    if (!keep[field] && gone[field]) keep[field] = gone[field];
  }
  // A district is only a district of its region: the merged record's is taken only within the same region.
  if (!keep.districtCode && gone.districtCode && gone.regionCode === keep.regionCode) keep.districtCode = gone.districtCode;
  if (!keep.legalForm && gone.legalForm && keep.kind === OrganizationKind.NGO) keep.legalForm = gone.legalForm;
  if (keep.kind !== OrganizationKind.NGO) {
    keep.bin = null;
    keep.legalForm = null;
  }
  keep.directions = [...new Set([...keep.directions, ...gone.directions])];
  keep.categories = [...new Set([...keep.categories, ...gone.categories])];
  keep.modes = [...new Set([...keep.modes, ...gone.modes])];
  const people = new Set(keep.contactPeople.map((p) => p.name.toLowerCase()));
  keep.contactPeople = [...keep.contactPeople, ...gone.contactPeople.filter((p) => !people.has(p.name.toLowerCase()))];
  if (gone.volunteerCount != null) keep.volunteerCount = Math.max(keep.volunteerCount ?? 0, gone.volunteerCount);
  if (gone.foundedOn && keep.foundedOn && gone.foundedOn < keep.foundedOn) keep.foundedOn = gone.foundedOn;
  if (gone.lastContactOn && (!keep.lastContactOn || gone.lastContactOn > keep.lastContactOn)) keep.lastContactOn = gone.lastContactOn;
}
