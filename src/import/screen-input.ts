import type { ImportErrorCode } from './import-roundup-text';

export interface InputRejection {
  readonly code: ImportErrorCode;
  readonly message: string;
}

const documentMarkup = /<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]/i;
const tag = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]{0,500})?\/?>/g;
/** More tags than a stray `<br>` or two: the text is a page's source, not its text. */
const markupTagLimit = 8;

/** UTF-8 length of a string, counted without encoding it, up to just past `limit`. */
function utf8Length(text: string, limit: number): number {
  let bytes = 0;
  for (let index = 0; index < text.length && bytes <= limit; index += 1) {
    const unit = text.charCodeAt(index);
    // A surrogate half is 2 of a pair's 4 bytes.
    bytes += unit < 0x80 ? 1 : unit < 0x800 ? 2 : unit >= 0xd800 && unit <= 0xdfff ? 2 : 3;
  }
  return bytes;
}

function countTags(text: string, limit: number): number {
  let count = 0;
  tag.lastIndex = 0;
  while (count < limit && tag.exec(text) !== null) count += 1;
  tag.lastIndex = 0;
  return count;
}

/**
 * Refuses what the import cannot read, before any parsing: too large (by UTF-8 size), nothing but whitespace, or
 * HTML (the import reads the text of a page, not its source).
 */
export function screenInput(text: string, maxBytes: number): InputRejection | null {
  // A UTF-16 unit is at least one UTF-8 byte and at most three, so only the middle range needs counting.
  const tooLarge = text.length > maxBytes || (text.length * 3 > maxBytes && utf8Length(text, maxBytes) > maxBytes);
  if (tooLarge) {
    return {
      code: 'too_large',
      message: `The text is larger than ${Math.round(maxBytes / 1000)} kB; a roundup is far smaller. Paste only the roundup.`,
    };
  }
  if (/^[\s\u200b-\u200d\u2060\ufeff]*$/.test(text)) {
    return { code: 'empty', message: 'There is no text to import.' };
  }
  if (documentMarkup.test(text) || countTags(text, markupTagLimit) >= markupTagLimit) {
    return {
      code: 'html',
      message: 'This looks like HTML, not text. Copy the roundup as text from the page (select it and copy), not its source.',
    };
  }
  return null;
}
