import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDescribeApiError } from '@/lib/use-describe-api-error';
import { useNavigate } from '@/lib/router';
import { articleStylesheet } from '@/render/article-stylesheet';
import { isApiError } from '@/lib/api-error';
import { useToast } from '@/components/ui/use-toast';
import { useCreateDraftFromText } from '../hooks/use-create-draft-from-text';
import { useLiveImport } from '../hooks/use-live-import';
import { ImportPreview } from './import-preview';
import '@/lib/locales/lazy/import';

interface ImportDialogProps {
  /** The dialog has closed (cancelled, or Escape); the opener unmounts it and takes the focus back. */
  onClose: () => void;
}

/**
 * Paste the text of a published or wire roundup, see what will be created while typing, and create the draft. The
 * preview is read in the browser; the draft is made from the server's reading of the same text.
 */
export function ImportDialog({ onClose }: ImportDialogProps) {
  const { t } = useTranslation();
  const describeError = useDescribeApiError();
  const id = useId();
  const navigate = useNavigate();
  const toast = useToast();
  const dialog = useRef<HTMLDialogElement>(null);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState('');
  const live = useLiveImport(text);
  const create = useCreateDraftFromText();

  useEffect(() => {
    const element = dialog.current;
    if (element === null) return;
    // No cleanup: unmounting takes the dialog out of the top layer, while close() would fire `close` and, under
    // StrictMode's second run of this effect, shut the dialog that had just opened.
    if (!element.open) element.showModal();
    textarea.current?.focus();
  }, []);

  function failureMessage(error: Error): string {
    if (isApiError(error, 'import_failed')) {
      switch (error.details?.reason) {
        case 'empty':
          return t('import.errors.empty');
        case 'too_large':
          return t('import.errors.too_large');
        case 'html':
          return t('import.errors.html');
        case 'no_briefs':
          return t('import.errors.no_briefs');
        default:
          return t('import.errors.unknown', { message: describeError(error) });
      }
    }
    if (isApiError(error, 'forbidden')) return t('import.errors.forbidden');
    return t('import.errors.failed', { message: describeError(error) });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!live.result.ok || live.stale || create.isPending) return;
    create.mutate(text, {
      onSuccess: (roundup) => {
        toast.show({ tone: 'success', message: t('import.created') });
        void navigate(`/roundups/${roundup.id}`);
      },
    });
  }

  const ready = live.result.ok && !live.stale;
  const briefCount = live.result.ok ? live.result.body.content?.length ?? 0 : 0;

  return (
    <dialog
      ref={dialog}
      className="dialog import-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-help`}
      onClose={onClose}
    >
      <style>{articleStylesheet}</style>
      <form className="import-dialog-form" onSubmit={submit} noValidate>
        <div className="import-dialog-header">
          <div>
            <h2 id={`${id}-title`} className="text-lg font-semibold">
              {t('import.title')}
            </h2>
            <p id={`${id}-help`} className="max-w-3xl text-sm text-slate-700">
              {t('import.help')}
            </p>
          </div>
          <button type="button" className="btn-secondary shrink-0" onClick={() => dialog.current?.close()}>
            {t('import.close')}
          </button>
        </div>
        <div className="import-dialog-columns">
          <div className="import-source">
            <label htmlFor={`${id}-text`} className="text-sm font-medium">
              {t('import.textLabel')}
            </label>
            <textarea
              ref={textarea}
              id={`${id}-text`}
              className="field import-textarea"
              lang="ko"
              spellCheck={false}
              value={text}
              placeholder={t('import.textPlaceholder')}
              aria-describedby={`${id}-status`}
              onChange={(event) => {
                setText(event.target.value);
                if (create.isError) create.reset();
              }}
            />
            <p className="text-xs text-slate-600">{t('import.characters', { count: text.length })}</p>
          </div>
          {/* It scrolls on its own: focusable, so the keyboard can scroll it too. */}
          <section className="import-result" aria-label={t('import.previewLabel')} tabIndex={0}>
            <ImportPreview result={live.result} stale={live.stale} untouched={live.source === ''} />
          </section>
        </div>
        <div className="import-dialog-footer">
          <p id={`${id}-status`} role="status" className="mr-auto text-sm text-slate-700">
            {live.result.ok &&
              t('import.status', {
                briefs: briefCount,
                percent: Math.round(live.result.confidence * 100),
                warnings: live.result.warnings.length,
              })}
          </p>
          {create.isError && (
            <p role="alert" className="import-problem">
              {failureMessage(create.error)} {t('import.nothingSaved')}
            </p>
          )}
          <button type="button" className="btn-secondary" onClick={() => dialog.current?.close()}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="btn-primary" disabled={!ready || create.isPending}>
            {create.isPending ? t('import.creating') : t('import.create')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
