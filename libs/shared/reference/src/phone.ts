/**
 * Phone numbers in one form, +<country><number>. Kazakh habits are accepted: 8 7xx ... (the
 * domestic prefix), 7 7xx ..., spaces, dashes, dots and brackets. Null when it is not a number.
 */
export function normalizePhone(input: string): string | null {
  const compact = input.trim().replace(/[\s\-().]/g, '');
  if (/^8\d{10}$/.test(compact)) return `+7${compact.slice(1)}`;
  if (/^7\d{10}$/.test(compact)) return `+${compact}`;
  if (/^\+[1-9]\d{7,14}$/.test(compact)) return compact;
  return null;
}
