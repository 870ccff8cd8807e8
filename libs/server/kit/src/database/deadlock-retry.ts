import pRetry from 'p-retry';

/** PostgreSQL ended the statement as one side of a deadlock (40P01), raw or wrapped by TypeORM. */
export function isDeadlock(error: unknown): boolean {
  const pg = ((error as { driverError?: unknown } | null)?.driverError ?? error) as { code?: string } | null;
  return pg?.code === '40P01';
}

/**
 * Runs `work` (a whole transaction) again when PostgreSQL ends it as a deadlock, at most `attempts`
 * times in all, after a short randomized wait that doubles each time (`p-retry`). Any other error,
 * or a deadlock on the last attempt, is thrown as it is.
 */
export function retryOnDeadlock<T>(work: () => Promise<T>, attempts = 5, minWaitMs = 20): Promise<T> {
  return pRetry(() => work(), { retries: attempts - 1, shouldRetry: ({ error }) => isDeadlock(error), minTimeout: minWaitMs, factor: 2, randomize: true });
}
