import { TimestampColumn } from '@birge/server-kit';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A training as analytics knows it from assistance's training events: its seats and, once held, its attendance. */
@Entity({ name: 'training_fact' })
export class TrainingFactEntity {
  @PrimaryColumn({ name: 'training_id', type: 'uuid' })
  trainingId: string;

  @Column({ name: 'region_code', type: 'text' })
  regionCode: string;

  @TimestampColumn('starts_at')
  startsAt: Date;

  /** SCHEDULED, CANCELLED, ... (assistance's TrainingStatus). */
  @Column({ type: 'text' })
  status: string;

  /** The training's capacity (participants). */
  @Column({ type: 'int' })
  seats: number;

  /** Participants of the places registered (not wait-listed nor cancelled). */
  @Column({ type: 'int', default: 0 })
  registered: number;

  /** Participants of the places marked ATTENDED. */
  @Column({ type: 'int', default: 0 })
  attended: number;

  /** When assistance counted these (its database clock, under the training's lock): an older count never overwrites a newer. */
  @TimestampColumn('changed_at')
  changedAt: Date;
}
