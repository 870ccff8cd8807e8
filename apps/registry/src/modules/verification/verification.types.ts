import { AccessRestriction, PersonalData } from '@birge/server-kit';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { CheckOutcome, VerificationDecision, VerificationMethod, VerificationStatus } from './verification-enums';

@ObjectType({ description: 'A file attached to a verification check as evidence (a letter, a report, a photo of a visit).' })
export class EvidenceFile {
  @Field(() => ID, { description: "The file's id." })
  id: string;

  @PersonalData()
  @Field(() => String, { nullable: true, description: 'Personal data (a file name may name a person). The file name as uploaded. Null when personalDataHidden is set.' })
  fileName: string | null;

  @Field({ description: 'Its type: PDF, PNG, JPEG, DOCX or plain text.' })
  mimeType: string;

  @Field(() => Int, { description: 'Size in bytes.' })
  sizeBytes: number;

  @Field({ description: 'SHA-256 of the content, hex: proves the file did not change.' })
  sha256: string;

  @Field({ description: 'Who uploaded it (staff user id).' })
  uploadedBy: string;

  @Field({ description: 'When it was uploaded.' })
  uploadedAt: Date;

  @Field(() => AccessRestriction, {
    nullable: true,
    description: 'Why fileName and contentBase64 are null for you (evidence is about people: analysts and partners do not see it); null when shown.',
  })
  personalDataHidden?: AccessRestriction | null;

  checkId: string;
  storageKey: string;
  /** The organization's region: decides who sees the file. */
  regionCode: string;
}

@ObjectType({ description: "One verification check of an organization by one of the memo's five methods." })
export class VerificationCheck {
  @Field(() => ID, { description: "The check's id (UpdateVerificationCheckInput.checkId)." })
  id: string;

  @Field(() => VerificationMethod, { description: "Which of the memo's five methods was used." })
  method: VerificationMethod;

  @Field(() => CheckOutcome, { description: 'PASSED, FAILED or PENDING.' })
  outcome: CheckOutcome;

  @PersonalData()
  @Field(() => String, {
    nullable: true,
    description: 'Personal data (free text that may name people). What was checked and how (e.g. which beneficiary confirmed the report). Null when personalDataHidden is set.',
  })
  notes: string | null;

  @Field({ description: 'Who did the check (staff user id).' })
  checkedBy: string;

  @Field({ description: 'When the check got its current outcome.' })
  checkedAt: Date;

  @Field(() => AccessRestriction, {
    nullable: true,
    description: "Why notes is null for you (analysts, partners and other regions' staff do not see personal data); null when shown.",
  })
  personalDataHidden?: AccessRestriction | null;

  @Field(() => AccessRestriction, { nullable: true, description: "Why evidence is null for you: OTHER_REGION for another region's staff; null when shown." })
  evidenceHidden?: AccessRestriction | null;

  organizationId: string;
  /** The organization's region: decides who sees notes and evidence. */
  regionCode: string;
  /** Who wrote the letter of a letter check: a sponsor of the directory, or a state body (at most one). */
  letterFromSponsorId: string | null;
  letterFromStateBodyId: string | null;
}

@ObjectType({ description: "A change in an organization's verification: a check recorded or updated, or a decision." })
export class VerificationHistoryEntry {
  @Field({ description: "CHECK_RECORDED, CHECK_UPDATED, DECISION, or MERGED (another record's checks came with a merge)." })
  kind: string;

  @Field(() => VerificationDecision, { nullable: true, description: 'The verdict, for a decision.' })
  decision: VerificationDecision | null;

  @PersonalData()
  @Field(() => String, {
    nullable: true,
    description: 'Personal data (free text that may name people). The reason given with a decision or merge. Null when personalDataHidden is set.',
  })
  reason: string | null;

  @Field(() => VerificationStatus, { description: 'The derived status before the change.' })
  statusBefore: VerificationStatus;

  @Field(() => VerificationStatus, { description: 'The derived status after the change.' })
  statusAfter: VerificationStatus;

  @Field({ description: 'Who made the change (staff user id).' })
  actor: string;

  @Field({ description: 'When.' })
  at: Date;

  @Field(() => AccessRestriction, {
    nullable: true,
    description: "Why reason is null for you (analysts, partners and other regions' staff do not see personal data); null when shown.",
  })
  personalDataHidden?: AccessRestriction | null;

  /** The organization's region: decides who sees the reason. */
  regionCode: string;
}

@ObjectType({ description: 'Whether the organization really is a volunteer organization, and how that was established.' })
export class Verification {
  @Field(() => VerificationStatus, { description: 'The status by the rule described on VerificationStatus.' })
  status: VerificationStatus;

  @Field(() => Date, { nullable: true, description: 'When it was verified (the passed check or the decision); null unless VERIFIED or EXPIRED.' })
  verifiedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When re-verification is due (verifiedAt plus the re-verification period).' })
  reverificationDueAt: Date | null;

  organizationId: string;
}
