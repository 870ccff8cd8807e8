import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { OverviewPage } from '../overview/overview-page';
import { breakdownMock, registerNeedsMock, regionFiguresMock, seriesMock } from './analytics-testing';
import { renderWithCharts } from './render-with-charts';

const REQUEST_MEASURES = ['REQUESTS', 'OPEN_REQUESTS', 'OVERDUE_REQUESTS', 'RESOLVED_REQUESTS'];
const ADMINISTRATIVE = { requestTypes: ['ADMINISTRATIVE'] };
const ASTANA = '710000000';

/** The overview at `route`: requests of administrative help only, broken down by status or by sub-type. */
function renderFiltered(route: string) {
  return renderWithCharts(<OverviewPage />, {
    route,
    width: 640,
    mocks: [
      // The regions' requests of administrative help: half of all (scale 1 for the figures asked, only request measures).
      regionFiguresMock({ filter: ADMINISTRATIVE, measures: REQUEST_MEASURES }),
      registerNeedsMock(),
      seriesMock(ADMINISTRATIVE, 'REQUESTS', ['2026-10', '2026-11'], [{ code: null, values: [3, 5] }]),
      breakdownMock(
        ADMINISTRATIVE,
        'REQUEST_STATUS',
        { NEW: 4, IN_PROGRESS: { REQUESTS: 9, OPEN_REQUESTS: 9 }, RESOLVED: { REQUESTS: 2, RESOLVED_REQUESTS: 2 } },
        REQUEST_MEASURES,
      ),
      breakdownMock(ADMINISTRATIVE, 'REQUEST_SUBTYPE', { STATE_BODY_LIAISON: 11, PREMISES_AND_EQUIPMENT: 4 }, REQUEST_MEASURES),
    ],
  });
}

/** The breakdown chart's bars: their value labels in drawing order. */
const barLabels = () => [...screen.getByTestId('breakdown-chart').querySelectorAll('.recharts-label-list text')].map((label) => label.textContent);
const rowHeaders = () =>
  within(screen.getByTestId('breakdown-table'))
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent);

describe('Breakdown and dimension filters of the analytics pages', () => {
  jest.setTimeout(60_000);

  it('breaks the filtered requests down by status: a bar and a row per status in declared order, labelled from the translation files', async () => {
    renderFiltered('/?measure=requests&requestTypes=ADMINISTRATIVE&by=REQUEST_STATUS');
    const chart = await screen.findByTestId('breakdown-chart');
    expect(chart.getAttribute('data-dimension')).toBe('REQUEST_STATUS');
    // Every status in the API's order, zeros where there are none: NEW, TRIAGED, IN_PROGRESS, WAITING, RESOLVED, DECLINED, WITHDRAWN.
    expect(chart.getAttribute('data-values')).toBe('4,0,9,0,2,0,0');
    // A zero draws no bar (nor its label).
    await waitFor(() => expect(barLabels()).toEqual(['4', '9', '2']));
    expect(chart.querySelector('figcaption')?.textContent).toContain('Барлық сұраулар: Өтініш мәртебесі бойынша');
    // Each value's name on one line of the axis, shortened when long (whole in the table).
    const ticks = () => [...screen.getByTestId('breakdown-chart').querySelectorAll('text.breakdown-tick')];
    await waitFor(() =>
      expect(ticks().map((tick) => tick.textContent)).toEqual(['Жаңа', 'Қаралды', 'Орындалуда', 'Мемлекеттік органн…', 'Шешілді', 'Қабылданбады', 'Кері қайтарылды']),
    );
    expect(ticks().every((tick) => tick.querySelectorAll('tspan').length <= 1)).toBe(true);
    expect(rowHeaders()).toEqual(['Жаңа', 'Қаралды', 'Орындалуда', 'Мемлекеттік органның жауабын күтуде', 'Шешілді', 'Қабылданбады', 'Кері қайтарылды']);
    const inProgress = within(screen.getByTestId('breakdown-table-row-IN_PROGRESS'))
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
    expect(inProgress).toEqual(['9', '9', '0', '0']);
    expect(screen.getByTestId('breakdown-total').textContent).toContain('15');
  });

  it('applies the filter to the map, the chart and the KPIs, and marks the figures the filter cannot cut', async () => {
    renderFiltered('/?measure=requests&requestTypes=ADMINISTRATIVE&by=REQUEST_STATUS');
    const filters = await screen.findByTestId('dimension-filters');
    expect(filters.hasAttribute('open')).toBe(true);
    expect((within(filters).getByLabelText('Көмек түрі') as HTMLSelectElement).value).toBe('ADMINISTRATIVE');
    // Only the request's and the organization's dimensions cut requests: no resource kind.
    expect(within(filters).queryByLabelText('Ресурс түрі')).toBeNull();
    // The map shows requests of administrative help (official order gives index + 12: Astana, 18th, 29).
    await screen.findByRole('link', { name: 'Астана: 29' });
    expect(screen.getByTestId(`tile-${ASTANA}`).getAttribute('data-value')).toBe('29');
    // Organizations and coverage are not cut by a request type: a dash, said in words.
    expect(within(screen.getByTestId('kpi-organizations')).getByTestId('not-cut')).toBeTruthy();
    expect(within(screen.getByTestId('kpi-openRequests')).queryByTestId('not-cut')).toBeNull();
  });

  it('changes the breakdown dimension and sorts its table, both kept in the address', async () => {
    renderFiltered('/?measure=requests&requestTypes=ADMINISTRATIVE&by=REQUEST_STATUS');
    await screen.findByTestId('breakdown-chart');
    fireEvent.change(screen.getByTestId('breakdown-by'), { target: { value: 'REQUEST_SUBTYPE' } });
    await waitFor(() => expect(window.location.hash).toBe('#/?measure=requests&requestTypes=ADMINISTRATIVE&by=REQUEST_SUBTYPE'));
    await waitFor(() => expect(screen.getByTestId('breakdown-chart').getAttribute('data-dimension')).toBe('REQUEST_SUBTYPE'), { timeout: 20_000 });
    await waitFor(() => expect(screen.getByTestId('breakdown-chart').getAttribute('data-values')?.startsWith('11,4,0')).toBe(true), { timeout: 20_000 });
    const table = screen.getByTestId('breakdown-table');
    fireEvent.click(within(table).getByRole('button', { name: /Барлық сұраулар/ }));
    await waitFor(() => expect(window.location.hash).toContain('bsort=requests&bdir=asc'));
    await waitFor(() => expect(within(screen.getByTestId('breakdown-table')).getAllByRole('columnheader')[1]?.getAttribute('aria-sort')).toBe('ascending'), { timeout: 20_000 });
    fireEvent.click(within(screen.getByTestId('breakdown-table')).getByRole('button', { name: /Барлық сұраулар/ }));
    await waitFor(() => expect(window.location.hash).toContain('bsort=requests&bdir=desc'), { timeout: 20_000 });
    await waitFor(() => expect(rowHeaders().slice(0, 2)).toEqual(['Мемлекеттік органдармен өзара іс-қимыл (рұқсаттар, құжаттар)', 'Уақытша орын мен жабдық']), { timeout: 20_000 });
  });
});
