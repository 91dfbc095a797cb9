import { describe, expect, it } from 'vitest';
import { waitDuration } from './wait-duration';

describe('wait duration', () => {
  it.each([
    [0.2, { key: 'auth.waitSeconds', count: 1 }],
    [15, { key: 'auth.waitSeconds', count: 15 }],
    [59, { key: 'auth.waitSeconds', count: 59 }],
    [60, { key: 'auth.waitMinutes', count: 1 }],
    [121, { key: 'auth.waitMinutes', count: 3 }],
    [900, { key: 'auth.waitMinutes', count: 15 }],
  ])('%s seconds reads as %o', (seconds, expected) => {
    expect(waitDuration(seconds)).toEqual(expected);
  });
});
