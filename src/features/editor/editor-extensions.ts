import type { AnyExtension } from '@tiptap/core';
// One entry per extension: the package's index is not marked free of side effects, so it would bring all eight.
import { Dropcursor } from '@tiptap/extensions/drop-cursor';
import { Gapcursor } from '@tiptap/extensions/gap-cursor';
import { Placeholder } from '@tiptap/extensions/placeholder';
import { UndoRedo } from '@tiptap/extensions/undo-redo';
import type { i18n as I18n } from 'i18next';
import { roundupExtensions } from '@/schema/extensions';
import { Brief } from '@/schema/nodes/brief';
import { Figure } from '@/schema/nodes/figure';
import { CommentHighlights } from './extensions/comment-highlights';
import { DocumentEnds } from './extensions/document-ends';
import { EditableChanges, subscribeToEditableChanges } from './extensions/editable-changes';
import { LinkAutolink } from './extensions/link-autolink';
import { PasteHygiene } from './extensions/paste-hygiene';
import { PhotoPasteDrop } from './extensions/photo-paste-drop';
import { SelectedBriefs } from './extensions/selected-briefs';
import { TypingOverBriefs } from './extensions/typing-over-briefs';
import { BriefNodeView, type BriefControlLabels } from './node-views/brief-node-view';
import { FigureNodeView, type FigureLabels } from './node-views/figure-node-view';

interface EditorExtensionOptions {
  i18n: I18n;
}

/** Labels looked up once per language and shared by every node view, rather than about 2,600 lookups for 200 briefs. */
function labelsPerLanguage<Labels>(language: () => string, read: () => Labels): () => Labels {
  let cached: { language: string; labels: Labels } | null = null;
  return () => {
    const current = language();
    if (cached === null || cached.language !== current) cached = { language: current, labels: read() };
    return cached.labels;
  };
}

function briefLabels(i18n: I18n): BriefControlLabels {
  return {
    group: i18n.t('brief.group'),
    drag: i18n.t('brief.drag'),
    moveUp: i18n.t('brief.moveUp'),
    moveDown: i18n.t('brief.moveDown'),
    duplicate: i18n.t('brief.duplicate'),
    remove: i18n.t('brief.remove'),
  };
}

function figureLabels(i18n: I18n): FigureLabels {
  return {
    noPhoto: i18n.t('figure.noPhoto'),
    altLabel: i18n.t('figure.altLabel'),
    altPlaceholder: i18n.t('figure.altPlaceholder'),
    flagsLabel: i18n.t('figure.flagsLabel'),
    missingAlt: i18n.t('figure.missingAlt'),
    missingCredit: i18n.t('figure.missingCredit'),
    remove: i18n.t('figure.remove'),
    untitled: i18n.t('figure.untitled'),
  };
}

/**
 * The editor's extensions: the shared roundup list with node views swapped in, plus what only an editing
 * surface needs (history, drop and gap cursors, placeholders, paste hygiene, auto-linking, photo paste and drop, comment highlights: decorations
 * only, so comments never reach the schema, the renderer or an export; editability changes for the node views).
 */
export function createEditorExtensions({ i18n }: EditorExtensionOptions): AnyExtension[] {
  // The i18n react-i18next hands out is a snapshot whose `language` stays what it was; the event tells the new one.
  let language = i18n.language;
  const subscribeToLabels = (listener: () => void) => {
    const changed = (next: string) => {
      language = next;
      listener();
    };
    i18n.on('languageChanged', changed);
    return () => i18n.off('languageChanged', changed);
  };
  const currentBriefLabels = labelsPerLanguage(() => language, () => briefLabels(i18n));
  const currentFigureLabels = labelsPerLanguage(() => language, () => figureLabels(i18n));
  const BriefWithView = Brief.extend({
    addNodeView() {
      return ({ node, editor, getPos }) =>
        new BriefNodeView({
          node,
          editor,
          getPos,
          labels: currentBriefLabels,
          subscribeToLabels,
        });
    },
  });
  const FigureWithView = Figure.extend({
    addNodeView() {
      return ({ node, editor, getPos }) =>
        new FigureNodeView({
          node,
          editor,
          getPos,
          labels: currentFigureLabels,
          subscribeToLabels,
          subscribeToEditable: (listener) => subscribeToEditableChanges(editor, listener),
        });
    },
  });
  const swapped = roundupExtensions.map((extension) => {
    if (extension.name === Brief.name) return BriefWithView;
    if (extension.name === Figure.name) return FigureWithView;
    return extension;
  });
  return [
    ...swapped,
    UndoRedo.configure({ depth: 200, newGroupDelay: 700 }),
    Dropcursor.configure({ width: 3, class: 'roundup-dropcursor' }),
    Gapcursor,
    Placeholder.configure({
      includeChildren: true,
      showOnlyCurrent: false,
      placeholder: ({ node }) => {
        if (node.type.name === 'briefHeading') return i18n.t('placeholder.heading');
        if (node.type.name === 'figureCaption') return i18n.t('placeholder.caption');
        if (node.type.name === 'figureCredit') return i18n.t('placeholder.credit');
        if (node.type.name === 'paragraph') return i18n.t('placeholder.paragraph');
        return '';
      },
    }),
    PasteHygiene,
    LinkAutolink,
    PhotoPasteDrop,
    CommentHighlights,
    EditableChanges,
    SelectedBriefs,
    DocumentEnds,
    TypingOverBriefs,
  ];
}
