import { findRegion, isLocale, type Locale } from '@birge/shared-reference';
import { escapeHtml, fillTemplate as fill } from '../email/mail-text';
import en from './templates/en.json';
import kk from './templates/kk.json';
import ru from './templates/ru.json';

type Key = keyof typeof kk;
const CATALOGS: Record<Locale, Record<Key, string>> = { kk, ru, en };

export interface AnnouncementMail {
  topic: string;
  language: string;
  title: string;
  body: string;
  link: string | null;
  ownerRegionCode: string | null;
  organizationName: string;
  /** The page that unsubscribes (with the token). */
  unsubscribeUrl: string;
  /** The notifications service's /unsubscribe with the token: one-click POST, or a GET that leads to the page. */
  unsubscribePostUrl: string;
}

export interface RenderedAnnouncement {
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
}

/**
 * One announcement for one address, in the announcement's language: the text as written, why the
 * reader gets it, an unsubscribe link, the writing office's signature; List-Unsubscribe (the
 * page, and the one-click POST of RFC 8058) so mail clients offer it too.
 */
export function renderAnnouncementEmail(mail: AnnouncementMail): RenderedAnnouncement {
  const language: Locale = isLocale(mail.language) ? mail.language : 'kk';
  const t = (key: Key, values: Record<string, string> = {}) => fill(CATALOGS[language][key], values);
  const region = mail.ownerRegionCode ? findRegion(mail.ownerRegionCode)?.name[language] : undefined;
  const signature = region ? t('signature.region', { region }) : t('signature.republican');
  const topic = t(`topic.${mail.topic}` as Key);
  const subject = `${topic}: ${mail.title}`;
  const greeting = t('greeting', { organization: mail.organizationName });
  const paragraphs = mail.body
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  const why = t('why', { organization: mail.organizationName });
  const text =
    [greeting, ...paragraphs, ...(mail.link ? [t('more', { link: mail.link })] : []), signature, why, t('unsubscribe', { url: mail.unsubscribeUrl })].join('\n\n') + '\n';
  const p = (value: string) => `<p>${escapeHtml(value).replace(/\n/g, '<br>')}</p>`;
  const html =
    `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>` +
    `<body style="font-family:sans-serif;line-height:1.5">${p(greeting)}${paragraphs.map(p).join('')}` +
    (mail.link ? `<p><a href="${escapeHtml(mail.link)}">${escapeHtml(mail.link)}</a></p>` : '') +
    `${p(signature)}<p style="color:#666;font-size:small">${escapeHtml(why)}<br><a href="${escapeHtml(mail.unsubscribeUrl)}">${escapeHtml(t('unsubscribeLink'))}</a></p></body></html>`;
  return {
    subject,
    text,
    html,
    // One https URI: mail clients POST "List-Unsubscribe=One-Click" to it (RFC 8058); a GET of it leads to the page.
    headers: { 'List-Unsubscribe': `<${mail.unsubscribePostUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  };
}
