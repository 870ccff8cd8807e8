import { graphqlEnum, type EnumValue } from '@birge/server-kit';

/** The language an export is written in: its headers, labels, names of places, dates and numbers. */
export const ExportLanguage = graphqlEnum('ExportLanguage', 'The language of an exported file (headers, labels, region and district names, dates and numbers).', {
  KK: 'Kazakh, the default.',
  RU: 'Russian.',
  EN: 'English.',
});
export type ExportLanguage = EnumValue<typeof ExportLanguage>;

/** A table's file formats. */
export const TableExportFormat = graphqlEnum(
  'TableExportFormat',
  'CSV (UTF-8 with a byte order mark, comma-separated, dates as Almaty times) or XLSX (one worksheet, typed cells). In both, a text cell ' +
    'starting with =, +, -, @, a tab or a carriage return is prefixed with an apostrophe so no spreadsheet runs it as a formula.',
  ['CSV', 'XLSX'],
);
export type TableExportFormat = EnumValue<typeof TableExportFormat>;

/** A periodic report's file formats. */
export const ReportExportFormat = graphqlEnum(
  'ReportExportFormat',
  'PDF (A4, to read and print, Kazakh letters embedded) or XLSX (the answers one per row with typed numbers, and a sheet about the report).',
  ['PDF', 'XLSX'],
);
export type ReportExportFormat = EnumValue<typeof ReportExportFormat>;
