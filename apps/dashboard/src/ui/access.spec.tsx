import { render, screen } from '@testing-library/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { AccessRestriction } from '@birge/shared-reference';
import { describeError } from '../errors/graphql-errors';
import { I18nProvider, translate, type Locale } from '../i18n/i18n';
import { AccessHidden, NotAllowed } from './access';

const i18nIn = (locale: Locale) => ({ t: (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate(locale, key, params) });

function forbidden(reason: string) {
  return new CombinedGraphQLErrors({ data: null, errors: [{ message: 'Forbidden', extensions: { code: 'FORBIDDEN', reason } }] });
}

describe('AccessHidden', () => {
  it("says what is hidden and why, in the person's language", () => {
    render(
      <I18nProvider initialLocale="ru">
        <AccessHidden reason={AccessRestriction.PERSONAL_DATA_HIDDEN_FOR_ROLE} />
      </I18nProvider>,
    );
    expect(screen.getByTestId('access-hidden').textContent).toBe('скрыто: Персональные данные скрыты для вашей роли');
  });

  it('renders nothing when the value is not withheld, and an unknown reason as it came', () => {
    const { container } = render(
      <I18nProvider initialLocale="en">
        <AccessHidden reason={null} />
        <AccessHidden reason="SOMETHING_NEW" />
      </I18nProvider>,
    );
    expect(container.textContent).toBe('hidden: SOMETHING_NEW');
  });
});

describe('NotAllowed', () => {
  it('names the rule and the code', () => {
    render(
      <I18nProvider initialLocale="kk">
        <NotAllowed reason="ADMIN_ONLY" />
      </I18nProvider>,
    );
    const page = screen.getByTestId('not-allowed');
    expect(page.textContent).toContain('Мұны тек республикалық әкімші жасай алады');
    expect(page.textContent).toContain('FORBIDDEN · ADMIN_ONLY');
  });
});

describe('FORBIDDEN errors', () => {
  it("explain the reason in the person's language", () => {
    expect(describeError(i18nIn('ru'), forbidden('OTHER_REGION'))).toBe('Нет доступа: это запись другого региона.');
    expect(describeError(i18nIn('kk'), forbidden('READ_ONLY_ROLE'))).toBe('Рұқсат жоқ: сіздің рөліңіз тек оқуға рұқсат береді.');
    expect(describeError(i18nIn('en'), forbidden('MISSING_SCOPE'))).toBe('Not allowed: the API key has no scope for this.');
    // A reason the dashboard does not know yet still says "not allowed".
    expect(describeError(i18nIn('en'), forbidden('NEW_RULE'))).toBe('You are not allowed to do this.');
  });
});
