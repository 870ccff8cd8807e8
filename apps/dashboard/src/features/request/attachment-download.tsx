import { useApolloClient } from '@apollo/client/react';
import { useI18n } from '../../i18n/i18n';
import { OnDemandDownload } from '../../ui/on-demand-download';
import { saveBase64 } from '../organization/evidence-files';
import { AttachmentContentQuery } from './request.graphql';

/** Downloads an attachment's content on demand (the list does not carry it). */
export function AttachmentDownload({ requestId, attachmentId, fileName }: { requestId: string; attachmentId: string; fileName: string }) {
  const { t } = useI18n();
  const client = useApolloClient();
  return (
    <OnDemandDownload
      label={t('request.attachments.download')}
      download={async () => {
        const { data } = await client.query({ query: AttachmentContentQuery, variables: { id: requestId }, fetchPolicy: 'network-only' });
        const attachment = data?.assistanceRequest?.attachments.find((candidate) => candidate.id === attachmentId);
        if (attachment?.contentBase64) saveBase64(attachment.contentBase64, attachment.mimeType, fileName);
      }}
    />
  );
}
