import { DATA_COLUMNS } from './copy-record';

// The CSV import's columns and sizes: what it writes where, and how much at a time.

/** The columns a file's rows may set, as opposed to the keys derived from the names. */
export const FILE_COLUMNS = DATA_COLUMNS.filter((c) => c !== 'search_key' && c !== 'duplicate_key');
/** New records go straight into the registry with COPY, in these columns. */
export const NEW_COLUMNS = ['id', ...DATA_COLUMNS, 'created_by'];
/** Rows that match a registered record wait here for one UPDATE at the end. */
export const STAGING = ['line', 'id', ...DATA_COLUMNS];
/**
 * Rows checked, then written, at a time; also the records per registry.organizations-imported
 * event. PostgreSQL stores one chunk while Node checks the next.
 */
export const CHUNK_ROWS = 2000;
/** The fewest new records worth a bulk load (see BulkLoad); it also needs at least as many as the registry holds. */
export const BULK_MIN_RECORDS = 10_000;
/** Partial indexes of verified records and of records with a contact: an imported record enters neither, so a bulk load keeps them. */
export const NEVER_ENTERED_INDEXES = ['organization_verification_idx', 'organization_last_contact_idx'];
/** Counts new records for the facets; a bulk load pauses it and writes the FacetTally instead (no copy of every row for it). */
export const FACET_TRIGGER = 'organization_facets_insert';
/** Checked chunks that may wait for PostgreSQL while Node checks the next one. */
export const WRITES_IN_FLIGHT = 2;
/** Rows checked between two looks at the database connection. */
export const YIELD_EVERY_ROWS = 25;
