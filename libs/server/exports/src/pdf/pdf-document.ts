import type { Locale } from '@birge/shared-reference';
import type { ExportTable } from '../table';

/** A run of text, wrapped to the page: a narrative, an explanation. */
export interface PdfParagraph {
  kind: 'paragraph';
  text: string;
  /** In bold: the title line of an item that a plain paragraph then tells. */
  strong?: boolean;
}

/** Labelled figures or facts, label on the left and value on the right: "Organizations — 1 204". */
export interface PdfKeyValues {
  kind: 'keyValues';
  items: { label: string; value: string }[];
}

/** A table; long ones continue on the next page under their header row repeated. */
export interface PdfTable {
  kind: 'table';
  table: ExportTable;
}

export type PdfBlock = PdfParagraph | PdfKeyValues | PdfTable;

export interface PdfSection {
  heading: string;
  blocks: PdfBlock[];
}

/**
 * What a PDF report says, apart from how it looks: a title and subtitle, sections of blocks, and
 * the language and moment the footer of every page names. All texts already in the reader's language.
 */
export interface PdfDocumentModel {
  title: string;
  subtitle?: string;
  sections: PdfSection[];
  locale: Locale;
  generatedAt: Date;
  /** The document's Author property; "Birge" when omitted. */
  author?: string;
}
