import { registerGraphqlEnum, labelDescriptions } from '@birge/server-kit';
import {
  REPORT_ACTION_LABELS,
  REPORT_COMMENT_RULE_LABELS,
  REPORT_FIELD_TYPE_LABELS,
  REPORT_PERIOD_TYPE_LABELS,
  REPORT_STATUS_LABELS,
  ReportAction,
  ReportCommentRule,
  ReportFieldType,
  ReportPeriodType,
  ReportStatus,
} from '@birge/shared-reference';

registerGraphqlEnum(
  ReportPeriodType,
  'ReportPeriodType',
  'How long a period of a report form is. Periods are written 2026-07 (MONTH), 2026-Q3 (QUARTER), 2026-H2 (HALF_YEAR), 2026 (YEAR).',
  labelDescriptions(REPORT_PERIOD_TYPE_LABELS),
);

registerGraphqlEnum(ReportFieldType, 'ReportFieldType', 'What a field of a report form asks for.', labelDescriptions(REPORT_FIELD_TYPE_LABELS));

registerGraphqlEnum(
  ReportCommentRule,
  'ReportCommentRule',
  "When a field's answer must come with a comment of the front office (checked on submit).",
  labelDescriptions(REPORT_COMMENT_RULE_LABELS),
);

registerGraphqlEnum(
  ReportStatus,
  'ReportStatus',
  'Where a periodic report stands: DRAFT -> SUBMITTED -> ACCEPTED (locked), or RETURNED to the region and submitted again.',
  labelDescriptions(REPORT_STATUS_LABELS),
);

registerGraphqlEnum(ReportAction, 'ReportAction', "A step of a report's history.", labelDescriptions(REPORT_ACTION_LABELS));

export { ReportAction, ReportCommentRule, ReportFieldType, ReportPeriodType, ReportStatus };
