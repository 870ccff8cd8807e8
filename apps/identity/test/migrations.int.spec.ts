import { exerciseMigrations } from '@birge/server-testing';
import { identitySubgraph } from '../src/identity.subgraph';

describe('identity migrations', () => {
  it('apply to an empty database, and the last one reverts and re-applies cleanly', async () => {
    const result = await exerciseMigrations(identitySubgraph);
    expect(result.applied).toHaveLength(identitySubgraph.migrations.length);
    expect(result.afterUp).toEqual(['api_key', 'audit_entry', 'login_throttle', 'session', 'staff_account']);
    expect(result.afterRevert.length).toBeLessThan(result.afterUp.length);
    expect(result.afterReapply).toEqual(result.afterUp);
  });
});
