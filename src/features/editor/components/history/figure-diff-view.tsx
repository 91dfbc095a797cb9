import { useTranslation } from 'react-i18next';
import { apiRoutes } from '@/contract/routes';
import type { FigureBlockDiff } from '../../lib/brief-diff';
import type { WordDiffPart } from '../../lib/word-diff';
import { WordDiffText } from './word-diff-text';
import '@/lib/locales/lazy/history';

function plain(parts: readonly WordDiffPart[], side: 'before' | 'after'): string {
  const skipped = side === 'before' ? 'inserted' : 'deleted';
  return parts
    .filter((part) => part.kind !== skipped)
    .map((part) => part.text)
    .join('');
}

function Photo({ photoId, alt, label }: { photoId: string | null; alt: string; label?: string }) {
  const { t } = useTranslation();
  return (
    <span className="revision-photo">
      {photoId === null ? (
        <span className="revision-photo-missing">{t('figure.noPhoto')}</span>
      ) : (
        <img src={apiRoutes.photo(photoId)} alt={alt} loading="lazy" />
      )}
      {label !== undefined && <span className="revision-photo-label">{label}</span>}
    </span>
  );
}

/** A photo block: the photo (both when it was swapped), then caption, credit and alt text with their word changes. */
export function FigureDiffView({ block }: { block: FigureBlockDiff }) {
  const { t } = useTranslation();
  const altBefore = plain(block.alt, 'before');
  const altAfter = plain(block.alt, 'after');
  const fields = [
    { label: t('history.caption'), parts: block.caption },
    { label: t('history.credit'), parts: block.credit },
    { label: t('history.alt'), parts: block.alt },
  ];
  return (
    <figure className={`revision-figure is-${block.change}`}>
      <div className="revision-photos">
        {block.change === 'added' && (
          <ins>
            <Photo photoId={block.photoAfter} alt={altAfter} />
          </ins>
        )}
        {block.change === 'removed' && (
          <del>
            <Photo photoId={block.photoBefore} alt={altBefore} />
          </del>
        )}
        {block.photoChanged && (
          <>
            <del>
              <Photo photoId={block.photoBefore} alt={altBefore} label={t('history.photoBefore')} />
            </del>
            <ins>
              <Photo photoId={block.photoAfter} alt={altAfter} label={t('history.photoAfter')} />
            </ins>
          </>
        )}
        {(block.change === 'same' || (block.change === 'edited' && !block.photoChanged)) && (
          <Photo photoId={block.photoAfter} alt={altAfter} />
        )}
      </div>
      <figcaption>
        <dl className="revision-figure-fields">
          {fields.map((field) => (
            <div key={field.label}>
              <dt>{field.label}</dt>
              <dd>
                <WordDiffText parts={field.parts} />
              </dd>
            </div>
          ))}
        </dl>
      </figcaption>
    </figure>
  );
}
