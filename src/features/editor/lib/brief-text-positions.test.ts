// @vitest-environment jsdom
import type { Editor, JSONContent } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestEditor } from '@/schema/test-editor';
import { briefText } from '@/services/comment-anchor';
import {
  briefLayoutAt,
  findBriefLayout,
  positionToTextOffset,
  positionsToTextRange,
  textOffsetToPosition,
  textRangeToPositions,
} from './brief-text-positions';

let editor: Editor;
afterEach(() => editor.destroy());

const withPhoto: JSONContent = {
  type: 'brief',
  attrs: { id: 'b-photo' },
  content: [
    { type: 'briefHeading', content: [{ type: 'text', text: '광산구 소식' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: '광산구는 ' },
        { type: 'text', text: '오늘', marks: [{ type: 'bold' }] },
        { type: 'text', text: ' 개막했다.' },
      ],
    },
    {
      type: 'figure',
      attrs: { photoId: 'p-1', alt: '개막식', width: null, height: null },
      content: [
        { type: 'figureCaption', content: [{ type: 'text', text: '개막식 모습' }] },
        { type: 'figureCredit', content: [{ type: 'text', text: '광산구 제공' }] },
      ],
    },
    { type: 'paragraph' },
    { type: 'paragraph', content: [{ type: 'text', text: '끝 문단' }] },
  ],
};

const plain: JSONContent = {
  type: 'brief',
  attrs: { id: 'b-plain' },
  content: [
    { type: 'briefHeading', content: [{ type: 'text', text: '둘째' }] },
    { type: 'paragraph', content: [{ type: 'text', text: '가나다' }] },
  ],
};

function setup() {
  editor = createTestEditor({ type: 'doc', content: [plain, withPhoto] });
}

describe('brief text positions', () => {
  it('lays out the same text the anchors are stored against', () => {
    setup();
    const layout = findBriefLayout(editor.state.doc, 'b-photo');
    expect(layout?.text).toBe(briefText(withPhoto));
    expect(layout?.text).toBe('광산구 소식\n광산구는 오늘 개막했다.\n개막식 모습\n광산구 제공\n\n끝 문단');
  });

  it('maps every offset to a position and back', () => {
    setup();
    const layout = findBriefLayout(editor.state.doc, 'b-photo')!;
    for (let offset = 0; offset <= layout.text.length; offset += 1) {
      expect(positionToTextOffset(layout, textOffsetToPosition(layout, offset))).toBe(offset);
    }
  });

  it('finds the quoted text at the positions of a range, within a block, across marks and across blocks', () => {
    setup();
    const layout = findBriefLayout(editor.state.doc, 'b-photo')!;
    const { doc } = editor.state;
    const quote = (start: number, end: number) => {
      const { from, to } = textRangeToPositions(layout, { start, end });
      return doc.textBetween(from, to, '\n');
    };
    const at = (piece: string) => layout.text.indexOf(piece);
    expect(quote(at('오늘 개막'), at('오늘 개막') + 5)).toBe('오늘 개막');
    expect(quote(at('모습'), at('광산구 제공') + 3)).toBe('모습\n광산구');
    expect(quote(at('끝'), layout.text.length)).toBe('끝 문단');
  });

  it('turns a selection back into the same offsets', () => {
    setup();
    const layout = findBriefLayout(editor.state.doc, 'b-photo')!;
    const start = layout.text.indexOf('개막했다');
    const positions = textRangeToPositions(layout, { start, end: start + 4 });
    expect(positionsToTextRange(layout, positions)).toEqual({ start, end: start + 4 });
  });

  it('counts a position beside a photo as the start of the next text', () => {
    setup();
    const layout = findBriefLayout(editor.state.doc, 'b-photo')!;
    let figureAt = -1;
    editor.state.doc.descendants((node, position) => {
      if (node.type.name === 'figure') figureAt = position;
      return figureAt < 0;
    });
    expect(positionToTextOffset(layout, figureAt)).toBe(layout.text.indexOf('개막식 모습'));
  });

  it('finds the brief that holds a position', () => {
    setup();
    const second = findBriefLayout(editor.state.doc, 'b-photo')!;
    expect(briefLayoutAt(editor.state.doc, second.position + 3)?.briefId).toBe('b-photo');
    expect(briefLayoutAt(editor.state.doc, 2)?.briefId).toBe('b-plain');
    expect(findBriefLayout(editor.state.doc, 'b-missing')).toBeNull();
  });
});
