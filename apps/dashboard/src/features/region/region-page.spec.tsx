import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ABAI, ASTANA_STAFF, name } from '../../testing/fixtures';
import { renderWithProviders, type Mocks } from '../../testing/render';
import { breakdownMock, drillDownMock, registerNeedsMock, seriesMock } from '../analytics/analytics-testing';
import { renderWithCharts } from '../analytics/render-with-charts';
import { outreachMock } from './outreach-testing';
import { RegionPage } from './region-page';
import { RegionPageQuery } from './region.graphql';

const row = (code: string, label: string, status: string, lastContactAt: string | null, contactCount: number) => ({
  __typename: 'DistrictCoverage',
  status,
  covered: status === 'ESTABLISHED',
  lastContactAt,
  contactCount,
  organizationCount: 2,
  district: { __typename: 'District', code, kind: 'DISTRICT', name: name(label, label, label) },
});

/** Three districts, one in each coverage status. */
const THREE_DISTRICTS = {
  __typename: 'RegionCoverage',
  districtCount: 3,
  coveredDistrictCount: 1,
  staleDistrictCount: 1,
  neverContactedDistrictCount: 1,
  windowMonths: 12,
  districts: [
    row('101000000', 'Семей қ.', 'ESTABLISHED', '2026-11-20T00:00:00.000Z', 4),
    row('102000000', 'Абай ауданы', 'STALE', '2024-03-05T00:00:00.000Z', 1),
    row('103000000', 'Аягөз ауданы', 'NEVER', null, 0),
  ],
};

/** The region's analytics under its coverage: districts' figures, the monthly trend and the open needs. */
const analyticsMocks = (narrative: string | null = null): Mocks => [
  drillDownMock(
    ABAI.code,
    [
      { code: '101000000', organizations: 5, requests: 2 },
      { code: '102000000', organizations: 1, requests: 7 },
    ],
    narrative,
  ),
  seriesMock({ regions: [ABAI.code] }, 'ORGANIZATIONS', ['2026-10', '2026-11'], [{ code: null, values: [3, 6] }]),
  registerNeedsMock({ regionCode: ABAI.code }),
  breakdownMock({ regions: [ABAI.code] }, 'ORGANIZATION_KIND', { NGO: 4, INITIATIVE_GROUP: 2 }),
  outreachMock(ABAI.code, ['101000000', '102000000']),
];

const regionData = (coverage: unknown) => ({
  data: { region: { __typename: 'Region', code: ABAI.code, kind: 'OBLAST', name: ABAI.name, coverage } },
});

describe('RegionPage', () => {
  it('shows each district with its status in words and colour, last contact and count, and the totals', async () => {
    const coverage = THREE_DISTRICTS;
    const mocks: Mocks = [{ request: { query: RegionPageQuery, variables: { code: ABAI.code } }, result: regionData(coverage) }, ...analyticsMocks()];
    renderWithProviders(<RegionPage code={ABAI.code} />, { mocks });

    const matrix = await screen.findByTestId('coverage-matrix');
    const cells = (code: string) => {
      const line = within(matrix).getByTestId(`district-${code}`);
      const status = within(line).getByTestId('district-status');
      return [status.textContent, status.className, within(line).getByTestId('district-last-contact').textContent, within(line).getByTestId('district-contact-count').textContent];
    };
    expect(cells('101000000')).toEqual(['Байланыс орнатылған', 'badge coverage-established', '20.11.2026', '4']);
    expect(cells('102000000')).toEqual(['Байланыс ескірген', 'badge coverage-stale', '05.03.2024', '1']);
    expect(cells('103000000')).toEqual(['Байланыс болмаған', 'badge coverage-never', 'болмаған', '0']);
    const totals = screen.getByTestId('coverage-totals');
    expect(within(totals).getByTestId('coverage-total-ESTABLISHED').textContent).toBe('Байланыс орнатылған1');
    expect(within(totals).getByTestId('coverage-total-NEVER').textContent).toBe('Байланыс болмаған1');
    expect(screen.getByText(/Соңғы 12 айда/)).toBeTruthy();
  });

  it('still shows the region when coverage is unavailable', async () => {
    const mocks: Mocks = [{ request: { query: RegionPageQuery, variables: { code: ABAI.code } }, result: regionData(null) }, ...analyticsMocks()];
    renderWithProviders(<RegionPage code={ABAI.code} />, { mocks, locale: 'ru' });
    expect((await screen.findByTestId('region-name')).textContent).toBe('Область Абай');
    expect(screen.getByTestId('coverage-unavailable').textContent).toBe('Сейчас недоступно');
  });
  it("links to the region's needs register, but not for another region's staff", async () => {
    const mocks: Mocks = [{ request: { query: RegionPageQuery, variables: { code: ABAI.code } }, result: regionData(null) }, ...analyticsMocks()];
    const { unmount } = renderWithProviders(<RegionPage code={ABAI.code} />, { mocks });
    expect((await screen.findByRole('link', { name: 'Қажеттіліктер тізілімі' })).getAttribute('href')).toBe(`#/needs?region=${ABAI.code}`);
    unmount();
    renderWithProviders(<RegionPage code={ABAI.code} />, { mocks, viewer: ASTANA_STAFF });
    await screen.findByTestId('region-name');
    expect(screen.queryByRole('link', { name: 'Қажеттіліктер тізілімі' })).toBeNull();
  });

  it("drills into the districts' figures over the period, sortable, with the trend, the open needs and the last report beside them", async () => {
    const coverage = THREE_DISTRICTS;
    const mocks: Mocks = [{ request: { query: RegionPageQuery, variables: { code: ABAI.code } }, result: regionData(coverage) }, ...analyticsMocks('Аудандарда үй-жай тапшы.')];
    renderWithCharts(<RegionPage code={ABAI.code} />, { route: `/regions/${ABAI.code}`, width: 480, mocks });
    const table = await screen.findByTestId('district-figures');
    const cells = (code: string) =>
      within(within(table).getByTestId(`district-figures-row-${code}`))
        .getAllByRole('cell')
        .map((cell) => cell.textContent);
    // Organizations, requests, open, overdue, resolved, contacts; a district without facts has zeros.
    expect(cells('101000000')).toEqual(['5', '2', '0', '0', '0', '0']);
    expect(cells('103000000')).toEqual(['0', '0', '0', '0', '0', '0']);
    fireEvent.click(within(table).getByRole('button', { name: /Барлық сұраулар/ }));
    await waitFor(() => expect(window.location.hash).toBe(`#/regions/${ABAI.code}?sort=requests&dir=asc`));
    await waitFor(() =>
      expect(
        within(screen.getByTestId('district-figures'))
          .getAllByRole('rowheader')
          .map((cell) => cell.textContent),
      ).toEqual(['Аягөз ауданы', 'Семей қ.', 'Абай ауданы']),
    );

    // The trend of organizations: two months, the second higher.
    await waitFor(() => expect(screen.getByTestId('region-trend').querySelectorAll('.recharts-line-dots circle')).toHaveLength(2));
    const [first, second] = [...screen.getByTestId('region-trend').querySelectorAll('.recharts-line-dots circle')].map((dot) => Number(dot.getAttribute('cy')));
    expect(first).toBeGreaterThan(second ?? 0);

    // Beside the figures: the two open needs of Abai (not the resolved one of Astana) and the last report.
    const needs = await screen.findByTestId(`open-needs-${ABAI.code}`);
    expect(within(needs).getAllByRole('listitem')).toHaveLength(2);
    expect(screen.getByText('Аудандарда үй-жай тапшы.')).toBeTruthy();
  });
});
