/** Every run of whitespace (including no-break spaces and line breaks) as one space, trimmed. */
export function normalizeWhitespace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

function codePoints(text: string): Uint32Array {
  return Uint32Array.from(text, (character) => character.codePointAt(0) ?? 0);
}

/**
 * Levenshtein distance between two strings, counted in code points (a Hangul syllable or an emoji is one edit).
 * O(n·m) time in two rows of O(m) memory: two 6 000-character texts take well under a second.
 */
export function levenshteinDistance(left: string, right: string): number {
  let a = codePoints(left);
  let b = codePoints(right);
  if (a.length < b.length) [a, b] = [b, a];
  if (b.length === 0) return a.length;

  let previous = new Uint32Array(b.length + 1);
  let current = new Uint32Array(b.length + 1);
  for (let column = 0; column <= b.length; column += 1) previous[column] = column;

  for (let row = 1; row <= a.length; row += 1) {
    current[0] = row;
    const character = a[row - 1];
    for (let column = 1; column <= b.length; column += 1) {
      const substitution = previous[column - 1]! + (character === b[column - 1] ? 0 : 1);
      const deletion = previous[column]! + 1;
      const insertion = current[column - 1]! + 1;
      current[column] = Math.min(substitution, deletion, insertion);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

/**
 * How alike two texts read, from 0 to 1: 1 − Levenshtein distance / length of the longer text, after whitespace is
 * normalised (line breaks and indentation are layout, not text). Two empty texts are identical.
 */
export function textSimilarity(left: string, right: string): number {
  const a = normalizeWhitespace(left);
  const b = normalizeWhitespace(right);
  const longer = Math.max(Array.from(a).length, Array.from(b).length);
  return longer === 0 ? 1 : 1 - levenshteinDistance(a, b) / longer;
}
