import type { JSONContent } from '@tiptap/core';

function text(value: string, marks?: JSONContent['marks']): JSONContent {
  return marks === undefined ? { type: 'text', text: value } : { type: 'text', text: value, marks };
}

function brief(id: string | null, heading: string, paragraphs: readonly JSONContent[]): JSONContent {
  return { type: 'brief', attrs: { id }, content: [{ type: 'briefHeading', content: [text(heading)] }, ...paragraphs] };
}

/** One brief: a heading, a paragraph of `body`, then `extra` (figures, more paragraphs). */
export function sampleBrief(id: string | null, heading: string, body: string, extra: readonly JSONContent[] = []): JSONContent {
  return brief(id, heading, [paragraph(text(body)), ...extra]);
}

function paragraph(...content: JSONContent[]): JSONContent {
  return { type: 'paragraph', content };
}

/** Roundup bodies for service, handler and contract tests: valid ones and each kind of invalid one. */
export const sampleBodies = {
  /** A valid body with `count` briefs; `label` goes into every paragraph so two bodies can differ. */
  valid(label = '본문', count = 1): JSONContent {
    return {
      type: 'doc',
      content: Array.from({ length: count }, (_, index) =>
        brief(`b-sample-${index + 1}`, `소제목 ${index + 1}`, [paragraph(text(`${label} ${index + 1}`))]),
      ),
    };
  },

  /** Valid, but written the long way: the canonical form drops the empty `content`. */
  nonCanonical(): JSONContent {
    return {
      type: 'doc',
      content: [
        brief('b-sample-1', '소제목', [
          paragraph(text('링크', [{ type: 'link', attrs: { href: 'https://example.com/a' } }])),
          { type: 'paragraph', content: [] },
        ]),
      ],
    };
  },

  /** Roughly `bytes` long when serialised: one brief with many long paragraphs. */
  ofSize(bytes: number): JSONContent {
    const line = '가'.repeat(1000);
    const paragraphs = Array.from({ length: Math.ceil(bytes / 3000) }, () => paragraph(text(line)));
    return { type: 'doc', content: [brief('b-big', '큰 원고', paragraphs)] };
  },

  /** A node type the schema does not know, at `content[0].content[1]`. */
  unknownNode(): JSONContent {
    return { type: 'doc', content: [brief('b-sample-1', '소제목', [{ type: 'table', content: [] }])] };
  },

  /** A paragraph directly under the document, at `content[1]`, where only briefs may go. */
  wrongNesting(): JSONContent {
    const body = sampleBodies.valid();
    return { ...body, content: [...(body.content ?? []), paragraph(text('떠돌이 문단'))] };
  },

  /** A `javascript:` link at `content[0].content[1].content[0].marks[0].attrs.href`. */
  javascriptLink(): JSONContent {
    return {
      type: 'doc',
      content: [brief('b-sample-1', '소제목', [paragraph(text('클릭', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }]))])],
    };
  },
};
