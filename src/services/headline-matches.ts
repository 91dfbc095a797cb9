function fold(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('en-US');
}

/**
 * The reference meaning of the list's `q`: a case-insensitive substring of the headline, compared after Unicode
 * NFC normalisation (a Hangul syllable typed as jamo still matches). `%` and `_` are literal characters, which SQL
 * adapters must escape in their LIKE patterns.
 */
export function headlineMatches(headline: string, query: string | undefined): boolean {
  const needle = fold(query?.trim() ?? '');
  return needle === '' || fold(headline).includes(needle);
}
