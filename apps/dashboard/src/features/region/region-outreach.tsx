import { useQuery } from '@apollo/client/react';
import { useI18n, type LocalizedName } from '../../i18n/i18n';
import { DataTable, numericColumn } from '../../ui/data-table';
import { Stat } from '../../ui/stat';
import { EmptyState, ErrorNotice, Loading } from '../../ui/status';
import { formatIsoDay } from '../reference/dates';
import { RegionOutreachQuery } from './outreach.graphql';

/**
 * Outreach (the memo's first success criterion): of the region's known organizations and groups,
 * those told what the front office offers, and when, district by district and month by month.
 * Shown as a description of reach, never as a target or a ranking.
 */
export function RegionOutreach({ code, districts }: { code: string; districts: readonly { code: string; name: LocalizedName }[] }) {
  const { t, name, formatNumber } = useI18n();
  const { data, loading, error, refetch } = useQuery(RegionOutreachQuery, { variables: { region: code }, errorPolicy: 'all', fetchPolicy: 'cache-and-network' });
  const share = (value: number | null | undefined) => (value == null ? '—' : `${formatNumber(Math.round(value * 100))} %`);
  const day = (value: string | null | undefined) => (value ? formatIsoDay(value) : t('region.never'));
  const names = new Map(districts.map((d) => [d.code, d.name]));
  const outreach = data?.outreach;

  return (
    <section aria-labelledby="outreach-title" data-testid="region-outreach">
      <h2 id="outreach-title">{t('outreach.title')}</h2>
      <p className="lead">{t('outreach.intro')}</p>
      {loading && !outreach ? (
        <Loading />
      ) : !outreach ? (
        error ? (
          <ErrorNotice error={error} onRetry={() => void refetch()} />
        ) : null
      ) : outreach.organizationCount === 0 ? (
        <EmptyState>{t('outreach.empty')}</EmptyState>
      ) : (
        <>
          <dl className="stats" data-testid="outreach-totals">
            <Stat label={t('outreach.known')}>{formatNumber(outreach.organizationCount)}</Stat>
            <Stat label={t('outreach.told')} valueTestId="outreach-told">
              {formatNumber(outreach.toldCount)}
            </Stat>
            <Stat label={t('outreach.share')} valueTestId="outreach-share">
              {share(outreach.toldShare)}
            </Stat>
            <Stat label={t('outreach.lastTold')}>{day(outreach.lastToldOn)}</Stat>
          </dl>
          <p className="muted small">
            {t('outreach.period', { from: formatIsoDay(outreach.period.from), to: formatIsoDay(outreach.period.to), count: formatNumber(outreach.toldInPeriodCount) })}
          </p>
          <DataTable
            testId="outreach-districts"
            columns={[
              t('region.column.district'),
              numericColumn(t('outreach.known')),
              numericColumn(t('outreach.told')),
              numericColumn(t('outreach.share')),
              t('outreach.lastTold'),
            ]}
          >
            {outreach.districts.map((row) => (
              <tr key={row.district.code} data-testid={`outreach-${row.district.code}`}>
                <th scope="row">{name(names.get(row.district.code)) || row.district.code}</th>
                <td className="numeric">{formatNumber(row.organizationCount)}</td>
                <td className="numeric">{formatNumber(row.toldCount)}</td>
                <td className="numeric">{share(row.toldShare)}</td>
                <td className="nowrap">{row.lastToldOn ? formatIsoDay(row.lastToldOn) : <span className="muted">{t('region.never')}</span>}</td>
              </tr>
            ))}
          </DataTable>
          <h3>{t('outreach.trend')}</h3>
          <DataTable
            testId="outreach-months"
            columns={[t('outreach.month'), numericColumn(t('outreach.newlyTold')), numericColumn(t('outreach.told')), numericColumn(t('outreach.share'))]}
          >
            {outreach.months.map((row) => (
              <tr key={row.month}>
                <th scope="row" className="nowrap">{`${row.month.slice(5, 7)}.${row.month.slice(0, 4)}`}</th>
                <td className="numeric">{formatNumber(row.newlyToldCount)}</td>
                <td className="numeric">{formatNumber(row.toldCount)}</td>
                <td className="numeric">{share(row.toldShare)}</td>
              </tr>
            ))}
          </DataTable>
        </>
      )}
    </section>
  );
}
