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
  type LocalizedText,
} from '@birge/shared-reference';
import { registerEnumType } from 'type-graphql';

/** Each value described by its English label, so partners read the list in the published schema. */
function described<E extends string>(labels: Record<E, LocalizedText>): Record<E, { description: string }> {
  return Object.fromEntries(Object.entries<LocalizedText>(labels).map(([value, label]) => [value, { description: `${label.en}.` }])) as Record<E, { description: string }>;
}

registerEnumType(ReportPeriodType, {
  name: 'ReportPeriodType',
  description: 'How long a period of a report form is. Periods are written 2026-07 (MONTH), 2026-Q3 (QUARTER), 2026-H2 (HALF_YEAR), 2026 (YEAR).',
  valuesConfig: described(REPORT_PERIOD_TYPE_LABELS),
});

registerEnumType(ReportFieldType, {
  name: 'ReportFieldType',
  description: 'What a field of a report form asks for.',
  valuesConfig: described(REPORT_FIELD_TYPE_LABELS),
});

registerEnumType(ReportCommentRule, {
  name: 'ReportCommentRule',
  description: "When a field's answer must come with a comment of the front office (checked on submit).",
  valuesConfig: described(REPORT_COMMENT_RULE_LABELS),
});

registerEnumType(ReportStatus, {
  name: 'ReportStatus',
  description: 'Where a periodic report stands: DRAFT -> SUBMITTED -> ACCEPTED (locked), or RETURNED to the region and submitted again.',
  valuesConfig: described(REPORT_STATUS_LABELS),
});

registerEnumType(ReportAction, {
  name: 'ReportAction',
  description: "A step of a report's history.",
  valuesConfig: described(REPORT_ACTION_LABELS),
});

export { ReportAction, ReportCommentRule, ReportFieldType, ReportPeriodType, ReportStatus };
