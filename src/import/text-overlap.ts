const hangulFirst = 0xac00;
const hangulLast = 0xd7a3;
const letterOrDigit = /[\p{L}\p{N}]/u;

function isLetterOrDigit(code: number, character: string): boolean {
  if (code >= hangulFirst && code <= hangulLast) return true;
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  return letterOrDigit.test(character);
}

/** The pairs of neighbouring letters or digits in a text, ignoring spaces and punctuation, as numbers. */
export function letterPairs(text: string): Set<number> {
  const pairs = new Set<number>();
  let previous = -1;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (!isLetterOrDigit(code, text[index]!)) continue;
    if (previous >= 0) pairs.add(previous * 0x10000 + code);
    previous = code;
  }
  return pairs;
}

/**
 * How much of `part` is found in `whole`, from 0 to 1, by letter pairs. Korean captions repeat the words of their
 * brief but rarely whole sentences, so pairs of syllables match where words and sentences would not.
 */
export function overlapOf(part: ReadonlySet<number>, whole: ReadonlySet<number>): number {
  if (part.size === 0) return 0;
  let shared = 0;
  for (const pair of part) if (whole.has(pair)) shared += 1;
  return shared / part.size;
}
