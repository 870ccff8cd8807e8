import type { EventBus } from '@birge/server-kit';
import { NeedKind, NeedStatus, NeedTheme, type Identity } from '@birge/shared-reference';
import type { DataSource } from 'typeorm';
import type { Clock } from './need-clock';
import { staleVersion } from './need-errors';
import { lockNeed } from './need-lock';
import { assertCanWriteNeeds } from './need-access';
import { NeedCommentEntity } from './need-comment.entity';
import { NeedEntity } from './need.entity';
import { toNeed } from './need.mapper';
import { assertTransition, requiredText } from './need.rules';
import type { NeedService } from './need.service';
import type { Need } from './need.type';
import type { ChangeNeedStatusInput } from './dto/change-need-status.input';
import type { CommentOnNeedInput } from './dto/comment-on-need.input';

/**
 * An entry's status and its comment thread. A status change runs in one transaction: lock the
 * entry, check who, the version and the move, write the new status, its history step and (when
 * escalated) the `analytics.need-escalated` event; any refusal rolls all of it back.
 */
export class NeedWorkflowService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventBus,
    private readonly needs: NeedService,
    private readonly clock: Clock,
  ) {}

  changeStatus(input: ChangeNeedStatusInput, identity: Identity | null): Promise<Need> {
    return this.dataSource.transaction(async (manager) => {
      const need = await lockNeed(manager, input.id);
      const actor = assertCanWriteNeeds(identity, need.regionCode, `need ${need.id}`);
      if (need.version !== input.version) throw staleVersion(need.id, input.version, need.version);
      const from = need.status as NeedStatus;
      assertTransition(from, input.status);
      const comment = requiredText(input.comment, 'comment');
      need.status = input.status;
      need.updatedBy = actor.userId;
      const saved = await manager.getRepository(NeedEntity).save(need);
      await this.needs.appendHistory(manager, need.id, from, input.status, comment, actor.userId);
      if (input.status === NeedStatus.ESCALATED) {
        await this.events.publish(manager, 'analytics.need-escalated', {
          needId: need.id,
          regionCode: need.regionCode,
          districtCode: need.districtCode,
          theme: need.theme as NeedTheme,
          kind: need.kind as NeedKind,
          escalatedBy: actor.userId,
          escalatedAt: this.clock.now().toISOString(),
        });
      }
      return toNeed(saved);
    });
  }

  /** Comments only add to the thread: the entry's version does not change. Closed entries still take comments. */
  comment(input: CommentOnNeedInput, identity: Identity | null): Promise<Need> {
    return this.dataSource.transaction(async (manager) => {
      const need = await lockNeed(manager, input.id);
      const actor = assertCanWriteNeeds(identity, need.regionCode, `need ${need.id}`);
      const text = requiredText(input.text, 'text');
      await manager.getRepository(NeedCommentEntity).insert({ needId: need.id, authorId: actor.userId, text });
      return toNeed(need);
    });
  }
}
