import type { I18n } from '../../i18n/i18n';

export function formatSize(bytes: number, i18n: Pick<I18n, 't' | 'formatNumber'>): string {
  if (bytes < 1024) return i18n.t('request.attachments.bytes', { size: i18n.formatNumber(bytes) });
  return i18n.t('request.attachments.kilobytes', { size: i18n.formatNumber(Math.ceil(bytes / 1024)) });
}
