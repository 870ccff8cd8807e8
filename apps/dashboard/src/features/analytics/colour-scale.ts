/**
 * A sequential colour scale for the map: light for little, dark for much, in the app's teal.
 * Classes are equal steps from 0 to the largest value (so 0 always looks like 0 and a colour means
 * the same amount on every tile), whole numbers for counts. Text colour per class keeps a WCAG AA
 * contrast of at least 4.5:1 (dark text on the three light classes, white on the two dark ones).
 */
export const PALETTE = [
  { fill: '#e3f1f3', text: '#1d2733' },
  { fill: '#b2dbe2', text: '#1d2733' },
  { fill: '#6cbccb', text: '#1d2733' },
  { fill: '#00788c', text: '#ffffff' },
  { fill: '#004f5c', text: '#ffffff' },
] as const;

export const NO_DATA = { fill: '#eef0f3', text: '#1d2733' } as const;

export interface ScaleClass {
  /** Inclusive lower and upper bounds of the class. */
  from: number;
  to: number;
  fill: string;
  text: string;
}

/**
 * The classes for these values. With few distinct counts (largest ≤ 4) every count has its own
 * class; otherwise five equal steps. `integer`: the values are counts, so bounds are whole.
 */
export function buildScale(values: readonly (number | null)[], integer: boolean): ScaleClass[] {
  const known = values.filter((value): value is number => value != null && Number.isFinite(value));
  const max = known.length ? Math.max(...known, 0) : 0;
  if (integer && max < PALETTE.length) {
    // 0..max, one class each, spread over the palette from its lightest to its darkest.
    return Array.from({ length: max + 1 }, (_, index) => {
      const colour = PALETTE[max === 0 ? 0 : Math.round((index * (PALETTE.length - 1)) / max)] ?? PALETTE[0];
      return { from: index, to: index, ...colour };
    });
  }
  const step = max / PALETTE.length;
  return PALETTE.map((colour, index) => {
    const rawFrom = index * step;
    const rawTo = index === PALETTE.length - 1 ? max : (index + 1) * step;
    const from = integer ? (index === 0 ? 0 : Math.floor(rawFrom) + 1) : rawFrom;
    const to = integer ? Math.floor(rawTo) : rawTo;
    return { from, to, ...colour };
  }).filter((scaleClass) => scaleClass.to >= scaleClass.from);
}

/** The class a value falls in; null values have none (the map shows them as "no data"). */
export function classify(scale: readonly ScaleClass[], value: number | null): ScaleClass | null {
  if (value == null) return null;
  return scale.find((scaleClass) => value <= scaleClass.to) ?? scale[scale.length - 1] ?? null;
}
