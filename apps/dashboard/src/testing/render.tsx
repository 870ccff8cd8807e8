import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createCache } from '../apollo/apollo-client';
import { App } from '../app';
import { TestSessionProvider, type Viewer } from '../auth/session';
import { I18nProvider, type Locale } from '../i18n/i18n';

export type Mocks = ReadonlyArray<MockLink.MockedResponse<Record<string, unknown>, Record<string, unknown>>>;

export interface RenderOptions {
  mocks?: Mocks;
  locale?: Locale;
  /** Who is using the app; the development identity (a republican administrator) by default. */
  viewer?: Viewer;
}

/** Renders with the app's real cache policies (pagination merging) and a mocked network. */
export function renderWithProviders(ui: ReactElement, { mocks = [], locale, viewer = { kind: 'development' } }: RenderOptions = {}): RenderResult {
  return render(
    <MockedProvider mocks={mocks} cache={createCache()} mockLinkDefaultOptions={{ delay: 5 }}>
      <I18nProvider initialLocale={locale}>
        <TestSessionProvider viewer={viewer}>{ui}</TestSessionProvider>
      </I18nProvider>
    </MockedProvider>,
  );
}

/** Renders the whole app (header, bell, language switch) at a route such as `/regions`. */
export function renderApp(route: string, options: RenderOptions = {}): RenderResult {
  window.location.hash = `#${route}`;
  return renderWithProviders(<App />, options);
}
