import { Column, Entity, PrimaryColumn } from 'typeorm';

/** That one user has read one notification; read state is per user, not per region. */
@Entity({ name: 'notification_read' })
export class NotificationReadEntity {
  @PrimaryColumn({ name: 'notification_id', type: 'uuid' })
  notificationId: string;

  @PrimaryColumn({ name: 'user_id', type: 'text' })
  userId: string;

  @Column({ name: 'read_at', type: 'timestamptz', precision: 3 })
  readAt: Date;
}
