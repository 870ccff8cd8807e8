import { fireEvent, screen, within } from '@testing-library/react';
import { portal, portalMock } from './features/portal/portal-testing';
import { RegionsPageQuery } from './features/regions/regions.graphql';
import { LOCALE_STORAGE_KEY } from './i18n/i18n';
import { ABAI, regionOptionsMock, unreadCountMock } from './testing/fixtures';
import { renderApp, type Mocks } from './testing/render';

const ASTANA_CODE = '710000000';

const mocks: Mocks = [
  unreadCountMock(2),
  {
    request: { query: RegionsPageQuery },
    result: {
      data: {
        regions: [
          {
            ...ABAI,
            isoCode: 'KZ-10',
            districts: ABAI.districts.map(({ __typename, code }) => ({ __typename, code })),
            coverage: { __typename: 'RegionCoverage', districtCount: 2, coveredDistrictCount: 1 },
          },
        ],
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
];

describe('language switch', () => {
  it('starts in Kazakh, switches every label to Russian and remembers the choice', async () => {
    const first = renderApp('/regions', { mocks });
    const navigation = await screen.findByRole('navigation');
    expect(within(navigation).getByRole('link', { name: 'Өңірлер' })).toBeTruthy();
    expect(await screen.findByRole('rowheader', { name: 'Абай облысы' })).toBeTruthy();
    expect(screen.getByRole('cell', { name: 'Облыс' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('kk');

    fireEvent.change(screen.getByLabelText('Тіл'), { target: { value: 'ru' } });

    expect(within(navigation).getByRole('link', { name: 'Регионы' })).toBeTruthy();
    expect(within(navigation).queryByRole('link', { name: 'Өңірлер' })).toBeNull();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Регионы');
    expect(screen.getByRole('rowheader', { name: 'Область Абай' })).toBeTruthy();
    expect(screen.getByRole('cell', { name: 'Область' })).toBeTruthy();
    expect(screen.getByLabelText('Язык')).toBeTruthy();
    expect(window.localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('ru');
    expect(document.documentElement.lang).toBe('ru');
    first.unmount();

    renderApp('/regions', { mocks });
    expect(within(await screen.findByRole('navigation')).getByRole('link', { name: 'Регионы' })).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Язык'), { target: { value: 'en' } });
    expect(within(screen.getByRole('navigation')).getByRole('link', { name: 'Regions' })).toBeTruthy();
    expect(await screen.findByRole('rowheader', { name: 'Abai Region' })).toBeTruthy();
  });

  it('marks the current section in the navigation', async () => {
    renderApp('/organizations/new', { mocks: [...mocks, regionOptionsMock()] });
    expect(await screen.findByRole('option', { name: 'Абай облысы' })).toBeTruthy();
    const navigation = screen.getByRole('navigation');
    expect(within(navigation).getByRole('link', { name: 'Жаңа ұйым' }).getAttribute('aria-current')).toBe('page');
    expect(within(navigation).getByRole('link', { name: 'Ұйымдар' }).getAttribute('aria-current')).toBeNull();
  });
});

describe('pages by role', () => {
  const account = (role: 'REGIONAL_STAFF' | 'ANALYST' | 'REPUBLICAN_ADMIN') =>
    ({
      kind: 'account',
      account: {
        id: 'u-1',
        email: 'someone@demo.birge.kz',
        name: 'Someone',
        role,
        active: true,
        region: role === 'REGIONAL_STAFF' ? { code: ASTANA_CODE, name: { kk: 'Астана', ru: 'Астана', en: 'Astana' } } : null,
      },
    }) as const;

  it('shows the administration pages in the menu only to republican administrators', async () => {
    renderApp('/regions', { mocks, viewer: account('REPUBLICAN_ADMIN') });
    const navigation = await screen.findByRole('navigation');
    expect(within(navigation).getByRole('link', { name: 'API кілттері' }).getAttribute('href')).toBe('#/api-keys');
    expect(within(navigation).getByRole('link', { name: 'Аудит журналы' }).getAttribute('href')).toBe('#/audit-log');
  });

  it.each(['REGIONAL_STAFF', 'ANALYST'] as const)('hides them from %s and answers a direct address with a coded refusal', async (role) => {
    for (const path of ['/api-keys', '/audit-log', '/staff']) {
      const view = renderApp(path, { mocks, viewer: account(role) });
      const navigation = await screen.findByRole('navigation');
      expect(within(navigation).queryByRole('link', { name: 'API кілттері' })).toBeNull();
      expect(within(navigation).queryByRole('link', { name: 'Аудит журналы' })).toBeNull();
      expect(screen.getByTestId('not-allowed').textContent).toContain('FORBIDDEN · ADMIN_ONLY');
      view.unmount();
    }
  });

  it('tells an analyst that the role only reads when opening a form by its address', async () => {
    renderApp('/organizations/new', { mocks, viewer: account('ANALYST') });
    expect(within(await screen.findByRole('navigation')).queryByRole('link', { name: 'Жаңа ұйым' })).toBeNull();
    expect(screen.getByTestId('not-allowed').textContent).toContain('FORBIDDEN · READ_ONLY_ROLE');
  });
});

describe('pages opened from a link in a mail', () => {
  it("opens an organization contact's portal page without a staff sign-in, the staff menu or the sign-in button", async () => {
    renderApp('/portal?token=signed-token', { viewer: { kind: 'anonymous' }, mocks: [portalMock(portal({ requests: [] }))] });
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('Қамқор жастары');
    expect(screen.queryByRole('navigation')).toBeNull();
    expect(screen.queryByLabelText('Құпиясөз')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Кіру' })).toBeNull();
    expect(screen.getByLabelText('Тіл')).toBeTruthy();
  });
});
