import type { JSONContent } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { diffBriefs, type BlockDiff, type FigureBlockDiff } from './brief-diff';

function paragraph(text: string, marks?: JSONContent['marks']): JSONContent {
  return { type: 'paragraph', content: text === '' ? [] : [{ type: 'text', text, ...(marks ? { marks } : {}) }] };
}

function figure(photoId: string | null, caption: string, credit: string, alt = ''): JSONContent {
  return {
    type: 'figure',
    attrs: { photoId, alt, width: 800, height: 600 },
    content: [
      { type: 'figureCaption', content: caption === '' ? [] : [{ type: 'text', text: caption }] },
      { type: 'figureCredit', content: credit === '' ? [] : [{ type: 'text', text: credit }] },
    ],
  };
}

function brief(id: string, heading: string, ...blocks: JSONContent[]): JSONContent {
  return { type: 'brief', attrs: { id }, content: [{ type: 'briefHeading', content: [{ type: 'text', text: heading }] }, ...blocks] };
}

function doc(...briefs: JSONContent[]): JSONContent {
  return { type: 'doc', content: briefs };
}

/** A block as a short line: its change and its text with [-deleted-] and {+inserted+}. */
function line(block: BlockDiff): string {
  const render = (parts: FigureBlockDiff['caption']) =>
    parts.map((part) => (part.kind === 'same' ? part.text : part.kind === 'deleted' ? `[-${part.text}-]` : `{+${part.text}+}`)).join('');
  if (block.kind !== 'figure') return `${block.kind} ${block.change}: ${render(block.words)}`;
  return `figure ${block.change}: ${render(block.caption)} / ${render(block.credit)}`;
}

describe('diffBriefs', () => {
  it('marks an unchanged brief as same and an edited word in another', () => {
    const older = doc(brief('b-1', '첫째', paragraph('가 나 다')), brief('b-2', '둘째', paragraph('시는 11일 열었다')));
    const newer = doc(brief('b-1', '첫째', paragraph('가 나 다')), brief('b-2', '둘째', paragraph('시는 12일 열었다')));
    const diff = diffBriefs(older, newer);
    expect(diff.map((entry) => [entry.briefId, entry.change])).toEqual([
      ['b-1', 'same'],
      ['b-2', 'edited'],
    ]);
    expect(diff[1]!.blocks.map(line)).toEqual(['heading same: 둘째', 'paragraph edited: 시는 [-11일-]{+12일+} 열었다']);
  });

  it('shows an inserted paragraph as added, not as every later paragraph changed', () => {
    const older = doc(brief('b-1', '소식', paragraph('첫 문단입니다'), paragraph('둘째 문단입니다'), paragraph('셋째 문단입니다')));
    const newer = doc(
      brief('b-1', '소식', paragraph('첫 문단입니다'), paragraph('새로 넣은 문단'), paragraph('둘째 문단입니다'), paragraph('셋째 문단입니다')),
    );
    expect(diffBriefs(older, newer)[0]!.blocks.map(line)).toEqual([
      'heading same: 소식',
      'paragraph same: 첫 문단입니다',
      'paragraph added: {+새로 넣은 문단+}',
      'paragraph same: 둘째 문단입니다',
      'paragraph same: 셋째 문단입니다',
    ]);
  });

  it('pairs an edited paragraph with its old text even next to an inserted one', () => {
    const older = doc(brief('b-1', '소식', paragraph('광산구는 11일 행사를 열었다'), paragraph('끝 문단')));
    const newer = doc(brief('b-1', '소식', paragraph('전혀 다른 새 문단'), paragraph('광산구는 12일 행사를 열었다'), paragraph('끝 문단')));
    expect(diffBriefs(older, newer)[0]!.blocks.map(line)).toEqual([
      'heading same: 소식',
      'paragraph added: {+전혀 다른 새 문단+}',
      'paragraph edited: 광산구는 [-11일-]{+12일+} 행사를 열었다',
      'paragraph same: 끝 문단',
    ]);
  });

  it('shows a deleted paragraph and a changed heading', () => {
    const older = doc(brief('b-1', '옛 제목', paragraph('하나'), paragraph('둘')));
    const newer = doc(brief('b-1', '새 제목', paragraph('둘')));
    const [entry] = diffBriefs(older, newer);
    expect(entry!.heading).toBe('새 제목');
    expect(entry!.blocks.map(line)).toEqual(['heading edited: [-옛-]{+새+} 제목', 'paragraph removed: [-하나-]', 'paragraph same: 둘']);
  });

  it('counts a formatting change as an edit with no word changed', () => {
    const older = doc(brief('b-1', '소식', paragraph('굵게')));
    const newer = doc(brief('b-1', '소식', paragraph('굵게', [{ type: 'bold' }])));
    const [entry] = diffBriefs(older, newer);
    expect(entry!.change).toBe('edited');
    expect(entry!.blocks[1]).toEqual({ kind: 'paragraph', change: 'edited', words: [{ kind: 'same', text: '굵게' }] });
  });

  it('compares a figure’s caption, credit, alt text and photo', () => {
    const older = doc(brief('b-1', '소식', paragraph('본문'), figure('p-1', '행사 모습', '광산구 제공', '무대 사진')));
    const newer = doc(brief('b-1', '소식', paragraph('본문'), figure('p-2', '행사 현장 모습', '광산구 제공', '무대 사진')));
    const block = diffBriefs(older, newer)[0]!.blocks[2];
    expect(block).toEqual({
      kind: 'figure',
      change: 'edited',
      photoBefore: 'p-1',
      photoAfter: 'p-2',
      photoChanged: true,
      caption: [
        { kind: 'same', text: '행사 ' },
        { kind: 'inserted', text: '현장 ' },
        { kind: 'same', text: '모습' },
      ],
      credit: [{ kind: 'same', text: '광산구 제공' }],
      alt: [{ kind: 'same', text: '무대 사진' }],
    });
  });

  it('ignores a figure’s size attributes and shows an added figure whole', () => {
    const resized = figure('p-1', '사진', '제공');
    resized.attrs = { ...resized.attrs, width: 400 };
    const older = doc(brief('b-1', '소식', figure('p-1', '사진', '제공')));
    const newer = doc(brief('b-1', '소식', resized, figure('p-9', '새 사진', '시 제공')));
    const blocks = diffBriefs(older, newer)[0]!.blocks;
    expect(blocks.map(line)).toEqual(['heading same: 소식', 'figure same: 사진 / 제공', 'figure added: {+새 사진+} / {+시 제공+}']);
    expect(blocks[2]).toMatchObject({ photoBefore: null, photoAfter: 'p-9', photoChanged: false });
  });

  it('lists added briefs in order and removed ones where they stood', () => {
    const older = doc(brief('b-1', '하나', paragraph('가')), brief('b-2', '둘', paragraph('나')), brief('b-3', '셋', paragraph('다')));
    const newer = doc(brief('b-1', '하나', paragraph('가')), brief('b-4', '넷', paragraph('라')), brief('b-3', '셋', paragraph('다')));
    const diff = diffBriefs(older, newer);
    expect(diff.map((entry) => [entry.briefId, entry.heading, entry.change])).toEqual([
      ['b-1', '하나', 'same'],
      ['b-2', '둘', 'removed'],
      ['b-4', '넷', 'added'],
      ['b-3', '셋', 'same'],
    ]);
    expect(diff[1]!.blocks.map(line)).toEqual(['heading removed: [-둘-]', 'paragraph removed: [-나-]']);
    expect(diff[2]!.blocks.map(line)).toEqual(['heading added: {+넷+}', 'paragraph added: {+라+}']);
  });

  it('puts a removed first brief at the top', () => {
    const diff = diffBriefs(doc(brief('b-1', '하나'), brief('b-2', '둘')), doc(brief('b-2', '둘')));
    expect(diff.map((entry) => [entry.briefId, entry.change])).toEqual([
      ['b-1', 'removed'],
      ['b-2', 'same'],
    ]);
  });

  it('against nothing, everything was added', () => {
    const diff = diffBriefs(null, doc(brief('b-1', '하나', paragraph('가'), figure('p-1', '사진', '제공'))));
    expect(diff).toHaveLength(1);
    expect(diff[0]!.change).toBe('added');
    expect(diff[0]!.blocks.map(line)).toEqual(['heading added: {+하나+}', 'paragraph added: {+가+}', 'figure added: {+사진+} / {+제공+}']);
  });
});
