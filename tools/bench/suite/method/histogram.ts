/** Latency percentiles from an HDR histogram (microsecond resolution, three significant digits). */
import * as hdr from 'hdr-histogram-js';

export interface Percentiles {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export class LatencyHistogram {
  private readonly histogram = hdr.build({ lowestDiscernibleValue: 1, highestTrackableValue: 120_000_000, numberOfSignificantValueDigits: 3 });

  /** Records one latency in milliseconds. */
  record(ms: number): void {
    this.histogram.recordValue(Math.max(1, Math.round(ms * 1000)));
  }

  /** p50/p95/p99/max in milliseconds. */
  percentiles(): Percentiles {
    const at = (q: number) => this.histogram.getValueAtPercentile(q) / 1000;
    return { count: this.histogram.totalCount, p50: at(50), p95: at(95), p99: at(99), max: this.histogram.maxValue / 1000 };
  }
}
