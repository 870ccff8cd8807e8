import { screen, within } from '@testing-library/react';
import { ASTANA, unreadCountMock } from '../testing/fixtures';
import { renderApp } from '../testing/render';
import type { Viewer } from './session';

const account = (role: 'REPUBLICAN_ADMIN' | 'REGIONAL_STAFF' | 'ANALYST', region: typeof ASTANA | null = null): Viewer => ({
  kind: 'account',
  account: {
    id: `u-${role}`,
    email: `${role.toLowerCase()}@demo.birge.kz`,
    name: 'Айгүл Серікова',
    role,
    active: true,
    region: region && { code: region.code, name: region.name },
  },
});

function navLinks(): string[] {
  return within(screen.getByRole('navigation'))
    .getAllByRole('link')
    .map((link) => link.textContent ?? '');
}

describe('header and navigation by role', () => {
  it('says "development identity" while nobody is signed in and the gateway acts for them', async () => {
    renderApp('/nowhere', { mocks: [unreadCountMock(0)], viewer: { kind: 'development' } });
    await screen.findByTestId('user-menu');
    expect(screen.getByTestId('user-menu').textContent).toContain('Әзірлеуші сәйкестігі');
    expect(within(screen.getByTestId('user-menu')).getByRole('link', { name: 'Кіру' })).toBeTruthy();
    expect(navLinks()).toContain('Қызметкерлер');
  });

  it('shows who is signed in with role and region; regional staff get no staff pages', async () => {
    renderApp('/nowhere', { mocks: [unreadCountMock(0)], viewer: account('REGIONAL_STAFF', ASTANA) });
    const menu = await screen.findByTestId('user-menu');
    expect(menu.textContent).toContain('Айгүл Серікова');
    expect(menu.textContent).toContain('Өңірлік қызметкер · Астана');
    expect(within(menu).getByRole('button', { name: 'Шығу' })).toBeTruthy();
    expect(navLinks()).toContain('Жаңа ұйым');
    expect(navLinks()).not.toContain('Қызметкерлер');
  });

  it('gives an analyst read-only navigation', async () => {
    renderApp('/nowhere', { mocks: [unreadCountMock(0)], viewer: account('ANALYST') });
    await screen.findByTestId('user-menu');
    expect(screen.getByTestId('user-menu').textContent).toContain('Талдаушы');
    expect(navLinks()).not.toContain('Жаңа ұйым');
    expect(navLinks()).not.toContain('Қызметкерлер');
    expect(navLinks()).toContain('Сұраулар');
  });

  it('shows only the login page to an anonymous visitor', async () => {
    renderApp('/requests', { viewer: { kind: 'anonymous' } });
    expect(await screen.findByRole('heading', { level: 1, name: 'Жүйеге кіру' })).toBeTruthy();
    expect(screen.queryByRole('navigation')).toBeNull();
  });
});
