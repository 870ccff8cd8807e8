import { exerciseMigrations } from '@birge/server-testing';
import { identitySubgraph } from '../src/identity.subgraph';

describe('identity migrations', () => {
  it('apply to an empty database, and the last one reverts and re-applies cleanly', async () => {
    const result = await exerciseMigrations(identitySubgraph);
    expect(result.applied).toHaveLength(identitySubgraph.migrations.length);
    expect(result.afterUp).toEqual(['api_key', 'audit_entry', 'login_throttle', 'processed_event', 'session', 'staff_account']);
    expect(result.columnsAfterUp).toEqual(expect.arrayContaining(['staff_account.language', 'api_key.expiry_announced_at', 'staff_account.announced_at']));
    // The last migration adds the table of the events identity's consumers handled; reverting removes it alone.
    expect(result.afterRevert).toEqual(['api_key', 'audit_entry', 'login_throttle', 'session', 'staff_account']);
    expect(result.columnsAfterRevert).toContain('staff_account.announced_at');
    expect(result.afterReapply).toEqual(result.afterUp);
    expect(result.columnsAfterReapply).toEqual(result.columnsAfterUp);
  });
});
