import { normalizeLinkHref } from '@/schema/normalize-link-href';
import type { InlineRun } from './article-layout';
import { isRecord } from '@/schema/is-record';

interface RunMarks {
  bold: boolean;
  italic: boolean;
  href: string | null;
}

function readMarks(rawMarks: unknown): RunMarks {
  const marks: RunMarks = { bold: false, italic: false, href: null };
  if (!Array.isArray(rawMarks)) return marks;
  for (const mark of rawMarks) {
    if (!isRecord(mark)) continue;
    if (mark.type === 'bold') marks.bold = true;
    else if (mark.type === 'italic') marks.italic = true;
    else if (mark.type === 'link' && isRecord(mark.attrs)) {
      const href = mark.attrs.href;
      // Only the address is read (never a class, target or title), in the form the validator stores; a refused
      // link keeps its text and loses only the link.
      if (typeof href === 'string') marks.href = normalizeLinkHref(href);
    }
  }
  return marks;
}

function collectRuns(node: unknown, runs: InlineRun[]): void {
  if (!isRecord(node)) return;
  if (node.type === 'text') {
    if (typeof node.text !== 'string' || node.text === '') return;
    const marks = readMarks(node.marks);
    const previous = runs.at(-1);
    if (
      previous !== undefined &&
      previous.bold === marks.bold &&
      previous.italic === marks.italic &&
      previous.href === marks.href
    ) {
      runs[runs.length - 1] = { ...previous, text: previous.text + node.text };
    } else {
      runs.push({ text: node.text, ...marks });
    }
    return;
  }
  if (Array.isArray(node.content)) for (const child of node.content) collectRuns(child, runs);
}

/**
 * The text of a paragraph or caption as runs with their marks. Reads ProseMirror JSON as it comes from an unsaved
 * editor: anything malformed is skipped, never thrown on; nodes it does not know contribute their text.
 */
export function readInlineRuns(node: unknown): InlineRun[] {
  const runs: InlineRun[] = [];
  collectRuns(node, runs);
  return runs;
}
