import { CONTENT_TYPES, exportFileName, toCsv, toXlsx, type ExportFile, type ExportFormat, type ExportTable } from '@birge/server-exports';
import { kazakhstanDay } from '@birge/shared-reference';
import { TableExportFormat } from './export-enums';
import type { ExportFile as ExportFileType } from './export-file.type';
import { EXPORT_LIMITS, exportTooLarge } from './export-limits';

/** `birge-<what>-<Almaty day>.<format>`: the day the file was made, as people in Kazakhstan dated it. */
export function fileNameOf(what: string[], generatedAt: Date, format: ExportFormat): string {
  return exportFileName(['birge', ...what, kazakhstanDay(generatedAt)], format);
}

export async function renderTable(table: ExportTable, format: TableExportFormat, what: string[], generatedAt: Date): Promise<ExportFile> {
  const extension: ExportFormat = format === TableExportFormat.CSV ? 'csv' : 'xlsx';
  const content = extension === 'csv' ? toCsv(table) : await toXlsx([table], { createdAt: generatedAt });
  return { fileName: fileNameOf(what, generatedAt, extension), contentType: CONTENT_TYPES[extension], content };
}

/** The answer of an export field; refuses a file past the size bound rather than send half of it. */
export function toExportResult(file: ExportFile, rowCount: number, generatedAt: Date, narrowField: string): ExportFileType {
  if (file.content.length > EXPORT_LIMITS.maxBytes) {
    throw exportTooLarge(narrowField, `the file would be ${file.content.length} bytes, more than ${EXPORT_LIMITS.maxBytes}: narrow ${narrowField}`, {
      byteSize: file.content.length,
      maxBytes: EXPORT_LIMITS.maxBytes,
    });
  }
  return { fileName: file.fileName, contentType: file.contentType, contentBase64: file.content.toString('base64'), byteSize: file.content.length, rowCount, generatedAt };
}
