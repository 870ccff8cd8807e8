import { act, fireEvent, render, screen } from '@testing-library/react';
import { catalogOf, forgetCatalog, registerCatalog } from './catalog-loader';
import en from './en.json';
import { I18nProvider, useI18n } from './i18n';
import ru from './ru.json';

function Probe() {
  const { t, setLocale, locale } = useI18n();
  return (
    <>
      <p data-testid="label">{t('nav.regions')}</p>
      <button type="button" onClick={() => setLocale('en')}>
        {locale}
      </button>
    </>
  );
}

afterEach(() => {
  registerCatalog('ru', ru);
  registerCatalog('en', en);
});

describe('dictionaries loaded when chosen', () => {
  it('fetches the chosen language before showing anything, and keeps the previous one on screen while the next arrives', async () => {
    forgetCatalog('ru');
    forgetCatalog('en');
    render(
      <I18nProvider initialLocale="ru">
        <Probe />
      </I18nProvider>,
    );
    expect(screen.queryByTestId('label')).toBeNull();
    expect((await screen.findByTestId('label')).textContent).toBe('Регионы');
    expect(catalogOf('ru')).toBeDefined();
    expect(catalogOf('en')).toBeUndefined();
    expect(document.documentElement.lang).toBe('ru');

    act(() => {
      fireEvent.click(screen.getByRole('button'));
    });
    expect(screen.getByTestId('label').textContent).toBe('Регионы');
    await screen.findByText('Regions');
    expect(catalogOf('en')).toBeDefined();
    expect(document.documentElement.lang).toBe('en');
  });
});
