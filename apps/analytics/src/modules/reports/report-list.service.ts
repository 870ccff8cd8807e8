import { decodeTimeIdCursor, groupByKeys, pageSize, toConnection, type ConnectionShape, type LoaderRegistry } from '@birge/server-kit';
import type { Identity } from '@birge/shared-reference';
import { In, type DataSource } from 'typeorm';
import type { Clock } from '../needs/need-clock';
import { NeedEntity } from '../needs/need.entity';
import { toNeed } from '../needs/need.mapper';
import type { Need } from '../needs/need.type';
import { assertRegion } from '../needs/need-place';
import { ReportFormVersionEntity } from '../report-forms/report-form-version.entity';
import { ReportFormEntity } from '../report-forms/report-form.entity';
import { readableReportRegions } from './report-access';
import { ReportCommentEntity } from './report-comment.entity';
import type { ReportComment } from './report-comment.type';
import { ReportHistoryEntity } from './report-history.entity';
import type { ReportHistoryStep } from './report-history-step.type';
import { ReportEntity } from './report.entity';
import { toReport, toReportComment, toReportHistoryStep } from './report.mapper';
import type { Report } from './report.type';
import type { ReportFilter } from './dto/report-filter.input';

/**
 * Reports as a list, the most recently changed first, keyset-paged on (updated_at, id), narrowed
 * in SQL to the regions the caller may read; and the history and comment thread of each report,
 * batched across the reports of a request.
 */
export class ReportListService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async list(filter: ReportFilter | null | undefined, args: { first?: number | null; after?: string | null }, identity: Identity | null): Promise<ConnectionShape<Report>> {
    const wanted = filter ?? {};
    if (wanted.regionCode) assertRegion(wanted.regionCode, 'filter.regionCode');
    const regions = readableReportRegions(identity, wanted.regionCode);
    const limit = pageSize(args.first);
    const cursor = decodeTimeIdCursor(args.after);
    const query = this.dataSource.getRepository(ReportEntity).createQueryBuilder('r');
    if (regions !== 'ALL') query.andWhere('r.region_code = ANY(:regions)', { regions });
    if (wanted.formId) query.andWhere('r.form_id = :formId', { formId: wanted.formId });
    if (wanted.period) query.andWhere('r.period = :period', { period: wanted.period.trim() });
    if (wanted.status) query.andWhere('r.status = :status', { status: wanted.status });
    const total = await query.clone().getCount();
    if (cursor) query.andWhere('(r.updated_at, r.id) < (:at::timestamptz, :id::uuid)', { at: cursor[0], id: cursor[1] });
    const rows = await query
      .orderBy('r.updated_at', 'DESC')
      .addOrderBy('r.id', 'DESC')
      .take(limit + 1)
      .getMany();
    const reports = await this.presentAll(rows);
    return toConnection(reports, limit, total, (report) => [report.updatedAt.toISOString(), report.id]);
  }

  /** Many reports with their forms and versions: two statements, however many reports. */
  async presentAll(rows: ReportEntity[]): Promise<Report[]> {
    if (!rows.length) return [];
    const formIds = [...new Set(rows.map((row) => row.formId))];
    const [forms, versions] = await Promise.all([
      this.dataSource.getRepository(ReportFormEntity).find({ where: { id: In(formIds) } }),
      this.dataSource
        .getRepository(ReportFormVersionEntity)
        .find({ where: [...new Map(rows.map((r) => [`${r.formId}#${r.formVersion}`, { formId: r.formId, version: r.formVersion }])).values()] }),
    ]);
    const now = this.clock.now();
    return rows.map((row) => {
      const form = forms.find((f) => f.id === row.formId) as ReportFormEntity;
      const version = versions.find((v) => v.formId === row.formId && v.version === row.formVersion) as ReportFormVersionEntity;
      return toReport(row, form, version, now);
    });
  }

  /** A report by id, with its form and version, batched across a request (feedback threads link to reports). */
  byIdLoader(loaders: LoaderRegistry) {
    return loaders.get<string, Report | null>('report.byId', async (ids) => {
      const rows = await this.dataSource.getRepository(ReportEntity).findBy({ id: In([...ids]) });
      const reports = await this.presentAll(rows);
      return ids.map((id) => reports.find((report) => report.id === id) ?? null);
    });
  }

  /** Entries of the needs register by id, batched across the answers of a request; null for one that is gone. */
  async needsOf(loaders: LoaderRegistry, ids: readonly string[]): Promise<(Need | null)[]> {
    const loader = loaders.get<string, Need | null>('report.linkedNeeds', async (keys) => {
      const rows = await this.dataSource.getRepository(NeedEntity).findBy({ id: In([...keys]) });
      const byId = new Map(rows.map((row) => [row.id, toNeed(row)]));
      return keys.map((key) => byId.get(key) ?? null);
    });
    return Promise.all(ids.map((id) => loader.load(id)));
  }

  async historyOf(loaders: LoaderRegistry, report: Report): Promise<ReportHistoryStep[]> {
    const loader = loaders.get<string, ReportHistoryEntity[]>('report.history', async (ids) => {
      const rows = await this.dataSource.getRepository(ReportHistoryEntity).find({ where: { reportId: In([...ids]) }, order: { at: 'ASC', id: 'ASC' } });
      return groupByKeys(ids, rows, (row) => row.reportId);
    });
    return (await loader.load(report.id)).map((row) => toReportHistoryStep(row, report.regionCode));
  }

  async commentsOf(loaders: LoaderRegistry, report: Report): Promise<ReportComment[]> {
    const loader = loaders.get<string, ReportCommentEntity[]>('report.comments', async (ids) => {
      const rows = await this.dataSource.getRepository(ReportCommentEntity).find({ where: { reportId: In([...ids]) }, order: { createdAt: 'ASC', id: 'ASC' } });
      return groupByKeys(ids, rows, (row) => row.reportId);
    });
    return (await loader.load(report.id)).map((row) => toReportComment(row, report.regionCode));
  }
}
