import { LocalDiskFileStorage, type SubgraphDefinition } from '@birge/server-kit';
import path from 'node:path';
import { loadAnalyticsConfig } from './analytics.config';
import type { AnalyticsServices } from './analytics.context';
import { buildAnalyticsSchema } from './analytics.schema';
import { analyticsMigrations } from './migrations';
import { ContactFactEntity } from './modules/contacts/contact-fact.entity';
import { startRegistryFactConsumers } from './modules/contacts/registry-facts.consumers';
import { RegistryFactsService } from './modules/contacts/registry-facts.service';
import { CoverageService } from './modules/coverage/coverage.service';
import { OutreachService } from './modules/outreach/outreach.service';
import { CooperationNeedsService } from './modules/cooperation/cooperation-needs.service';
import { ExportService } from './modules/exports/export.service';
import { ReportExportService } from './modules/exports/report-export.service';
import { InsightExportService } from './modules/exports/insight-export.service';
import { startFactConsumers } from './modules/facts/fact.consumers';
import { FactRecorderService } from './modules/facts/fact-recorder.service';
import { BookingFactEntity } from './modules/facts/booking-fact.entity';
import { OrganizationFactEntity } from './modules/facts/organization-fact.entity';
import { OrganizationVerificationEntity } from './modules/facts/organization-verification.entity';
import { FeedbackAttachmentEntity } from './modules/feedback/feedback-attachment.entity';
import { FeedbackLinkEntity } from './modules/feedback/feedback-link.entity';
import { FeedbackMessageEntity } from './modules/feedback/feedback-message.entity';
import { FeedbackReadEntity } from './modules/feedback/feedback-read.entity';
import { FeedbackReadService } from './modules/feedback/feedback-read.service';
import { FeedbackThreadEntity } from './modules/feedback/feedback-thread.entity';
import { FeedbackService } from './modules/feedback/feedback.service';
import { RequestFactEntity } from './modules/facts/request-fact.entity';
import { TrainingFactEntity } from './modules/facts/training-fact.entity';
import { InsightContextService } from './modules/insights/insight-context.service';
import { AcceptedReportNarratives } from './modules/insights/insight-report-narratives';
import { InsightService } from './modules/insights/insight.service';
import { systemClock } from './modules/needs/need-clock';
import { NeedCommentEntity } from './modules/needs/need-comment.entity';
import { NeedListService } from './modules/needs/need-list.service';
import { NeedStatusChangeEntity } from './modules/needs/need-status-change.entity';
import { NeedThreadService } from './modules/needs/need-thread.service';
import { NeedWorkflowService } from './modules/needs/need-workflow.service';
import { NeedEntity } from './modules/needs/need.entity';
import { NeedService } from './modules/needs/need.service';
import { OverviewService } from './modules/overview/overview.service';
import { CompletenessService } from './modules/completeness/completeness.service';
import { ReportFormVersionEntity } from './modules/report-forms/report-form-version.entity';
import { ReportFormEntity } from './modules/report-forms/report-form.entity';
import { ReportFormService } from './modules/report-forms/report-form.service';
import { ReportCommentEntity } from './modules/reports/report-comment.entity';
import { ReportHistoryEntity } from './modules/reports/report-history.entity';
import { ReportListService } from './modules/reports/report-list.service';
import { ReportReminderEntity } from './modules/reports/report-reminder.entity';
import { ReportReminderSweepService } from './modules/reports/report-reminder-sweep.service';
import { ReportWorkflowService } from './modules/reports/report-workflow.service';
import { ReportEntity } from './modules/reports/report.entity';
import { ReportService } from './modules/reports/report.service';

/** The queue of the periodic reports' sweep (due-soon and overdue events). */
export const REPORT_SWEEP_QUEUE = 'analytics.report-sweep';

export const analyticsSubgraph: SubgraphDefinition<AnalyticsServices> = {
  name: 'analytics',
  defaultPort: 4003,
  entities: [
    OrganizationFactEntity,
    OrganizationVerificationEntity,
    RequestFactEntity,
    ContactFactEntity,
    TrainingFactEntity,
    BookingFactEntity,
    NeedEntity,
    NeedStatusChangeEntity,
    NeedCommentEntity,
    FeedbackThreadEntity,
    FeedbackMessageEntity,
    FeedbackAttachmentEntity,
    FeedbackLinkEntity,
    FeedbackReadEntity,
    ReportFormEntity,
    ReportFormVersionEntity,
    ReportEntity,
    ReportHistoryEntity,
    ReportCommentEntity,
    ReportReminderEntity,
  ],
  migrations: analyticsMigrations,
  buildSchema: buildAnalyticsSchema,
  createServices: ({ dataSource, events, env }) => {
    const needs = new NeedService(dataSource, systemClock);
    // The environment the subgraph was started with, over the process's (tests set some of either).
    const config = loadAnalyticsConfig({ ...process.env, ...env });
    const feedbackFiles = new LocalDiskFileStorage(path.resolve(config.ANALYTICS_FEEDBACK_FILES_DIR));
    const feedbackReader = new FeedbackReadService(dataSource, feedbackFiles);
    const insightOptions = { windowMonths: config.ANALYTICS_CONTACT_WINDOW_MONTHS, rollups: config.ANALYTICS_ROLLUPS, reverifyAfterMonths: config.REGISTRY_REVERIFY_AFTER_MONTHS };
    return {
      facts: new FactRecorderService(dataSource),
      registryFacts: new RegistryFactsService(dataSource),
      coverage: new CoverageService(dataSource, { windowMonths: config.ANALYTICS_CONTACT_WINDOW_MONTHS }),
      overview: new OverviewService(dataSource),
      needs,
      needList: new NeedListService(dataSource),
      needWorkflow: new NeedWorkflowService(dataSource, events, needs, systemClock),
      needThreads: new NeedThreadService(dataSource),
      feedback: new FeedbackService(dataSource, events, feedbackFiles, feedbackReader, config.ANALYTICS_FEEDBACK_FILE_MAX_BYTES),
      feedbackReader,
      exports: new ExportService(
        new NeedListService(dataSource),
        new OverviewService(dataSource),
        new CoverageService(dataSource, { windowMonths: config.ANALYTICS_CONTACT_WINDOW_MONTHS }),
        systemClock,
      ),
      reportExports: new ReportExportService(
        new ReportService(dataSource, systemClock),
        new ReportFormService(dataSource, systemClock),
        new CompletenessService(dataSource, systemClock),
        systemClock,
      ),
      insightExports: new InsightExportService(new InsightService(dataSource, insightOptions), systemClock),
      insights: new InsightService(dataSource, insightOptions),
      outreach: new OutreachService(dataSource),
      cooperationNeeds: new CooperationNeedsService(dataSource),
      insightContext: new InsightContextService(dataSource, new AcceptedReportNarratives(dataSource)),
      reportForms: new ReportFormService(dataSource, systemClock),
      reports: new ReportService(dataSource, systemClock),
      reportList: new ReportListService(dataSource, systemClock),
      reportWorkflow: new ReportWorkflowService(dataSource, events, systemClock),
      completeness: new CompletenessService(dataSource, systemClock),
      reportReminders: new ReportReminderSweepService(dataSource, events, systemClock, { dueSoonDays: config.ANALYTICS_REPORT_DUE_SOON_DAYS }),
    };
  },
  startConsumers: async ({ events }, services) => {
    await startFactConsumers(events, services.facts);
    await startRegistryFactConsumers(events, services.registryFacts);
    await events.schedule(REPORT_SWEEP_QUEUE, loadAnalyticsConfig().ANALYTICS_REPORT_SWEEP_CRON, async () => {
      await services.reportReminders.run();
    });
  },
};
