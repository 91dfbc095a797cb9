import type { Editor } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentBriefIndex } from '@/schema/nodes/brief';
import { detectBriefMove } from '../lib/detect-brief-move';

export interface Announcement {
  text: string;
  /** Changes with every announcement, so that saying the same words twice is still a change for a screen reader. */
  sequence: number;
}

function briefId(brief: ProseMirrorNode): string {
  return typeof brief.attrs.id === 'string' ? brief.attrs.id : '';
}

function briefIds(doc: ProseMirrorNode): string[] {
  const ids: string[] = [];
  doc.forEach((brief) => ids.push(briefId(brief)));
  return ids;
}

/**
 * The one brief a change touched, -1 for none, or null when several changed or briefs came or went. A move touches at
 * least two places; typing touches one brief, which is a new node while every other brief stays the same object.
 */
function soleChangedBrief(before: ProseMirrorNode, after: ProseMirrorNode): number | null {
  if (before.childCount !== after.childCount) return null;
  let changed = -1;
  for (let index = 0; index < after.childCount; index += 1) {
    if (after.child(index) === before.child(index)) continue;
    if (changed !== -1) return null;
    changed = index;
  }
  return changed;
}

/**
 * What to announce when a brief changes place, however it was moved (toolbar, gutter buttons, Alt+arrows, dragging,
 * undo): the words for a polite live region, naming the brief and its old and new position.
 */
export function useBriefMoveAnnouncement(editor: Editor): Announcement | null {
  const { t } = useTranslation();
  const [announcement, setAnnouncement] = useState<Announcement | null>(null);

  useEffect(() => {
    let ids = briefIds(editor.state.doc);
    function changed({ transaction }: { transaction: Transaction }) {
      if (!transaction.docChanged) return;
      // Keystrokes stop here, without reading every brief's id.
      const sole = soleChangedBrief(transaction.before, transaction.doc);
      if (sole !== null) {
        if (sole !== -1) ids[sole] = briefId(transaction.doc.child(sole));
        return;
      }
      const next = briefIds(transaction.doc);
      const selected = next[currentBriefIndex(editor.state)];
      const move = detectBriefMove(ids, next, selected);
      ids = next;
      if (move === null) return;
      const heading = transaction.doc.child(move.to).firstChild?.textContent.trim() ?? '';
      const values = { heading, from: move.from + 1, to: move.to + 1 };
      const text = heading === '' ? t('brief.movedUntitled', values) : t('brief.moved', values);
      setAnnouncement((previous) => ({ text, sequence: (previous?.sequence ?? 0) + 1 }));
    }
    editor.on('transaction', changed);
    return () => {
      editor.off('transaction', changed);
    };
  }, [editor, t]);

  return announcement;
}
