/**
 * A LIKE pattern matching any text that contains `needle` literally: `%`, `_` and `\` in it match themselves. The
 * escape character is a backslash, so every query using the pattern must say `ESCAPE '\'`.
 */
export function containsLikePattern(needle: string): string {
  return `%${needle.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}
