import { exerciseMigrations } from '@birge/server-testing';
import { registrySubgraph } from '../src/registry.subgraph';

describe('registry migrations', () => {
  it('apply to an empty database, and the last one reverts and re-applies cleanly', async () => {
    const result = await exerciseMigrations(registrySubgraph);
    expect(result.applied).toHaveLength(registrySubgraph.migrations.length);
    expect(result.afterUp.length).toBeGreaterThan(0);
    expect(result.afterRevert.length).toBeLessThan(result.afterUp.length);
    expect(result.afterReapply).toEqual(result.afterUp);
  });
});
