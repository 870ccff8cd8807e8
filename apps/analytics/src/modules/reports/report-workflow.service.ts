import { assertAdmin, ValidationError, type EventBus } from '@birge/server-kit';
import { ReportAction, ReportStatus, Role, type Identity } from '@birge/shared-reference';
import type { DataSource, EntityManager } from 'typeorm';
import type { Clock } from '../needs/need-clock';
import { invalidField } from '../needs/need-errors';
import { requiredText } from '../needs/need.rules';
import { fieldsOf } from '../report-forms/report-form-definition';
import { ReportFormVersionEntity } from '../report-forms/report-form-version.entity';
import { ReportFormEntity } from '../report-forms/report-form.entity';
import { submitProblems } from './report-answer.rules';
import { assertCanFillReport } from './report-access';
import { ReportCommentEntity } from './report-comment.entity';
import { ReportCommentSide } from './report-comment.type';
import { reportEventBase } from './report-events';
import { ReportHistoryEntity } from './report-history.entity';
import { assertFillable, assertNotLocked, assertStatus, assertVersion, lockReport } from './report-lock';
import { submittedOnTime } from './report-period';
import { ReportEntity } from './report.entity';
import { toReport } from './report.mapper';
import type { Report } from './report.type';
import type { AcceptReportInput, PostReportCommentInput, ReopenReportInput, ReturnReportInput, SubmitReportInput } from './dto/report-inputs.input';

interface Step {
  report: ReportEntity;
  form: ReportFormEntity;
  version: ReportFormVersionEntity;
}

/**
 * The review of a report: submit (the region), return or accept (the republican office), reopen
 * an accepted one (an administrator, with a reason), and the comment thread. Each step runs in one
 * transaction: lock the report, check who, the version and the status, write the new status, the
 * history step (who, when, why) and the event; any refusal rolls all of it back.
 */
export class ReportWorkflowService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventBus,
    private readonly clock: Clock,
  ) {}

  submit(input: SubmitReportInput, identity: Identity | null): Promise<Report> {
    return this.step(input.id, async (manager, { report, form, version }) => {
      const actor = assertCanFillReport(identity, report.regionCode, `report ${report.id}`);
      assertVersion(report, input.version);
      assertFillable(report);
      const problems = submitProblems(fieldsOf(version.sections), report.answers, report.prefill, report.submittedAnswers);
      if (problems.length) {
        const error = new ValidationError(problems, `The report cannot be submitted yet: ${problems.map((p) => `${p.field} ${p.message}`).join('; ')}`);
        Object.assign(error.details, { reason: 'REPORT_INCOMPLETE', fieldKeys: [...new Set(problems.map((p) => p.field.split('.')[1]))] });
        throw error;
      }
      const now = this.clock.now();
      const from = report.status as ReportStatus;
      report.status = ReportStatus.SUBMITTED;
      report.firstSubmittedAt ??= now;
      report.lastSubmittedAt = now;
      report.submissionCount += 1;
      report.submittedAnswers = report.answers;
      report.updatedBy = actor.userId;
      const saved = await manager.getRepository(ReportEntity).save(report);
      await this.history(manager, report.id, ReportAction.SUBMITTED, from, ReportStatus.SUBMITTED, null, actor.userId);
      const base = reportEventBase(form, report.regionCode, report.period, report.id, report.formVersion);
      await this.events.publish(manager, 'analytics.report-submitted', {
        ...base,
        reportId: report.id,
        actorId: actor.userId,
        submittedAt: now.toISOString(),
        onTime: submittedOnTime(report.firstSubmittedAt, base.dueOn, form.onTimeWindowDays),
        submissionCount: report.submissionCount,
      });
      return saved;
    });
  }

  return(input: ReturnReportInput, identity: Identity | null): Promise<Report> {
    return this.step(input.id, async (manager, { report, form }) => {
      const actor = assertAdmin(identity, `report ${report.id}`);
      assertVersion(report, input.version);
      assertNotLocked(report);
      assertStatus(report, [ReportStatus.SUBMITTED], 'returned');
      const comment = requiredText(input.comment, 'comment');
      report.status = ReportStatus.RETURNED;
      report.updatedBy = actor.userId;
      const saved = await manager.getRepository(ReportEntity).save(report);
      await this.history(manager, report.id, ReportAction.RETURNED, ReportStatus.SUBMITTED, ReportStatus.RETURNED, comment, actor.userId);
      // The reason opens (or continues) the thread the region answers in.
      await manager
        .getRepository(ReportCommentEntity)
        .insert({ reportId: report.id, authorId: actor.userId, authorSide: ReportCommentSide.REPUBLICAN_OFFICE, fieldKey: null, text: comment });
      await this.events.publish(manager, 'analytics.report-returned', {
        ...reportEventBase(form, report.regionCode, report.period, report.id, report.formVersion),
        reportId: report.id,
        actorId: actor.userId,
        returnedAt: this.clock.now().toISOString(),
      });
      return saved;
    });
  }

  accept(input: AcceptReportInput, identity: Identity | null): Promise<Report> {
    return this.step(input.id, async (manager, { report, form }) => {
      const actor = assertAdmin(identity, `report ${report.id}`);
      assertVersion(report, input.version);
      assertNotLocked(report);
      assertStatus(report, [ReportStatus.SUBMITTED], 'accepted');
      const now = this.clock.now();
      report.status = ReportStatus.ACCEPTED;
      report.acceptedAt = now;
      report.acceptedBy = actor.userId;
      report.updatedBy = actor.userId;
      const saved = await manager.getRepository(ReportEntity).save(report);
      await this.history(manager, report.id, ReportAction.ACCEPTED, ReportStatus.SUBMITTED, ReportStatus.ACCEPTED, input.comment?.trim() || null, actor.userId);
      await this.events.publish(manager, 'analytics.report-accepted', {
        ...reportEventBase(form, report.regionCode, report.period, report.id, report.formVersion),
        reportId: report.id,
        actorId: actor.userId,
        acceptedAt: now.toISOString(),
      });
      return saved;
    });
  }

  reopen(input: ReopenReportInput, identity: Identity | null): Promise<Report> {
    return this.step(input.id, async (manager, { report, form }) => {
      const actor = assertAdmin(identity, `report ${report.id}`);
      assertVersion(report, input.version);
      assertStatus(report, [ReportStatus.ACCEPTED], 'reopened');
      const reason = requiredText(input.reason, 'reason');
      report.status = ReportStatus.RETURNED;
      report.acceptedAt = null;
      report.acceptedBy = null;
      report.updatedBy = actor.userId;
      const saved = await manager.getRepository(ReportEntity).save(report);
      await this.history(manager, report.id, ReportAction.REOPENED, ReportStatus.ACCEPTED, ReportStatus.RETURNED, reason, actor.userId);
      await manager
        .getRepository(ReportCommentEntity)
        .insert({ reportId: report.id, authorId: actor.userId, authorSide: ReportCommentSide.REPUBLICAN_OFFICE, fieldKey: null, text: reason });
      await this.events.publish(manager, 'analytics.report-reopened', {
        ...reportEventBase(form, report.regionCode, report.period, report.id, report.formVersion),
        reportId: report.id,
        actorId: actor.userId,
        reopenedAt: this.clock.now().toISOString(),
      });
      return saved;
    });
  }

  /** Comments only add to the thread: the report's version does not change. An accepted report takes none (REPORT_LOCKED). */
  comment(input: PostReportCommentInput, identity: Identity | null): Promise<Report> {
    return this.step(input.id, async (manager, { report, version }) => {
      const actor = assertCanFillReport(identity, report.regionCode, `report ${report.id}`);
      assertNotLocked(report);
      const text = requiredText(input.text, 'text');
      const fieldKey = input.fieldKey?.trim() || null;
      if (fieldKey && !fieldsOf(version.sections).some((field) => field.key === fieldKey)) {
        throw invalidField('fieldKey', 'UNKNOWN_FIELD', `"${fieldKey}" is not a field of the report's form version`);
      }
      const side = actor.role === Role.REPUBLICAN_ADMIN ? ReportCommentSide.REPUBLICAN_OFFICE : ReportCommentSide.REGION;
      await manager.getRepository(ReportCommentEntity).insert({ reportId: report.id, authorId: actor.userId, authorSide: side, fieldKey, text });
      return report;
    });
  }

  private step(id: string, run: (manager: EntityManager, step: Step) => Promise<ReportEntity>): Promise<Report> {
    return this.dataSource.transaction(async (manager) => {
      const report = await lockReport(manager, id);
      const form = await manager.getRepository(ReportFormEntity).findOneByOrFail({ id: report.formId });
      const version = await manager.getRepository(ReportFormVersionEntity).findOneByOrFail({ formId: report.formId, version: report.formVersion });
      const saved = await run(manager, { report, form, version });
      return toReport(saved, form, version, this.clock.now());
    });
  }

  private async history(
    manager: EntityManager,
    reportId: string,
    action: ReportAction,
    from: ReportStatus | null,
    to: ReportStatus,
    comment: string | null,
    actorId: string,
  ): Promise<void> {
    await manager.getRepository(ReportHistoryEntity).insert({ reportId, action, fromStatus: from, toStatus: to, comment, actorId });
  }
}
