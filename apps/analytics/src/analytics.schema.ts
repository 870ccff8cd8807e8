import { buildFederatedSchema, roleAuthChecker } from '@birge/server-kit';
import type { GraphQLSchema } from 'graphql';
import { CoverageResolver } from './modules/coverage/coverage.resolver';
import { ExportResolver } from './modules/exports/export.resolver';
import { ReportExportResolver } from './modules/exports/report-export.resolver';
import { InsightExportResolver } from './modules/exports/insight-export.resolver';
import { FeedbackAttachmentResolver, FeedbackLinkResolver, FeedbackMessageDetailsResolver, FeedbackThreadDetailsResolver } from './modules/feedback/feedback-details.resolver';
import { FeedbackResolver } from './modules/feedback/feedback.resolver';
import { NeedDetailsResolver } from './modules/needs/need-details.resolver';
import { NeedWorkflowResolver } from './modules/needs/need-workflow.resolver';
import { NeedResolver } from './modules/needs/need.resolver';
import { InsightLineContextResolver, InsightRowContextResolver } from './modules/insights/insight-context.resolver';
import { InsightResolver } from './modules/insights/insight.resolver';
import { OutreachResolver } from './modules/outreach/outreach.resolver';
import { CooperationNeedsResolver } from './modules/cooperation/cooperation-needs.resolver';
import { cooperationMatchReferences } from './modules/cooperation/cooperation-match.reference';
import { CooperationMatch } from './modules/cooperation/cooperation-match.type';
import { OverviewResolver } from './modules/overview/overview.resolver';
import { CompletenessResolver } from './modules/completeness/completeness.resolver';
import { ReportFormResolver } from './modules/report-forms/report-form.resolver';
import { ReportAnswerResolver, ReportDetailsResolver } from './modules/reports/report-details.resolver';
import { ReportWorkflowResolver } from './modules/reports/report-workflow.resolver';
import { ReportResolver } from './modules/reports/report.resolver';
import { AssistanceRequest } from './modules/reference/assistance-request.type';
import { Organization } from './modules/reference/organization.type';
import { Training } from './modules/reference/training.type';
import { District } from './modules/region/district.type';
import { Region } from './modules/region/region.type';
import { regionReferences } from './modules/region/region.reference';

export function buildAnalyticsSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    partnerScope: 'analytics',
    resolvers: [
      CoverageResolver,
      OverviewResolver,
      ExportResolver,
      ReportExportResolver,
      InsightExportResolver,
      NeedResolver,
      NeedWorkflowResolver,
      NeedDetailsResolver,
      FeedbackResolver,
      FeedbackThreadDetailsResolver,
      FeedbackMessageDetailsResolver,
      FeedbackAttachmentResolver,
      FeedbackLinkResolver,
      ReportFormResolver,
      ReportResolver,
      ReportWorkflowResolver,
      ReportDetailsResolver,
      ReportAnswerResolver,
      CompletenessResolver,
      InsightResolver,
      InsightRowContextResolver,
      InsightLineContextResolver,
      OutreachResolver,
      CooperationNeedsResolver,
    ],
    // Region and District are owned by the registry; here they are stubs reached through references.
    // Organization, AssistanceRequest and Training: keys only, the evidence of a need.
    // CooperationMatch: the registry's, with the needs the pair answer for each other.
    orphanedTypes: [Region, District, Organization, AssistanceRequest, Training, CooperationMatch],
    referenceResolvers: { ...regionReferences, ...cooperationMatchReferences },
    authChecker: roleAuthChecker,
  });
}
