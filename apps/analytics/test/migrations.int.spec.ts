import { exerciseMigrations } from '@birge/server-testing';
import { analyticsSubgraph } from '../src/analytics.subgraph';

const TABLES = [
  'organization_fact',
  'processed_event',
  'request_fact',
  'training_fact',
  'booking_fact',
  'need',
  'need_status_change',
  'need_comment',
  'feedback_thread',
  'feedback_message',
  'feedback_attachment',
  'feedback_link',
  'feedback_read',
];

describe('analytics migrations', () => {
  it('apply to an empty database, and the last one reverts and re-applies cleanly', async () => {
    const result = await exerciseMigrations(analyticsSubgraph);
    expect(result.applied).toHaveLength(analyticsSubgraph.migrations.length);
    expect(result.afterUp).toEqual(expect.arrayContaining(TABLES));
    expect(result.columnsAfterRevert.length).toBeLessThan(result.columnsAfterUp.length);
    expect(result.afterReapply).toEqual(result.afterUp);
  });
});
