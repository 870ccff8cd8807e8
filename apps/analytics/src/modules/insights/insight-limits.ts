/**
 * The bounds of the analytics API. They keep the declared list sizes true and every query within
 * the gateway's cost model (MAX_OPERATION_COST): a table of the largest size, with two keys, every
 * measure and the region context, still fits the default limit.
 */

/** Grouping by one or two dimensions. */
export const MAX_GROUP_DIMENSIONS = 2;
/** Measures asked for at once (each at most once). */
export const MAX_QUERY_MEASURES = 8;
/**
 * The most rows a table may have: checked before the query runs from the dimensions' sizes. Every
 * district of the country fits, so do regions × months of a year or regions × sub-types; districts
 * × months fit one region at a time (insightDrillDown).
 */
export const MAX_INSIGHT_ROWS = 300;
/** A monthly series covers at most three years. */
export const MAX_SERIES_MONTHS = 36;
/** A series split by a dimension has at most this many lines (all regions, all sub-types, all directions fit). */
export const MAX_SERIES_LINES = 24;
