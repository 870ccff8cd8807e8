import { byKeys, type ConnectionShape, type EventBus, type LoaderRegistry } from '@birge/server-kit';
import { isUuid, type Identity } from '@birge/shared-reference';
import type { DataSource } from 'typeorm';
import type { Clock } from '../common/clock';
import { conflict, invalidField } from '../common/coded-errors';
import { SqlParams } from '../common/sql-params';
import { assertCanRead, assertCanWrite, readableRegionCondition } from '../access/assistance-access';
import type { PageArgs } from '../request/assistance-request-list.service';
import { assertRegion } from '../common/region-code';
import { publishTrainingFigures } from './training-figures';
import type { TrainingRegistrationService } from './training-registration.service';
import {
  assertNotCancelled,
  assertNotStarted,
  assertPeriod,
  assertTrainingId,
  assertTrainingVersion,
  lockTraining,
  toTraining,
  TRAINING_COLUMNS,
  type TrainingRow,
} from './training-rules';
import type { ScheduleTrainingInput, TrainingFilter, UpdateTrainingInput } from './training.inputs';
import type { Training } from './training.type';
import { timeOrderedPage } from '../common/time-ordered-page';

function text(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

/** Seats of a training as they stand: taken by REGISTERED places, and how many wait. */
export interface TrainingSeats {
  registeredSeats: number;
  registeredCount: number;
  waitlistedCount: number;
}

/** Trainings: scheduling, changing and cancelling them, and the calendar. */
export class TrainingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly registrations: TrainingRegistrationService,
    private readonly clock: Clock,
    private readonly events: EventBus,
  ) {}

  async schedule(input: ScheduleTrainingInput, identity: Identity | null): Promise<Training> {
    assertRegion(input.regionCode);
    const actor = assertCanWrite(identity, input.regionCode, `region ${input.regionCode}`);
    assertPeriod(input.startsAt, input.endsAt, this.clock.now());
    const topic = text(input.topic);
    if (!topic || topic.length < 3) throw invalidField('topic', 'TOO_SHORT', 'must be at least 3 characters');
    const venue = text(input.venue);
    if (!venue || venue.length < 2) throw invalidField('venue', 'TOO_SHORT', 'must be at least 2 characters');
    return this.dataSource.transaction(async (manager) => {
      const [row]: TrainingRow[] = await manager.query(
        `INSERT INTO assistance.training AS t (region_code, topic, description, audience, starts_at, ends_at, venue, capacity, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING ${TRAINING_COLUMNS}`,
        [input.regionCode, topic, text(input.description), input.audience, input.startsAt, input.endsAt, venue, input.capacity, actor.userId],
      );
      await publishTrainingFigures(this.events, manager, row.id);
      return toTraining(row);
    });
  }

  /** Optimistic locking on `version`; the row lock keeps a capacity change and registrations apart. */
  update(input: UpdateTrainingInput, identity: Identity | null): Promise<Training> {
    return this.dataSource.transaction(async (manager) => {
      const current = await lockTraining(manager, input.id);
      const actor = assertCanWrite(identity, current.regionCode, `training ${current.id}`);
      assertTrainingVersion(current, input.version);
      assertNotCancelled(current);
      const now = this.clock.now();
      assertNotStarted(current, now);
      const startsAt = input.startsAt ?? current.startsAt;
      const endsAt = input.endsAt ?? current.endsAt;
      if (input.startsAt || input.endsAt) assertPeriod(startsAt, endsAt, now);
      if (input.topic !== undefined && input.topic !== null && (text(input.topic)?.length ?? 0) < 3) {
        throw invalidField('topic', 'TOO_SHORT', 'must be at least 3 characters');
      }
      if (input.venue !== undefined && input.venue !== null && (text(input.venue)?.length ?? 0) < 2) {
        throw invalidField('venue', 'TOO_SHORT', 'must be at least 2 characters');
      }
      const capacity = input.capacity ?? current.capacity;
      if (capacity < current.capacity) {
        const { registeredSeats } = await this.registrations.seats(manager, current.id);
        if (capacity < registeredSeats) {
          throw conflict('CAPACITY_BELOW_REGISTERED', `${registeredSeats} seats are taken already; the capacity cannot go below that`, {
            field: 'capacity',
            registeredSeats,
          });
        }
      }
      await manager.query(
        `UPDATE assistance.training SET topic = $2, description = $3, audience = $4, starts_at = $5, ends_at = $6, venue = $7, capacity = $8,
           updated_by = $9, updated_at = $10, version = version + 1 WHERE id = $1`,
        [
          current.id,
          input.topic ? text(input.topic) : current.topic,
          input.description === undefined || input.description === null ? current.description : text(input.description),
          input.audience ?? current.audience,
          startsAt,
          endsAt,
          input.venue ? text(input.venue) : current.venue,
          capacity,
          actor.userId,
          now,
        ],
      );
      // A new start gets its own reminder: the one sent named the old time.
      if (startsAt.getTime() !== current.startsAt.getTime()) {
        await manager.query(`UPDATE assistance.training_registration SET reminded_at = NULL WHERE training_id = $1`, [current.id]);
      }
      if (capacity > current.capacity) await this.registrations.promote(manager, current.id, capacity, now, actor.userId);
      await publishTrainingFigures(this.events, manager, current.id);
      const [row]: TrainingRow[] = await manager.query(`SELECT ${TRAINING_COLUMNS} FROM assistance.training t WHERE t.id = $1`, [current.id]);
      return toTraining(row);
    });
  }

  /** Cancels a training that has not begun; its registrations stay as a record but hold nothing. */
  cancel(id: string, version: number, reason: string | null | undefined, identity: Identity | null): Promise<Training> {
    return this.dataSource.transaction(async (manager) => {
      const current = await lockTraining(manager, id);
      const actor = assertCanWrite(identity, current.regionCode, `training ${current.id}`);
      assertTrainingVersion(current, version);
      assertNotCancelled(current);
      const now = this.clock.now();
      assertNotStarted(current, now);
      // An UPDATE through TypeORM answers [rows, rowCount].
      const [[row]]: [TrainingRow[], number] = await manager.query(
        `UPDATE assistance.training t SET status = 'CANCELLED', cancelled_at = $2, cancellation_reason = $3, updated_by = $4, updated_at = $2,
           version = version + 1 WHERE t.id = $1 RETURNING ${TRAINING_COLUMNS}`,
        [id, now, text(reason), actor.userId],
      );
      await publishTrainingFigures(this.events, manager, id);
      return toTraining(row);
    });
  }

  /** One training the caller may read (FORBIDDEN with reason OTHER_REGION for another region's); null when there is none. */
  async get(id: string, loaders: LoaderRegistry, identity: Identity | null): Promise<Training | null> {
    assertTrainingId(id);
    const training = await this.loader(loaders).load(id);
    if (training) assertCanRead(identity, training.regionCode, `training ${id}`);
    return training;
  }

  /** The calendar: trainings in time order (start, id), keyset-paged, of the regions the caller may read. */
  list(filter: TrainingFilter | null | undefined, args: PageArgs, identity: Identity | null): Promise<ConnectionShape<Training>> {
    return timeOrderedPage(this.dataSource, {
      columns: TRAINING_COLUMNS,
      from: 'assistance.training t',
      time: 't.starts_at',
      id: 't.id',
      first: args.first,
      after: args.after,
      conditions: (params) => this.conditions(filter ?? {}, params, identity),
      toNode: toTraining,
      timeOf: (t) => t.startsAt,
    });
  }

  loader(loaders: LoaderRegistry) {
    return loaders.get<string, Training | null>('training.byId', async (ids) => {
      const valid = ids.filter((id) => isUuid(id));
      const rows: TrainingRow[] = valid.length ? await this.dataSource.query(`SELECT ${TRAINING_COLUMNS} FROM assistance.training t WHERE t.id = ANY($1::uuid[])`, [valid]) : [];
      return byKeys(ids, rows.map(toTraining), (training) => training.id);
    });
  }

  /** Seats of every training asked for in a request, in one statement. */
  seatsLoader(loaders: LoaderRegistry) {
    return loaders.get<string, TrainingSeats>('training.seats', async (ids) => {
      const rows: (TrainingSeats & { trainingId: string })[] = await this.dataSource.query(
        `SELECT training_id AS "trainingId",
                coalesce(sum(participants) FILTER (WHERE status = 'REGISTERED'), 0)::int AS "registeredSeats",
                count(*) FILTER (WHERE status = 'REGISTERED')::int AS "registeredCount",
                count(*) FILTER (WHERE status = 'WAITLISTED')::int AS "waitlistedCount"
         FROM assistance.training_registration WHERE training_id = ANY($1::uuid[]) GROUP BY training_id`,
        [ids.filter((id) => isUuid(id))],
      );
      return byKeys(ids, rows, (row) => row.trainingId).map((row) => row ?? { registeredSeats: 0, registeredCount: 0, waitlistedCount: 0 });
    });
  }

  private conditions(filter: TrainingFilter, params: SqlParams, identity: Identity | null): string[] {
    const conditions: string[] = [];
    // The region filter, checked against what the caller may read; without one, every region the caller reads.
    const readable = readableRegionCondition(identity, filter.regionCode, 't.region_code', params);
    if (readable) conditions.push(readable);
    if (filter.audience) conditions.push(`t.audience = ${params.add(filter.audience)}`);
    if (filter.from) conditions.push(`t.ends_at > ${params.add(filter.from)}::timestamptz`);
    if (filter.to) conditions.push(`t.starts_at < ${params.add(filter.to)}::timestamptz`);
    if (!filter.includeCancelled) conditions.push(`t.status = 'SCHEDULED'`);
    return conditions;
  }
}
