import type { ReactNode } from 'react';
import { describeError } from '../errors/graphql-errors';
import { useI18n } from '../i18n/i18n';

export function Loading() {
  const { t } = useI18n();
  return (
    <p className="status status-loading" role="status" aria-live="polite">
      {t('common.loading')}
    </p>
  );
}

export function ErrorNotice({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const i18n = useI18n();
  return (
    <div className="status status-error" role="alert">
      <span>{describeError(i18n, error)}</span>
      {onRetry && (
        <button type="button" className="button button-secondary" onClick={onRetry}>
          {i18n.t('common.retry')}
        </button>
      )}
    </div>
  );
}

/** Shown in place of a field whose subgraph did not answer (the API returns null for it). */
export function Unavailable({ children }: { children?: ReactNode }) {
  const { t } = useI18n();
  return <span className="unavailable">{children ?? t('common.unavailable')}</span>;
}

/** While a query has no data: the spinner as long as it loads, then its error with a retry. */
export function LoadingOrError({ loading, error, onRetry }: { loading: boolean; error: unknown; onRetry: () => void }) {
  return loading ? <Loading /> : <ErrorNotice error={error} onRetry={onRetry} />;
}

export function EmptyState({ children }: { children: ReactNode }) {
  return <p className="status status-empty">{children}</p>;
}
