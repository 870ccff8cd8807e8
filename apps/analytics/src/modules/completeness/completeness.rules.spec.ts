import { cellOf, countCells } from './completeness.rules';
import { ReportingState } from './completeness.type';

const NOW = new Date('2026-04-20T06:00:00Z');
const DUE = '2026-04-15';

describe('completeness cells', () => {
  it('tells a region that never opened its report, past the due day, overdue', () => {
    expect(cellOf('100000000', '2026-Q1', DUE, 0, undefined, NOW)).toMatchObject({ state: ReportingState.NOT_STARTED, reportId: null, submittedOnTime: null, overdue: true });
  });

  it('keeps a returned report counted as submitted, on time by its first submission', () => {
    const cell = cellOf(
      '100000000',
      '2026-Q1',
      DUE,
      0,
      { id: 'r', regionCode: '100000000', period: '2026-Q1', status: 'RETURNED', firstSubmittedAt: new Date('2026-04-10T05:00:00Z') },
      NOW,
    );
    expect(cell).toMatchObject({ state: ReportingState.RETURNED, submittedOnTime: true, overdue: false });
  });

  it('counts expected, submitted, on time, returned, accepted, overdue, drafts and not started', () => {
    const late = new Date('2026-04-19T05:00:00Z');
    const cells = [
      cellOf('a', '2026-Q1', DUE, 2, undefined, NOW),
      cellOf('b', '2026-Q1', DUE, 2, { id: '1', regionCode: 'b', period: '2026-Q1', status: 'DRAFT', firstSubmittedAt: null }, NOW),
      cellOf('c', '2026-Q1', DUE, 2, { id: '2', regionCode: 'c', period: '2026-Q1', status: 'ACCEPTED', firstSubmittedAt: new Date('2026-04-16T05:00:00Z') }, NOW),
      cellOf('d', '2026-Q1', DUE, 2, { id: '3', regionCode: 'd', period: '2026-Q1', status: 'SUBMITTED', firstSubmittedAt: late }, NOW),
    ];
    expect(countCells(cells)).toEqual({ expected: 4, submitted: 2, onTime: 1, returned: 0, accepted: 1, overdue: 2, drafts: 1, notStarted: 1 });
  });
});
