import { exerciseMigrations } from '@birge/server-testing';
import { assistanceSubgraph } from '../src/assistance.subgraph';

describe('assistance migrations', () => {
  it('apply to an empty database, and the last one reverts and re-applies cleanly', async () => {
    const result = await exerciseMigrations(assistanceSubgraph);
    expect(result.applied).toHaveLength(assistanceSubgraph.migrations.length);
    expect(result.afterUp.length).toBeGreaterThan(0);
    expect(result.afterRevert.length).toBeLessThan(result.afterUp.length);
    expect(result.afterReapply).toEqual(result.afterUp);
  });
});
