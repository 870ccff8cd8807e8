import type { GraphQLTestClient } from '@birge/server-testing';

/** An ExportFile's fields, for the selection of an export query (`{ ${EXPORT_FILE} }`). */
export const EXPORT_FILE = 'fileName contentType contentBase64 byteSize rowCount generatedAt';

export interface ExportFile {
  fileName: string;
  contentType: string;
  contentBase64: string;
  byteSize: number;
  rowCount: number;
  generatedAt: string;
}

/** Runs one export query and decodes the file, checking that its content has the size it states. */
export async function downloadExport(client: GraphQLTestClient, query: string, variables: Record<string, unknown>): Promise<{ meta: ExportFile; content: Buffer }> {
  const meta = Object.values(await client.data<Record<string, ExportFile>>(query, variables))[0];
  const content = Buffer.from(meta.contentBase64, 'base64');
  expect(content.length).toBe(meta.byteSize);
  return { meta, content };
}
