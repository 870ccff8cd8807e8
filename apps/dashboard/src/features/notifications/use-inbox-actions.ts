import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import type { NotificationKind } from '../../gql/graphql';
import { ArchiveNotificationMutation, MarkAllNotificationsReadMutation, MarkNotificationReadMutation } from './notifications.graphql';

/** Active queries to ask again after a change: the lists on screen and the bell's count. */
const AFTER_CHANGE = ['Notifications', 'UnreadNotificationCount'];

/** Marking read, archiving and marking all read, with the error and the "marked N" result to show. */
export function useInboxActions() {
  const [markRead, markState] = useMutation(MarkNotificationReadMutation, { refetchQueries: ['UnreadNotificationCount'] });
  const [archive, archiveState] = useMutation(ArchiveNotificationMutation, { refetchQueries: AFTER_CHANGE });
  const [markAll, markAllState] = useMutation(MarkAllNotificationsReadMutation, { refetchQueries: AFTER_CHANGE });
  const [marked, setMarked] = useState<number | null>(null);
  return {
    busy: markState.loading || archiveState.loading || markAllState.loading,
    error: markState.error ?? archiveState.error ?? markAllState.error,
    /** How many the last "mark all read" marked; null before one. */
    marked,
    markRead: (id: string) => void markRead({ variables: { id } }).catch(() => undefined),
    archive: (id: string) => void archive({ variables: { id } }).catch(() => undefined),
    markAll: (kind?: NotificationKind | null) =>
      void markAll({ variables: { kind: kind ?? null } })
        .then((result) => setMarked(result.data?.markAllNotificationsRead ?? null))
        .catch(() => undefined),
  };
}
