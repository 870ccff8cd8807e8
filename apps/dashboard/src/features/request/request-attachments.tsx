import type { AssistanceRequestPageQuery } from '../../gql/graphql';
import { useI18n, type I18n } from '../../i18n/i18n';
import { AccessHidden } from '../../ui/access';
import { AttachmentDownload } from './attachment-download';
import { AttachmentUpload } from './attachment-upload';

type Request = NonNullable<AssistanceRequestPageQuery['assistanceRequest']>;

function formatSize(bytes: number, i18n: I18n): string {
  if (bytes < 1024) return i18n.t('request.attachments.bytes', { size: i18n.formatNumber(bytes) });
  return i18n.t('request.attachments.kilobytes', { size: i18n.formatNumber(Math.ceil(bytes / 1024)) });
}

/** The request's files, each to download, and adding one. */
export function RequestAttachments({ request, writer, onReload }: { request: Request; writer: boolean; onReload: () => void }) {
  const i18n = useI18n();
  const { t, formatDate } = i18n;
  return (
    <>
      <h2>{t('request.attachments.title')}</h2>
      {request.attachments.length === 0 ? (
        <p className="muted">{t('request.attachments.none')}</p>
      ) : (
        <ul className="attachment-list" data-testid="request-attachments">
          {request.attachments.map((attachment) => (
            <li key={attachment.id}>
              {attachment.fileName == null ? <AccessHidden reason={attachment.personalDataHidden} /> : <span>{attachment.fileName}</span>}{' '}
              <span className="muted small">
                {formatSize(attachment.sizeBytes, i18n)} · {formatDate(attachment.createdAt)}
              </span>{' '}
              {!attachment.personalDataHidden && <AttachmentDownload requestId={request.id} attachmentId={attachment.id} fileName={attachment.fileName ?? attachment.id} />}
            </li>
          ))}
        </ul>
      )}
      {writer && <AttachmentUpload requestId={request.id} version={request.version} onReload={onReload} />}
    </>
  );
}
