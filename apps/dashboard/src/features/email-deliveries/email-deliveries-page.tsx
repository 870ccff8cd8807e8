import { useQuery } from '@apollo/client/react';
import type { EmailDeliveryStatus } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { useNavigate, useSearchParams } from 'react-router';
import { DataTable } from '../../ui/data-table';
import { ValuesFilterSelect } from '../../ui/filter-select';
import { PagedList } from '../../ui/paged-list';
import { EMAIL_DELIVERIES_PAGE_SIZE, EmailDeliveriesQuery } from './email-deliveries.graphql';

const STATUSES: readonly EmailDeliveryStatus[] = ['QUEUED', 'SENDING', 'SENT', 'FAILED'];

/** The e-mail delivery log for republican administrators: every e-mail, its state, attempts and the server's answer; the status filter in the address. */
export function EmailDeliveriesPage() {
  const navigate = useNavigate();
  const { t, formatDate, formatNumber } = useI18n();
  const [query] = useSearchParams();
  const status = STATUSES.find((candidate) => candidate === query.get('status')) ?? null;
  const deliveries = useQuery(EmailDeliveriesQuery, {
    variables: { filter: status ? { status } : null, first: EMAIL_DELIVERIES_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  return (
    <section>
      <h1>{t('emailDeliveries.title')}</h1>
      <p className="muted">{t('emailDeliveries.intro')}</p>
      <div className="filters">
        <ValuesFilterSelect
          label={t('emailDeliveries.filter.status')}
          value={status}
          onChange={(value) => navigate(value ? `/email-deliveries?status=${value}` : '/email-deliveries')}
          values={STATUSES}
          labelOf={(value) => t(`emailDeliveries.status.${value}`)}
        />
      </div>
      <PagedList query={deliveries} connection={deliveries.data?.emailDeliveries} empty={t('emailDeliveries.empty')}>
        {(nodes, connection) => (
          <>
            <p className="muted">{t('emailDeliveries.total', { count: formatNumber(connection.totalCount) })}</p>
            <DataTable
              testId="email-deliveries-table"
              columns={[
                t('emailDeliveries.col.when'),
                t('emailDeliveries.col.kind'),
                t('emailDeliveries.col.to'),
                t('emailDeliveries.col.status'),
                t('emailDeliveries.col.attempts'),
                t('emailDeliveries.col.reason'),
              ]}
            >
              {nodes.map((node) => (
                <tr key={node.id} data-testid="email-delivery-row" data-status={node.status}>
                  <td className="nowrap">{formatDate(node.createdAt)}</td>
                  <td>{t(`notificationKind.${node.kind}`)}</td>
                  <td className="break">
                    {node.email}
                    <div className="muted small">{node.language}</div>
                  </td>
                  <td>
                    <span className="badge">{t(`emailDeliveries.status.${node.status}`)}</span>
                    {node.sentAt && <div className="muted small">{formatDate(node.sentAt)}</div>}
                  </td>
                  <td>{formatNumber(node.attempts)}</td>
                  <td className="break">{node.failureReason ? `${node.responseCode ?? ''} ${node.failureReason}`.trim() : ''}</td>
                </tr>
              ))}
            </DataTable>
          </>
        )}
      </PagedList>
    </section>
  );
}
