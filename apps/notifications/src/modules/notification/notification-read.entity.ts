import { TimestampColumn } from '@birge/server-kit';
import { Entity, PrimaryColumn } from 'typeorm';

/** That one user has read one notification; read state is per user, not per region. */
@Entity({ name: 'notification_read' })
export class NotificationReadEntity {
  @PrimaryColumn({ name: 'notification_id', type: 'uuid' })
  notificationId: string;

  @PrimaryColumn({ name: 'user_id', type: 'text' })
  userId: string;

  @TimestampColumn('read_at')
  readAt: Date;
}
