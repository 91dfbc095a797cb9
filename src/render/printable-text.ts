// Tab, line and paragraph breaks inside one paragraph or field: each export decides where its lines break.
const lineBreaks = /[\t\n\v\f\r\u0085\u2028\u2029]/g;

/**
 * Other C0 and C1 controls, DEL, the noncharacters U+FFFE/U+FFFF and unpaired surrogates: XML 1.0 cannot carry most
 * of them, a wire terminal may act on them, and a reporter never means to type them (they arrive with pastes).
 */
const unprintable =
  // eslint-disable-next-line no-control-regex -- control characters are what this finds
  /[\u0000-\u001f\u007f-\u009f\ufffe\uffff]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text of one paragraph or field as the exports write it: breaks become spaces, unprintable characters go. */
export function printableText(text: string): string {
  return text.replace(lineBreaks, ' ').replace(unprintable, '');
}
