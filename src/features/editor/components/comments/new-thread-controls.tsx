import type { Editor } from '@tiptap/core';
import type { EditorState } from '@tiptap/pm/state';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { maxQuoteLength, type CommentTarget } from '@/contract/comment-endpoints';
import { currentBriefIndex } from '@/schema/nodes/brief';
import { useEditorSelector } from '../../hooks/use-editor-selector';
import type { BriefOutlineItem } from '../../hooks/use-roundup-outline';
import { selectionPhotoTarget, selectionTextTarget } from '../../lib/selection-comment-target';
import { shallowEqual } from '../../lib/shallow-equal';
import '@/lib/locales/lazy/comments';

interface NewThreadControlsProps {
  editor: Editor;
  briefs: readonly BriefOutlineItem[];
  onStart: (target: CommentTarget) => void;
}

/** What the selection offers to comment on: why not its text (null: it can be), a photo, the brief it is in. */
function selectionOffer(state: EditorState) {
  const text = selectionTextTarget(state);
  return {
    text: text.kind === 'ready' ? null : text.reason,
    photo: selectionPhotoTarget(state) !== null,
    briefIndex: currentBriefIndex(state),
  };
}

/** The three ways to open a thread: on the selected text, on the photo at the cursor, or on a whole brief. */
export function NewThreadControls({ editor, briefs, onStart }: NewThreadControlsProps) {
  const { t } = useTranslation();
  const id = useId();
  const selection = useEditorSelector(editor, selectionOffer, shallowEqual);
  const [pickedBrief, setPickedBrief] = useState<string | null>(null);
  const briefId = briefs.find((brief) => brief.id === pickedBrief)?.id ?? briefs[selection.briefIndex]?.id ?? briefs[0]?.id;

  function onSelection() {
    const found = selectionTextTarget(editor.state);
    if (found.kind === 'ready') onStart(found.target);
  }

  function onPhoto() {
    const target = selectionPhotoTarget(editor.state);
    if (target !== null) onStart(target);
  }

  const selectionHint =
    selection.text === 'twoBriefs'
      ? t('comments.selectionHint.twoBriefs')
      : selection.text === 'tooLong'
        ? t('comments.selectionHint.tooLong', { limit: maxQuoteLength })
        : t('comments.selectionHint.empty');

  return (
    <div className="comment-new-thread" role="group" aria-label={t('comments.newThread')}>
      <div className="flex flex-wrap items-center gap-2">
        <button
          type="button"
          className="btn-secondary"
          disabled={selection.text !== null}
          aria-describedby={selection.text === null ? undefined : `${id}-selection-hint`}
          onMouseDown={(event) => event.preventDefault()}
          onClick={onSelection}
        >
          {t('comments.onSelection')}
        </button>
        <button
          type="button"
          className="btn-secondary"
          disabled={!selection.photo}
          aria-describedby={selection.photo ? undefined : `${id}-photo-hint`}
          onMouseDown={(event) => event.preventDefault()}
          onClick={onPhoto}
        >
          {t('comments.onPhoto')}
        </button>
      </div>
      {selection.text !== null && (
        <p id={`${id}-selection-hint`} className="text-xs text-slate-600">
          {selectionHint}
        </p>
      )}
      {!selection.photo && (
        <p id={`${id}-photo-hint`} className="sr-only">
          {t('comments.photoHint')}
        </p>
      )}
      <div className="flex flex-wrap items-end gap-2">
        <label className="flex min-w-0 flex-1 flex-col gap-1 text-xs font-medium text-slate-700">
          {t('comments.briefPicker')}
          <select className="field" value={briefId ?? ''} onChange={(event) => setPickedBrief(event.target.value)}>
            {briefs.map((brief, index) => (
              <option key={brief.id} value={brief.id}>
                {t('comments.briefGroup', { position: index + 1, heading: brief.heading || t('comments.untitledBrief') })}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="btn-secondary"
          disabled={briefId === undefined}
          onClick={() => briefId !== undefined && onStart({ kind: 'brief', briefId })}
        >
          {t('comments.onBrief')}
        </button>
      </div>
    </div>
  );
}
