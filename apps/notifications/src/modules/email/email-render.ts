import { FEEDBACK_TOPIC_LABELS, findRegion, isLocale, NEED_THEME_LABELS, type Locale, type LocalizedText } from '@birge/shared-reference';
import en from './templates/en.json';
import kk from './templates/kk.json';
import ru from './templates/ru.json';

export type TemplateKey = keyof typeof kk;
const CATALOGS: Record<Locale, Record<TemplateKey, string>> = { kk, ru, en };

/** What an email is made of: the notification's facts and the recipient's name and language. */
export interface EmailFacts {
  kind: string;
  regionCode: string | null;
  districtCode: string | null;
  audience: string;
  fromStatus: string | null;
  toStatus: string | null;
  assigneeId: string | null;
  detail: Record<string, unknown>;
  recipientName: string | null;
  language: string;
}

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

const localized = (text: unknown, language: Locale): string | null =>
  text && typeof text === 'object' && typeof (text as LocalizedText)[language] === 'string' ? (text as LocalizedText)[language] : null;

/** A date in Kazakhstan's time, written the recipient's way. */
function dateIn(value: unknown, language: Locale): string {
  if (typeof value !== 'string') return '';
  const date = new Date(value.length === 10 ? `${value}T12:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(language === 'kk' ? 'kk-KZ' : language === 'ru' ? 'ru-RU' : 'en-GB', { dateStyle: 'long', timeZone: 'Asia/Almaty' }).format(date);
}

/** The values a template may name, in the recipient's language. */
function valuesFor(facts: EmailFacts, language: Locale, t: (key: TemplateKey) => string): Record<string, string> {
  const d = facts.detail;
  const region = facts.regionCode ? findRegion(facts.regionCode) : undefined;
  const district = region?.districts.find((candidate) => candidate.code === facts.districtCode);
  const status = (value: string | null) => (value && `status.${value}` in kk ? t(`status.${value}` as TemplateKey) : (value ?? ''));
  const str = (value: unknown) => (value === null || value === undefined ? '' : String(value));
  return {
    name: str(d.name),
    region: region?.name[language] ?? facts.regionCode ?? '',
    district: district?.name[language] ?? facts.districtCode ?? '',
    organization: typeof d.name === 'string' ? d.name : t('someOrganization'),
    from: status(facts.fromStatus),
    to: status(facts.toStatus),
    score: str(d.score),
    days: str(d.daysLeft ?? d.daysOverdue),
    date: dateIn(d.expiresAt, language),
    dueOn: dateIn(d.dueOn, language),
    lastContact: d.lastContactOn ? dateIn(d.lastContactOn, language) : t('never'),
    organizations: str(d.organizations),
    months: str(d.windowMonths),
    form: localized(d.formTitle, language) ?? '',
    period: str(d.period),
    topic: typeof d.topic === 'string' && d.topic in FEEDBACK_TOPIC_LABELS ? FEEDBACK_TOPIC_LABELS[d.topic as keyof typeof FEEDBACK_TOPIC_LABELS][language] : '',
    theme: typeof d.theme === 'string' && d.theme in NEED_THEME_LABELS ? NEED_THEME_LABELS[d.theme as keyof typeof NEED_THEME_LABELS][language] : '',
    role: typeof d.role === 'string' && `role.${d.role}` in kk ? t(`role.${d.role}` as TemplateKey) : str(d.role),
    prefix: str(d.prefix),
  };
}

/** The body's template: some kinds say different things in different cases. */
function bodyKey(facts: EmailFacts): TemplateKey {
  if (facts.kind === 'ASSISTANCE_REQUEST_ASSIGNED' && !facts.assigneeId) return 'kind.ASSISTANCE_REQUEST_ASSIGNED.unassigned';
  if (facts.kind === 'FEEDBACK_POSTED' && facts.detail.opensThread === true) return 'kind.FEEDBACK_POSTED.opens';
  return `kind.${facts.kind}.body` as TemplateKey;
}

/**
 * One notification as an email in the recipient's language (Kazakh when it is unknown): a subject
 * that says what changed, a text part and an HTML part with the same words, a link to the inbox,
 * and the signature of the front office that writes (the region's, or the republican office's
 * for what is addressed to it and for what belongs to no region).
 */
export function renderEmail(facts: EmailFacts, dashboardUrl: string): RenderedEmail {
  const language: Locale = isLocale(facts.language) ? facts.language : 'kk';
  const catalog = CATALOGS[language];
  const t = (key: TemplateKey) => catalog[key];
  if (!(`kind.${facts.kind}.subject` in catalog)) throw new Error(`no email template for ${facts.kind}`);
  const values = valuesFor(facts, language, t);
  // The dashboard routes by the hash: its inbox is #/notifications.
  const url = `${dashboardUrl.replace(/\/$/, '')}/#/notifications`;
  const subject = fill(t(`kind.${facts.kind}.subject` as TemplateKey), values);
  const body = fill(t(bodyKey(facts)), values);
  const greeting = facts.recipientName ? fill(t('greeting'), { name: facts.recipientName }) : null;
  const republican = facts.audience === 'REPUBLICAN' || !facts.regionCode;
  const signature = republican ? t('signature.republican') : fill(t('signature.region'), values);
  const open = fill(t('open'), { url });
  const paragraphs = [...(greeting ? [greeting] : []), body, open, signature, t('footer')];
  const text = `${paragraphs.join('\n\n')}\n`;
  const htmlParagraph = (paragraph: string) => `<p>${escapeHtml(paragraph).replace(/\n/g, '<br>')}</p>`;
  const link = `<p><a href="${escapeHtml(url)}">${escapeHtml(fill(t('open'), { url: '' }).replace(/[:\s]+$/, ''))}</a></p>`;
  const html =
    `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>` +
    `<body style="font-family:sans-serif;line-height:1.5">${[...(greeting ? [greeting] : []), body].map(htmlParagraph).join('')}${link}` +
    `${htmlParagraph(signature)}<p style="color:#666;font-size:small">${escapeHtml(t('footer'))}</p></body></html>`;
  return { subject, text, html };
}
