/** SQLSTATE classes and codes that mean the database is away for the moment, not that the request was wrong. */
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);
const UNAVAILABLE_SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ECONNABORTED', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND']);

/** TypeORM's names for a transaction's connection given back after the database dropped it. */
const RELEASED_CONNECTION_ERRORS = new Set(['QueryRunnerAlreadyReleasedError', 'QueryRunnerProviderAlreadyReleasedError']);

/**
 * Whether an error says PostgreSQL cannot be reached right now (restarting, shutting down, too
 * many connections, a dropped connection): such a request may well succeed when sent again.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error as { code?: unknown; message?: unknown; cause?: unknown; driverError?: unknown } | undefined, depth = 0; current && depth < 4; depth += 1) {
    const code = typeof current.code === 'string' ? current.code : '';
    if (UNAVAILABLE_SQLSTATES.has(code) || code.startsWith('08') || UNAVAILABLE_SOCKET_CODES.has(code)) return true;
    if (typeof current.message === 'string' && /^Connection terminated|connection timeout|timeout exceeded when trying to connect|is not queryable/i.test(current.message))
      return true;
    // TypeORM gives back a transaction's connection when the database drops it; the transaction's
    // next statement then finds it released, and nothing of the transaction was committed.
    if (RELEASED_CONNECTION_ERRORS.has(String((current as { name?: unknown }).name))) return true;
    current = (current.driverError ?? current.cause) as typeof current;
  }
  return false;
}
