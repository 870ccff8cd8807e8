import { screen, within } from '@testing-library/react';
import type { Viewer } from '../../auth/session';
import { ABAI, name } from '../../testing/fixtures';
import { renderWithProviders, type Mocks } from '../../testing/render';
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

const regionData = (coverage: unknown) => ({
  data: { region: { __typename: 'Region', code: ABAI.code, kind: 'OBLAST', name: ABAI.name, coverage } },
});

describe('RegionPage', () => {
  it('shows each district with its status in words and colour, last contact and count, and the totals', async () => {
    const coverage = {
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
    const mocks: Mocks = [{ request: { query: RegionPageQuery, variables: { code: ABAI.code } }, result: regionData(coverage) }];
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
    const mocks: Mocks = [{ request: { query: RegionPageQuery, variables: { code: ABAI.code } }, result: regionData(null) }];
    renderWithProviders(<RegionPage code={ABAI.code} />, { mocks, locale: 'ru' });
    expect((await screen.findByTestId('region-name')).textContent).toBe('Область Абай');
    expect(screen.getByTestId('coverage-unavailable').textContent).toBe('Сейчас недоступно');
  });
  it("links to the region's needs register, but not for another region's staff", async () => {
    const mocks: Mocks = [{ request: { query: RegionPageQuery, variables: { code: ABAI.code } }, result: regionData(null) }];
    const { unmount } = renderWithProviders(<RegionPage code={ABAI.code} />, { mocks });
    expect((await screen.findByRole('link', { name: 'Қажеттіліктер тізілімі' })).getAttribute('href')).toBe(`#/needs?region=${ABAI.code}`);
    unmount();
    const astanaStaff: Viewer = {
      kind: 'account',
      account: { id: 'u-as', email: 'astana@demo.birge.kz', name: 'Astana', role: 'REGIONAL_STAFF', active: true, region: { code: '710000000', name: { kk: 'Астана', ru: 'Астана', en: 'Astana' } } },
    };
    renderWithProviders(<RegionPage code={ABAI.code} />, { mocks, viewer: astanaStaff });
    await screen.findByTestId('region-name');
    expect(screen.queryByRole('link', { name: 'Қажеттіліктер тізілімі' })).toBeNull();
  });
});
