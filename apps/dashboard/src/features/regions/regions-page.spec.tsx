import { screen, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { name } from '../../testing/fixtures';
import { renderWithProviders, type Mocks } from '../../testing/render';
import { RegionsPage } from './regions-page';
import { RegionsPageQuery } from './regions.graphql';

const region = (code: string, kk: string, districtCount: number, coverage: { districtCount: number; coveredDistrictCount: number } | null) => ({
  __typename: 'Region',
  code,
  kind: 'OBLAST',
  isoCode: `KZ-${code.slice(0, 2)}`,
  name: name(kk, `${kk} (ru)`, `${kk} (en)`),
  districts: Array.from({ length: districtCount }, (_, index) => ({ __typename: 'District', code: `${code.slice(0, 2)}${index}` })),
  coverage: coverage && { __typename: 'RegionCoverage', ...coverage },
});

describe('RegionsPage', () => {
  it('shows coverage as covered / all districts, and "unavailable" where the API returned null', async () => {
    const mocks: Mocks = [
      {
        request: { query: RegionsPageQuery },
        result: {
          // What the gateway answers when analytics fails for one region: data plus an error.
          data: {
            regions: [region('100000000', 'Абай облысы', 10, { districtCount: 10, coveredDistrictCount: 3 }), region('110000000', 'Ақмола облысы', 19, null)],
          },
          errors: [new GraphQLError('Analytics is unavailable', { path: ['regions', 1, 'coverage'], extensions: { code: 'SERVICE_UNAVAILABLE' } })],
        },
      },
    ];
    renderWithProviders(<RegionsPage />, { mocks });

    const abai = await screen.findByTestId('region-100000000');
    expect(within(abai).getByRole('rowheader').textContent).toBe('Абай облысы');
    expect(within(abai).getByTestId('coverage').textContent).toBe('3 / 10');
    expect(within(abai).getAllByRole('cell')[1]?.textContent).toBe('10');

    const akmola = screen.getByTestId('region-110000000');
    expect(within(akmola).getByTestId('coverage').textContent).toBe('Қазір қолжетімсіз');
    expect(within(akmola).getAllByRole('cell')[1]?.textContent).toBe('19');
  });

  it('shows a translated error with a retry when the regions cannot be loaded at all', async () => {
    const mocks: Mocks = [
      {
        request: { query: RegionsPageQuery },
        result: { data: null, errors: [new GraphQLError('down', { extensions: { code: 'SERVICE_UNAVAILABLE' } })] },
      },
    ];
    renderWithProviders(<RegionsPage />, { mocks, locale: 'ru' });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Сервис временно недоступен');
    expect(within(alert).getByRole('button', { name: 'Повторить' })).toBeTruthy();
  });
});
