/**
 * Kazakhstan's business identification number (BIN, БСН/БИН): 12 digits. Digits 1-4 are the year
 * and month of registration, digit 5 the kind of entity (4 resident legal entity, 5 non-resident,
 * 6 individual entrepreneur in joint venture), digit 6 the subdivision (0 head office, 1 branch,
 * 2 representative office, 3 peasant farm), 7-11 a serial number, and digit 12 a check digit.
 *
 * The check digit (the same rule as for the IIN): the weighted sum of the first 11 digits with
 * weights 1..11, modulo 11. When that gives 10, the sum is taken again with weights
 * 3,4,5,6,7,8,9,10,11,1,2; a second 10 means no valid number has these 11 digits.
 */
export type BinProblem = 'LENGTH' | 'NOT_DIGITS' | 'MONTH' | 'ENTITY_KIND' | 'SUBDIVISION' | 'CHECK_DIGIT';

export type BinCheck = { valid: true; bin: string } | { valid: false; problem: BinProblem; message: string };

const FIRST_WEIGHTS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const SECOND_WEIGHTS = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

/** The check digit for the first 11 digits, or null when none exists (both sums give 10). */
export function binCheckDigit(first11: string): number | null {
  const digits = [...first11].map(Number);
  const weighted = (weights: number[]) => digits.reduce((sum, digit, i) => sum + digit * weights[i], 0) % 11;
  const first = weighted(FIRST_WEIGHTS);
  if (first !== 10) return first;
  const second = weighted(SECOND_WEIGHTS);
  return second === 10 ? null : second;
}

/** Validates a BIN; spaces are tolerated (people copy them from documents), nothing else is. */
export function checkBin(input: string): BinCheck {
  const bin = input.replace(/\s+/g, '');
  if (!/^\d*$/.test(bin)) return { valid: false, problem: 'NOT_DIGITS', message: 'must contain digits only' };
  if (bin.length !== 12) return { valid: false, problem: 'LENGTH', message: `must be 12 digits (got ${bin.length})` };
  const month = Number(bin.slice(2, 4));
  if (month < 1 || month > 12) return { valid: false, problem: 'MONTH', message: 'digits 3-4 must be the month of registration (01-12)' };
  if (!'456'.includes(bin[4])) return { valid: false, problem: 'ENTITY_KIND', message: 'digit 5 must be 4, 5 or 6 (the kind of entity)' };
  if (!'0123'.includes(bin[5])) return { valid: false, problem: 'SUBDIVISION', message: 'digit 6 must be 0, 1, 2 or 3 (head office, branch, ...)' };
  const expected = binCheckDigit(bin.slice(0, 11));
  if (expected === null || expected !== Number(bin[11])) {
    return { valid: false, problem: 'CHECK_DIGIT', message: 'the check digit does not match: a digit is probably mistyped' };
  }
  return { valid: true, bin };
}

export function isValidBin(input: string): boolean {
  return checkBin(input).valid;
}

/** Completes 11 digits with their check digit; null when no check digit exists for them. */
export function completeBin(first11: string): string | null {
  if (!/^\d{11}$/.test(first11)) return null;
  const digit = binCheckDigit(first11);
  return digit === null ? null : `${first11}${digit}`;
}
