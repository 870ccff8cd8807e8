import { AssistanceRequestStatus, ASSISTANCE_CATALOG, type Identity, type OrganizationRegisteredPayload, isUuid } from '@birge/shared-reference';
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
import { In, IsNull, type DataSource, type EntityManager } from 'typeorm';
import { OrganizationDirectoryEntity } from '../organization/organization-directory.entity';
import type { SubmitAssistanceRequestInput } from './dto/submit-assistance-request.input';
import { AssistanceRequestEntity } from './assistance-request.entity';
import { toAssistanceRequest } from './assistance-request.mapper';
import type { AssistanceRequest } from './assistance-request.type';

interface PageArgs {
  first?: number | null;
  after?: string | null;
}

/** Requests for help: submission and reading. The workflow arrives with the assistance issue. */
export class AssistanceRequestService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventBus,
  ) {}

  loader(loaders: LoaderRegistry) {
    return loaders.get<string, AssistanceRequest | null>('request.byId', async (ids) => {
      const valid = ids.filter((id) => isUuid(id));
      const rows = valid.length ? await this.dataSource.getRepository(AssistanceRequestEntity).findBy({ id: In(valid) }) : [];
      return byKeys(ids, rows.map(toAssistanceRequest), (request) => request.id);
    });
  }

  async get(id: string, loaders: LoaderRegistry): Promise<AssistanceRequest | null> {
    if (!isUuid(id)) throw ValidationError.field('id', 'INVALID_ID', 'is not an assistance request id (a UUID)');
    return this.loader(loaders).load(id);
  }

  /**
   * Stores the request at once. Its region comes from the registry's events; when the
   * organization is not known here yet, the request waits for that event (see
   * `organizationRegistered`) instead of being refused or lost.
   */
  async submit(input: SubmitAssistanceRequestInput, identity: Identity | null): Promise<AssistanceRequest> {
    if (!ASSISTANCE_CATALOG[input.type].includes(input.subtype)) {
      throw ValidationError.field(
        'subtype',
        'SUBTYPE_NOT_IN_TYPE',
        `${input.subtype} is not a sub-type of ${input.type}; choose one of ${ASSISTANCE_CATALOG[input.type].join(', ')}`,
      );
    }
    const description = input.description.trim();
    if (description.length < 5) throw ValidationError.field('description', 'TOO_SHORT', 'must be at least 5 characters');

    return this.dataSource.transaction(async (manager) => {
      const organization = await manager.getRepository(OrganizationDirectoryEntity).findOneBy({ organizationId: input.organizationId });
      const repository = manager.getRepository(AssistanceRequestEntity);
      const saved = await repository.save(
        repository.create({
          organizationId: input.organizationId,
          regionCode: organization?.regionCode ?? null,
          type: input.type,
          subtype: input.subtype,
          status: AssistanceRequestStatus.NEW,
          description,
          createdBy: identity?.userId ?? 'anonymous',
        }),
      );
      if (saved.regionCode) await this.publishSubmitted(manager, saved);
      return toAssistanceRequest(saved);
    });
  }

  /** Records the organization and releases the requests that waited for its region. */
  async organizationRegistered(manager: EntityManager, payload: OrganizationRegisteredPayload): Promise<number> {
    await manager
      .getRepository(OrganizationDirectoryEntity)
      .upsert({ organizationId: payload.organizationId, regionCode: payload.regionCode, districtCode: payload.districtCode }, ['organizationId']);
    const repository = manager.getRepository(AssistanceRequestEntity);
    const waiting = await repository.findBy({ organizationId: payload.organizationId, regionCode: IsNull() });
    for (const request of waiting) {
      request.regionCode = payload.regionCode;
      await repository.update({ id: request.id }, { regionCode: payload.regionCode });
      await this.publishSubmitted(manager, request);
    }
    return waiting.length;
  }

  /** One page of an organization's requests per call, batched across organizations per page shape. */
  ofOrganization(loaders: LoaderRegistry, organizationId: string, args: PageArgs): Promise<ConnectionShape<AssistanceRequest>> {
    const limit = pageSize(args.first);
    const after = args.after ?? null;
    const cursor = decodeCursor(after, 2);
    const loader = loaders.get<string, ConnectionShape<AssistanceRequest>>(`request.byOrganization:${limit}:${after ?? ''}`, async (organizationIds) => {
      const valid = organizationIds.filter((id) => isUuid(id));
      const rows: (AssistanceRequestEntity & { total: number })[] = valid.length
        ? await this.dataSource
            .query(
              `SELECT * FROM (
                 SELECT r.*, count(*) OVER (PARTITION BY r.organization_id) AS total,
                        row_number() OVER (PARTITION BY r.organization_id ORDER BY r.created_at DESC, r.id DESC) AS position
                 FROM assistance.assistance_request r
                 WHERE r.organization_id = ANY($1::uuid[])
                   ${cursor ? 'AND (r.created_at, r.id) < ($3::timestamptz, $4::uuid)' : ''}
               ) ranked WHERE position <= $2
               ORDER BY created_at DESC, id DESC`,
              cursor ? [valid, limit + 1, cursor[0], cursor[1]] : [valid, limit + 1],
            )
            .then((raw: Record<string, unknown>[]) => raw.map((row) => this.fromRaw(row)))
        : [];
      const totals = cursor ? await this.totals(valid) : null;
      return organizationIds.map((organizationId) => {
        const own = rows.filter((row) => row.organizationId === organizationId);
        const total = totals ? (totals.get(organizationId) ?? 0) : (own[0]?.total ?? 0);
        return toConnection(own.map(toAssistanceRequest), limit, total, (r) => [r.createdAt.toISOString(), r.id]);
      });
    });
    return loader.load(organizationId);
  }

  private async totals(organizationIds: string[]): Promise<Map<string, number>> {
    const raw: { organization_id: string; total: string }[] = await this.dataSource.query(
      `SELECT organization_id, count(*) AS total FROM assistance.assistance_request WHERE organization_id = ANY($1::uuid[]) GROUP BY organization_id`,
      [organizationIds],
    );
    return new Map(raw.map((row) => [row.organization_id, Number(row.total)]));
  }

  private fromRaw(row: Record<string, unknown>): AssistanceRequestEntity & { total: number } {
    return {
      id: row.id as string,
      organizationId: row.organization_id as string,
      regionCode: row.region_code as string | null,
      type: row.type as string,
      subtype: row.subtype as string,
      status: row.status as string,
      description: row.description as string,
      createdAt: row.created_at as Date,
      updatedAt: row.updated_at as Date,
      createdBy: row.created_by as string,
      version: row.version as number,
      total: Number(row.total),
    };
  }

  private async publishSubmitted(manager: EntityManager, request: AssistanceRequestEntity): Promise<void> {
    await this.events.publish(manager, 'assistance.request-submitted', {
      requestId: request.id,
      organizationId: request.organizationId,
      regionCode: request.regionCode as string,
      type: request.type as never,
      subtype: request.subtype as never,
      status: request.status as never,
    });
  }
}
