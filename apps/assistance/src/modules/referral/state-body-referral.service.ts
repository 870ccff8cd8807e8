import { groupByKeys, type LoaderRegistry } from '@birge/server-kit';
import { isUuid } from '@birge/shared-reference';
import type { DataSource, EntityManager } from 'typeorm';
import type { StateBodyReferral } from './state-body-referral.type';

const COLUMNS = `id, request_id AS "requestId", state_body AS "stateBody", to_char(referred_on, 'YYYY-MM-DD') AS "referredOn", note, answer,
  to_char(answered_on, 'YYYY-MM-DD') AS "answeredOn", created_by AS "createdBy", created_at AS "createdAt"`;

type ReferralRow = StateBodyReferral & { requestId: string };

/** Referrals of requests to state bodies; written by the workflow, read per request. */
export class StateBodyReferralService {
  constructor(private readonly dataSource: DataSource) {}

  async create(manager: EntityManager, requestId: string, stateBody: string, referredOn: string, note: string | null, authorId: string): Promise<string> {
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO assistance.state_body_referral (request_id, state_body, referred_on, note, created_by) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [requestId, stateBody, referredOn, note, authorId],
    );
    return rows[0].id;
  }

  /** Locks one referral of the request; null when the request has no such referral. */
  async lock(manager: EntityManager, requestId: string, referralId: string): Promise<ReferralRow | null> {
    if (!isUuid(referralId)) return null;
    const rows: ReferralRow[] = await manager.query(
      `SELECT ${COLUMNS} FROM assistance.state_body_referral WHERE id = $1 AND request_id = $2 FOR UPDATE`,
      [referralId, requestId],
    );
    return rows[0] ?? null;
  }

  async answer(manager: EntityManager, referralId: string, answer: string, answeredOn: string, authorId: string): Promise<void> {
    await manager.query(`UPDATE assistance.state_body_referral SET answer = $2, answered_on = $3, answered_by = $4 WHERE id = $1`, [
      referralId,
      answer,
      answeredOn,
      authorId,
    ]);
  }

  loader(loaders: LoaderRegistry) {
    return loaders.get<string, StateBodyReferral[]>('referral.byRequest', async (requestIds) => {
      const valid = requestIds.filter((id) => isUuid(id));
      const rows: ReferralRow[] = valid.length
        ? await this.dataSource.query(
            `SELECT ${COLUMNS} FROM assistance.state_body_referral WHERE request_id = ANY($1::uuid[]) ORDER BY created_at, id`,
            [valid],
          )
        : [];
      return groupByKeys(requestIds, rows, (row) => row.requestId);
    });
  }
}
