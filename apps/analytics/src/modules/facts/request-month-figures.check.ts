/** Runs a statement and gives its rows (a DataSource's or a pg Client's query, adapted). */
export type RowQuery = (sql: string) => Promise<Record<string, unknown>[]>;

const KEY = ['region_code', 'month', 'district_code', 'attached', 'type', 'subtype', 'status', 'outcome'];
const SUMS = ['requests', 'overdue_settled', 'referrals', 'answered_referrals', 'ratings', 'rating_sum'];

/** request_month_figures as the facts say it should be: counted afresh with plain GROUP BY, written apart from the triggers. */
const RECOUNT = `SELECT r.region_code, to_char(date_trunc('month', r.submitted_at AT TIME ZONE 'UTC'), 'YYYY-MM-DD') AS month,
    CASE WHEN o.organization_id IS NOT NULL AND o.merged_into IS NULL THEN coalesce(o.district_code, 'NONE') ELSE 'NONE' END AS district_code,
    (o.organization_id IS NOT NULL AND o.merged_into IS NULL) AS attached, r.type, r.subtype, r.status, coalesce(r.outcome, 'NONE') AS outcome,
    count(*)::int AS requests, (count(*) FILTER (WHERE r.resolved_at > r.due_at))::int AS overdue_settled,
    sum(r.referral_count)::int AS referrals, sum(r.answered_referral_count)::int AS answered_referrals,
    count(r.rating)::int AS ratings, coalesce(sum(r.rating), 0)::int AS rating_sum
  FROM analytics.request_fact r LEFT JOIN analytics.organization_fact o ON o.organization_id = r.organization_id
  GROUP BY 1, 2, 3, 4, 5, 6, 7, 8`;

const KEPT = `SELECT ${KEY.map((k) => (k === 'month' ? `to_char(month, 'YYYY-MM-DD') AS month` : k)).join(', ')}, ${SUMS.join(', ')} FROM analytics.request_month_figures`;

const line = (row: Record<string, unknown>) => ({ key: KEY.map((k) => String(row[k])).join('/'), sums: SUMS.map((s) => Number(row[s])).join(',') });

/**
 * The monthly request figures kept by the triggers against a recount of the facts: the keys
 * whose sums differ (or that only one side has), empty when they are equal. A trigger dropped or
 * wrong shows here after the first change it should have followed.
 */
export async function requestMonthFigureDifferences(query: RowQuery): Promise<string[]> {
  const [recount, kept] = await Promise.all([query(RECOUNT), query(KEPT)]);
  const expected = new Map(recount.map(line).map((l) => [l.key, l.sums]));
  const actual = new Map(kept.map(line).map((l) => [l.key, l.sums]));
  const keys = [...new Set([...expected.keys(), ...actual.keys()])].sort();
  return keys.filter((key) => expected.get(key) !== actual.get(key)).map((key) => `${key}: kept ${actual.get(key) ?? 'none'}, facts ${expected.get(key) ?? 'none'}`);
}
