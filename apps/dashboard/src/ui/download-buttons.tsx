import { useState } from 'react';
import type { ExportLanguage } from '../gql/graphql';
import { useI18n, type Locale } from '../i18n/i18n';
import { saveFile, type DownloadedFile } from './save-file';
import { ErrorNotice } from './status';
import './download-buttons.css';

export type DownloadFormat = 'CSV' | 'XLSX' | 'PDF';

const EXPORT_LANGUAGES: Record<Locale, ExportLanguage> = { kk: 'KK', ru: 'RU', en: 'EN' };

/** The API's name of the reader's language, for an export field's `language` argument. */
export function exportLanguageOf(locale: Locale): ExportLanguage {
  return EXPORT_LANGUAGES[locale];
}

interface DownloadButtonsProps {
  /** The formats offered, one button each, in this order. */
  formats: readonly DownloadFormat[];
  /** Calls the export field for a format, in the reader's language; rejects (or resolves to an error) when it fails. */
  fetchFile: (format: DownloadFormat, language: ExportLanguage) => Promise<DownloadedFile>;
  /** What is downloaded, e.g. "Download the register"; the group's name for screen readers. */
  label?: string;
}

/**
 * "Download" with a button per format: asks the API for the file in the reader's language and
 * saves it. While one is being made every button waits (the one asked says so); a failure says
 * why with a retry; the saved file's name is announced politely.
 */
export function DownloadButtons({ formats, fetchFile, label }: DownloadButtonsProps) {
  const { t, locale } = useI18n();
  const [busy, setBusy] = useState<DownloadFormat | null>(null);
  const [failure, setFailure] = useState<{ format: DownloadFormat; error: unknown } | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const name = label ?? t('download.label');

  const download = async (format: DownloadFormat) => {
    setBusy(format);
    setFailure(null);
    setSaved(null);
    try {
      const file = await fetchFile(format, exportLanguageOf(locale));
      saveFile(file);
      setSaved(file.fileName);
    } catch (error) {
      setFailure({ format, error });
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="download-buttons" role="group" aria-label={name}>
      <span className="muted small" aria-hidden="true">
        {name}
      </span>
      {formats.map((format) => (
        <button
          key={format}
          type="button"
          className="button button-secondary"
          aria-label={busy === format ? t('download.preparing', { format }) : t('download.format', { format })}
          aria-busy={busy === format}
          disabled={busy !== null}
          onClick={() => void download(format)}
        >
          {busy === format ? t('download.preparing', { format }) : format}
        </button>
      ))}
      <span className="visually-hidden" role="status">
        {saved ? t('download.saved', { fileName: saved }) : ''}
      </span>
      {failure && <ErrorNotice error={failure.error} onRetry={() => void download(failure.format)} />}
    </div>
  );
}
