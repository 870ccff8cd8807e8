import { useApolloClient } from '@apollo/client/react';
import { useI18n } from '../../i18n/i18n';
import { OnDemandDownload } from '../../ui/on-demand-download';
import { downloadBase64 } from '../feedback/file-content';
import { GuideVersionContentQuery } from './guides.graphql';

/** The file types the library takes, for the file picker (the server checks the content too). */
export const GUIDE_FILE_ACCEPT = '.pdf,.docx,.xlsx,.txt';

/** Server field names of a guide's file, all shown on the one file picker. */
export const GUIDE_FILE_FIELDS = { 'file.contentBase64': 'file', 'file.fileName': 'file', 'file.mimeType': 'file', 'file.note': 'note' } as const;

/** The browser's MIME type of a picked file, or the one its extension names (some systems leave DOCX and XLSX untyped). */
export function mimeTypeOf(file: File): string {
  if (file.type) return file.type;
  const extension = file.name.split('.').pop()?.toLowerCase();
  const byExtension: Record<string, string> = {
    pdf: 'application/pdf',
    docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    txt: 'text/plain',
  };
  return (extension && byExtension[extension]) || 'application/octet-stream';
}

/** Downloads one version of a guide on demand (the list does not carry the content). */
export function GuideDownload({ guideId, version }: { guideId: string; version: { id: string; number: number; fileName: string; mimeType: string } }) {
  const { t } = useI18n();
  const client = useApolloClient();
  return (
    <OnDemandDownload
      label={t('guides.download', { number: version.number })}
      download={async () => {
        const { data } = await client.query({ query: GuideVersionContentQuery, variables: { id: guideId }, fetchPolicy: 'network-only' });
        const content = data?.guide?.versions.find((candidate) => candidate.id === version.id)?.contentBase64;
        if (content) downloadBase64(content, version.fileName, version.mimeType);
      }}
    />
  );
}
