import { emailAddressSource, obfuscatedEmailSource } from './email-address';
import { findWireOutlet, findWireOutletByEmail } from './wire-outlets';

/** A photo caption line taken apart. The dateline before it has already been removed. */
export interface CaptionLine {
  /** The reporter's caption, without date, credit and photo-desk address. */
  readonly caption: string;
  /** `광산구 제공`, `뉴스1 이승현 기자`; empty when the line names no one. */
  readonly credit: string;
  /** Outlets named by the tail (`photo@newsis.com`, `/뉴스1`). */
  readonly outlets: readonly string[];
}

interface Tail {
  credit: string | null;
  staffCredit: string | null;
  date: boolean;
  email: boolean;
  photoDesk: boolean;
  outlets: string[];
}

type TailToken = (tail: Tail, match: RegExpExecArray) => boolean;

const creditWords = /사진\s*[=:]|제공|재판매|DB/;

/**
 * The pieces outlets end a caption with, read from the end of the line one at a time: `… 2017.12.06. (사진 = 광산구
 * 제공) photo@newsis.com` (Newsis), `… 2017.12.6 [광산구 제공. 재판매 및 DB 금지] photo@yna.co.kr` (Yonhap),
 * `… (광산구 제공) 2017.12.6/뉴스1`, `… 2017.12.6/뉴스1 ⓒ News1 이승현 기자` (News1). A token that matches but
 * does not apply returns false; when no token applies, what is left is the caption.
 */
const tailTokens: ReadonlyArray<readonly [RegExp, TailToken]> = [
  [
    new RegExp(String.raw`\s*${obfuscatedEmailSource}$`, 'i'),
    (tail) => {
      tail.email = true;
      return true;
    },
  ],
  [
    new RegExp(String.raw`(?<![A-Za-z0-9._%+-])(${emailAddressSource})$`),
    (tail, match) => {
      const address = match[1] ?? '';
      tail.email = true;
      if (/^photo@/i.test(address)) tail.photoDesk = true;
      const outlet = findWireOutletByEmail(address);
      if (outlet !== null) tail.outlets.push(outlet.name);
      return true;
    },
  ],
  [
    // Newsis has added this to handout captions since about 2020: `… photo@newsis.com *재판매 및 DB 금지`.
    /\s*\*\s*재판매\s*및\s*DB\s*금지$/,
    () => true,
  ],
  [
    /ⓒ\s*(뉴스1|News1|NEWS1)\s*([가-힣]{2,5}\s*기자|DB)?$/,
    (tail, match) => {
      tail.staffCredit = [match[1], match[2]].filter((part) => part !== undefined).join(' ');
      tail.outlets.push('뉴스1');
      return true;
    },
  ],
  [
    /(?:(?<!\d)\d{4}\.\s?\d{1,2}\.\s?\d{1,2}\.?)?\s*\/\s*([^\s/]{2,10})$/,
    (tail, match) => {
      const outlet = findWireOutlet(match[1] ?? '');
      if (outlet === null) return false;
      tail.date = true;
      tail.photoDesk = true;
      tail.outlets.push(outlet.name);
      return true;
    },
  ],
  [
    /(?<!\d)\d{4}\.\s?\d{1,2}\.\s?\d{1,2}\.?$/,
    (tail) => {
      tail.date = true;
      return true;
    },
  ],
  [
    /[([]([^()[\]]{1,80})[)\]]$/,
    (tail, match) => {
      const inner = match[1] ?? '';
      if (tail.credit !== null || !creditWords.test(inner)) return false;
      tail.credit = inner
        .replace(/^\s*사진\s*[=:]\s*/, '')
        .replace(/[.,]?\s*재판매\s*및\s*DB\s*금지\s*$/, '')
        .trim();
      return true;
    },
  ],
];

const tailWindow = 300;
/** Every tail token is shorter than this; matching only the end of the line keeps long lines cheap. */
const tokenWindow = 120;

/**
 * Reads a line as a photo caption, or returns null when its end carries no photo signal (a credit, a photo-desk
 * address, a News1 photo mark, or a date followed by an address). A paragraph that merely ends with an e-mail
 * address or a parenthesis stays a paragraph.
 */
export function parseCaptionLine(text: string): CaptionLine | null {
  const cut = Math.max(0, text.length - tailWindow);
  let rest = text.slice(cut).trimEnd();
  const tail: Tail = { credit: null, staffCredit: null, date: false, email: false, photoDesk: false, outlets: [] };
  for (let reads = 0; reads < 8; reads += 1) {
    let read = false;
    const offset = Math.max(0, rest.length - tokenWindow);
    const end = rest.slice(offset);
    for (const [pattern, token] of tailTokens) {
      const match = pattern.exec(end);
      if (match === null || !token(tail, match)) continue;
      rest = rest.slice(0, offset + match.index).trimEnd();
      read = true;
      break;
    }
    if (!read) break;
  }
  const signal = tail.credit !== null || tail.staffCredit !== null || tail.photoDesk || (tail.date && tail.email);
  if (!signal) return null;
  return {
    caption: (text.slice(0, cut) + rest).trim(),
    credit: tail.credit ?? tail.staffCredit ?? '',
    outlets: tail.outlets,
  };
}
