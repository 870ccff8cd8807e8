/**
 * One line per figure: its id, its name, `ratio=<number>`, then the raw figures as `name=value`,
 * e.g. `P2 subgraph-vs-floor ratio=1.80 birge_cpu_ms=0.512 floor_cpu_ms=0.284`.
 */
export type FigureValue = number | string | null | undefined;

/** A number as the line shows it: three significant digits under 100, whole above; `n/a` when missing. */
export function formatValue(value: FigureValue): string {
  if (value === null || value === undefined) return 'n/a';
  if (typeof value === 'string') return value.replace(/\s+/g, '_');
  if (!Number.isFinite(value)) return 'n/a';
  if (Number.isInteger(value) || Math.abs(value) >= 100) return String(Math.round(value));
  return String(Number(value.toPrecision(3)));
}

export function figureLine(id: string, name: string, ratio: number | null, fields: Record<string, FigureValue> = {}): string {
  const parts = [id, name, `ratio=${formatValue(ratio)}`];
  for (const [key, value] of Object.entries(fields)) parts.push(`${key}=${formatValue(value)}`);
  return parts.join(' ');
}

/** A line for a figure that could not be measured: still one line, with its id and why. */
export function failedLine(id: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return `${id} failed ratio=n/a error="${message.split('\n')[0].replace(/"/g, "'").slice(0, 200)}"`;
}
