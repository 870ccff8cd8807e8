import { useQuery } from '@apollo/client/react';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../routing/router';
import { ErrorNotice, Loading, Unavailable } from '../../ui/status';
import { NationalOverviewQuery } from './overview.graphql';

export function OverviewPage() {
  const { t, name, formatNumber } = useI18n();
  const { data, loading, error, refetch } = useQuery(NationalOverviewQuery, { errorPolicy: 'all', fetchPolicy: 'cache-and-network' });

  if (loading && !data) return <Loading />;
  if (!data) return <ErrorNotice error={error} onRetry={() => void refetch()} />;
  const overview = data.nationalOverview;

  return (
    <section>
      <h1>{t('overview.title')}</h1>
      {!overview ? (
        <p data-testid="overview-unavailable">
          <Unavailable />
        </p>
      ) : (
        <>
          <div className="stats">
            <div className="stat card">
              <span className="stat-value">{formatNumber(overview.organizationCount)}</span>
              <span className="stat-label">{t('overview.organizations')}</span>
            </div>
            <div className="stat card">
              <span className="stat-value">{formatNumber(overview.openRequestCount)}</span>
              <span className="stat-label">{t('overview.openRequests')}</span>
            </div>
          </div>
          <h2>{t('overview.byRegion')}</h2>
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('overview.column.region')}</th>
                  <th scope="col" className="numeric">
                    {t('overview.organizations')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('overview.openRequests')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {overview.regions.map((row) => (
                  <tr key={row.region.code}>
                    <th scope="row">
                      <Link to={`/organizations?region=${encodeURIComponent(row.region.code)}`}>{name(row.region.name)}</Link>
                    </th>
                    <td className="numeric">{formatNumber(row.organizationCount)}</td>
                    <td className="numeric">{formatNumber(row.openRequestCount)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
