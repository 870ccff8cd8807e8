import { isLocale, type Locale } from '@birge/shared-reference';
import { renderEmail, type EmailFacts } from '../email/email-render';
import { escapeHtml, fillTemplate as fill } from '../email/mail-text';
import en from './templates/en.json';
import kk from './templates/kk.json';
import ru from './templates/ru.json';

type Key = keyof typeof kk;
const CATALOGS: Record<Locale, Record<Key, string>> = { kk, ru, en };

/** One line of a digest: what the notification's own e-mail subject says, in the reader's language. */
function lineOf(item: Omit<EmailFacts, 'recipientName' | 'language'>, language: Locale, dashboardUrl: string): string {
  if (item.kind === 'ANNOUNCEMENT') return fill(CATALOGS[language].announcement, { title: String(item.detail.title ?? '') });
  return renderEmail({ ...item, recipientName: null, language }, dashboardUrl).subject;
}

/** A daily or weekly digest in the reader's language: one line per notification, newest first, links to the inbox and to the preferences. */
export function renderDigest(
  period: 'DAILY' | 'WEEKLY',
  items: Omit<EmailFacts, 'recipientName' | 'language'>[],
  recipient: { name: string | null; language: string },
  dashboardUrl: string,
): { subject: string; text: string; html: string } {
  const language: Locale = isLocale(recipient.language) ? recipient.language : 'kk';
  const t = (key: Key, values: Record<string, string> = {}) => fill(CATALOGS[language][key], values);
  const base = dashboardUrl.replace(/\/$/, '');
  const lines = items.map((item) => lineOf(item, language, base));
  const subject = t(`subject.${period}`, { count: String(items.length) });
  const head = [...(recipient.name ? [t('greeting', { name: recipient.name })] : []), t(`intro.${period}`)];
  const open = t('open', { url: `${base}/#/notifications` });
  const preferences = t('preferences', { url: `${base}/#/settings/notifications` });
  const text = `${[...head, lines.map((line) => `• ${line}`).join('\n'), open, preferences, t('signature')].join('\n\n')}\n`;
  const html =
    `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head><body style="font-family:sans-serif;line-height:1.5">` +
    head.map((p) => `<p>${escapeHtml(p)}</p>`).join('') +
    `<ul>${lines.map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul>` +
    `<p>${escapeHtml(open)}</p><p style="color:#666;font-size:small">${escapeHtml(preferences)}</p><p>${escapeHtml(t('signature')).replace(/\n/g, '<br>')}</p></body></html>`;
  return { subject, text, html };
}
