import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { HashRouter } from 'react-router';
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

/** One page at whatever address the test set in `window.location.hash`, inside a hash router. */
export function TestRouter({ children }: { children: ReactNode }) {
  return <HashRouter>{children}</HashRouter>;
}

function withProviders(ui: ReactElement, { mocks = [], locale, viewer = { kind: 'development' } }: RenderOptions): ReactElement {
  return (
    <MockedProvider mocks={mocks} cache={createCache()} mockLinkDefaultOptions={{ delay: 5 }}>
      <I18nProvider initialLocale={locale}>
        <TestSessionProvider viewer={viewer}>{ui}</TestSessionProvider>
      </I18nProvider>
    </MockedProvider>
  );
}

/** Renders with the app's real cache policies (pagination merging) and a mocked network. */
export function renderWithProviders(ui: ReactElement, options: RenderOptions = {}): RenderResult {
  return render(withProviders(<TestRouter>{ui}</TestRouter>, options));
}

/**
 * Renders the whole app (header, menu, bell, language switch) at a route such as `/regions`. Pages
 * are loaded when first opened: wait for what the page shows (`findBy…`).
 */
export function renderApp(route: string, options: RenderOptions = {}): RenderResult {
  window.location.hash = `#${route}`;
  return render(withProviders(<App />, options));
}
