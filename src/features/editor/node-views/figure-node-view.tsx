import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { apiRoutes } from '@/contract/routes';

/**
 * A photo in the editor: the image, its alt text (an attribute, edited in a field) and, as editable document
 * content below, its caption and credit. Missing alt text or credit is flagged where the reporter is looking.
 */
export function FigureNodeView({ node, updateAttributes, deleteNode, selected, editor }: ReactNodeViewProps) {
  const { t } = useTranslation();
  const altId = useId();
  const photoId = typeof node.attrs.photoId === 'string' ? node.attrs.photoId : null;
  const alt = typeof node.attrs.alt === 'string' ? node.attrs.alt : '';
  const width = typeof node.attrs.width === 'number' ? node.attrs.width : undefined;
  const height = typeof node.attrs.height === 'number' ? node.attrs.height : undefined;
  const [altDraft, setAltDraft] = useState(alt);
  const [altSource, setAltSource] = useState(alt);
  if (alt !== altSource) {
    // Undo or a remote change replaced the attribute: show it.
    setAltSource(alt);
    setAltDraft(alt);
  }
  const credit = node.childCount > 1 ? node.child(1).textContent.trim() : '';
  const missingAlt = alt.trim() === '';
  const missingCredit = credit === '';

  function changeAlt(event: ChangeEvent<HTMLInputElement>) {
    setAltDraft(event.target.value);
    setAltSource(event.target.value);
    updateAttributes({ alt: event.target.value });
  }

  return (
    <NodeViewWrapper
      as="figure"
      className={`roundup-figure${selected ? ' is-selected' : ''}${missingAlt || missingCredit ? ' needs-attention' : ''}`}
      data-type="figure"
      data-photo-id={photoId ?? undefined}
    >
      <div className="roundup-figure-media" contentEditable={false}>
        {photoId ? (
          <img src={apiRoutes.photo(photoId)} alt={alt} width={width} height={height} draggable={false} />
        ) : (
          <div className="roundup-figure-missing">{t('figure.noPhoto')}</div>
        )}
        <div className="roundup-figure-meta">
          <label htmlFor={altId} className="roundup-figure-label">
            {t('figure.altLabel')}
          </label>
          <input
            id={altId}
            className="roundup-figure-alt"
            type="text"
            value={altDraft}
            maxLength={500}
            placeholder={t('figure.altPlaceholder')}
            aria-invalid={missingAlt}
            readOnly={!editor.isEditable}
            onChange={changeAlt}
          />
          {(missingAlt || missingCredit) && (
            <ul className="roundup-figure-flags" aria-label={t('figure.flagsLabel')}>
              {missingAlt && <li role="status">{t('figure.missingAlt')}</li>}
              {missingCredit && <li role="status">{t('figure.missingCredit')}</li>}
            </ul>
          )}
          {editor.isEditable && (
            <button type="button" className="roundup-figure-remove" onClick={() => deleteNode()}>
              {t('figure.remove')}
            </button>
          )}
        </div>
      </div>
      <NodeViewContent className="roundup-figure-fields" />
    </NodeViewWrapper>
  );
}
