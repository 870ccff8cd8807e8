import { ListSize } from '@birge/server-kit';
import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'One problem of an import file, by line and column.' })
export class ImportRowError {
  @Field(() => Int, { description: 'Line of the file where the row starts (the header is line 1).' })
  line: number;

  @Field({ description: 'The CSV column (e.g. bin, region_code); empty for a problem with the whole row or file.' })
  column: string;

  @Field({
    description:
      'Stable code: CSV_MALFORMED, CSV_EMPTY, UNKNOWN_COLUMN, DUPLICATE_COLUMN, MISSING_COLUMN, WRONG_CELL_COUNT, REQUIRED, LENGTH, ' +
      'UNKNOWN_VALUE, DUPLICATE_VALUES, UNKNOWN_REGION, UNKNOWN_DISTRICT, DISTRICT_NOT_IN_REGION, NOT_AN_INTEGER, DUPLICATE_IN_FILE, ' +
      'DUPLICATE_BIN, DUPLICATE_QAZVOLUNTEER_ID, and the field codes of createOrganization (INVALID_BIN, INVALID_PHONE, ...).',
  })
  code: string;

  @Field({ description: 'What is wrong and how to fix it, in English; translate by code.' })
  message: string;

  @Field(() => ID, { nullable: true, description: 'For DUPLICATE_BIN / DUPLICATE_QAZVOLUNTEER_ID: the registered record that has it.' })
  existingId?: string | null;
}

@ObjectType({
  description: 'What an import did. All or nothing per file: when ok is false nothing was written. Re-importing the same file ' + 'reports every row unchanged.',
})
export class ImportReport {
  @Field({ description: 'True when the file was imported (or, with dryRun, would be).' })
  ok: boolean;

  @Field({ description: 'True when nothing was written on purpose (dryRun).' })
  dryRun: boolean;

  @Field(() => Int, { description: 'Data rows in the file (without the header).' })
  rowCount: number;

  @Field(() => Int, { description: 'Rows that became new records (with dryRun: would become).' })
  created: number;

  @Field(() => Int, { description: 'Rows that changed a record matched by BIN or Qazvolunteer.kz ID (with dryRun: would change).' })
  updated: number;

  @Field(() => Int, { description: 'Rows that matched a record with the same values.' })
  unchanged: number;

  @Field(() => Int, { description: 'All problems found; `errors` lists the first 500.' })
  errorCount: number;

  @ListSize(500)
  @Field(() => [ImportRowError], { description: 'The problems, by line and column, the first 500 of errorCount; empty when ok.' })
  errors: ImportRowError[];
}
