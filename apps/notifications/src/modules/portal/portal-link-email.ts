import type { Locale, PortalLinkIssuedPayload } from '@birge/shared-reference';

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const dateIn = (iso: string, language: Locale) =>
  new Intl.DateTimeFormat(language === 'kk' ? 'kk-KZ' : language === 'ru' ? 'ru-RU' : 'en-GB', { dateStyle: 'long', timeZone: 'Asia/Almaty' }).format(new Date(iso));

const TEXT: Record<
  Locale,
  { subject: (org: string) => string; greeting: (name: string | null) => string; body: (org: string, until: string) => string; open: string; unsubscribe: string }
> = {
  kk: {
    subject: (org) => `«${org}» ұйымының порталына сілтеме`,
    greeting: (name) => (name ? `Құрметті ${name},` : 'Сәлеметсіз бе,'),
    body: (org, until) =>
      `Бұл сілтеме арқылы «${org}» атынан көмекке өтініш бере, оның барысын бақылай, алған көмекті бағалай және ұйымның профиліне өзгерістер ұсына аласыз. Сілтеме ${until} дейін жарамды.`,
    open: 'Порталды ашу',
    unsubscribe: 'Хаттар алғыңыз келмесе, порталда «Жазылымнан бас тарту» батырмасын басыңыз.',
  },
  ru: {
    subject: (org) => `Ссылка на портал организации «${org}»`,
    greeting: (name) => (name ? `Уважаемый(ая) ${name},` : 'Здравствуйте,'),
    body: (org, until) =>
      `По этой ссылке вы можете от имени «${org}» подать заявку на помощь, следить за её ходом, оценить полученную помощь и предложить изменения профиля организации. Ссылка действует до ${until}.`,
    open: 'Открыть портал',
    unsubscribe: 'Если вы не хотите получать письма, нажмите «Отписаться» на портале.',
  },
  en: {
    subject: (org) => `Your link to the portal of ${org}`,
    greeting: (name) => (name ? `Dear ${name},` : 'Hello,'),
    body: (org, until) =>
      `With this link you can ask for help on behalf of ${org}, follow your requests, rate the help received and propose changes to the organization's profile. The link is valid until ${until}.`,
    open: 'Open the portal',
    unsubscribe: 'If you no longer want our mail, press "Unsubscribe" in the portal.',
  },
};

/** The e-mail carrying an organization contact's portal link, in the language staff chose. */
export function renderPortalLinkEmail(p: PortalLinkIssuedPayload): { subject: string; text: string; html: string } {
  const t = TEXT[p.language] ?? TEXT.kk;
  const until = dateIn(p.expiresAt, p.language);
  const subject = t.subject(p.organizationName);
  const text = [t.greeting(p.contactName), '', t.body(p.organizationName, until), '', `${t.open}: ${p.url}`, '', t.unsubscribe].join('\n');
  const html = [
    `<p>${escapeHtml(t.greeting(p.contactName))}</p>`,
    `<p>${escapeHtml(t.body(p.organizationName, until))}</p>`,
    `<p><a href="${escapeHtml(p.url)}">${escapeHtml(t.open)}</a></p>`,
    `<p>${escapeHtml(t.unsubscribe)}</p>`,
  ].join('\n');
  return { subject, text, html };
}
