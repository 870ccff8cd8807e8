import { deriveVerification, effectiveStatus, reverificationDueAt } from './verification.rule';

const day = (d: number) => new Date(Date.UTC(2026, 0, d));

describe('the verification rule', () => {
  it('is UNVERIFIED without checks, IN_REVIEW with pending or failed checks only', () => {
    expect(deriveVerification([], null).status).toBe('UNVERIFIED');
    expect(deriveVerification([{ outcome: 'PENDING', at: day(1) }], null).status).toBe('IN_REVIEW');
    expect(deriveVerification([{ outcome: 'FAILED', at: day(1) }], null).status).toBe('IN_REVIEW');
  });

  it('verifies on a passed check, as of that check, unless a later check failed', () => {
    expect(
      deriveVerification(
        [
          { outcome: 'FAILED', at: day(1) },
          { outcome: 'PASSED', at: day(2) },
        ],
        null,
      ),
    ).toEqual({ status: 'VERIFIED', verifiedAt: day(2) });
    expect(
      deriveVerification(
        [
          { outcome: 'PASSED', at: day(1) },
          { outcome: 'FAILED', at: day(2) },
        ],
        null,
      ).status,
    ).toBe('IN_REVIEW');
    expect(
      deriveVerification(
        [
          { outcome: 'PASSED', at: day(1) },
          { outcome: 'PENDING', at: day(3) },
        ],
        null,
      ),
    ).toEqual({ status: 'VERIFIED', verifiedAt: day(1) });
  });

  it('lets a decision settle the checks before it; only a decisive later check reopens it', () => {
    const checks = [{ outcome: 'PASSED', at: day(1) }];
    expect(deriveVerification(checks, { decision: 'REJECTED', at: day(2) })).toEqual({ status: 'REJECTED', verifiedAt: null });
    expect(deriveVerification([{ outcome: 'FAILED', at: day(1) }], { decision: 'VERIFIED', at: day(2) })).toEqual({ status: 'VERIFIED', verifiedAt: day(2) });
    expect(deriveVerification([...checks, { outcome: 'PENDING', at: day(3) }], { decision: 'REJECTED', at: day(2) }).status).toBe('REJECTED');
    expect(deriveVerification([...checks, { outcome: 'PASSED', at: day(3) }], { decision: 'REJECTED', at: day(2) })).toEqual({ status: 'VERIFIED', verifiedAt: day(3) });
    expect(deriveVerification([{ outcome: 'FAILED', at: day(3) }], { decision: 'VERIFIED', at: day(2) }).status).toBe('IN_REVIEW');
  });

  it('expires a verification after the period', () => {
    expect(reverificationDueAt(day(10), 12)).toEqual(new Date(Date.UTC(2027, 0, 10)));
    expect(effectiveStatus('VERIFIED', day(10), 12, new Date(Date.UTC(2027, 0, 9)))).toBe('VERIFIED');
    expect(effectiveStatus('VERIFIED', day(10), 12, new Date(Date.UTC(2027, 0, 10)))).toBe('EXPIRED');
    expect(effectiveStatus('REJECTED', null, 12)).toBe('REJECTED');
  });
});
