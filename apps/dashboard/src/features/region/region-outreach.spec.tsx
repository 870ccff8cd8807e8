import { screen, within } from '@testing-library/react';
import { ABAI, name } from '../../testing/fixtures';
import { renderWithProviders } from '../../testing/render';
import { outreachMock } from './outreach-testing';
import { RegionOutreach } from './region-outreach';

const DISTRICTS = [
  { code: '101000000', name: name('Семей қ.', 'г. Семей', 'Semey') },
  { code: '102000000', name: name('Абай ауданы', 'Абайский район', 'Abai district') },
];

describe('RegionOutreach', () => {
  it('shows the share told of the offer, district by district and month by month, and says it is no target', async () => {
    renderWithProviders(<RegionOutreach code={ABAI.code} districts={DISTRICTS} />, {
      mocks: [
        outreachMock(
          ABAI.code,
          DISTRICTS.map((d) => d.code),
        ),
      ],
      locale: 'en',
    });
    expect((await screen.findByTestId('outreach-share')).textContent).toBe('50 %');
    expect(screen.getByTestId('outreach-told').textContent).toBe('3');
    expect(screen.getByText(/never a target to grow/)).toBeTruthy();
    const semey = within(screen.getByTestId('outreach-101000000'));
    expect(semey.getByRole('rowheader').textContent).toBe('Semey');
    expect(semey.getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['4', '3', '75 %', '20.11.2026']);
    const abai = within(screen.getByTestId('outreach-102000000'));
    expect(abai.getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['2', '0', '0 %', 'never']);
    const months = within(screen.getByTestId('outreach-months')).getAllByRole('row').slice(1);
    expect(months.map((row) => row.textContent)).toEqual(['11.20261233 %', '12.20261350 %']);
  });

  it('says so when the region has no organizations yet, in Kazakh by default', async () => {
    renderWithProviders(<RegionOutreach code={ABAI.code} districts={DISTRICTS} />, { mocks: [outreachMock(ABAI.code, [], 0)] });
    expect(await screen.findByText('Бұл өңірде әзірге ұйымдар мен бастамашыл топтар тіркелмеген.')).toBeTruthy();
    expect(screen.queryByTestId('outreach-districts')).toBeNull();
  });
});
