import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** One notification for the staff of one region, or for one user of it (table `notifications.notification`). */
@Entity({ name: 'notification' })
@Unique('notification_event_region_key', ['eventId', 'regionCode'])
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @Column({ type: 'text' })
  kind: string;

  /** Null only for an account's or key's notification of no region. */
  @Column({ name: 'region_code', type: 'text', nullable: true })
  regionCode: string | null;

  /** Who an office-wide notification is for: OFFICE, REGION or REPUBLICAN (see NotificationFacts). */
  @Column({ type: 'text', default: 'OFFICE' })
  audience: string;

  @Column({ name: 'subject_id', type: 'text', nullable: true })
  subjectId: string | null;

  @Column({ name: 'district_code', type: 'text', nullable: true })
  districtCode: string | null;

  @Column({ type: 'jsonb', default: {} })
  detail: Record<string, unknown>;

  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId: string | null;

  @Column({ name: 'assistance_request_id', type: 'uuid', nullable: true })
  assistanceRequestId: string | null;

  @Column({ name: 'booking_id', type: 'uuid', nullable: true })
  bookingId: string | null;

  @Column({ name: 'training_id', type: 'uuid', nullable: true })
  trainingId: string | null;

  @Column({ name: 'assignee_id', type: 'text', nullable: true })
  assigneeId: string | null;

  @Column({ name: 'previous_assignee_id', type: 'text', nullable: true })
  previousAssigneeId: string | null;

  @Column({ name: 'from_status', type: 'text', nullable: true })
  fromStatus: string | null;

  @Column({ name: 'to_status', type: 'text', nullable: true })
  toStatus: string | null;

  /** For this user only; null: for the staff of the region. */
  @Column({ name: 'recipient_id', type: 'text', nullable: true })
  recipientId: string | null;

  /** Who acted; never a recipient. */
  @Column({ name: 'actor_id', type: 'text', nullable: true })
  actorId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
