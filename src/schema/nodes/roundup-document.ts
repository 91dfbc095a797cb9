import Document from '@tiptap/extension-document';

/** The top level of a roundup body: one or more briefs, nothing else. */
export const RoundupDocument = Document.extend({
  content: 'brief+',
});
