import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { currentBriefIndex } from '@/schema/nodes/brief';
import type { RoundupOutline } from '../hooks/use-roundup-outline';

interface BriefOutlineProps {
  editor: Editor;
  outline: RoundupOutline;
  limit: number;
  onLimitChange: (limit: number) => void;
  /** Shown under a brief's entry: its review state and the desk's verdict buttons. */
  renderBriefExtra?: (briefId: string, index: number) => ReactNode;
}

/** The roundup at a glance: every brief heading with its length, the total, and a jump to any brief. */
export function BriefOutline({ editor, outline, limit, onLimitChange, renderBriefExtra }: BriefOutlineProps) {
  const { t, i18n } = useTranslation();
  const limitId = useId();
  const current = useEditorState({ editor, selector: ({ editor: e }) => currentBriefIndex(e.state) });
  const number = new Intl.NumberFormat(i18n.language);

  function jump(index: number) {
    editor.chain().focus().focusBrief(index).run();
    const element = editor.view.dom.children.item(index);
    element?.scrollIntoView({ block: 'start', behavior: 'smooth' });
  }

  return (
    <nav aria-label={t('outline.label')} className="flex flex-col gap-3">
      <h2 className="text-sm font-semibold text-slate-700">{t('outline.title')}</h2>
      <ol className="flex flex-col gap-1">
        {outline.briefs.map((brief, index) => {
          const over = limit > 0 && brief.count.withSpaces > limit;
          return (
            <li key={brief.id}>
              <button
                type="button"
                className={`outline-item${index === current ? ' is-current' : ''}`}
                aria-current={index === current ? 'true' : undefined}
                onClick={() => jump(index)}
              >
                <span className="outline-heading">
                  <span aria-hidden="true">◇</span>
                  {brief.heading.trim() || <em className="text-slate-500">{t('outline.untitled')}</em>}
                </span>
                <span className={`outline-count${over ? ' is-over' : ''}`} data-over={over || undefined}>
                  {t('outline.briefCount', { count: brief.count.withSpaces, formatted: number.format(brief.count.withSpaces) })}
                  {over && <span className="sr-only">{t('outline.overLimit', { limit: number.format(limit) })}</span>}
                  {over && <span aria-hidden="true"> ▲</span>}
                  {brief.photos > 0 && <span className="ml-1">· {t('outline.photos', { count: brief.photos })}</span>}
                </span>
              </button>
              {renderBriefExtra?.(brief.id, index)}
            </li>
          );
        })}
      </ol>
      <dl className="count-summary" aria-label={t('outline.totalLabel')}>
        <div>
          <dt>{t('outline.withSpaces')}</dt>
          <dd data-testid="total-with-spaces">{number.format(outline.total.withSpaces)}</dd>
        </div>
        <div>
          <dt>{t('outline.withoutSpaces')}</dt>
          <dd>{number.format(outline.total.withoutSpaces)}</dd>
        </div>
        <div>
          <dt>{t('outline.sheets')}</dt>
          <dd>{t('outline.sheetsValue', { value: number.format(outline.total.sheets) })}</dd>
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
