import { decodeCursor, NotFoundError, pageSize, toConnection, UnauthenticatedError, type ConnectionShape, type LoaderRegistry } from '@birge/server-kit';
import { isUuid, kazakhstanDay, type Identity } from '@birge/shared-reference';
import type { DataSource, EntityManager } from 'typeorm';
import { assertCanRead, assertCanWrite, readableRegionCondition } from '../access/assistance-access';
import type { Clock } from '../common/clock';
import { conflict, invalidField, staleVersion } from '../common/coded-errors';
import { parseLocalDate } from '../common/local-date';
import { checkDistrict, periodConditions, placeOf } from '../common/region-place';
import { SqlParams, where } from '../common/sql-params';
import type { DirectoryEntryService } from '../directory/directory-entry.service';
import { JointEventFollowUpKind, JointEventParticipantKind } from './joint-event-enums';
import { checkEventTitle, checkInvited, text, type Invitation } from './joint-event-rules';
import { EVENT_COLUMNS, toJointEvent, type EventRow } from './joint-event-row';
import type { AddJointEventFollowUpInput, CreateJointEventInput, JointEventFilter, UpdateJointEventInput } from './joint-event.inputs';
import type { JointEvent, JointEventFollowUp, JointEventParticipant } from './joint-event.type';

/** Joint events a region's office convenes, with invitations, attendance and follow-ups. */
export class JointEventService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly directory: DirectoryEntryService,
    private readonly clock: Clock,
  ) {}

  create(input: CreateJointEventInput, identity: Identity | null): Promise<JointEvent> {
    if (!identity) throw new UnauthenticatedError();
    const place = placeOf(input.regionCode, input.districtCode, identity);
    const actor = assertCanWrite(identity, place.regionCode, `the joint events of region ${place.regionCode}`);
    const title = checkEventTitle(input.title);
    const heldOn = parseLocalDate(input.heldOn, 'heldOn');
    const invited = checkInvited(input.invited ?? [], heldOn, this.today());
    return this.dataSource.transaction(async (manager) => {
      await this.checkParticipants(manager, invited);
      const [{ id }]: { id: string }[] = await manager.query(
        `INSERT INTO assistance.joint_event (region_code, district_code, kind, title, held_on, place, directions, agreed, created_by, updated_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9) RETURNING id`,
        [place.regionCode, place.districtCode, input.kind, title, heldOn, text(input.place), [...new Set(input.directions ?? [])], text(input.agreed), actor.userId],
      );
      await this.writeInvited(manager, id, invited);
      return this.read(manager, id);
    });
  }

  update(input: UpdateJointEventInput, identity: Identity | null): Promise<JointEvent> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.lock(manager, input.id);
      const actor = assertCanWrite(identity, current.regionCode, `joint event ${current.id}`);
      if (current.version !== input.version) throw staleVersion('JointEvent', current.id, input.version, current.version);
      const title = input.title === undefined || input.title === null ? current.title : checkEventTitle(input.title);
      const heldOn = input.heldOn ? parseLocalDate(input.heldOn, 'heldOn') : current.heldOn;
      const districtCode = input.districtCode === undefined || input.districtCode === null ? current.districtCode : checkDistrict(input.districtCode, current.regionCode);
      if (input.invited) {
        const invited = checkInvited(input.invited, heldOn, this.today());
        await this.checkParticipants(manager, invited);
        await manager.query(`DELETE FROM assistance.joint_event_participant WHERE event_id = $1`, [current.id]);
        await this.writeInvited(manager, current.id, invited);
      } else if (heldOn > this.today() && current.attendedCount > 0) {
        throw invalidField('heldOn', 'ATTENDANCE_BEFORE_EVENT', 'attendance is recorded; a day still to come would contradict it');
      }
      const keep = <T>(value: T | null | undefined, old: T) => (value === undefined || value === null ? old : value);
      await manager.query(
        `UPDATE assistance.joint_event SET kind = $2, title = $3, held_on = $4, district_code = $5, place = $6, directions = $7, agreed = $8,
           updated_by = $9, updated_at = now(), version = version + 1 WHERE id = $1`,
        [
          current.id,
          keep(input.kind, current.kind),
          title,
          heldOn,
          districtCode,
          input.place === undefined || input.place === null ? current.place : text(input.place),
          input.directions ? [...new Set(input.directions)] : current.directions,
          input.agreed === undefined || input.agreed === null ? current.agreed : text(input.agreed),
          actor.userId,
        ],
      );
      return this.read(manager, current.id);
    });
  }

  addFollowUp(input: AddJointEventFollowUpInput, identity: Identity | null): Promise<JointEvent> {
    return this.dataSource.transaction(async (manager) => {
      const event = await this.lock(manager, input.eventId, 'eventId');
      const actor = assertCanWrite(identity, event.regionCode, `joint event ${event.id}`);
      const targetId = input.targetId.trim().toLowerCase();
      if (!isUuid(targetId)) throw invalidField('targetId', 'INVALID_ID', 'is not an id (a UUID)');
      if (input.kind === JointEventFollowUpKind.ASSISTANCE_REQUEST) {
        const [request]: { region_code: string | null }[] = await manager.query(`SELECT region_code FROM assistance.assistance_request WHERE id = $1`, [targetId]);
        if (!request) throw invalidField('targetId', 'UNKNOWN_ASSISTANCE_REQUEST', `is not a request for help (got "${targetId}")`);
        if (request.region_code !== event.regionCode) {
          throw invalidField('targetId', 'REQUEST_OTHER_REGION', `request ${targetId} is of region ${request.region_code}, the event of ${event.regionCode}`);
        }
      }
      const inserted: { id: string }[] = await manager.query(
        `INSERT INTO assistance.joint_event_follow_up (event_id, kind, target_id, note, created_by) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (event_id, kind, target_id) DO NOTHING RETURNING id`,
        [event.id, input.kind, targetId, text(input.note), actor.userId],
      );
      if (!inserted.length) throw conflict('FOLLOW_UP_EXISTS', `${input.kind} ${targetId} is a follow-up of this event already`);
      await manager.query(`UPDATE assistance.joint_event SET updated_by = $2, updated_at = now(), version = version + 1 WHERE id = $1`, [event.id, actor.userId]);
      return this.read(manager, event.id);
    });
  }

  async get(id: string, identity: Identity | null): Promise<JointEvent | null> {
    if (!isUuid(id)) throw invalidField('id', 'INVALID_ID', 'is not a joint event id (a UUID)');
    const [row]: EventRow[] = await this.dataSource.query(`SELECT ${EVENT_COLUMNS} FROM assistance.joint_event e WHERE e.id = $1`, [id]);
    if (!row) return null;
    assertCanRead(identity, row.regionCode, `joint event ${id}`);
    return toJointEvent(row);
  }

  /** The events the caller may read, the latest first. */
  async list(
    filter: JointEventFilter | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
    identity: Identity | null,
  ): Promise<ConnectionShape<JointEvent>> {
    const limit = pageSize(first);
    const cursor = decodeCursor(after, 2);
    const f = filter ?? {};
    const params = new SqlParams();
    const conditions: string[] = [];
    const region = readableRegionCondition(identity, f.regionCode, 'e.region_code', params);
    if (region) conditions.push(region);
    if (f.districtCode) conditions.push(`e.district_code = ${params.add(f.districtCode.trim())}`);
    conditions.push(...periodConditions('e.held_on', f.from, f.to, params));
    if (f.direction) conditions.push(`${params.add(f.direction)} = ANY(e.directions)`);
    if (f.kind) conditions.push(`e.kind = ${params.add(f.kind)}`);
    if (f.participantId) {
      if (!isUuid(f.participantId)) throw invalidField('filter.participantId', 'INVALID_ID', 'is not an id (a UUID)');
      conditions.push(`EXISTS (SELECT 1 FROM assistance.joint_event_participant p WHERE p.event_id = e.id AND p.participant_id = ${params.add(f.participantId)})`);
    }
    const countValues = [...params.values];
    const countWhere = where(conditions);
    if (cursor) conditions.push(`(e.held_on, e.id) < (${params.add(cursor[0])}::date, ${params.add(cursor[1])}::uuid)`);
    const [rows, [counted]] = await Promise.all([
      this.dataSource.query(
        `SELECT ${EVENT_COLUMNS} FROM assistance.joint_event e ${where(conditions)} ORDER BY e.held_on DESC, e.id DESC LIMIT ${params.add(limit + 1)}`,
        params.values,
      ) as Promise<EventRow[]>,
      this.dataSource.query(`SELECT count(*)::int AS n FROM assistance.joint_event e ${countWhere}`, countValues) as Promise<{ n: number }[]>,
    ]);
    return toConnection(rows.map(toJointEvent), limit, counted.n, (e) => [e.heldOn, e.id]);
  }

  participants(loaders: LoaderRegistry) {
    return loaders.get<string, JointEventParticipant[]>('jointEvent.participants', async (ids) => {
      const rows: (JointEventParticipant & { eventId: string })[] = await this.dataSource.query(
        `SELECT p.event_id AS "eventId", p.participant_kind AS kind, p.participant_id AS id, p.attended, d.name_kk AS name
         FROM assistance.joint_event_participant p LEFT JOIN assistance.directory_entry d ON d.id = p.participant_id AND p.participant_kind <> 'ORGANIZATION'
         WHERE p.event_id = ANY($1::uuid[]) ORDER BY p.position`,
        [ids],
      );
      return ids.map((id) => rows.filter((row) => row.eventId === id));
    });
  }

  followUps(loaders: LoaderRegistry) {
    return loaders.get<string, JointEventFollowUp[]>('jointEvent.followUps', async (ids) => {
      const rows: JointEventFollowUp[] = await this.dataSource.query(
        `SELECT id, event_id AS "eventId", kind, target_id AS "targetId", note, created_at AS "createdAt"
         FROM assistance.joint_event_follow_up WHERE event_id = ANY($1::uuid[]) ORDER BY created_at, id`,
        [ids],
      );
      return ids.map((id) => rows.filter((row) => row.eventId === id));
    });
  }

  private today(): string {
    return kazakhstanDay(this.clock.now());
  }

  private async checkParticipants(manager: EntityManager, invited: Invitation[]): Promise<void> {
    const organizations = invited.filter((p) => p.kind === JointEventParticipantKind.ORGANIZATION).map((p) => p.id);
    const known = new Set<string>(
      organizations.length
        ? (
            (await manager.query(`SELECT organization_id::text AS id FROM assistance.organization_directory WHERE organization_id = ANY($1::uuid[])`, [
              organizations.filter((id) => isUuid(id)),
            ])) as { id: string }[]
          ).map((row) => row.id)
        : [],
    );
    for (const [i, participant] of invited.entries()) {
      if (participant.kind === JointEventParticipantKind.ORGANIZATION) {
        if (!isUuid(participant.id)) throw invalidField(`invited.${i}.id`, 'INVALID_ID', 'is not an organization id (a UUID)');
        if (!known.has(participant.id)) throw invalidField(`invited.${i}.id`, 'UNKNOWN_ORGANIZATION', `is not an organization of the registry (got "${participant.id}")`);
      } else {
        await this.directory.require(manager, participant.id, participant.kind, `invited.${i}.id`);
      }
    }
  }

  private async writeInvited(manager: EntityManager, eventId: string, invited: Invitation[]): Promise<void> {
    if (!invited.length) return;
    await manager.query(
      `INSERT INTO assistance.joint_event_participant (event_id, participant_kind, participant_id, position, attended)
       SELECT $1, i.kind, i.id, i.position, i.attended FROM unnest($2::text[], $3::uuid[], $4::int[], $5::boolean[]) AS i(kind, id, position, attended)`,
      [eventId, invited.map((p) => p.kind), invited.map((p) => p.id), invited.map((_, i) => i), invited.map((p) => p.attended)],
    );
  }

  private async read(manager: EntityManager, id: string): Promise<JointEvent> {
    const [row]: EventRow[] = await manager.query(`SELECT ${EVENT_COLUMNS} FROM assistance.joint_event e WHERE e.id = $1`, [id]);
    return toJointEvent(row);
  }

  private async lock(manager: EntityManager, id: string, field = 'id'): Promise<JointEvent> {
    if (!isUuid(id)) throw invalidField(field, 'INVALID_ID', 'is not a joint event id (a UUID)');
    const [locked]: { id: string }[] = await manager.query(`SELECT id FROM assistance.joint_event WHERE id = $1 FOR UPDATE`, [id]);
    if (!locked) throw new NotFoundError('JointEvent', id, field);
    return this.read(manager, id);
  }
}
