import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({
  description:
    'A file made on request (CSV, XLSX or PDF), carried in the answer as base64 like a feedback attachment: decode contentBase64 and save ' +
    'it under fileName. Nothing is stored; asking again makes it afresh from the current figures.',
})
export class ExportFile {
  @Field({ description: 'A file name to save it under, e.g. birge-needs-2026-12-07.xlsx (ASCII, safe on every system).' })
  fileName: string;

  @Field({ description: 'The MIME type, e.g. text/csv; charset=utf-8, application/pdf.' })
  contentType: string;

  @Field({ description: 'The file itself, base64-encoded.' })
  contentBase64: string;

  @Field(() => Int, { description: 'Size of the decoded file in bytes.' })
  byteSize: number;

  @Field(() => Int, { description: 'How many data rows the file holds (header and total rows not counted; for a summary PDF, the open needs it lists).' })
  rowCount: number;

  @Field({ description: 'When the file was made; its dates are written in Almaty time.' })
  generatedAt: Date;
}
