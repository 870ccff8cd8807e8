import { formatDateTime, numberFormat, type ExportTable, type PdfBlock, type PdfDocumentModel, type PdfSection } from '@birge/server-exports';
import { personalDataRestriction, REPORT_STATUS_LABELS, ReportFieldType, type Identity } from '@birge/shared-reference';
import type { ReportFormField, ReportFormSection } from '../report-forms/report-form-field.type';
import type { ReportForm } from '../report-forms/report-form.type';
import type { ReportAnswer } from '../reports/report-answer.type';
import type { Report } from '../reports/report.type';
import type { ExportWords } from './export-labels';

/** A report with what it is read against: its form (for the title) and its own version's sections and fields. */
export interface ReportContent {
  report: Report;
  form: ReportForm | null;
  sections: ReportFormSection[];
  fields: ReportFormField[];
}

interface AnswerText {
  field: ReportFormField;
  answer: ReportAnswer | undefined;
  /** The answer as a reader reads it, in their language; null when not answered. */
  value: string | null;
  /** The free text (TEXT answers, comments) is withheld like the API withholds it. */
  comment: string | null;
}

function answerTexts(words: ExportWords, content: ReportContent, identity: Identity | null): AnswerText[] {
  const hidden = personalDataRestriction(identity, content.report.regionCode) !== null;
  const numbers = numberFormat(words.locale);
  const byKey = new Map(content.report.answers.map((answer) => [answer.fieldKey, answer]));
  return content.fields.map((field) => {
    const answer = byKey.get(field.key);
    const choice = (key: string) => field.choices.find((candidate) => candidate.key === key)?.label;
    let value: string | null = null;
    if (answer) {
      switch (field.type) {
        case ReportFieldType.NUMBER:
          value = answer.number === null ? null : numbers.format(answer.number);
          break;
        case ReportFieldType.TEXT:
          value = answer.text === null ? null : hidden ? words.t('withheld') : answer.text;
          break;
        case ReportFieldType.CHOICE:
        case ReportFieldType.MULTI_CHOICE:
          value = answer.choices?.length
            ? answer.choices
                .map((key) => {
                  const label = choice(key);
                  return label ? words.label(label) : key;
                })
                .join('; ')
            : null;
          break;
        case ReportFieldType.NEEDS:
          value = answer.needIds ? words.t('report.needs', { count: answer.needIds.length }) : null;
          break;
      }
    }
    const comment = answer?.comment ? (hidden ? words.t('withheld') : answer.comment) : null;
    return { field, answer, value, comment };
  });
}

function aboutItems(words: ExportWords, content: ReportContent): { label: string; value: string }[] {
  const { t } = words;
  const { report } = content;
  const when = (date: Date | null) => (date ? formatDateTime(date, words.locale) : '—');
  return [
    { label: t('report.about.form'), value: content.form ? words.label(content.form.title) : report.formId },
    { label: t('report.about.region'), value: words.region(report.regionCode) },
    { label: t('report.about.period'), value: `${report.period} (${t('report.about.periodDates', { from: report.periodStart, to: report.periodEnd })})` },
    { label: t('report.about.dueOn'), value: report.dueOn },
    { label: t('report.about.status'), value: words.label(REPORT_STATUS_LABELS[report.status]) },
    { label: t('report.about.formVersion'), value: String(report.formVersion) },
    { label: t('report.about.submittedAt'), value: when(report.firstSubmittedAt) },
    { label: t('report.about.onTime'), value: report.submittedOnTime === null ? '—' : report.submittedOnTime ? t('yes') : t('no') },
    { label: t('report.about.submissions'), value: String(report.submissionCount) },
    { label: t('report.about.acceptedAt'), value: when(report.acceptedAt) },
  ];
}

function reportTitle(words: ExportWords, content: ReportContent): string {
  return content.form ? words.label(content.form.title) : content.report.period;
}

/**
 * A report as a PDF: what it is (form, region, period, status, dates), then its sections with each
 * question and answer; a pre-filled figure shows its source, an overridden one the reason given.
 * Free text follows the API's masking: analysts and partners read "withheld" in its place.
 */
export function reportDocument(words: ExportWords, content: ReportContent, identity: Identity | null, generatedAt: Date): PdfDocumentModel {
  const { t } = words;
  const answers = answerTexts(words, content, identity);
  const sections: PdfSection[] = [{ heading: t('report.section.about'), blocks: [{ kind: 'keyValues', items: aboutItems(words, content) }] }];
  for (const section of content.sections) {
    const blocks: PdfBlock[] = answers
      .filter(({ field }) => field.sectionKey === section.key)
      .flatMap(({ field, answer, value, comment }): PdfBlock[] => {
        const lines: PdfBlock[] = [
          { kind: 'paragraph', text: words.label(field.label), strong: true },
          { kind: 'paragraph', text: value ?? t('report.unanswered') },
        ];
        const prefill = answer?.prefill;
        if (prefill) {
          const figure = prefill.figure === null ? '—' : numberFormat(words.locale).format(prefill.figure);
          lines.push({ kind: 'paragraph', text: t('report.prefilled', { figure, source: words.label(prefill.source.label) }) });
        }
        if (comment) lines.push({ kind: 'paragraph', text: t('report.overriddenComment', { comment }) });
        return lines;
      });
    sections.push({ heading: words.label(section.title), blocks });
  }
  const { report } = content;
  return {
    title: reportTitle(words, content),
    subtitle: t('report.subtitle', { region: words.region(report.regionCode), period: report.period, status: words.label(REPORT_STATUS_LABELS[report.status]) }),
    sections,
    locale: words.locale,
    generatedAt,
  };
}

/** A report as worksheets: its answers one per row (typed numbers, figures and their sources), and what it is. */
export function reportTables(words: ExportWords, content: ReportContent, identity: Identity | null): ExportTable[] {
  const { t } = words;
  const titles = new Map(content.sections.map((section) => [section.key, words.label(section.title)]));
  const answers: ExportTable = {
    name: t('report.sheet.answers'),
    columns: [
      { header: t('report.column.section'), type: 'text', width: 24 },
      { header: t('report.column.question'), type: 'text', width: 40 },
      { header: t('report.column.answer'), type: 'text', width: 50 },
      { header: t('report.column.number'), type: 'number', width: 12 },
      { header: t('report.column.prefilled'), type: 'number', width: 14 },
      { header: t('report.column.source'), type: 'text', width: 28 },
      { header: t('report.column.overridden'), type: 'text', width: 10 },
      { header: t('report.column.comment'), type: 'text', width: 40 },
    ],
    rows: answerTexts(words, content, identity).map(({ field, answer, value, comment }) => [
      titles.get(field.sectionKey) ?? field.sectionKey,
      words.label(field.label),
      value,
      field.type === ReportFieldType.NUMBER ? (answer?.number ?? null) : null,
      answer?.prefill?.figure ?? null,
      answer?.prefill ? words.label(answer.prefill.source.label) : null,
      answer?.prefill ? (answer.overridden ? t('yes') : t('no')) : null,
      comment,
    ]),
  };
  const about: ExportTable = {
    name: t('report.sheet.about'),
    columns: [
      { header: t('report.sheet.about'), type: 'text', width: 28 },
      { header: reportTitle(words, content), type: 'text', width: 50 },
    ],
    rows: aboutItems(words, content).map((item) => [item.label, item.value]),
  };
  return [answers, about];
}
