import { feedbackFilterFromQuery, feedbackQueryWith } from './feedback-filter';

describe('feedback filters', () => {
  it('reads known values from the address and ignores the rest; staff stay in their region', () => {
    const query = new URLSearchParams('region=750000000&status=CLOSED&topic=GOSSIP');
    expect(feedbackFilterFromQuery(query, null)).toEqual({ regionCode: '750000000', status: 'CLOSED' });
    expect(feedbackFilterFromQuery(query, '100000000')).toEqual({ regionCode: '100000000', status: 'CLOSED' });
  });

  it('changes one filter in the address', () => {
    expect(feedbackQueryWith(new URLSearchParams('status=OPEN'), 'topic', 'QUESTION')).toBe('/feedback?status=OPEN&topic=QUESTION');
    expect(feedbackQueryWith(new URLSearchParams('status=OPEN'), 'status', '')).toBe('/feedback');
  });
});
