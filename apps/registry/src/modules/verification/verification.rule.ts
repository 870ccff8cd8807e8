import { CheckOutcome, VerificationStatus } from '@birge/shared-reference';

export interface CheckFact {
  outcome: CheckOutcome | string;
  /** When the check got its current outcome. */
  at: Date;
}

export interface DecisionFact {
  decision: 'VERIFIED' | 'REJECTED' | string;
  at: Date;
}

export type StoredVerificationStatus = Exclude<VerificationStatus, VerificationStatus.EXPIRED>;

/**
 * THE VERIFICATION RULE (also in the schema's description of VerificationStatus). Let D be the
 * latest explicit decision (VERIFIED or REJECTED, always with a reason) and C the checks that got
 * their outcome after D (all checks when there is no decision): D settled everything before it.
 * 1. A PASSED check in C with no FAILED check in C after it: VERIFIED, as of that newest PASSED
 *    check. One passed check by any of the memo's five methods is enough ("any of these").
 * 2. Otherwise a FAILED check in C: IN_REVIEW. A failed check never rejects by itself: rejection
 *    is a person's decision with a reason.
 * 3. Otherwise D's verdict, if there is one (a check still PENDING does not unsettle it).
 * 4. Otherwise a PENDING check: IN_REVIEW. 5. Otherwise UNVERIFIED.
 * A VERIFIED status turns EXPIRED when the verification is older than the re-verification period
 * (REGISTRY_REVERIFY_AFTER_MONTHS); a new passed check or decision verifies again.
 */
export function deriveVerification(checks: CheckFact[], lastDecision: DecisionFact | null): { status: StoredVerificationStatus; verifiedAt: Date | null } {
  const open = lastDecision ? checks.filter((c) => c.at.getTime() > lastDecision.at.getTime()) : checks;
  const newest = (outcome: CheckOutcome) => Math.max(-Infinity, ...open.filter((c) => c.outcome === outcome).map((c) => c.at.getTime()));
  const passed = newest(CheckOutcome.PASSED);
  const failed = newest(CheckOutcome.FAILED);
  if (passed > -Infinity && failed <= passed) return { status: VerificationStatus.VERIFIED, verifiedAt: new Date(passed) };
  if (failed > -Infinity) return { status: VerificationStatus.IN_REVIEW, verifiedAt: null };
  if (lastDecision) {
    return lastDecision.decision === 'VERIFIED' ? { status: VerificationStatus.VERIFIED, verifiedAt: lastDecision.at } : { status: VerificationStatus.REJECTED, verifiedAt: null };
  }
  if (open.length) return { status: VerificationStatus.IN_REVIEW, verifiedAt: null };
  return { status: VerificationStatus.UNVERIFIED, verifiedAt: null };
}

/** When re-verification is due: `months` calendar months after the verification. */
export function reverificationDueAt(verifiedAt: Date, months: number): Date {
  const due = new Date(verifiedAt);
  due.setUTCMonth(due.getUTCMonth() + months);
  return due;
}

/** The status callers see: the stored one, with EXPIRED for a verification past its period. */
export function effectiveStatus(stored: string, verifiedAt: Date | null, months: number, now = new Date()): VerificationStatus {
  if (stored === VerificationStatus.VERIFIED && verifiedAt && reverificationDueAt(verifiedAt, months) <= now) return VerificationStatus.EXPIRED;
  return stored as VerificationStatus;
}
