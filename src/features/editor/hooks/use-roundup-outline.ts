import type { Editor } from '@tiptap/core';
import { useEffect, useRef, useState } from 'react';
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

function sameItem(a: BriefOutlineItem, b: BriefOutlineItem): boolean {
  return a.id === b.id && a.heading === b.heading && a.photos === b.photos && a.count === b.count;
}

/**
 * The outline now. Items equal to the previous outline's are the previous objects, so that the outline's memoised
 * rows render again only for the brief that changed; the whole outline is the previous one when nothing changed.
 */
function outlineOf(editor: Editor, previous: RoundupOutline | null): RoundupOutline {
  const earlier = new Map(previous?.briefs.map((item) => [item.id, item]));
  const briefs: BriefOutlineItem[] = [];
  editor.state.doc.forEach((brief, _offset, index) => {
    let photos = 0;
    brief.forEach((child) => {
      if (child.type.name === 'figure') photos += 1;
    });
    const id: unknown = brief.attrs.id;
    const item: BriefOutlineItem = {
      id: typeof id === 'string' ? id : `index-${index}`,
      heading: brief.firstChild?.textContent ?? '',
      photos,
      count: countBrief(brief),
    };
    const before = earlier.get(item.id);
    briefs.push(before !== undefined && sameItem(before, item) ? before : item);
  });
  if (previous !== null && previous.briefs.length === briefs.length && briefs.every((item, index) => item === previous.briefs[index])) {
    return previous;
  }
  return { briefs, total: briefs.length ? addCounts(briefs.map((brief) => brief.count)) : emptyCount };
}

/**
 * Brief headings and counts, recomputed a moment after typing pauses rather than on each keystroke; unchanged
 * briefs reuse their cached count, and React re-renders only when something visible changed.
 */
export function useRoundupOutline(editor: Editor, delayMs = 250): RoundupOutline {
  const [outline, setOutline] = useState(() => outlineOf(editor, null));
  // The last outline computed, rendered or not. Computed here and handed to React as a value: an updater function
  // would stay queued after React's bail-out and run again, with every other queued one, at the next render.
  const latest = useRef(outline);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    function recompute() {
      timer = null;
      const next = outlineOf(editor, latest.current);
      if (next === latest.current) return;
      latest.current = next;
      setOutline(next);
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
