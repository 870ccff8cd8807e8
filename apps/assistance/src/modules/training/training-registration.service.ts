import { decodeTimeIdCursor, NotFoundError, pageSize, toConnection, type ConnectionShape, type EventBus, type LoaderRegistry } from '@birge/server-kit';
import { isUuid, TrainingRegistrationStatus, type Identity } from '@birge/shared-reference';
import { QueryFailedError, type DataSource, type EntityManager } from 'typeorm';
import { publishTrainingFigures } from './training-figures';
import type { Clock } from '../common/clock';
import { conflict, invalidField, staleVersion } from '../common/coded-errors';
import { assertCanWrite, readableRegionList } from '../access/assistance-access';
import type { PageArgs } from '../request/assistance-request-list.service';
import { TrainingAttendance } from './training-enums';
import { assertNotCancelled, assertNotStarted, lockTraining } from './training-rules';
import type { MarkTrainingAttendanceInput, RegisterForTrainingInput } from './training.inputs';
import type { TrainingRegistration } from './training-registration.type';

/** The waiting-list position is the rank among the training's WAITLISTED places by arrival. */
const COLUMNS = `r.id, r.training_id AS "trainingId", r.organization_id AS "organizationId", r.participants, r.status,
  CASE WHEN r.status = 'WAITLISTED' THEN (
    SELECT count(*)::int FROM assistance.training_registration w
    WHERE w.training_id = r.training_id AND w.status = 'WAITLISTED' AND w.queue_seq <= r.queue_seq
  ) END AS "waitlistPosition",
  r.attendance, r.attended_participants AS "attendedParticipants", r.created_at AS "createdAt", r.promoted_at AS "promotedAt",
  r.cancelled_at AS "cancelledAt", r.reminded_at AS "remindedAt", r.created_by AS "createdBy", r.version, r.queue_seq::text AS "queueSeq",
  (SELECT region_code FROM assistance.training WHERE id = r.training_id) AS "regionCode"`;

type RegistrationRow = Omit<TrainingRegistration, 'organization'> & { organizationId: string };
const toRegistration = ({ organizationId, ...row }: RegistrationRow): TrainingRegistration => ({ ...row, organization: { id: organizationId } });

function isActiveDuplicate(error: unknown): boolean {
  const driverError = error instanceof QueryFailedError ? (error.driverError as { code?: string; constraint?: string }) : null;
  return driverError?.code === '23505' && driverError.constraint === 'training_registration_active_key';
}

/**
 * Places in trainings. Every change of seats first locks the training row (lockTraining), so
 * simultaneous registrations are decided one after another: the first `capacity` seats are
 * REGISTERED, later ones WAITLISTED in order of arrival, and a freed seat goes to the head of the
 * waiting list (strictly first come, first served: a later, smaller place never overtakes it).
 */
export class TrainingRegistrationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly events: EventBus,
  ) {}

  register(input: RegisterForTrainingInput, identity: Identity | null): Promise<TrainingRegistration> {
    const participants = input.participants ?? 1;
    return this.dataSource.transaction(async (manager) => {
      const training = await lockTraining(manager, input.trainingId, 'trainingId');
      const actor = assertCanWrite(identity, training.regionCode, `training ${training.id}`);
      assertNotCancelled(training);
      assertNotStarted(training, this.clock.now());
      if (participants > training.capacity) {
        throw invalidField('participants', 'EXCEEDS_CAPACITY', `the training has ${training.capacity} seats in all`, { capacity: training.capacity });
      }
      const known = await manager.query(`SELECT 1 FROM assistance.organization_directory WHERE organization_id = $1`, [input.organizationId]);
      if (!known.length) throw invalidField('organizationId', 'UNKNOWN_ORGANIZATION', 'is not an organization registered with a front office');
      const [existing]: { id: string; status: string }[] = await manager.query(
        `SELECT id, status FROM assistance.training_registration WHERE training_id = $1 AND organization_id = $2 AND status <> 'CANCELLED'`,
        [training.id, input.organizationId],
      );
      if (existing) throw this.alreadyRegistered(existing.id, existing.status);
      const seats = await this.seats(manager, training.id);
      const fits = seats.waitlistedCount === 0 && seats.registeredSeats + participants <= training.capacity;
      let id: string;
      try {
        const rows: { id: string }[] = await manager.query(
          `INSERT INTO assistance.training_registration (training_id, organization_id, participants, status, created_by)
           VALUES ($1, $2, $3, $4, $5) RETURNING id`,
          [training.id, input.organizationId, participants, fits ? TrainingRegistrationStatus.REGISTERED : TrainingRegistrationStatus.WAITLISTED, actor.userId],
        );
        id = rows[0].id;
      } catch (error) {
        // Only reachable if a registration were written without the training's lock; the index decides.
        if (isActiveDuplicate(error)) throw this.alreadyRegistered(null, null);
        throw error;
      }
      await publishTrainingFigures(this.events, manager, training.id);
      return this.byId(manager, id);
    });
  }

  /** Gives a place up; a freed seat goes to the waiting list at once, in the same transaction. */
  async cancel(id: string, version: number, identity: Identity | null): Promise<TrainingRegistration> {
    if (!isUuid(id)) throw invalidField('id', 'INVALID_ID', 'is not a training registration id (a UUID)');
    const [found]: { training_id: string }[] = await this.dataSource.query(`SELECT training_id FROM assistance.training_registration WHERE id = $1`, [id]);
    if (!found) throw new NotFoundError('TrainingRegistration', id, 'id');
    return this.dataSource.transaction(async (manager) => {
      const training = await lockTraining(manager, found.training_id);
      const actor = assertCanWrite(identity, training.regionCode, `training ${training.id}`);
      const current = await this.byId(manager, id);
      if (current.version !== version) throw staleVersion('TrainingRegistration', id, version, current.version);
      if (current.status === TrainingRegistrationStatus.CANCELLED) throw conflict('ALREADY_CANCELLED', 'the registration is cancelled already');
      assertNotCancelled(training);
      const now = this.clock.now();
      assertNotStarted(training, now);
      await manager.query(
        `UPDATE assistance.training_registration SET status = 'CANCELLED', cancelled_at = $2, updated_by = $3, updated_at = $2, version = version + 1
         WHERE id = $1`,
        [id, now, actor.userId],
      );
      if (current.status === TrainingRegistrationStatus.REGISTERED) await this.promote(manager, training.id, training.capacity, now, actor.userId);
      await publishTrainingFigures(this.events, manager, training.id);
      return this.byId(manager, id);
    });
  }

  markAttendance(input: MarkTrainingAttendanceInput, identity: Identity | null): Promise<TrainingRegistration> {
    return this.dataSource.transaction(async (manager) => {
      const [found]: { training_id: string }[] = await manager.query(`SELECT training_id FROM assistance.training_registration WHERE id = $1 FOR UPDATE`, [input.registrationId]);
      if (!found) throw new NotFoundError('TrainingRegistration', input.registrationId, 'registrationId');
      const [training]: { region_code: string; starts_at: Date; status: string }[] = await manager.query(
        `SELECT region_code, starts_at, status FROM assistance.training WHERE id = $1`,
        [found.training_id],
      );
      const actor = assertCanWrite(identity, training.region_code, `training ${found.training_id}`);
      const current = await this.byId(manager, input.registrationId);
      if (current.version !== input.version) throw staleVersion('TrainingRegistration', current.id, input.version, current.version);
      if (training.status === 'CANCELLED') throw conflict('TRAINING_CLOSED', 'the training was cancelled; there is no attendance to mark');
      if (training.starts_at.getTime() > this.clock.now().getTime()) {
        throw conflict('TRAINING_NOT_STARTED', 'attendance is marked once the training has begun', { startsAt: training.starts_at.toISOString() });
      }
      if (current.status !== TrainingRegistrationStatus.REGISTERED) {
        throw conflict('NOT_REGISTERED', `only a REGISTERED place has attendance; this one is ${current.status}`, { status: current.status });
      }
      const attended = input.attendance === TrainingAttendance.ATTENDED ? (input.attendedParticipants ?? null) : null;
      if (input.attendance === TrainingAttendance.NO_SHOW && input.attendedParticipants) {
        throw invalidField('attendedParticipants', 'NOT_ALLOWED', 'is given only with ATTENDED');
      }
      if (attended !== null && attended > current.participants) {
        throw invalidField('attendedParticipants', 'EXCEEDS_PARTICIPANTS', `must be at most the ${current.participants} registered participants`);
      }
      await manager.query(
        `UPDATE assistance.training_registration SET attendance = $2, attended_participants = $3, updated_by = $4, updated_at = now(), version = version + 1
         WHERE id = $1`,
        [current.id, input.attendance, attended, actor.userId],
      );
      await publishTrainingFigures(this.events, manager, found.training_id);
      return this.byId(manager, current.id);
    });
  }

  /**
   * Moves the head of the waiting list into REGISTERED while its seats fit. The caller holds the
   * training's lock. @returns the ids promoted, in order.
   */
  async promote(manager: EntityManager, trainingId: string, capacity: number, now: Date, actorId: string): Promise<string[]> {
    const promoted: string[] = [];
    let { registeredSeats } = await this.seats(manager, trainingId);
    for (;;) {
      const [head]: { id: string; participants: number }[] = await manager.query(
        `SELECT id, participants FROM assistance.training_registration WHERE training_id = $1 AND status = 'WAITLISTED' ORDER BY queue_seq LIMIT 1`,
        [trainingId],
      );
      if (!head || registeredSeats + head.participants > capacity) return promoted;
      await manager.query(
        `UPDATE assistance.training_registration SET status = 'REGISTERED', promoted_at = $2, updated_by = $3, updated_at = $2, version = version + 1
         WHERE id = $1`,
        [head.id, now, actorId],
      );
      registeredSeats += head.participants;
      promoted.push(head.id);
    }
  }

  async seats(manager: EntityManager, trainingId: string): Promise<{ registeredSeats: number; waitlistedCount: number }> {
    const [row]: { registeredSeats: number; waitlistedCount: number }[] = await manager.query(
      `SELECT coalesce(sum(participants) FILTER (WHERE status = 'REGISTERED'), 0)::int AS "registeredSeats",
              count(*) FILTER (WHERE status = 'WAITLISTED')::int AS "waitlistedCount"
       FROM assistance.training_registration WHERE training_id = $1`,
      [trainingId],
    );
    return row;
  }

  /** Every registration of the trainings asked for in a request (active first, in queue order), one statement. */
  ofTraining(loaders: LoaderRegistry, trainingId: string): Promise<TrainingRegistration[]> {
    return loaders
      .get<string, TrainingRegistration[]>('registration.byTraining', async (ids) => {
        const rows: RegistrationRow[] = await this.dataSource.query(
          `SELECT ${COLUMNS} FROM assistance.training_registration r WHERE r.training_id = ANY($1::uuid[])
           ORDER BY (r.status = 'CANCELLED'), r.queue_seq`,
          [ids.filter((id) => isUuid(id))],
        );
        return ids.map((id) => rows.filter((row) => row.trainingId === id).map(toRegistration));
      })
      .load(trainingId);
  }

  /** An organization's places in trainings, latest training first, batched across organizations; only trainings of regions the caller may read. */
  ofOrganization(loaders: LoaderRegistry, organizationId: string, args: PageArgs, identity: Identity | null): Promise<ConnectionShape<TrainingRegistration>> {
    const limit = pageSize(args.first);
    const after = args.after ?? null;
    const cursor = decodeTimeIdCursor(after);
    const cursorOfRow = (r: TrainingRegistration & { trainingStartsAt?: Date }) => [(r.trainingStartsAt as Date).toISOString(), r.id];
    return loaders
      .get<string, ConnectionShape<TrainingRegistration>>(`registration.byOrganization:${limit}:${after ?? ''}`, async (organizationIds) => {
        const valid = organizationIds.filter((id) => isUuid(id));
        const regions = readableRegionList(identity);
        const rows: (RegistrationRow & { owner: string; total: number; trainingStartsAt: Date })[] = valid.length
          ? await this.dataSource.query(
              `WITH totals AS (
                 SELECT r.organization_id, count(*)::int AS total
                 FROM assistance.training_registration r JOIN assistance.training t ON t.id = r.training_id
                 WHERE r.organization_id = ANY($1::uuid[]) AND ($5::text[] IS NULL OR t.region_code = ANY($5::text[])) GROUP BY r.organization_id
               ),
               ranked AS (
                 SELECT ${COLUMNS}, t.starts_at AS "trainingStartsAt",
                        row_number() OVER (PARTITION BY r.organization_id ORDER BY t.starts_at DESC, r.id DESC) AS position
                 FROM assistance.training_registration r JOIN assistance.training t ON t.id = r.training_id
                 WHERE r.organization_id = ANY($1::uuid[]) AND ($5::text[] IS NULL OR t.region_code = ANY($5::text[]))
                   AND ($2::timestamptz IS NULL OR (t.starts_at, r.id) < ($2::timestamptz, $3::uuid))
               )
               SELECT t.organization_id AS owner, t.total, ranked.* FROM totals t
               LEFT JOIN ranked ON ranked."organizationId" = t.organization_id AND ranked.position <= $4
               ORDER BY ranked."trainingStartsAt" DESC, ranked.id DESC`,
              [valid, cursor?.[0] ?? null, cursor?.[1] ?? null, limit + 1, regions],
            )
          : [];
        return organizationIds.map((organizationId) => {
          const own = rows.filter((row) => row.owner === organizationId);
          const registrations = own
            .filter((row) => row.id)
            .map(({ owner: _owner, total: _total, ...row }) => ({ ...toRegistration(row as RegistrationRow), trainingStartsAt: row.trainingStartsAt }));
          return toConnection(registrations, limit, own[0]?.total ?? 0, cursorOfRow);
        });
      })
      .load(organizationId);
  }

  private alreadyRegistered(registrationId: string | null, status: string | null) {
    return conflict('ALREADY_REGISTERED', `the organization already has a place in this training${status ? ` (${status})` : ''}`, {
      registrationId,
      status,
    });
  }

  private async byId(manager: EntityManager, id: string): Promise<TrainingRegistration> {
    const [row]: RegistrationRow[] = await manager.query(`SELECT ${COLUMNS} FROM assistance.training_registration r WHERE r.id = $1`, [id]);
    return toRegistration(row);
  }
}
