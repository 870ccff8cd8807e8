import { groupByKeys, type LoaderRegistry } from '@birge/server-kit';
import { In, type DataSource } from 'typeorm';
import { NeedCommentEntity } from './need-comment.entity';
import type { NeedComment } from './need-comment.type';
import { toNeedComment, toNeedStatusChange } from './need.mapper';
import { NeedStatusChangeEntity } from './need-status-change.entity';
import type { NeedStatusChange } from './need-status-change.type';
import type { Need } from './need.type';

/**
 * An entry's status history and comment thread, oldest first, each batched across the entries of
 * a request: one statement per kind, however many entries a page shows.
 */
export class NeedThreadService {
  constructor(private readonly dataSource: DataSource) {}

  async historyOf(loaders: LoaderRegistry, need: Need): Promise<NeedStatusChange[]> {
    const loader = loaders.get<string, NeedStatusChangeEntity[]>('need.history', async (ids) => {
      const rows = await this.dataSource.getRepository(NeedStatusChangeEntity).find({ where: { needId: In([...ids]) }, order: { changedAt: 'ASC', id: 'ASC' } });
      return groupByKeys(ids, rows, (row) => row.needId);
    });
    return (await loader.load(need.id)).map((row) => toNeedStatusChange(row, need.regionCode));
  }

  async commentsOf(loaders: LoaderRegistry, need: Need): Promise<NeedComment[]> {
    const loader = loaders.get<string, NeedCommentEntity[]>('need.comments', async (ids) => {
      const rows = await this.dataSource.getRepository(NeedCommentEntity).find({ where: { needId: In([...ids]) }, order: { createdAt: 'ASC', id: 'ASC' } });
      return groupByKeys(ids, rows, (row) => row.needId);
    });
    return (await loader.load(need.id)).map((row) => toNeedComment(row, need.regionCode));
  }
}
