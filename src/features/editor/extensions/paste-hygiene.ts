import { Extension } from '@tiptap/core';
import { Slice } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { conformFragment } from '@/schema/conform-fragment';
import { cleanPastedHtml } from '../lib/clean-pasted-html';

/**
 * Every paste and drop from outside the editor passes here twice: its HTML is cleaned before ProseMirror parses it
 * (so hostile markup can neither make the parser throw nor reach it), and the parsed slice is brought to the
 * schema's attribute rules (so a pasted link carries only its normalised href and an autosave never fails on what
 * was pasted). Plain-text pastes get the second step too.
 */
export const PasteHygiene = Extension.create({
  name: 'pasteHygiene',

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('pasteHygiene'),
        props: {
          transformPastedHTML: (html, view) => cleanPastedHtml(html, view.dom.ownerDocument),
          transformPasted: (slice) => {
            const content = conformFragment(slice.content);
            return content === slice.content ? slice : new Slice(content, slice.openStart, slice.openEnd);
          },
        },
      }),
    ];
  },
});
