import { useApolloClient } from '@apollo/client/react';
import { useI18n } from '../../i18n/i18n';
import { OnDemandDownload } from '../../ui/on-demand-download';
import { saveBase64 } from './evidence-files';
import { EvidenceContentQuery } from './organization.graphql';

/** Downloads one evidence file of a verification check (its content is asked for only then). */
export function EvidenceDownload({ organizationId, fileId, fileName }: { organizationId: string; fileId: string; fileName: string }) {
  const { t } = useI18n();
  const client = useApolloClient();
  return (
    <OnDemandDownload
      label={t('verification.download')}
      download={async () => {
        // Not kept in the cache: contents can be large and are needed once.
        const { data } = await client.query({ query: EvidenceContentQuery, variables: { id: organizationId }, fetchPolicy: 'no-cache' });
        const file = data?.organization?.verification.checks.flatMap((check) => check.evidence ?? []).find((candidate) => candidate.id === fileId);
        if (file?.contentBase64) saveBase64(file.contentBase64, file.mimeType, file.fileName || fileName);
      }}
    />
  );
}
