import { isUuid, OrganizationKind, type Identity } from '@birge/shared-reference';
import { assertRegionWrite, ConflictError, type EventBus, type FieldError, type LoaderRegistry, NotFoundError, ValidationError } from '@birge/server-kit';
import { In, type DataSource, type EntityManager } from 'typeorm';
import type { DuplicatesService } from '../duplicates/duplicates.service';
import { DistrictEntity } from '../region/district.entity';
import { abolishedMessage, assertDistrictLive } from '../region/district.service';
import { RegionEntity } from '../region/region.entity';
import type { CreateOrganizationInput } from './dto/create-organization.input';
import type { UpdateOrganizationInput } from './dto/update-organization.input';
import { nameKeys } from './name-keys';
import { actorOf, assertOrganizationId, assertWritable } from './organization-write.rules';
import { OrganizationEntity } from './organization.entity';
import { keepConsentTimes, publishOrganizationMailing } from './organization-mailing';
import { toOrganization } from './organization.mapper';
import { organizationUpdatedOf, profileFactsOf } from './organization-profile-facts';
import { checkProfile } from './organization.rules';
import type { Organization } from './organization.type';

function cleanName(name: string): string {
  return name.trim().replace(/\s+/g, ' ');
}

/** The rules of the organization registry. */
export class OrganizationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventBus,
    private readonly duplicates?: DuplicatesService,
  ) {}

  loader(loaders: LoaderRegistry) {
    return loaders.get<string, Organization | null>('organization.byId', async (ids) => {
      const valid = ids.filter((id) => isUuid(id));
      const repository = this.dataSource.getRepository(OrganizationEntity);
      const rows = valid.length ? await repository.findBy({ id: In(valid) }) : [];
      const found = new Map(rows.map((row) => [row.id, toOrganization(row)]));
      // A merged id resolves to the record it was merged into (one more statement, only on a miss).
      const missing = valid.filter((id) => !found.has(id));
      if (missing.length) {
        const merges: { merged_id: string; kept_id: string }[] = await this.dataSource.query(
          `SELECT merged_id, kept_id FROM registry.organization_merge WHERE merged_id = ANY($1::uuid[])`,
          [missing],
        );
        const kept = merges.length ? await repository.findBy({ id: In(merges.map((m) => m.kept_id)) }) : [];
        const keptById = new Map(kept.map((row) => [row.id, toOrganization(row)]));
        for (const merge of merges) {
          const organization = keptById.get(merge.kept_id);
          if (organization) found.set(merge.merged_id, organization);
        }
      }
      return ids.map((id) => found.get(id) ?? null);
    });
  }

  async get(id: string, loaders: LoaderRegistry): Promise<Organization | null> {
    assertOrganizationId(id);
    return this.loader(loaders).load(id);
  }

  async create(input: CreateOrganizationInput, identity: Identity | null): Promise<Organization> {
    assertRegionWrite(identity, input.regionCode, 'registry', `organizations of region ${input.regionCode}`);
    const errors: FieldError[] = [];
    const name = cleanName(input.name);
    if (name.length < 2) errors.push({ field: 'name', code: 'REQUIRED', message: 'is required' });
    const profile = checkProfile(input, input.kind, errors);
    await this.checkPlace(input.regionCode, input.districtCode ?? null, errors);
    if (errors.length) throw new ValidationError(errors);
    await this.assertUnique(this.dataSource.manager, profile.bin ?? null, profile.qazvolunteerId ?? null, null);
    // confirmNotDuplicate: false asks for the similar-name check (true, or omitted by older clients, creates anyway).
    if (input.confirmNotDuplicate === false && this.duplicates) {
      const similar = await this.duplicates.find({ ...input, ...profile, name });
      if (similar.length) {
        throw new ConflictError(`${similar.length} registered record(s) of the region have a similar name; confirm it is another organization or merge`, {
          reason: 'POSSIBLE_DUPLICATES',
          possibleDuplicates: similar.map((d) => ({ id: d.organization.id, name: d.organization.name, similarity: d.similarity })),
          fields: [{ field: 'name', code: 'POSSIBLE_DUPLICATES', message: `is close to ${similar.map((d) => `"${d.organization.name}"`).join(', ')}` }],
        });
      }
    }

    return this.dataSource.transaction(async (manager) => {
      if (input.districtCode) await assertDistrictLive(manager, input.districtCode);
      const repository = manager.getRepository(OrganizationEntity);
      const entity = repository.create({
        ...profile,
        name,
        kind: input.kind,
        regionCode: input.regionCode,
        districtCode: input.districtCode ?? null,
        directions: input.directions,
        createdBy: actorOf(identity),
      });
      Object.assign(entity, nameKeys(entity));
      const saved = await this.saveUnique(manager, entity);
      await this.events.publish(manager, 'registry.organization-registered', {
        organizationId: saved.id,
        name: saved.name,
        kind: input.kind,
        regionCode: saved.regionCode,
        districtCode: saved.districtCode,
        profile: profileFactsOf(saved),
        actorId: identity?.userId ?? null,
      });
      await publishOrganizationMailing(this.events, manager, saved.id);
      return toOrganization(saved);
    });
  }

  /**
   * Optimistic locking: the row is locked, its version compared with the one the caller read; a
   * mismatch is a CONFLICT carrying the current version, and nothing is written.
   */
  async update(input: UpdateOrganizationInput, identity: Identity | null): Promise<Organization> {
    assertOrganizationId(input.id);
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(OrganizationEntity);
      const current = await repository.createQueryBuilder('o').setLock('pessimistic_write').where('o.id = :id', { id: input.id }).getOne();
      if (!current) throw new NotFoundError('Organization', input.id, 'id');
      assertWritable(identity, current, input.regionCode);
      if (current.version !== input.version) throw ConflictError.staleVersion(`Organization ${input.id}`, current.version, input.version);
      const errors: FieldError[] = [];
      const kind = input.kind ?? (current.kind as OrganizationKind);
      if (input.name !== undefined && input.name !== null) {
        current.name = cleanName(input.name);
        if (current.name.length < 2) errors.push({ field: 'name', code: 'REQUIRED', message: 'is required' });
      }
      const profile = checkProfile(input, kind, errors);
      // A kind change must still satisfy the NGO-only fields the record already has.
      if (kind !== OrganizationKind.NGO && input.bin === undefined && current.bin) {
        errors.push({ field: 'kind', code: 'BIN_ONLY_FOR_NGO', message: 'remove the BIN (bin: null) before making it something other than an NGO' });
      }
      if (kind !== OrganizationKind.NGO && input.legalForm === undefined && current.legalForm) {
        errors.push({ field: 'kind', code: 'LEGAL_FORM_ONLY_FOR_NGO', message: 'remove the legal form (legalForm: null) before making it something other than an NGO' });
      }
      const regionCode = input.regionCode ?? current.regionCode;
      const districtCode = input.districtCode !== undefined ? input.districtCode : input.regionCode ? null : current.districtCode;
      // A record may keep the abolished district it is in; it cannot be moved into one.
      const movesDistrict = districtCode !== null && districtCode !== current.districtCode;
      if (input.regionCode !== undefined || input.districtCode !== undefined) await this.checkPlace(regionCode, districtCode, errors, current.districtCode);
      if (errors.length) throw new ValidationError(errors);
      if (movesDistrict) await assertDistrictLive(manager, districtCode);

      if (profile.contactPeople) profile.contactPeople = keepConsentTimes(profile.contactPeople, current.contactPeople ?? []);
      Object.assign(current, profile, { kind, regionCode, districtCode, updatedBy: actorOf(identity) });
      if (input.directions) current.directions = input.directions;
      Object.assign(current, nameKeys(current));
      await this.assertUnique(manager, profile.bin ?? null, profile.qazvolunteerId ?? null, current.id);
      const saved = await this.saveUnique(manager, current);
      await this.events.publish(manager, 'registry.organization-updated', organizationUpdatedOf(saved));
      await publishOrganizationMailing(this.events, manager, saved.id);
      return toOrganization(saved);
    });
  }

  /** Refuses a BIN or Qazvolunteer.kz ID another record already has, naming that record. */
  async assertUnique(manager: EntityManager, bin: string | null, qazvolunteerId: string | null, exceptId: string | null): Promise<void> {
    if (!bin && !qazvolunteerId) return;
    const rows: { id: string; name: string; bin: string | null; qazvolunteer_id: string | null }[] = await manager.query(
      `SELECT id, name, bin, qazvolunteer_id FROM registry.organization
       WHERE (bin = $1 OR qazvolunteer_id = $2) AND ($3::uuid IS NULL OR id <> $3::uuid) LIMIT 2`,
      [bin, qazvolunteerId, exceptId],
    );
    const sameBin = bin ? rows.find((row) => row.bin === bin) : undefined;
    if (sameBin) throw duplicateError('bin', 'DUPLICATE_BIN', 'BIN', sameBin);
    const sameQv = qazvolunteerId ? rows.find((row) => row.qazvolunteer_id === qazvolunteerId) : undefined;
    if (sameQv) throw duplicateError('qazvolunteerId', 'DUPLICATE_QAZVOLUNTEER_ID', 'Qazvolunteer.kz ID', sameQv);
  }

  /** Saves, turning a unique-index race (two creates at once) into the same CONFLICT as the check. */
  private async saveUnique(manager: EntityManager, entity: OrganizationEntity): Promise<OrganizationEntity> {
    try {
      return await manager.getRepository(OrganizationEntity).save(entity);
    } catch (error) {
      const constraint = (error as { constraint?: string; driverError?: { constraint?: string } }).driverError?.constraint;
      if (constraint === 'organization_bin_key' || constraint === 'organization_qazvolunteer_key') {
        const existing = await this.dataSource.query(`SELECT id, name FROM registry.organization WHERE bin = $1 OR qazvolunteer_id = $2 LIMIT 1`, [
          entity.bin,
          entity.qazvolunteerId,
        ]);
        if (existing[0]) {
          throw constraint === 'organization_bin_key'
            ? duplicateError('bin', 'DUPLICATE_BIN', 'BIN', existing[0])
            : duplicateError('qazvolunteerId', 'DUPLICATE_QAZVOLUNTEER_ID', 'Qazvolunteer.kz ID', existing[0]);
        }
      }
      throw error;
    }
  }

  /** The region and district a record names; `keptDistrict` (its district already) may be abolished, no other may. */
  async checkPlace(regionCode: string, districtCode: string | null, errors: FieldError[], keptDistrict: string | null = null): Promise<void> {
    const region = await this.dataSource.getRepository(RegionEntity).findOneBy({ code: regionCode });
    if (!region) {
      errors.push({ field: 'regionCode', code: 'UNKNOWN_REGION', message: `is not a region code (got "${regionCode}"); see the regions query` });
      return;
    }
    if (districtCode === null) return;
    const district = await this.dataSource.getRepository(DistrictEntity).findOneBy({ code: districtCode });
    if (!district) errors.push({ field: 'districtCode', code: 'UNKNOWN_DISTRICT', message: `is not a district code (got "${districtCode}")` });
    else if (district.regionCode !== regionCode) {
      errors.push({ field: 'districtCode', code: 'DISTRICT_NOT_IN_REGION', message: `district ${districtCode} does not belong to region ${regionCode}` });
    } else if (district.abolishedOn && districtCode !== keptDistrict) {
      errors.push({ field: 'districtCode', code: 'DISTRICT_ABOLISHED', message: abolishedMessage(districtCode, district.abolishedOn) });
    }
  }
}

function duplicateError(field: string, code: string, what: string, existing: { id: string; name: string }): ConflictError {
  const message = `another record already has this ${what}: "${existing.name}" (${existing.id})`;
  return new ConflictError(`An organization with this ${what} is already registered: "${existing.name}"`, {
    reason: code,
    existingId: existing.id,
    existingName: existing.name,
    fields: [{ field, code, message }],
  });
}
