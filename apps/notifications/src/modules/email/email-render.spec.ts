import { renderEmail, type EmailFacts } from './email-render';
import en from './templates/en.json';
import kk from './templates/kk.json';
import ru from './templates/ru.json';
import { NotificationKind } from '../notification/notification-kind.enum';

const facts = (over: Partial<EmailFacts>): EmailFacts => ({
  kind: 'ASSISTANCE_REQUEST_OVERDUE',
  regionCode: '750000000',
  districtCode: null,
  audience: 'OFFICE',
  fromStatus: null,
  toStatus: null,
  assigneeId: null,
  detail: {},
  recipientName: 'Айгерім',
  language: 'kk',
  ...over,
});

/** Kinds that are not rendered from templates: written whole when queued (announcements, digests). */
const PRE_RENDERED = new Set(['ANNOUNCEMENT', 'DIGEST', 'PORTAL_LINK']);

describe('email templates', () => {
  it('have the same keys in Kazakh, Russian and English, none empty, and a subject and body for every kind', () => {
    expect(Object.keys(ru).sort()).toEqual(Object.keys(kk).sort());
    expect(Object.keys(en).sort()).toEqual(Object.keys(kk).sort());
    for (const catalog of [kk, ru, en]) expect(Object.values(catalog).every((text) => text.trim().length > 0)).toBe(true);
    for (const kind of Object.values(NotificationKind).filter((k) => !PRE_RENDERED.has(k))) {
      expect(Object.keys(kk)).toEqual(expect.arrayContaining([`kind.${kind}.subject`, `kind.${kind}.body`]));
    }
  });

  it('fill every placeholder, in the recipient’s language, escaping what goes into HTML', () => {
    const rendered = renderEmail(facts({ kind: 'ORGANIZATION_REGISTERED', language: 'ru', detail: { name: '<b>Жастар & Co</b>' } }), 'https://birge.example.kz/');
    expect(rendered.subject).toBe('Зарегистрирована новая организация: <b>Жастар & Co</b>');
    expect(rendered.text).toContain('В регионе «Алматы» в реестр внесена организация «<b>Жастар & Co</b>».');
    expect(rendered.html).toContain('&#60;b&#62;Жастар &#38; Co&#60;/b&#62;');
    expect(rendered.html).not.toContain('<b>Жастар');
    for (const kind of Object.values(NotificationKind).filter((k) => !PRE_RENDERED.has(k))) {
      for (const language of ['kk', 'ru', 'en']) {
        const email = renderEmail(
          facts({ kind, language, detail: { daysLeft: 3, score: 4, period: '2026-Q1', formTitle: { kk: 'Е', ru: 'О', en: 'R' }, name: 'N' } }),
          'https://b.kz',
        );
        expect(`${email.subject}\n${email.text}`).not.toMatch(/\{\w+\}/);
      }
    }
  });

  it('signs as the republican office what is addressed to it, and falls back to Kazakh for an unknown language', () => {
    expect(renderEmail(facts({ kind: 'NEED_ESCALATED', audience: 'REPUBLICAN', language: 'en', detail: { theme: 'FUNDING' } }), 'https://b.kz').text).toContain(
      'The republican front office',
    );
    expect(renderEmail(facts({ language: 'de' }), 'https://b.kz').subject).toBe('Сұраудың мерзімі өтті');
  });
});
