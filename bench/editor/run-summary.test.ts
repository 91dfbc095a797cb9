import { describe, expect, it } from 'vitest';
import { percentile } from '../latency-summary';
import { summarizeRuns, summarizeTimings, valueRange } from './run-summary';

describe('summarizeRuns', () => {
  it('gives the median and the lowest and highest run, keeping the runs in their order', () => {
    expect(summarizeRuns([930, 870, 1010])).toEqual({ median: 930, min: 870, max: 1010, runs: [930, 870, 1010] });
  });

  it('takes the lower middle run as the median of an even number of runs (nearest rank)', () => {
    expect(summarizeRuns([4, 1, 3, 2]).median).toBe(2);
  });

  it('refuses zero runs rather than reporting Infinity', () => {
    expect(() => summarizeRuns([])).toThrow(/zero runs/);
  });
});

describe('summarizeTimings', () => {
  it('adds the 95th percentile (nearest rank) to the run summary', () => {
    const samples = Array.from({ length: 40 }, (_, index) => index + 1);
    const summary = summarizeTimings(samples);
    expect(summary).toMatchObject({ median: 20, p95: 38, min: 1, max: 40 });
    expect(summary.runs).toHaveLength(40);
  });
});

describe('valueRange', () => {
  it('is [lowest, highest]', () => {
    expect(valueRange([3, -1, 2])).toEqual([-1, 3]);
  });
});

describe('percentile', () => {
  it('is the smallest value with at least the fraction of the sample at or below it', () => {
    const samples = Array.from({ length: 20 }, (_, index) => 20 - index);
    expect(percentile(samples, 0.5)).toBe(10);
    expect(percentile(samples, 0.95)).toBe(19);
    expect(percentile(samples, 1)).toBe(20);
  });

  it('is NaN for an empty sample', () => {
    expect(percentile([], 0.5)).toBeNaN();
  });
});
