import { describe, expect, it } from 'vitest';
import { conformFragment } from './conform-fragment';
import { proseMirrorSchema } from './prosemirror-schema';
import { validateRoundupBody } from './validate-roundup-body';

const { nodes, marks } = proseMirrorSchema;

function briefWith(id: string | null, text: string, linkHref: unknown, figureAttributes: Record<string, unknown>) {
  return nodes.brief!.create({ id }, [
    nodes.briefHeading!.create(null, proseMirrorSchema.text('제목')),
    nodes.paragraph!.create(null, proseMirrorSchema.text(text, [marks.link!.create({ href: linkHref }), marks.bold!.create()])),
    nodes.figure!.create(figureAttributes, [nodes.figureCaption!.create(), nodes.figureCredit!.create()]),
  ]);
}

describe('conformFragment', () => {
  it('leaves content that follows the rules as it is (the same object)', () => {
    const fragment = proseMirrorSchema.node('doc', null, [briefWith('b-1', '글', 'https://x.test/', { photoId: 'p-1', alt: '', width: 10, height: 10 })]).content;
    expect(conformFragment(fragment)).toBe(fragment);
  });

  it('normalises a link, drops one it cannot keep, resets refused attribute values and leaves out unstorable characters', () => {
    const doc = proseMirrorSchema.node('doc', null, [
      briefWith('b-1', '앞\u0000뒤', ' HTTPS://X.test', { photoId: '../x', alt: 'a'.repeat(501), width: -1, height: 10 }),
      briefWith('b 2', '글', 'javascript:alert(1)', { photoId: 'p-2', alt: '', width: null, height: null }),
    ]);
    const conformed = proseMirrorSchema.node('doc', null, conformFragment(doc.content)).toJSON();
    expect(conformed.content[0].content[1].content).toEqual([
      { type: 'text', text: '앞뒤', marks: [{ type: 'link', attrs: { href: 'https://x.test/' } }, { type: 'bold' }] },
    ]);
    expect(conformed.content[0].content[2].attrs).toEqual({ photoId: null, alt: '', width: null, height: 10 });
    expect(conformed.content[1].attrs).toEqual({ id: null });
    expect(conformed.content[1].content[1].content).toEqual([{ type: 'text', text: '글', marks: [{ type: 'bold' }] }]);
    // The brief without an id gets one from the editor's brief-identity plugin; with one, the document is valid.
    conformed.content[1].attrs.id = 'b-2';
    expect(validateRoundupBody(conformed).ok).toBe(true);
  });
});
