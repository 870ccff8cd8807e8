import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { RegionInsightsQuery } from './analytics.graphql';
import { registerNeedsMock, regionFiguresMock, seriesMock } from './analytics-testing';
import { ComparePage } from './compare-page';
import { renderWithCharts } from './render-with-charts';
import { regionOptionsMock } from '../../testing/fixtures';
import { renderWithProviders, type Mocks } from '../../testing/render';

const ABAI = '100000000';
const ASTANA = '710000000';

/** The overview's figures of the two regions, as insights answers with a region filter, and Astana's last report. */
function compareMock(): Mocks[number] {
  const mock = regionFiguresMock();
  const figures = mock.result as { data: { regions: unknown[]; insights: { rows: { keys: { code: string }[] }[] } } };
  const rows = figures.data.insights.rows
    .filter((row) => row.keys[0]?.code === ASTANA)
    .map((row) => ({ ...row, regionContext: { __typename: 'InsightRegionContext', lastReportNarrative: 'Астанада волонтерлер саны өсті.', lastReportPeriod: '2026-Q3' } }));
  return {
    request: { query: RegionInsightsQuery, variables: { filter: { regions: [ABAI, ASTANA] }, measures: (mock.request.variables as Record<string, unknown>)['measures'] } },
    result: { data: { regions: figures.data.regions, insights: { ...figures.data.insights, rows } } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

describe('ComparePage', () => {
  it('shows the chosen regions side by side: bars per region, a line per region, and each with its open needs and last report', async () => {
    renderWithCharts(<ComparePage />, {
      route: `/compare?regions=${ABAI},${ASTANA}`,
      width: 600,
      mocks: [
        compareMock(),
        regionOptionsMock(),
        registerNeedsMock(),
        seriesMock({ regions: [ABAI, ASTANA] }, 'REQUESTS', ['2026-10', '2026-11'], [{ code: ASTANA, values: [4, 8] }], 'REGION'),
      ],
    });
    // Abai had no facts (no row): zeros; Astana (index 17): 17 organizations, 29 requests, 10 open.
    const astana = await screen.findByTestId(`compare-${ASTANA}`);
    expect(within(astana).getByTestId(`compare-${ASTANA}-organizations`).textContent).toBe('17');
    expect(within(astana).getByTestId(`compare-${ASTANA}-requests`).textContent).toBe('29');
    expect(within(astana).getByTestId(`compare-${ASTANA}-openRequests`).textContent).toBe('10');
    expect(within(astana).getByText('Астанада волонтерлер саны өсті.')).toBeTruthy();
    const abai = screen.getByTestId(`compare-${ABAI}`);
    expect(within(abai).getByTestId(`compare-${ABAI}-organizations`).textContent).toBe('0');
    expect(within(abai).getByText('Қабылданған есеп әзірге жоқ.')).toBeTruthy();
    await waitFor(() => expect(within(abai).getAllByRole('listitem')).toHaveLength(2));

    // The chart: one bar series per region (Abai's zeros draw nothing), Astana's six bars.
    const chart = screen.getByTestId('compare-chart');
    await waitFor(() => expect(chart.querySelectorAll('.recharts-bar').length).toBe(2));
    const astanaBars = chart.querySelectorAll('.recharts-bar')[1]?.querySelectorAll('.recharts-bar-rectangle path');
    expect(astanaBars).toHaveLength(6);
    // The trend: Astana's line rising, Abai's line of zeros (the API gave it none).
    await waitFor(() => expect(screen.getByTestId('compare-trend').querySelectorAll('.recharts-line')).toHaveLength(2));
    expect(within(screen.getByTestId('compare-trend')).getByText('Астана')).toBeTruthy();
  });

  it('asks for two regions, and keeps the regions ticked in the address', async () => {
    window.location.hash = `#/compare?regions=${ABAI}`;
    renderWithProviders(<ComparePage />, {
      mocks: [registerNeedsMock(), regionOptionsMock(), compareMock(), seriesMock({ regions: [ABAI, ASTANA] }, 'REQUESTS', ['2026-11'], [], 'REGION')],
    });
    expect(await screen.findByText('Салыстыру үшін кемінде екі өңірді таңдаңыз.')).toBeTruthy();
    const picker = await screen.findByTestId('compare-picker');
    expect((within(picker).getByRole('checkbox', { name: 'Абай облысы' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(within(picker).getByRole('checkbox', { name: 'Астана' }));
    await waitFor(() => expect(window.location.hash).toBe(`#/compare?regions=${ABAI}%2C${ASTANA}`));
    await screen.findByTestId(`compare-${ASTANA}`);
  });
});
