import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import type { AuditLogQuery } from '../../gql/graphql';
import { isMessageKey, useI18n } from '../../i18n/i18n';
import { useNavigate, useSearchParams } from 'react-router';
import { DataTable } from '../../ui/data-table';
import { FilterSelect, ValuesFilterSelect } from '../../ui/filter-select';
import { PagedList } from '../../ui/paged-list';
import { ApiKeysQuery } from '../api-keys/api-keys.graphql';
import { RegionFilterSelect } from '../reference/region-select';
import { useStaffDirectory } from '../reference/use-staff-names';
import { AUDIT_LOG_PAGE_SIZE, AuditLogQuery as AuditLogDocument } from './audit-log.graphql';
import { ANY_REFUSAL, AUDIT_OUTCOMES, auditFilterOf, auditFormFromQuery, auditPathFor, CALLER_ROLES, type AuditFilterForm } from './audit-filter';

type AuditEntry = AuditLogQuery['auditLog']['edges'][number]['node'];

function OutcomeBadge({ outcome }: { outcome: string }) {
  const { t } = useI18n();
  if (outcome === 'OK') {
    return (
      <span className="badge audit-ok" data-testid="audit-outcome">
        {t('auditLog.outcome.OK')}
      </span>
    );
  }
  const described = `errors.code.${outcome}`;
  return (
    <span className="badge audit-refused" data-testid="audit-outcome" title={isMessageKey(described) ? t(described) : t('auditLog.outcome.refused')}>
      {t('auditLog.outcome.refused')} · {outcome}
    </span>
  );
}

function FilterForm({ initial, keyNames }: { initial: AuditFilterForm; keyNames: { id: string; name: string }[] }) {
  const navigate = useNavigate();
  const { t } = useI18n();
  const staff = useStaffDirectory();
  const [form, setForm] = useState(initial);
  const set = (key: keyof AuditFilterForm) => (value: string) => setForm((previous) => ({ ...previous, [key]: value }));
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    navigate(auditPathFor(form));
  };
  return (
    <form className="filters" aria-label={t('auditLog.filters')} onSubmit={onSubmit} data-testid="audit-filters">
      <label>
        <span>{t('auditLog.filter.user')}</span>
        <select value={form.user} onChange={(event) => set('user')(event.target.value)}>
          <option value="">{t('auditLog.filter.anyone')}</option>
          <optgroup label={t('auditLog.staffGroup')}>
            {staff.options.map((option) => (
              <option key={option.id} value={option.id}>
                {option.name}
              </option>
            ))}
          </optgroup>
          {keyNames.length > 0 && (
            <optgroup label={t('auditLog.keyGroup')}>
              {keyNames.map((key) => (
                <option key={key.id} value={key.id}>
                  {key.name}
                </option>
              ))}
            </optgroup>
          )}
        </select>
      </label>
      <ValuesFilterSelect label={t('auditLog.filter.role')} value={form.role} onChange={set('role')} values={CALLER_ROLES} labelOf={(role) => t(`role.${role}`)} />
      <RegionFilterSelect label={t('auditLog.filter.region')} value={form.region} onChange={set('region')} />
      <label>
        <span>{t('auditLog.filter.operation')}</span>
        <input type="text" placeholder="createOrganization" value={form.operation} onChange={(event) => set('operation')(event.target.value)} />
      </label>
      <FilterSelect
        label={t('auditLog.filter.outcome')}
        value={form.outcome}
        onChange={set('outcome')}
        options={AUDIT_OUTCOMES.map((outcome) => ({ value: outcome, label: outcome === 'OK' ? `${t('auditLog.outcome.OK')} (OK)` : outcome }))}
      >
        <option value={ANY_REFUSAL}>{t('auditLog.outcome.anyRefused')}</option>
      </FilterSelect>
      <label>
        <span>{t('auditLog.filter.from')}</span>
        <input type="datetime-local" value={form.from} onChange={(event) => set('from')(event.target.value)} />
      </label>
      <label>
        <span>{t('auditLog.filter.to')}</span>
        <input type="datetime-local" value={form.to} onChange={(event) => set('to')(event.target.value)} />
      </label>
      <div className="form-actions">
        <button type="submit" className="button">
          {t('auditLog.filter.apply')}
        </button>
        <button type="button" className="button button-secondary" onClick={() => navigate('/audit-log')}>
          {t('auditLog.filter.reset')}
        </button>
      </div>
    </form>
  );
}

function WhoCell({ entry, keyName, nameOf }: { entry: AuditEntry; keyName: (id: string) => string | undefined; nameOf: (id: string) => string }) {
  const { t, name } = useI18n();
  if (!entry.role) return <span className="muted">{t('auditLog.anonymous')}</span>;
  const keyId = entry.keyId ?? (entry.role === 'PARTNER' ? entry.userId : null);
  return (
    <>
      {keyId ? t('auditLog.partnerKey', { name: keyName(keyId) ?? keyId.slice(0, 8) }) : entry.userId ? nameOf(entry.userId) : t('auditLog.anonymous')}
      <div className="muted small">
        {t(`role.${entry.role}`)}
        {entry.region && ` · ${name(entry.region.name)}`}
      </div>
    </>
  );
}

export function AuditLogPage() {
  const { t, formatDate, formatNumber } = useI18n();
  const [query] = useSearchParams();
  const form = auditFormFromQuery(query);
  const filter = auditFilterOf(form);
  const staff = useStaffDirectory();
  const keys = useQuery(ApiKeysQuery, { variables: { first: 100 }, errorPolicy: 'all', fetchPolicy: 'cache-and-network' });
  const keyNames = keys.data?.apiKeys.edges.map(({ node }) => ({ id: node.id, name: node.name })) ?? [];
  const keyName = (id: string) => keyNames.find((key) => key.id === id)?.name;
  const staffName = (id: string) => staff.options.find((option) => option.id === id)?.name ?? t('auditLog.unknownUser', { id: id.slice(0, 8) });
  const auditLog = useQuery(AuditLogDocument, { variables: { filter, first: AUDIT_LOG_PAGE_SIZE }, fetchPolicy: 'cache-and-network' });

  return (
    <section>
      <h1>{t('auditLog.title')}</h1>
      <p className="muted">{t('auditLog.intro')}</p>
      {/* key: going back in history (or "clear") shows the address's filters, not the last typed ones. */}
      <FilterForm key={auditPathFor(form)} initial={form} keyNames={keyNames} />
      <PagedList query={auditLog} connection={auditLog.data?.auditLog} empty={t('auditLog.empty')}>
        {(nodes, connection) => (
          <>
            <p className="muted" data-testid="audit-total">
              {t('auditLog.shown', { shown: formatNumber(connection.edges.length), total: formatNumber(connection.totalCount) })}
            </p>
            <DataTable
              testId="audit-table"
              columns={[t('auditLog.col.time'), t('auditLog.col.who'), t('auditLog.col.operation'), t('auditLog.col.targets'), t('auditLog.col.outcome')]}
            >
              {nodes.map((node) => (
                <tr key={node.id} data-testid="audit-row" data-operation={node.operation}>
                  <td className="nowrap">{formatDate(node.occurredAt)}</td>
                  <td>
                    <WhoCell entry={node} keyName={keyName} nameOf={staffName} />
                  </td>
                  <td>
                    <code>{node.operation}</code>
                    <div className="muted small">
                      {t('auditLog.service', { service: node.service })}
                      {node.operationName && node.operationName !== node.operation && ` · ${node.operationName}`}
                    </div>
                  </td>
                  <td>
                    {node.targetIds.map((id) => (
                      <div key={id} className="small">
                        <code title={id}>{id.slice(0, 8)}</code>
                      </div>
                    ))}
                  </td>
                  <td>
                    <OutcomeBadge outcome={node.outcome} />
                    {node.requestId && (
                      <div className="muted small" title={node.requestId}>
                        {t('auditLog.requestId', { id: node.requestId.slice(0, 8) })}
                      </div>
                    )}
                  </td>
                </tr>
              ))}
            </DataTable>
          </>
        )}
      </PagedList>
    </section>
  );
}
