import { REPORT_LIMITS } from '@birge/shared-reference';
import { IsNotEmpty, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';

const MAX = REPORT_LIMITS.helpMaxLength;

@InputType({ description: `A text of a report form in Kazakh, Russian and English; each 1 to ${MAX} characters (titles and labels: ${REPORT_LIMITS.labelMaxLength}).` })
export class ReportLabelInput {
  @Field({ description: 'Kazakh.' })
  @IsNotEmpty({ message: 'is required' })
  @MaxLength(MAX, { message: `must be at most ${MAX} characters` })
  kk: string;

  @Field({ description: 'Russian.' })
  @IsNotEmpty({ message: 'is required' })
  @MaxLength(MAX, { message: `must be at most ${MAX} characters` })
  ru: string;

  @Field({ description: 'English.' })
  @IsNotEmpty({ message: 'is required' })
  @MaxLength(MAX, { message: `must be at most ${MAX} characters` })
  en: string;
}
