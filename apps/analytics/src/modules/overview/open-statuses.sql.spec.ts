import { OPEN_ASSISTANCE_STATUSES } from '@birge/shared-reference';
import { OPEN_REQUEST_INDEX_STATUSES } from '../../migrations/1765200000000-FactVersions';
import { ROLLUP_OPEN_STATUSES } from '../../migrations/1765460000000-RegionFigures';
import { OPEN_STATUSES_SQL } from './open-statuses.sql';

describe('open statuses in the overview statement', () => {
  it('are those of the partial index, so the index serves the overview', () => {
    expect([...OPEN_ASSISTANCE_STATUSES].sort()).toEqual([...OPEN_REQUEST_INDEX_STATUSES].sort());
    // And those the overview's per-region counts (region_figures) are kept for.
    expect([...OPEN_ASSISTANCE_STATUSES].sort()).toEqual([...ROLLUP_OPEN_STATUSES].sort());
    expect(OPEN_STATUSES_SQL).toBe("'NEW', 'TRIAGED', 'IN_PROGRESS', 'WAITING_ON_STATE_BODY'");
  });
});
