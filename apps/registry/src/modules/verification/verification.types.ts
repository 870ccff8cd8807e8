import { Field, ID, Int, ObjectType } from 'type-graphql';
import { CheckOutcome, VerificationDecision, VerificationMethod, VerificationStatus } from './verification-enums';

@ObjectType({ description: 'A file attached to a verification check as evidence (a letter, a report, a photo of a visit).' })
export class EvidenceFile {
  @Field(() => ID)
  id: string;

  @Field({ description: 'The file name as uploaded.' })
  fileName: string;

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

  checkId: string;
  storageKey: string;
}

@ObjectType({ description: 'One verification check of an organization by one of the memo\'s five methods.' })
export class VerificationCheck {
  @Field(() => ID)
  id: string;

  @Field(() => VerificationMethod)
  method: VerificationMethod;

  @Field(() => CheckOutcome)
  outcome: CheckOutcome;

  @Field(() => String, { nullable: true, description: 'What was checked and how (e.g. which beneficiary confirmed the report).' })
  notes: string | null;

  @Field({ description: 'Who did the check (staff user id).' })
  checkedBy: string;

  @Field({ description: 'When the check got its current outcome.' })
  checkedAt: Date;

  organizationId: string;
}

@ObjectType({ description: 'A change in an organization\'s verification: a check recorded or updated, or a decision.' })
export class VerificationHistoryEntry {
  @Field({ description: 'CHECK_RECORDED, CHECK_UPDATED, DECISION, or MERGED (another record\'s checks came with a merge).' })
  kind: string;

  @Field(() => VerificationDecision, { nullable: true, description: 'The verdict, for a decision.' })
  decision: VerificationDecision | null;

  @Field(() => String, { nullable: true, description: 'The reason given with a decision.' })
  reason: string | null;

  @Field(() => VerificationStatus, { description: 'The derived status before the change.' })
  statusBefore: VerificationStatus;

  @Field(() => VerificationStatus, { description: 'The derived status after the change.' })
  statusAfter: VerificationStatus;

  @Field({ description: 'Who made the change (staff user id).' })
  actor: string;

  @Field({ description: 'When.' })
  at: Date;
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
