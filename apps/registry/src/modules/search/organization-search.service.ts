import { nameSearchKey, readableRegions, type Identity } from '@birge/shared-reference';
import { decodeCursor, pageSize, regionFilterFor, toConnection, ValidationError, type ConnectionShape } from '@birge/server-kit';
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import type { OrganizationFilter } from '../organization/dto/organization-filter.input';
import { OrganizationEntity } from '../organization/organization.entity';
import { toOrganization } from '../organization/organization.mapper';
import type { Organization } from '../organization/organization.type';
import { VerificationStatus } from '../verification/verification-enums';
import { ContactRecency, OrganizationOrder } from './search-enums';
import type { FacetCount, OrganizationFacets } from './search.types';

export interface SearchOptions {
  /** Months after which a verification expires (REGISTRY_REVERIFY_AFTER_MONTHS). */
  reverifyAfterMonths: number;
  /** A contact within this many months counts as RECENT. */
  contactWindowMonths: number;
}

/** Delta rows the facet triggers may pile up before a reader folds them together. */
const FACET_DELTAS_BEFORE_FOLDING = 2000;

function isUnfiltered(filter: OrganizationFilter | null | undefined): boolean {
  return Object.values(filter ?? {}).every((value) => value === null || value === undefined || (typeof value === 'string' && !value.trim()));
}

function emptyFacets(): OrganizationFacets {
  return { total: 0, regions: [], districts: [], kinds: [], directions: [], categories: [], modes: [], statuses: [], verificationStatuses: [], contact: [] };
}

function sortFacets(facets: OrganizationFacets): OrganizationFacets {
  for (const list of Object.values(facets)) if (Array.isArray(list)) list.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  return facets;
}

/**
 * The contact recency of `column` (a last-contact date) as SQL: each ContactRecency's condition
 * and the CASE naming it. `months` is the SQL placeholder of the contact window in months.
 */
function contactRecencySql(column: string, months: string): Record<ContactRecency, string> & { value: string } {
  const since = `(now() - make_interval(months => ${months}))::date`;
  const conditions = { [ContactRecency.NEVER]: `${column} IS NULL`, [ContactRecency.RECENT]: `${column} >= ${since}`, [ContactRecency.STALE]: `${column} < ${since}` };
  return { ...conditions, value: `CASE WHEN ${conditions.NEVER} THEN 'NEVER' WHEN ${conditions.RECENT} THEN 'RECENT' ELSE 'STALE' END` };
}

/** Regions whose contact log a query may read: every region, or these. */
type ContactScope = 'ALL' | string[];

/**
 * filter.contact reads the contact log (when the front office was last in touch), which only
 * readers of a region's operational records see: regional staff filter their own region (an
 * explicit filter.regionCode of another region is FORBIDDEN), the others every region.
 */
function contactFilterScope(filter: OrganizationFilter, identity: Identity | null): ContactScope {
  return filter.contact ? regionFilterFor(identity, filter.regionCode, 'registry') : 'ALL';
}

type Order = { columns: { sql: string; direction: 'ASC' | 'DESC' }[]; cursorOf: (row: Organization & { score?: number }) => (string | number)[]; casts: string[] };

/**
 * Filtered, sorted, keyset-paginated lists of organizations and their facet counts. Every sort
 * has an index ending in id, and the cursor carries the sort key, so a page costs the same at
 * row 100,000 as at row 1 (no OFFSET).
 */
export class OrganizationSearchService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly options: SearchOptions,
  ) {}

  async list(
    filter: OrganizationFilter | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
    orderBy: OrganizationOrder | null | undefined,
    /** The caller: null when anonymous. In-process tools (the benchmarks) pass an administrator. */
    identity: Identity | null,
  ): Promise<ConnectionShape<Organization>> {
    const limit = pageSize(first);
    const f = filter ?? {};
    const contactScope = contactFilterScope(f, identity);
    const key = f.search?.trim() ? nameSearchKey(f.search) : null;
    const order = orderBy ?? OrganizationOrder.NEWEST;
    if (order === OrganizationOrder.RELEVANCE && !key) throw ValidationError.field('orderBy', 'SEARCH_REQUIRED', 'RELEVANCE needs filter.search');
    const spec = this.order(order);
    const cursor = decodeCursor(after, spec.columns.length);
    const base = this.filtered(f, contactScope);
    const page = base.clone();
    if (key) page.addSelect('word_similarity(:searchKey, o.search_key)', 'score');
    spec.columns.forEach((column, i) => (i === 0 ? page.orderBy(column.sql, column.direction) : page.addOrderBy(column.sql, column.direction)));
    if (cursor) {
      // Row comparison works when every column sorts the same way; NAME and OLDEST ascend, the others descend.
      const op = spec.columns[0].direction === 'ASC' ? '>' : '<';
      const params = Object.fromEntries(cursor.map((value, i) => [`c${i}`, value]));
      page.andWhere(`(${spec.columns.map((c) => c.sql).join(', ')}) ${op} (${cursor.map((_, i) => `:c${i}::${spec.casts[i]}`).join(', ')})`, params);
    }
    page.limit(limit + 1);
    // The whole registry's count is kept by the facet triggers: no need to count 100,000 rows for it.
    const [{ entities, raw }, totalCount] = await Promise.all([page.getRawAndEntities(), isUnfiltered(f) ? this.maintainedTotal() : base.getCount()]);
    const rows = entities.map((entity, i) => Object.assign(toOrganization(entity), key ? { score: Number(raw[i].score) } : {}));
    return toConnection(rows, limit, totalCount, spec.cursorOf);
  }

  /**
   * Counts per value of every dimension under the filter. The contact dimension reads the contact
   * log: for regional staff it counts their own region's records only.
   */
  async facets(filter: OrganizationFilter | null | undefined, identity: Identity | null): Promise<OrganizationFacets> {
    const f = filter ?? {};
    if (!isUnfiltered(f)) return this.filteredFacets(f, identity);
    const facets = await this.unfilteredFacets();
    const readable = readableRegions(identity);
    if (readable !== 'ALL') facets.contact = await this.contactFacetIn(readable);
    return facets;
  }

  /** The contact dimension over the records of some regions only (an index range per region). */
  private async contactFacetIn(regions: string[]): Promise<FacetCount[]> {
    const rows: FacetCount[] = await this.dataSource.query(
      `SELECT ${contactRecencySql('last_contact_on', '$2').value} AS value,
              count(*)::int AS count
       FROM registry.organization WHERE region_code = ANY($1::text[]) GROUP BY 1`,
      [regions, this.options.contactWindowMonths],
    );
    return rows.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  }

  /**
   * Facets counted over the filtered rows, in one statement (also the baseline the maintained
   * counts are checked against). The contact dimension counts only the regions whose contact log
   * the caller reads.
   */
  async filteredFacets(filter: OrganizationFilter, identity: Identity | null): Promise<OrganizationFacets> {
    const contactScope = contactFilterScope(filter, identity);
    const contactFacetRegions = readableRegions(identity);
    const columns = ['region_code', 'district_code', 'kind', 'directions', 'categories', 'modes', 'status', 'verification_status', 'verified_at', 'last_contact_on'];
    const base = this.filtered(filter, contactScope).select('o.id', 'o_id');
    for (const column of columns) base.addSelect(`o.${column}`, `o_${column}`);
    const [sql, params] = base.getQueryAndParameters();
    const n = params.length;
    const rows: { facet: string; value: string | null; count: number }[] = await this.dataSource.query(
      `WITH f AS (${sql})
       SELECT 'total' AS facet, NULL AS value, count(*)::int AS count FROM f
       UNION ALL SELECT 'regions', o_region_code, count(*)::int FROM f GROUP BY 2
       UNION ALL SELECT 'districts', o_district_code, count(*)::int FROM f WHERE o_district_code IS NOT NULL GROUP BY 2
       UNION ALL SELECT 'kinds', o_kind, count(*)::int FROM f GROUP BY 2
       UNION ALL SELECT 'directions', d, count(*)::int FROM f, unnest(o_directions) d GROUP BY 2
       UNION ALL SELECT 'categories', c, count(*)::int FROM f, unnest(o_categories) c GROUP BY 2
       UNION ALL SELECT 'modes', m, count(*)::int FROM f, unnest(o_modes) m GROUP BY 2
       UNION ALL SELECT 'statuses', o_status, count(*)::int FROM f GROUP BY 2
       UNION ALL SELECT 'verificationStatuses',
         CASE WHEN o_verification_status = 'VERIFIED' AND o_verified_at <= now() - make_interval(months => $${n + 1}) THEN 'EXPIRED' ELSE o_verification_status END,
         count(*)::int FROM f GROUP BY 2
       UNION ALL SELECT 'contact',
         ${contactRecencySql('o_last_contact_on', `$${n + 2}`).value},
         count(*)::int FROM f WHERE $${n + 3}::text[] IS NULL OR o_region_code = ANY($${n + 3}::text[]) GROUP BY 2`,
      [...params, this.options.reverifyAfterMonths, this.options.contactWindowMonths, contactFacetRegions === 'ALL' ? null : contactFacetRegions],
    );
    const facets = emptyFacets();
    for (const row of rows) {
      if (row.facet === 'total') facets.total = row.count;
      else (facets[row.facet as Exclude<keyof OrganizationFacets, 'total'>] as FacetCount[]).push({ value: row.value ?? '', count: row.count });
    }
    return sortFacets(facets);
  }

  private async maintainedTotal(): Promise<number> {
    const [{ total }] = await this.dataSource.query(`SELECT coalesce(sum(delta), 0)::int AS total FROM registry.organization_facet_delta WHERE facet = 'total'`);
    return total;
  }

  /**
   * The whole registry's facets from the counts the triggers keep (migration FacetCounts), plus two
   * index range counts for what depends on today: verifications past their term, recent contacts.
   * The same numbers as the filtered statement with an empty filter, without reading 100,000 rows.
   */
  async unfilteredFacets(): Promise<OrganizationFacets> {
    const rows: { facet: string; value: string | null; count: number; pieces: number }[] = await this.dataSource.query(
      `WITH d AS (SELECT facet, value, sum(delta)::int AS count, count(*)::int AS pieces FROM registry.organization_facet_delta GROUP BY facet, value)
       SELECT facet, value, count, 0 AS pieces FROM d WHERE count <> 0
       UNION ALL SELECT 'pieces', NULL, 0, coalesce((SELECT sum(pieces) FROM d), 0)::int
       UNION ALL SELECT 'expired', NULL, (SELECT count(*) FROM registry.organization
         WHERE verification_status = 'VERIFIED' AND verified_at <= now() - make_interval(months => $1))::int, 0
       UNION ALL SELECT 'recent', NULL, (SELECT count(*) FROM registry.organization
         WHERE ${contactRecencySql('last_contact_on', '$2').RECENT})::int, 0`,
      [this.options.reverifyAfterMonths, this.options.contactWindowMonths],
    );
    const facets = emptyFacets();
    let expired = 0;
    let recent = 0;
    let never = 0;
    let pieces = 0;
    for (const row of rows) {
      if (row.facet === 'total') facets.total = row.count;
      else if (row.facet === 'expired') expired = row.count;
      else if (row.facet === 'recent') recent = row.count;
      else if (row.facet === 'pieces') pieces = row.pieces;
      else if (row.facet === 'contactNever') never = row.count;
      else (facets[row.facet as Exclude<keyof OrganizationFacets, 'total'>] as FacetCount[]).push({ value: row.value ?? '', count: row.count });
    }
    const verified = facets.verificationStatuses.find((f) => f.value === VerificationStatus.VERIFIED);
    if (verified && expired) {
      verified.count -= expired;
      facets.verificationStatuses.push({ value: VerificationStatus.EXPIRED, count: expired });
    }
    facets.verificationStatuses = facets.verificationStatuses.filter((f) => f.count > 0);
    const stale = facets.total - never - recent;
    facets.contact = [
      { value: ContactRecency.RECENT, count: recent },
      { value: ContactRecency.STALE, count: stale },
      { value: ContactRecency.NEVER, count: never },
    ].filter((f) => f.count > 0);
    if (pieces > FACET_DELTAS_BEFORE_FOLDING) await this.foldFacetDeltas();
    return sortFacets(facets);
  }

  /**
   * Folds the trigger's delta rows into one row per value. One process at a time (advisory lock);
   * writers keep inserting meanwhile: the DELETE sees only rows committed before it started.
   */
  async foldFacetDeltas(): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const [{ locked }] = await manager.query(`SELECT pg_try_advisory_xact_lock(hashtext('registry.organization_facet_delta')) AS locked`);
      if (!locked) return;
      await manager.query(`
        WITH gone AS (DELETE FROM registry.organization_facet_delta RETURNING facet, value, delta)
        INSERT INTO registry.organization_facet_delta (facet, value, delta)
        SELECT facet, value, sum(delta) FROM gone GROUP BY facet, value HAVING sum(delta) <> 0`);
    });
  }

  private order(order: OrganizationOrder): Order {
    const at = (date: Date) => date.toISOString();
    switch (order) {
      case OrganizationOrder.OLDEST:
        return {
          columns: [
            { sql: 'o.created_at', direction: 'ASC' },
            { sql: 'o.id', direction: 'ASC' },
          ],
          casts: ['timestamptz', 'uuid'],
          cursorOf: (o) => [at(o.createdAt), o.id],
        };
      case OrganizationOrder.NAME:
        return {
          columns: [
            { sql: 'o.name', direction: 'ASC' },
            { sql: 'o.id', direction: 'ASC' },
          ],
          casts: ['text', 'uuid'],
          cursorOf: (o) => [o.name, o.id],
        };
      case OrganizationOrder.RECENTLY_UPDATED:
        return {
          columns: [
            { sql: 'o.updated_at', direction: 'DESC' },
            { sql: 'o.id', direction: 'DESC' },
          ],
          casts: ['timestamptz', 'uuid'],
          cursorOf: (o) => [at(o.updatedAt), o.id],
        };
      case OrganizationOrder.RELEVANCE:
        return {
          columns: [
            { sql: 'word_similarity(:searchKey, o.search_key)', direction: 'DESC' },
            { sql: 'o.id', direction: 'DESC' },
          ],
          casts: ['real', 'uuid'],
          cursorOf: (o) => [o.score ?? 0, o.id],
        };
      default:
        return {
          columns: [
            { sql: 'o.created_at', direction: 'DESC' },
            { sql: 'o.id', direction: 'DESC' },
          ],
          casts: ['timestamptz', 'uuid'],
          cursorOf: (o) => [at(o.createdAt), o.id],
        };
    }
  }

  /** The filter as a query; `contactScope` narrows a contact filter to the regions whose contact log the caller reads. */
  private filtered(filter: OrganizationFilter, contactScope: ContactScope): SelectQueryBuilder<OrganizationEntity> {
    const query = this.dataSource.getRepository(OrganizationEntity).createQueryBuilder('o');
    if (filter.regionCode) query.andWhere('o.region_code = :regionCode', { regionCode: filter.regionCode });
    if (filter.districtCode) query.andWhere('o.district_code = :districtCode', { districtCode: filter.districtCode });
    if (filter.kind) query.andWhere('o.kind = :kind', { kind: filter.kind });
    if (filter.direction) query.andWhere('o.directions @> ARRAY[:direction]::text[]', { direction: filter.direction });
    if (filter.category) query.andWhere('o.categories @> ARRAY[:category]::text[]', { category: filter.category });
    if (filter.mode) query.andWhere('o.modes @> ARRAY[:mode]::text[]', { mode: filter.mode });
    if (filter.status) query.andWhere('o.status = :status', { status: filter.status });
    if (filter.legalForm) query.andWhere('o.legal_form = :legalForm', { legalForm: filter.legalForm });
    if (filter.nameContains?.trim()) {
      const pattern = `%${filter.nameContains.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      query.andWhere('o.name ILIKE :pattern', { pattern });
    }
    if (filter.search?.trim()) {
      const searchKey = nameSearchKey(filter.search);
      // Substring of any folded name, or close to a word of it (trigram word similarity); both use the GIN index.
      query.andWhere(`(o.search_key LIKE :searchPattern OR :searchKey <% o.search_key)`, {
        searchKey,
        searchPattern: `%${searchKey.replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
      });
    }
    if (filter.verificationStatus) {
      const months = this.options.reverifyAfterMonths;
      if (filter.verificationStatus === VerificationStatus.EXPIRED) {
        query.andWhere(`o.verification_status = 'VERIFIED' AND o.verified_at <= now() - make_interval(months => :months)`, { months });
      } else if (filter.verificationStatus === VerificationStatus.VERIFIED) {
        query.andWhere(`o.verification_status = 'VERIFIED' AND o.verified_at > now() - make_interval(months => :months)`, { months });
      } else {
        query.andWhere('o.verification_status = :verificationStatus', { verificationStatus: filter.verificationStatus });
      }
    }
    if (filter.contact && contactScope !== 'ALL') query.andWhere('o.region_code = ANY(:contactRegions::text[])', { contactRegions: contactScope });
    if (filter.contact) {
      query.andWhere(contactRecencySql('o.last_contact_on', ':contactMonths')[filter.contact], { contactMonths: this.options.contactWindowMonths });
    }
    return query;
  }
}
