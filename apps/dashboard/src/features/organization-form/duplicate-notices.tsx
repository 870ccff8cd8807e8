import { errorReasonOf, extensionsOf } from '../../errors/graphql-errors';
import { useI18n } from '../../i18n/i18n';
import { Link } from 'react-router';

export interface DuplicateCandidate {
  id: string;
  name: string;
  similarity: number;
}

/** The similar records a CONFLICT with reason POSSIBLE_DUPLICATES names (extensions.possibleDuplicates). */
export function possibleDuplicatesOf(error: unknown): DuplicateCandidate[] | null {
  if (errorReasonOf(error) !== 'POSSIBLE_DUPLICATES') return null;
  const raw = extensionsOf(error)['possibleDuplicates'];
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((item: unknown) => {
    if (typeof item !== 'object' || item === null) return [];
    const { id, name, similarity } = item as Record<string, unknown>;
    return typeof id === 'string' ? [{ id, name: typeof name === 'string' ? name : id, similarity: typeof similarity === 'number' ? similarity : 0 }] : [];
  });
}

/** DUPLICATE_BIN / DUPLICATE_QAZVOLUNTEER_ID: the record that already has the number. */
export function existingRecordOf(error: unknown): { reason: string; id: string; name: string } | null {
  const reason = errorReasonOf(error);
  if (reason !== 'DUPLICATE_BIN' && reason !== 'DUPLICATE_QAZVOLUNTEER_ID') return null;
  const extensions = extensionsOf(error);
  const id = extensions['existingId'];
  if (typeof id !== 'string') return null;
  const name = extensions['existingName'];
  return { reason, id, name: typeof name === 'string' ? name : id };
}

/** "Records with a similar name are registered": open one of them, or create anyway. */
export function PossibleDuplicates({ candidates, onCreateAnyway, busy }: { candidates: DuplicateCandidate[]; onCreateAnyway: () => void; busy: boolean }) {
  const { t, formatNumber } = useI18n();
  return (
    <div className="status status-warning duplicates" role="alert" data-testid="possible-duplicates">
      <div>
        <strong>{t('duplicates.title')}</strong>
        <p className="small">{t('duplicates.intro')}</p>
        <ul className="duplicate-list">
          {candidates.map((candidate) => (
            <li key={candidate.id}>
              <span>{candidate.name}</span> <span className="muted small">{t('duplicates.similarity', { percent: formatNumber(Math.round(candidate.similarity * 100)) })}</span>{' '}
              <Link to={`/organizations/${candidate.id}`} className="button button-secondary button-small">
                {t('duplicates.openExisting')}
              </Link>
            </li>
          ))}
        </ul>
      </div>
      <button type="button" className="button" disabled={busy} onClick={onCreateAnyway}>
        {t('duplicates.createAnyway')}
      </button>
    </div>
  );
}

/** "This BIN already belongs to ...", with a link to that record. */
export function ExistingRecord({ existing }: { existing: { reason: string; id: string; name: string } }) {
  const { t } = useI18n();
  return (
    <div className="status status-error" role="alert" data-testid="existing-record">
      <span>{existing.reason === 'DUPLICATE_BIN' ? t('errors.reason.DUPLICATE_BIN') : t('errors.reason.DUPLICATE_QAZVOLUNTEER_ID')}</span>
      <Link to={`/organizations/${existing.id}`}>{t('duplicates.openRecord', { name: existing.name })}</Link>
    </div>
  );
}
