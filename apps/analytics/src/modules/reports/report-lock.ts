import { NotFoundError } from '@birge/server-kit';
import { ReportStatus } from '@birge/shared-reference';
import type { EntityManager } from 'typeorm';
import { conflict, staleVersion } from '../needs/need-errors';
import { assertId } from '../needs/need-place';
import { ReportEntity } from './report.entity';

/** Reads a report for change inside the caller's transaction, row-locked; NOT_FOUND (field `id`) when there is none. */
export async function lockReport(manager: EntityManager, id: string): Promise<ReportEntity> {
  assertId(id, 'id');
  const report = await manager.getRepository(ReportEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!report) throw new NotFoundError('Report', id, 'id');
  return report;
}

/** CONFLICT (STALE_VERSION) when the caller changed an older version than the stored one. */
export function assertVersion(report: ReportEntity, version: number): void {
  if (report.version !== version) throw staleVersion(report.id, version, report.version);
}

/**
 * The region may change a report's answers while it is a draft or returned. A submitted report
 * waits for review (CONFLICT REPORT_SUBMITTED); an accepted one is locked (CONFLICT REPORT_LOCKED)
 * until an administrator reopens it.
 */
export function assertFillable(report: ReportEntity): void {
  if (report.status === ReportStatus.SUBMITTED) {
    throw conflict('REPORT_SUBMITTED', 'the report is submitted and waits for the republican office: it can change again once returned', { field: 'id', status: report.status });
  }
  assertNotLocked(report);
}

/** CONFLICT (REPORT_LOCKED) on an accepted report: only reopenReport changes it. */
export function assertNotLocked(report: ReportEntity): void {
  if (report.status === ReportStatus.ACCEPTED) {
    throw conflict('REPORT_LOCKED', 'the report is accepted and locked: a republican administrator must reopen it first, with a reason', { field: 'id', status: report.status });
  }
}

/** CONFLICT (INVALID_STATUS) unless the report is in one of the statuses the step starts from. */
export function assertStatus(report: ReportEntity, allowed: readonly ReportStatus[], step: string): void {
  if (!allowed.includes(report.status as ReportStatus)) {
    throw conflict('INVALID_STATUS', `a report in ${report.status} cannot be ${step}; it must be ${allowed.join(' or ')}`, { field: 'id', status: report.status, allowed });
  }
}
