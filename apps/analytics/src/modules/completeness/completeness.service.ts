import { NotFoundError, ValidationError, type FieldError } from '@birge/server-kit';
import { type Identity, isUuid, kazakhstanDay, ReportPeriodType } from '@birge/shared-reference';
import type { DataSource } from 'typeorm';
import type { Clock } from '../needs/need-clock';
import { assertRegion } from '../needs/need-place';
import { ReportFormVersionEntity } from '../report-forms/report-form-version.entity';
import { ReportFormEntity } from '../report-forms/report-form.entity';
import { toReportForm } from '../report-forms/report-form.mapper';
import { readableReportRegions } from '../reports/report-access';
import { dueOn, parsePeriod, periodContaining, shiftPeriod, type ReportPeriod } from '../reports/report-period';
import { ReportEntity } from '../reports/report.entity';
import { cellOf, countCells } from './completeness.rules';
import { COMPLETENESS_PERIODS_MAX, type ReportingCompleteness } from './completeness.type';

/**
 * Completeness of a form: for every region it expects (narrowed to the regions the caller reads)
 * and every period asked, where the report stands; counts per period, per region and in all; and
 * the overdue cells. One statement reads the reports, however many cells.
 */
export class CompletenessService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async of(formId: string, periods: readonly string[] | null | undefined, regionCode: string | null | undefined, identity: Identity | null): Promise<ReportingCompleteness> {
    if (regionCode) assertRegion(regionCode, 'regionCode');
    const readable = readableReportRegions(identity, regionCode);
    const form = isUuid(formId) ? await this.dataSource.getRepository(ReportFormEntity).findOneBy({ id: formId }) : null;
    if (!form) throw new NotFoundError('ReportForm', formId, 'formId');
    const version = await this.dataSource.getRepository(ReportFormVersionEntity).findOneByOrFail({ formId, version: form.currentVersion });
    const now = this.clock.now();
    const asked = this.periods(form, periods, now);
    const regions = form.regionCodes.filter((code) => readable === 'ALL' || readable.includes(code));
    const rows = regions.length
      ? await this.dataSource
          .getRepository(ReportEntity)
          .createQueryBuilder('r')
          .select(['r.id', 'r.regionCode', 'r.period', 'r.status', 'r.firstSubmittedAt'])
          .where('r.form_id = :formId AND r.region_code = ANY(:regions) AND r.period = ANY(:periods)', { formId, regions, periods: asked.map((p) => p.key) })
          .getMany()
      : [];
    const byCell = new Map(rows.map((row) => [`${row.regionCode}#${row.period}`, row]));
    const periodRows = asked.map((period) => {
      const due = dueOn(period, form.dueDays);
      return { period, due, cells: regions.map((code) => cellOf(code, period.key, due, form.onTimeWindowDays, byCell.get(`${code}#${period.key}`), now)) };
    });
    const cells = periodRows.flatMap((row) => row.cells);
    return {
      form: toReportForm(form, version),
      periods: periodRows.map(({ period, due, cells: own }) => ({ period: period.key, periodStart: period.from, periodEnd: period.to, dueOn: due, counts: countCells(own) })),
      regions: regions.map((code) => ({ regionCode: code, region: { code }, counts: countCells(cells.filter((cell) => cell.regionCode === code)) })),
      cells,
      overdue: cells.filter((cell) => cell.overdue).sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.regionCode.localeCompare(b.regionCode)),
      totals: countCells(cells),
    };
  }

  /**
   * The periods asked, oldest first and each once; by default the last four periods whose reports
   * are due by now or are being filled (the current one included), not before the form's first.
   */
  private periods(form: ReportFormEntity, asked: readonly string[] | null | undefined, now: Date): ReportPeriod[] {
    const type = form.periodType as ReportPeriodType;
    const first = parsePeriod(type, form.firstPeriod, 'firstPeriod');
    if (!asked?.length) {
      const current = periodContaining(type, kazakhstanDay(now));
      return [-3, -2, -1, 0].map((steps) => shiftPeriod(current, steps)).filter((period) => period.from >= first.from);
    }
    const problems: FieldError[] = [];
    if (asked.length > COMPLETENESS_PERIODS_MAX) problems.push({ field: 'periods', code: 'TOO_MANY', message: `must list at most ${COMPLETENESS_PERIODS_MAX} periods` });
    const parsed = new Map<string, ReportPeriod>();
    asked.forEach((value, i) => {
      try {
        const period = parsePeriod(type, value, `periods.${i}`);
        parsed.set(period.key, period);
      } catch (error) {
        if (error instanceof ValidationError) problems.push(...error.fields);
        else throw error;
      }
    });
    if (problems.length) throw new ValidationError(problems);
    return [...parsed.values()].sort((a, b) => a.from.localeCompare(b.from));
  }
}
