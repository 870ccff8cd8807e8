import type { NotificationFieldsFragment } from '../../gql/graphql';
import { translate, type MessageKey } from '../../i18n/i18n';
import { notificationDetail } from './notification-text';
import { notificationNode } from './notifications-testing';

const inRussian = {
  t: (key: MessageKey, params?: Record<string, string>) => translate('ru', key, params),
  plural: (key: MessageKey, count: number) => translate('ru', key, { count }),
};
const node = (overrides: Record<string, unknown>) => notificationNode('n-1', overrides) as unknown as NotificationFieldsFragment;

describe('notificationDetail of the other sources', () => {
  it('says the score, the days left with the right plural, and the report’s period', () => {
    expect(notificationDetail(inRussian, node({ kind: 'ASSISTANCE_REQUEST_RATED', score: 4 }))).toBe('Оценка: 4/5');
    expect(notificationDetail(inRussian, node({ kind: 'VERIFICATION_EXPIRING', daysLeft: 21 }))).toBe('Остался 21 день');
    expect(notificationDetail(inRussian, node({ kind: 'API_KEY_EXPIRING', daysLeft: 3 }))).toBe('Осталось 3 дня');
    expect(notificationDetail(inRussian, node({ kind: 'REPORT_DUE_SOON', period: '2026-Q3', daysLeft: 5 }))).toBe('Период: 2026-Q3 · Осталось 5 дней');
    expect(notificationDetail(inRussian, node({ kind: 'REPORT_RETURNED', period: '2026-07' }))).toBe('Период: 2026-07');
    expect(notificationDetail(inRussian, node({ kind: 'NEED_ESCALATED' }))).toBeNull();
  });
});
