import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toKoreaDateTime } from './korea-date-time';

describe('toKoreaDateTime', () => {
  const originalZone = process.env.TZ;
  beforeEach(() => {
    // Far from Seoul on both sides of the date line: a machine-zone bug would shift the day or the hour.
    process.env.TZ = 'America/Los_Angeles';
  });
  afterEach(() => {
    process.env.TZ = originalZone;
  });

  it('reads a Korea-time ISO string as Korea wall-clock time', () => {
    // The machine really is elsewhere: local hours differ from Seoul's.
    expect(new Date('2017-12-06T17:35:58+09:00').getHours()).toBe(0);
    const moment = toKoreaDateTime('2017-12-06T17:35:58+09:00');
    expect(moment?.fields).toEqual({
      yyyy: '2017',
      MM: '12',
      M: '12',
      dd: '06',
      d: '6',
      HH: '17',
      mm: '35',
      ss: '58',
    });
    expect(moment?.iso).toBe('2017-12-06T17:35:58+09:00');
  });

  it('converts other offsets to Korea time, across midnight', () => {
    expect(toKoreaDateTime('2017-12-06T08:35:58Z')?.iso).toBe('2017-12-06T17:35:58+09:00');
    expect(toKoreaDateTime('2017-12-05T15:00:00.000Z')?.iso).toBe('2017-12-06T00:00:00+09:00');
    expect(toKoreaDateTime('2017-03-04T22:05:09-08:00')?.fields).toMatchObject({ M: '3', d: '5', HH: '15', mm: '05' });
  });

  it('gives null for missing, malformed or zone-less values instead of throwing', () => {
    for (const value of [null, undefined, '', '2017-12-06', '2017-12-06T17:35:58', 'not a date', '2017-13-45T99:99:99Z']) {
      expect(toKoreaDateTime(value)).toBeNull();
    }
  });
});
