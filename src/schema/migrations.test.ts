import type { JSONContent } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { gwangjuRoundupBody } from './demo/gwangju-roundup';
import { migrateDocument, migrations } from './migrations';
import { currentSchemaVersion } from './roundup';
import { validateRoundupBody } from './validate-roundup-body';

const linkRun = (text: string, attrs: Record<string, unknown>): JSONContent => ({ type: 'text', text, marks: [{ type: 'link', attrs }, { type: 'bold' }] });

/** A body as schemaVersion 1 stored it: the editor's links with their null extras, and what an API client sent. */
const storedByVersion1: JSONContent = {
  type: 'doc',
  content: [
    {
      type: 'brief',
      attrs: { id: 'b-1' },
      content: [
        { type: 'briefHeading', content: [{ type: 'text', text: '광산구 소식' }] },
        {
          type: 'paragraph',
          content: [
            linkRun('뉴시스', { href: 'https://www.newsis.com/', target: null, rel: 'noopener noreferrer nofollow', class: null, title: null }),
            linkRun(' 덮개', { href: 'HTTPS://Evil.example', target: '_blank', rel: 'opener', class: 'overlay', title: '클릭' }),
            linkRun(' 공백', { href: ' https://www.gwangsan.go.kr ', target: null, rel: null, class: null, title: null }),
          ],
        },
        {
          type: 'figure',
          attrs: { photoId: 'p-1', alt: '대체', width: 960, height: 640 },
          content: [{ type: 'figureCaption' }, { type: 'figureCredit', content: [{ type: 'text', text: '광산구 제공' }] }],
        },
      ],
    },
  ],
};

describe('migrations', () => {
  it('lead from schemaVersion 1 to the current one, one step each', () => {
    expect(migrations.map((migration) => migration.to)).toEqual(Array.from({ length: currentSchemaVersion - 1 }, (_, index) => index + 2));
  });

  it('2: links keep only their href, normalised, and the document loads and validates', () => {
    const migrated = migrateDocument({ schemaVersion: 1, meta: { headline: '광주소식' }, body: storedByVersion1 });
    expect(migrated.schemaVersion).toBe(2);
    expect(migrated.meta).toEqual({ headline: '광주소식' });
    const paragraph = migrated.body.content?.[0]?.content?.[1]?.content;
    expect(paragraph?.map((run) => run.marks)).toEqual([
      [{ type: 'link', attrs: { href: 'https://www.newsis.com/' } }, { type: 'bold' }],
      [{ type: 'link', attrs: { href: 'https://evil.example/' } }, { type: 'bold' }],
      [{ type: 'link', attrs: { href: 'https://www.gwangsan.go.kr/' } }, { type: 'bold' }],
    ]);
    expect(migrated.body.content?.[0]?.content?.[2]?.attrs).toEqual({ photoId: 'p-1', alt: '대체', width: 960, height: 640 });
    expect(validateRoundupBody(storedByVersion1).ok).toBe(false);
    expect(validateRoundupBody(migrated.body).ok).toBe(true);
  });

  it('2: a link whose address is refused now loses the link and keeps its text; unknown attributes go', () => {
    const body: JSONContent = {
      type: 'doc',
      content: [
        {
          type: 'brief',
          attrs: { id: 'b-1', class: 'x' },
          content: [
            { type: 'briefHeading', attrs: { level: 2 }, content: [{ type: 'text', text: '제목' }] },
            {
              type: 'paragraph',
              content: [
                { type: 'text', text: '누르기', marks: [{ type: 'link', attrs: { href: 'https://desk@evil.example/', target: '_blank' } }] },
                { type: 'text', text: ' 끝', marks: [{ type: 'link', attrs: { target: '_blank' } }, { type: 'italic', attrs: { class: 'x' } }] },
              ],
            },
          ],
        },
      ],
    };
    const migrated = migrateDocument({ schemaVersion: 1, meta: {}, body });
    expect(migrated.body).toEqual({
      type: 'doc',
      content: [
        {
          type: 'brief',
          attrs: { id: 'b-1' },
          content: [
            { type: 'briefHeading', content: [{ type: 'text', text: '제목' }] },
            { type: 'paragraph', content: [{ type: 'text', text: '누르기' }, { type: 'text', text: ' 끝', marks: [{ type: 'italic' }] }] },
          ],
        },
      ],
    });
    expect(validateRoundupBody(migrated.body).ok).toBe(true);
  });

  it('2: leaves a current document as it is', () => {
    expect(migrateDocument({ schemaVersion: 1, meta: {}, body: gwangjuRoundupBody }).body).toEqual(gwangjuRoundupBody);
  });
});
