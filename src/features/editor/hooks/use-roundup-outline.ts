import type { Editor } from '@tiptap/core';
import { useEffect, useState } from 'react';
import { addCounts, countBrief, emptyCount, type TextCount } from '@/schema/manuscript-count';

export interface BriefOutlineItem {
  id: string;
  heading: string;
  photos: number;
  count: TextCount;
}

export interface RoundupOutline {
  briefs: BriefOutlineItem[];
  total: TextCount;
}

function outlineOf(editor: Editor): RoundupOutline {
  const briefs: BriefOutlineItem[] = [];
  editor.state.doc.forEach((brief, _offset, index) => {
    let photos = 0;
    brief.forEach((child) => {
      if (child.type.name === 'figure') photos += 1;
    });
    const id: unknown = brief.attrs.id;
    briefs.push({
      id: typeof id === 'string' ? id : `index-${index}`,
      heading: brief.firstChild?.textContent ?? '',
      photos,
      count: countBrief(brief),
    });
  });
  return { briefs, total: briefs.length ? addCounts(briefs.map((brief) => brief.count)) : emptyCount };
}

function sameOutline(a: RoundupOutline, b: RoundupOutline): boolean {
  if (a.briefs.length !== b.briefs.length) return false;
  return a.briefs.every((brief, index) => {
    const other = b.briefs[index];
    return (
      other !== undefined &&
      brief.id === other.id &&
      brief.heading === other.heading &&
      brief.photos === other.photos &&
      brief.count === other.count
    );
  });
}

/**
 * Brief headings and counts, recomputed a moment after typing pauses rather than on each keystroke; unchanged
 * briefs reuse their cached count, and React re-renders only when something visible changed.
 */
export function useRoundupOutline(editor: Editor, delayMs = 250): RoundupOutline {
  const [outline, setOutline] = useState(() => outlineOf(editor));

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    function recompute() {
      timer = null;
      const next = outlineOf(editor);
      setOutline((previous) => (sameOutline(previous, next) ? previous : next));
    }
    function schedule() {
      if (timer === null) timer = setTimeout(recompute, delayMs);
    }
    editor.on('update', schedule);
    return () => {
      editor.off('update', schedule);
      if (timer !== null) clearTimeout(timer);
    };
  }, [delayMs, editor]);

  return outline;
}
