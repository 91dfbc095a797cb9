import { emailAddressSource, obfuscatedEmailSource } from './email-address';

/** A paragraph that ends with a photo credit after a slash: `… 전달했다. /광주 동구 제공`, `… /김민수 기자 kms@x.kr`. */
export interface BriefCredit {
  /** The paragraph without the credit. */
  readonly text: string;
  readonly credit: string;
}

const handoutCredit = /\s*\/\s*(?:사진\s*[=:]?\s*)?([^/]{2,30}?\s*제공)$/;
const staffCredit = new RegExp(
  String.raw`\s*\/\s*(?:사진\s*[=:]?\s*)?([가-힣]{2,5}\s*기자)(?:\s+(?:${emailAddressSource}|${obfuscatedEmailSource}))?$`,
  'i',
);
const tailWindow = 160;

export function parseBriefCredit(paragraph: string): BriefCredit | null {
  const cut = Math.max(0, paragraph.length - tailWindow);
  const tail = paragraph.slice(cut);
  const match = handoutCredit.exec(tail) ?? staffCredit.exec(tail);
  if (match === null) return null;
  const text = (paragraph.slice(0, cut) + tail.slice(0, match.index)).trim();
  if (text === '') return null;
  return { text, credit: (match[1] ?? '').replace(/\s+/g, ' ').trim() };
}
