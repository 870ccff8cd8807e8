import { NotFoundError } from '@birge/server-kit';
import { isUuid } from '@birge/shared-reference';
import type { EntityManager } from 'typeorm';
import { conflict, invalidField, staleVersion } from '../common/coded-errors';
import { TrainingStatus } from './training-enums';
import type { Training } from './training.type';

export const TRAINING_COLUMNS = `t.id, t.region_code AS "regionCode", t.topic, t.description, t.audience, t.starts_at AS "startsAt", t.ends_at AS "endsAt",
  t.venue, t.capacity, t.status, t.cancellation_reason AS "cancellationReason", t.cancelled_at AS "cancelledAt", t.created_by AS "createdBy",
  t.created_at AS "createdAt", t.updated_by AS "updatedBy", t.updated_at AS "updatedAt", t.version`;

export type TrainingRow = Omit<Training, 'region'>;
export const toTraining = (row: TrainingRow): Training => ({ ...row, region: { code: row.regionCode } });

export const MAX_TRAINING_MS = 14 * 24 * 3600_000;

export function assertTrainingId(id: string, field = 'id'): void {
  if (!isUuid(id)) throw invalidField(field, 'INVALID_ID', 'is not a training id (a UUID)');
}

/**
 * Reads a training for change inside the caller's transaction, row-locked: every change of its
 * seats (registering, cancelling, promoting, a new capacity) holds this lock, so they happen one
 * after another and the seats are never over-counted.
 */
export async function lockTraining(manager: EntityManager, id: string, field = 'id'): Promise<TrainingRow> {
  assertTrainingId(id, field);
  const [row]: TrainingRow[] = await manager.query(`SELECT ${TRAINING_COLUMNS} FROM assistance.training t WHERE t.id = $1 FOR UPDATE`, [id]);
  if (!row) throw new NotFoundError('Training', id, field);
  return row;
}

export function assertTrainingVersion(training: TrainingRow, expected: number): void {
  if (training.version !== expected) throw staleVersion('Training', training.id, expected, training.version);
}

/** TRAINING_CLOSED for a cancelled training. */
export function assertNotCancelled(training: TrainingRow): void {
  if (training.status === TrainingStatus.CANCELLED) {
    throw conflict('TRAINING_CLOSED', 'the training is cancelled; it takes no registrations or changes', { trainingId: training.id });
  }
}

/** TRAINING_PAST once the training has begun: its seats and plan are settled. */
export function assertNotStarted(training: TrainingRow, now: Date): void {
  if (training.startsAt.getTime() <= now.getTime()) {
    throw conflict('TRAINING_PAST', 'the training has already begun; registrations and its plan can no longer change', { trainingId: training.id });
  }
}

export function assertPeriod(startsAt: Date, endsAt: Date, now: Date): void {
  if (endsAt.getTime() <= startsAt.getTime()) throw invalidField('endsAt', 'INVALID_PERIOD', 'must be after startsAt');
  if (startsAt.getTime() < now.getTime()) throw invalidField('startsAt', 'IN_THE_PAST', 'must not be in the past');
  if (endsAt.getTime() - startsAt.getTime() > MAX_TRAINING_MS) throw invalidField('endsAt', 'TOO_LONG', 'a training lasts at most 14 days');
}
