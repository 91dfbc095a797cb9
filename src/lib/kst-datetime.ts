const kstOffsetMinutes = 9 * 60;

/** ISO date-time → the `YYYY-MM-DDTHH:MM` a datetime-local field shows, in Korea time whatever the machine's zone. */
export function isoToKstInput(iso: string | null): string {
  if (iso === null) return '';
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return '';
  const kst = new Date(time + kstOffsetMinutes * 60_000);
  return kst.toISOString().slice(0, 16);
}

/** A datetime-local value read as Korea time → ISO 8601 with the +09:00 offset, or null when empty/invalid. */
export function kstInputToIso(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) return null;
  const withSeconds = value.length === 16 ? `${value}:00` : value;
  return Number.isNaN(Date.parse(`${withSeconds}+09:00`)) ? null : `${withSeconds}+09:00`;
}

/**
 * `HH:MM` in the UI language, in Korea time like every other newsroom time (saved, locked, 등록), so a reporter
 * abroad and the desk in Seoul name the same moment the same way.
 */
export function formatClockTime(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Seoul' }).format(new Date(iso));
}

/** Date and time in the UI language, in Korea time. */
export function formatDateTime(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Asia/Seoul',
  }).format(new Date(iso));
}
