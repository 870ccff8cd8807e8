import { AssistanceRequestStatus, ASSISTANCE_CATALOG, Role, type Identity, type OrganizationRegisteredPayload, isUuid, kazakhstanDay } from '@birge/shared-reference';
import { byKeys, type EventBus, type LoaderRegistry, type PortalCaller, ValidationError } from '@birge/server-kit';
import { In, IsNull, type DataSource, type EntityManager } from 'typeorm';
import type { Clock } from '../common/clock';
import { assertCanRead, assertCanWrite } from '../access/assistance-access';
import { conflict, invalidField } from '../common/coded-errors';
import { parseLocalDate } from '../common/local-date';
import { OrganizationDirectoryEntity } from '../organization/organization-directory.entity';
import { lockOrganizations } from '../organization/organization-lock';
import type { SubmitAssistanceRequestInput } from './dto/submit-assistance-request.input';
import { AssistanceRequestEntity } from './assistance-request.entity';
import { toAssistanceRequest } from './assistance-request.mapper';
import { NO_STATE_FIGURES, requestState } from './assistance-request.state';
import type { AssistanceRequest } from './assistance-request.type';
import type { ServiceLevelService } from './service-level.service';

const DAY_MS = 24 * 3600_000;

/** The organization a merged one now lives on as, or null when it was not merged. */
async function keptIdOf(manager: EntityManager, organizationId: string): Promise<string | null> {
  if (!isUuid(organizationId)) return null;
  const rows: { kept_id: string }[] = await manager.query(`SELECT kept_id FROM assistance.organization_merge WHERE merged_id = $1`, [organizationId]);
  return rows[0]?.kept_id ?? null;
}

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
      return byKeys(
        ids,
        rows.map((row) => toAssistanceRequest(row, now)),
        (request) => request.id,
      );
    });
  }

  /** One request the caller may read (FORBIDDEN with reason OTHER_REGION for another region's); null when there is none. */
  async get(id: string, loaders: LoaderRegistry, identity: Identity | null): Promise<AssistanceRequest | null> {
    assertRequestId(id);
    const request = await this.loader(loaders).load(id);
    if (request) assertCanRead(identity, request.regionCode, `assistance request ${id}`);
    return request;
  }

  /**
   * Stores the request at once. Its region comes from the registry's events; when the
   * organization is not known here yet, the request waits for that event (see
   * `organizationRegistered`) instead of being refused or lost. The due date follows the region.
   * Who may submit is decided by the organization's region as this service knows it, never by a
   * region the caller names; regional staff cannot submit for an organization whose region has
   * not arrived yet (CONFLICT, reason REGION_PENDING), since it might be another region's.
   */
  async submit(input: SubmitAssistanceRequestInput, identity: Identity | null, portal?: PortalCaller): Promise<AssistanceRequest> {
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
      if (wishedForDate < kazakhstanDay(now)) throw invalidField('wishedForDate', 'IN_THE_PAST', 'must be today or later');
    }

    return this.dataSource.transaction(async (manager) => {
      // A page opened before a merge may still send the merged id; the request belongs to the kept one.
      const organizationId = (await keptIdOf(manager, input.organizationId)) ?? input.organizationId;
      await lockOrganizations(manager, [organizationId]);
      const organization = await manager.getRepository(OrganizationDirectoryEntity).findOneBy({ organizationId });
      const regionCode = organization?.regionCode ?? null;
      if (regionCode === null && identity?.role === Role.REGIONAL_STAFF) {
        throw conflict('REGION_PENDING', "the organization's region has not arrived from the registry yet; try again shortly", { field: 'organizationId' });
      }
      // An organization's contact asks for their own organization only (the portal sets it); staff and partners by region.
      const actor = portal ? portal.identity : assertCanWrite(identity, regionCode, `organization ${organizationId}`);
      if (portal && regionCode === null) {
        throw conflict('REGION_PENDING', "the organization's region has not arrived from the registry yet; try again shortly");
      }
      const repository = manager.getRepository(AssistanceRequestEntity);
      const saved = await repository.save(
        repository.create({
          organizationId,
          regionCode,
          type: input.type,
          subtype: input.subtype,
          status: AssistanceRequestStatus.NEW,
          description,
          wishedForDate,
          createdAt: now,
          dueAt: regionCode ? await this.dueAt(manager, regionCode, input.subtype, now) : null,
          createdBy: actor.userId,
        }),
      );
      if (saved.regionCode) await this.publishSubmitted(manager, saved);
      return toAssistanceRequest(saved, now);
    });
  }

  /**
   * Records the organization and releases the requests that waited for its region. The event
   * travels on another queue than the registry's merges, so it may arrive after its organization
   * was merged away: then it adds nothing, and what waited for it goes to the kept organization.
   */
  async organizationRegistered(manager: EntityManager, payload: Pick<OrganizationRegisteredPayload, 'organizationId' | 'regionCode' | 'districtCode'>): Promise<number> {
    const keptId = await keptIdOf(manager, payload.organizationId);
    if (keptId) {
      await manager.query(`UPDATE assistance.assistance_request SET organization_id = $2 WHERE organization_id = $1`, [payload.organizationId, keptId]);
      const [kept] = await manager.query(`SELECT region_code, district_code FROM assistance.organization_directory WHERE organization_id = $1`, [keptId]);
      return kept ? this.organizationKnown(manager, keptId, kept.region_code, kept.district_code) : 0;
    }
    return this.organizationKnown(manager, payload.organizationId, payload.regionCode, payload.districtCode);
  }

  /** Stores an organization's region and district and releases the requests that waited for them. */
  async organizationKnown(manager: EntityManager, organizationId: string, regionCode: string, districtCode: string | null): Promise<number> {
    await lockOrganizations(manager, [organizationId]);
    await manager.getRepository(OrganizationDirectoryEntity).upsert({ organizationId, regionCode, districtCode }, ['organizationId']);
    const repository = manager.getRepository(AssistanceRequestEntity);
    const waiting = await repository.findBy({ organizationId, regionCode: IsNull() });
    for (const request of waiting) {
      request.regionCode = regionCode;
      // Due from submission: the organization asked then, whenever the registry's record arrived.
      request.dueAt = await this.dueAt(manager, regionCode, request.subtype, request.createdAt);
      await repository.update({ id: request.id }, { regionCode, dueAt: request.dueAt });
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
      state: requestState(request, NO_STATE_FIGURES),
      // Who submitted it, also when it is released later by the registry's record arriving.
      actorId: request.createdBy,
    });
  }
}
