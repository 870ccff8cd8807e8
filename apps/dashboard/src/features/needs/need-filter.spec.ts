import { needFilterFromQuery, needsQueryWith } from './need-filter';

describe('the needs register filter in the address', () => {
  it('reads every filter, ignoring values that are not the API enum values', () => {
    const query = new URLSearchParams('region=100000000&district=101000000&theme=FUNDING&kind=FRONT_OFFICE&status=ESCALATED');
    expect(needFilterFromQuery(query, null)).toEqual({ regionCode: '100000000', districtCode: '101000000', theme: 'FUNDING', kind: 'FRONT_OFFICE', status: 'ESCALATED' });
    expect(needFilterFromQuery(new URLSearchParams('theme=priority&status=URGENT'), null)).toEqual({});
  });

  it('starts a regional staff member in their own region, and drops a district without its region', () => {
    expect(needFilterFromQuery(new URLSearchParams(''), '710000000')).toEqual({ regionCode: '710000000' });
    expect(needFilterFromQuery(new URLSearchParams('district=101000000'), null)).toEqual({});
  });

  it('forgets the district when the region changes', () => {
    const query = new URLSearchParams('region=100000000&district=101000000&status=OPEN');
    expect(needsQueryWith(query, 'region', '710000000')).toBe('/needs?region=710000000&status=OPEN');
    expect(needsQueryWith(query, 'status', '')).toBe('/needs?region=100000000&district=101000000');
    expect(needsQueryWith(new URLSearchParams(''), 'theme', '')).toBe('/needs');
  });
});
