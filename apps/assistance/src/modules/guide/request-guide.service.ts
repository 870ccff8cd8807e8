import { groupByKeys, type LoaderRegistry } from '@birge/server-kit';
import { isUuid, type Identity } from '@birge/shared-reference';
import type { DataSource } from 'typeorm';
import { assertCanWrite } from '../access/assistance-access';
import type { Clock } from '../common/clock';
import { toAssistanceRequest } from '../request/assistance-request.mapper';
import type { AssistanceRequest } from '../request/assistance-request.type';
import { lockRequest } from '../request/request-lock';
import { GUIDE_COLUMNS, toGuide, type GuideRow } from './guide-row';
import { assertConsultative, assertGuideUsableIn } from './guide-rules';
import type { GuideService } from './guide.service';
import type { RequestGuideInput } from './guide.inputs';
import type { Guide } from './guide.type';

/** How many guides a request suggests from its sub-type. */
export const SUGGESTED_GUIDES = 10;

/** Guides staff attach to consultative requests, and the ones a request's sub-type suggests. */
export class RequestGuideService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly guides: GuideService,
    private readonly clock: Clock,
  ) {}

  /** Attaching one already attached changes nothing. */
  attach(input: RequestGuideInput, identity: Identity | null): Promise<AssistanceRequest> {
    return this.dataSource.transaction(async (manager) => {
      const request = await lockRequest(manager, input.requestId);
      const actor = assertCanWrite(identity, request.regionCode, `assistance request ${request.id}`);
      assertConsultative(request.type, request.id);
      const guide = await this.guides.lock(manager, input.guideId, 'guideId');
      assertGuideUsableIn(guide.ownerRegionCode, request.regionCode, guide.id);
      await manager.query(`INSERT INTO assistance.request_guide (request_id, guide_id, attached_by) VALUES ($1, $2, $3) ON CONFLICT (request_id, guide_id) DO NOTHING`, [
        request.id,
        guide.id,
        actor.userId,
      ]);
      return toAssistanceRequest(request, this.clock.now());
    });
  }

  detach(input: RequestGuideInput, identity: Identity | null): Promise<AssistanceRequest> {
    return this.dataSource.transaction(async (manager) => {
      const request = await lockRequest(manager, input.requestId);
      assertCanWrite(identity, request.regionCode, `assistance request ${request.id}`);
      await manager.query(`DELETE FROM assistance.request_guide WHERE request_id = $1 AND guide_id = $2`, [request.id, input.guideId]);
      return toAssistanceRequest(request, this.clock.now());
    });
  }

  /** The guides attached to each request, in the order they were attached. */
  attachedLoader(loaders: LoaderRegistry) {
    return loaders.get<string, Guide[]>('guide.byRequest', async (requestIds) => {
      const valid = requestIds.filter((id) => isUuid(id));
      const rows: (GuideRow & { requestId: string })[] = valid.length
        ? await this.dataSource.query(
            `SELECT ${GUIDE_COLUMNS}, rg.request_id AS "requestId" FROM assistance.request_guide rg JOIN assistance.guide g ON g.id = rg.guide_id
             WHERE rg.request_id = ANY($1::uuid[]) ORDER BY rg.attached_at, g.id`,
            [valid],
          )
        : [];
      return groupByKeys(requestIds, rows, (row) => row.requestId).map((group) => group.map(({ requestId: _, ...row }) => toGuide(row)));
    });
  }

  /** The guides tagged with a sub-type and usable in a region, by title; keyed "<subtype>|<region>". */
  suggestedLoader(loaders: LoaderRegistry) {
    return loaders.get<string, Guide[]>('guide.suggested', async (keys) => {
      const pairs = keys.map((key) => key.split('|'));
      const rows: (GuideRow & { key: string })[] = await this.dataSource.query(
        `SELECT s.*, k.subtype || '|' || coalesce(k.region, '') AS "key"
         FROM unnest($1::text[], $2::text[]) AS k(subtype, region)
         CROSS JOIN LATERAL (SELECT ${GUIDE_COLUMNS} FROM assistance.guide g
           WHERE k.subtype = ANY(g.subtypes) AND (g.owner_region_code IS NULL OR g.owner_region_code = k.region)
           ORDER BY g.title, g.id LIMIT ${SUGGESTED_GUIDES}) s
         ORDER BY s.title, s.id`,
        [pairs.map(([subtype]) => subtype), pairs.map(([, region]) => region || null)],
      );
      return groupByKeys(keys, rows, (row) => row.key).map((group) => group.map(({ key: _, ...row }) => toGuide(row)));
    });
  }
}
