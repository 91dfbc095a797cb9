export type WordDiffKind = 'same' | 'inserted' | 'deleted';

export interface WordDiffPart {
  kind: WordDiffKind;
  text: string;
}

/** Above this many token pairs (after the common start and end are set aside) the middle is shown as replaced. */
export const maxWordDiffCells = 4000 * 4000;

const tokenPattern = /\s+|\S+/gu;

/** Runs of non-space characters (words, Korean eojeol with their particles) and runs of whitespace. */
export function tokenizeWords(text: string): string[] {
  return text.match(tokenPattern) ?? [];
}

function isBlank(text: string): boolean {
  return text.trim() === '';
}

/** A kept word counts for more than kept whitespace, so "fox" is matched rather than the space next to it. */
const wordWeight = 4;
const blankWeight = 1;

/**
 * Heaviest common subsequence of two token-id arrays (`weights` by id), as a list of same/deleted/inserted steps.
 */
function lcsSteps(before: Int32Array, after: Int32Array, weights: readonly number[]): WordDiffKind[] {
  const rows = before.length;
  const columns = after.length;
  // Suffix weights; the guard keeps the shorter side ≤ 4 000 tokens, so the heaviest one fits 16 bits.
  const table = new Uint16Array((rows + 1) * (columns + 1));
  const width = columns + 1;
  for (let row = rows - 1; row >= 0; row -= 1) {
    for (let column = columns - 1; column >= 0; column -= 1) {
      table[row * width + column] =
        before[row] === after[column]
          ? table[(row + 1) * width + column + 1]! + weights[before[row]!]!
          : Math.max(table[(row + 1) * width + column]!, table[row * width + column + 1]!);
    }
  }
  const steps: WordDiffKind[] = [];
  let row = 0;
  let column = 0;
  while (row < rows && column < columns) {
    if (before[row] === after[column] && table[row * width + column] === table[(row + 1) * width + column + 1]! + weights[before[row]!]!) {
      steps.push('same');
      row += 1;
      column += 1;
    } else if (table[(row + 1) * width + column]! >= table[row * width + column + 1]!) {
      steps.push('deleted');
      row += 1;
    } else {
      steps.push('inserted');
      column += 1;
    }
  }
  while (row < rows) {
    steps.push('deleted');
    row += 1;
  }
  while (column < columns) {
    steps.push('inserted');
    column += 1;
  }
  return steps;
}

/**
 * Puts each stretch of changes together as all its deleted text, then all its inserted text, and swallows a lone
 * space between a replacement and the next change into both sides: "<del>a b</del><ins>x y</ins>" reads better than "<del>a</del><ins>x</ins>
 * <del>b</del><ins>y</ins>", which is what an LCS that matched only the spaces would show.
 */
function groupChanges(parts: readonly WordDiffPart[]): WordDiffPart[] {
  const result: WordDiffPart[] = [];
  let deleted = '';
  let inserted = '';
  const flush = () => {
    if (deleted !== '') result.push({ kind: 'deleted', text: deleted });
    if (inserted !== '') result.push({ kind: 'inserted', text: inserted });
    deleted = '';
    inserted = '';
  };
  parts.forEach((part, index) => {
    if (part.kind === 'deleted') deleted += part.text;
    else if (part.kind === 'inserted') inserted += part.text;
    else {
      const replacing = deleted !== '' && inserted !== '';
      const next = parts[index + 1];
      if (replacing && isBlank(part.text) && next !== undefined && next.kind !== 'same') {
        deleted += part.text;
        inserted += part.text;
        return;
      }
      flush();
      const last = result.at(-1);
      if (last?.kind === 'same') last.text += part.text;
      else result.push({ kind: 'same', text: part.text });
    }
  });
  flush();
  return result;
}

/**
 * Word-level diff of two texts (Korean or English): which words stayed, which were deleted and which inserted.
 * Adjacent parts of the same kind are merged; within a changed stretch the deleted text comes first.
 */
export function diffWords(before: string, after: string): WordDiffPart[] {
  if (before === after) return before === '' ? [] : [{ kind: 'same', text: before }];
  const beforeTokens = tokenizeWords(before);
  const afterTokens = tokenizeWords(after);

  let start = 0;
  while (start < beforeTokens.length && start < afterTokens.length && beforeTokens[start] === afterTokens[start]) start += 1;
  let beforeEnd = beforeTokens.length;
  let afterEnd = afterTokens.length;
  while (beforeEnd > start && afterEnd > start && beforeTokens[beforeEnd - 1] === afterTokens[afterEnd - 1]) {
    beforeEnd -= 1;
    afterEnd -= 1;
  }

  const parts: WordDiffPart[] = beforeTokens.slice(0, start).map((text) => ({ kind: 'same', text }));
  const beforeMiddle = beforeTokens.slice(start, beforeEnd);
  const afterMiddle = afterTokens.slice(start, afterEnd);
  if (beforeMiddle.length * afterMiddle.length > maxWordDiffCells) {
    parts.push({ kind: 'deleted', text: beforeMiddle.join('') }, { kind: 'inserted', text: afterMiddle.join('') });
  } else {
    const ids = new Map<string, number>();
    const weights: number[] = [];
    const idOf = (token: string) => {
      let id = ids.get(token);
      if (id === undefined) {
        id = ids.size;
        ids.set(token, id);
        weights.push(isBlank(token) ? blankWeight : wordWeight);
      }
      return id;
    };
    const steps = lcsSteps(Int32Array.from(beforeMiddle, idOf), Int32Array.from(afterMiddle, idOf), weights);
    let beforeIndex = 0;
    let afterIndex = 0;
    for (const step of steps) {
      if (step === 'inserted') {
        parts.push({ kind: 'inserted', text: afterMiddle[afterIndex]! });
        afterIndex += 1;
      } else {
        parts.push({ kind: step, text: beforeMiddle[beforeIndex]! });
        beforeIndex += 1;
        if (step === 'same') afterIndex += 1;
      }
    }
  }
  for (const text of beforeTokens.slice(beforeEnd)) parts.push({ kind: 'same', text });
  return groupChanges(parts.filter((part) => part.text !== ''));
}

/** Whether a diff shows any inserted or deleted text. */
export function hasWordChanges(parts: readonly WordDiffPart[]): boolean {
  return parts.some((part) => part.kind !== 'same');
}
