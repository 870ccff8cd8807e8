import { Link } from 'react-router';
import type { OrganizationPageQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { AccessHidden } from '../../ui/access';
import { EvidenceDownload } from './evidence-download';
import { formatSize } from './format-size';
import { UpdateCheckForm } from './update-check-form';

type Check = NonNullable<OrganizationPageQuery['organization']>['verification']['checks'][number];

/** One check of a method: its outcome, who and when, notes, evidence files, and changing its outcome. */
export function VerificationCheck({
  organizationId,
  check,
  nameOf,
  editing,
  onEdit,
  onChanged,
}: {
  organizationId: string;
  check: Check;
  nameOf: (id: string | null | undefined) => string;
  /** Null when the viewer may not change it; otherwise whether its form is open. */
  editing: boolean | null;
  onEdit: (open: boolean) => void;
  onChanged: () => void;
}) {
  const i18n = useI18n();
  const { t, formatDate, name } = i18n;
  const writer = check.letterFrom && ('bodyName' in check.letterFrom ? name(check.letterFrom.bodyName) : 'name' in check.letterFrom ? check.letterFrom.name : null);
  return (
    <div className="check" data-testid="verification-check">
      <div className="muted small">
        {t(`checkOutcome.${check.outcome}`)} · {formatDate(check.checkedAt)} · {nameOf(check.checkedBy)}
      </div>
      {writer && (
        <p className="small" data-testid="letter-from">
          {t('verification.letterFrom')} <Link to={`/directory?${new URLSearchParams({ region: 'all', q: writer }).toString()}`}>{writer}</Link>
        </p>
      )}
      {check.notes && <p className="request-description">{check.notes}</p>}
      {check.personalDataHidden && (
        <p>
          <AccessHidden reason={check.personalDataHidden} />
        </p>
      )}
      {check.evidence == null && check.evidenceHidden && (
        <p className="small" data-testid="evidence-hidden">
          {t('verification.evidenceFiles')}: <AccessHidden reason={check.evidenceHidden} />
        </p>
      )}
      {check.evidence && check.evidence.length > 0 && (
        <ul className="attachment-list">
          {check.evidence.map((file) => (
            <li key={file.id}>
              {file.fileName == null ? <AccessHidden reason={file.personalDataHidden} /> : <span>{file.fileName}</span>}{' '}
              <span className="muted small">{formatSize(file.sizeBytes, i18n)}</span>{' '}
              {!file.personalDataHidden && <EvidenceDownload organizationId={organizationId} fileId={file.id} fileName={file.fileName ?? file.id} />}
            </li>
          ))}
        </ul>
      )}
      {editing === true && (
        <UpdateCheckForm
          check={check}
          onDone={() => {
            onEdit(false);
            onChanged();
          }}
        />
      )}
      {editing === false && (
        <button type="button" className="button button-link button-small" onClick={() => onEdit(true)}>
          {t('verification.changeOutcome')}
        </button>
      )}
    </div>
  );
}
