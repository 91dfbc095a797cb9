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

function briefIds(doc: ProseMirrorNode): string[] {
  const ids: string[] = [];
  doc.forEach((brief) => ids.push(typeof brief.attrs.id === 'string' ? brief.attrs.id : ''));
  return ids;
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
