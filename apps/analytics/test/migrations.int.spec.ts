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
    // The last migration swaps the facts' (region, submitted) index for its covering form.
    expect(result.indexesAfterUp).toContain('request_fact_region_submitted_cover_idx');
    expect(result.indexesAfterUp).not.toContain('request_fact_region_submitted_idx');
    expect(result.indexesAfterRevert).toContain('request_fact_region_submitted_idx');
    expect(result.indexesAfterRevert).not.toContain('request_fact_region_submitted_cover_idx');
    expect(result.columnsAfterRevert).toEqual(result.columnsAfterUp);
    expect(result.indexesAfterReapply).toEqual(result.indexesAfterUp);
    expect(result.afterReapply).toEqual(result.afterUp);
  });
});
