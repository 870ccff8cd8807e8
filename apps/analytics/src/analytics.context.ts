import type { SubgraphContext } from '@birge/server-kit';
import type { CoverageService } from './modules/coverage/coverage.service';
import type { RegistryFactsService } from './modules/contacts/registry-facts.service';
import type { FactRecorderService } from './modules/facts/fact-recorder.service';
import type { FeedbackReadService } from './modules/feedback/feedback-read.service';
import type { FeedbackService } from './modules/feedback/feedback.service';
import type { ExportService } from './modules/exports/export.service';
import type { ReportExportService } from './modules/exports/report-export.service';
import type { InsightExportService } from './modules/exports/insight-export.service';
import type { InsightContextService } from './modules/insights/insight-context.service';
import type { InsightService } from './modules/insights/insight.service';
import type { NeedListService } from './modules/needs/need-list.service';
import type { NeedThreadService } from './modules/needs/need-thread.service';
import type { NeedWorkflowService } from './modules/needs/need-workflow.service';
import type { NeedService } from './modules/needs/need.service';
import type { OverviewService } from './modules/overview/overview.service';
import type { CompletenessService } from './modules/completeness/completeness.service';
import type { ReportFormService } from './modules/report-forms/report-form.service';
import type { ReportListService } from './modules/reports/report-list.service';
import type { ReportReminderSweepService } from './modules/reports/report-reminder-sweep.service';
import type { ReportWorkflowService } from './modules/reports/report-workflow.service';
import type { ReportService } from './modules/reports/report.service';

export interface AnalyticsServices {
  facts: FactRecorderService;
  registryFacts: RegistryFactsService;
  coverage: CoverageService;
  overview: OverviewService;
  needs: NeedService;
  needList: NeedListService;
  needWorkflow: NeedWorkflowService;
  needThreads: NeedThreadService;
  feedback: FeedbackService;
  feedbackReader: FeedbackReadService;
  exports: ExportService;
  reportExports: ReportExportService;
  insightExports: InsightExportService;
  insights: InsightService;
  insightContext: InsightContextService;
  reportForms: ReportFormService;
  reports: ReportService;
  reportList: ReportListService;
  reportWorkflow: ReportWorkflowService;
  completeness: CompletenessService;
  reportReminders: ReportReminderSweepService;
}

export type AnalyticsContext = SubgraphContext<AnalyticsServices>;
