import { mergeAttributes, Node } from '@tiptap/core';

/** The caption of a photo as the reporter writes it; date, credit and outlet suffix come from the house style. */
export const FigureCaption = Node.create({
  name: 'figureCaption',
  content: 'inline*',
  marks: 'bold italic',
  defining: true,

  parseHTML() {
    return [{ tag: 'figcaption[data-type="figure-caption"]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['figcaption', mergeAttributes(HTMLAttributes, { 'data-type': 'figure-caption' }), 0];
  },
});
