/**
 * `@cacheControl` hints (Apollo's cache control), for data that is the same for everyone and
 * changes only when an administrator edits it: regions, districts, catalogs. A subgraph's answer
 * made only of such fields carries `Cache-Control: max-age=…, public`; the gateway then shares
 * identical fetches of it in flight across callers and keeps the whole answer in its response cache
 * (cleared when such data is edited through it). Anything without a hint makes an answer uncacheable.
 */

/** The directive and its scope, declared in every subgraph's schema (the scope enum is kept out of the API). */
export const CACHE_CONTROL_SDL = `enum CacheControlScope @federation__inaccessible { PUBLIC PRIVATE }
directive @cacheControl(maxAge: Int, scope: CacheControlScope, inheritMaxAge: Boolean) on FIELD_DEFINITION | OBJECT | INTERFACE | UNION`;

/** How long an answer of public reference data may be reused; edits through the gateway clear it at once. */
export const REFERENCE_MAX_AGE_SECONDS = 60;

/** On a root field or an object type of public reference data. */
export const PUBLIC_REFERENCE = `@cacheControl(maxAge: ${REFERENCE_MAX_AGE_SECONDS}, scope: PUBLIC)`;

/** On a small value type (a label, a name in three languages): as cacheable as the field that holds it. */
export const INHERIT_CACHE = '@cacheControl(inheritMaxAge: true)';
