import { useQuery } from '@apollo/client/react';
import { useI18n } from '../../i18n/i18n';
import { Link } from 'react-router';
import { DataTable, numericColumn } from '../../ui/data-table';
import { ErrorNotice, Loading, Unavailable } from '../../ui/status';
import { RegionsPageQuery } from './regions.graphql';

export function RegionsPage() {
  const { t, name, formatNumber } = useI18n();
  // errorPolicy 'all': when analytics is down the regions still arrive, with coverage null.
  const { data, loading, error, refetch } = useQuery(RegionsPageQuery, {
    errorPolicy: 'all',
    // Coverage changes as organizations register: show the cached table at once, then refresh it.
    fetchPolicy: 'cache-and-network',
  });

  if (loading && !data) return <Loading />;
  if (!data?.regions) return <ErrorNotice error={error} onRetry={() => void refetch()} />;

  return (
    <section>
      <h1>{t('regions.title')}</h1>
      <p className="lead">{t('regions.intro')}</p>
      <DataTable
        testId="regions-table"
        columns={[
          t('regions.column.name'),
          t('regions.column.kind'),
          numericColumn(t('regions.column.districts')),
          t('regions.column.coverage'),
          { label: <span className="visually-hidden">{t('regions.organizationsLink')}</span> },
        ]}
      >
        {data.regions.map((region) => (
          <tr key={region.code} data-testid={`region-${region.code}`}>
            <th scope="row">
              <Link to={`/regions/${encodeURIComponent(region.code)}`}>{name(region.name)}</Link>
            </th>
            <td>{t(`regionKind.${region.kind}`)}</td>
            <td className="numeric">{formatNumber(region.districts.length)}</td>
            <td data-testid="coverage">{region.coverage ? <Coverage covered={region.coverage.coveredDistrictCount} total={region.coverage.districtCount} /> : <Unavailable />}</td>
            <td>
              <Link to={`/organizations?region=${encodeURIComponent(region.code)}`}>{t('regions.organizationsLink')}</Link>
            </td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}

function Coverage({ covered, total }: { covered: number; total: number }) {
  const { t, formatNumber } = useI18n();
  const share = total > 0 ? Math.round((covered / total) * 100) : 0;
  return (
    <span className="coverage">
      <span className="coverage-bar" aria-hidden="true">
        <span className="coverage-fill" style={{ width: `${share}%` }} />
      </span>
      <span>{t('regions.coverage.value', { covered: formatNumber(covered), total: formatNumber(total) })}</span>
    </span>
  );
}
