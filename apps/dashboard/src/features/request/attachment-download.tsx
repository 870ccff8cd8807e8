import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { FormFailure } from '../../ui/form-failure';
import { saveBase64 } from '../organization/evidence-files';
import { AttachmentContentQuery } from './request.graphql';

/** Downloads an attachment's content on demand (the list does not carry it). */
export function AttachmentDownload({ requestId, attachmentId, fileName }: { requestId: string; attachmentId: string; fileName: string }) {
  const { t } = useI18n();
  const client = useApolloClient();
  const [failure, setFailure] = useState<unknown>(null);

  async function download() {
    setFailure(null);
    try {
      const { data } = await client.query({ query: AttachmentContentQuery, variables: { id: requestId }, fetchPolicy: 'network-only' });
      const attachment = data?.assistanceRequest?.attachments.find((candidate) => candidate.id === attachmentId);
      if (attachment?.contentBase64) saveBase64(attachment.contentBase64, attachment.mimeType, fileName);
    } catch (error) {
      setFailure(error);
    }
  }

  return (
    <>
      <button type="button" className="button button-link button-small" onClick={() => void download()}>
        {t('request.attachments.download')}
      </button>
      <FormFailure error={failure} />
    </>
  );
}
