import type { JSONContent } from '@tiptap/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { gwangjuRoundupBody } from './demo/gwangju-roundup';
import { validateRoundupBody } from './validate-roundup-body';

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
    expect(issue?.message).toMatch(/http, https or mailto/);
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
    expect(messages.some((message) => /Unrecognized key/i.test(message))).toBe(true);
    expect(messages).toContain('text node must have non-empty text');
    expect(messages).toContain('brief id "b-1" is used twice');
  });
});

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
