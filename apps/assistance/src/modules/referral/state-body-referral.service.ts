import { groupByKeys, type LoaderRegistry } from '@birge/server-kit';
import { isUuid } from '@birge/shared-reference';
import type { DataSource, EntityManager } from 'typeorm';
import { invalidField } from '../common/coded-errors';
import type { DirectoryEntryService } from '../directory/directory-entry.service';
import type { StateBodyReferralInput } from '../request/dto/request-workflow.inputs';
import type { StateBodyReferral } from './state-body-referral.type';

const COLUMNS = `id, request_id AS "requestId", state_body AS "stateBody", state_body_id AS "stateBodyId", to_char(referred_on, 'YYYY-MM-DD') AS "referredOn", note, answer,
  to_char(answered_on, 'YYYY-MM-DD') AS "answeredOn", created_by AS "createdBy", created_at AS "createdAt"`;

type ReferralRow = StateBodyReferral & { requestId: string };

/** Referrals of requests to state bodies; written by the workflow, read per request. */
export class StateBodyReferralService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly directory: DirectoryEntryService,
  ) {}

  /**
   * Records a referral. Linked to the directory (`stateBodyId`, an active state body), it is named by
   * the entry's Kazakh name; otherwise by the free text `stateBody` (REQUIRED when neither is given).
   */
  async create(manager: EntityManager, requestId: string, input: StateBodyReferralInput, referredOn: string, authorId: string): Promise<string> {
    let stateBody = input.stateBody?.trim() || null;
    let stateBodyId: string | null = null;
    if (input.stateBodyId) {
      const entry = await this.directory.require(manager, input.stateBodyId, 'STATE_BODY', 'referral.stateBodyId');
      stateBodyId = entry.id;
      stateBody = entry.name.kk;
    }
    if (!stateBody || stateBody.length < 2) {
      throw invalidField('referral.stateBody', 'REQUIRED', 'name the state body (2 to 300 characters), or choose one of the directory (referral.stateBodyId)');
    }
    const note = input.note?.trim() || null;
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO assistance.state_body_referral (request_id, state_body, state_body_id, referred_on, note, created_by) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [requestId, stateBody, stateBodyId, referredOn, note, authorId],
    );
    return rows[0].id;
  }

  /** Locks one referral of the request; null when the request has no such referral. */
  async lock(manager: EntityManager, requestId: string, referralId: string): Promise<ReferralRow | null> {
    if (!isUuid(referralId)) return null;
    const rows: ReferralRow[] = await manager.query(`SELECT ${COLUMNS} FROM assistance.state_body_referral WHERE id = $1 AND request_id = $2 FOR UPDATE`, [referralId, requestId]);
    return rows[0] ?? null;
  }

  async answer(manager: EntityManager, referralId: string, answer: string, answeredOn: string, authorId: string): Promise<void> {
    await manager.query(`UPDATE assistance.state_body_referral SET answer = $2, answered_on = $3, answered_by = $4 WHERE id = $1`, [referralId, answer, answeredOn, authorId]);
  }

  loader(loaders: LoaderRegistry) {
    return loaders.get<string, StateBodyReferral[]>('referral.byRequest', async (requestIds) => {
      const valid = requestIds.filter((id) => isUuid(id));
      const rows: ReferralRow[] = valid.length
        ? await this.dataSource.query(`SELECT ${COLUMNS} FROM assistance.state_body_referral WHERE request_id = ANY($1::uuid[]) ORDER BY created_at, id`, [valid])
        : [];
      return groupByKeys(requestIds, rows, (row) => row.requestId);
    });
  }
}
