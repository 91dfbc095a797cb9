import type { JSONContent } from '@tiptap/core';

function textOf(node: JSONContent): JSONContent[] {
  return node.content ?? [];
}

/**
 * The same text as a roundup body, in nodes StarterKit knows: a brief heading becomes an `h2`, paragraphs stay
 * paragraphs, and a figure (StarterKit has none) becomes two paragraphs, caption and credit, so the anchor holds the
 * same volume of text and the same number of text blocks.
 */
export function toStarterKitContent(body: JSONContent): JSONContent {
  const blocks = (body.content ?? []).flatMap((brief) =>
    (brief.content ?? []).flatMap((block): JSONContent[] => {
      switch (block.type) {
        case 'briefHeading':
          return [{ type: 'heading', attrs: { level: 2 }, content: textOf(block) }];
        case 'paragraph':
          return [{ type: 'paragraph', content: textOf(block) }];
        case 'figure':
          return (block.content ?? []).map((part) => ({ type: 'paragraph', content: textOf(part) }));
        default:
          throw new Error(`no StarterKit counterpart for a ${String(block.type)}`);
      }
    }),
  );
  return { type: 'doc', content: blocks };
}
