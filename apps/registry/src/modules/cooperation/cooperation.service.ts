import { assertRegionWrite, ConflictError, type LoaderRegistry, NotFoundError, ValidationError, type FieldError } from '@birge/server-kit';
import { kazakhstanDay, type Identity } from '@birge/shared-reference';
import type { DataSource } from 'typeorm';
import type { OrganizationService } from '../organization/organization.service';
import type { Organization } from '../organization/organization.type';
import { parseIsoDate } from '../organization/organization.rules';
import { actorOf, assertOrganizationId } from '../organization/organization-write.rules';
import { CooperationIntroductionEntity } from './cooperation-introduction.entity';
import { explainMatch, rankCooperationMatches, type MatchProfile } from './cooperation.rules';
import type { CooperationIntroduction, CooperationMatch, RecordIntroductionInput } from './cooperation.type';

/** Matches asked for at once: 10 by default, at most 20. */
export const DEFAULT_MATCHES = 10;
export const MAX_MATCHES = 20;
/** Introductions listed per organization, newest first. */
export const MAX_INTRODUCTIONS = 50;

const profileOf = (o: Organization): MatchProfile => ({
  id: o.id,
  name: o.name,
  districtCode: o.districtCode,
  directions: o.directions,
  categories: o.categories,
  modes: o.modes,
});

interface IntroductionRow {
  id: string;
  other_id: string;
  introduced_on: string;
  introduced_by: string;
  note: string | null;
  created_at: Date;
}

/** The ids an organization has had: its own and those of records merged into it. */
const IDS_OF = `(SELECT $1::uuid UNION ALL SELECT merged_id FROM registry.organization_merge WHERE kept_id = $1::uuid)`;

/**
 * Cooperation matchmaking: for an organization, the active others of its region that share a
 * direction, ranked by the rule of cooperation.rules (COOPERATION_WEIGHTS), each explained; and
 * the introductions the front office made between two of them, as the outcome.
 */
export class CooperationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly organizations: OrganizationService,
    private readonly today: () => Date = () => new Date(),
  ) {}

  async matches(organizationId: string, first: number | null | undefined, loaders: LoaderRegistry): Promise<CooperationMatch[]> {
    assertOrganizationId(organizationId, 'organizationId');
    const limit = first ?? DEFAULT_MATCHES;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_MATCHES) throw ValidationError.field('first', 'OUT_OF_RANGE', `must be between 1 and ${MAX_MATCHES}`);
    const organization = await this.organizations.get(organizationId, loaders);
    if (!organization) throw new NotFoundError('Organization', organizationId, 'organizationId');
    if (!organization.directions.length) return [];
    const candidates: { id: string; name: string; district_code: string | null; directions: string[]; categories: string[]; modes: string[] }[] = await this.dataSource.query(
      `SELECT id, name, district_code, directions, categories, modes FROM registry.organization
       WHERE region_code = $1 AND id <> $2 AND status = 'ACTIVE' AND directions && $3::text[]`,
      [organization.regionCode, organization.id, organization.directions],
    );
    const ranked = rankCooperationMatches(
      profileOf(organization),
      candidates.map((c) => ({ id: c.id, name: c.name, districtCode: c.district_code, directions: c.directions, categories: c.categories, modes: c.modes })),
      limit,
    );
    if (!ranked.length) return [];
    const [others, introduced, district] = await Promise.all([
      this.organizations.loader(loaders).loadMany(ranked.map((m) => m.candidate.id)),
      this.introducedOn(organization.id),
      organization.districtCode
        ? this.dataSource.query(`SELECT name_kk AS kk, name_ru AS ru, name_en AS en FROM registry.district WHERE code = $1`, [organization.districtCode])
        : Promise.resolve([]),
    ]);
    return ranked.flatMap((match, i) => {
      const other = others[i];
      if (!other || other instanceof Error) return [];
      return [
        {
          forOrganizationId: organization.id,
          otherOrganizationId: other.id,
          organization: other,
          score: match.score,
          reasons: match.reasons,
          explanation: explainMatch(match.reasons, other.name, district[0] ?? null),
          introducedOn: introduced.get(other.id) ?? null,
        },
      ];
    });
  }

  /** The other organization and the day, for every introduction of this one (and of records merged into it). */
  private async introducedOn(organizationId: string): Promise<Map<string, string>> {
    const rows = await this.rows(organizationId);
    return new Map(rows.map((row) => [row.other_id, row.introduced_on]));
  }

  private rows(organizationId: string): Promise<IntroductionRow[]> {
    return this.dataSource.query(
      `SELECT i.id, CASE WHEN i.first_organization_id IN ${IDS_OF} THEN i.second_organization_id ELSE i.first_organization_id END AS other_id,
              i.introduced_on::text AS introduced_on, i.introduced_by, i.note, i.created_at
       FROM registry.cooperation_introduction i
       WHERE i.first_organization_id IN ${IDS_OF} OR i.second_organization_id IN ${IDS_OF}
       ORDER BY i.introduced_on DESC, i.created_at DESC LIMIT ${MAX_INTRODUCTIONS}`,
      [organizationId],
    );
  }

  async introductions(organizationId: string): Promise<CooperationIntroduction[]> {
    return (await this.rows(organizationId)).map((row) => ({
      id: row.id,
      otherOrganizationId: row.other_id,
      introducedOn: row.introduced_on,
      introducedBy: row.introduced_by,
      note: row.note,
      createdAt: row.created_at,
    })) as CooperationIntroduction[];
  }

  /** Records that the front office introduced two organizations of one region; once per pair (CONFLICT, ALREADY_INTRODUCED). */
  async record(input: RecordIntroductionInput, identity: Identity | null, loaders: LoaderRegistry): Promise<CooperationIntroduction> {
    assertOrganizationId(input.organizationId, 'organizationId');
    assertOrganizationId(input.otherOrganizationId, 'otherOrganizationId');
    const [organization, other] = await Promise.all([this.organizations.get(input.organizationId, loaders), this.organizations.get(input.otherOrganizationId, loaders)]);
    if (!organization) throw new NotFoundError('Organization', input.organizationId, 'organizationId');
    if (!other) throw new NotFoundError('Organization', input.otherOrganizationId, 'otherOrganizationId');
    assertRegionWrite(identity, organization.regionCode, 'registry', `introductions of organizations of region ${organization.regionCode}`);
    const errors: FieldError[] = [];
    if (other.id === organization.id) errors.push({ field: 'otherOrganizationId', code: 'SAME_ORGANIZATION', message: 'is the same organization; introduce two different ones' });
    else if (other.regionCode !== organization.regionCode) {
      errors.push({
        field: 'otherOrganizationId',
        code: 'OTHER_REGION',
        message: `is in region ${other.regionCode}, not in ${organization.regionCode}: matchmaking is within a region`,
      });
    }
    const today = kazakhstanDay(this.today());
    const day = input.introducedOn?.trim() || today;
    if (!parseIsoDate(day)) errors.push({ field: 'introducedOn', code: 'INVALID_DATE', message: 'must be a date written YYYY-MM-DD' });
    else if (day > today) errors.push({ field: 'introducedOn', code: 'DATE_IN_FUTURE', message: 'cannot be in the future' });
    if (errors.length) throw new ValidationError(errors);

    const [firstId, secondId] = [organization.id, other.id].sort();
    const repository = this.dataSource.getRepository(CooperationIntroductionEntity);
    const existing = await repository.findOneBy({ firstOrganizationId: firstId, secondOrganizationId: secondId });
    if (existing)
      throw new ConflictError(`${organization.name} and ${other.name} were introduced on ${existing.introducedOn}`, { reason: 'ALREADY_INTRODUCED', field: 'otherOrganizationId' });
    const saved = await repository
      .save(
        repository.create({
          firstOrganizationId: firstId,
          secondOrganizationId: secondId,
          regionCode: organization.regionCode,
          introducedOn: day,
          introducedBy: actorOf(identity),
          note: input.note?.trim() || null,
        }),
      )
      .catch((error: { code?: string }) => {
        // Two introductions of one pair at once: the unique pair decides.
        if (error.code === '23505')
          throw new ConflictError(`${organization.name} and ${other.name} were already introduced`, { reason: 'ALREADY_INTRODUCED', field: 'otherOrganizationId' });
        throw error;
      });
    return {
      id: saved.id,
      otherOrganizationId: other.id,
      otherOrganization: other,
      introducedOn: saved.introducedOn,
      introducedBy: saved.introducedBy,
      note: saved.note,
      createdAt: saved.createdAt,
    };
  }
}
