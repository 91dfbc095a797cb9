import { findWireOutlet } from './wire-outlets';

/** A dateline at the start of a line: `【광주=뉴시스】신대희 기자 =`, `(광주=연합뉴스) 김민수·이지은 기자 =`, `(부산·경남=뉴스1) =`. */
export interface Dateline {
  readonly region: string;
  readonly outlet: string;
  /** Reporter names in order; empty for the no-name form. */
  readonly reporters: readonly string[];
  readonly brackets: 'lenticular' | 'square' | 'round';
  /** The line's text after the dateline. */
  readonly rest: string;
}

const names = String.raw`[가-힣]{2,5}(?:(?:\s*[·,ㆍ]\s*|\s+)[가-힣]{2,5}){0,5}`;
const datelinePattern = new RegExp(
  String.raw`^([【\[(（])\s*([^=【】\[\]()（）]{1,20}?)\s*=\s*([^\s=【】\[\]()（）]{1,15})\s*[】\])）]\s*` +
    String.raw`(?:(${names})\s*(?:기자|특파원|통신원)\s*=\s*|=\s*)?`,
);
const matchingClose: Readonly<Record<string, string>> = { '【': '】', '[': ']', '(': ')', '（': '）' };
const bracketKinds: Readonly<Record<string, Dateline['brackets']>> = { '【': 'lenticular', '[': 'square', '(': 'round', '（': 'round' };

/**
 * Reads a dateline at the start of `text`, or returns null. The outlet need not be one Bureau knows, but it must look
 * like a name (no spaces), so `(사진 = 광산구 제공)` is not mistaken for one.
 */
export function parseDateline(text: string): Dateline | null {
  const opening = text[0];
  if (opening === undefined || !(opening in matchingClose)) return null;
  const match = datelinePattern.exec(text);
  if (match === null) return null;
  const [whole, open = '(', region = '', outlet = '', reporterNames] = match;
  const close = whole.replace(/[^】\])）]/g, '').at(0);
  if (close !== matchingClose[open]) return null;
  // Without a reporter name or '=', the outlet must be a known one: `(서울=뉴스)` could be any bracketed aside.
  const bare = reporterNames === undefined && !whole.trimEnd().endsWith('=');
  if (bare && findWireOutlet(outlet) === null) return null;
  return {
    region: region.trim(),
    outlet,
    reporters: reporterNames === undefined ? [] : reporterNames.split(/\s*[·,ㆍ]\s*|\s+/).filter((name) => name !== ''),
    brackets: bracketKinds[open] ?? 'round',
    rest: text.slice(whole.length).trim(),
  };
}
