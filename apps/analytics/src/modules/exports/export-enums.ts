import { registerEnumType } from 'type-graphql';

/** The language an export is written in: its headers, labels, names of places, dates and numbers. */
export enum ExportLanguage {
  KK = 'KK',
  RU = 'RU',
  EN = 'EN',
}

registerEnumType(ExportLanguage, {
  name: 'ExportLanguage',
  description: 'The language of an exported file (headers, labels, region and district names, dates and numbers).',
  valuesConfig: { KK: { description: 'Kazakh, the default.' }, RU: { description: 'Russian.' }, EN: { description: 'English.' } },
});

/** A table's file formats. */
export enum TableExportFormat {
  CSV = 'CSV',
  XLSX = 'XLSX',
}

registerEnumType(TableExportFormat, {
  name: 'TableExportFormat',
  description:
    'CSV (UTF-8 with a byte order mark, comma-separated, dates as Almaty times) or XLSX (one worksheet, typed cells). In both, a text cell ' +
    'starting with =, +, -, @, a tab or a carriage return is prefixed with an apostrophe so no spreadsheet runs it as a formula.',
});

/** A periodic report's file formats. */
export enum ReportExportFormat {
  PDF = 'PDF',
  XLSX = 'XLSX',
}

registerEnumType(ReportExportFormat, {
  name: 'ReportExportFormat',
  description: 'PDF (A4, to read and print, Kazakh letters embedded) or XLSX (the answers one per row with typed numbers, and a sheet about the report).',
});
