import type { JSONContent } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { EditorState, type Transaction } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { gwangjuRoundupMetadata } from '@/schema/demo/gwangju-roundup';
import { proseMirrorSchema } from '@/schema/prosemirror-schema';
import { BriefBaseline, documentJson, documentJsonText, nodeJson } from './brief-baseline';
import { sampleBrief } from '../../../../tests/contract/sample-bodies';

const brief = sampleBrief;

const threeBriefs: JSONContent = {
  type: 'doc',
  content: [brief('b-1', '첫째 소식', '가가'), brief('b-2', '둘째 소식', '나나'), brief('b-3', '셋째 소식', '다다')],
};

function stateOf(content: JSONContent = threeBriefs): EditorState {
  return EditorState.create({ schema: proseMirrorSchema, doc: proseMirrorSchema.nodeFromJSON(content) });
}

/** Position of the end of the paragraph of the brief at `index`. */
function endOfBrief(doc: ProseMirrorNode, index: number): number {
  let position = 0;
  for (let i = 0; i < index; i += 1) position += doc.child(i).nodeSize;
  return position + doc.child(index).nodeSize - 2;
}

function edit(state: EditorState, change: (tr: Transaction) => Transaction): EditorState {
  return state.apply(change(state.tr));
}

function baselineOf(state: EditorState, meta = gwangjuRoundupMetadata): BriefBaseline {
  const baseline = new BriefBaseline();
  baseline.reset(state.doc, meta);
  return baseline;
}

describe('BriefBaseline', () => {
  it('sends the order and nothing else when nothing changed', () => {
    const state = stateOf();
    expect(baselineOf(state).diff(state.doc, gwangjuRoundupMetadata)).toEqual({
      kind: 'changes',
      briefOrder: ['b-1', 'b-2', 'b-3'],
      briefs: [],
    });
  });

  it('sends only the brief that was edited, as its JSON', () => {
    const before = stateOf();
    const after = edit(before, (tr) => tr.insertText('추가', endOfBrief(before.doc, 1)));
    const draft = baselineOf(before).diff(after.doc, gwangjuRoundupMetadata);
    expect(draft).toEqual({ kind: 'changes', briefOrder: ['b-1', 'b-2', 'b-3'], briefs: [after.doc.child(1).toJSON()] });
    expect(JSON.stringify(draft)).toContain('나나추가');
  });

  it('sends a reordering as the order alone, and a new brief in full; a deleted brief is left out of the order', () => {
    const before = stateOf();
    const moved = stateOf({
      type: 'doc',
      content: [brief('b-3', '셋째 소식', '다다'), brief('b-1', '첫째 소식', '가가'), brief('b-new', '새 소식', '라라')],
    });
    const draft = baselineOf(before).diff(moved.doc, gwangjuRoundupMetadata);
    expect(draft).toEqual({
      kind: 'changes',
      briefOrder: ['b-3', 'b-1', 'b-new'],
      briefs: [brief('b-new', '새 소식', '라라')],
    });
  });

  it('does not send a brief that was edited and edited back (equal, though no longer the same node)', () => {
    const before = stateOf();
    const position = endOfBrief(before.doc, 0);
    const typed = edit(before, (tr) => tr.insertText('x', position));
    const undone = edit(typed, (tr) => tr.delete(position, position + 1));
    expect(undone.doc.child(0)).not.toBe(before.doc.child(0));
    expect(baselineOf(before).diff(undone.doc, gwangjuRoundupMetadata)).toMatchObject({ kind: 'changes', briefs: [] });
  });

  it('sends the metadata only when it changed, by value', () => {
    const state = stateOf();
    const baseline = baselineOf(state);
    const copy = structuredClone(gwangjuRoundupMetadata);
    expect(baseline.diff(state.doc, copy)).not.toHaveProperty('meta');
    const changed = { ...gwangjuRoundupMetadata, reporters: [{ name: '다른 기자', email: '' }] };
    expect(baseline.diff(state.doc, changed)).toMatchObject({ kind: 'changes', meta: changed });
  });

  it('compares with the state it was last reset to', () => {
    const first = stateOf();
    const second = edit(first, (tr) => tr.insertText('추가', endOfBrief(first.doc, 2)));
    const third = edit(second, (tr) => tr.insertText('하나 더', endOfBrief(second.doc, 0)));
    const baseline = baselineOf(first);
    expect(baseline.diff(third.doc, gwangjuRoundupMetadata)).toMatchObject({ briefs: [{ attrs: { id: 'b-1' } }, { attrs: { id: 'b-3' } }] });
    baseline.reset(second.doc, gwangjuRoundupMetadata);
    expect(baseline.diff(third.doc, gwangjuRoundupMetadata)).toMatchObject({ briefs: [{ attrs: { id: 'b-1' } }] });
  });

  it('falls back to a whole save when the baseline is unknown', () => {
    const state = stateOf();
    expect(new BriefBaseline().diff(state.doc, gwangjuRoundupMetadata)).toEqual({
      kind: 'whole',
      meta: gwangjuRoundupMetadata,
      body: state.doc.toJSON(),
    });
    const cleared = baselineOf(state);
    cleared.clear();
    expect(cleared.diff(state.doc, gwangjuRoundupMetadata).kind).toBe('whole');
  });

  it.each([
    ['without an id', null],
    ['with an id the server would refuse', 'b 2'],
    ['with the id of another brief', 'b-1'],
  ])('falls back to a whole save for a brief %s', (_case, id) => {
    const baseline = baselineOf(stateOf());
    const broken = stateOf({ type: 'doc', content: [brief('b-1', '첫째', '가'), brief(id, '둘째', '나')] });
    expect(baseline.diff(broken.doc, gwangjuRoundupMetadata)).toEqual({
      kind: 'whole',
      meta: gwangjuRoundupMetadata,
      body: broken.doc.toJSON(),
    });
  });
});

describe('documentJson', () => {
  it('equals doc.toJSON() and converts only the briefs edited since', () => {
    const before = stateOf();
    const after = edit(before, (tr) => tr.insertText('추가', endOfBrief(before.doc, 1)));
    const first = documentJson(before.doc);
    const second = documentJson(after.doc);
    expect(first).toEqual(before.doc.toJSON());
    expect(second).toEqual(after.doc.toJSON());
    expect(second.content?.[0]).toBe(first.content?.[0]);
    expect(second.content?.[1]).not.toBe(first.content?.[1]);
    expect(second.content?.[2]).toBe(first.content?.[2]);
    expect(documentJson(after.doc)).toBe(second);
    expect(nodeJson(after.doc.child(1))).toBe(second.content?.[1]);
  });
});

describe('documentJsonText', () => {
  it('is the JSON text of doc.toJSON(), before and after an edit', () => {
    const before = stateOf();
    const after = edit(before, (tr) => tr.insertText('추가 "따옴표"', endOfBrief(before.doc, 1)));
    expect(documentJsonText(before.doc)).toBe(JSON.stringify(before.doc.toJSON()));
    expect(documentJsonText(after.doc)).toBe(JSON.stringify(after.doc.toJSON()));
    expect(JSON.parse(documentJsonText(after.doc))).toEqual(after.doc.toJSON());
  });
});
