import { ReportFieldType, ReportStatus } from '@birge/shared-reference';
import type { DataSource } from 'typeorm';
import { fieldsOf, type ReportSectionDefinition } from '../report-forms/report-form-definition';
import type { StoredAnswers } from '../reports/report-answer-values';
import type { ReportNarrativeSource } from './insight-context.service';

/**
 * The narrative of each region's last accepted periodic report (issue 12): its TEXT answers in the
 * form's order, one paragraph each. One statement for every region asked.
 */
export class AcceptedReportNarratives implements ReportNarrativeSource {
  constructor(private readonly dataSource: DataSource) {}

  async lastAccepted(regionCodes: readonly string[]): Promise<Map<string, { narrative: string; period: string }>> {
    const rows: { regionCode: string; period: string; answers: StoredAnswers; sections: ReportSectionDefinition[] }[] = await this.dataSource.query(
      `SELECT DISTINCT ON (r.region_code) r.region_code AS "regionCode", r.period, r.answers, v.sections
       FROM analytics.report r JOIN analytics.report_form_version v ON v.form_id = r.form_id AND v.version = r.form_version
       WHERE r.region_code = ANY($1::text[]) AND r.status = $2
       ORDER BY r.region_code, r.accepted_at DESC, r.id DESC`,
      [[...regionCodes], ReportStatus.ACCEPTED],
    );
    const narratives = new Map<string, { narrative: string; period: string }>();
    for (const row of rows) {
      const paragraphs = fieldsOf(row.sections)
        .filter((field) => field.type === ReportFieldType.TEXT)
        .map((field) => row.answers[field.key]?.text?.trim())
        .filter((text): text is string => Boolean(text));
      if (paragraphs.length) narratives.set(row.regionCode, { narrative: paragraphs.join('\n\n'), period: row.period });
    }
    return narratives;
  }
}
