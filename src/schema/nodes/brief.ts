import { mergeAttributes, Node, type CommandProps } from '@tiptap/core';
import { Fragment, type Node as ProseMirrorNode } from '@tiptap/pm/model';
import { NodeSelection, Plugin, PluginKey, TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state';
import { createBriefId } from '../brief-identity';

export type BriefMoveDirection = 'up' | 'down';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    brief: {
      /** Insert an empty brief after the one holding the selection and put the cursor in its heading. */
      insertBriefAfter: () => ReturnType;
      /** Remove the brief holding the selection (the last brief is emptied instead, a roundup keeps one). */
      deleteBrief: () => ReturnType;
      /** Copy the brief holding the selection right after itself, with a new id. */
      duplicateBrief: () => ReturnType;
      /** Swap the brief holding the selection with its neighbour; the cursor moves with it. */
      moveBrief: (direction: BriefMoveDirection) => ReturnType;
      /** Move the brief at index `from` so that it ends up at index `to`. */
      moveBriefTo: (from: number, to: number) => ReturnType;
      /** Put the cursor at the end of the heading of the brief at `index`. */
      focusBrief: (index: number) => ReturnType;
    };
  }
}

/** Index among the top-level briefs of the brief that holds the selection. */
export function currentBriefIndex(state: EditorState): number {
  const { selection } = state;
  if (selection instanceof NodeSelection && selection.node.type.name === 'brief') {
    return selection.$from.index(0);
  }
  return selection.$from.index(0);
}

function briefStart(doc: ProseMirrorNode, index: number): number {
  let position = 0;
  for (let i = 0; i < index; i += 1) position += doc.child(i).nodeSize;
  return position;
}

export function createEmptyBrief(state: EditorState, heading = ''): ProseMirrorNode {
  const { schema } = state;
  const headingNode = schema.nodes.briefHeading!.create(null, heading ? schema.text(heading) : null);
  return schema.nodes.brief!.create({ id: createBriefId() }, [headingNode, schema.nodes.paragraph!.create()]);
}

function relocateSelection(tr: Transaction, oldBriefStart: number, newBriefStart: number, state: EditorState): void {
  const { selection } = state;
  if (selection instanceof NodeSelection) {
    const target = selection.from - oldBriefStart + newBriefStart;
    tr.setSelection(NodeSelection.create(tr.doc, target));
    return;
  }
  const anchor = selection.anchor - oldBriefStart + newBriefStart;
  const head = selection.head - oldBriefStart + newBriefStart;
  tr.setSelection(TextSelection.create(tr.doc, anchor, head));
}

function moveBriefTransaction(state: EditorState, tr: Transaction, from: number, to: number): boolean {
  const { doc } = state;
  if (from === to || from < 0 || to < 0 || from >= doc.childCount || to >= doc.childCount) return false;
  const children: ProseMirrorNode[] = [];
  doc.forEach((child) => children.push(child));
  const [moved] = children.splice(from, 1);
  if (moved === undefined) return false;
  children.splice(to, 0, moved);
  const oldStart = briefStart(doc, from);
  tr.replaceWith(0, doc.content.size, Fragment.from(children));
  const newStart = children.slice(0, to).reduce((size, child) => size + child.nodeSize, 0);
  const selectionInside = currentBriefIndex(state) === from;
  if (selectionInside) relocateSelection(tr, oldStart, newStart, state);
  tr.scrollIntoView();
  return true;
}

/** Keeps every brief id present and unique, whatever produced the brief (paste, drag copy, an old document). */
const briefIdentityKey = new PluginKey('briefIdentity');

function briefIdentityPlugin(): Plugin {
  return new Plugin({
    key: briefIdentityKey,
    appendTransaction(transactions, _oldState, newState) {
      if (!transactions.some((transaction) => transaction.docChanged)) return null;
      const seen = new Set<string>();
      let tr: Transaction | null = null;
      let position = 0;
      newState.doc.forEach((child) => {
        const id: unknown = child.attrs.id;
        if (child.type.name === 'brief' && (typeof id !== 'string' || id === '' || seen.has(id))) {
          tr ??= newState.tr;
          tr.setNodeAttribute(position, 'id', createBriefId());
        } else if (typeof id === 'string') {
          seen.add(id);
        }
        position += child.nodeSize;
      });
      if (tr === null) return null;
      const fixed: Transaction = tr;
      return fixed.setMeta('addToHistory', false);
    },
  });
}

/**
 * One brief of a roundup: a sub-heading followed by paragraphs and photos. Briefs are the unit a reporter moves,
 * duplicates and deletes, and the unit a desk approves, so each carries a stable id.
 */
export const Brief = Node.create({
  name: 'brief',
  content: 'briefHeading (paragraph | figure)+',
  defining: true,
  isolating: true,
  draggable: true,

  addAttributes() {
    return {
      id: {
        default: null,
        parseHTML: (element) => element.getAttribute('data-brief-id'),
        renderHTML: (attributes) => (attributes.id ? { 'data-brief-id': attributes.id } : {}),
      },
    };
  },

  parseHTML() {
    return [{ tag: 'section[data-type="brief"]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['section', mergeAttributes(HTMLAttributes, { 'data-type': 'brief' }), 0];
  },

  addProseMirrorPlugins() {
    return [briefIdentityPlugin()];
  },

  addCommands() {
    return {
      insertBriefAfter:
        () =>
        ({ state, tr, dispatch }: CommandProps) => {
          const index = currentBriefIndex(state);
          const insertAt = briefStart(state.doc, index) + state.doc.child(index).nodeSize;
          if (dispatch) {
            tr.insert(insertAt, createEmptyBrief(state));
            tr.setSelection(TextSelection.create(tr.doc, insertAt + 2));
            tr.scrollIntoView();
          }
          return true;
        },

      deleteBrief:
        () =>
        ({ state, tr, dispatch }: CommandProps) => {
          const index = currentBriefIndex(state);
          const start = briefStart(state.doc, index);
          const brief = state.doc.child(index);
          if (dispatch) {
            if (state.doc.childCount === 1) {
              tr.replaceWith(start, start + brief.nodeSize, createEmptyBrief(state));
              tr.setSelection(TextSelection.create(tr.doc, start + 2));
            } else {
              tr.delete(start, start + brief.nodeSize);
              const target = Math.min(start, tr.doc.content.size - 1);
              tr.setSelection(TextSelection.near(tr.doc.resolve(target)));
            }
            tr.scrollIntoView();
          }
          return true;
        },

      duplicateBrief:
        () =>
        ({ state, tr, dispatch }: CommandProps) => {
          const index = currentBriefIndex(state);
          const brief = state.doc.child(index);
          const insertAt = briefStart(state.doc, index) + brief.nodeSize;
          if (dispatch) {
            const copy = brief.type.create({ ...brief.attrs, id: createBriefId() }, brief.content, brief.marks);
            tr.insert(insertAt, copy);
            tr.setSelection(TextSelection.create(tr.doc, insertAt + 1 + brief.child(0).nodeSize - 1));
            tr.scrollIntoView();
          }
          return true;
        },

      moveBrief:
        (direction: BriefMoveDirection) =>
        ({ state, tr, dispatch }: CommandProps) => {
          const from = currentBriefIndex(state);
          const to = direction === 'up' ? from - 1 : from + 1;
          if (to < 0 || to >= state.doc.childCount) return false;
          if (!dispatch) return true;
          return moveBriefTransaction(state, tr, from, to);
        },

      moveBriefTo:
        (from: number, to: number) =>
        ({ state, tr, dispatch }: CommandProps) => {
          if (from === to || from < 0 || to < 0 || from >= state.doc.childCount || to >= state.doc.childCount) {
            return false;
          }
          if (!dispatch) return true;
          return moveBriefTransaction(state, tr, from, to);
        },

      focusBrief:
        (index: number) =>
        ({ state, tr, dispatch }: CommandProps) => {
          if (index < 0 || index >= state.doc.childCount) return false;
          if (dispatch) {
            const start = briefStart(state.doc, index);
            const heading = state.doc.child(index).child(0);
            tr.setSelection(TextSelection.create(tr.doc, start + 2 + heading.content.size));
            tr.scrollIntoView();
          }
          return true;
        },
    };
  },

  addKeyboardShortcuts() {
    return {
      'Alt-ArrowUp': () => this.editor.commands.moveBrief('up'),
      'Alt-ArrowDown': () => this.editor.commands.moveBrief('down'),
      'Mod-Alt-Enter': () => this.editor.commands.insertBriefAfter(),
      'Mod-Alt-d': () => this.editor.commands.duplicateBrief(),
    };
  },
});
