import { mergeAttributes, Node, type CommandProps } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import { z } from 'zod/mini';
import { isStorableText, unstorableTextMessage } from '../storable-text';

export const photoIdPattern = /^[A-Za-z0-9_-]{1,64}$/;

export const figureAttributesSchema = z.strictObject({
  photoId: z.nullable(z.string().check(z.regex(photoIdPattern, 'photoId must be 1–64 letters, digits, "_" or "-"'))),
  alt: z.string().check(z.maxLength(500, 'alt text is limited to 500 characters'), z.refine(isStorableText, unstorableTextMessage)),
  width: z.nullable(z.int().check(z.positive())),
  height: z.nullable(z.int().check(z.positive())),
});

export type FigureAttributes = z.infer<typeof figureAttributesSchema>;

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    figure: {
      /**
       * Insert a photo after the block that holds `position` (default: the selection), inside the same brief,
       * and put the cursor in its caption.
       */
      insertFigure: (attributes: Partial<FigureAttributes>, position?: number) => ReturnType;
    };
  }
}

function numberOrNull(value: string | null): number | null {
  if (value === null) return null;
  const parsed = Number.parseInt(value, 10);
  return Number.isFinite(parsed) && parsed > 0 ? parsed : null;
}

/**
 * A photo inside a brief. The image itself is a reference (`photoId`) to a stored photo; caption and credit are
 * editable child nodes, alt text is an attribute edited beside the image.
 */
export const Figure = Node.create({
  name: 'figure',
  content: 'figureCaption figureCredit',
  isolating: true,
  draggable: true,
  selectable: true,

  addAttributes() {
    return {
      photoId: {
        default: null,
        parseHTML: (element) => element.getAttribute('data-photo-id'),
        renderHTML: (attributes) => ({ 'data-photo-id': attributes.photoId }),
      },
      alt: {
        default: '',
        parseHTML: (element) => element.getAttribute('data-alt') ?? '',
        renderHTML: (attributes) => ({ 'data-alt': attributes.alt }),
      },
      width: {
        default: null,
        parseHTML: (element) => numberOrNull(element.getAttribute('data-width')),
        renderHTML: (attributes) => (attributes.width === null ? {} : { 'data-width': String(attributes.width) }),
      },
      height: {
        default: null,
        parseHTML: (element) => numberOrNull(element.getAttribute('data-height')),
        renderHTML: (attributes) => (attributes.height === null ? {} : { 'data-height': String(attributes.height) }),
      },
    };
  },

  parseHTML() {
    return [{ tag: 'figure[data-type="figure"]' }];
  },

  addCommands() {
    return {
      insertFigure:
        (attributes: Partial<FigureAttributes>, position?: number) =>
        ({ state, tr, dispatch }: CommandProps) => {
          const $position = state.doc.resolve(position ?? state.selection.from);
          if ($position.depth < 1) return false;
          // The block inside the brief (heading, paragraph or figure) that holds the position.
          const afterBlock = $position.depth >= 2 ? $position.after(2) : $position.start(1) + $position.node(1).child(0).nodeSize;
          const { schema } = state;
          const figure = schema.nodes.figure!.create(
            { photoId: null, alt: '', width: null, height: null, ...attributes },
            [schema.nodes.figureCaption!.create(), schema.nodes.figureCredit!.create()],
          );
          if (dispatch) {
            tr.insert(afterBlock, figure);
            tr.setSelection(TextSelection.create(tr.doc, afterBlock + 2));
            tr.scrollIntoView();
          }
          return true;
        },
    };
  },

  renderHTML({ HTMLAttributes }) {
    return ['figure', mergeAttributes(HTMLAttributes, { 'data-type': 'figure' }), ['div', 0]];
  },
});
