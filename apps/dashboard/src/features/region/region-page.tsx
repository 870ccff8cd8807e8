import { useQuery } from '@apollo/client/react';
import { regionOf, useViewer } from '../../auth/session';
import type { DistrictCoverageStatus } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { Link } from 'react-router';
import { DataTable, numericColumn } from '../../ui/data-table';
import { RecordHeading } from '../../ui/record-heading';
import { RecordMissing } from '../../ui/record-missing';
import { Stat } from '../../ui/stat';
import { Loading, Unavailable } from '../../ui/status';
import { RegionAnalytics } from '../analytics/region-analytics';
import { formatUtcDay } from '../reference/dates';
import { RegionPageQuery } from './region.graphql';
import { RegionOutreach } from './region-outreach';

const STATUS_ORDER: readonly DistrictCoverageStatus[] = ['ESTABLISHED', 'STALE', 'NEVER'];

/**
 * A region and how its front office covers every district: established contact within the
 * window, contact gone stale, or never contacted, with the last contact and the count.
 */
export function RegionPage({ code }: { code: string }) {
  const ownRegion = regionOf(useViewer());
  const { t, name, formatNumber } = useI18n();
  // errorPolicy 'all': the region still shows when analytics (coverage) is down.
  const { data, loading, error, refetch } = useQuery(RegionPageQuery, { variables: { code }, errorPolicy: 'all', fetchPolicy: 'cache-and-network' });

  if (loading && !data) return <Loading />;
  const region = data?.region;
  if (!region) return <RecordMissing error={error} onRetry={() => void refetch()} notFound={t('region.notFound')} back={{ to: '/regions', label: t('region.backToList') }} />;
  const coverage = region.coverage;

  return (
    <section>
      <RecordHeading back={{ to: '/regions', label: t('region.backToList') }} title={name(region.name)} titleTestId="region-name">
        <div className="page-heading-links">
          <Link to={`/organizations?region=${encodeURIComponent(region.code)}`} className="button button-secondary">
            {t('regions.organizationsLink')}
          </Link>
          {/* Regional staff read their own region's needs register only. */}
          {(!ownRegion || ownRegion === region.code) && (
            <Link to={`/needs?region=${encodeURIComponent(region.code)}`} className="button button-secondary">
              {t('region.needsLink')}
            </Link>
          )}
        </div>
      </RecordHeading>
      <h2>{t('region.coverage')}</h2>
      {!coverage ? (
        <p data-testid="coverage-unavailable">
          <Unavailable />
        </p>
      ) : (
        <>
          <p className="lead">{t('region.coverageIntro', { months: formatNumber(coverage.windowMonths) })}</p>
          <dl className="stats" data-testid="coverage-totals">
            <Stat label={t('region.total')}>{formatNumber(coverage.districtCount)}</Stat>
            {STATUS_ORDER.map((status) => {
              const count = status === 'ESTABLISHED' ? coverage.coveredDistrictCount : status === 'STALE' ? coverage.staleDistrictCount : coverage.neverContactedDistrictCount;
              return (
                <Stat key={status} label={t(`coverageStatus.${status}`)} className={`coverage-stat-${status.toLowerCase()}`} testId={`coverage-total-${status}`}>
                  {formatNumber(count)}
                </Stat>
              );
            })}
          </dl>
          <DataTable
            testId="coverage-matrix"
            columns={[
              t('region.column.district'),
              t('region.column.status'),
              t('region.column.lastContact'),
              numericColumn(t('region.column.contacts')),
              numericColumn(t('region.column.organizations')),
            ]}
          >
            {coverage.districts.map((row) => (
              <tr key={row.district.code} data-testid={`district-${row.district.code}`}>
                <th scope="row">
                  {name(row.district.name)} <span className="muted small">{t(`districtKind.${row.district.kind}`)}</span>
                </th>
                <td>
                  <span className={`badge coverage-${row.status.toLowerCase()}`} data-testid="district-status">
                    <span className="coverage-dot" aria-hidden="true" />
                    {t(`coverageStatus.${row.status}`)}
                  </span>
                </td>
                <td className="nowrap" data-testid="district-last-contact">
                  {row.lastContactAt ? formatUtcDay(row.lastContactAt) : <span className="muted">{t('region.never')}</span>}
                </td>
                <td className="numeric" data-testid="district-contact-count">
                  {formatNumber(row.contactCount)}
                </td>
                <td className="numeric">
                  <Link to={`/organizations?region=${encodeURIComponent(region.code)}&district=${encodeURIComponent(row.district.code)}`}>
                    {formatNumber(row.organizationCount)}
                  </Link>
                </td>
              </tr>
            ))}
          </DataTable>
        </>
      )}
      {/* Regional staff read their own region's figures and register only. */}
      {(!ownRegion || ownRegion === region.code) && <RegionOutreach code={region.code} districts={coverage?.districts.map((row) => row.district) ?? []} />}
      {(!ownRegion || ownRegion === region.code) && <RegionAnalytics code={region.code} districts={coverage?.districts.map((row) => row.district) ?? []} />}
    </section>
  );
}
