import { OptionalTextField } from '@birge/server-kit';
import { ArrayMaxSize, IsNotEmpty, IsOptional, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { CheckOutcome, VerificationDecision, VerificationMethod } from '../verification-enums';

@InputType({ description: 'A file sent inline as base64 (at most 5 MiB by default; PDF, PNG, JPEG, DOCX or plain text).' })
export class EvidenceFileInput {
  @Field({ description: 'File name without folders.' })
  fileName: string;

  @Field({ description: 'application/pdf, image/png, image/jpeg, application/vnd.openxmlformats-officedocument.wordprocessingml.document or text/plain.' })
  mimeType: string;

  @Field({ description: 'The content, base64. Refused: ATTACHMENT_TOO_LARGE, ATTACHMENT_TYPE_NOT_ALLOWED, ATTACHMENT_CONTENT_MISMATCH, INVALID_BASE64, ATTACHMENT_EMPTY.' })
  contentBase64: string;
}

@InputType({ description: 'A verification check: method, outcome, notes and evidence files. The checker is the signed-in user.' })
export class RecordVerificationCheckInput {
  @Field(() => ID, { description: "The organization checked; the caller must be allowed to change its region's records." })
  organizationId: string;

  @Field(() => VerificationMethod, { description: "Which of the memo's five methods was used." })
  method: VerificationMethod;

  @Field(() => CheckOutcome, { description: 'PASSED, FAILED or PENDING (still waiting, e.g. for a letter).' })
  outcome: CheckOutcome;

  @OptionalTextField(5000, 'Up to 5000 characters.')
  notes?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'Who wrote the letter, for RECOMMENDATION_LETTER and NVN_PARTNER_LETTER only (else LETTER_WRITER_NOT_FOR_METHOD): a sponsor, partner or state body ' +
      'of the directory, of any region (UNKNOWN_DIRECTORY_ENTRY, DIRECTORY_ENTRY_ARCHIVED); a National Volunteer Network partner for NVN_PARTNER_LETTER (NOT_NVN_PARTNER).',
  })
  letterFromEntryId?: string | null;

  @Field(() => [EvidenceFileInput], { nullable: true, description: 'Up to 5 files.' })
  @IsOptional()
  @ArrayMaxSize(5, { message: 'at most 5 files at once' })
  @ValidateNested({ each: true })
  evidence?: EvidenceFileInput[] | null;
}

@InputType({ description: 'A new outcome for a check (e.g. a PENDING check that is now PASSED).' })
export class UpdateVerificationCheckInput {
  @Field(() => ID, { description: 'The check to change (VerificationCheck.id).' })
  checkId: string;

  @Field(() => CheckOutcome, { description: 'Its new outcome.' })
  outcome: CheckOutcome;

  @OptionalTextField(5000, 'Replaces the notes when given.')
  notes?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Names who wrote the letter when given, as on RecordVerificationCheckInput.letterFromEntryId; an empty string names no one; omitted keeps it.',
  })
  letterFromEntryId?: string | null;

  @Field(() => [EvidenceFileInput], { nullable: true, description: 'More evidence files (up to 5).' })
  @IsOptional()
  @ArrayMaxSize(5, { message: 'at most 5 files at once' })
  @ValidateNested({ each: true })
  evidence?: EvidenceFileInput[] | null;
}

@InputType({ description: 'An explicit verification decision; it settles every check recorded before it.' })
export class DecideVerificationInput {
  @Field(() => ID, { description: "The organization decided on; the caller must be allowed to change its region's records." })
  organizationId: string;

  @Field(() => VerificationDecision, { description: 'VERIFIED or REJECTED.' })
  decision: VerificationDecision;

  @Field({ description: 'Why (3 to 2000 characters); required.' })
  @IsNotEmpty({ message: 'is required' })
  @MinLength(3, { message: 'must be at least 3 characters' })
  @MaxLength(2000, { message: 'must be at most 2000 characters' })
  reason: string;
}
