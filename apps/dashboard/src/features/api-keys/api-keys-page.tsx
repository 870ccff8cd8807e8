import { useMutation, useQuery } from '@apollo/client/react';
import { Fragment, useState } from 'react';
import type { ApiKeyFieldsFragment } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { DataTable } from '../../ui/data-table';
import { FormFailure } from '../../ui/form-failure';
import { useActionFailure } from '../../ui/use-action-failure';
import { PagedList } from '../../ui/paged-list';
import { API_KEYS_PAGE_SIZE, ApiKeysQuery, RevokeApiKeyMutation } from './api-keys.graphql';
import { CreateApiKeyForm, type CreatedKey } from './create-api-key-form';

/**
 * The secret of a key just created. It lives only in this component's state: the server keeps a
 * hash, so once the administrator dismisses it (or leaves the page) nobody can show it again.
 */
function SecretOnce({ created, onDismiss }: { created: CreatedKey; onDismiss: () => void }) {
  const { t } = useI18n();
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  async function copySecret() {
    try {
      await navigator.clipboard.writeText(created.secret);
      setCopy('copied');
    } catch {
      // No clipboard (a plain-http address, a refused permission): the key stays selectable.
      setCopy('failed');
    }
  }
  return (
    <div className="card secret-once" role="alert" data-testid="api-key-secret">
      <h2>{t('apiKeys.secret.title', { name: created.name })}</h2>
      <p>
        <strong>{t('apiKeys.secret.warning')}</strong>
      </p>
      <div className="secret-value">
        <code data-testid="api-key-secret-value">{created.secret}</code>
        <button type="button" className="button button-small" onClick={() => void copySecret()}>
          {copy === 'copied' ? t('apiKeys.secret.copied') : t('apiKeys.secret.copy')}
        </button>
      </div>
      {copy === 'failed' && <p className="status status-error">{t('apiKeys.secret.copyFailed')}</p>}
      <p className="muted small">{t('apiKeys.secret.usage')}</p>
      <pre className="small">{`Authorization: ApiKey ${created.secret}`}</pre>
      <div className="form-actions">
        <button type="button" className="button button-secondary" onClick={onDismiss}>
          {t('apiKeys.secret.dismiss')}
        </button>
      </div>
    </div>
  );
}

type KeyState = 'active' | 'revoked' | 'expired';

function stateOf(key: ApiKeyFieldsFragment): KeyState {
  if (key.revokedAt) return 'revoked';
  return key.active ? 'active' : 'expired';
}

/** Asks before revoking, in a row of its own under the key so the question has the table's width. */
function RevokeConfirmRow({ apiKey, onDone }: { apiKey: ApiKeyFieldsFragment; onDone: () => void }) {
  const { t } = useI18n();
  const { failure, run } = useActionFailure();
  const [revoke, { loading }] = useMutation(RevokeApiKeyMutation, { refetchQueries: ['ApiKeys'] });
  return (
    <tr className="confirm-row">
      <td colSpan={5}>
        <div className="confirm" data-testid="revoke-confirm">
          <p>{t('apiKeys.revokeConfirm', { name: apiKey.name })}</p>
          <FormFailure error={failure} />
          <div className="action-buttons">
            <button
              type="button"
              className="button button-danger button-small"
              disabled={loading}
              onClick={() =>
                void run(async () => {
                  await revoke({ variables: { id: apiKey.id } });
                  onDone();
                })
              }
            >
              {t('apiKeys.revokeYes')}
            </button>
            <button type="button" className="button button-secondary button-small" disabled={loading} onClick={onDone}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      </td>
    </tr>
  );
}

export function ApiKeysPage() {
  const { t, formatDate, formatNumber } = useI18n();
  const [activeOnly, setActiveOnly] = useState(false);
  const [created, setCreated] = useState<CreatedKey | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const apiKeys = useQuery(ApiKeysQuery, {
    variables: { first: API_KEYS_PAGE_SIZE, ...(activeOnly ? { activeOnly: true } : {}) },
    fetchPolicy: 'cache-and-network',
  });
  return (
    <section>
      <h1>{t('apiKeys.title')}</h1>
      <p className="muted">{t('apiKeys.intro')}</p>
      {created && <SecretOnce created={created} onDismiss={() => setCreated(null)} />}
      {/* One column: the table needs the width (scopes, dates, state); the form follows it. */}
      <div className="stacked">
        <div>
          <label className="filter-checkbox">
            <input type="checkbox" checked={activeOnly} onChange={(event) => setActiveOnly(event.target.checked)} />
            <span>{t('apiKeys.activeOnly')}</span>
          </label>
          <PagedList query={apiKeys} connection={apiKeys.data?.apiKeys} empty={t('apiKeys.empty')}>
            {(nodes, connection) => (
              <>
                <p className="muted">{t('organizations.total', { count: formatNumber(connection.totalCount) })}</p>
                <DataTable testId="api-keys-table" columns={[t('apiKeys.name'), t('apiKeys.scopes'), t('apiKeys.expiresAt'), t('apiKeys.lastUsedAt'), t('apiKeys.state')]}>
                  {nodes.map((node) => {
                    const state = stateOf(node);
                    return (
                      <Fragment key={node.id}>
                        <tr className={state === 'active' ? undefined : 'inactive'} data-testid="api-key-row">
                          <th scope="row">
                            {node.name}
                            <div className="muted small">
                              <code>{node.prefix}</code>
                            </div>
                            {node.rateLimitPerMinute != null && <div className="muted small">{t('apiKeys.rateLimit', { count: node.rateLimitPerMinute })}</div>}
                          </th>
                          <td>
                            <div className="scope-list">
                              {node.scopes.map((scope) => (
                                <span key={scope} className="badge" title={scope}>
                                  {scope}
                                </span>
                              ))}
                            </div>
                          </td>
                          <td className="nowrap">{formatDate(node.expiresAt)}</td>
                          <td className="nowrap">{node.lastUsedAt ? formatDate(node.lastUsedAt) : t('apiKeys.neverUsed')}</td>
                          <td>
                            <span className={`badge key-${state}`} data-testid="api-key-state">
                              {t(`apiKeys.state.${state}`)}
                            </span>
                            {node.revokedAt && <div className="muted small">{formatDate(node.revokedAt)}</div>}
                            {state === 'active' && confirming !== node.id && (
                              <div>
                                <button type="button" className="button button-secondary button-small" onClick={() => setConfirming(node.id)}>
                                  {t('apiKeys.revoke')}
                                </button>
                              </div>
                            )}
                          </td>
                        </tr>
                        {state === 'active' && confirming === node.id && <RevokeConfirmRow apiKey={node} onDone={() => setConfirming(null)} />}
                      </Fragment>
                    );
                  })}
                </DataTable>
              </>
            )}
          </PagedList>
        </div>
        <div className="narrow">
          <CreateApiKeyForm onCreated={setCreated} />
        </div>
      </div>
    </section>
  );
}
