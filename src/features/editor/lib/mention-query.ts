/** An `@name` being typed: where its `@` is and the letters after it. */
export interface MentionQuery {
  start: number;
  query: string;
}

const typedMention = /(?:^|\s)@([^\s@]{0,20})$/u;

/** The mention being typed just before the caret, if any. */
export function mentionQueryAt(text: string, caret: number): MentionQuery | null {
  const match = typedMention.exec(text.slice(0, caret));
  if (match === null) return null;
  const query = match[1] ?? '';
  return { start: caret - query.length - 1, query };
}

/** Replaces the typed `@query` with `@name ` and says where the caret goes. */
export function insertMention(text: string, caret: number, mention: MentionQuery, name: string): { text: string; caret: number } {
  const inserted = `@${name} `;
  const rest = text.slice(caret).replace(/^\s/u, '');
  return { text: text.slice(0, mention.start) + inserted + rest, caret: mention.start + inserted.length };
}

/** The picked people whose `@name` is still in the text: those are the ones mentioned. */
export function mentionedIds(text: string, picked: ReadonlyMap<string, string>): string[] {
  return [...picked].filter(([, name]) => text.includes(`@${name}`)).map(([id]) => id);
}
