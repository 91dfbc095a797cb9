import { useEffect, useId, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDescribeApiError } from '@/lib/use-describe-api-error';
import { exportFormatFiles, exportFormats, type ExportFormat } from '@/render/export-format';
import { saveBlob } from '@/lib/save-blob';
import { useToast } from '@/components/ui/use-toast';
import { useExportRoundup } from '../api/export-roundup';
import type { SaveState } from '../hooks/save-state';

interface ExportMenuProps {
  roundupId: string;
  /** Saves what is still unsaved; the export is built from the saved roundup, so it waits for this. */
  flush: () => Promise<SaveState>;
}

/**
 * The editor's "Export" menu button (WAI-ARIA menu button): the saved roundup as wire text, HTML, NewsML-G2 or
 * ninjs, built by the server and downloaded under the server's file name.
 */
export function ExportMenu({ roundupId, flush }: ExportMenuProps) {
  const { t } = useTranslation();
  const describeError = useDescribeApiError();
  const toast = useToast();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [busy, setBusy] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const container = useRef<HTMLDivElement>(null);
  const items = useRef<(HTMLButtonElement | null)[]>([]);
  const exportFile = useExportRoundup();

  useEffect(() => {
    if (open) items.current[active]?.focus();
  }, [open, active]);

  useEffect(() => {
    if (!open) return;
    function closeOutside(event: MouseEvent) {
      if (event.target instanceof Node && container.current?.contains(event.target) !== true) setOpen(false);
    }
    document.addEventListener('mousedown', closeOutside);
    return () => document.removeEventListener('mousedown', closeOutside);
  }, [open]);

  function openAt(index: number) {
    setActive(index);
    setOpen(true);
  }

  function closeMenu() {
    setOpen(false);
    button.current?.focus();
  }

  function buttonKey(event: KeyboardEvent<HTMLButtonElement>) {
    // Enter and Space click the button (which opens at the first item); the arrows open at either end.
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      openAt(0);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      openAt(exportFormats.length - 1);
    }
  }

  function menuKey(event: KeyboardEvent<HTMLDivElement>) {
    const last = exportFormats.length - 1;
    const moves: Record<string, () => number> = {
      ArrowDown: () => (active === last ? 0 : active + 1),
      ArrowUp: () => (active === 0 ? last : active - 1),
      Home: () => 0,
      End: () => last,
    };
    const move = moves[event.key];
    if (move !== undefined) {
      event.preventDefault();
      setActive(move());
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      closeMenu();
    }
  }

  function focusLeft(event: FocusEvent<HTMLDivElement>) {
    // Tab (or a click elsewhere) takes the focus out of the menu: it closes without pulling the focus back.
    if (!(event.relatedTarget instanceof Node) || container.current?.contains(event.relatedTarget) !== true) setOpen(false);
  }

  async function choose(format: ExportFormat) {
    closeMenu();
    if (busy) return;
    setBusy(true);
    try {
      const settled = await flush();
      if (settled.kind !== 'saved') {
        toast.show({ tone: 'error', message: settled.kind === 'conflict' ? t('export.conflictFirst') : t('export.unsavedFirst') });
        return;
      }
      const file = await exportFile.mutateAsync({ id: roundupId, format });
      saveBlob(file.blob, file.fileName);
      toast.show({ tone: 'success', message: t('export.done', { fileName: file.fileName }) });
    } catch (error) {
      toast.show({ tone: 'error', message: t('export.failed', { message: describeError(error) }) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div ref={container} className="export-menu" onBlur={focusLeft}>
      <button
        ref={button}
        id={`${id}-button`}
        type="button"
        className="btn-secondary"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? `${id}-menu` : undefined}
        aria-busy={busy}
        onClick={() => (open ? closeMenu() : openAt(0))}
        onKeyDown={buttonKey}
      >
        {busy ? t('export.busy') : t('export.menu')}
        <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div id={`${id}-menu`} role="menu" aria-labelledby={`${id}-button`} className="export-menu-list" onKeyDown={menuKey}>
          {exportFormats.map((format, index) => (
            <button
              key={format}
              ref={(element) => {
                items.current[index] = element;
              }}
              type="button"
              role="menuitem"
              tabIndex={index === active ? 0 : -1}
              className="export-menu-item"
              onClick={() => void choose(format)}
              onMouseEnter={() => setActive(index)}
            >
              <span className="export-menu-label">{t(`export.formats.${format}`)}</span>
              <span className="export-menu-hint">{t('export.extension', { extension: exportFormatFiles[format].extension })}</span>
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
