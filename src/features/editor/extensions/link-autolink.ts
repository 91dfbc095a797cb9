import { combineTransactionSteps, Extension, findChildrenInRange, getChangedRanges } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { normalizeLinkHref } from '@/schema/normalize-link-href';
import { preventAutolinkMeta } from '@/schema/nodes/roundup-link';
import { findUrls } from '../lib/find-urls';

const autolinkKey = new PluginKey('linkAutolink');
const pasteKey = new PluginKey('linkOnPaste');
// Inline leaves count as one character so that text offsets stay document offsets.
const leafText = '\ufffc';

function isPaste(transaction: Transaction): boolean {
  return transaction.getMeta('paste') === true || transaction.getMeta('uiEvent') === 'paste';
}

/**
 * Links the addresses next to what just changed, once they are complete: followed by a space, ended by Enter, or
 * pasted. The address being typed (the cursor in it or in the word it ends) waits, and text that already carries a link, even part of
 * it, is never touched, so a link the reporter removed stays removed until the address is typed again.
 */
function autolink(transactions: readonly Transaction[], oldState: EditorState, newState: EditorState): Transaction | null {
  if (!transactions.some((transaction) => transaction.docChanged && transaction.getMeta(preventAutolinkMeta) !== true)) return null;
  const linkType = newState.schema.marks.link;
  if (linkType === undefined) return null;
  const pasted = transactions.some(isPaste);
  const { selection } = newState;
  const changes = getChangedRanges(combineTransactionSteps(oldState.doc, [...transactions]));
  const tr = newState.tr;
  const linked = new Set<number>();
  for (const { newRange } of changes) {
    for (const { node, pos } of findChildrenInRange(newState.doc, newRange, (child) => child.isTextblock)) {
      if (!node.type.allowsMarkType(linkType)) continue;
      const text = node.textBetween(0, node.content.size, undefined, leafText);
      for (const url of findUrls(text)) {
        const from = pos + 1 + url.start;
        const to = pos + 1 + url.end;
        // The word the address ends (a particle, a full stop) is still being typed while the cursor is in it.
        const wordEnd = pos + 1 + url.end + (/^\S*/.exec(text.slice(url.end))?.[0].length ?? 0);
        const touches = wordEnd >= newRange.from - 1 && from <= newRange.to;
        const beingTyped = !pasted && selection.empty && selection.from >= from && selection.from <= wordEnd;
        const href = normalizeLinkHref(url.href);
        if (!touches || beingTyped || linked.has(from) || href === null) continue;
        if (newState.doc.rangeHasMark(from, to, linkType)) continue;
        tr.addMark(from, to, linkType.create({ href }));
        linked.add(from);
      }
    }
  }
  return linked.size > 0 ? tr.setMeta(preventAutolinkMeta, true) : null;
}

/** Typing and pasting addresses in the editor: auto-linking, and a pasted address over selected text links it. */
export const LinkAutolink = Extension.create({
  name: 'linkAutolink',

  addProseMirrorPlugins() {
    return [
      new Plugin({ key: autolinkKey, appendTransaction: autolink }),
      new Plugin({
        key: pasteKey,
        props: {
          handlePaste: (view, event) => {
            const { state } = view;
            const linkType = state.schema.marks.link;
            if (linkType === undefined || state.selection.empty) return false;
            const text = event.clipboardData?.getData('text/plain').trim() ?? '';
            const [url] = findUrls(text);
            const href = url === undefined ? null : normalizeLinkHref(url.href);
            if (url === undefined || url.start !== 0 || url.end !== text.length || href === null) return false;
            const { from, to } = state.selection;
            view.dispatch(state.tr.removeMark(from, to, linkType).addMark(from, to, linkType.create({ href })).setMeta(preventAutolinkMeta, true));
            return true;
          },
        },
      }),
    ];
  },
});
