import type { EventBus } from '@birge/server-kit';
import { kazakhstanDay, ReportPeriodType } from '@birge/shared-reference';
import type { DataSource } from 'typeorm';
import type { Clock } from '../needs/need-clock';
import { ReportFormEntity } from '../report-forms/report-form.entity';
import { reportEventBase } from './report-events';
import { daysUntil, dueOn, isOverdue, parsePeriod, periodContaining, shiftPeriod, type ReportPeriod } from './report-period';

/** How far back the sweep looks for periods whose reports are missing. */
const PERIODS_BACK = 12;

export type ReminderKind = 'DUE_SOON' | 'OVERDUE';

export interface ReminderOptions {
  /** A report not submitted is "due soon" this many days (or fewer) before its due day. */
  dueSoonDays: number;
}

interface Cell {
  form: ReportFormEntity;
  period: ReportPeriod;
  due: string;
  regionCode: string;
  reportId: string | null;
  formVersion: number;
}

/**
 * The periodic job behind `analytics.report-due-soon` and `analytics.report-overdue`: for every
 * form, period and expected region whose report was never submitted, raises each kind once. The
 * reminder row (primary key form, region, period, kind) is inserted in the same transaction as
 * the event; a second sweep, or two at once, finds it and raises nothing.
 */
export class ReportReminderSweepService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventBus,
    private readonly clock: Clock,
    private readonly options: ReminderOptions,
  ) {}

  /** Raises what is due; returns how many events of each kind it published. */
  async run(): Promise<Record<ReminderKind, number>> {
    const now = this.clock.now();
    const raised: Record<ReminderKind, number> = { DUE_SOON: 0, OVERDUE: 0 };
    const forms = await this.dataSource.getRepository(ReportFormEntity).find();
    for (const form of forms) {
      for (const cell of await this.cellsOf(form, now)) {
        const kind: ReminderKind | null = isOverdue(now, cell.due, false)
          ? 'OVERDUE'
          : daysUntil(now, cell.due) >= 0 && daysUntil(now, cell.due) <= this.options.dueSoonDays
            ? 'DUE_SOON'
            : null;
        if (kind && (await this.raise(cell, kind, now))) raised[kind] += 1;
      }
    }
    return raised;
  }

  /** The form's recent periods (up to the current one) and, for each, the expected regions that never submitted. */
  private async cellsOf(form: ReportFormEntity, now: Date): Promise<Cell[]> {
    const type = form.periodType as ReportPeriodType;
    const first = parsePeriod(type, form.firstPeriod, 'firstPeriod');
    const current = periodContaining(type, kazakhstanDay(now));
    const periods: ReportPeriod[] = [];
    for (let steps = -PERIODS_BACK; steps <= 0; steps++) {
      const period = shiftPeriod(current, steps);
      if (period.from >= first.from) periods.push(period);
    }
    if (!periods.length) return [];
    const rows = (await this.dataSource.query(
      `SELECT id, region_code AS "regionCode", period, form_version AS "formVersion", first_submitted_at AS "firstSubmittedAt"
       FROM analytics.report WHERE form_id = $1 AND period = ANY($2::text[])`,
      [form.id, periods.map((p) => p.key)],
    )) as { id: string; regionCode: string; period: string; formVersion: number; firstSubmittedAt: Date | null }[];
    const reports = new Map(rows.map((row) => [`${row.regionCode}#${row.period}`, row]));
    return periods.flatMap((period) => {
      const due = dueOn(period, form.dueDays);
      return form.regionCodes.flatMap((regionCode) => {
        const report = reports.get(`${regionCode}#${period.key}`);
        if (report?.firstSubmittedAt) return [];
        return [{ form, period, due, regionCode, reportId: report?.id ?? null, formVersion: report?.formVersion ?? form.currentVersion }];
      });
    });
  }

  private raise(cell: Cell, kind: ReminderKind, now: Date): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const inserted = (await manager.query(
        `INSERT INTO analytics.report_reminder (form_id, region_code, period, kind) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING kind`,
        [cell.form.id, cell.regionCode, cell.period.key, kind],
      )) as unknown[];
      if (!inserted.length) return false;
      const base = reportEventBase(cell.form, cell.regionCode, cell.period.key, cell.reportId, cell.formVersion);
      if (kind === 'OVERDUE') await this.events.publish(manager, 'analytics.report-overdue', { ...base, daysOverdue: -daysUntil(now, cell.due) });
      else await this.events.publish(manager, 'analytics.report-due-soon', { ...base, daysLeft: daysUntil(now, cell.due) });
      return true;
    });
  }
}
