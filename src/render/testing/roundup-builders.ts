import type { JSONContent } from '@tiptap/core';
import { gwangjuRoundupMetadata } from '@/schema/demo/gwangju-roundup';
import type { RoundupMetadata } from '@/schema/roundup-metadata';

/** Small ProseMirror JSON builders for renderer tests: a roundup reads as the story it is. */
export const roundupBuilders = {
  text(text: string, marks: JSONContent['marks'] = undefined): JSONContent {
    return marks === undefined ? { type: 'text', text } : { type: 'text', text, marks };
  },
  paragraph(...content: JSONContent[]): JSONContent {
    return content.length === 0 ? { type: 'paragraph' } : { type: 'paragraph', content };
  },
  heading(text: string): JSONContent {
    return text === '' ? { type: 'briefHeading' } : { type: 'briefHeading', content: [{ type: 'text', text }] };
  },
  figure(
    attrs: { photoId?: string | null; alt?: string; width?: number | null; height?: number | null },
    caption: JSONContent[],
    credit: string,
  ): JSONContent {
    return {
      type: 'figure',
      attrs: { photoId: null, alt: '', width: 960, height: 640, ...attrs },
      content: [
        caption.length === 0 ? { type: 'figureCaption' } : { type: 'figureCaption', content: caption },
        credit === '' ? { type: 'figureCredit' } : { type: 'figureCredit', content: [{ type: 'text', text: credit }] },
      ],
    };
  },
  brief(id: string | null, ...content: JSONContent[]): JSONContent {
    return { type: 'brief', attrs: { id }, content };
  },
  doc(...briefs: JSONContent[]): JSONContent {
    return { type: 'doc', content: briefs };
  },
  /** The model roundup's metadata with some fields changed. */
  meta(changes: Partial<RoundupMetadata> = {}): RoundupMetadata {
    return { ...gwangjuRoundupMetadata, ...changes };
  },
  photoUrl(photoId: string): string {
    return `https://photos.example.kr/${photoId}.jpg`;
  },
};
