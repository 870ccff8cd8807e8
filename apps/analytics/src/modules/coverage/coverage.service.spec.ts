import { loadAnalyticsConfig } from '../../analytics.config';
import { windowStart } from './coverage.service';

describe('coverage window', () => {
  it('starts the given number of calendar months before today', () => {
    expect(windowStart(new Date('2026-11-25T10:00:00Z'), 12)).toBe('2025-11-25');
    expect(windowStart(new Date('2026-03-31T10:00:00Z'), 1)).toBe('2026-03-03'); // 31 Feb rolls over, as Date does
  });

  it('is 12 months by default and configurable, refusing nonsense', () => {
    expect(loadAnalyticsConfig({}).ANALYTICS_CONTACT_WINDOW_MONTHS).toBe(12);
    expect(loadAnalyticsConfig({ ANALYTICS_CONTACT_WINDOW_MONTHS: '6' }).ANALYTICS_CONTACT_WINDOW_MONTHS).toBe(6);
    expect(() => loadAnalyticsConfig({ ANALYTICS_CONTACT_WINDOW_MONTHS: 'zero' })).toThrow(/ANALYTICS_CONTACT_WINDOW_MONTHS/);
  });
});
