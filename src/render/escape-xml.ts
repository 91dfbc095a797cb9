import { printableText } from './printable-text';

const replacements: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
};

/**
 * Text for XML character data or a double-quoted attribute value. Whatever the input, the result is well-formed
 * XML 1.0: markup characters are escaped and characters XML cannot carry are dropped (see `printableText`).
 */
export function escapeXml(text: string): string {
  return printableText(text).replace(/[&<>"]/g, (character) => replacements[character] ?? character);
}
