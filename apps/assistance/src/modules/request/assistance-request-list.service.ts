import { OPEN_ASSISTANCE_STATUSES, type Identity } from '@birge/shared-reference';
import { decodeTimeIdCursor, type ConnectionShape, type LoaderRegistry, pageSize, toConnection } from '@birge/server-kit';
import { isUuid } from '@birge/shared-reference';
import { readableRegionCondition } from '../access/assistance-access';
import type { DataSource } from 'typeorm';
import type { Clock } from '../common/clock';
import { fromRaw } from '../common/raw-entity';
import { SqlParams, where } from '../common/sql-params';
import type { AssistanceRequestFilter } from './dto/assistance-request-filter.input';
import { AssistanceRequestEntity } from './assistance-request.entity';
import { toAssistanceRequest } from './assistance-request.mapper';
import type { AssistanceRequest } from './assistance-request.type';

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

/**
 * Lists of requests, newest first, keyset-paged on (created_at, id). Every list is narrowed in SQL
 * to the regions the caller may read (readableRegionCondition), so another region's request can
 * neither be listed nor counted.
 */
export class AssistanceRequestListService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async list(filter: AssistanceRequestFilter | null | undefined, args: PageArgs, identity: Identity | null): Promise<ConnectionShape<AssistanceRequest>> {
    const limit = pageSize(args.first);
    const cursor = decodeTimeIdCursor(args.after);
    const now = this.clock.now();
    const count = new SqlParams();
    const page = new SqlParams();
    const pageConditions = this.conditions(filter ?? {}, page, now, identity);
    if (cursor) pageConditions.push(`(r.created_at, r.id) < (${page.add(cursor[0])}::timestamptz, ${page.add(cursor[1])}::uuid)`);
    const [rows, counted] = await Promise.all([
      this.dataSource.query(
        `SELECT r.* FROM assistance.assistance_request r ${where(pageConditions)} ORDER BY r.created_at DESC, r.id DESC LIMIT ${page.add(limit + 1)}`,
        page.values,
      ) as Promise<Record<string, unknown>[]>,
      this.dataSource.query(
        `SELECT count(*)::int AS n FROM assistance.assistance_request r ${where(this.conditions(filter ?? {}, count, now, identity))}`,
        count.values,
      ) as Promise<{ n: number }[]>,
    ]);
    const requests = rows.map((row) => toAssistanceRequest(fromRaw(this.dataSource, AssistanceRequestEntity, row), now));
    return toConnection(requests, limit, counted[0].n, (r) => [r.createdAt.toISOString(), r.id]);
  }

  /** One page of an organization's requests per call, batched across organizations per page shape and filter. */
  ofOrganization(
    loaders: LoaderRegistry,
    organizationId: string,
    filter: AssistanceRequestFilter | null | undefined,
    args: PageArgs,
    identity: Identity | null,
  ): Promise<ConnectionShape<AssistanceRequest>> {
    const limit = pageSize(args.first);
    const after = args.after ?? null;
    const cursor = decodeTimeIdCursor(after);
    const key = `request.byOrganization:${limit}:${after ?? ''}:${JSON.stringify(filter ?? {})}`;
    const loader = loaders.get<string, ConnectionShape<AssistanceRequest>>(key, async (organizationIds) => {
      const valid = organizationIds.filter((id) => isUuid(id));
      if (!valid.length) return organizationIds.map(() => toConnection<AssistanceRequest>([], limit, 0, () => []));
      const now = this.clock.now();
      const params = new SqlParams();
      const base = [`r.organization_id = ANY(${params.add(valid)}::uuid[])`, ...this.conditions(filter ?? {}, params, now, identity)];
      const page = cursor ? [...base, `(r.created_at, r.id) < (${params.add(cursor[0])}::timestamptz, ${params.add(cursor[1])}::uuid)`] : base;
      // The total ignores the cursor; the page honours it. One statement for every organization.
      const rows: Record<string, unknown>[] = await this.dataSource.query(
        `WITH totals AS (
           SELECT r.organization_id, count(*)::int AS total FROM assistance.assistance_request r ${where(base)} GROUP BY r.organization_id
         ),
         ranked AS (
           SELECT r.*, row_number() OVER (PARTITION BY r.organization_id ORDER BY r.created_at DESC, r.id DESC) AS position
           FROM assistance.assistance_request r ${where(page)}
         )
         SELECT t.organization_id AS owner, t.total, ranked.* FROM totals t
         LEFT JOIN ranked ON ranked.organization_id = t.organization_id AND ranked.position <= ${params.add(limit + 1)}
         ORDER BY ranked.created_at DESC, ranked.id DESC`,
        params.values,
      );
      return organizationIds.map((organizationId) => {
        const own = rows.filter((row) => row.owner === organizationId);
        const requests = own.filter((row) => row.id).map((row) => toAssistanceRequest(fromRaw(this.dataSource, AssistanceRequestEntity, row), now));
        return toConnection(requests, limit, own[0] ? Number(own[0].total) : 0, (r) => [r.createdAt.toISOString(), r.id]);
      });
    });
    return loader.load(organizationId);
  }

  private conditions(filter: AssistanceRequestFilter, params: SqlParams, now: Date, identity: Identity | null): string[] {
    const conditions: string[] = [];
    // The region filter, checked against what the caller may read; without one, every region the caller reads.
    const readable = readableRegionCondition(identity, filter.regionCode, 'r.region_code', params);
    if (readable) conditions.push(readable);
    if (filter.status) conditions.push(`r.status = ${params.add(filter.status)}`);
    if (filter.type) conditions.push(`r.type = ${params.add(filter.type)}`);
    if (filter.subtype) conditions.push(`r.subtype = ${params.add(filter.subtype)}`);
    if (filter.assigneeId) conditions.push(`r.assignee_id = ${params.add(filter.assigneeId)}`);
    if (filter.overdue !== null && filter.overdue !== undefined) {
      const overdue = `(r.due_at < ${params.add(now)}::timestamptz AND r.status = ANY(${params.add(OPEN_ASSISTANCE_STATUSES)}::text[]))`;
      conditions.push(filter.overdue ? overdue : `NOT coalesce(${overdue}, false)`);
    }
    return conditions;
  }
}
