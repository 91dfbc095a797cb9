/**
 * NUL and unpaired surrogates cannot be stored in PostgreSQL's JSON columns nor written to XML exports, and no
 * reporter means to type them: they arrive with broken pastes. Text containing them is refused, with this reason.
 */
// eslint-disable-next-line no-control-regex -- finding NUL is the point
const unstorable = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const unstorableTextMessage = 'text contains a NUL character or a broken surrogate pair (a damaged paste?)';

export function isStorableText(text: string): boolean {
  return !unstorable.test(text);
}
