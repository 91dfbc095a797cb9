import type { ImportRule } from '../import-draft';

/** Gives a heading with nothing after it an empty paragraph (a brief must hold one), and says so. */
export const closeEmptyBriefs: ImportRule = {
  name: 'close-empty-briefs',
  apply(draft, warn) {
    for (const brief of draft.briefs) {
      if (brief.items.length > 0) continue;
      brief.items.push({ kind: 'paragraph', line: brief.line, text: '' });
      warn('brief_empty', `The brief "${brief.heading}" has no text; write it or delete the brief.`, brief.line);
    }
  },
};
