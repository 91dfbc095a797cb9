import type { ImportRule } from '../import-draft';

const tag = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]{0,500})?\/?>/g;
const entity = /&(?:nbsp|amp|quot|lt|gt|#39|apos);/g;
const entityText: Readonly<Record<string, string>> = {
  '&nbsp;': ' ',
  '&amp;': '&',
  '&quot;': '"',
  '&lt;': '<',
  '&gt;': '>',
  '&#39;': "'",
  '&apos;': "'",
};

/**
 * Removes the odd tag (`<br>`, `<b>`) and the common entities (`&nbsp;`, `&quot;`) that ride along when text is copied
 * from a page's source. Markup-heavy input never gets here: it is refused as HTML before the pipeline runs.
 */
export const removeStrayMarkup: ImportRule = {
  name: 'remove-stray-markup',
  apply(draft, warn) {
    for (const line of draft.lines) {
      if (!line.text.includes('<') && !line.text.includes('&')) continue;
      const cleaned = line.text
        .replace(tag, ' ')
        .replace(entity, (match) => entityText[match] ?? match)
        .replace(/ {2,}/g, ' ')
        .trim();
      if (cleaned === line.text) continue;
      warn('markup_removed', 'Removed HTML tags or entities from the text; check the line reads as intended.', line.number);
      line.text = cleaned;
      if (cleaned === '') line.role = 'chrome';
    }
  },
};
