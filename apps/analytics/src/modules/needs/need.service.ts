import type { Identity } from '@birge/shared-reference';
import { kazakhstanDay, NeedStatus } from '@birge/shared-reference';
import type { DataSource, EntityManager } from 'typeorm';
import type { Clock } from './need-clock';
import { staleVersion } from './need-errors';
import { lockNeed } from './need-lock';
import { assertDistrictOf, assertId, assertRegion } from './need-place';
import { assertCanReadNeeds, assertCanWriteNeeds } from './need-access';
import { NeedEntity } from './need.entity';
import { toNeed } from './need.mapper';
import { assertEditable, parseNoticedOn, requiredText } from './need.rules';
import type { Need } from './need.type';
import { NeedStatusChangeEntity } from './need-status-change.entity';
import type { NeedEvidenceInput } from './dto/need-evidence.input';
import type { RecordNeedInput } from './dto/record-need.input';
import type { UpdateNeedInput } from './dto/update-need.input';

/** The evidence lists of an input, each kind only when given. */
function evidenceOf(input: NeedEvidenceInput | null | undefined): Partial<Pick<NeedEntity, 'organizationIds' | 'contactIds' | 'assistanceRequestIds' | 'trainingIds'>> {
  const lists: Partial<Pick<NeedEntity, 'organizationIds' | 'contactIds' | 'assistanceRequestIds' | 'trainingIds'>> = {};
  if (!input) return lists;
  if (input.organizationIds) lists.organizationIds = [...input.organizationIds];
  if (input.contactIds) lists.contactIds = [...input.contactIds];
  if (input.assistanceRequestIds) lists.assistanceRequestIds = [...input.assistanceRequestIds];
  if (input.trainingIds) lists.trainingIds = [...input.trainingIds];
  return lists;
}

/**
 * Recording and editing entries of the needs register. Every rule about who may is decided by the
 * entry's region (for an edit, the stored one); a refusal changes nothing.
 */
export class NeedService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** One entry; null when there is none. Another region's entry is FORBIDDEN (OTHER_REGION) for regional staff. */
  async get(id: string, identity: Identity | null): Promise<Need | null> {
    assertId(id, 'id');
    const need = await this.dataSource.getRepository(NeedEntity).findOneBy({ id });
    if (!need) return null;
    assertCanReadNeeds(identity, need.regionCode, `need ${id}`);
    return toNeed(need);
  }

  record(input: RecordNeedInput, identity: Identity | null): Promise<Need> {
    const regionCode = input.regionCode.trim();
    assertRegion(regionCode, 'regionCode');
    const actor = assertCanWriteNeeds(identity, regionCode, `region ${regionCode}`);
    const districtCode = input.districtCode?.trim() || null;
    if (districtCode) assertDistrictOf(regionCode, districtCode, 'districtCode');
    const now = this.clock.now();
    const firstNoticedOn = input.firstNoticedOn ? parseNoticedOn(input.firstNoticedOn, 'firstNoticedOn', now) : kazakhstanDay(now);
    const narrative = requiredText(input.narrative, 'narrative');
    return this.dataSource.transaction(async (manager) => {
      const need = manager.getRepository(NeedEntity).create({
        regionCode,
        districtCode,
        theme: input.theme,
        kind: input.kind,
        narrative,
        firstNoticedOn,
        status: NeedStatus.OPEN,
        organizationIds: [],
        contactIds: [],
        assistanceRequestIds: [],
        trainingIds: [],
        ...evidenceOf(input.evidence),
        createdBy: actor.userId,
        updatedBy: null,
      });
      const saved = await manager.getRepository(NeedEntity).save(need);
      // The history starts with the entry itself, so "who recorded it, when" reads like every later step.
      await this.appendHistory(manager, saved.id, null, NeedStatus.OPEN, null, actor.userId);
      return toNeed(saved);
    });
  }

  update(input: UpdateNeedInput, identity: Identity | null): Promise<Need> {
    return this.dataSource.transaction(async (manager) => {
      const need = await lockNeed(manager, input.id);
      const actor = assertCanWriteNeeds(identity, need.regionCode, `need ${need.id}`);
      if (need.version !== input.version) throw staleVersion(need.id, input.version, need.version);
      assertEditable(need.status as NeedStatus);
      if (input.districtCode !== undefined) {
        const districtCode = input.districtCode?.trim() || null;
        if (districtCode) assertDistrictOf(need.regionCode, districtCode, 'districtCode');
        need.districtCode = districtCode;
      }
      if (input.theme) need.theme = input.theme;
      if (input.kind) need.kind = input.kind;
      if (input.narrative !== undefined && input.narrative !== null) need.narrative = requiredText(input.narrative, 'narrative');
      if (input.firstNoticedOn) need.firstNoticedOn = parseNoticedOn(input.firstNoticedOn, 'firstNoticedOn', this.clock.now());
      Object.assign(need, evidenceOf(input.evidence));
      need.updatedBy = actor.userId;
      return toNeed(await manager.getRepository(NeedEntity).save(need));
    });
  }

  /** Writes one step of an entry's history in the caller's transaction. */
  async appendHistory(manager: EntityManager, needId: string, from: NeedStatus | null, to: NeedStatus, comment: string | null, changedBy: string): Promise<void> {
    await manager.getRepository(NeedStatusChangeEntity).insert({ needId, fromStatus: from, toStatus: to, comment, changedBy });
  }
}
