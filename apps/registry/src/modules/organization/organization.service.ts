import { isUuid, type Identity } from '@birge/shared-reference';
import {
  byKeys,
  decodeCursor,
  type ConnectionShape,
  type EventBus,
  type LoaderRegistry,
  pageSize,
  toConnection,
  ValidationError,
} from '@birge/server-kit';
import { In, type DataSource, type SelectQueryBuilder } from 'typeorm';
import { DistrictEntity } from '../region/district.entity';
import { RegionEntity } from '../region/region.entity';
import type { CreateOrganizationInput } from './dto/create-organization.input';
import type { OrganizationFilter } from './dto/organization-filter.input';
import { OrganizationEntity } from './organization.entity';
import { toOrganization } from './organization.mapper';
import type { Organization } from './organization.type';

export function assertOrganizationId(id: string, field = 'id'): void {
  if (!isUuid(id)) throw ValidationError.field(field, 'INVALID_ID', 'is not an organization id (a UUID)');
}

/** The rules of the organization registry. */
export class OrganizationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventBus,
  ) {}

  loader(loaders: LoaderRegistry) {
    return loaders.get<string, Organization | null>('organization.byId', async (ids) => {
      const valid = ids.filter((id) => isUuid(id));
      const rows = valid.length ? await this.dataSource.getRepository(OrganizationEntity).findBy({ id: In(valid) }) : [];
      return byKeys(ids, rows.map(toOrganization), (organization) => organization.id);
    });
  }

  async get(id: string, loaders: LoaderRegistry): Promise<Organization | null> {
    assertOrganizationId(id);
    return this.loader(loaders).load(id);
  }

  async create(input: CreateOrganizationInput, identity: Identity | null): Promise<Organization> {
    const name = input.name.trim().replace(/\s+/g, ' ');
    if (name.length < 2) throw ValidationError.field('name', 'REQUIRED', 'is required');
    await this.assertPlace(input.regionCode, input.districtCode ?? null);

    return this.dataSource.transaction(async (manager) => {
      const saved = await manager.getRepository(OrganizationEntity).save(
        manager.getRepository(OrganizationEntity).create({
          name,
          kind: input.kind,
          regionCode: input.regionCode,
          districtCode: input.districtCode ?? null,
          directions: input.directions,
          createdBy: identity?.userId ?? 'anonymous',
        }),
      );
      await this.events.publish(manager, 'registry.organization-registered', {
        organizationId: saved.id,
        name: saved.name,
        kind: input.kind,
        regionCode: saved.regionCode,
        districtCode: saved.districtCode,
      });
      return toOrganization(saved);
    });
  }

  async list(filter: OrganizationFilter | null | undefined, first: number | null | undefined, after: string | null | undefined): Promise<ConnectionShape<Organization>> {
    const limit = pageSize(first);
    const cursor = decodeCursor(after, 2);
    const base = this.filtered(filter ?? {});
    const page = base.clone().orderBy('o.created_at', 'DESC').addOrderBy('o.id', 'DESC').limit(limit + 1);
    if (cursor) {
      page.andWhere('(o.created_at, o.id) < (:cursorAt::timestamptz, :cursorId::uuid)', { cursorAt: cursor[0], cursorId: cursor[1] });
    }
    const [rows, totalCount] = await Promise.all([page.getMany(), base.getCount()]);
    return toConnection(rows.map(toOrganization), limit, totalCount, (o) => [o.createdAt.toISOString(), o.id]);
  }

  private filtered(filter: OrganizationFilter): SelectQueryBuilder<OrganizationEntity> {
    const query = this.dataSource.getRepository(OrganizationEntity).createQueryBuilder('o');
    if (filter.regionCode) query.andWhere('o.region_code = :regionCode', { regionCode: filter.regionCode });
    if (filter.districtCode) query.andWhere('o.district_code = :districtCode', { districtCode: filter.districtCode });
    if (filter.kind) query.andWhere('o.kind = :kind', { kind: filter.kind });
    if (filter.direction) query.andWhere('o.directions @> ARRAY[:direction]::text[]', { direction: filter.direction });
    if (filter.nameContains?.trim()) {
      const pattern = `%${filter.nameContains.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      query.andWhere('o.name ILIKE :pattern', { pattern });
    }
    return query;
  }

  private async assertPlace(regionCode: string, districtCode: string | null): Promise<void> {
    const region = await this.dataSource.getRepository(RegionEntity).findOneBy({ code: regionCode });
    if (!region) throw ValidationError.field('regionCode', 'UNKNOWN_REGION', `is not a region code (got "${regionCode}"); see the regions query`);
    if (districtCode === null) return;
    const district = await this.dataSource.getRepository(DistrictEntity).findOneBy({ code: districtCode });
    if (!district) throw ValidationError.field('districtCode', 'UNKNOWN_DISTRICT', `is not a district code (got "${districtCode}")`);
    if (district.regionCode !== regionCode) {
      throw ValidationError.field('districtCode', 'DISTRICT_NOT_IN_REGION', `district ${districtCode} does not belong to region ${regionCode}`);
    }
  }
}
