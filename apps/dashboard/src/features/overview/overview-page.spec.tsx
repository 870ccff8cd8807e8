import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { breakdownMock, registerNeedsMock, regionFiguresMock, seriesMock } from '../analytics/analytics-testing';
import { renderWithCharts } from '../analytics/render-with-charts';
import { OverviewPage } from './overview-page';

const ASTANA = '710000000';
const ABAI = '100000000';
const SHYMKENT = '790000000';

const YEAR = String(new Date().getUTCFullYear());
const MONTHS = ['2026-09', '2026-10', '2026-11'];
const CITIES = ['710000000', '750000000', '790000000'];
const REQUEST_MEASURES = ['REQUESTS', 'OPEN_REQUESTS', 'OVERDUE_REQUESTS', 'RESOLVED_REQUESTS'];

function renderOverview(route = '/') {
  return renderWithCharts(<OverviewPage />, {
    route,
    width: 640,
    mocks: [
      regionFiguresMock(),
      // The same figures doubled for the chosen year.
      regionFiguresMock({ period: { year: Number(YEAR) }, scale: 2 }),
      registerNeedsMock(),
      seriesMock({}, 'ORGANIZATIONS', MONTHS, [{ code: null, values: [150, 170, 190] }]),
      seriesMock({ period: { year: Number(YEAR) } }, 'ORGANIZATIONS', MONTHS, [{ code: null, values: [300, 340, 380] }]),
      seriesMock({}, 'OPEN_REQUESTS', MONTHS, [{ code: null, values: [4, 0, 10] }]),
      seriesMock({ regions: CITIES }, 'ORGANIZATIONS', MONTHS, [{ code: null, values: [40, 50, 54] }]),
      breakdownMock({}, 'ORGANIZATION_KIND', { NGO: 120, INITIATIVE_GROUP: 50, INDEPENDENT_VOLUNTEER: 20 }),
      breakdownMock({ period: { year: Number(YEAR) } }, 'ORGANIZATION_KIND', { NGO: 240, INITIATIVE_GROUP: 100, INDEPENDENT_VOLUNTEER: 40 }),
      breakdownMock({ regions: CITIES }, 'ORGANIZATION_KIND', { NGO: 30, INITIATIVE_GROUP: 20 }),
      breakdownMock({}, 'REQUEST_SUBTYPE', { TRAINING: 6, COOPERATION: 4 }, REQUEST_MEASURES),
    ],
  });
}

/** The trend line's points (their y in pixels, top is 0) and the months on its axis. */
function trend() {
  const chart = screen.getByTestId('national-trend');
  const dots = [...chart.querySelectorAll('.recharts-line-dots circle')].map((dot) => Number(dot.getAttribute('cy')));
  const months = [...chart.querySelectorAll('.recharts-cartesian-axis-tick-value[orientation="bottom"]')].map((tick) => tick.textContent);
  return { dots, months };
}

/** The drawn bars of the chart with their value labels, in drawing order. */
function bars() {
  const chart = screen.getByTestId('region-bar-chart');
  const rectangles = chart.querySelectorAll('.recharts-bar-rectangle path');
  const labels = [...chart.querySelectorAll('.recharts-label-list text')].map((label) => label.textContent);
  return { widths: [...rectangles].map((path) => Number(path.getAttribute('width'))), labels };
}

// The whole page with its charts redraws after each change of the address: slow on a busy machine.
configure({ asyncUtilTimeout: 15_000 });
jest.setTimeout(60_000);

describe('OverviewPage', () => {
  it('draws the map of the 20 regions coloured by organizations, with a legend and each tile named by its region and value', async () => {
    renderOverview();
    const map = await screen.findByTestId('tile-map');
    const tiles = within(map).getAllByRole('link');
    expect(tiles).toHaveLength(20);
    // Official order gives organizations 0..19: Abai (first) 0, Shymkent (last) 19.
    const shymkent = within(map).getByRole('link', { name: 'Шымкент: 19' });
    expect(shymkent.getAttribute('href')).toBe(`#/regions/${SHYMKENT}`);
    expect(within(map).getByRole('link', { name: 'Абай облысы: 0' })).toBeTruthy();
    // The darkest class for the most, the lightest for none.
    expect(screen.getByTestId(`tile-${SHYMKENT}`).getAttribute('data-fill')).toBe('#004f5c');
    expect(screen.getByTestId(`tile-${ABAI}`).getAttribute('data-fill')).toBe('#e3f1f3');
    const legend = screen.getByTestId('map-legend');
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['0–3', '4–7', '8–11', '12–15', '16–19', 'Дерек жоқ']);
  });

  it('draws one bar per region in official order with its value, and KPI totals', async () => {
    renderOverview();
    await screen.findByTestId('region-bar-chart');
    // A zero draws no bar: Abai (0) has none, Akmola (1) to Shymkent (19) one each, in official order.
    await waitFor(() => expect(bars().labels).toHaveLength(19));
    const { widths, labels } = bars();
    expect(labels).toEqual(Array.from({ length: 19 }, (_, index) => String(index + 1)));
    // Bars are as long as their values: 19 is nineteen times 1.
    expect(widths).toHaveLength(19);
    expect((widths[18] ?? 0) / (widths[0] ?? 1)).toBeCloseTo(19, 5);
    expect(screen.getByTestId('kpi-organizations').textContent).toContain('190');
    // The monthly trend: three points rising, the months named in Kazakh.
    await waitFor(() => expect(trend().dots).toHaveLength(3));
    const { dots, months } = trend();
    expect(months).toEqual(['Қыркүйек 2026', 'Қазан 2026', 'Қараша 2026']);
    expect(dots[0]).toBeGreaterThan(dots[1] ?? 0);
    expect(dots[1]).toBeGreaterThan(dots[2] ?? 0);
    expect(screen.getByTestId('kpi-openRequests').textContent).toContain('10');
    // Open needs: 2 in Abai, 1 in Astana; the resolved one does not count.
    await waitFor(() => expect(screen.getByTestId('kpi-openNeeds').querySelector('dd')?.textContent).toBe('3'));
    // Beside each region's figures: its open needs and the narrative of its last accepted report.
    const astana = within(screen.getByTestId('region-figures')).getByTestId(`region-figures-row-${ASTANA}`);
    expect(within(astana).getAllByRole('cell')[4]?.textContent).toBe('1');
    expect(within(astana).getAllByRole('cell')[5]?.textContent).toBe('2026-Q3 · Астанада бастамашыл топтарға зал жетіспейді.');
    expect(within(within(screen.getByTestId('region-figures')).getByTestId(`region-figures-row-${ABAI}`)).getAllByRole('cell')[5]?.textContent).toBe('—');
  });

  it('changes the map, the chart and the address when another measure is chosen', async () => {
    renderOverview();
    await screen.findByTestId('tile-map');
    fireEvent.change(screen.getByLabelText('Көрсеткіш'), { target: { value: 'openRequests' } });
    await waitFor(() => expect(window.location.hash).toBe('#/?measure=openRequests'));
    await waitFor(() => expect(screen.getByTestId('tile-map').getAttribute('data-measure')).toBe('openRequests'));
    expect(screen.getByRole('link', { name: 'Астана: 10' })).toBeTruthy();
    expect(screen.getByTestId(`tile-${ASTANA}`).getAttribute('data-fill')).toBe('#004f5c');
    expect(screen.getByTestId(`tile-${SHYMKENT}`).getAttribute('data-fill')).toBe('#e3f1f3');
    await waitFor(() => expect(bars().labels.filter((label) => label !== '0')).toEqual(['10']));
    expect(bars().widths).toHaveLength(1);
    expect(screen.getByTestId('region-bar-chart').querySelector('figcaption')?.textContent).toContain('Ашық сұраулар, өңірлер бойынша');
    // The trend follows: 4, 0, 10 open requests, the middle month on the axis line.
    await waitFor(() => expect(screen.getByTestId('national-trend').querySelector('figcaption')?.textContent).toBe('Ашық сұраулар, ай сайын'));
    await waitFor(() => expect(trend().dots).toHaveLength(3));
    const [first = 0, middle = 0, last = 0] = trend().dots;
    expect(middle).toBeGreaterThan(first);
    expect(first).toBeGreaterThan(last);
  });

  it('changes the figures of the map, the chart, the KPIs and the trend when a period is chosen', async () => {
    renderOverview();
    await screen.findByRole('link', { name: 'Шымкент: 19' });
    fireEvent.change(screen.getByLabelText('Кезең'), { target: { value: YEAR } });
    await waitFor(() => expect(window.location.hash).toBe(`#/?period=${YEAR}`));
    await screen.findByRole('link', { name: 'Шымкент: 38' });
    await waitFor(() => expect(bars().labels[18]).toBe('38'));
    expect(screen.getByTestId('kpi-organizations').querySelector('dd')?.textContent).toBe('380');
    expect(screen.getByTestId('period-shown').textContent).toBe('Кезең: 2025-12-01 – 2026-12-31');
  });

  it('keeps only cities with the kind filter: the map greys the oblasts, the chart and the table keep the 3 cities', async () => {
    renderOverview('/?kind=CITY');
    await screen.findByTestId('tile-map');
    expect(screen.getByTestId(`tile-${ABAI}`).className).toContain('tile-excluded');
    expect(screen.getByTestId(`tile-${ASTANA}`).className).not.toContain('tile-excluded');
    await waitFor(() => expect(bars().labels).toEqual(['17', '18', '19']));
    expect(within(screen.getByTestId('region-figures')).getAllByRole('row')).toHaveLength(4);
  });

  it('sorts the table by a column from its heading, keeps the sort in the address, and reverses it on a second press', async () => {
    renderOverview();
    const table = await screen.findByTestId('region-figures');
    const firstRegion = () => within(screen.getByTestId('region-figures')).getAllByRole('rowheader')[0]?.textContent;
    expect(firstRegion()).toBe('Абай облысы');
    fireEvent.click(within(table).getByRole('button', { name: /Ұйымдар/ }));
    await waitFor(() => expect(window.location.hash).toBe('#/?sort=organizations&dir=asc'));
    // The page has followed the address before the second press.
    await waitFor(() => expect(within(screen.getByTestId('region-figures')).getAllByRole('columnheader')[1]?.getAttribute('aria-sort')).toBe('ascending'));
    fireEvent.click(within(screen.getByTestId('region-figures')).getByRole('button', { name: /Ұйымдар/ }));
    await waitFor(() => expect(window.location.hash).toBe('#/?sort=organizations&dir=desc'));
    await waitFor(() => expect(firstRegion()).toBe('Шымкент'));
    expect(within(screen.getByTestId('region-figures')).getAllByRole('columnheader')[1]?.getAttribute('aria-sort')).toBe('descending');
  });

  it('ticks regions for comparison into the address and links to them side by side', async () => {
    renderOverview();
    await screen.findByTestId('region-figures');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Салыстыруға қосу: Абай облысы' }));
    await waitFor(() => expect(window.location.hash).toBe(`#/?compare=${ABAI}`));
    await waitFor(() => expect((screen.getByRole('checkbox', { name: 'Салыстыруға қосу: Абай облысы' }) as HTMLInputElement).checked).toBe(true));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Салыстыруға қосу: Астана' }));
    const link = await screen.findByTestId('compare-link');
    expect(link.getAttribute('href')).toBe(`#/compare?regions=${ABAI},${ASTANA}`);
  });
});
