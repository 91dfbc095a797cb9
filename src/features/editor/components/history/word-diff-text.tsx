import type { WordDiffPart } from '../../lib/word-diff';

/** Text with inserted words in `<ins>` and deleted ones in `<del>` (struck through, so colour is not the only cue). */
export function WordDiffText({ parts }: { parts: readonly WordDiffPart[] }) {
  return (
    <>
      {parts.map((part, index) =>
        part.kind === 'inserted' ? (
          <ins key={index}>{part.text}</ins>
        ) : part.kind === 'deleted' ? (
          <del key={index}>{part.text}</del>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </>
  );
}
