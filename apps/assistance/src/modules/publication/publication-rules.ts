import { invalidField } from '../common/coded-errors';
import { parseLocalDate } from '../common/local-date';

const LINK = /^https?:\/\/[^\s/$.?#][^\s]*\.[^\s]+$/i;

export function text(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

export function checkOutlet(outlet: string | null | undefined): string {
  const checked = text(outlet) ?? '';
  if (checked.length < 2 || checked.length > 200) throw invalidField('outlet', 'INVALID_LENGTH', 'must be 2 to 200 characters');
  return checked;
}

export function checkPublicationLink(link: string | null | undefined): string | null {
  const checked = text(link);
  if (checked && !LINK.test(checked)) throw invalidField('link', 'INVALID_URL', 'must be a link starting with https://');
  return checked;
}

export function checkReach(reach: number | null | undefined): number | null {
  if (reach === null || reach === undefined) return null;
  if (!Number.isInteger(reach) || reach < 0) throw invalidField('reach', 'NEGATIVE_REACH', 'must be a whole number, 0 or more');
  return reach;
}

export function checkPublishedOn(publishedOn: string, today: string): string {
  parseLocalDate(publishedOn, 'publishedOn');
  if (publishedOn > today) throw invalidField('publishedOn', 'IN_THE_FUTURE', 'must be today or earlier');
  return publishedOn;
}

/** The outlet of a publication known only by its link: the site's name without "www.", e.g. "tengrinews.kz". */
export function outletOfLink(link: string): string {
  try {
    const host = new URL(link).hostname.replace(/^www\./i, '');
    return host.length >= 2 ? host.slice(0, 200) : link.slice(0, 200);
  } catch {
    return link.slice(0, 200);
  }
}
