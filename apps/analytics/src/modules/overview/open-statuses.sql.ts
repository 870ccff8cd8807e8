import { OPEN_ASSISTANCE_STATUSES } from '@birge/shared-reference';

/**
 * The open statuses written into the statement as literals (they are constants of the code, not
 * input): only then can PostgreSQL use the partial index of open requests (request_fact_open_region_idx).
 */
export const OPEN_STATUSES_SQL = OPEN_ASSISTANCE_STATUSES.map((status) => `'${status.replace(/'/g, "''")}'`).join(', ');
