import { AssistanceRequestStatus, ASSISTANCE_CATALOG, type Identity, type OrganizationRegisteredPayload, isUuid } from '@birge/shared-reference';
import { byKeys, type EventBus, type LoaderRegistry, ValidationError } from '@birge/server-kit';
import { In, IsNull, type DataSource, type EntityManager } from 'typeorm';
import type { Clock } from '../common/clock';
import { invalidField } from '../common/coded-errors';
import { parseLocalDate, todayInKazakhstan } from '../common/local-date';
import { OrganizationDirectoryEntity } from '../organization/organization-directory.entity';
import type { SubmitAssistanceRequestInput } from './dto/submit-assistance-request.input';
import { AssistanceRequestEntity } from './assistance-request.entity';
import { toAssistanceRequest } from './assistance-request.mapper';
import type { AssistanceRequest } from './assistance-request.type';
import type { ServiceLevelService } from './service-level.service';

const DAY_MS = 24 * 3600_000;

export function assertRequestId(id: string, field = 'id'): void {
  if (!isUuid(id)) throw ValidationError.field(field, 'INVALID_ID', 'is not an assistance request id (a UUID)');
}

/** Requests for help: submission, reading, and the region (and due date) that follow the registry. */
export class AssistanceRequestService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventBus,
    private readonly serviceLevels: ServiceLevelService,
    private readonly clock: Clock,
  ) {}

  loader(loaders: LoaderRegistry) {
    return loaders.get<string, AssistanceRequest | null>('request.byId', async (ids) => {
      const valid = ids.filter((id) => isUuid(id));
      const rows = valid.length ? await this.dataSource.getRepository(AssistanceRequestEntity).findBy({ id: In(valid) }) : [];
      const now = this.clock.now();
      return byKeys(ids, rows.map((row) => toAssistanceRequest(row, now)), (request) => request.id);
    });
  }

  async get(id: string, loaders: LoaderRegistry): Promise<AssistanceRequest | null> {
    assertRequestId(id);
    return this.loader(loaders).load(id);
  }

  /**
   * Stores the request at once. Its region comes from the registry's events; when the
   * organization is not known here yet, the request waits for that event (see
   * `organizationRegistered`) instead of being refused or lost. The due date follows the region.
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
    const now = this.clock.now();
    let wishedForDate: string | null = null;
    if (input.wishedForDate) {
      wishedForDate = parseLocalDate(input.wishedForDate, 'wishedForDate');
      if (wishedForDate < todayInKazakhstan(now)) throw invalidField('wishedForDate', 'IN_THE_PAST', 'must be today or later');
    }

    return this.dataSource.transaction(async (manager) => {
      const organization = await manager.getRepository(OrganizationDirectoryEntity).findOneBy({ organizationId: input.organizationId });
      const regionCode = organization?.regionCode ?? null;
      const repository = manager.getRepository(AssistanceRequestEntity);
      const saved = await repository.save(
        repository.create({
          organizationId: input.organizationId,
          regionCode,
          type: input.type,
          subtype: input.subtype,
          status: AssistanceRequestStatus.NEW,
          description,
          wishedForDate,
          createdAt: now,
          dueAt: regionCode ? await this.dueAt(manager, regionCode, input.subtype, now) : null,
          createdBy: identity?.userId ?? 'anonymous',
        }),
      );
      if (saved.regionCode) await this.publishSubmitted(manager, saved);
      return toAssistanceRequest(saved, now);
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
      // Due from submission: the organization asked then, whenever the registry's record arrived.
      request.dueAt = await this.dueAt(manager, payload.regionCode, request.subtype, request.createdAt);
      await repository.update({ id: request.id }, { regionCode: payload.regionCode, dueAt: request.dueAt });
      await this.publishSubmitted(manager, request);
    }
    return waiting.length;
  }

  private async dueAt(manager: EntityManager, regionCode: string, subtype: string, from: Date): Promise<Date> {
    return new Date(from.getTime() + (await this.serviceLevels.daysFor(manager, regionCode, subtype)) * DAY_MS);
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
