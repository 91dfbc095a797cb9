/**
 * A moment as a Korean newsroom reads it: wall-clock fields in Asia/Seoul, whatever the machine's time zone,
 * keyed by the date placeholders house styles use.
 */
export interface KoreaDateTime {
  readonly fields: {
    readonly yyyy: string;
    readonly MM: string;
    readonly M: string;
    readonly dd: string;
    readonly d: string;
    readonly HH: string;
    readonly mm: string;
    readonly ss: string;
  };
  /** ISO 8601 with the +09:00 offset, for `<time dateTime>`. */
  readonly iso: string;
  readonly epochMilliseconds: number;
}

const koreaFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Asia/Seoul',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** Only full ISO date-times with a zone: a bare `2017-12-06T17:35` would be read in the machine's zone. */
const isoWithOffsetPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i;

/** Reads an ISO 8601 date-time with an offset; null for anything else, so a half-typed date never throws. */
export function toKoreaDateTime(isoDateTime: string | null | undefined): KoreaDateTime | null {
  if (typeof isoDateTime !== 'string' || !isoWithOffsetPattern.test(isoDateTime.trim())) return null;
  const epochMilliseconds = Date.parse(isoDateTime.trim());
  if (Number.isNaN(epochMilliseconds)) return null;
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const part of koreaFormat.formatToParts(epochMilliseconds)) parts[part.type] = part.value;
  const { year, month, day, hour, minute, second } = parts;
  if (!year || !month || !day || !hour || !minute || !second) return null;
  const yyyy = year.padStart(4, '0');
  return {
    fields: {
      yyyy,
      MM: month,
      M: String(Number(month)),
      dd: day,
      d: String(Number(day)),
      HH: hour,
      mm: minute,
      ss: second,
    },
    iso: `${yyyy}-${month}-${day}T${hour}:${minute}:${second}+09:00`,
    epochMilliseconds,
  };
}
