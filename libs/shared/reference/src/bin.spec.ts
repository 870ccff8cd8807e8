import { binCheckDigit, checkBin, completeBin, isValidBin } from './bin';

describe('BIN validation', () => {
  it('accepts a real BIN (Kaspi Bank, 971240001315) and tolerates spaces', () => {
    expect(checkBin('971240001315')).toEqual({ valid: true, bin: '971240001315' });
    expect(checkBin('9712 4000 1315')).toEqual({ valid: true, bin: '971240001315' });
  });

  it('refuses mistyped digits, except where the official rule cannot tell', () => {
    const bin = '971240001315';
    const accepted: string[] = [];
    for (let i = 0; i < 12; i++) {
      for (let d = 0; d <= 9; d++) {
        const typo = `${bin.slice(0, i)}${d}${bin.slice(i + 1)}`;
        if (typo !== bin && isValidBin(typo)) accepted.push(typo);
      }
    }
    // The 11th digit has weight 11, which is 0 modulo 11, so the rule never sees it; and one typo
    // lands on the second weight row with the same result. Everything else is caught.
    expect(accepted.filter((typo) => typo.slice(0, 10) !== bin.slice(0, 10) || typo[11] !== bin[11])).toEqual(['941240001315']);
    expect(accepted).toHaveLength(10);
  });

  it('names the problem', () => {
    expect(checkBin('97124000131')).toMatchObject({ valid: false, problem: 'LENGTH' });
    expect(checkBin('97124000131A')).toMatchObject({ valid: false, problem: 'NOT_DIGITS' });
    expect(checkBin('971340001315')).toMatchObject({ valid: false, problem: 'MONTH' });
    expect(checkBin('971210001315')).toMatchObject({ valid: false, problem: 'ENTITY_KIND' });
    expect(checkBin('971249001315')).toMatchObject({ valid: false, problem: 'SUBDIVISION' });
    expect(checkBin('971240001316')).toMatchObject({ valid: false, problem: 'CHECK_DIGIT' });
  });

  it('uses the second weight row when the first sum gives 10, and knows 11 digits with no check digit', () => {
    // Search the space for both cases instead of hard-coding them, then check the rule by hand.
    let second: string | null = null;
    let none: string | null = null;
    for (let n = 0; n < 100000 && (!second || !none); n++) {
      const first11 = `1501400${String(n).padStart(4, '0')}`;
      const digits = [...first11].map(Number);
      const s1 = digits.reduce((sum, d, i) => sum + d * (i + 1), 0) % 11;
      if (s1 !== 10) continue;
      const s2 = digits.reduce((sum, d, i) => sum + d * [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2][i], 0) % 11;
      if (s2 === 10) none ??= first11;
      else second ??= first11;
    }
    expect(second && binCheckDigit(second)).not.toBe(10);
    expect(second && isValidBin(completeBin(second) ?? '')).toBe(true);
    expect(none && binCheckDigit(none)).toBeNull();
    expect(none && completeBin(none)).toBeNull();
  });
});
