/**
 * The symbols outlets put before a brief's heading. The house style renders its own marker, so the import only
 * needs to recognise them. A new symbol is one more entry.
 */
export const briefMarkerSymbols = ['◇', '■', '▲', '◆', '○', '□', '●', '◈', '◎'] as const;

export type BriefMarkerSymbol = (typeof briefMarkerSymbols)[number];

/** A marker at the start of a line: a symbol, or a number (`1.`) whose sequence is checked by the caller. */
export type BriefMarker = { readonly kind: 'symbol'; readonly symbol: BriefMarkerSymbol } | { readonly kind: 'number'; readonly value: number };

export interface MarkedLine {
  readonly marker: BriefMarker;
  /** The line after the marker. */
  readonly rest: string;
}

const numberedPattern = /^(\d{1,2})[.)]\s+(?=\S)/;

function isMarkerSymbol(character: string): character is BriefMarkerSymbol {
  return (briefMarkerSymbols as readonly string[]).includes(character);
}

export function readBriefMarker(text: string): MarkedLine | null {
  const first = text[0];
  if (first !== undefined && isMarkerSymbol(first)) {
    const rest = text.slice(1).trim();
    return rest === '' ? null : { marker: { kind: 'symbol', symbol: first }, rest };
  }
  const numbered = numberedPattern.exec(text);
  if (numbered === null) return null;
  return { marker: { kind: 'number', value: Number(numbered[1]) }, rest: text.slice(numbered[0].length).trim() };
}

/** The family a marker belongs to: every symbol is its own family; all numbers are one. */
export function markerFamily(marker: BriefMarker): string {
  return marker.kind === 'symbol' ? marker.symbol : '1.';
}
