import { mergeAttributes, Node } from '@tiptap/core';

/** Who supplied the photo (`광산구 제공`). Plain text: the house style wraps it (`(사진 = 광산구 제공)`). */
export const FigureCredit = Node.create({
  name: 'figureCredit',
  content: 'text*',
  marks: '',
  defining: true,

  parseHTML() {
    return [{ tag: 'p[data-type="figure-credit"]', priority: 60 }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['p', mergeAttributes(HTMLAttributes, { 'data-type': 'figure-credit' }), 0];
  },
});
