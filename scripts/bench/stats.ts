/** Median and quartiles of a sample (linear interpolation between order statistics). */
export interface Summary {
  readonly n: number;
  readonly median: number;
  readonly p25: number;
  readonly p75: number;
}

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  const a = sorted[low] as number;
  const b = sorted[high] as number;
  return a + (b - a) * (at - low);
}

export function summarize(values: readonly number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  return { n: sorted.length, median: quantile(sorted, 0.5), p25: quantile(sorted, 0.25), p75: quantile(sorted, 0.75) };
}

function formatMs(value: number): string {
  if (!Number.isFinite(value)) return '–';
  return value >= 100 ? value.toFixed(0) : value.toFixed(1);
}

/** "4.2 (3.9–4.8)": median and interquartile range, in ms. */
export function formatSummary(summary: Summary | undefined): string {
  if (!summary || summary.n === 0) return '–';
  return `${formatMs(summary.median)} (${formatMs(summary.p25)}–${formatMs(summary.p75)})`;
}
