import { byKeys, decodeCursor, pageSize, toConnection, type LoaderRegistry } from '@birge/server-kit';
import { AccessRestriction, isUuid, type Identity } from '@birge/shared-reference';
import type { DataSource } from 'typeorm';
import { readableRegionList } from '../access/assistance-access';
import type { StateBodyReferralConnection, StateBodyReferralSummary } from '../directory/state-body.type';
import type { StateBodyReferral } from './state-body-referral.type';

const COLUMNS = `f.id, f.request_id AS "requestId", f.state_body AS "stateBody", f.state_body_id AS "stateBodyId", to_char(f.referred_on, 'YYYY-MM-DD') AS "referredOn",
  f.note, f.answer, to_char(f.answered_on, 'YYYY-MM-DD') AS "answeredOn", f.created_by AS "createdBy", f.created_at AS "createdAt", r.region_code AS "regionCode"`;

const EMPTY: StateBodyReferralSummary = { made: 0, answered: 0, waiting: 0, medianResponseDays: null, longestWaitingDays: null, lastReferredOn: null };

/** The history of a directory state body: the referrals made to it and how it answered. */
export class StateBodyHistoryService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The referrals to the body, newest first, of the requests the caller may read (regional staff:
   * their own region's; withheld says so when that leaves none out of some).
   */
  async referrals(stateBodyId: string, identity: Identity | null, first: number | null | undefined, after: string | null | undefined): Promise<StateBodyReferralConnection> {
    const limit = pageSize(first);
    const cursor = decodeCursor(after, 2);
    const none = (withheld: AccessRestriction | null) => ({ edges: [], totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, withheld });
    if (!identity) return none(AccessRestriction.SIGN_IN_REQUIRED);
    if (!isUuid(stateBodyId)) return none(null);
    const regions = readableRegionList(identity);
    const base = `FROM assistance.state_body_referral f JOIN assistance.assistance_request r ON r.id = f.request_id
      WHERE f.state_body_id = $1 AND ($2::text[] IS NULL OR r.region_code = ANY($2::text[]))`;
    const [rows, [counted]] = await Promise.all([
      this.dataSource.query(
        `SELECT ${COLUMNS} ${base} AND ($3::date IS NULL OR (f.referred_on, f.id) < ($3::date, $4::uuid))
         ORDER BY f.referred_on DESC, f.id DESC LIMIT $5`,
        [stateBodyId, regions, cursor?.[0] ?? null, cursor?.[1] ?? null, limit + 1],
      ) as Promise<StateBodyReferral[]>,
      this.dataSource.query(`SELECT count(*)::int AS n ${base}`, [stateBodyId, regions]) as Promise<{ n: number }[]>,
    ]);
    return { ...toConnection(rows, limit, counted.n, (row) => [row.referredOn, row.id]), withheld: null };
  }

  /** The summary of every body asked for in a request, in one statement, as of `today` (YYYY-MM-DD). */
  summaryLoader(loaders: LoaderRegistry, today: string) {
    return loaders.get<string, StateBodyReferralSummary>('stateBody.referralSummary', async (ids) => {
      const rows: (StateBodyReferralSummary & { stateBodyId: string })[] = await this.dataSource.query(
        `SELECT state_body_id AS "stateBodyId", count(*)::int AS made, count(answered_on)::int AS answered,
                (count(*) - count(answered_on))::int AS waiting,
                (percentile_cont(0.5) WITHIN GROUP (ORDER BY answered_on - referred_on) FILTER (WHERE answered_on IS NOT NULL))::float AS "medianResponseDays",
                max($2::date - referred_on) FILTER (WHERE answered_on IS NULL) AS "longestWaitingDays",
                to_char(max(referred_on), 'YYYY-MM-DD') AS "lastReferredOn"
         FROM assistance.state_body_referral WHERE state_body_id = ANY($1::uuid[]) GROUP BY state_body_id`,
        [ids.filter((id) => isUuid(id)), today],
      );
      return byKeys(ids, rows, (row) => row.stateBodyId).map((row) => (row ? { ...row, stateBodyId: undefined } : EMPTY) as StateBodyReferralSummary);
    });
  }
}
