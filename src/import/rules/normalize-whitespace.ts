import type { DraftLine, ImportRule } from '../import-draft';

// NBSP, the typographic spaces, narrow NBSP, the ideographic (full-width) space and tabs all read as one space.
const unusualSpaces = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
// Zero-width characters and the BOM arrive with copied web text and are invisible in the editor.
const invisibleCharacters = /[\u200b-\u200d\u2060\ufeff]/g;
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const controlCharacters = /[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
// eslint-disable-next-line no-control-regex -- finding NUL is the point
const unstorableCharacter = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const unstorableCharacters = new RegExp(unstorableCharacter.source, 'g');

/**
 * Splits the text into lines and normalises them: CRLF and CR, NFC (macOS pastes decomposed Hangul), unusual spaces
 * to one space, runs of spaces collapsed, leading and trailing spaces trimmed (newsis.com indents every paragraph
 * with a space). Characters the schema cannot store are removed, with a warning. Blank lines are not kept.
 */
export const normalizeWhitespace: ImportRule = {
  name: 'normalize-whitespace',
  apply(draft, warn) {
    const lines: DraftLine[] = [];
    const rawLines = draft.source.normalize('NFC').split(/\r\n?|\n|\u2028|\u2029/);
    rawLines.forEach((raw, index) => {
      let text = raw;
      if (unstorableCharacter.test(text)) {
        text = text.replace(unstorableCharacters, '');
        warn('unstorable_text_removed', 'Removed a NUL character or a broken surrogate pair (a damaged paste?).', index + 1);
      }
      text = text
        .replace(invisibleCharacters, '')
        .replace(controlCharacters, '')
        .replace(unusualSpaces, ' ')
        .replace(/ {2,}/g, ' ')
        .trim();
      if (text !== '') lines.push({ number: index + 1, text, role: 'content' });
    });
    draft.lines = lines;
  },
};
