import { percentile } from '../latency-summary';

/** One figure over the runs of a cell: the median (nearest rank) and the lowest and highest run. */
export interface RunSummary {
  median: number;
  min: number;
  max: number;
  runs: number[];
}

export function valueRange(values: readonly number[]): [number, number] {
  return [Math.min(...values), Math.max(...values)];
}

export function summarizeRuns(values: readonly number[]): RunSummary {
  if (values.length === 0) throw new Error('cannot summarise zero runs');
  const [min, max] = valueRange(values);
  return { median: percentile(values, 0.5), min, max, runs: [...values] };
}

/** A larger sample of one timing (many runs in one process): the run summary and its 95th percentile. */
export interface TimingSummary extends RunSummary {
  p95: number;
}

export function summarizeTimings(values: readonly number[]): TimingSummary {
  return { ...summarizeRuns(values), p95: percentile(values, 0.95) };
}
