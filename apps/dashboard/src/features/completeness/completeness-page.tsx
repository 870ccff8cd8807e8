import { useQuery } from '@apollo/client/react';
import type { ReportingCompletenessQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { Link, useNavigate } from 'react-router';
import { FilterSelect } from '../../ui/filter-select';
import { DownloadButtons } from '../../ui/download-buttons';
import { EmptyState, ErrorNotice, LoadingOrError } from '../../ui/status';
import { useExportFile } from '../../ui/use-export-file';
import { ReportFormsQuery } from '../report-forms/report-forms.graphql';
import { CELL_KINDS, CELL_SYMBOLS, cellKind, type CellKind } from './completeness-cells';
import { ReportingCompletenessQuery as CompletenessQuery } from './completeness.graphql';
import { ExportCompletenessQuery } from './completeness-export.graphql';
import './completeness.css';

type Completeness = ReportingCompletenessQuery['reportingCompleteness'];
type Cell = Completeness['cells'][number];

function Legend() {
  const { t } = useI18n();
  return (
    <ul className="completeness-legend" aria-label={t('completeness.legend')} data-testid="completeness-legend">
      {CELL_KINDS.map((kind) => (
        <li key={kind}>
          <span className={`completeness-swatch completeness-${kind}`} aria-hidden="true">
            {CELL_SYMBOLS[kind]}
          </span>
          {t(`completeness.kind.${kind}`)}
        </li>
      ))}
    </ul>
  );
}

function CellContent({ cell, kind }: { cell: Cell; kind: CellKind }) {
  const { t } = useI18n();
  const label = (
    <>
      <span aria-hidden="true">{CELL_SYMBOLS[kind]} </span>
      {t(`completeness.kind.${kind}`)}
      {cell.submittedOnTime !== null && cell.submittedOnTime !== undefined && (
        <span className="completeness-timing">{t(cell.submittedOnTime ? 'completeness.onTime' : 'completeness.late')}</span>
      )}
    </>
  );
  return cell.reportId ? <Link to={`/reports/${cell.reportId}`}>{label}</Link> : label;
}

/** Counts of the whole matrix, in words. */
function Totals({ data }: { data: Completeness }) {
  const { t, formatNumber } = useI18n();
  const { totals } = data;
  const items: [string, number][] = [
    [t('completeness.count.expected'), totals.expected],
    [t('completeness.count.submitted'), totals.submitted],
    [t('completeness.count.onTime'), totals.onTime],
    [t('completeness.count.returned'), totals.returned],
    [t('completeness.count.accepted'), totals.accepted],
    [t('completeness.count.overdue'), totals.overdue],
  ];
  return (
    <dl className="completeness-totals" data-testid="completeness-totals">
      {items.map(([label, value]) => (
        <div key={label} className="card">
          <dt>{label}</dt>
          <dd>{formatNumber(value)}</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * Completeness of a form: regions × periods, each cell saying where the region's report stands
 * (colour, symbol and words: never colour alone), with a legend, the totals and the overdue list.
 * The matrix scrolls inside its own box, its headers sticky, so a phone never scrolls sideways.
 */
export function CompletenessPage({ formId }: { formId: string | null }) {
  const navigate = useNavigate();
  const { t, name } = useI18n();
  const forms = useQuery(ReportFormsQuery, { variables: { first: 100 }, fetchPolicy: 'cache-and-network' });
  const formNodes = forms.data?.reportForms.edges.map((edge) => edge.node) ?? [];
  const chosen = formId ?? formNodes[0]?.id ?? null;
  const { data, loading, error, refetch } = useQuery(CompletenessQuery, { variables: { formId: chosen ?? '' }, skip: !chosen, fetchPolicy: 'cache-and-network' });
  const completeness = data?.reportingCompleteness;
  const exportCompleteness = useExportFile(ExportCompletenessQuery);

  if (!chosen) {
    return (
      <section>
        <h1>{t('completeness.title')}</h1>
        {forms.data ? <EmptyState>{t('completeness.noForms')}</EmptyState> : <LoadingOrError loading={forms.loading} error={forms.error} onRetry={() => void forms.refetch()} />}
      </section>
    );
  }

  const cellOf = (regionCode: string, period: string) => completeness?.cells.find((cell) => cell.regionCode === regionCode && cell.period === period);
  return (
    <section className="completeness">
      <h1>{t('completeness.title')}</h1>
      <p className="muted">{t('completeness.intro')}</p>
      <form className="filters" aria-label={t('completeness.filters')} onSubmit={(event) => event.preventDefault()}>
        <FilterSelect
          label={t('reports.form')}
          value={chosen}
          anyLabel={t('common.choose')}
          onChange={(value) => value && navigate(`/completeness/${value}`)}
          options={formNodes.map((form) => ({ value: form.id, label: name(form.title) }))}
        />
      </form>
      {!completeness && <LoadingOrError loading={loading} error={error} onRetry={() => void refetch()} />}
      {completeness && (
        <>
          <h2>{name(completeness.form.title)}</h2>
          <DownloadButtons
            label={t('download.completeness')}
            formats={['XLSX', 'CSV']}
            fetchFile={(format, language) => exportCompleteness({ formId: completeness.form.id, format: format === 'CSV' ? 'CSV' : 'XLSX', language })}
          />
          <Totals data={completeness} />
          <Legend />
          {completeness.regions.length === 0 ? (
            <EmptyState>{t('completeness.noRegions')}</EmptyState>
          ) : (
            <div className="completeness-scroll" tabIndex={0} role="region" aria-label={t('completeness.matrix')} data-testid="completeness-scroll">
              <table className="completeness-matrix" data-testid="completeness-matrix">
                <caption className="visually-hidden">{t('completeness.caption', { form: name(completeness.form.title) })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('reports.region')}</th>
                    {completeness.periods.map((period) => (
                      <th key={period.period} scope="col">
                        {period.period}
                        <span className="completeness-due">{t('completeness.dueOn', { date: period.dueOn })}</span>
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {completeness.regions.map((region) => (
                    <tr key={region.regionCode}>
                      <th scope="row">{region.region ? name(region.region.name) : region.regionCode}</th>
                      {completeness.periods.map((period) => {
                        const cell = cellOf(region.regionCode, period.period);
                        if (!cell) return <td key={period.period} />;
                        const kind = cellKind(cell);
                        return (
                          <td key={period.period} className={`completeness-cell completeness-${kind}`} data-testid={`cell-${region.regionCode}-${period.period}`} data-kind={kind}>
                            <CellContent cell={cell} kind={kind} />
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <h2>{t('completeness.overdueTitle')}</h2>
          {completeness.overdue.length === 0 ? (
            <p className="muted" data-testid="completeness-no-overdue">
              {t('completeness.noOverdue')}
            </p>
          ) : (
            <ul className="plain-list completeness-overdue-list" data-testid="completeness-overdue-list">
              {completeness.overdue.map((cell) => (
                <li key={`${cell.regionCode}-${cell.period}`}>
                  <span aria-hidden="true">{CELL_SYMBOLS.overdue} </span>
                  {t('completeness.overdueLine', { region: cell.region ? name(cell.region.name) : cell.regionCode, period: cell.period, date: cell.dueOn })}
                  {cell.reportId && (
                    <>
                      {' · '}
                      <Link to={`/reports/${cell.reportId}`}>{t('completeness.openReport')}</Link>
                    </>
                  )}
                </li>
              ))}
            </ul>
          )}
          {error != null && <ErrorNotice error={error} />}
        </>
      )}
    </section>
  );
}
