/**
 * The moment a `Retry-After` header names, as epoch milliseconds: either a number of seconds from `now` or an HTTP
 * date. Null when the header is absent or unreadable; a date in the past means "now".
 */
export function retryAtFromHeader(header: string | null, now: number): number | null {
  if (header === null) return null;
  const value = header.trim();
  if (/^\d+$/.test(value)) return now + Number(value) * 1000;
  const date = Date.parse(value);
  if (Number.isNaN(date)) return null;
  return Math.max(now, date);
}
