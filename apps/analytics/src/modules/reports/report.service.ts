import { NotFoundError, ValidationError } from '@birge/server-kit';
import { type Identity, isUuid, kazakhstanDay, ReportAction, ReportFieldType, ReportPeriodType, ReportStatus } from '@birge/shared-reference';
import type { DataSource, EntityManager } from 'typeorm';
import type { Clock } from '../needs/need-clock';
import { invalidField } from '../needs/need-errors';
import { assertRegion } from '../needs/need-place';
import { fieldsOf } from '../report-forms/report-form-definition';
import { ReportFormVersionEntity } from '../report-forms/report-form-version.entity';
import { ReportFormEntity } from '../report-forms/report-form.entity';
import { computePrefill, followPrefill } from './prefill/prefill.service';
import type { StoredAnswers } from './report-answer-values';
import { applyAnswers } from './report-answer.rules';
import { assertCanFillReport, assertCanReadReport } from './report-access';
import { ReportHistoryEntity } from './report-history.entity';
import { assertFillable, assertVersion, lockReport } from './report-lock';
import { parsePeriod } from './report-period';
import { ReportEntity } from './report.entity';
import { toReport } from './report.mapper';
import type { Report } from './report.type';
import type { OpenReportInput, SaveReportDraftInput } from './dto/report-inputs.input';

/**
 * Opening and filling reports. A report is opened once per form, region and period, on the form's
 * current version, pre-filled with the region's figures for the period; drafts are saved as they
 * go (partial answers kept, only their shape checked); completeness waits for submit.
 */
export class ReportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** One report; null when there is none. Another region's is FORBIDDEN (OTHER_REGION) for regional staff. */
  async get(id: string, identity: Identity | null): Promise<Report | null> {
    if (!isUuid(id)) return null;
    const report = await this.dataSource.getRepository(ReportEntity).findOneBy({ id });
    if (!report) return null;
    assertCanReadReport(identity, report.regionCode, `report ${id}`);
    return this.present(this.dataSource.manager, report);
  }

  /** The API's view of a stored report, with its form and its own version. */
  async present(manager: EntityManager, report: ReportEntity): Promise<Report> {
    const form = await manager.getRepository(ReportFormEntity).findOneByOrFail({ id: report.formId });
    const version = await manager.getRepository(ReportFormVersionEntity).findOneByOrFail({ formId: report.formId, version: report.formVersion });
    return toReport(report, form, version, this.clock.now());
  }

  open(input: OpenReportInput, identity: Identity | null): Promise<Report> {
    const regionCode = input.regionCode.trim();
    assertRegion(regionCode, 'regionCode');
    const actor = assertCanFillReport(identity, regionCode, `region ${regionCode}`);
    return this.dataSource.transaction(async (manager) => {
      // The form row, locked, orders the openings of its reports: the second of two at once finds the first's.
      const form = await manager.getRepository(ReportFormEntity).findOne({ where: { id: input.formId }, lock: { mode: 'pessimistic_write' } });
      if (!form) throw new NotFoundError('ReportForm', input.formId, 'formId');
      const period = parsePeriod(form.periodType as ReportPeriodType, input.period, 'period');
      const existing = await manager.getRepository(ReportEntity).findOneBy({ formId: form.id, regionCode, period: period.key });
      if (existing) return this.present(manager, existing);
      if (!form.regionCodes.includes(regionCode)) throw invalidField('regionCode', 'REGION_NOT_EXPECTED', `the form does not expect a report from region ${regionCode}`);
      const first = parsePeriod(form.periodType as ReportPeriodType, form.firstPeriod, 'period');
      if (period.from < first.from) throw invalidField('period', 'BEFORE_FIRST_PERIOD', `the form expects reports from ${form.firstPeriod} on`, { firstPeriod: form.firstPeriod });
      const now = this.clock.now();
      if (period.from > kazakhstanDay(now)) throw invalidField('period', 'PERIOD_NOT_STARTED', `${period.key} has not started yet`);
      const version = await manager.getRepository(ReportFormVersionEntity).findOneByOrFail({ formId: form.id, version: form.currentVersion });
      const prefill = await computePrefill(manager, version.sections, regionCode, period, now);
      const report = await manager.getRepository(ReportEntity).save(
        manager.getRepository(ReportEntity).create({
          formId: form.id,
          formVersion: version.version,
          regionCode,
          period: period.key,
          status: ReportStatus.DRAFT,
          answers: followPrefill({}, {}, prefill),
          prefill,
          submittedAnswers: null,
          createdBy: actor.userId,
          updatedBy: null,
        }),
      );
      await manager
        .getRepository(ReportHistoryEntity)
        .insert({ reportId: report.id, action: ReportAction.OPENED, fromStatus: null, toStatus: ReportStatus.DRAFT, comment: null, actorId: actor.userId });
      return toReport(report, form, version, now);
    });
  }

  saveDraft(input: SaveReportDraftInput, identity: Identity | null): Promise<Report> {
    return this.dataSource.transaction(async (manager) => {
      const report = await lockReport(manager, input.id);
      const actor = assertCanFillReport(identity, report.regionCode, `report ${report.id}`);
      assertVersion(report, input.version);
      assertFillable(report);
      const form = await manager.getRepository(ReportFormEntity).findOneByOrFail({ id: report.formId });
      const version = await manager.getRepository(ReportFormVersionEntity).findOneByOrFail({ formId: report.formId, version: report.formVersion });
      let answers: StoredAnswers = report.answers;
      if (input.refreshPrefill) {
        const prefill = await computePrefill(
          manager,
          version.sections,
          report.regionCode,
          parsePeriod(form.periodType as ReportPeriodType, report.period, 'period'),
          this.clock.now(),
        );
        answers = followPrefill(answers, report.prefill, prefill);
        report.prefill = prefill;
      }
      report.answers = applyAnswers(fieldsOf(version.sections), answers, input.answers);
      await this.assertNeedsOfRegion(
        manager,
        version.sections,
        report,
        input.answers.map((a) => a.fieldKey),
      );
      report.updatedBy = actor.userId;
      // A save always makes a new version, even when only a comment changed: the draft's reader sees it moved.
      report.updatedAt = this.clock.now();
      const saved = await manager.getRepository(ReportEntity).save(report);
      return toReport(saved, form, version, this.clock.now());
    });
  }

  /** NEEDS answers list entries of the report's own region's register: any other id is BAD_USER_INPUT (UNKNOWN_NEED) naming the field. */
  private async assertNeedsOfRegion(manager: EntityManager, sections: ReportFormVersionEntity['sections'], report: ReportEntity, keys: string[]): Promise<void> {
    const needsFields = fieldsOf(sections).filter((field) => field.type === ReportFieldType.NEEDS && keys.includes(field.key));
    const problems = [];
    for (const field of needsFields) {
      const ids = report.answers[field.key]?.needIds ?? [];
      if (!ids.length) continue;
      const rows = (await manager.query(`SELECT id FROM analytics.need WHERE id = ANY($1::uuid[]) AND region_code = $2`, [ids, report.regionCode])) as { id: string }[];
      const found = new Set(rows.map((row) => row.id));
      const missing = ids.filter((id) => !found.has(id));
      if (missing.length) {
        problems.push({
          field: `answers.${field.key}.needIds`,
          code: 'UNKNOWN_NEED',
          message: `${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not in the needs register of region ${report.regionCode}`,
        });
      }
    }
    if (problems.length) throw new ValidationError(problems);
  }
}
