import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderWithProviders } from '../../testing/render';
import { FixedChartWidthProvider } from '../analytics/chart-size';
import { registerNeedsMock, regionFiguresMock } from '../analytics/analytics-testing';
import { OverviewPage } from './overview-page';

const ASTANA = '710000000';
const ABAI = '100000000';
const SHYMKENT = '790000000';

function renderOverview(route = '/') {
  window.location.hash = `#${route}`;
  return renderWithProviders(
    <FixedChartWidthProvider value={640}>
      <OverviewPage />
    </FixedChartWidthProvider>,
    { mocks: [regionFiguresMock(), registerNeedsMock()] },
  );
}

/** The drawn bars of the chart with their value labels, in drawing order. */
function bars() {
  const chart = screen.getByTestId('region-bar-chart');
  const rectangles = chart.querySelectorAll('.recharts-bar-rectangle path');
  const labels = [...chart.querySelectorAll('.recharts-label-list text')].map((label) => label.textContent);
  return { widths: [...rectangles].map((path) => Number(path.getAttribute('width'))), labels };
}

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
    expect(within(legend).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['0–3', '4–7', '8–11', '12–15', '16–19', 'Дерек жоқ']);
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
    expect(screen.getByTestId('kpi-openRequests').textContent).toContain('10');
    // Open needs: 2 in Abai, 1 in Astana; the resolved one does not count.
    await waitFor(() => expect(screen.getByTestId('kpi-openNeeds').querySelector('dd')?.textContent).toBe('3'));
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
    fireEvent.click(screen.getByRole('checkbox', { name: 'Салыстыруға қосу: Астана' }));
    const link = await screen.findByTestId('compare-link');
    expect(link.getAttribute('href')).toBe(`#/compare?regions=${ABAI},${ASTANA}`);
  });
});
