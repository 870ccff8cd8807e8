import { TimestampColumn } from '@birge/server-kit';
import { Entity, PrimaryColumn } from 'typeorm';

/** That one user has archived one notification; like read state, the archive is per user. */
@Entity({ name: 'notification_archive' })
export class NotificationArchiveEntity {
  @PrimaryColumn({ name: 'notification_id', type: 'uuid' })
  notificationId: string;

  @PrimaryColumn({ name: 'user_id', type: 'text' })
  userId: string;

  @TimestampColumn('archived_at')
  archivedAt: Date;
}
