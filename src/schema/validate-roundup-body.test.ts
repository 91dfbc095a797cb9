import type { JSONContent } from '@tiptap/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { gwangjuRoundupBody } from './demo/gwangju-roundup';
import { validateBriefs, validateRoundupBody } from './validate-roundup-body';

function brief(content: JSONContent[], id = 'b-1'): JSONContent {
  return { type: 'brief', attrs: { id }, content };
}
const heading: JSONContent = { type: 'briefHeading', content: [{ type: 'text', text: '소제목' }] };
const paragraph = (text: string, marks?: JSONContent['marks']): JSONContent => ({
  type: 'paragraph',
  content: [{ type: 'text', text, ...(marks ? { marks } : {}) }],
});
const doc = (...briefs: JSONContent[]): JSONContent => ({ type: 'doc', content: briefs });

function issuesOf(json: unknown) {
  const result = validateRoundupBody(json);
  if (result.ok) throw new Error('expected the body to be rejected');
  return result.issues;
}

// The API loads zod's English messages when it starts (`createApiApp`); these issues reach clients through it.
beforeAll(() => {
  z.config(z.locales.en());
});

describe('validateRoundupBody', () => {
  it('accepts the model roundup', () => {
    const result = validateRoundupBody(gwangjuRoundupBody);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.doc.childCount).toBe(3);
  });

  it('rejects a body that is not a doc', () => {
    expect(issuesOf({ type: 'paragraph' })[0]?.message).toMatch(/"doc"/);
    expect(issuesOf(null)[0]?.message).toMatch(/"doc"/);
    expect(issuesOf('<p>hi</p>')[0]?.message).toMatch(/"doc"/);
  });

  it('rejects an empty roundup: a roundup has at least one brief', () => {
    const [issue] = issuesOf({ type: 'doc', content: [] });
    expect(issue?.message).toMatch(/incomplete/);
  });

  it('rejects a paragraph at the top level, naming where', () => {
    const [issue] = issuesOf(doc(paragraph('떠돌이 문단')));
    expect(issue).toMatchObject({ path: 'content[0]', location: 'paragraph 1' });
    expect(issue?.message).toMatch(/cannot go here inside a doc/);
  });

  it('rejects a brief without its heading first', () => {
    const [issue] = issuesOf(doc(brief([paragraph('본문'), heading])));
    expect(issue).toMatchObject({ path: 'content[0].content[0]', location: 'brief 1 › paragraph 1' });
  });

  it('rejects a brief with a heading only', () => {
    const [issue] = issuesOf(doc(brief([heading])));
    expect(issue?.location).toBe('brief 1');
    expect(issue?.message).toMatch(/incomplete/);
  });

  it('rejects a brief nested in a brief', () => {
    const [issue] = issuesOf(doc(brief([heading, brief([heading, paragraph('x')], 'b-2')])));
    expect(issue?.path).toBe('content[0].content[1]');
  });

  it('rejects unknown nodes and marks', () => {
    const issues = issuesOf(
      doc(
        brief([
          heading,
          { type: 'iframe', attrs: { src: 'https://evil.example' } },
          paragraph('x', [{ type: 'underline' }]),
        ]),
      ),
    );
    expect(issues.map((issue) => issue.message)).toEqual(
      expect.arrayContaining(['unknown node "iframe"', 'unknown mark "underline"']),
    );
    expect(issues.find((issue) => issue.message === 'unknown node "iframe"')?.path).toBe('content[0].content[1]');
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '/relative/path',
    'mailto:',
  ])('rejects the link %j', (href) => {
    const [issue] = issuesOf(doc(brief([heading, paragraph('링크', [{ type: 'link', attrs: { href } }])])));
    expect(issue?.path).toBe('content[0].content[1].content[0].marks[0].attrs.href');
    expect(issue?.location).toBe('brief 1 › paragraph 1');
    expect(issue?.message).toMatch(/http, https or mailto|normalised form/);
  });

  it.each(['https://www.newsis.com/', 'http://example.com/a?b=1', 'mailto:photo@newsis.com'])('accepts the link %j', (href) => {
    expect(validateRoundupBody(doc(brief([heading, paragraph('링크', [{ type: 'link', attrs: { href } }])]))).ok).toBe(true);
  });

  it('rejects marks where the node allows none (heading, credit)', () => {
    const boldHeading: JSONContent = { type: 'briefHeading', content: [{ type: 'text', text: 'x', marks: [{ type: 'bold' }] }] };
    expect(issuesOf(doc(brief([boldHeading, paragraph('y')])))[0]?.message).toMatch(/bold is not allowed in a heading/);
  });

  it('rejects bad figure attributes and a figure without caption/credit', () => {
    const issues = issuesOf(
      doc(
        brief([
          heading,
          {
            type: 'figure',
            attrs: { photoId: '../../etc/passwd', alt: '', width: -1, height: null },
            content: [{ type: 'figureCaption' }, { type: 'figureCredit' }],
          },
          { type: 'figure', attrs: { photoId: 'p1', alt: '', width: null, height: null }, content: [{ type: 'figureCaption' }] },
        ]),
      ),
    );
    expect(issues.map((issue) => issue.path)).toEqual(
      expect.arrayContaining(['content[0].content[1].attrs.photoId', 'content[0].content[1].attrs.width', 'content[0].content[2].content']),
    );
    expect(issues.find((issue) => issue.path.endsWith('photoId'))?.location).toBe('brief 1 › photo 1');
  });

  it('rejects unknown attributes, duplicate brief ids and empty text nodes', () => {
    const issues = issuesOf(
      doc(
        brief([heading, { type: 'paragraph', attrs: { style: 'color:red' }, content: [{ type: 'text', text: '' }] }]),
        brief([heading, paragraph('x')]),
      ),
    );
    const messages = issues.map((issue) => issue.message);
    expect(issues).toContainEqual({
      path: 'content[0].content[1].attrs.style',
      location: 'brief 1 › paragraph 1',
      message: 'unknown attribute "style": a paragraph carries no attributes',
    });
    expect(messages).toContain('text node must have non-empty text');
    expect(messages).toContain('brief id "b-1" is used twice');
  });
});

const figureAttributes = { photoId: 'p1', alt: '설명', width: 960, height: 640 };
/** A body holding one of each node; `change` edits the one under test. */
function bodyWith(change: { node?: string; attrs?: unknown; marks?: JSONContent['marks'] }): unknown {
  const attrsFor = (name: string, own: Record<string, unknown> | undefined): { attrs?: unknown } => (change.node === name ? { attrs: change.attrs } : own === undefined ? {} : { attrs: own });
  const text = { type: 'text', text: '본문', ...attrsFor('text', undefined), ...(change.marks === undefined ? {} : { marks: change.marks }) };
  return {
    type: 'doc',
    ...attrsFor('doc', undefined),
    content: [
      {
        type: 'brief',
        ...attrsFor('brief', { id: 'b-1' }),
        content: [
          { type: 'briefHeading', ...attrsFor('briefHeading', undefined), content: [{ type: 'text', text: '소제목' }] },
          { type: 'paragraph', ...attrsFor('paragraph', undefined), content: [text] },
          {
            type: 'figure',
            ...attrsFor('figure', figureAttributes),
            content: [
              { type: 'figureCaption', ...attrsFor('figureCaption', undefined) },
              { type: 'figureCredit', ...attrsFor('figureCredit', undefined) },
            ],
          },
        ],
      },
    ],
  };
}
const pathOf: Record<string, string> = {
  doc: 'attrs',
  brief: 'content[0].attrs',
  briefHeading: 'content[0].content[0].attrs',
  paragraph: 'content[0].content[1].attrs',
  text: 'content[0].content[1].content[0].attrs',
  figure: 'content[0].content[2].attrs',
  figureCaption: 'content[0].content[2].content[0].attrs',
  figureCredit: 'content[0].content[2].content[1].attrs',
};

describe('the attributes each node and mark may carry', () => {
  it('accepts every node with exactly its attributes', () => {
    expect(validateRoundupBody(bodyWith({})).ok).toBe(true);
  });

  it.each([
    ['doc', { version: 2 }, 'version'],
    ['brief', { id: 'b-1', class: 'overlay' }, 'class'],
    ['briefHeading', { level: 2 }, 'level'],
    ['paragraph', { style: 'position:fixed' }, 'style'],
    ['text', { onclick: 'alert(1)' }, 'onclick'],
    ['figure', { ...figureAttributes, src: 'https://evil.example/x.png' }, 'src'],
    ['figure', { ...figureAttributes, crop: { x: 0 } }, 'crop'],
    ['figureCaption', { class: 'x' }, 'class'],
    ['figureCredit', { title: 'x' }, 'title'],
  ])('refuses an extra attribute on a %s', (node, attrs, extra) => {
    const issues = issuesOf(bodyWith({ node, attrs }));
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toBe(`${pathOf[node]}.${extra}`);
    expect(issues[0]?.message).toMatch(new RegExp(`^unknown attribute "${extra}": a \\S+ carries`));
  });

  it.each([
    ['brief', { id: 'b 1' }, 'id', /brief id is malformed/],
    ['brief', {}, 'id', /string/],
    ['figure', { ...figureAttributes, photoId: '../../etc/passwd' }, 'photoId', /photoId/],
    ['figure', { ...figureAttributes, alt: 'x'.repeat(501) }, 'alt', /500 characters/],
    ['figure', { ...figureAttributes, alt: 'a\u0000b' }, 'alt', /NUL/],
    ['figure', { ...figureAttributes, width: 0 }, 'width', /.+/],
    ['figure', { ...figureAttributes, height: '640' }, 'height', /.+/],
  ])('refuses a bad value on a %s (%j)', (node, attrs, attribute, message) => {
    const issues = issuesOf(bodyWith({ node, attrs }));
    expect(issues.map((issue) => issue.path)).toEqual([`${pathOf[node]}.${attribute}`]);
    expect(issues[0]?.message).toMatch(message);
  });

  it('refuses attributes that are not an object, and fields a node or mark does not have', () => {
    const markPath = 'content[0].content[1].content[0].marks[0]';
    expect(issuesOf(bodyWith({ node: 'brief', attrs: ['b-1'] }))[0]?.path).toBe('content[0].attrs');
    const extraField = bodyWith({ marks: [{ type: 'bold', onclick: 'x' }] });
    expect(issuesOf(extraField)).toEqual([{ path: `${markPath}.onclick`, location: 'brief 1 › paragraph 1', message: 'unknown field "onclick"' }]);
    const paragraphWithHandler = doc(brief([heading, { ...paragraph('x'), onmouseover: 'alert(1)' }]));
    expect(issuesOf(paragraphWithHandler)[0]).toMatchObject({ path: 'content[0].content[1].onmouseover', message: 'unknown field "onmouseover"' });
  });

  it.each([
    ['bold', { class: 'x' }, 'class'],
    ['italic', { style: 'color:red' }, 'style'],
    ['link', { href: 'https://x.test/', class: 'overlay' }, 'class'],
    ['link', { href: 'https://x.test/', target: '_blank' }, 'target'],
    ['link', { href: 'https://x.test/', rel: 'opener' }, 'rel'],
    ['link', { href: 'https://x.test/', title: 't' }, 'title'],
    ['link', { href: 'https://x.test/', onclick: 'alert(1)' }, 'onclick'],
    ['link', { href: 'https://x.test/', target: null }, 'target'],
  ])('refuses an extra attribute on a %s mark (%j)', (type, attrs, extra) => {
    const issues = issuesOf(bodyWith({ marks: [{ type, attrs }] }));
    expect(issues).toEqual([
      {
        path: `content[0].content[1].content[0].marks[0].attrs.${extra}`,
        location: 'brief 1 › paragraph 1',
        message: expect.stringMatching(new RegExp(`^unknown attribute "${extra}": a ${type} carries (no attributes|only "href")$`)),
      },
    ]);
  });

  it.each([
    ['https://x.test', 'https://x.test/'],
    ['HTTPS://X.TEST/', 'https://x.test/'],
    [' https://x.test/', 'https://x.test/'],
    ['https://광산구.kr/', 'https://xn--hc0bugl24c.kr/'],
    ['MAILTO:desk@newsis.com', 'mailto:desk@newsis.com'],
  ])('refuses the link %j, naming its normalised form', (href, normalized) => {
    const [issue] = issuesOf(bodyWith({ marks: [{ type: 'link', attrs: { href } }] }));
    expect(issue?.path).toBe('content[0].content[1].content[0].marks[0].attrs.href');
    expect(issue?.message).toBe(`link must be stored in its normalised form ${JSON.stringify(normalized)}`);
  });

  it.each(['https://x.test/', 'https://xn--hc0bugl24c.kr/%EC%86%8C%EC%8B%9D', 'mailto:desk@newsis.com'])('accepts the normalised link %j', (href) => {
    const result = validateRoundupBody(bodyWith({ marks: [{ type: 'link', attrs: { href } }] }));
    expect(result.ok).toBe(true);
    if (result.ok) expect(JSON.stringify(result.doc.toJSON())).toContain(`"attrs":{"href":${JSON.stringify(href)}}`);
  });

  it.each(['https://x.test/\u0000', 'java\u0000script:alert(1)', 'javascript&colon;alert(1)', 'https://desk@evil.test/', 'https://x.test/\u202e', 'https://x.test/a b'])(
    'refuses the link %j',
    (href) => {
      const [issue] = issuesOf(bodyWith({ marks: [{ type: 'link', attrs: { href } }] }));
      expect(issue?.message).toMatch(/http, https or mailto address/);
    },
  );

  it('checks briefs sent on their own with the same rules', () => {
    const result = validateBriefs([
      { raw: { ...sampleBriefWithLink({ href: 'https://x.test/', target: '_blank' }) }, path: 'briefs[0]', location: 'brief 2' },
    ]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]).toMatchObject({ path: 'briefs[0].content[1].content[0].marks[0].attrs.target', location: 'brief 2 › paragraph 1' });
  });
});

function sampleBriefWithLink(attrs: Record<string, unknown>): JSONContent {
  return brief([heading, paragraph('링크', [{ type: 'link', attrs }])]);
}

describe('text that storage cannot hold', () => {
  it.each([
    ['a NUL character', 'before\u0000after'],
    ['a lone high surrogate', 'broken \uD83D paste'],
    ['a lone low surrogate', 'broken \uDE00 paste'],
  ])('rejects %s in a paragraph', (_name, text) => {
    const [issue] = issuesOf(doc(brief([heading, paragraph(text)])));
    expect(issue?.path).toBe('content[0].content[1].content[0].text');
    expect(issue?.message).toMatch(/NUL character or a broken surrogate pair/);
  });

  it('accepts emoji and other astral characters', () => {
    expect(validateRoundupBody(doc(brief([heading, paragraph('소방관 🚒 𠀀')]))).ok).toBe(true);
  });
});
