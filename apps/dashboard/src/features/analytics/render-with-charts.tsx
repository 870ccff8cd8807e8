import type { ReactElement } from 'react';
import { renderWithProviders, type Mocks } from '../../testing/render';
import { FixedChartWidthProvider } from './chart-size';

/** Renders a page with charts at `route`, drawn `width` pixels wide (jsdom lays nothing out), with a mocked network. */
export function renderWithCharts(ui: ReactElement, { route, width, mocks }: { route: string; width: number; mocks: Mocks }) {
  window.location.hash = `#${route}`;
  return renderWithProviders(<FixedChartWidthProvider value={width}>{ui}</FixedChartWidthProvider>, { mocks });
}
