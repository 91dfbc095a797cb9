import { mergeAttributes, Node } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';

/**
 * The sub-heading of a brief: the text after the `◇` marker. The marker itself belongs to the house style and is
 * added at render time, so the heading holds plain text only.
 */
export const BriefHeading = Node.create({
  name: 'briefHeading',
  content: 'text*',
  marks: '',
  defining: true,

  parseHTML() {
    return [{ tag: 'h2[data-type="brief-heading"]' }, { tag: 'section[data-type="brief"] > h2' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['h2', mergeAttributes(HTMLAttributes, { 'data-type': 'brief-heading' }), 0];
  },

  addKeyboardShortcuts() {
    return {
      // Enter in a heading starts the brief's first paragraph; text after the cursor moves into it. A new brief
      // already has an empty first paragraph: Enter goes into that one rather than adding a second.
      Enter: ({ editor }) => {
        const { state } = editor;
        const { $from, empty } = state.selection;
        if (!empty || $from.parent.type.name !== this.name) return false;
        if (editor.view.composing) return false;
        const headingEnd = $from.end();
        const rest = $from.parent.content.cut($from.parentOffset);
        const next = state.doc.nodeAt($from.after());
        const reuseEmpty = next !== null && next.type.name === 'paragraph' && next.content.size === 0;
        return editor.commands.command(({ tr, dispatch }) => {
          if (dispatch) {
            if (headingEnd > $from.pos) tr.delete($from.pos, headingEnd);
            const after = tr.mapping.map($from.after());
            if (reuseEmpty) tr.insert(after + 1, rest);
            else tr.insert(after, state.schema.nodes.paragraph!.create(null, rest));
            tr.setSelection(TextSelection.create(tr.doc, after + 1));
            tr.scrollIntoView();
          }
          return true;
        });
      },
    };
  },
});
