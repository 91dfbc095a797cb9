import type { Editor } from '@tiptap/core';
import type { TFunction } from 'i18next';
import { memo, useCallback, useDeferredValue, useId, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { currentBriefIndex } from '@/schema/nodes/brief';
import { useEditorSelector } from '../hooks/use-editor-selector';
import type { BriefOutlineItem, RoundupOutline } from '../hooks/use-roundup-outline';

type RenderBriefExtra = (briefId: string, index: number) => ReactNode;

interface BriefOutlineProps {
  editor: Editor;
  outline: RoundupOutline;
  limit: number;
  onLimitChange: (limit: number) => void;
  /**
   * Shown under a brief's entry: its review state and the desk's verdict buttons. Pass a stable function
   * (`useCallback`): a new one re-renders every entry.
   */
  renderBriefExtra?: RenderBriefExtra;
}

interface OutlineRowProps {
  brief: BriefOutlineItem;
  index: number;
  current: boolean;
  limit: number;
  formatNumber: (value: number) => string;
  /** The outline's own: a hook per row cost two hundred subscriptions to the language on a long roundup. */
  t: TFunction;
  onJump: (index: number) => void;
  renderExtra: RenderBriefExtra | undefined;
}

/**
 * One brief's entry. Memoised on the brief's outline item, which keeps its identity while the brief is unchanged:
 * after a keystroke only the edited brief's entry renders again, not two hundred of them.
 */
const OutlineRow = memo(function OutlineRow({ brief, index, current, limit, formatNumber, t, onJump, renderExtra }: OutlineRowProps) {
  const over = limit > 0 && brief.count.withSpaces > limit;
  return (
    <li>
      <button
        type="button"
        className={`outline-item${current ? ' is-current' : ''}`}
        aria-current={current ? 'true' : undefined}
        onClick={() => onJump(index)}
      >
        <span className="outline-heading">
          <span aria-hidden="true">◇</span>
          {brief.heading.trim() || <em className="text-slate-500">{t('outline.untitled')}</em>}
        </span>
        <span className={`outline-count${over ? ' is-over' : ''}`} data-over={over || undefined}>
          {t('outline.briefCount', { count: brief.count.withSpaces, formatted: formatNumber(brief.count.withSpaces) })}
          {over && <span className="sr-only">{t('outline.overLimit', { limit: formatNumber(limit) })}</span>}
          {over && <span aria-hidden="true"> ▲</span>}
          {brief.photos > 0 && <span className="ml-1">· {t('outline.photos', { count: brief.photos })}</span>}
        </span>
      </button>
      {renderExtra?.(brief.id, index)}
    </li>
  );
});

const noBriefs: readonly BriefOutlineItem[] = [];

/** The roundup at a glance: every brief heading with its length, the total, and a jump to any brief. */
export function BriefOutline({ editor, outline, limit, onLimitChange, renderBriefExtra }: BriefOutlineProps) {
  const { t, i18n } = useTranslation();
  const limitId = useId();
  const current = useEditorSelector(editor, currentBriefIndex);
  // The entries render just after the editor has painted, and behind typing afterwards: on a long roundup they are
  // a fifth of the work of opening it, and the reporter reaches for the text first.
  const briefs = useDeferredValue(outline.briefs, noBriefs);
  const formatNumber = useMemo(() => {
    const format = new Intl.NumberFormat(i18n.language);
    return (value: number) => format.format(value);
  }, [i18n.language]);

  const jump = useCallback(
    (index: number) => {
      editor.chain().focus().focusBrief(index).run();
      const element = editor.view.dom.children.item(index);
      element?.scrollIntoView({ block: 'start' });
    },
    [editor],
  );

  return (
    <nav aria-label={t('outline.label')} className="flex flex-col gap-3">
      <h2 className="text-sm font-semibold text-slate-700">{t('outline.title')}</h2>
      <ol className="flex flex-col gap-1">
        {briefs.map((brief, index) => (
          <OutlineRow
            key={brief.id}
            brief={brief}
            index={index}
            current={index === current}
            limit={limit}
            formatNumber={formatNumber}
            t={t}
            onJump={jump}
            renderExtra={renderBriefExtra}
          />
        ))}
      </ol>
      <dl className="count-summary" aria-label={t('outline.totalLabel')}>
        <div>
          <dt>{t('outline.withSpaces')}</dt>
          <dd data-testid="total-with-spaces">{formatNumber(outline.total.withSpaces)}</dd>
        </div>
        <div>
          <dt>{t('outline.withoutSpaces')}</dt>
          <dd>{formatNumber(outline.total.withoutSpaces)}</dd>
        </div>
        <div>
          <dt>{t('outline.sheets')}</dt>
          <dd>{t('outline.sheetsValue', { value: formatNumber(outline.total.sheets) })}</dd>
        </div>
      </dl>
      <div className="flex flex-col gap-1">
        <label htmlFor={limitId} className="text-xs font-medium text-slate-700">
          {t('outline.limit')}
        </label>
        <input
          id={limitId}
          type="number"
          min={0}
          step={50}
          className="field w-28"
          value={limit}
          onChange={(event) => onLimitChange(Math.max(0, Number.parseInt(event.target.value, 10) || 0))}
        />
      </div>
    </nav>
  );
}
