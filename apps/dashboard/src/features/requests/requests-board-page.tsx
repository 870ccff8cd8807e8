import { useQuery } from '@apollo/client/react';
import { accountIdOf, regionOf, useViewer } from '../../auth/session';
import type { AssistanceRequestStatus } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { AccessHidden } from '../../ui/access';
import { FilterSelect, ValuesFilterSelect } from '../../ui/filter-select';
import { LoadMore } from '../../ui/load-more';
import { EmptyState, ErrorNotice, LoadingOrError } from '../../ui/status';
import { ASSISTANCE_STATUSES, ASSISTANCE_TYPES } from '../reference/catalog';
import { RegionFilterSelect } from '../reference/region-select';
import { useStaffDirectory } from '../reference/use-staff-names';
import { boardFilterFromQuery, boardQueryWith } from './request-filter';
import { AssistanceBoardQuery, BOARD_PAGE_SIZE } from './requests.graphql';

export function RequestsBoardPage() {
  const navigate = useNavigate();
  const i18n = useI18n();
  const { t, formatDate, formatNumber } = i18n;
  const viewer = useViewer();
  const ownRegion = regionOf(viewer);
  const myId = accountIdOf(viewer);
  const [query] = useSearchParams();
  const filter = boardFilterFromQuery(query, ownRegion);
  const staff = useStaffDirectory();
  const { data, loading, error, fetchMore, refetch } = useQuery(AssistanceBoardQuery, {
    variables: { filter, first: BOARD_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const connection = data?.assistanceRequests;

  const byStatus = new Map<AssistanceRequestStatus, NonNullable<typeof connection>['edges']>();
  for (const edge of connection?.edges ?? []) byStatus.set(edge.node.status, [...(byStatus.get(edge.node.status) ?? []), edge]);

  const assigneeOptions = staff.options.filter((option) => !filter.regionCode || !option.regionCode || option.regionCode === filter.regionCode);

  return (
    <section>
      <h1>{t('board.title')}</h1>
      <form className="filters" aria-label={t('organizations.filters')} onSubmit={(event) => event.preventDefault()}>
        <RegionFilterSelect
          label={t('board.filter.region')}
          value={filter.regionCode ?? ''}
          onChange={(code) => navigate(boardQueryWith(query, 'region', code || (ownRegion ? 'all' : '')))}
        />
        <ValuesFilterSelect
          label={t('board.filter.type')}
          value={filter.type}
          onChange={(type) => navigate(boardQueryWith(query, 'type', type))}
          values={ASSISTANCE_TYPES}
          labelOf={(type) => t(`assistanceType.${type}`)}
        />
        <FilterSelect
          label={t('board.filter.assignee')}
          value={filter.assigneeId ?? ''}
          onChange={(assignee) => navigate(boardQueryWith(query, 'assignee', assignee))}
          anyLabel={t('board.filter.anyone')}
          options={assigneeOptions.filter((option) => option.id !== myId).map((option) => ({ value: option.id, label: option.name }))}
        >
          {myId && <option value={myId}>{t('board.filter.me')}</option>}
        </FilterSelect>
        <label className="filter-checkbox">
          <input type="checkbox" checked={filter.overdue === true} onChange={(event) => navigate(boardQueryWith(query, 'overdue', event.target.checked ? '1' : ''))} />
          <span>{t('board.filter.overdue')}</span>
        </label>
      </form>

      {!connection && <LoadingOrError loading={loading} error={error} onRetry={() => void refetch()} />}
      {connection && (
        <>
          <p className="muted" data-testid="board-total">
            {t('organizations.shown', { shown: formatNumber(connection.edges.length), total: formatNumber(connection.totalCount) })}
          </p>
          {connection.edges.length === 0 ? (
            <EmptyState>{t('board.empty')}</EmptyState>
          ) : (
            <div className="board" data-testid="requests-board">
              {ASSISTANCE_STATUSES.map((status) => {
                const edges = byStatus.get(status) ?? [];
                return (
                  <section key={status} className="board-column" aria-label={t(`status.${status}`)} data-testid={`board-column-${status}`}>
                    <h2 className="board-column-title">
                      <span className={`badge status-${status.toLowerCase()}`}>{t(`status.${status}`)}</span>
                      <span className="count">{formatNumber(edges.length)}</span>
                    </h2>
                    <ul className="board-cards">
                      {edges.map(({ node }) => (
                        <li key={node.id} className={node.overdue ? 'card board-card board-card-overdue' : 'card board-card'}>
                          <Link to={`/requests/${node.id}`} className="board-card-link">
                            {t(`assistanceSubtype.${node.subtype}`)}
                          </Link>
                          <div className="muted small">{node.organization?.name ?? t('common.unavailable')}</div>
                          <p className="board-card-description">{node.personalDataHidden ? <AccessHidden reason={node.personalDataHidden} /> : node.description}</p>
                          <div className="board-card-meta small">
                            <span>{staff.nameOf(node.assigneeId)}</span>
                            {node.dueAt && (
                              <span className={node.overdue ? 'overdue' : 'muted'}>
                                {node.overdue ? t('request.overdueSince', { date: formatDate(node.dueAt) }) : t('request.dueAt', { date: formatDate(node.dueAt) })}
                              </span>
                            )}
                          </div>
                        </li>
                      ))}
                    </ul>
                  </section>
                );
              })}
            </div>
          )}
          {connection.pageInfo.hasNextPage && (
            <div className="pager">
              <span />
              <LoadMore pageInfo={connection.pageInfo} onLoad={(after) => fetchMore({ variables: { after } })} />
            </div>
          )}
          {error != null && <ErrorNotice error={error} />}
        </>
      )}
    </section>
  );
}
