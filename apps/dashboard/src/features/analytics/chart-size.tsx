import { createContext, useContext } from 'react';

/**
 * Charts are drawn with Recharts: React components that render plain SVG (no canvas, so the marks
 * are in the DOM, readable by tests and styled by CSS), with a keyboard and screen-reader layer
 * built in (`accessibilityLayer`), tree-shaken to the few charts used here, and kept up by a large
 * community. ECharts draws on a canvas and weighs far more; visx needs every axis built by hand.
 *
 * In the app a chart fills its container's width (Recharts' `responsive`, which measures it).
 * jsdom measures nothing, so component tests give charts a fixed width through this context.
 */
const FixedChartWidth = createContext<number | null>(null);

export const FixedChartWidthProvider = FixedChartWidth.Provider;

/** The props that size a chart: a fixed width in tests, the container's width in the app. */
export function useChartSize(height: number): { width: number | `${number}%`; height: number; responsive: boolean } {
  const fixed = useContext(FixedChartWidth);
  return fixed ? { width: fixed, height, responsive: false } : { width: '100%', height, responsive: true };
}
