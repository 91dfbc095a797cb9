/**
 * What the roundup list searches: the headline NFC-normalised and lower-cased with JavaScript's Unicode rules, the
 * same folding `headlineMatches` applies. Computed here rather than with SQL `lower()`/`ILIKE`, whose case rules
 * depend on the database's locale (with the C locale PostgreSQL lower-cases ASCII only, SQLite always does), so that
 * every engine finds exactly what the reference adapter finds.
 */
export function headlineSearchKey(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('en-US');
}
