import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BlockDiff, BriefDiff, DiffChange } from '../../lib/brief-diff';
import { hasWordChanges } from '../../lib/word-diff';
import { FigureDiffView } from './figure-diff-view';
import { WordDiffText } from './word-diff-text';
import '@/lib/locales/lazy/history';

function ChangeChip({ change }: { change: DiffChange }) {
  const { t } = useTranslation();
  const label =
    change === 'added'
      ? t('history.briefAdded')
      : change === 'removed'
        ? t('history.briefRemoved')
        : change === 'edited'
          ? t('history.briefEdited')
          : t('history.unchanged');
  return <span className={`revision-chip is-${change}`}>{label}</span>;
}

function Block({ block }: { block: BlockDiff }) {
  const { t } = useTranslation();
  if (block.kind === 'figure') return <FigureDiffView block={block} />;
  if (block.kind === 'heading') return null;
  return (
    <div className={`revision-paragraph is-${block.change}`}>
      {block.words.length === 0 ? (
        <p className="text-slate-600">
          {block.change === 'added' ? <ins>{t('history.emptyParagraph')}</ins> : block.change === 'removed' ? <del>{t('history.emptyParagraph')}</del> : t('history.emptyParagraph')}
        </p>
      ) : (
        <p>
          <WordDiffText parts={block.words} />
        </p>
      )}
      {block.change === 'edited' && !hasWordChanges(block.words) && (
        <p className="revision-note">{t('history.formattingChanged')}</p>
      )}
    </div>
  );
}

interface BriefDiffViewProps {
  brief: BriefDiff;
  /** "Restore this brief", when the brief may be restored from this revision. */
  restore?: ReactNode;
}

/** One brief's changes: its sub-heading, then every block; an unchanged brief stays folded until opened. */
export function BriefDiffView({ brief, restore }: BriefDiffViewProps) {
  const { t } = useTranslation();
  const heading = brief.blocks.find((block) => block.kind === 'heading');
  const title = (
    <>
      <span aria-hidden="true">◇ </span>
      {heading !== undefined && heading.kind !== 'figure' && heading.words.length > 0 ? (
        <WordDiffText parts={heading.words} />
      ) : (
        brief.heading || t('history.untitledBrief')
      )}{' '}
      <ChangeChip change={brief.change} />
    </>
  );
  const content = (
    <>
      {brief.blocks.map((block, index) => (
        <Block key={index} block={block} />
      ))}
      {restore}
    </>
  );
  if (brief.change === 'same') {
    return (
      <details className="revision-brief is-same">
        <summary className="revision-brief-title">{title}</summary>
        {content}
      </details>
    );
  }
  return (
    <section className={`revision-brief is-${brief.change}`} aria-label={brief.heading || t('history.untitledBrief')}>
      <h4 className="revision-brief-title">{title}</h4>
      {content}
    </section>
  );
}
