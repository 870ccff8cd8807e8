import { ReportStatus } from '@birge/shared-reference';
import { isOverdue, submittedOnTime } from '../reports/report-period';
import { ReportingState, type ReportingCell, type ReportingCounts } from './completeness.type';

/** What completeness needs of a stored report. */
export interface ReportRow {
  id: string;
  regionCode: string;
  period: string;
  status: string;
  firstSubmittedAt: Date | null;
}

/** A region × period cell: where its report stands (NOT_STARTED without one), on time, overdue. */
export function cellOf(regionCode: string, period: string, due: string, onTimeWindowDays: number, report: ReportRow | undefined, now: Date): ReportingCell {
  const submittedAt = report?.firstSubmittedAt ?? null;
  return {
    regionCode,
    region: { code: regionCode },
    period,
    dueOn: due,
    state: report ? (report.status as ReportStatus as unknown as ReportingState) : ReportingState.NOT_STARTED,
    reportId: report?.id ?? null,
    firstSubmittedAt: submittedAt,
    submittedOnTime: submittedAt ? submittedOnTime(submittedAt, due, onTimeWindowDays) : null,
    overdue: isOverdue(now, due, submittedAt !== null),
  };
}

/** The counts of some cells. "Submitted" is judged by the first submission, so a returned report still counts as submitted. */
export function countCells(cells: readonly ReportingCell[]): ReportingCounts {
  return {
    expected: cells.length,
    submitted: cells.filter((c) => c.firstSubmittedAt !== null).length,
    onTime: cells.filter((c) => c.submittedOnTime === true).length,
    returned: cells.filter((c) => c.state === ReportingState.RETURNED).length,
    accepted: cells.filter((c) => c.state === ReportingState.ACCEPTED).length,
    overdue: cells.filter((c) => c.overdue).length,
    drafts: cells.filter((c) => c.state === ReportingState.DRAFT).length,
    notStarted: cells.filter((c) => c.state === ReportingState.NOT_STARTED).length,
  };
}
