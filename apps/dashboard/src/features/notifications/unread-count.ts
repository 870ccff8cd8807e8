import { useQuery } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { UnreadNotificationCountQuery } from './unread-count.graphql';

/**
 * How often the bell asks the gateway for the unread count. Polling, not a push channel: the graph
 * has no subscriptions (the gateway refuses them, and Apollo Gateway cannot federate them), and a
 * server-sent-events side channel would need its own authentication and a way past every proxy.
 * One tiny cached query every few seconds is cheap (an index-backed count) and goes through the
 * same gateway, identity and limits as everything else. Notifications arrive by events a moment
 * after the change anyway.
 */
export const UNREAD_POLL_INTERVAL_MS = 5000;

/** The unread count, polled; the one place that polls (the bell, always in the header). */
export function usePolledUnreadCount() {
  return useQuery(UnreadNotificationCountQuery, { errorPolicy: 'all', pollInterval: UNREAD_POLL_INTERVAL_MS });
}

/**
 * Calls `refresh` when the polled unread count goes up: a list on screen (the popup, the inbox
 * page) then shows new notifications without a reload. Reads the count from the cache the bell's
 * poll writes, so it adds no request of its own.
 */
export function useRefreshOnNewNotifications(refresh: () => void): void {
  const { data } = useQuery(UnreadNotificationCountQuery, { fetchPolicy: 'cache-only' });
  const count = data?.unreadNotificationCount;
  const seen = useRef<number | null | undefined>(count);
  const latest = useRef(refresh);
  latest.current = refresh;
  useEffect(() => {
    if (typeof count === 'number' && typeof seen.current === 'number' && count > seen.current) latest.current();
    seen.current = count;
  }, [count]);
}
