import type { Editor, JSONContent } from '@tiptap/core';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { apiRoutes } from '@/contract/routes';
import type { Roundup } from '@/schema/roundup';
import type { RoundupMetadata } from '@/schema/roundup-metadata';
import { articleStylesheet } from '@/render/article-stylesheet';
import { layoutRoundup } from '@/render/layout-roundup';
import { RoundupArticle } from '@/render/roundup-article';
import { useToast } from '@/components/ui/use-toast';
import { exportStandaloneHtml } from '../lib/export-standalone-html';
import '@/lib/locales/lazy/preview';

type Viewport = 'desktop' | 'mobile' | 'print';
/**
 * The frame's empty page. Its own policy forbids script even where the host sends no Content-Security-Policy (a
 * static host of the mock); where it does, the frame inherits the app's policy as well.
 */
const frameDocument =
  "<!doctype html><html><head><meta charset='utf-8'><meta http-equiv='Content-Security-Policy' content=\"script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'\"></head><body></body></html>";
const viewports: readonly Viewport[] = ['desktop', 'mobile', 'print'];
const frameWidths: Record<Viewport, string> = { desktop: '100%', mobile: '375px', print: '210mm' };

interface PreviewPaneProps {
  editor: Editor;
  meta: RoundupMetadata;
  roundup: Roundup;
}

/** The body as it is in the editor now, refreshed a moment after typing pauses (never on the keystroke path). */
function useLiveBody(editor: Editor, delayMs = 300): JSONContent {
  const [body, setBody] = useState(() => editor.getJSON());
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    function schedule() {
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(() => setBody(editor.getJSON()), delayMs);
    }
    editor.on('update', schedule);
    return () => {
      editor.off('update', schedule);
      if (timer !== null) clearTimeout(timer);
    };
  }, [delayMs, editor]);
  return body;
}

/**
 * The published layout of the unsaved editor state, rendered by the same components as the HTML export, inside an
 * iframe so the app's styles cannot leak in and the print button prints the article alone.
 */
export default function PreviewPane({ editor, meta, roundup }: PreviewPaneProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const groupId = useId();
  const body = useLiveBody(editor);
  const [viewport, setViewport] = useState<Viewport>('desktop');
  const [frameBody, setFrameBody] = useState<HTMLElement | null>(null);
  const [exporting, setExporting] = useState(false);
  const frame = useRef<HTMLIFrameElement>(null);
  // 수정 is a correction to a published story; a draft's saves are not corrections.
  const publishedUpdate = roundup.status === 'published' ? roundup.updatedAt : null;

  const layout = useMemo(
    () => layoutRoundup({ meta, body, updatedAt: publishedUpdate }, { photoUrl: (id) => apiRoutes.photo(id), idPrefix: 'preview-' }),
    [body, meta, publishedUpdate],
  );

  useEffect(() => {
    const element = frame.current;
    if (element === null) return;
    function attach() {
      const document = element?.contentDocument;
      if (!document) return;
      document.documentElement.lang = 'ko';
      document.title = t('preview.label');
      // Exactly the article stylesheet, which the Content-Security-Policy allows by its hash; the page's own rules go
      // through the CSSOM, which the policy does not restrict.
      const style = document.createElement('style');
      style.textContent = articleStylesheet;
      document.head.append(style);
      document.body.style.margin = '0';
      document.body.style.background = '#fff';
      setFrameBody(document.body);
    }
    if (element.contentDocument?.readyState === 'complete') attach();
    element.addEventListener('load', attach);
    return () => element.removeEventListener('load', attach);
  }, [t]);

  async function exportHtml() {
    setExporting(true);
    try {
      await exportStandaloneHtml({ meta, body: editor.getJSON(), updatedAt: publishedUpdate });
      toast.show({ tone: 'success', message: t('preview.exported') });
    } catch {
      toast.show({ tone: 'error', message: t('preview.exportFailed') });
    } finally {
      setExporting(false);
    }
  }

  return (
    <div className="flex h-full flex-col">
      <div className="flex flex-wrap items-center gap-2 border-b border-slate-200 bg-white px-3 py-2">
        <div role="radiogroup" aria-labelledby={groupId} className="flex gap-1">
          <span id={groupId} className="sr-only">
            {t('preview.viewport')}
          </span>
          {viewports.map((option) => (
            <button
              key={option}
              type="button"
              role="radio"
              aria-checked={viewport === option}
              className={`language-button${viewport === option ? ' is-active' : ''}`}
              onClick={() => setViewport(option)}
            >
              {t(`preview.${option}`)}
            </button>
          ))}
        </div>
        <div className="ml-auto flex gap-2">
          <button type="button" className="btn-secondary" onClick={() => frame.current?.contentWindow?.print()}>
            {t('preview.printNow')}
          </button>
          <button type="button" className="btn-secondary" disabled={exporting} onClick={() => void exportHtml()}>
            {t('preview.exportHtml')}
          </button>
        </div>
      </div>
      <p className="px-3 pt-2 text-xs text-slate-600">{t('preview.unsaved')}</p>
      <div className="flex flex-1 justify-center overflow-auto p-3">
        <iframe
          ref={frame}
          title={t('preview.label')}
          data-viewport={viewport}
          className="h-full min-h-[70vh] rounded border border-slate-300 bg-white shadow-sm"
          style={{ width: frameWidths[viewport], maxWidth: '100%' }}
          srcDoc={frameDocument}
          // The article is drawn into the frame from here (same origin, so no allow-scripts: together the two would
          // let the frame lift its own sandbox); nothing inside it runs script, submits, navigates the app or opens
          // windows. allow-modals only lets the print button open the print dialog.
          sandbox="allow-same-origin allow-modals"
        />
        {frameBody && createPortal(<RoundupArticle layout={layout} viewport={viewport} />, frameBody)}
      </div>
    </div>
  );
}
