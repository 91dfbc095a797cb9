import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode, ResolvedPos } from '@tiptap/pm/model';
import { Plugin, PluginKey, type Selection } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

/** The class on each brief that holds an end of the selection; the stylesheet keeps such a brief rendered. */
export const selectedBriefClass = 'roundup-brief--selected';

const selectedBriefsKey = new PluginKey<DecorationSet>('selectedBriefs');

/** Where the brief holding `$position` starts, or null when the position is past the last brief. */
function briefStart(doc: ProseMirrorNode, $position: ResolvedPos): number | null {
  if ($position.depth >= 1) return $position.before(1);
  return $position.index(0) < doc.childCount ? $position.pos : null;
}

function decorate(doc: ProseMirrorNode, selection: Selection): DecorationSet {
  const starts = new Set<number>();
  for (const $end of [selection.$from, selection.$to]) {
    const start = briefStart(doc, $end);
    if (start !== null) starts.add(start);
  }
  const decorations = [...starts].map((start) => {
    const brief = doc.nodeAt(start);
    return Decoration.node(start, start + (brief?.nodeSize ?? 0), { class: selectedBriefClass });
  });
  return DecorationSet.create(doc, decorations);
}

/**
 * Marks the briefs the selection is in, in the same update that puts the caret there. Briefs off screen skip
 * rendering (`content-visibility: auto`) and Chromium only finds a new or scrolled-to brief on screen at its next
 * frame; a key pressed before that frame (a loaded machine, a fast typist after Ctrl+Alt+Enter) was inserted outside
 * the brief's content, where ProseMirror ignores it, and the following keys went to the brief before. A brief with
 * the caret in it is always rendered.
 */
export const SelectedBriefs = Extension.create({
  name: 'selectedBriefs',

  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key: selectedBriefsKey,
        state: {
          init: (_config, state) => decorate(state.doc, state.selection),
          apply: (transaction, previous, _before, state) =>
            transaction.docChanged || transaction.selectionSet ? decorate(state.doc, state.selection) : previous,
        },
        props: {
          decorations: (state) => selectedBriefsKey.getState(state),
        },
      }),
    ];
  },
});
