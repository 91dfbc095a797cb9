import { excerpt } from '../excerpt';
import type { ImportRule } from '../import-draft';

/** Text carries captions, not photos: every figure comes with an empty photo slot, and a reminder to fill it. */
export const flagPhotoSlots: ImportRule = {
  name: 'flag-photo-slots',
  apply(draft, warn) {
    draft.briefs.forEach((brief, index) => {
      for (const item of brief.items) {
        if (item.kind === 'paragraph') continue;
        const about = item.caption === '' ? `credited "${item.credit}"` : `"${excerpt(item.caption)}"`;
        warn('photo_missing', `Attach the photo for brief ${index + 1} (${about}).`, item.line);
      }
    });
  },
};
